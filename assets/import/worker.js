// Sift's import worker (issue 13): reads a reader's files, analyses them with the bundled
// documents into a new corpus artifact (crates/importer), and keeps both on the device
// (store.js). Started by the page (src/importing.rs) the first time documents are added or
// removed; nothing it does makes a network request beyond this site's own files (the
// bundled artifact, this folder), which the service worker serves offline.
//
// Messages are objects with a `type`. Page → worker:
//   {type: 'start', artifact: url}                 first: the bundled artifact's address
//   {type: 'add', files: [File], texts: [{title, text}]}
//   {type: 'remove', ids: [id] | 'all'}   {type: 'rebuild'}   {type: 'export'}
//   {type: 'cancel'}                               stops the batch being added
// Worker → page:
//   {type: 'progress', done, total, name}          before each file
//   {type: 'building', documents}                  analysing the corpus
//   {type: 'done', results: [{name, ok, id, title, notices, message}], changed}
//   {type: 'cancelled'}   {type: 'failed', message}   {type: 'exported', bytes, name}
// A batch is stored whole or not at all: cancelled, or refused by the storage (a full
// quota), none of its documents is kept and what was stored before stays as it was.
import init, { Importer, artifactName, tooLarge } from './sift_importer.js';
import * as store from './store.js';

/** The most text a device keeps in added documents, in stored bytes: the whole corpus is
 * held in the page's memory, and 50 MB is about eight times the Brown corpus. */
const MAX_STORED = 50 * 1000 * 1000;

let importer = null;
let base = null;
let queue = Promise.resolve();
// Batches are numbered as they arrive; a cancel stops every batch that arrived before it,
// whether it is being read or still waits its turn.
let received = 0;
let cancelledUpTo = 0;

self.onmessage = ({ data }) => {
  if (data?.type === 'cancel') {
    cancelledUpTo = received;
    return;
  }
  const batch = data?.type === 'add' ? ++received : 0;
  queue = queue.then(() => handle(data, batch)).catch((e) => post({ type: 'failed', message: reason(e) }));
};

function post(message, transfer = []) {
  self.postMessage(message, transfer);
}

function reason(e) {
  if (e?.name === 'QuotaExceededError') {
    return 'there is not enough storage on this device for these documents, so none of them was added (remove some of your documents, or free space, and try again)';
  }
  return String(e?.message ?? e);
}

/** Why the importer could not start, if it could not: every later request says it. */
let startFailure = null;

async function handle(message, batch) {
  if (message?.type === 'start') {
    return start(message.artifact).catch((e) => {
      startFailure = `Sift's importer could not start: ${reason(e)}`;
      throw new Error(startFailure);
    });
  }
  if (!importer) throw new Error(startFailure ?? "Sift's importer did not start");
  switch (message?.type) {
    case 'add':
      return add(message.files ?? [], message.texts ?? [], () => batch <= cancelledUpTo);
    case 'remove':
      return remove(message.ids);
    case 'rebuild':
      return rebuild();
    case 'export':
      return exportCollection();
  }
}

/** The importer over the bundled corpus, with the documents stored before put back. */
async function start(url) {
  const [, response] = await Promise.all([init({ module_or_path: new URL('./sift_importer_bg.wasm', import.meta.url) }), fetch(url)]);
  if (!response.ok) throw new Error(`the corpus file could not be had (HTTP ${response.status})`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    bytes = new Uint8Array(await new Response(inflated).arrayBuffer());
  }
  importer = new Importer(bytes);
  base = url.split('/').pop();
  for (const d of await store.documents().catch(() => [])) {
    const answer = importer.restore(d.bytes);
    if (!answer.ok) console.warn(`Sift: ${d.file}: ${answer.message}`);
  }
}

/** The records of what is stored now, keyed by id, to carry their dates and file names. */
async function storedById() {
  const stored = await store.documents().catch(() => []);
  return new Map(stored.map((d) => [d.id, d]));
}

async function add(files, texts, cancelled) {
  const total = files.length + texts.length;
  const results = [];
  const added = [];
  const fileOf = new Map();
  let storedBytes = importer.added().reduce((n, d) => n + (importer.stored(d.id)?.byteLength ?? 0), 0);
  const keep = (name, answer) => {
    if (answer.ok) {
      const size = importer.stored(answer.id)?.byteLength ?? 0;
      if (storedBytes + size > MAX_STORED) {
        importer.remove(answer.id);
        answer = { ok: false, message: `${name}: not added: your documents would pass 50 MB, the most Sift keeps on a device` };
      } else {
        storedBytes += size;
        added.push(answer.id);
        fileOf.set(answer.id, name);
      }
    }
    results.push({ name, ...answer });
  };
  let done = 0;
  for (const file of files) {
    if (cancelled()) break;
    const name = file.webkitRelativePath || file.name;
    post({ type: 'progress', done, total, name });
    const big = tooLarge(name, file.size);
    try {
      if (big) keep(name, { ok: false, message: big });
      else if (/\.pdf$/i.test(file.name)) keep(name, await readPdf(name, file));
      else if (/\.sift$/i.test(file.name)) {
        const answers = importer.addCollection(name, new Uint8Array(await file.arrayBuffer()));
        for (const answer of answers) keep(name, answer);
      } else keep(name, importer.add(name, new Uint8Array(await file.arrayBuffer())));
    } catch (e) {
      // The browser could not read it: a folder dropped as a file, a file moved or
      // deleted since it was chosen.
      keep(name, { ok: false, message: `${name}: could not be read (${e?.message ?? e}); to add a folder, use "Choose a folder"` });
    }
    done += 1;
    // Let a "cancel" in.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  for (const { title, text } of texts) {
    if (cancelled()) break;
    const name = title?.trim() || 'pasted text';
    post({ type: 'progress', done, total, name });
    keep(name, importer.addText(title ?? '', text ?? ''));
    done += 1;
  }
  if (cancelled()) {
    for (const id of added) importer.remove(id);
    post({ type: 'cancelled' });
    return;
  }
  if (!added.length) {
    post({ type: 'done', results, changed: false });
    return;
  }
  const now = Date.now();
  const records = added.map((id) => ({ id, file: fileOf.get(id), added: now }));
  try {
    await commit(records, [], results);
  } catch (e) {
    for (const id of added) importer.remove(id);
    throw e;
  }
}

/** A PDF's text layer, page by page, read by pdf.js (loaded the first time one is added). */
let pdfjs = null;
async function readPdf(name, file) {
  if (!pdfjs) {
    // pdf.js's own worker runs here, in this worker's thread ("fake worker").
    globalThis.pdfjsWorker = await import('./pdf.worker.min.mjs');
    pdfjs = await import('./pdf.min.mjs');
  }
  let document;
  try {
    document = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    if (e?.name === 'PasswordException') {
      return { ok: false, message: `${name}: a password-protected PDF: Sift cannot read it (save a copy without the password and add that)` };
    }
    return { ok: false, message: `${name}: not a PDF Sift can read (${e?.message ?? e})` };
  }
  try {
    const pages = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      pages.push({ items: (await page.getTextContent()).items });
      page.cleanup();
    }
    return importer.addPdf(name, pages);
  } catch (e) {
    return { ok: false, message: `${name}: its text could not be read (${e?.message ?? e})` };
  } finally {
    document.destroy();
  }
}

/** The stored documents analysed again with this deployment's bundled corpus (the page
 * asks when the stored corpus was built on another). */
async function rebuild() {
  const before = await storedById();
  const now = Date.now();
  const current = importer.added().map((d) => d.id);
  const records = current.map((id) => ({ id, file: before.get(id)?.file ?? '', added: before.get(id)?.added ?? now }));
  const gone = [...before.keys()].filter((id) => !current.includes(id));
  await commit(records, gone, []);
}

async function remove(ids) {
  const all = importer.added().map((d) => d.id);
  const gone = ids === 'all' ? all : ids.filter((id) => all.includes(id));
  const before = await storedById();
  for (const id of gone) importer.remove(id);
  try {
    await commit([], gone, gone.map((id) => ({ name: before.get(id)?.title ?? id, ok: true, id, removed: true })));
  } catch (e) {
    // Put them back as they were: nothing was changed.
    for (const id of gone) if (before.has(id)) importer.restore(before.get(id).bytes);
    throw e;
  }
}

/**
 * Build the corpus of the bundled documents and the added ones, and store it with the
 * documents in `records` (new: their bytes are taken from the importer) and without those in
 * `removed`, in one transaction; then tell the page.
 */
async function commit(records, removed, results) {
  const before = await storedById();
  const list = importer.added();
  const put = records.map((r) => {
    const bytes = importer.stored(r.id);
    const title = list.find((d) => d.id === r.id)?.title ?? r.id;
    return { ...r, title, bytes, size: bytes.byteLength };
  });
  const fresh = new Map(put.map((d) => [d.id, d]));
  const documents = list.map(({ id, title }) => {
    const d = fresh.get(id) ?? before.get(id) ?? { id, title, file: '', added: Date.now(), size: importer.stored(id)?.byteLength ?? 0 };
    return { id, title, file: d.file, size: d.size, added: d.added };
  });
  let corpus = null;
  if (list.length) {
    post({ type: 'building', documents: importer.bundled + list.length });
    const bytes = importer.build('');
    corpus = { base, name: artifactName(bytes), bytes, documents };
  }
  await store.save({ put, removed, corpus });
  post({ type: 'done', results, changed: true });
}

async function exportCollection() {
  const bytes = importer.collection(`${importer.name}: added documents`);
  if (!bytes) throw new Error('there are no added documents to export');
  post({ type: 'exported', bytes, name: 'sift-collection.sift' }, [bytes.buffer]);
}
