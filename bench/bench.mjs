// One command for the browser benchmark: installs what is missing, converts the Brown
// corpus, builds Sift's JavaScript package, serves the repository cross-origin isolated on
// 127.0.0.1, runs bench/page.html in headless Chromium and prints a markdown table.
// Results also go to bench/results/latest.{json,md}.
//
//   node bench/bench.mjs            the full run (a few minutes)
//   node bench/bench.mjs --quick    40 documents, 5 queries per class: a smoke check
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
import { CHROMIUM } from '../e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
execFileSync(join(here, 'setup.sh'), { stdio: 'inherit' });
execFileSync(join(here, 'build-sift.sh'), { stdio: 'inherit' });

const server = await serve(here, '/', {
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic',
    '--js-flags=--expose-gc', '--enable-precise-memory-info',
  ],
});
const page = await browser.newPage();
page.on('console', (m) => console.error(`page ${m.type()}:`, m.text()));
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`${server.url}page.html`);
await page.waitForFunction(() => window.benchReady === true);
const out = await page.evaluate((quick) => window.runBench({ quick }), quick);
await browser.close();
await server.close();

const mb = (b) => (b == null || Number.isNaN(b) ? 'n/a' : `${(b / 1e6).toFixed(1)} MB`);
const ms = (x) => (x < 0.1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);
const classes = ['frequent', 'rare', 'and', 'phrase', 'prefix'];
const names = { frequent: 'frequent word', rare: 'rare word', and: 'two-word AND', phrase: 'three-word phrase', prefix: 'prefix' };
let md = `Corpus: Brown, ${out.corpus.documents} documents, ${mb(out.corpus.bytes)} of text; ${out.queries} queries (seed ${out.seed}); crossOriginIsolated=${out.env.crossOriginIsolated}, gc=${out.env.gc}, precise memory=${out.env.preciseMemory}${out.env.sift ? `; Sift ${out.env.sift}` : ''}\n\n`;
md += '| contender | time to searchable | JS heap | wasm memory | index size |\n|---|---|---|---|---|\n';
for (const r of out.results) {
  md += `| ${r.name} | ${ms(r.searchable_ms)} | ${mb(r.js_heap_bytes)} | ${r.wasm_bytes == null ? '—' : `${mb(r.wasm_bytes)} (grew ${mb(r.wasm_growth_bytes)})`} | ${mb(r.index_bytes)} |\n`;
}
md += '\n| query class | ' + out.results.map((r) => `${r.name} p50 / p95 | ${r.name} exact (P / R)`).join(' | ') + ' |\n';
md += '|---|' + out.results.map(() => '---|---|').join('') + '\n';
for (const c of classes) {
  md += `| ${names[c]} | ` + out.results.map((r) => {
    const k = r.classes[c];
    return k ? `${ms(k.p50_ms)} / ${ms(k.p95_ms)} | ${k.exact}/${k.queries} (${k.precision.toFixed(2)} / ${k.recall.toFixed(2)})` : '— | —';
  }).join(' | ') + ' |\n';
}
console.log(md);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', quick ? 'quick.json' : 'latest.json'), JSON.stringify(out, null, 2));
writeFileSync(join(here, 'results', quick ? 'quick.md' : 'latest.md'), md);
