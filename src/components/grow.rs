//! A list that grows in steps: asked to show many more rows, it adds `step` of them after
//! each paint, so that no single render holds the page (a click never freezes it).

use yew::prelude::*;

/// How many rows to show: `first` at first; `show(n)` asks for `n`, reached `step` rows at
/// a time (`usize::MAX`: all of them, however many there are).
#[hook]
pub fn use_growing(first: usize, step: usize) -> (usize, Callback<usize>) {
    let shown = use_state(|| first);
    let target = use_state(|| first);
    {
        let shown = shown.clone();
        use_effect_with((*shown, *target), move |&(n, want)| {
            let timer = (n < want).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    shown.set(n.saturating_add(step).min(want))
                })
            });
            move || drop(timer)
        });
    }
    let show = {
        let target = target.clone();
        Callback::from(move |n: usize| target.set(n))
    };
    (*shown, show)
}
