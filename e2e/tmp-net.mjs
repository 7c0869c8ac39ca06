import { launch } from './browser.mjs';
import { serve } from './server.mjs';
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d) => serve(d)));
const browser = await launch();
const res = dirs.map(() => []);
for (let run = 0; run < 3; run++) {
  for (let i = 0; i < dirs.length; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // 20 Mbit/s down, 20 ms latency
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: 2.5e6, uploadThroughput: 1e6 });
    await page.goto(servers[i].url);
    await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0, null, { timeout: 60000 });
    res[i].push(await page.evaluate(() => Math.round(performance.getEntriesByName('sift:index-ready')[0].startTime)));
    await context.close();
  }
}
dirs.forEach((d, i) => console.log(d, 'search ready at 20 Mbit/s:', res[i].join(', '), 'ms'));
await browser.close(); for (const s of servers) await s.close();
