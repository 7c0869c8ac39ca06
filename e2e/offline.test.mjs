// End-to-end: after one visit the app works offline (any link into it, at the root and
// under a sub-path), and a new deployment runs on the next load with no console errors.
//
// Needs dist/, dist-sub/ and dist-v2/ (a second build of the root app, named differently);
// scripts/test builds all three.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, settled, watchedPage } from './browser.mjs';
import { serve } from './server.mjs';

const SHOTS = 'artifacts/e2e';
const SEED_ID = '000_1c3fc3bf6f08bbcf';
let browser;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
});
after(() => browser?.close());

async function controlled(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active && navigator.serviceWorker.controller !== null;
  });
}

for (const d of [
  { name: 'root', dir: process.env.SIFT_DIST ?? 'dist', base: '/' },
  { name: 'subpath', dir: process.env.SIFT_DIST_SUB ?? 'dist-sub', base: '/sift/' },
]) {
  describe(`offline at ${d.base}`, () => {
    let server;
    before(async () => {
      server = await serve(d.dir, d.base);
    });
    after(() => server?.close());

    test('after one visit, a shared link opens with the network off', async () => {
      const w = await watchedPage(browser);
      const { page, context } = w;
      try {
        await page.goto(server.url);
        await page.locator('.doc-list a').waitFor();
        await controlled(page);
        // what the service worker precached: every file of the build
        const cached = await page.evaluate(async () => {
          const keys = await caches.keys();
          const cache = await caches.open(keys.find((k) => k.startsWith('sift-')));
          return (await cache.keys()).map((r) => new URL(r.url).pathname);
        });
        const built = readdirSync(d.dir, { recursive: true }).filter((f) => !statSync(join(d.dir, f)).isDirectory());
        for (const f of built.filter((f) => f !== 'sw.js' && f !== 'index.html')) {
          assert.ok(cached.includes(`${d.base}${f}`), `${f} is precached`);
        }
        await context.setOffline(true);
        await page.goto(`${server.url}?q=basra&doc=${SEED_ID}#p3`);
        await page.locator('#doc-title').waitFor();
        await page.locator('#p3.current').waitFor();
        await settled(page);
        assert.ok((await page.locator('.doc-body mark').count()) > 0, 'the search runs offline');
        await page.reload();
        await page.locator('#doc-title').waitFor();
        await page.goto(`${server.url}?view=quotes`);
        await page.locator('.quote-list figure').first().waitFor();
        await page.screenshot({ path: `${SHOTS}/${d.name}-offline.png` });
        assert.deepEqual(w.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
        assert.deepEqual([...w.hosts], ['127.0.0.1']);
      } finally {
        await context.close();
      }
    });
  });
}

for (const d of [
  { name: 'root', dir: 'dist', v2: 'dist-v2', base: '/' },
  { name: 'subpath', dir: 'dist-sub', v2: 'dist-sub-v2', base: '/sift/' },
]) {
  describe(`a new deployment at ${d.base}`, () => {
    test('runs on the next load, with the old cache removed', async (t) => {
      if (!existsSync(`${d.v2}/index.html`)) {
        t.skip(`${d.v2}/ is not built (scripts/test builds it)`);
        return;
      }
      const site = mkdtempSync(join(tmpdir(), 'sift-deploy-'));
      cpSync(d.dir, site, { recursive: true });
      const server = await serve(site, d.base);
      const w = await watchedPage(browser);
      try {
        await w.page.goto(server.url);
        await w.page.locator('.doc-list a').waitFor();
        await controlled(w.page);
        const before = await w.page.locator('.corpus-name').innerText();
        // deploy the second build into the same folder
        for (const f of readdirSync(site)) rmSync(join(site, f), { recursive: true });
        cpSync(d.v2, site, { recursive: true });
        await w.page.reload();
        await w.page.locator('.doc-list a').waitFor();
        const now = await w.page.locator('.corpus-name').innerText();
        assert.notEqual(now, before);
        assert.equal(now, 'Sift deployment test');
        // the new worker takes over and the previous build's cache goes
        await w.page.waitForFunction(async () => (await caches.keys()).filter((k) => k.startsWith('sift-')).length === 1);
        await w.page.reload();
        await w.page.locator('.doc-list a').waitFor();
        assert.equal(await w.page.locator('.corpus-name').innerText(), 'Sift deployment test');
        await w.page.screenshot({ path: `${SHOTS}/${d.name}-redeploy.png` });
        assert.deepEqual(w.problems, []);
      } finally {
        await w.context.close();
        await server.close();
        rmSync(site, { recursive: true, force: true });
      }
    });
  });
}
