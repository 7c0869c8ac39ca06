// End-to-end: the release build, served on 127.0.0.1 at the site root and under a
// sub-path, opened in headless Chromium.
//
// Needs dist/ (trunk build --release) and dist-sub/ (... --public-url /sift/);
// scripts/test builds both. Screenshots go to artifacts/e2e/ (git-ignored).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { checkedPage, launch } from './browser.mjs';
import { serve } from './server.mjs';

const SHOTS = 'artifacts/e2e';
const SEED_ID = '000_1c3fc3bf6f08bbcf';
const SEED_TITLE = /^Relative calm returned—at least temporarily—to the southern Iraqi city/;
const FIRST_PARAGRAPH = /^Relative calm returned—at least temporarily—to the southern Iraqi city of Basra on Monday/;

const DEPLOYMENTS = [
  { name: 'root', dir: process.env.SIFT_DIST ?? 'dist', base: '/' },
  { name: 'subpath', dir: process.env.SIFT_DIST_SUB ?? 'dist-sub', base: '/sift/' },
];

let browser;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const withPage = (server, shot, fn, options) => checkedPage(browser, shot, fn, options);

for (const deployment of DEPLOYMENTS) {
  describe(`served at ${deployment.base}`, () => {
    let server;
    before(async () => {
      assert.ok(existsSync(`${deployment.dir}/index.html`), `${deployment.dir}/ is built`);
      server = await serve(deployment.dir, deployment.base);
    });
    after(() => server?.close());

    test('the bundled article is listed, opens, and reads from its first paragraph', async () => {
      await withPage(server, `${deployment.name}-read`, async (page) => {
        await page.goto(server.url);
        await page.getByRole('heading', { name: 'Sift', level: 1 }).waitFor();
        assert.match(await page.locator('.doc-count').innerText(), /^1 document$/);
        const link = page.locator('.doc-list a');
        assert.equal(await link.count(), 1);
        assert.match(await link.locator('.doc-title').innerText(), SEED_TITLE);
        assert.match(await link.locator('.doc-meta').innerText(), /^1,9\d\d words$/);

        await link.click();
        await page.locator('#doc-title').waitFor();
        assert.match(await page.locator('#doc-title').innerText(), SEED_TITLE);
        assert.match(await page.locator('#p1 .para-text').innerText(), FIRST_PARAGRAPH);
        assert.equal(new URL(page.url()).search, `?doc=${SEED_ID}`);
        assert.ok(new URL(page.url()).pathname.startsWith(deployment.base));
        assert.equal(await link.getAttribute('aria-current'), 'page');
        // Focus moves to the document's title, ready to read on.
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'doc-title');

        await page.goBack();
        await page.locator('.welcome').waitFor();
        assert.equal(await page.locator('#doc-title').count(), 0);
      });
    });

    test('the first screen is in the page: the list shows before the wasm, and once the app runs nothing shows twice', async () => {
      // without the app's wasm: the header and the list, written at build time
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.route(/_bg\.wasm$/, (route) => route.abort());
        await page.goto(server.url);
        assert.match(await page.locator('.shell .doc-count').innerText(), /^1 document$/);
        const link = page.locator('.shell .doc-list a');
        assert.equal(await link.count(), 1);
        assert.match(await link.locator('.doc-title').innerText(), SEED_TITLE);
        assert.match(await link.locator('.doc-meta').innerText(), /^1,9\d\d words$/);
        assert.equal(await link.getAttribute('href'), `?doc=${SEED_ID}`);
        assert.match(await page.locator('.shell [role=status]').innerText(), /^Loading seeds \(\d+ KB\)…$/);
        assert.ok(await page.evaluate(() => performance.getEntriesByName('sift:shell-shown').length === 1));
        // a plain link: it opens the document, through the app once it loads
        await page.unroute(/_bg\.wasm$/);
        await link.click();
        await page.locator('#doc-title').waitFor();
        assert.equal(new URL(page.url()).search, `?doc=${SEED_ID}`);
      } finally {
        await context.close();
      }
      await withPage(server, `${deployment.name}-shell-gone`, async (page) => {
        await page.goto(server.url);
        await page.locator('form.search input').waitFor();
        await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0);
        assert.equal(await page.locator('.shell').count(), 0, 'the app removed the first screen');
        assert.equal(await page.locator('.site-header').count(), 1);
        assert.equal(await page.locator('.doc-list a').count(), 1);
        assert.ok(await page.locator('.doc-list a').isVisible());
      });
    });

    test('a link to a paragraph opens the document at that paragraph', async () => {
      await withPage(server, `${deployment.name}-paragraph`, async (page) => {
        await page.goto(`${server.url}?doc=${SEED_ID}#p3`);
        const p3 = page.locator('#p3');
        await p3.waitFor();
        assert.match(await p3.getAttribute('class'), /\bcurrent\b/);
        assert.match(await p3.locator('.para-text').innerText(), /^In both major cities/);
        assert.ok(await p3.isVisible());
        // The paragraph's anchor is a real link to itself.
        const anchor = p3.locator('a.para-anchor');
        assert.equal(await anchor.getAttribute('href'), `?doc=${SEED_ID}#p3`);
      });
    });

    test('an unknown document (one added on another device) gets a notice, and the rest of the view', async () => {
      await withPage(server, `${deployment.name}-missing`, async (page) => {
        await page.goto(`${server.url}?q=basra&doc=no-such-doc`);
        const notice = page.getByRole('status').filter({ hasText: 'is not in this corpus' });
        await notice.waitFor();
        assert.match(await notice.innerText(), /“no-such-doc”/);
        assert.match(await notice.innerText(), /this document is only on the device where it was added/);
        // The search the link also names is shown.
        await page.locator('.result').first().waitFor();
        assert.equal(await page.locator('.doc-list a').count(), 1);
      });
    });

    test('keyboard only: skip link, search box, copy link, open a document with Enter', async () => {
      await withPage(server, `${deployment.name}-keyboard`, async (page) => {
        await page.goto(server.url);
        await page.locator('.doc-list a').waitFor();
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Copy link');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add documents');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.className), 'doc-link');
        // Focus is visible: the focused link gets an outline.
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
        assert.equal(outline, 'solid');
        await page.keyboard.press('Enter');
        await page.locator('#doc-title').waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'doc-title');
      });
    });

    test('on a phone the list and the reader take turns', async () => {
      const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
      await withPage(server, `${deployment.name}-phone`, async (page) => {
        await page.goto(server.url);
        await page.locator('.doc-list a').waitFor();
        assert.ok(await page.locator('.doc-list').isVisible());
        await page.locator('.doc-list a').click();
        await page.locator('#doc-title').waitFor();
        assert.ok(!(await page.locator('.doc-list').isVisible()), 'list hidden while reading');
        const back = page.getByRole('link', { name: '← All documents' });
        assert.ok(await back.isVisible());
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
        assert.equal(overflow, false, 'no horizontal scrolling');
        await back.click();
        await page.locator('.doc-list').waitFor();
        assert.ok(await page.locator('.doc-list').isVisible());
      }, phone);
    });
  });
}
