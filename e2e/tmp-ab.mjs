import { launch } from './browser.mjs';
import { serve } from './server.mjs';
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d) => serve(d)));
const browser = await launch();
const res = dirs.map(() => []);
for (let run = 0; run < 9; run++) {
  for (let i = 0; i < dirs.length; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(servers[i].url);
    await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0);
    res[i].push(await page.evaluate(() => ['sift:shell-shown', 'sift:list-rendered', 'sift:index-ready'].map((m) => Math.round(performance.getEntriesByName(m)[0]?.startTime ?? NaN))));
    await context.close();
  }
}
const med = (xs) => xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
dirs.forEach((d, i) => console.log(d, 'shell', med(res[i].map((r) => r[0])), 'list', med(res[i].map((r) => r[1])), 'ready', med(res[i].map((r) => r[2]))));
await browser.close(); for (const s of servers) await s.close();
