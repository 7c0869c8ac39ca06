import { launch } from './browser.mjs';
import { serve } from './server.mjs';
const server = await serve(process.argv[2]);
const browser = await launch();
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('console', (m) => run === 0 && console.log('console:', m.type(), m.text().slice(0, 200)));
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0, null, { timeout: 60000 });
  const out = await page.evaluate(() => [
    ...performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}..${Math.round(r.responseEnd)} ${r.initiatorType}`),
    ...performance.getEntriesByType('mark').map((e) => `${e.name} ${Math.round(e.startTime)}`),
  ]);
  console.log(out.join('\n'), '\n');
  await context.close();
}
await browser.close(); await server.close();
