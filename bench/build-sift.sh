#!/usr/bin/env bash
# Build Sift's JavaScript package (crates/wasm) into bench/pkg: release wasm, wasm-bindgen
# --target web, then wasm-opt -O3.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown -p sift-wasm --offline
wasm-bindgen --target web --out-dir bench/pkg target/wasm32-unknown-unknown/release/sift_wasm.wasm
wasm-opt -O3 bench/pkg/sift_wasm_bg.wasm -o bench/pkg/sift_wasm_bg.wasm
ls -l bench/pkg/sift_wasm_bg.wasm | awk '{print "sift-wasm: " $5 " bytes"}'
