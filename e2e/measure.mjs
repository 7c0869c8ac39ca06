// Time from navigation start to the document list being rendered (the app marks
// `sift:list-rendered` on the performance timeline), median of N fresh page loads.
//
//   node e2e/measure.mjs [DIR] [RUNS]
import { launch, watchedPage } from './browser.mjs';
import { serve } from './server.mjs';

const [dir = 'dist', runs = '5'] = process.argv.slice(2);
const server = await serve(dir, '/');
const browser = await launch();
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const { context, page } = await watchedPage(browser);
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('sift:list-rendered').length > 0);
  times.push(await page.evaluate(() => performance.getEntriesByName('sift:list-rendered')[0].startTime));
  await context.close();
}
await browser.close();
await server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`navigation → document list rendered: median ${median.toFixed(1)} ms over ${times.length} runs (${times.map((t) => t.toFixed(1)).join(', ')})`);
