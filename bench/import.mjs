// The import benchmark (issue 13): a reader adds 200 news articles (about 1 MB of text) to
// the bundled corpus through "Add documents", in headless Chromium, RUNS times (median).
//
//   node bench/import.mjs                  builds dist-bench-import/ (release) first
//   node bench/import.mjs --dist dist      an existing build
//   node bench/import.mjs --runs 5
//   node bench/import.mjs --files 1000 --chars 1000   (more files, each shorter; Brown's
//                                                     500 texts come round again)
//   node bench/import.mjs --dist dist-brown           (into a build that bundles Brown)
//
// The articles: the first 5,000 characters (cut at a paragraph) of the first 200 texts of
// the Brown corpus (bench/data/brown, made by bench/brown.mjs), one .txt file each.
// Measured per run, in a fresh browser context: files dropped on the page → the import worker's "done"
// (read, analysed with the bundled corpus, stored in IndexedDB: the page then reloads) →
// after the reload, the list of "Your documents" shown; and the longest main-thread task of
// the page over the whole of it (PerformanceObserver `longtask`, across the reload).
// Adds its table to bench/results/import.md; writes import.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { launch, longTasks } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 3));
const FILES = Number(opt('files', 200));
const CHARS = Number(opt('chars', 5000));

let dist = opt('dist', null);
if (!dist) {
  dist = join(root, 'dist-bench-import');
  const built = spawnSync('trunk', ['build', '--release', '--dist', dist], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const brown = join(root, 'bench', 'data', 'brown');
if (!existsSync(brown)) {
  console.error('bench/import: bench/data/brown is missing: run node bench/brown.mjs first');
  process.exit(1);
}
const articles = join(tmpdir(), 'sift-bench-import');
mkdirSync(articles, { recursive: true });
const texts = readdirSync(brown).filter((f) => f.endsWith('.txt')).sort();
const files = Array.from({ length: FILES }, (_, i) => {
  const f = texts[i % texts.length];
  const text = readFileSync(join(brown, f), 'utf8');
  const cut = text.lastIndexOf('\n\n', CHARS);
  // (named apart from the Brown texts a Brown build bundles: no id is taken twice)
  const path = join(articles, `article-${String(i + 1).padStart(4, '0')}.txt`);
  writeFileSync(path, text.slice(0, cut > 0 ? cut : CHARS));
  return path;
});
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve(dist, '/');
const browser = await launch();
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const tasks = await longTasks(page);
    await page.goto(server.url);
    await page.locator('main[aria-busy="false"]').waitFor();
    // The files are made in the page first, then dropped on it as a reader drops them from
    // their file manager: the browser has the File objects ready, and no test driver's work
    // (playwright's setInputFiles makes its own 80 ms task) counts as the app's.
    await page.evaluate((texts) => {
      const transfer = new DataTransfer();
      for (const [name, text] of texts) transfer.items.add(new File([text], name, { type: 'text/plain' }));
      window.__siftDrop = transfer;
    }, files.map((f) => [f.split('/').pop(), readFileSync(f, 'utf8')]));
    await page.waitForTimeout(200);
    tasks.since();
    const reloaded = page.waitForEvent('framenavigated');
    const start = Date.now();
    await page.evaluate(() => document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: window.__siftDrop, bubbles: true, cancelable: true })));
    await reloaded;
    const stored = Date.now() - start;
    await page.locator('#own-heading', { hasText: `(${FILES})` }).waitFor({ timeout: 60000 });
    const shown = Date.now() - start;
    runs.push({ stored, shown, longest: tasks.longest() });
    console.log(`run ${run + 1}: stored ${stored} ms, listed ${shown} ms, longest main-thread task ${tasks.longest()} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const result = {
  date: new Date().toISOString(),
  files: FILES,
  bytes,
  runs,
  median: { stored: median(runs.map((r) => r.stored)), shown: median(runs.map((r) => r.shown)), longest: median(runs.map((r) => r.longest)) },
};
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'import.json'), JSON.stringify(result, null, 2) + '\n');
// import.md keeps every run's table, newest last.
const md = join(here, 'results', 'import.md');
const head = existsSync(md) ? readFileSync(md, 'utf8') : '# Import benchmark (node bench/import.mjs)\n';
writeFileSync(
  md,
  `${head.trimEnd()}\n\n## ${result.date}: \`node bench/import.mjs ${args.join(' ')}\`\n\n${FILES} articles, ${(bytes / 1e6).toFixed(2)} MB of text, dropped on the page of \`${dist.replace(root + '/', '')}\` in headless Chromium; median of ${RUNS}.\n\n` +
    `| | median | bar |\n|---|---|---|\n| dropped → stored (read, analysed, kept in IndexedDB) | ${result.median.stored} ms | |\n| → listed after the reload | ${result.median.shown} ms | ≤ 5,000 ms |\n| longest main-thread task | ${result.median.longest} ms | ≤ 100 ms |\n`,
);
console.log(`median: stored ${result.median.stored} ms, listed ${result.median.shown} ms, longest task ${result.median.longest} ms (${FILES} files, ${bytes} bytes)`);
