// End-to-end: the entity panel, selecting an entity, combining it with keywords, and
// selecting an entity from a mention in the reader.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { checkedPage, launch } from './browser.mjs';
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

/** Paragraph numbers of the passages listed in the results. */
async function passageNumbers(page) {
  const hrefs = await page.locator('.passage-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return hrefs.map((h) => Number(h.split('#p')[1])).sort((a, b) => a - b);
}

test('selecting an entity shows only the passages that mention it', async () => {
  await withPage('entities-select', async (page) => {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Entities' }).click();
    const people = page.locator('.entity-group.person');
    await people.locator('.entity').first().waitFor();
    // grouped by kind, sorted by count, with a filter box
    const counts = await people.locator('.entity .count').allInnerTexts();
    assert.deepEqual(counts.map(Number), [...counts.map(Number)].sort((a, b) => b - a));
    await page.fill('.entity-filter input', 'mal');
    assert.deepEqual(await people.locator('.entity .name').allInnerTexts(), ['Nouri al-Maliki']);
    await people.locator('.entity', { hasText: 'Nouri al-Maliki' }).click();
    await page.locator('.result-list').waitFor();
    assert.match(await page.locator('.chips').innerText(), /person: Nouri al-Maliki/);
    // every paragraph that names Maliki, and no other (counted independently: 13 of them;
    // the list shows the 3 best of the document, all among them)
    assert.match(await page.locator('.result-meta').innerText(), /13 paragraphs/);
    const shown = await passageNumbers(page);
    const maliki = [3, 4, 9, 10, 11, 12, 17, 18, 19, 20, 21, 23, 24];
    assert.ok(shown.length > 0 && shown.every((n) => maliki.includes(n)), `${shown}`);
    for (const m of await page.locator('.passage-link mark').allInnerTexts()) assert.match(m, /Maliki/);
    // a second entity narrows further (AND): Maliki and Daoud share paragraphs 19 and 20
    await page.goto(`${server.url}?person=Nouri+al-Maliki&person=Qassim+Daoud`);
    await page.locator('.result-list').waitFor();
    assert.deepEqual(await passageNumbers(page), [19, 20]);
    // removing a chip widens again
    await page.getByRole('link', { name: 'Remove person: Qassim Daoud' }).click();
    await page.waitForFunction(() => !location.search.includes('Daoud'));
    assert.match(await page.locator('.result-meta').innerText(), /13 paragraphs/);
  });
});

test('person: in the search box combines with keywords', async () => {
  await withPage('entities-query', async (page) => {
    await page.goto(`${server.url}?q=${encodeURIComponent('person:Daoud government')}`);
    await page.locator('.result-list').waitFor();
    assert.deepEqual(await passageNumbers(page), [20]);
    assert.deepEqual(await page.locator('.passage-link mark').allInnerTexts(), ['government', 'government']);
  });
});

test('a mention in the reader shows its entity and selects it', async () => {
  await withPage('entities-reader', async (page) => {
    await page.goto(`${server.url}?doc=${SEED_ID}#p19`);
    const mention = page.locator('#p19 .ent[data-entity="Qassim Daoud"]').first();
    await mention.waitFor();
    assert.equal(await mention.getAttribute('data-kind'), 'person');
    assert.match(await mention.getAttribute('title'), /person: Qassim Daoud/);
    await mention.focus();
    await page.keyboard.press('Enter');
    await page.locator('.result-list').waitFor();
    assert.match(await page.locator('.chips').innerText(), /person: Qassim Daoud/);
    assert.deepEqual(await passageNumbers(page), [19, 20]);
  });
});
