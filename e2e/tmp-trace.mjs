// scratch: where does Brown's "search ready" go? node e2e/tmp-trace.mjs DIST
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { readFileSync } from 'node:fs';
const dist = process.argv[2];
const server = await serve(dist);
const browser = await launch();
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (run === 2) await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'] });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0, null, { timeout: 60000 });
  const marks = await page.evaluate(() => {
    const m = {};
    for (const e of performance.getEntriesByType('mark')) m[e.name] = Math.round(e.startTime);
    for (const r of performance.getEntriesByType('resource')) m[r.name.split('/').pop().slice(0, 24)] = `${Math.round(r.startTime)}..${Math.round(r.responseEnd)}`;
    return m;
  });
  console.log(JSON.stringify(marks));
  if (run === 2) await browser.stopTracing();
  await context.close();
}
await browser.close();
await server.close();
const t = JSON.parse(readFileSync('/tmp/trace.json', 'utf8'));
const events = t.traceEvents ?? t;
const names = new Map();
for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming' )?.ts ?? Math.min(...events.filter(e=>e.ts>0).map((e) => e.ts));
const per = new Map();
for (const e of events) {
  if (e.ph !== 'X' || !(e.dur > 2000)) continue;
  if (!['RunTask', 'ThreadControllerImpl::RunTask', 'v8.run', 'FunctionCall', 'EvaluateScript', 'v8.compile', 'wasm.CompileLazy', 'v8.wasm.compileModule'].includes(e.name) && !/Task|wasm|Compile|Parse/i.test(e.name)) continue;
  const th = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
  if (!per.has(th)) per.set(th, []);
  per.get(th).push(`${e.name}@${Math.round((e.ts - nav) / 1000)}+${Math.round(e.dur / 1000)}`);
}
for (const [th, list] of per) console.log(th, list.slice(0, 60).join(' '));
