// The corpus build: SIFT_CORPUS picks the folder, a file that is not text fails the build
// with a message naming it, and an empty folder still builds (the app then says so; see
// tests/components.rs). Runs `cargo check` on the app, which runs build.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function checkWithCorpus(files) {
  const dir = mkdtempSync(join(tmpdir(), 'sift-corpus-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const run = spawnSync(
    'cargo',
    ['check', '--offline', '-p', 'sift-app', '--target', 'wasm32-unknown-unknown'],
    { env: { ...process.env, SIFT_CORPUS: dir }, encoding: 'utf8' },
  );
  rmSync(dir, { recursive: true, force: true });
  return run;
}

test('a corpus file that is not UTF-8 text fails the build, naming the file', () => {
  const run = checkWithCorpus({ 'good.txt': 'Fine.', 'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]) });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /cannot bundle .*latin1\.txt: not UTF-8 text/);
});

test('a missing corpus folder fails the build with a clear message', () => {
  const run = spawnSync(
    'cargo',
    ['check', '--offline', '-p', 'sift-app', '--target', 'wasm32-unknown-unknown'],
    { env: { ...process.env, SIFT_CORPUS: '/nonexistent/corpus' }, encoding: 'utf8' },
  );
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /\/nonexistent\/corpus: cannot read the folder/);
});

test('an empty corpus folder builds', () => {
  const run = checkWithCorpus({});
  assert.equal(run.status, 0, run.stderr);
});

test('another folder builds with its .txt and .md files, and warns about the rest', () => {
  const run = checkWithCorpus({ 'a.md': '# A\n\nText.', 'b.txt': 'B.', 'c.pdf': '%PDF' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /not bundled.*c\.pdf/);
});
