import { launch } from './browser.mjs';
import { serve } from './server.mjs';
const server = await serve(process.argv[2]);
const browser = await launch();
for (const [w, h] of [[1280, 800], [390, 844]]) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: w, height: h } });
  const page = await context.newPage();
  await page.goto(server.url + '?view=overview');
  await page.getByRole('figure', { name: 'Documents by year (their dates)' }).locator('tbody tr').first().waitFor();
  await page.screenshot({ path: `/tmp/ov-${w}.png` });
  await page.getByRole('figure', { name: 'Documents by year (their dates)' }).locator('tbody tr a').nth(1).click();
  await page.waitForURL(/year/);
  await page.locator('main[aria-busy="false"]').waitFor();
  await page.screenshot({ path: `/tmp/year-${w}.png` });
  console.log(w, page.url(), await page.locator('.search-status .summary').innerText());
  await context.close();
}
await browser.close(); await server.close();
