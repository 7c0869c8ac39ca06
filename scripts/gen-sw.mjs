// Trunk post-build hook. First it runs build-importer.mjs (the importer's folder). Then it copies the corpus artifact the app's wasm names
// (`corpus-<hash>.sift`, written by build.rs into <target>/sift-artifact/) into the build,
// and preloads it from index.html. Then it writes the search worker's script
// (`sift-worker-<hash>.js`: the app's own wasm, started in a module worker at its
// `sift_worker` export; see src/worker.rs) and names it in index.html
// (`<meta name="sift-worker">`), where the app looks for it.
// Then it writes the service worker (sw.js) into the build, with the list
// of every built file to precache and a cache name derived from their contents, so each
// deployment gets its own cache and the previous one is deleted when the new one takes
// over. Run by Trunk (see Trunk.toml); reads TRUNK_STAGING_DIR.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('gen-sw: TRUNK_STAGING_DIR is not set (run by trunk build)');
  process.exit(1);
}
// The importer first (its folder is precached with the rest): see build-importer.mjs.
const importer = spawnSync(process.execPath, [new URL('./build-importer.mjs', import.meta.url).pathname], { stdio: 'inherit' });
if (importer.status !== 0) process.exit(1);

// The artifact: its name is a string constant in the wasm.
const wasm = readdirSync(dir).filter((f) => f.endsWith('.wasm'));
const names = new Set(wasm.flatMap((f) => readFileSync(join(dir, f)).toString('latin1').match(/corpus-[0-9a-f]{16}\.sift/g) ?? []));
if (names.size !== 1) {
  console.error(`gen-sw: expected one corpus artifact name in ${wasm.join(', ')}, found ${[...names].join(', ') || 'none'}`);
  process.exit(1);
}
const [artifact] = names;
const targetDir = process.env.CARGO_TARGET_DIR ?? join(process.env.TRUNK_SOURCE_DIR ?? process.cwd(), 'target');
const source = join(targetDir, 'sift-artifact', artifact);
if (!existsSync(source)) {
  console.error(`gen-sw: ${source} is missing: build.rs writes it; run the build again`);
  process.exit(1);
}
copyFileSync(source, join(dir, artifact));
// Start downloading it with the page, not only once the wasm has started (the app's
// fetch() then takes the preloaded response).
// Early in <head>, before the stylesheet: a script after a stylesheet waits for it to load,
// and requests named early start early.
const page = join(dir, 'index.html');
const early = (html, snippet) => {
  const charset = html.match(/<meta charset[^>]*>/i);
  return charset
    ? html.replace(charset[0], `${charset[0]}${snippet}`)
    : html.replace('</head>', `${snippet}</head>`);
};
let html = readFileSync(page, 'utf8');
if (!html.includes(artifact)) {
  html = early(html, `<link rel="preload" href="${artifact}" as="fetch" crossorigin="anonymous" />`);
}
// The first screen (build.rs writes it, src/shell.rs says what it is): the header and the
// first rows of the document list in place of "Loading Sift…", so the corpus shows before
// the wasm has arrived; the app removes it when it draws the same. The mark tells the
// benchmark when the list was there.
const shellFile = `${source}.shell.html`;
const placeholder = /<p class="boot" role="status">[^<]*<\/p>|<div class="shell">.*?<script id="sift-shell-shown">[^<]*<\/script>/s;
if (existsSync(shellFile) && placeholder.test(html)) {
  const shell = readFileSync(shellFile, 'utf8');
  html = html.replace(placeholder, () => `${shell}<script id="sift-shell-shown">performance.mark('sift:shell-shown')</script>`);
}
writeFileSync(page, html);

// The search worker: the same glue and wasm as the page (the page hands it its compiled
// wasm module), entered at `sift_worker`.
const glue = readdirSync(dir).filter((f) => /^sift-app-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`gen-sw: expected one sift-app-<hash>.js in ${dir}, found ${glue.join(', ') || 'none'}`);
  process.exit(1);
}
const workerScript = `// Sift's search worker (written by scripts/gen-sw.mjs): see src/worker.rs.
// The page sends its compiled wasm first; until it runs, other messages wait in order.
import init, { sift_worker } from './${glue[0]}';
const early = [];
let starting = false;
self.onmessage = async (e) => {
  if (!starting && Array.isArray(e.data) && e.data[0] === 'module') {
    starting = true;
    self.__siftWasm = await init({ module_or_path: e.data[1] });
    sift_worker(early);
  } else {
    early.push(e.data);
  }
};
`;
const workerName = `sift-worker-${createHash('sha256').update(workerScript).digest('hex').slice(0, 16)}.js`;
for (const old of readdirSync(dir).filter((f) => /^sift-worker-.*\.js$/.test(f))) rmSync(join(dir, old));
writeFileSync(join(dir, workerName), workerScript);
// Named for the app, and started by the page at once (while the app's wasm downloads):
// the worker's script and glue are ready by the time the app hands it the wasm.
const start = `<meta name="sift-worker" content="${workerName}" /><script id="sift-worker-start">try { const w = new Worker(${JSON.stringify(workerName)}, { type: 'module' }); w.addEventListener('error', () => { window.__siftWorkerFailed = true; }); window.__siftWorker = w; } catch (e) {}</script>`;
const withWorker = readFileSync(page, 'utf8').replace(/<meta name="sift-worker"[^>]*>(<script id="sift-worker-start">.*?<\/script>)?/, '');
writeFileSync(page, early(withWorker, start));

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js') files.push(relative(dir, path).split('\\').join('/'));
  }
};
walk(dir);
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const urls = ['./', ...files.filter((f) => f !== 'index.html')];
const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
writeFileSync(
  join(dir, 'sw.js'),
  template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(urls, null, 2)),
);
const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
console.log(`gen-sw: sift-${version}, ${files.length} files, ${bytes} bytes precached`);
