// Timings in headless Chromium, on the release build:
// - navigation → document list rendered (the app marks `sift:list-rendered`), median of
//   RUNS fresh page loads;
// - keystroke → results rendered: each character of QUERY typed into the search box, from
//   just before the input event to the app's `sift:results-rendered` mark (set in an effect,
//   after the DOM is updated), and to the next animation frame; median and max.
//
//   node e2e/measure.mjs [DIR] [RUNS] [QUERY]
import { launch, watchedPage } from './browser.mjs';
import { serve } from './server.mjs';

const [dir = 'dist', runs = '5', query = 'mahdi army ceasefire'] = process.argv.slice(2);
const server = await serve(dir, '/');
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => xs.map((t) => t.toFixed(1)).join(', ');

const loads = [];
for (let i = 0; i < Number(runs); i++) {
  const { context, page } = await watchedPage(browser);
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('sift:list-rendered').length > 0);
  loads.push(await page.evaluate(() => performance.getEntriesByName('sift:list-rendered')[0].startTime));
  await context.close();
}
console.log(`navigation → document list rendered: median ${median(loads).toFixed(1)} ms over ${loads.length} runs (${fmt(loads)})`);

const { context, page, problems } = await watchedPage(browser);
await page.goto(server.url);
await page.locator('#search-input').waitFor();
await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0);
const indexReady = await page.evaluate(() => performance.getEntriesByName('sift:index-ready')[0].startTime);
console.log(`navigation → search index ready: ${indexReady.toFixed(1)} ms`);
const toMark = [];
const toFrame = [];
for (let i = 1; i <= query.length; i++) {
  const text = query.slice(0, i);
  const [mark, frame] = await page.evaluate(async (text) => {
    const input = document.getElementById('search-input');
    const before = performance.getEntriesByName('sift:results-rendered').length;
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    // wait for the app's mark (set after the DOM update), then for the next frame
    const deadline = t0 + 5000;
    while (performance.getEntriesByName('sift:results-rendered').length === before && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => requestAnimationFrame(() => r()));
    const frame = performance.now() - t0;
    const marks = performance.getEntriesByName('sift:results-rendered');
    const mark = marks.length > before ? marks[marks.length - 1].startTime - t0 : NaN;
    return [mark, frame];
  }, text);
  if (text.endsWith(' ')) continue; // a trailing space changes nothing on screen
  if (!Number.isNaN(mark)) toMark.push(mark);
  toFrame.push(frame);
}
await context.close();
await browser.close();
await server.close();
console.log(`keystroke → results in the DOM: median ${median(toMark).toFixed(2)} ms, max ${Math.max(...toMark).toFixed(2)} ms over ${toMark.length} keystrokes`);
console.log(`keystroke → first animation frame after them: median ${median(toFrame).toFixed(2)} ms, max ${Math.max(...toFrame).toFixed(2)} ms`);
if (problems.length) console.log('console problems:', problems);
