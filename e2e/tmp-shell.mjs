import { launch } from './browser.mjs';
import { serve } from './server.mjs';
const server = await serve(process.argv[2] ?? 'dist');
const browser = await launch();
for (const [w, h] of [[1280, 800], [390, 844]]) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: w, height: h } });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (r) => r.abort());
  await page.goto(server.url);
  await page.waitForSelector('.shell .doc-link');
  const before = await page.evaluate(() => [...document.querySelectorAll('.doc-link')].slice(0, 3).map((a) => JSON.stringify(a.getBoundingClientRect())));
  await page.screenshot({ path: `/tmp/shell-${w}.png` });
  const page2 = await context.newPage();
  const errors = [];
  page2.on('pageerror', (e) => errors.push(e.message));
  await page2.goto(server.url);
  await page2.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0);
  const after = await page2.evaluate(() => [...document.querySelectorAll('.doc-link')].slice(0, 3).map((a) => JSON.stringify(a.getBoundingClientRect())));
  const marks = await page2.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`).join(' '));
  console.log(w, 'shell left:', await page2.locator('.shell').count(), 'same boxes:', JSON.stringify(before) === JSON.stringify(after), errors, marks);
  if (JSON.stringify(before) !== JSON.stringify(after)) console.log(before, after);
  await page2.screenshot({ path: `/tmp/app-${w}.png` });
  await context.close();
}
await browser.close(); await server.close();
