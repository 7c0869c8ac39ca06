//! "Export": download what a view shows (all of it, not only the rows on screen) as CSV or
//! JSON. The rows and the CSV come from the engine (`sift_engine::export`), as `sift
//! export` writes them; the file is made in the browser and never leaves the device.

use super::header::plural;
use sift_engine::export::Table;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// The view's name, in the file name (`sift-quotes.csv`).
    pub name: AttrValue,
    /// Makes the view's table when asked (only then: a large view's rows cost time).
    pub table: Callback<(), Table>,
    /// What a row is, singular and plural ("quotation", "quotations").
    pub noun: (&'static str, &'static str),
}

/// Let the browser paint and take input before the next step: an export of thousands of
/// rows is made in three short tasks (rows, text, file), never one long one.
async fn breathe() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

#[function_component]
pub fn Export(props: &ExportProps) -> Html {
    let said = use_state(String::new);
    let busy = use_mut_ref(|| false);
    let save = |json: bool| {
        let said = said.clone();
        let busy = busy.clone();
        let table = props.table.clone();
        let name = props.name.clone();
        let noun = props.noun;
        Callback::from(move |_: MouseEvent| {
            if std::mem::replace(&mut *busy.borrow_mut(), true) {
                return; // one export at a time: a second click while one is made is ignored
            }
            said.set(format!("Preparing the {}…", noun.1));
            let (said, busy, table, name) =
                (said.clone(), busy.clone(), table.clone(), name.clone());
            yew::platform::spawn_local(async move {
                breathe().await;
                let rows = table.emit(());
                breathe().await;
                let (file, mime, text) = if json {
                    let text = rows.json();
                    (format!("sift-{name}.json"), "application/json", text)
                } else {
                    (
                        format!("sift-{name}.csv"),
                        "text/csv;charset=utf-8",
                        rows.csv(),
                    )
                };
                breathe().await;
                said.set(if crate::dom::download(&file, mime, text.as_bytes()) {
                    format!("Saved {} as {file}", plural(rows.len(), noun.0, noun.1))
                } else {
                    "This browser did not allow the download.".to_string()
                });
                *busy.borrow_mut() = false;
            });
        })
    };
    html! {
        <div class="export" role="group" aria-label={format!("Export {}", props.name)}>
            <span class="export-label">{ "Export" }</span>
            <button type="button" onclick={save(false)}>{ "CSV" }</button>
            <button type="button" onclick={save(true)}>{ "JSON" }</button>
            <span class="export-said" role="status">{ (*said).clone() }</span>
        </div>
    }
}
