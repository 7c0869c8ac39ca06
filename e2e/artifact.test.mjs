// End-to-end: the corpus artifact written at build time. The app shows what `sift analyze`
// finds on the same files (entities with their counts, quotations with their speakers); a
// missing, foreign or older-format artifact gets a clear message, never a blank page or a
// panic; and the app's wasm no longer carries the extraction word lists.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedPage, launch, settled, watchedPage } from './browser.mjs';
import { serve } from './server.mjs';

const DIST = process.env.SIFT_DIST ?? 'dist';
let browser;
let server;
before(async () => {
  server = await serve(DIST, '/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** `sift analyze --json seeds/`: what the command line finds in the bundled files. */
function analyze() {
  const run = spawnSync('cargo', ['run', '--quiet', '--offline', '-p', 'sift-cli', '--', 'analyze', '--json', 'seeds'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout).documents;
}

// kind in `sift analyze` → the class of its group in the app
const KINDS = { person: 'person', organization: 'org', place: 'place', date: 'date' };

test("the app's entities are those of `sift analyze`, with the same counts", async () => {
  const docs = analyze();
  assert.equal(docs.length, 1, 'the bundled corpus is one article');
  const expected = {};
  for (const kind of Object.keys(KINDS)) {
    expected[kind] = docs[0].entities
      .filter((e) => e.kind === kind)
      .map((e) => `${e.name} ${e.count}`)
      .sort();
  }
  assert.ok(expected.person.length > 5, 'the article names people');
  await checkedPage(browser, 'artifact-entities', async (page) => {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Entities' }).click();
    await page.locator('.entity-group .entity').first().waitFor();
    for (const [kind, group] of Object.entries(KINDS)) {
      const rows = await page
        .locator(`.entity-group.${group} .entity`)
        .evaluateAll((as) => as.map((a) => `${a.querySelector('.name').textContent} ${a.querySelector('.count').firstChild.textContent}`));
      assert.deepEqual(rows.sort(), expected[kind], kind);
    }
  });
});

test("the app's quotations are those of `sift analyze`, with the same speakers", async () => {
  const [doc] = analyze();
  const byName = new Map(doc.entities.map((e) => [e.name, e]));
  // The app names a speaker by its entity when it has one; `sift analyze` gives the speaker
  // phrase's resolved name, which is that entity's name.
  const expected = doc.quotes.map((q) => `${q.text} — ${q.speaker ?? '(unattributed)'}`);
  assert.ok(expected.length > 5, 'the article quotes people');
  assert.ok(doc.quotes.some((q) => q.speaker && byName.has(q.speaker)), 'some speakers are entities');
  await checkedPage(browser, 'artifact-quotes', async (page) => {
    await page.goto(`${server.url}?view=quotes&terms=1`);
    await page.locator('.quote-list li').first().waitFor();
    const shown = await page
      .locator('.quote-list figure')
      .evaluateAll((fs) => fs.map((f) => `${f.querySelector('blockquote').textContent} — ${f.querySelector('.speaker-name').textContent}`));
    assert.deepEqual(shown, expected);
  });
});

/**
 * A copy of the build with its artifact replaced by `bytes` (or removed, for null). The
 * build writes it gzip-compressed: `bytes` gets it inflated and what it returns is
 * compressed again, unless `raw` (then both are the file's bytes as they are).
 */
function brokenCopy(bytes, raw = false) {
  const dir = mkdtempSync(join(tmpdir(), 'sift-broken-'));
  cpSync(DIST, dir, { recursive: true });
  const [artifact] = readdirSync(dir).filter((f) => f.endsWith('.sift'));
  assert.ok(artifact, 'the build has a .sift artifact');
  const file = join(dir, artifact);
  if (bytes === null) rmSync(file);
  else if (raw) writeFileSync(file, bytes(readFileSync(file)));
  else writeFileSync(file, gzipSync(bytes(gunzipSync(readFileSync(file)))));
  return dir;
}

/** Header of an artifact in format `version`, followed by `body`. */
function withVersion(original, version) {
  const copy = Buffer.from(original);
  copy.writeUInt32LE(version, 8);
  return copy;
}

const BROKEN = [
  { name: 'an artifact of an older format version', bytes: (b) => withVersion(b, 0), message: /older version of Sift/ },
  { name: 'an artifact of a newer format version', bytes: (b) => withVersion(b, 99), message: /newer version of Sift/ },
  { name: 'a foreign file in its place', bytes: () => Buffer.from('<!doctype html><title>Not found</title>'), raw: true, message: /not a Sift corpus/ },
  { name: 'a truncated artifact', bytes: (b) => b.subarray(0, Math.floor(b.length / 2)), message: /incomplete/ },
  { name: 'a compressed artifact cut short', bytes: (b) => b.subarray(0, Math.floor(b.length / 2)), raw: true, message: /incomplete/ },
  { name: 'an artifact that is not compressed (an older build)', bytes: (b) => gunzipSync(b), raw: true, ok: true },
  { name: 'a missing artifact', bytes: null, message: /missing from this site \(HTTP 404\)/ },
  // the last bytes are postings, which only the search worker reads
  { name: 'an artifact with a damaged search index', bytes: (b) => Buffer.from(b).fill(0xff, b.length - 48), message: /damaged/ },
];

for (const { name, bytes, raw, message, ok } of BROKEN) {
  test(ok ? `${name} opens` : `${name} gets a clear message, not a blank page`, async () => {
    const dir = brokenCopy(bytes, raw);
    const broken = await serve(dir, '/');
    const { context, page, problems } = await watchedPage(browser, { serviceWorkers: 'block' });
    try {
      await page.goto(broken.url);
      if (ok) {
        await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0);
        assert.equal(await page.getByRole('alert').count(), 0);
        assert.equal(await page.locator('.doc-list a').count(), 1);
        assert.deepEqual(problems, []);
        return;
      }
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.locator('h1').textContent(), /Sift could not open this corpus/);
      assert.match(await alert.textContent(), message);
      assert.ok(await alert.getByRole('button', { name: 'Reload' }).isVisible());
      // no panic: the only console error allowed is the browser's own line about a 404
      assert.deepEqual(
        problems.filter((p) => !/Failed to load resource.*404/.test(p)),
        [],
      );
    } finally {
      await context.close();
      await broken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('without its search worker, the app searches on the page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-noworker-'));
  cpSync(DIST, dir, { recursive: true });
  const [script] = readdirSync(dir).filter((f) => /^sift-worker-.*\.js$/.test(f));
  assert.ok(script, 'the build has a worker script');
  rmSync(join(dir, script));
  const copy = await serve(dir, '/');
  const { context, page, problems } = await watchedPage(browser, { serviceWorkers: 'block' });
  try {
    await page.goto(`${copy.url}?q=ceasefire`);
    await page.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0);
    await settled(page);
    assert.equal(await page.locator('.search-status .summary').innerText(), '1 document, 5 hits');
    assert.ok((await page.locator('.results mark').count()) > 0);
    assert.deepEqual(problems.filter((p) => !/Failed to load resource.*404|sift-worker/.test(p)), []);
  } finally {
    await context.close();
    await copy.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the app's wasm carries no extraction word list", () => {
  const wasm = readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1);
  const bytes = readFileSync(join(DIST, wasm[0]));
  const data = 'crates/engine/data';
  for (const list of readdirSync(data)) {
    const text = readFileSync(join(data, list));
    // a run of 40 bytes from the middle of the list, as include_str! would embed it
    const mid = Math.floor(text.length / 2);
    const sample = text.subarray(mid, mid + 40);
    assert.equal(bytes.indexOf(sample), -1, `${list} is in ${wasm[0]}`);
  }
});
