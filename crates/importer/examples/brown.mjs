// The importer's wasm timed in Node, as a worker would run it: the bundled artifact read,
// a file added, and build (median of 3). Build the package and the artifact first:
//
//   cargo build -p sift-importer --target wasm32-unknown-unknown --profile wasm-release
//   wasm-bindgen --target web --out-dir /tmp/importer target/wasm32-unknown-unknown/wasm-release/sift_importer.wasm
//   wasm-opt -Oz /tmp/importer/sift_importer_bg.wasm -o /tmp/importer/sift_importer_bg.wasm
//   cargo run --release -p sift-importer --example brown -- bench/data/brown /tmp/brown.sift
//   node crates/importer/examples/brown.mjs /tmp/importer /tmp/brown.sift
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkg, artifact] = process.argv.slice(2);
const { default: init, Importer, artifactName } = await import(
  pathToFileURL(resolve(pkg, 'sift_importer.js')).href
);
await init({ module_or_path: readFileSync(join(pkg, 'sift_importer_bg.wasm')) });
const bundled = new Uint8Array(readFileSync(artifact));
const median = (f) => {
  const times = [0, 1, 2].map(() => {
    const t = performance.now();
    f();
    return performance.now() - t;
  });
  return times.sort((a, b) => a - b)[1];
};
let importer;
const read = median(() => {
  importer?.free();
  importer = new Importer(bundled);
});
const added = importer.addText('Harbour talks', 'The talks went on. "We are ready," Deniz Arslan said.');
if (!added.ok) throw new Error(added.message);
let built;
const build = median(() => (built = importer.build('Mine')));
console.log(
  `${importer.bundled} bundled documents: new Importer ${read.toFixed(0)} ms, build ${(build / 1000).toFixed(2)} s ` +
    `(${(built.length / 1e6).toFixed(1)} MB, ${artifactName(built)})`,
);
