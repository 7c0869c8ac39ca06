// End-to-end: a view lives in its link. Built views reopen identically in a fresh browser,
// back and forward step between views, "Copy link" copies the address, and malformed or
// stale links open the closest valid view with a notice. At the root and under /sift/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { checkedPage, launch, settled } from './browser.mjs';
import { serve } from './server.mjs';

const SHOTS = 'artifacts/e2e';
const SEED_ID = '000_1c3fc3bf6f08bbcf';
const DEPLOYMENTS = [
  { name: 'root', dir: process.env.SIFT_DIST ?? 'dist', base: '/' },
  { name: 'subpath', dir: process.env.SIFT_DIST_SUB ?? 'dist-sub', base: '/sift/' },
];

let browser;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
});
after(() => browser?.close());

const withPage = (shot, fn, options) => checkedPage(browser, shot, fn, options);

/** What a reader sees, once the search has answered: enough to tell two views apart. */
async function snapshot(page) {
  await settled(page);
  return page.evaluate(() => ({
    query: document.getElementById('search-input')?.value,
    status: document.querySelector('.search-status .summary')?.textContent ?? null,
    tab: document.querySelector('.tab[aria-current=page]')?.textContent ?? null,
    results: [...document.querySelectorAll('.result-title, .kwic-key')].map((e) => e.textContent),
    doc: document.getElementById('doc-title')?.textContent ?? null,
    current: document.querySelector('.para.current')?.id ?? null,
    marks: document.querySelectorAll('.doc-body mark, .results mark, .kwic mark').length,
  }));
}

for (const d of DEPLOYMENTS) {
  describe(`links at ${d.base}`, () => {
    let server;
    before(async () => {
      server = await serve(d.dir, d.base);
    });
    after(() => server?.close());

    test('a built view reopens identically in a fresh browser', async () => {
      let url;
      let seen;
      await withPage(`${d.name}-link-build`, async (page) => {
        await page.goto(server.url);
        await page.locator('#search-input').fill('ceasefire');
        await page.getByRole('link', { name: 'Concordance' }).click();
        await page.getByRole('link', { name: 'by word after' }).click();
        await page.locator('.kwic-key a').nth(2).click();
        await page.locator('#doc-title').waitFor();
        url = page.url();
        seen = await snapshot(page);
      });
      assert.match(url, /\?q=ceasefire&view=concordance&sort=right&doc=000_1c3fc3bf6f08bbcf#p\d+$/);
      assert.ok(new URL(url).pathname.startsWith(d.base));
      await withPage(`${d.name}-link-open`, async (page) => {
        await page.goto(url);
        await page.locator('#doc-title').waitFor();
        await page.locator('.para.current').waitFor();
        assert.deepEqual(await snapshot(page), seen);
      });
    });

    test('back and forward step between deliberate views, not keystrokes', async () => {
      await withPage(`${d.name}-history`, async (page) => {
        await page.goto(server.url);
        await page.locator('#search-input').pressSequentially('mahdi army', { delay: 10 });
        await page.locator('.result-list').waitFor();
        await page.getByRole('link', { name: 'Concordance' }).click();
        await page.locator('.kwic').waitFor();
        await page.goBack();
        await page.locator('.result-list').waitFor();
        assert.equal(await page.inputValue('#search-input'), 'mahdi army');
        await page.goBack(); // before the search: one step, however many keystrokes
        await page.locator('.welcome').waitFor();
        assert.equal(await page.inputValue('#search-input'), '');
        await page.goForward();
        await page.locator('.result-list').waitFor();
        await page.goForward();
        await page.locator('.kwic').waitFor();
      });
    });

    test('"Copy link" copies the address of the view and says so', async () => {
      await withPage(`${d.name}-copy`, async (page, context) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.goto(`${server.url}?q=basra&doc=${SEED_ID}#p2`);
        await page.locator('#doc-title').waitFor();
        await page.getByRole('button', { name: 'Copy link' }).click();
        await page.getByText('Link copied').waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
      });
    });

    test('malformed and stale links open the closest valid view with a notice', async () => {
      const cases = [
        [`?q=basra&view=bogus&sort=up`, /view “bogus”/, '.result-list'],
        [`?doc=${SEED_ID}#p9999`, /no paragraph 9999/, '#doc-title'],
        [`?doc=${SEED_ID}#pzz`, /paragraph “pzz”/, '#doc-title'],
        [`?doc=removed-doc&q=basra`, /“removed-doc” is not in this corpus/, '.result-list'],
        [`?q=%E0%A4%A&doc=`, null, '.search-status'],
        [`?person=Nobody+Here`, /No document mentions all the selected entities/, '.no-results'],
      ];
      for (const [i, [link, notice, view]] of cases.entries()) {
        await withPage(`${d.name}-stale-${i}`, async (page) => {
          await page.goto(server.url + link);
          await page.locator(view).first().waitFor();
          if (notice) {
            const text = await page.locator('.link-notice, .notice, .no-results').allInnerTexts();
            assert.match(text.join(' '), notice, link);
          }
        });
      }
    });
  });
}
