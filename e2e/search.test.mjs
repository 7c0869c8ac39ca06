// End-to-end: keyword search in the release build (served at the root).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { checkedPage, launch, settled } from './browser.mjs';
import { serve } from './server.mjs';

const SHOTS = 'artifacts/e2e';
const SEED_ID = '000_1c3fc3bf6f08bbcf';
let browser;
let server;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve(process.env.SIFT_DIST ?? 'dist', '/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const withPage = (shot, fn) => checkedPage(browser, shot, fn);

test('typing shows marked results with the right counts, as you type', async () => {
  await withPage('search-typing', async (page) => {
    await page.goto(server.url);
    await page.locator('.doc-list a').waitFor();
    // `/` focuses the search box
    const historyBefore = await page.evaluate(() => history.length);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
    await page.keyboard.type('mahdi ar', { delay: 20 });
    // the word being typed matches as a prefix: "ar" → army
    await page.locator('.search-status .summary').waitFor();
    // counts checked independently: tokens equal to "mahdi" or starting with "ar" (36, in 20 paragraphs)
    assert.equal(await page.locator('.search-status .summary').innerText(), '1 document, 36 hits');
    const marks = await page.locator('.result .passages mark').allInnerTexts();
    assert.ok(marks.length > 0);
    for (const m of marks) assert.match(m, /^(mahdi|ar[a-z]*)$/i);
    assert.equal(await page.locator('.result .result-meta').first().innerText(), '36 hits · 20 paragraphs');
    // the URL follows the query without one history entry per keystroke
    assert.equal(new URL(page.url()).searchParams.get('q'), 'mahdi ar');
    assert.equal(await page.evaluate(() => history.length), historyBefore + 1);

    // a phrase narrows it; the count is the phrase's
    await page.fill('#search-input', '"mahdi army"');
    await page.waitForFunction(() => document.querySelector('.search-status .summary')?.textContent === '1 document, 8 hits');
    // Escape clears and returns to the start page
    await page.focus('#search-input');
    await page.keyboard.press('Escape');
    await page.locator('.welcome').waitFor();
    assert.equal(await page.inputValue('#search-input'), '');
  });
});

test('open a passage from the results, then step through every match', async () => {
  await withPage('search-reader', async (page) => {
    await page.goto(`${server.url}?q=sadr+city`);
    const first = page.locator('.passage-link').first();
    await first.waitFor();
    const target = new URL(await first.getAttribute('href'), server.url);
    await first.click();
    await page.locator('#doc-title').waitFor();
    assert.equal(new URL(page.url()).hash, target.hash);
    const hits = await page.locator('.doc-body mark').count();
    assert.equal(hits, 22); // every "sadr" and every "city" in the article
    const current = page.locator('mark.current-hit');
    assert.equal(await current.count(), 1, 'the opened passage has the current match');
    const startId = await current.getAttribute('id');
    const start = Number(startId.slice(4));
    // each step moves the current match (waited for: a step re-renders the reader)
    const currentBecomes = (n) =>
      page.waitForFunction((id) => document.querySelector('mark.current-hit')?.id === id, `hit-${n}`, { timeout: 5000 });
    await page.keyboard.press('n');
    await currentBecomes((start + 1) % hits);
    await page.keyboard.press('p');
    await currentBecomes(start);
    await page.keyboard.press('p');
    await currentBecomes((start - 1 + hits) % hits);
    assert.match(await page.locator('.hit-count').innerText(), new RegExp(`^Match \\d+ of ${hits}$`));
    await page.getByRole('button', { name: 'Next ↓' }).click();
    await currentBecomes(start);
    // back to the results keeps the query
    await page.getByRole('link', { name: '← Back to results' }).click();
    await page.locator('.result-list').waitFor();
    assert.equal(await page.inputValue('#search-input'), 'sadr city');
  });
});

test('concordance lines sort by the word before and after', async () => {
  await withPage('search-concordance', async (page) => {
    await page.goto(`${server.url}?q=ceasefire&view=concordance`);
    await page.locator('.kwic tbody tr').first().waitFor();
    const rows = await page.locator('.kwic tbody tr').count();
    assert.equal(rows, 5); // "ceasefire" occurs 5 times
    await page.getByRole('link', { name: 'by word after' }).click();
    await page.waitForFunction(() => location.search.includes('sort=right'));
    const rights = await page.locator('.kwic-right').allInnerTexts();
    const firstWords = rights.map((r) => (r.toLowerCase().match(/[a-z0-9]+/) ?? [''])[0]);
    assert.deepEqual(firstWords, [...firstWords].sort());
  });
});

test('typos, unknown words and malformed queries get a helpful answer', async () => {
  await withPage('search-states', async (page) => {
    await page.goto(`${server.url}?q=cesefire`);
    await page.locator('.correction').waitFor();
    assert.match(await page.locator('.correction').innerText(), /Showing results for “ceasefire”/);
    await page.fill('#search-input', 'zzyzx ');
    await page.locator('.no-results').waitFor();
    assert.match(await page.locator('.no-results').innerText(), /Not in any document: zzyzx/);
    await page.fill('#search-input', '"unbalanced ((( OR');
    await settled(page);
    assert.ok(await page.locator('.search-status .note').count() > 0);
    await page.fill('#search-input', '-');
    await settled(page);
    assert.match(await page.locator('.search-status').innerText(), /nothing searchable/);
  });
});
