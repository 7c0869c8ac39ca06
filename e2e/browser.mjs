// Debian's Chromium driven by playwright-core (playwright's own browser download does not
// work here). Shared by the e2e tests and the timing script.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A page that records console errors, page errors and the hosts it requests.
 * `problems` lists every console error and uncaught exception.
 */
export async function watchedPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  const hosts = new Set();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:') hosts.add(url.hostname);
  });
  return { context, page, problems, hosts };
}

/**
 * Run `fn(page, context)` in a fresh page, save a full-page screenshot to
 * artifacts/e2e/<shot>.png, and check what every test must hold: no console errors and no
 * request to any host but 127.0.0.1.
 */
export async function checkedPage(browser, shot, fn, options = {}) {
  const { default: assert } = await import('node:assert/strict');
  const { mkdir } = await import('node:fs/promises');
  await mkdir('artifacts/e2e', { recursive: true });
  const w = await watchedPage(browser, options);
  try {
    await fn(w.page, w.context);
    await w.page.screenshot({ path: `artifacts/e2e/${shot}.png`, fullPage: true });
    assert.deepEqual(w.problems, [], 'no console errors');
    assert.deepEqual([...w.hosts], ['127.0.0.1'], 'no request to any other host');
  } finally {
    await w.context.close();
  }
}

/** Wait until the page's search has answered the current query (`<main aria-busy>`). */
export function settled(page) {
  return page.locator('main[aria-busy="false"]').waitFor();
}

/**
 * The page's main-thread tasks (PerformanceObserver `longtask`), across reloads: call before
 * the first `goto`; `since()` starts a new count, `longest()` says its longest, in ms.
 */
export async function longTasks(page) {
  let longest = 0;
  await page.exposeBinding('__siftLongTask', (_, ms) => {
    longest = Math.max(longest, ms);
  });
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__siftLongTask(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return {
    since: () => {
      longest = 0;
    },
    longest: () => Math.round(longest),
  };
}
