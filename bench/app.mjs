// The app benchmark: builds the Sift app (release, Trunk) with a given corpus, serves it on
// 127.0.0.1 and opens it in headless Chromium as a new reader would, RUNS times per build
// (median reported). Optionally builds an older commit too (a git worktree), so that the
// same run gives the figures before and after a change.
//
//   node bench/app.mjs                                  this checkout, three corpora
//   node bench/app.mjs --before fd85af7                 ... and that commit, side by side
//   node bench/app.mjs --corpora bundled,brown --runs 5
//   node bench/app.mjs --reuse                          skip builds whose dist/ exists
//   node bench/app.mjs --before REV --only-before --build-only   just build the older commit
//
// Corpora: `bundled` (seeds/), `brown` (bench/data/brown: 500 texts, 6 MB; made by
// bench/brown.mjs), `brown5` (bench/data/brown5: every Brown text five times, each copy
// with its own first line, 2,500 texts, 30 MB), or any folder path.
//
// Measured per page load (a fresh browser context, service worker blocked so every load
// is a first visit): navigation → document list shown (`sift:shell-shown`, the first screen
// written into index.html at build time, or `sift:list-rendered` by the app in builds before
// it), → search
// ready (`sift:index-ready`); click "Entities" → first entity row in the DOM; click
// "Quotes" → first quotation in the DOM; the longest main-thread task (PerformanceObserver
// `longtask`) from navigation until the Quotes view is shown. On one load: keystroke →
// results in the DOM (`sift:results-rendered`) p50/p95 over every character of a query
// typed (three times), the JS heap (`usedJSHeapSize` after a forced GC) and the wasm linear
// memory of the page and of the search worker. Sizes: the build's .wasm and corpus artifact (.sift), raw and gzipped (zlib
// level 9). Writes bench/results/app.md and app.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const work = join(here, '.app');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', '3'));
const BEFORE = opt('before', null);
const CORPORA = opt('corpora', 'bundled,brown,brown5').split(',');
const REUSE = args.includes('--reuse');
const BUILD_ONLY = args.includes('--build-only');
const ONLY_BEFORE = args.includes('--only-before');
const QUERIES = { bundled: 'mahdi army ceasefire', default: 'grand jury investigation' };

const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${root}/node_modules/.bin:${process.env.PATH}` };

function corpusDir(name) {
  if (name === 'bundled') return null;
  if (name === 'brown' || name === 'brown5') {
    const brown = join(here, 'data', 'brown');
    if (!existsSync(brown)) {
      console.error('bench/data/brown is missing: run `npm ci` in bench/, then `node bench/brown.mjs`');
      process.exit(1);
    }
    if (name === 'brown') return brown;
    const five = join(here, 'data', 'brown5');
    if (!existsSync(five)) {
      mkdirSync(five, { recursive: true });
      for (const f of readdirSync(brown).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(brown, f), 'utf8');
        for (let k = 1; k <= 5; k++) {
          writeFileSync(join(five, `${k}-${f}`), `Copy ${k} of ${f.replace(/\.txt$/, '')}.\n\n${text}`);
        }
      }
    }
    return five;
  }
  return resolve(name);
}

/** The source tree of `rev` ('.' = this checkout, uncommitted changes included). */
function sourceTree(rev) {
  if (rev === '.') return root;
  const dir = join(work, `src-${rev}`);
  if (!existsSync(dir)) {
    execFileSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: root, stdio: 'inherit' });
  }
  return dir;
}

function build(rev, corpus) {
  const src = sourceTree(rev);
  const dist = join(work, `dist-${rev === '.' ? 'now' : rev}-${corpus}`);
  if (REUSE && existsSync(join(dist, 'index.html'))) return dist;
  const dir = corpusDir(corpus);
  const t0 = Date.now();
  process.stderr.write(`building ${rev === '.' ? 'this checkout' : rev} with ${corpus}… `);
  const run = spawnSync('trunk', ['build', '--release', '--dist', dist], {
    cwd: src,
    env: { ...env, ...(dir ? { SIFT_CORPUS: dir } : {}), CARGO_TARGET_DIR: join(src, 'target') },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  return dist;
}

function sizes(dist) {
  const of = (pred) => {
    const files = readdirSync(dist).filter(pred);
    const raw = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
    return { raw, gz };
  };
  return { wasm: of((f) => f.endsWith('.wasm')), artifact: of((f) => f.endsWith('.sift')), js: of((f) => f.endsWith('.js') && f !== 'sw.js') };
}

const INIT = () => {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__siftWasm = e.detail.wasm;
  });
};

/** In the page: click the tab named `label`, resolve with ms until `selector` is in the DOM. */
const clickAndWait = async ([label, selector]) => {
  const link = [...document.querySelectorAll('nav.tabs a')].find((a) => a.textContent.trim() === label);
  if (!link) return NaN;
  const t0 = performance.now();
  link.click();
  const deadline = t0 + 120000;
  while (!document.querySelector(selector) && performance.now() < deadline) {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return document.querySelector(selector) ? performance.now() - t0 : NaN;
};

const markTime = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;

async function load(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(INIT);
  await page.goto(url);
  const wait = { timeout: 180000 };
  await page.waitForFunction(() => performance.getEntriesByName('sift:list-rendered').length > 0, null, wait);
  await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0, null, wait);
  const list = Math.min(
    ...(await Promise.all(['sift:shell-shown', 'sift:list-rendered'].map((m) => page.evaluate(markTime, m)))).filter((t) => !Number.isNaN(t)),
  );
  const ready = await page.evaluate(markTime, 'sift:index-ready');
  const entities = await page.evaluate(clickAndWait, ['Entities', '.entity-group .entity, .entities-view .notice']);
  const quotes = await page.evaluate(clickAndWait, ['Quotes', '.quote-list li, .quotes-view .notice']);
  const longest = await page.evaluate(() => Math.max(0, ...window.__longtasks.map((t) => t.duration)));
  return { context, page, problems, list, ready, entities, quotes, longest };
}

async function keystrokes(page, url, query) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0, null, { timeout: 180000 });
  await page.locator('#search-input').waitFor();
  const times = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 1; i <= query.length; i++) {
      const text = query.slice(0, i);
      if (text.endsWith(' ')) continue;
      const ms = await page.evaluate(async (text) => {
        const input = document.getElementById('search-input');
        const before = performance.getEntriesByName('sift:results-rendered').length;
        const t0 = performance.now();
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        const deadline = t0 + 10000;
        while (performance.getEntriesByName('sift:results-rendered').length === before && performance.now() < deadline) {
          await new Promise((r) => setTimeout(r, 0));
        }
        const marks = performance.getEntriesByName('sift:results-rendered');
        return marks.length > before ? marks[marks.length - 1].startTime - t0 : NaN;
      }, text);
      if (!Number.isNaN(ms)) times.push(ms);
    }
    await page.evaluate(() => {
      const input = document.getElementById('search-input');
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await page.waitForTimeout(200);
  }
  return times;
}

async function memory(page) {
  // Buffers of the download are collected only by a full GC, after the page let go of them.
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.gc?.();
    window.gc?.();
  });
  const onPage = await page.evaluate(() => ({
    js: performance.memory?.usedJSHeapSize ?? NaN,
    wasm: window.__siftWasm?.memory?.buffer?.byteLength ?? NaN,
  }));
  // The search worker's wasm memory (its JS heap is not readable from here; it keeps no
  // buffers: every frame is copied into its wasm memory and let go).
  const worker = page.workers()[0];
  const workerWasm = worker ? await worker.evaluate(() => self.__siftWasm?.memory?.buffer?.byteLength ?? 0) : 0;
  return { ...onPage, worker: workerWasm };
}

const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

function textBytes(corpus) {
  const dir = corpusDir(corpus) ?? join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

async function measure(browser, dist, corpus) {
  const server = await serve(dist, '/');
  const loads = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const r = await load(browser, server.url);
    if (r.problems.length) console.error(`  page errors: ${r.problems.join('; ')}`);
    if (i < RUNS - 1) await r.context.close();
    loads.push(r);
    last = r;
  }
  const mem = await memory(last.page);
  const keys = await keystrokes(last.page, server.url, QUERIES[corpus] ?? QUERIES.default);
  await last.context.close();
  await server.close();
  return {
    list: median(loads.map((r) => r.list)),
    ready: median(loads.map((r) => r.ready)),
    entities: median(loads.map((r) => r.entities)),
    quotes: median(loads.map((r) => r.quotes)),
    longest: median(loads.map((r) => r.longest)),
    keyP50: pct(keys, 50),
    keyP95: pct(keys, 95),
    keystrokes: keys.length,
    memory: mem,
    text: textBytes(corpus),
    sizes: sizes(dist),
  };
}

const revs = BEFORE ? (ONLY_BEFORE ? [BEFORE] : [BEFORE, '.']) : ['.'];
const dists = {};
for (const corpus of CORPORA) for (const rev of revs) dists[`${rev} ${corpus}`] = build(rev, corpus);
if (BUILD_ONLY) process.exit(0);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const results = [];
for (const corpus of CORPORA) {
  for (const rev of revs) {
    process.stderr.write(`measuring ${rev === '.' ? 'this checkout' : rev} with ${corpus}…\n`);
    results.push({ rev: rev === '.' ? 'now' : rev, corpus, ...(await measure(browser, dists[`${rev} ${corpus}`], corpus)) });
  }
}
await browser.close();

const ms = (x) => (Number.isNaN(x) ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const kb = (x) => (Number.isNaN(x) ? '–' : x >= 1e6 ? `${(x / 1e6).toFixed(1)} MB` : `${(x / 1e3).toFixed(0)} KB`);
const lines = [
  `App benchmark, ${new Date().toISOString().slice(0, 10)}: release build, headless Chromium, median of ${RUNS} loads; \`node bench/app.mjs${args.length ? ' ' + args.join(' ') : ''}\``,
  '',
  '| build | corpus | document list | search ready | Entities after click | Quotes after click | longest task | keystroke p50 / p95 | wasm raw / gz | artifact raw / gz | page JS heap + page wasm + worker wasm (× text) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...results.map((r) => {
    const worker = r.memory.worker ?? 0;
    const mem = r.memory.js + r.memory.wasm + worker;
    return `| ${r.rev} | ${r.corpus} (${kb(r.text)}) | ${ms(r.list)} | ${ms(r.ready)} | ${ms(r.entities)} | ${ms(r.quotes)} | ${ms(r.longest)} | ${r.keyP50.toFixed(1)} / ${r.keyP95.toFixed(1)} ms | ${kb(r.sizes.wasm.raw)} / ${kb(r.sizes.wasm.gz)} | ${r.sizes.artifact.raw ? `${kb(r.sizes.artifact.raw)} / ${kb(r.sizes.artifact.gz)}` : '–'} | ${kb(r.memory.js)} + ${kb(r.memory.wasm)} + ${worker ? kb(worker) : '–'} (${(mem / r.text).toFixed(1)}×) |`;
  }),
];
console.log(lines.join('\n'));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'app.md'), lines.join('\n') + '\n');
writeFileSync(join(here, 'results', 'app.json'), JSON.stringify(results, null, 2) + '\n');
