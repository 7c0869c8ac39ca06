// End-to-end: a reader adds their own documents (issue 13). Twenty files of every kind
// (e2e/fixtures.mjs writes them: .txt, Windows-1252 .txt, .md, saved news pages, .docx and
// PDFs with a text layer) and two it cannot read (a JPEG, a scanned PDF) go through the file
// input at once; each readable one is listed, its people, places, organizations and quotes
// are found, the word only the PDF has finds the PDF; they survive a reload and an offline
// reload; one is removed; pasted text is added; the collection goes to another browser.
// Importing makes no request to the network: once the service worker has the build, the
// server sees nothing while the files are read, analysed and stored (only the page itself,
// at each link opened, which the service worker asks the network for first).
//
// Also: files dropped on the page, bad ones among them; 1,000 files at once; a cancelled
// batch; a full storage quota; a whole folder; a new deployment of the site, after which
// the reader's documents are analysed again with its corpus.
//
// Needs dist/ and dist-v2/ (scripts/test builds both).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, longTasks, settled, watchedPage } from './browser.mjs';
import { writeFixtures } from './fixtures.mjs';
import { serve } from './server.mjs';

const SHOTS = 'artifacts/e2e';
let browser;
let server;
const fixtures = writeFixtures(mkdtempSync(join(tmpdir(), 'sift-import-')));
const good = fixtures.filter((f) => !f.expect.bad);

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve(process.env.SIFT_DIST ?? 'dist', '/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function controlled(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active && navigator.serviceWorker.controller !== null;
  });
}

const ownTitles = (page) => page.locator('.own-list .doc-title').allInnerTexts();

/** Open `query` (a query string) and wait for the view to settle. */
async function open(page, query) {
  await page.goto(`${server.url}${query}`);
  await settled(page);
}

test('twenty files of every kind are added, found, kept offline and removed; two bad ones say why', async () => {
  const w = await watchedPage(browser, { viewport: { width: 1280, height: 800 } });
  const { page, context } = w;
  const tasks = await longTasks(page);
  try {
    await page.goto(server.url);
    await settled(page);
    await controlled(page);
    // The service worker has the whole build, the importer included: from here on, nothing
    // the reader does should reach the server.
    const served = server.requests.length;

    await page.getByRole('button', { name: 'Add documents' }).click();
    const panel = page.locator('.add-panel');
    assert.match(await panel.innerText(), /Up to 50 MB per file and 50 MB in all/);
    tasks.since();
    await page.locator('input[type=file][multiple]').setInputFiles(fixtures.map((f) => f.path));
    const results = page.locator('.import-results');
    await results.waitFor({ timeout: 30000 });
    assert.match(await results.innerText(), /Added 20 documents\. 2 files could not be added:/);
    const messages = await results.locator('li').allInnerTexts();
    const refused = await results.locator('li.refused').allInnerTexts();
    assert.equal(refused.length, 2, messages.join('\n'));
    assert.match(refused.find((m) => m.startsWith('photo.jpg')), /photo\.jpg: .*not a document Sift can read/);
    assert.match(refused.find((m) => m.startsWith('scan.pdf')), /scan\.pdf: a PDF with no text layer/);
    for (const f of fixtures.filter((f) => f.kind === 'txt-1252')) {
      assert.ok(messages.includes(`${f.name}: decoded as Windows-1252 (it was not UTF-8)`), `${f.name}'s notice`);
    }
    const whole = good.find((f) => f.expect.wholePage);
    assert.ok(messages.some((m) => m.startsWith(`${whole.name}: no article marked in the page`)), `${whole.name}'s notice`);
    await page.screenshot({ path: `${SHOTS}/import-results.png`, fullPage: true });
    // (playwright's setInputFiles makes a task of its own, 10 ms here for 22 small files)
    assert.ok(tasks.longest() <= 100, `no main-thread task over 100 ms while importing (longest ${tasks.longest()} ms)`);

    await page.getByRole('button', { name: 'Open them' }).click();
    await page.locator('#own-heading').waitFor();
    assert.match(await page.locator('#own-heading').innerText(), /^your documents \(20\)$/i);
    assert.deepEqual((await ownTitles(page)).sort(), good.map((f) => f.expect.title).sort());
    assert.match(await page.locator('.own .note').last().innerText(), /^Stored on this device only: \d+(\.\d)? (KB|MB) \(their text, and the whole corpus analysed with them\)\.$/);
    assert.match(await page.locator('.corpus-summary').innerText(), /21 documents/);

    // Every file's people, place and organization are entities, and its quote is attributed.
    for (const f of good) {
      const { people, place, organization, quote } = f.expect;
      for (const [param, name] of [['person', people[0]], ['place', place], ['org', organization]]) {
        await open(page, `?${param}=${encodeURIComponent(name)}`);
        const titles = await page.locator('.result .result-title').allInnerTexts();
        assert.ok(titles.some((t) => t.includes(f.expect.title)), `${f.name}: ${param} ${name} finds it (${titles.join(' | ')})`);
      }
      await open(page, `?view=quotes&speaker=${encodeURIComponent(quote.speaker)}`);
      const quotes = await page.locator('.quote-list blockquote').allInnerTexts();
      assert.ok(quotes.some((q) => q.includes(quote.textStart)), `${f.name}: ${quote.speaker} says “${quote.textStart}…” (${quotes.join(' | ')})`);
    }
    // The reader's documents alone (in:mine), or the bundled ones alone (-in:mine).
    await page.getByRole('link', { name: 'Only these' }).click();
    await settled(page);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'in:mine');
    assert.equal(await page.locator('.search-status .note').count(), 0, 'in:mine applies here (no "apply in the Quotes view" note)');
    assert.deepEqual(await page.locator('.result-meta').evaluateAll((ps) => ps.filter((p) => /hits?/.test(p.textContent)).length), 0);
    assert.deepEqual((await page.locator('.result .result-title').allInnerTexts()).sort(), good.map((f) => f.expect.title).sort());
    await open(page, `?q=${encodeURIComponent('basra -in:mine')}`);
    assert.equal(await page.locator('.result').count(), 1, 'the bundled article');
    await open(page, `?q=${encodeURIComponent('basra in:mine')}`);
    assert.equal(await page.locator('.result').count(), 0);
    for (const [q, has, hasNot] of [['in:mine', good[0].expect.people[0], 'Nouri al-Maliki'], ['-in:mine', 'Nouri al-Maliki', good[0].expect.people[0]]]) {
      await open(page, `?view=entities&q=${encodeURIComponent(q)}`);
      const people = await page.locator('.entity-group.person .entity .name').allInnerTexts();
      assert.ok(people.includes(has) && !people.includes(hasNot), `entities of ${q}: ${people.join(', ')}`);
    }
    const { speaker } = good[0].expect.quote;
    for (const [q, some] of [['in:mine', true], ['-in:mine', false]]) {
      await open(page, `?view=quotes&q=${encodeURIComponent(q)}&speaker=${encodeURIComponent(speaker)}`);
      assert.equal((await page.locator('.quote-list blockquote').count()) > 0, some, `${speaker}'s quotes with ${q}`);
    }
    // The word only the PDF has.
    const pdf = good.find((f) => f.expect.pdfOnlyWord);
    await open(page, `?q=${pdf.expect.pdfOnlyWord}`);
    assert.deepEqual(await page.locator('.result .result-title').allInnerTexts(), [pdf.expect.title]);
    // The saved pages' furniture was left out.
    for (const f of good.filter((f) => f.expect.absent)) {
      for (const phrase of f.expect.absent) {
        await open(page, `?q=${encodeURIComponent(`"${phrase}"`)}`);
        assert.equal(await page.locator('.result').count(), 0, `${f.name}: “${phrase}” is not in the text`);
      }
    }
    // (Opening a link asks the server for the page first, so that a new deployment shows:
    // those are the only requests.)
    assert.deepEqual(server.requests.slice(served).filter((p) => p !== '/'), [], 'no request reached the server but for the page itself');

    // Kept: after a reload, and offline.
    await page.reload();
    await page.locator('#own-heading').waitFor();
    assert.equal((await ownTitles(page)).length, 20);
    await context.setOffline(true);
    await open(page, `?q=${pdf.expect.pdfOnlyWord}`);
    assert.deepEqual(await page.locator('.result .result-title').allInnerTexts(), [pdf.expect.title]);
    assert.equal((await ownTitles(page)).length, 20);

    // Removed: one, offline still, and it stays removed after a reload.
    const gone = good[0].expect.title;
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: `Remove ${gone}` }).click();
    await page.waitForEvent('load');
    await page.locator('#own-heading').waitFor();
    await page.reload();
    await page.locator('#own-heading').waitFor();
    const left = await ownTitles(page);
    assert.equal(left.length, 19);
    assert.ok(!left.includes(gone));

    // Pasted text, as a new document.
    await page.getByRole('button', { name: 'Add documents' }).click();
    await page.getByLabel('Or paste text').fill('Ferry timetable note\n\nThe ferry to Inchmore will run hourly from May, said harbourmaster Lionel Crabtree.\n\n"We listened to the islanders," Crabtree said.');
    await page.getByRole('button', { name: 'Add text' }).click();
    await page.waitForEvent('load');
    await page.locator('#own-heading').waitFor();
    assert.ok((await ownTitles(page)).includes('Ferry timetable note'));
    await context.setOffline(false);
    await page.screenshot({ path: `${SHOTS}/import-listed.png`, fullPage: true });

    // Export collection here, import it in another browser (a fresh context: nothing stored).
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export collection' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'sift-collection-')), 'collection.sift');
    await (await downloading).saveAs(file);
    const other = await watchedPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const id = new URLSearchParams(new URL(await page.locator('.own-list a').first().getAttribute('href'), server.url).search).get('doc');
      // A link to a document that is only on the sender's device.
      await other.page.goto(`${server.url}?doc=${encodeURIComponent(id)}`);
      await other.page.getByText('this document is only on the device where it was added').waitFor();
      await other.page.getByRole('button', { name: 'Add documents' }).click();
      await other.page.locator('input[type=file][multiple]').setInputFiles(file);
      await other.page.waitForEvent('load');
      // The link names a document this browser has now: it opens.
      await other.page.locator('#doc-title').waitFor();
      const overflow = await other.page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      assert.equal(overflow, false, 'no horizontal scrolling on a phone');
      await other.page.goto(server.url);
      await other.page.locator('#own-heading').waitFor();
      assert.deepEqual((await ownTitles(other.page)).sort(), (await ownTitles(page)).sort());
      await other.page.screenshot({ path: `${SHOTS}/import-phone.png`, fullPage: true });
      assert.deepEqual(other.problems, [], 'no console errors (the other browser)');
      assert.deepEqual([...other.hosts], ['127.0.0.1']);
    } finally {
      await other.context.close();
    }

    // Remove all: the bundled corpus alone again.
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Remove all' }).click();
    await page.waitForEvent('load');
    await settled(page);
    assert.equal(await page.locator('.own-list').count(), 0);
    assert.match(await page.locator('.corpus-summary').innerText(), /1 document/);

    assert.deepEqual(w.problems, [], 'no console errors');
    assert.deepEqual([...w.hosts], ['127.0.0.1'], 'no request to any other host');
  } finally {
    await context.close();
  }
});

test('files dropped on the page: a collection that is not one, a file over the limit, a locked PDF and a broken .docx are refused by name', async () => {
  const w = await watchedPage(browser);
  try {
    await w.page.goto(server.url);
    await settled(w.page);
    // Dropped on the page, as from a file manager (the browser makes the File objects).
    const text = readFileSync(fixtures.find((f) => f.name.endsWith('.txt')).path, 'utf8');
    const locked = [...readFileSync(new URL('./data/locked.pdf', import.meta.url))];
    await w.page.evaluate(([text, locked]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'notes.sift'));
      transfer.items.add(new File([new Uint8Array(51 * 1000 * 1000)], 'huge.txt', { type: 'text/plain' }));
      transfer.items.add(new File([new Uint8Array(locked)], 'locked.pdf', { type: 'application/pdf' }));
      transfer.items.add(new File(['PK\u0003\u0004 not really a zip'], 'broken.docx'));
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [text, locked]);
    const results = w.page.locator('.import-results');
    await results.waitFor({ timeout: 30000 });
    assert.match(await results.innerText(), /Nothing was added\. 4 files could not be added:/);
    const messages = await results.locator('li').allInnerTexts();
    assert.match(messages[0], /^notes\.sift: not a Sift collection Sift can read/);
    assert.match(messages[1], /^huge\.txt: too large: 51(\.0)? MB, the limit is 50(\.0)? MB/);
    assert.match(messages[2], /^locked\.pdf: a password-protected PDF: Sift cannot read it/);
    assert.equal(messages[3], 'broken.docx: a damaged .docx (its zip is cut short)');
    assert.equal(await w.page.getByRole('button', { name: 'Open them' }).count(), 0);
    assert.deepEqual(w.problems, []);
  } finally {
    await w.context.close();
  }
});

test('1,000 files dropped at once are all added, and the page never freezes', async () => {
  const w = await watchedPage(browser);
  const tasks = await longTasks(w.page);
  try {
    await w.page.goto(server.url);
    await settled(w.page);
    await w.page.evaluate(() => {
      const transfer = new DataTransfer();
      for (let i = 1; i <= 1000; i++) {
        const text = `Dispatch ${i}\n\nInspector Maren Holt of the Port Ellery police said on Monday that case ${i} was closed.\n\n"We have found what we were looking for," Holt said.`;
        transfer.items.add(new File([text], `dispatch-${i}.txt`, { type: 'text/plain' }));
      }
      window.__siftDrop = transfer;
    });
    tasks.since();
    const reloaded = w.page.waitForEvent('load');
    await w.page.evaluate(() => document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: window.__siftDrop, bubbles: true, cancelable: true })));
    // While the worker reads them, the page says how far it got.
    await w.page.locator('.import-progress').waitFor();
    await reloaded;
    await w.page.locator('#own-heading', { hasText: '(1,000)' }).waitFor({ state: 'attached', timeout: 60000 });
    await settled(w.page);
    // From the drop to the corpus reopened with them.
    assert.ok(tasks.longest() <= 100, `no main-thread task over 100 ms (longest ${tasks.longest()} ms)`);
    // A list this long starts folded: the bundled documents stay in reach.
    assert.equal(await w.page.locator('details.own-documents').getAttribute('open'), null);
    await w.page.goto(`${server.url}?q=${encodeURIComponent('"case 734 was closed"')}`);
    await settled(w.page);
    assert.deepEqual(await w.page.locator('.result .result-title').allInnerTexts(), ['Dispatch 734']);
    assert.deepEqual(w.problems, []);
  } finally {
    await w.context.close();
  }
});

test('a batch cancelled while it is read adds none of its files', async () => {
  const w = await watchedPage(browser);
  try {
    await w.page.goto(server.url);
    await settled(w.page);
    await w.page.evaluate(() => {
      const transfer = new DataTransfer();
      for (let i = 1; i <= 3000; i++) transfer.items.add(new File([`Note ${i}\n\nA short note.`], `note-${i}.txt`));
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await w.page.locator('.import-progress progress').waitFor();
    await w.page.getByRole('button', { name: 'Cancel' }).click();
    await w.page.locator('.import-progress').waitFor({ state: 'detached' });
    assert.equal(await w.page.locator('.import-results').count(), 0);
    await w.page.reload();
    await settled(w.page);
    assert.equal(await w.page.locator('.own-list').count(), 0, 'nothing of the batch was stored');
    assert.match(await w.page.locator('.corpus-summary').innerText(), /1 document/);
    assert.deepEqual(w.problems, []);
  } finally {
    await w.context.close();
  }
});

test('a full storage quota refuses the batch with a message and loses nothing stored before', async () => {
  // Chromium here ignores DevTools' quota override, so the import worker runs with its
  // storage failing as a full quota does: the first write of the next batch is refused
  // with a QuotaExceededError (its real script, from this build, in a worker whose
  // IndexedDB refuses once).
  const w = await watchedPage(browser);
  const { page } = w;
  try {
    await page.goto(server.url);
    await settled(page);
    const drop = (name, text) =>
      page.evaluate(([name, text]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name));
        document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, [name, text]);
    const first = page.waitForEvent('load');
    await drop('first.txt', 'First note\n\nInspector Maren Holt visited Port Ellery on Monday.');
    await first;
    await page.locator('#own-heading').waitFor();

    const said = await page.evaluate(async () => {
      const folder = new URL(document.querySelector('meta[name=sift-import]').content, document.baseURI).href;
      const artifact = new URL(document.querySelector('link[rel=preload][as=fetch]').getAttribute('href'), document.baseURI).href;
      const script = `
        let full = true;
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (...args) {
          if (full) { full = false; throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }
          return put.apply(this, args);
        };
        await import(${JSON.stringify(folder + 'worker.js')});
        postMessage({ type: 'loaded' });`;
      const worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), { type: 'module' });
      const next = (types) => new Promise((resolve) => {
        const on = ({ data }) => {
          if (types.includes(data.type)) {
            worker.removeEventListener('message', on);
            resolve(data);
          }
        };
        worker.addEventListener('message', on);
      });
      await next(['loaded']);
      worker.postMessage({ type: 'start', artifact });
      const add = (name, text) => {
        worker.postMessage({ type: 'add', files: [new File([text], name)], texts: [] });
        return next(['done', 'failed']);
      };
      const refused = await add('second.txt', 'Second note\n\nThe harbour board met in Port Ellery.');
      const stored = await add('third.txt', 'Third note\n\nThe ferry ran late on Tuesday.');
      worker.terminate();
      return [refused, stored];
    });
    assert.equal(said[0].type, 'failed');
    assert.match(said[0].message, /not enough storage on this device for these documents, so none of them was added/);
    assert.equal(said[1].type, 'done');
    assert.deepEqual(said[1].results.map((r) => [r.name, r.ok]), [['third.txt', true]]);
    // What was stored before is there; the refused batch is not, in storage or in the
    // worker's session (the next batch was stored without it).
    await page.reload();
    await page.locator('#own-heading').waitFor();
    assert.deepEqual(await ownTitles(page), ['First note', 'Third note']);
    assert.deepEqual(w.problems, []);
  } finally {
    await w.context.close();
  }
});

test('a whole folder is added, sub-folders included, each document named by its path', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'sift-folder-'));
  mkdirSync(join(folder, 'interviews'));
  writeFileSync(join(folder, 'notes.txt'), 'Harbour notes\n\nMayor Ruth Adler opened the school in Port Ellery.\n');
  writeFileSync(join(folder, 'interviews', 'ferry.md'), '# Ferry crew interview\n\n"We sail at six," said captain Ines Varga.\n');
  const w = await watchedPage(browser);
  try {
    await w.page.goto(server.url);
    await settled(w.page);
    await w.page.getByRole('button', { name: 'Add documents' }).click();
    const reloaded = w.page.waitForEvent('load');
    await w.page.locator('input[webkitdirectory]').setInputFiles(folder);
    await reloaded;
    await w.page.locator('#own-heading').waitFor();
    const name = folder.split('/').pop();
    // (in the order the browser lists the folder's files)
    assert.deepEqual((await w.page.locator('.own-list .doc-meta').allInnerTexts()).sort(), [
      `${name}/interviews/ferry.md · 1 KB`,
      `${name}/notes.txt · 1 KB`,
    ]);
    assert.deepEqual((await ownTitles(w.page)).sort(), ['Ferry crew interview', 'Harbour notes']);
    assert.deepEqual(w.problems, []);
  } finally {
    await w.context.close();
  }
});

test('after a new deployment of the site, the documents a reader added are analysed again with it, none lost', async (t) => {
  const v2 = process.env.SIFT_DIST_V2 ?? 'dist-v2';
  if (!existsSync(`${v2}/index.html`)) {
    t.skip(`${v2}/ is not built (scripts/test builds it)`);
    return;
  }
  const site = mkdtempSync(join(tmpdir(), 'sift-import-deploy-'));
  cpSync(process.env.SIFT_DIST ?? 'dist', site, { recursive: true });
  const here = await serve(site, '/');
  const w = await watchedPage(browser);
  try {
    await w.page.goto(here.url);
    await settled(w.page);
    const reloaded = w.page.waitForEvent('load');
    await w.page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Harbour notes\n\nMayor Ruth Adler opened the zeptolith school in Port Ellery.\n'], 'notes.txt'));
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await reloaded;
    await w.page.locator('#own-heading').waitFor();
    const before = await w.page.locator('.corpus-name').innerText();
    // The site is deployed again with another bundled corpus (another name).
    for (const f of readdirSync(site)) rmSync(join(site, f), { recursive: true });
    cpSync(v2, site, { recursive: true });
    await w.page.reload();
    // The stored corpus was built on the old one: the documents are analysed again with
    // the new one, and the page opens it.
    await w.page.locator('.corpus-name', { hasText: 'Sift deployment test' }).waitFor();
    await w.page.locator('#own-heading', { hasText: '(1)' }).waitFor({ timeout: 30000 });
    assert.notEqual(before, 'Sift deployment test');
    assert.deepEqual(await ownTitles(w.page), ['Harbour notes']);
    await w.page.goto(`${here.url}?q=zeptolith`);
    await settled(w.page);
    assert.deepEqual(await w.page.locator('.result .result-title').allInnerTexts(), ['Harbour notes']);
    assert.deepEqual(w.problems, []);
  } finally {
    await w.context.close();
    await here.close();
    rmSync(site, { recursive: true, force: true });
  }
});
