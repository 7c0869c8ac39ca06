use wasm_bindgen::prelude::*;

fn main() {
    // In the search worker there is no page: `sift_worker` runs instead.
    if web_sys::window().is_some() {
        sift_app::start();
    }
}

/// The search worker's entry point, called by `sift-worker-<hash>.js` (see `src/worker.rs`)
/// with the messages that arrived while the wasm was starting.
#[wasm_bindgen]
pub fn sift_worker(early: js_sys::Array) {
    sift_app::worker::start(early);
}
