// End-to-end on a corpus of a few hundred documents (generated from the bundled article:
// its paragraphs shuffled, its names swapped, so each document differs), built with
// SIFT_CORPUS like a publisher's corpus: the page opens, lists every document, and opening
// Entities and then Quotes never blocks the main thread for more than 100 ms; searches
// run in the search worker, and typing and narrowing by an entity block nothing either.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedPage, launch, settled } from './browser.mjs';
import { serve } from './server.mjs';

const DOCS = 300;
const DIST = 'dist-many';
const LONG_TASK_MS = 100;

/** A seeded generator (mulberry32), so the corpus is the same on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SWAPS = [
  ['Maliki', ['Haddad', 'Karimi', 'Nasser', 'Rahimi', 'Saleh']],
  ['Sadr', ['Hakim', 'Jaafari', 'Khalil', 'Mahdawi', 'Yasin']],
  ['Basra', ['Mosul', 'Najaf', 'Karbala', 'Kirkuk', 'Amara']],
  ['Bush', ['Carter', 'Hughes', 'Porter', 'Reed', 'Walsh']],
];

function generate(dir) {
  const seed = readdirSync('seeds').find((f) => f.endsWith('.txt'));
  const paragraphs = readFileSync(join('seeds', seed), 'utf8').split('\n').filter((p) => p.trim());
  const next = random(11);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  for (let n = 0; n < DOCS; n++) {
    const chosen = [...paragraphs].sort(() => next() - 0.5).slice(0, 12 + Math.floor(next() * 12));
    let text = `Dispatch ${n + 1} from the south\n\n${chosen.join('\n\n')}\n`;
    for (const [name, others] of SWAPS) text = text.replaceAll(name, pick(others));
    writeFileSync(join(dir, `dispatch-${String(n + 1).padStart(3, '0')}.txt`), text);
  }
}

let browser;
let server;
before(() => {
  const corpus = mkdtempSync(join(tmpdir(), 'sift-many-'));
  generate(corpus);
  mkdirSync(DIST, { recursive: true });
  const run = spawnSync('trunk', ['build', '--release', '--dist', DIST], {
    env: { ...process.env, SIFT_CORPUS: corpus, SIFT_CORPUS_NAME: 'Dispatches' },
    encoding: 'utf8',
  });
  rmSync(corpus, { recursive: true, force: true });
  assert.equal(run.status, 0, run.stderr);
});
before(async () => {
  server = await serve(DIST, '/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(`a corpus of ${DOCS} documents opens, and Entities and Quotes open without a long task`, async () => {
  await checkedPage(
    browser,
    'many-quotes',
    async (page) => {
      await page.addInitScript(() => {
        window.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longtasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(server.url);
      await page.locator('.doc-list li').first().waitFor();
      // the list is drawn in steps, all of it within a few frames
      await page.waitForFunction((n) => document.querySelectorAll('.doc-list li').length === n, DOCS, { timeout: 10000 });
      await page.getByRole('link', { name: 'Entities' }).click();
      await page.locator('.entity-group.person .entity').first().waitFor();
      const people = await page.locator('.entity-group.person .name').allInnerTexts();
      assert.ok(people.some((p) => /Haddad|Karimi|Nasser|Rahimi|Saleh/.test(p)), `swapped names found: ${people.slice(0, 10)}`);
      await page.getByRole('link', { name: 'Quotes' }).click();
      await page.locator('.quote-list li').first().waitFor();
      // let the observer deliver the last entries
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const long = await page.evaluate(() => window.__longtasks);
      assert.deepEqual(long.filter((ms) => ms > LONG_TASK_MS), [], `main-thread tasks (ms): ${long.join(', ')}`);
    },
    { serviceWorkers: 'block' },
  );
});

test(`searching ${DOCS} documents runs in the search worker, and typing blocks nothing`, async () => {
  await checkedPage(
    browser,
    'many-search',
    async (page) => {
      await page.addInitScript(() => {
        window.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longtasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0, null, { timeout: 20000 });
      // the worker runs the same wasm, started from the page's module
      assert.equal(page.workers().length, 1, 'one search worker');
      assert.ok(await page.workers()[0].evaluate(() => self.__siftWasm?.memory instanceof WebAssembly.Memory));
      const input = page.locator('#search-input');
      await input.click();
      await page.keyboard.type('ceasefire talks', { delay: 30 });
      await settled(page);
      const summary = await page.locator('.search-status .summary').innerText();
      const [, docs] = summary.match(/^(\d+) documents?/) ?? [];
      assert.ok(Number(docs) > 10, summary);
      // a name filter alone lists the documents that mention him; with a keyword, fewer
      await page.fill('#search-input', 'person:Haddad');
      await settled(page);
      const mentioning = await page.locator('.search-status .summary').innerText();
      assert.match(mentioning, /^\d+ documents/);
      assert.ok((await page.locator('.passage-link mark').allInnerTexts()).some((m) => /Haddad/.test(m)));
      await page.fill('#search-input', 'government person:Haddad');
      await settled(page);
      const both = await page.locator('.search-status .summary').innerText();
      const count = (s) => Number(s.match(/^(\d+)/)?.[1] ?? 0);
      assert.ok(count(both) > 0 && count(both) <= count(mentioning), `${both} ≤ ${mentioning}`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const long = await page.evaluate(() => window.__longtasks);
      assert.deepEqual(long.filter((ms) => ms > LONG_TASK_MS), [], `main-thread tasks (ms): ${long.join(', ')}`);
    },
    { serviceWorkers: 'block' },
  );
});
