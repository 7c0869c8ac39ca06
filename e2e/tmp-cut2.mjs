import { launch, watchedPage } from './browser.mjs';
import { serve } from './server.mjs';
const browser = await launch();
for (let i = 0; i < 16; i++) {
  const server = await serve('/tmp/cut', '/');
  const { context, page, problems } = await watchedPage(browser, { serviceWorkers: 'block' });
  await page.goto(server.url);
  try {
    await page.getByRole('alert').waitFor({ timeout: 4000 });
    console.log(i, 'ok');
  } catch (e) {
    const html = await page.evaluate(() => document.body.innerHTML.slice(0, 600));
    const marks = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('resource').filter((r) => r.name.includes('.sift')).map((r) => [r.name, r.transferSize, r.encodedBodySize, r.decodedBodySize, r.initiatorType])));
    console.log(i, 'FAIL', marks, problems, server.url);
  }
  await context.close();
  await server.close();
}
await browser.close();
