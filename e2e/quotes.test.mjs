// End-to-end: the quotes view and its speaker filter, on the bundled article.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { checkedPage, launch } from './browser.mjs';
import { serve } from './server.mjs';

const SHOTS = 'artifacts/e2e';
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

test('the speaker list filters the quotes, and a quote opens its passage', async () => {
  await withPage('quotes-speaker', async (page) => {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Quotes' }).click();
    await page.locator('.quote-list figure').first().waitFor();
    const all = await page.locator('.quote-list figure').count();
    assert.ok(all >= 10, `${all} quotations`);
    // pick Qassim Daoud from the speaker list: two quotes, both his
    await page.locator('.speakers a', { hasText: 'Qassim Daoud' }).click();
    await page.waitForFunction(() => location.search.includes('speaker=Qassim+Daoud'));
    const captions = await page.locator('.quote-list figcaption .speaker-name').allInnerTexts();
    assert.deepEqual(captions, ['Qassim Daoud', 'Qassim Daoud']);
    const texts = await page.locator('.quote-list blockquote').allInnerTexts();
    assert.match(texts[0], /The government now is in a weak position/);
    assert.match(texts[1], /Everything is possible/);
    // combined with a keyword: only his quotes containing it
    await page.fill('#search-input', 'weak');
    await page.locator('.quote-list blockquote mark').first().waitFor();
    assert.equal(await page.locator('.quote-list figure').count(), 1);
    // the quote opens its passage in the reader, the quotation marked with its speaker
    await page.locator('.quote-source').first().click();
    await page.locator('#doc-title').waitFor();
    const span = page.locator('.para.current .quote-span').first();
    assert.equal(await span.getAttribute('data-speaker'), 'Qassim Daoud');
  });
});

test('speaker: in the search box filters quotes the same way', async () => {
  await withPage('quotes-query', async (page) => {
    await page.goto(`${server.url}?view=quotes&q=${encodeURIComponent('speaker:Nuaimi ')}`);
    await page.locator('.quote-list figure').first().waitFor();
    const captions = await page.locator('.quote-list figcaption .speaker-name').allInnerTexts();
    assert.ok(captions.length >= 1);
    for (const c of captions) assert.equal(c, 'Hazem al-Nuaimi');
    // terms are hidden unless asked for
    await page.goto(`${server.url}?view=quotes`);
    await page.locator('.quote-list figure').first().waitFor();
    const speech = await page.locator('.quote-list figure').count();
    await page.getByRole('link', { name: 'Show quoted terms' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.quote-list figure').length > n, speech);
    assert.ok((await page.locator('.quote-list figure.term').count()) > 0);
  });
});
