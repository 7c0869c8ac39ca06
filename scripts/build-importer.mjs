// Trunk post-build hook, run before gen-sw.mjs: puts the importer into the build, in a folder
// of its own named after its contents (`import-<hash>/`), for readers who add their own
// documents (issue 13). The page loads none of it until "Add documents" is used, except
// store.js (a few KB), which reads the documents kept on this device at start-up.
//
//   import-<hash>/worker.js          the import worker (assets/import/worker.js)
//   import-<hash>/store.js           IndexedDB: what is kept on the device (assets/import/store.js)
//   import-<hash>/sift_importer.js   crates/importer for the web (wasm-bindgen --target web)
//   import-<hash>/sift_importer_bg.wasm
//   import-<hash>/pdf.min.mjs, pdf.worker.min.mjs, pdfjs-LICENSE   pdf.js (npm pdfjs-dist)
//
// It names the folder in index.html (`<meta name="sift-import">`) and starts reading what is
// stored (`window.__siftStored`, a promise the app's boot awaits). gen-sw.mjs then precaches
// the folder with the rest, so importing works offline too.
//
// The wasm is built with the app's profile (wasm-release) and wasm-bindgen + wasm-opt run
// only when it changed: their output is kept in <target>/sift-importer/<hash of the wasm>/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('build-importer: TRUNK_STAGING_DIR is not set (run by trunk build)');
  process.exit(1);
}
const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const run = (command, args) => {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build-importer: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
};

run('cargo', ['build', '--offline', '--locked', '-p', 'sift-importer', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', 'wasm-release']);
const built = join(targetDir, 'wasm32-unknown-unknown', 'wasm-release', 'sift_importer.wasm');
const wasmHash = createHash('sha256').update(readFileSync(built)).digest('hex').slice(0, 16);
const cache = join(targetDir, 'sift-importer', wasmHash);
if (!existsSync(join(cache, 'sift_importer_bg.wasm'))) {
  const work = `${cache}.tmp`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, built]);
  const wasm = join(work, 'sift_importer_bg.wasm');
  // -Os, as the engine is built: the importer analyses whole corpora, speed matters.
  run('wasm-opt', ['-Os', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', wasm, '-o', wasm]);
  rmSync(cache, { recursive: true, force: true });
  renameSync(work, cache);
}

const pdfjs = join(root, 'node_modules', 'pdfjs-dist');
const files = [
  [join(root, 'assets', 'import', 'worker.js'), 'worker.js'],
  [join(root, 'assets', 'import', 'store.js'), 'store.js'],
  [join(cache, 'sift_importer.js'), 'sift_importer.js'],
  [join(cache, 'sift_importer_bg.wasm'), 'sift_importer_bg.wasm'],
  [join(pdfjs, 'build', 'pdf.min.mjs'), 'pdf.min.mjs'],
  [join(pdfjs, 'build', 'pdf.worker.min.mjs'), 'pdf.worker.min.mjs'],
  [join(pdfjs, 'LICENSE'), 'pdfjs-LICENSE'],
];
for (const [from] of files) {
  if (!existsSync(from)) {
    console.error(`build-importer: ${from} is missing (scripts/setup installs pdfjs-dist with npm ci)`);
    process.exit(1);
  }
}
const hash = createHash('sha256');
for (const [from, name] of files) hash.update(name).update(readFileSync(from));
const folder = `import-${hash.digest('hex').slice(0, 16)}`;
for (const old of readdirSync(dir).filter((f) => /^import-[0-9a-f]+$/.test(f))) rmSync(join(dir, old), { recursive: true });
mkdirSync(join(dir, folder));
for (const [from, name] of files) copyFileSync(from, join(dir, folder, name));

// index.html: the folder's name for the app, and the stored documents read at once (a
// module script before the app's: it runs first, and the app's boot awaits its promise).
const page = join(dir, 'index.html');
const tags = `<meta name="sift-import" content="${folder}/" /><script type="module" id="sift-stored">import { load } from './${folder}/store.js'; window.__siftStored = load();</script>`;
const html = readFileSync(page, 'utf8').replace(/<meta name="sift-import"[^>]*>(<script type="module" id="sift-stored">.*?<\/script>)?/, '');
const charset = html.match(/<meta charset[^>]*>/i);
writeFileSync(page, charset ? html.replace(charset[0], `${charset[0]}${tags}`) : html.replace('</head>', `${tags}</head>`));
console.log(`build-importer: ${folder}/ (importer wasm ${wasmHash})`);
