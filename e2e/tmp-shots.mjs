import { launch } from './browser.mjs';
import { serve } from './server.mjs';
const server = await serve(process.argv[2]);
const browser = await launch();
for (const [w, h] of [[1280, 800], [390, 844]]) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: w, height: h } });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (r) => r.abort());
  await page.goto(server.url);
  await page.waitForSelector('.shell .doc-link');
  await page.screenshot({ path: `/tmp/brown-shell-${w}.png` });
  await page.unroute(/_bg\.wasm$/);
  const p2 = await context.newPage();
  await p2.goto(server.url + '?view=entities');
  await p2.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0);
  await p2.locator('.entity-filter input').fill('mart');
  await p2.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0);
  await p2.locator('.candidates').first().waitFor();
  await p2.locator('.candidates').first().scrollIntoViewIfNeeded();
  await p2.screenshot({ path: `/tmp/brown-entities-${w}.png` });
  console.log(w, await p2.locator('.candidates').count(), (await p2.locator('.candidates').allInnerTexts()).slice(0, 5));
  await context.close();
}
await browser.close(); await server.close();
