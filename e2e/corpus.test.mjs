// End-to-end on a corpus of a few hundred documents (generated from the bundled article:
// its paragraphs shuffled, its names swapped, so each document differs), built with
// SIFT_CORPUS like a publisher's corpus: the page opens, lists every document, and once it
// has opened no click (Entities, Quotes, Overview, export, show more) and no keystroke
// blocks the main thread for more than 100 ms; searches run in the search worker; every
// view starts in the first screen on a desktop and on a phone.
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
    // dated by front matter over four years (the Overview charts them, year: selects them)
    const date = `${2005 + (n % 4)}-0${1 + (n % 9)}-15`;
    let text = `---\ndate: ${date}\n---\nDispatch ${n + 1} from the south\n\n${chosen.join('\n\n')}\n`;
    for (const [name, others] of SWAPS) text = text.replaceAll(name, pick(others));
    writeFileSync(join(dir, `dispatch-${String(n + 1).padStart(3, '0')}.txt`), text);
  }
}

/**
 * Wait until the page has opened (the search worker ready, the document list complete),
 * then start counting long tasks afresh: the tests below check what clicks and typing
 * cost. (Start-up's longest task is measured by bench/app.mjs.)
 */
async function opened(page) {
  await page.waitForFunction(
    () => ['sift:index-ready', 'sift:list-complete'].every((m) => performance.getEntriesByName(m).length > 0),
    null,
    { timeout: 20000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  await page.evaluate(() => (window.__longtasks = []));
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
      await opened(page);
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
      await opened(page);
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

/** The records of an RFC 4180 CSV text (quoted fields may hold commas, quotes, newlines). */
function csvRecords(text) {
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field), records.push(record), (field = ''), (record = []), i++;
    } else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}

const within = async (page, selector, height) => {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} is shown`);
  assert.ok(box.y >= 0 && box.y < height, `${selector} starts at ${Math.round(box.y)} px, inside the first ${height} px`);
};

test(`with ${DOCS} documents every view starts in the first screen, on a desktop and on a phone`, async () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ]) {
    await checkedPage(
      browser,
      `many-views-${width}`,
      async (page) => {
        for (const [path, first] of [
          ['?view=quotes', '.quote-list li'],
          ['?view=entities', '.entity-group.person .entity'],
          ['?q=ceasefire', '.result'],
        ]) {
          await page.goto(server.url + path);
          await page.locator(first).first().waitFor();
          await settled(page);
          await within(page, '#search-input', height);
          await within(page, first, height);
        }
      },
      { viewport: { width, height }, serviceWorkers: 'block' },
    );
  }
});

test(`long lists of ${DOCS} documents: filters, show more, and an export with every quotation`, async () => {
  await checkedPage(
    browser,
    'many-lists',
    async (page) => {
      await page.addInitScript(() => {
        window.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longtasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(server.url + '?view=quotes');
      await page.locator('.quote-list li').first().waitFor();
      await settled(page);
      await opened(page);
      // the export holds every quotation the view counts, not only the 100 shown
      const summary = await page.locator('.quotes-view .summary').innerText();
      const total = Number(summary.match(/^([\d,]+) quotations/)[1].replace(/,/g, ''));
      assert.ok(total > 40, summary);
      assert.equal(await page.locator('.quote-list li').count(), 40);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('group', { name: 'Export quotes' }).getByRole('button', { name: 'CSV' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'sift-quotes.csv');
      const csv = readFileSync(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\ufeffdocument,title,paragraph,speaker,cue,quote,kind,link\r\n'), csv.slice(0, 80));
      const records = csvRecords(csv.slice(1));
      assert.equal(records.length - 1, total, 'one row per quotation, after the header');
      assert.ok(records.slice(1).every((r) => r.length === 8 && /^dispatch-\d{3}$/.test(r[0]) && r[7].includes('doc=')));
      await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      // one speaker: the export follows the view
      const speakers = page.locator('.speakers .speaker');
      const firstSpeaker = (await speakers.first().innerText()).split('\n')[0];
      await page.fill('.speaker-filter input', firstSpeaker.slice(0, 5));
      assert.ok((await speakers.allInnerTexts()).every((s) => s.toLowerCase().includes(firstSpeaker.slice(0, 5).toLowerCase())));
      await page.fill('.speaker-filter input', '');
      const note = await page.locator('.speakers .note').innerText();
      const [, of] = note.match(/of ([\d,]+) speakers/) ?? [];
      if (Number(of.replace(/,/g, '')) > 40) {
        await page.locator('.speakers .show-more').click();
        await page.waitForFunction((n) => document.querySelectorAll('.speakers .speaker').length === n, Number(of.replace(/,/g, '')));
      }
      // the document list: filtered by title, with a count
      await page.fill('.doc-tools input', 'Dispatch 12');
      await page.locator('.doc-tools .note').waitFor();
      assert.match(await page.locator('.doc-tools .note').innerText(), /^11 documents of 300$/);
      assert.equal(await page.locator('.doc-list li').count(), 11);
      await page.selectOption('.doc-tools select', 'title');
      const titles = await page.locator('.doc-list .doc-title').allInnerTexts();
      const lower = (t) => t.toLowerCase();
      assert.deepEqual(titles, [...titles].sort((a, b) => (lower(a) < lower(b) ? -1 : lower(a) > lower(b) ? 1 : 0)));
      // entities: more rows on request, counted
      await page.getByRole('link', { name: 'Entities' }).click();
      const people = page.locator('.entity-group.person .entity');
      await people.first().waitFor();
      const before = await people.count();
      const more = page.locator('.entity-group.person .show-more');
      if (await more.count()) {
        await more.click();
        await page.waitForFunction((n) => document.querySelectorAll('.entity-group.person .entity').length > n, before);
      }
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const long = await page.evaluate(() => window.__longtasks);
      assert.deepEqual(long.filter((ms) => ms > LONG_TASK_MS), [], `main-thread tasks (ms): ${long.join(', ')}`);
    },
    { serviceWorkers: 'block' },
  );
});

test(`the Overview of ${DOCS} documents charts them, and a bar applies its filter`, async () => {
  await checkedPage(
    browser,
    'many-overview',
    async (page) => {
      await page.addInitScript(() => {
        window.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longtasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(server.url);
      await opened(page);
      await page.getByRole('link', { name: 'Overview' }).click();
      await page.locator('.chart').first().waitFor();
      assert.match(await page.locator('.overview .summary').innerText(), /^300 documents/);
      // each chart is a table of rows with a bar; people, places and speakers are found
      for (const name of ['People (by documents)', 'Places (by documents)', 'Most quoted']) {
        const figure = page.getByRole('figure', { name });
        assert.ok((await figure.locator('tbody tr').count()) > 0, name);
        assert.ok((await figure.locator('svg.bar rect').count()) > 0, name);
      }
      const people = page.getByRole('figure', { name: 'People (by documents)' });
      const first = people.locator('tbody tr').first();
      const name = await first.locator('th').innerText();
      const docs = Number(await first.locator('.num').innerText().then((t) => t.split('\n')[0].replace(/,/g, '')));
      await first.locator('a').click();
      await page.waitForURL(/person=/);
      await settled(page);
      // the bar's count is the number of documents its filter finds
      const summary = await page.locator('.search-status .summary').innerText();
      assert.equal(Number(summary.match(/^([\d,]+) documents?/)?.[1].replace(/,/g, '')), docs, `${name}: ${summary}`);
      // the overview within that selection: fewer documents, and who appears with them
      await page.getByRole('link', { name: 'Overview' }).click();
      await page.getByRole('figure', { name: new RegExp(`^Appears with ${name}`) }).waitFor();
      assert.match(await page.locator('.overview .summary').innerText(), new RegExp(`^${docs} documents? in this search`));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const long = await page.evaluate(() => window.__longtasks);
      assert.deepEqual(long.filter((ms) => ms > LONG_TASK_MS), [], `main-thread tasks (ms): ${long.join(', ')}`);
      // a year of the documents' own dates selects the documents dated that year
      await page.goto(`${server.url}?view=overview`);
      const years = page.getByRole('figure', { name: 'Documents by year (their dates)' });
      await years.locator('tbody tr').first().waitFor();
      assert.equal(await years.locator('tbody tr').count(), 4);
      const year = years.locator('tbody tr').first();
      const which = await year.locator('th').innerText();
      const dated = Number((await year.locator('.num').innerText()).split('\n')[0]);
      assert.equal(dated, 75, `${which}: a quarter of the dispatches`);
      await year.locator('a').click();
      await page.waitForURL(new RegExp(`q=year%3A${which}`));
      await settled(page);
      const found = await page.locator('.search-status .summary').innerText();
      assert.equal(found, `${dated} documents`, 'listed by their dates: no hits to count');
      const metas = await page.locator('.result .result-meta').allInnerTexts();
      assert.ok(metas.length > 0);
      assert.ok(metas.every((m) => m.startsWith(`${which}-`)), metas.join(' | '));
    },
    { serviceWorkers: 'block' },
  );
});
