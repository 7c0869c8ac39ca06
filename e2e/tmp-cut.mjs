import { launch } from './browser.mjs';
import { serve } from './server.mjs';
const server = await serve('/tmp/cut');
const browser = await launch();
for (let i = 0; i < 6; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(m.type() + ': ' + m.text().slice(0, 150)));
  page.on('pageerror', (e) => logs.push('pageerror: ' + e.message));
  await page.goto(server.url);
  await page.waitForTimeout(2500);
  const text = await page.evaluate(() => document.body.innerText.slice(0, 200).replace(/\n/g, ' | '));
  console.log(i, JSON.stringify(text), logs);
  await context.close();
}
await browser.close(); await server.close();
