// What Sift keeps on this device: the documents a reader added, and the corpus artifact built
// of the bundled documents and theirs. IndexedDB database "sift", version 1:
//
//   documents   key: id   {id, title, file, size, added, bytes}
//               one record per added document; `bytes` is the document as the importer
//               stores it (postcard, crates/importer `Session::stored`), `file` the file
//               name it came from, `size` its stored bytes, `added` when (ms since 1970).
//   corpus      key: "current"   {base, name, bytes, documents: [{id, title, file, size, added}]}
//               the artifact the app opens instead of the bundled one: `base` is the bundled
//               artifact it was built on (a new deployment has another and is rebuilt),
//               `name` its own file name, `documents` the added ones in corpus order.
//
// Every change is one transaction (documents and the corpus together): a document is
// stored whole with the artifact that includes it, or not at all. Used by the page (load,
// at start-up) and by the import worker (everything else).

const DB = 'sift';
const VERSION = 1;
const CURRENT = 'current';

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

let opened = null;
/** The database (created on first use). */
export function open() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(new Error('this browser keeps no data for web pages (no IndexedDB)'));
        return;
      }
      const r = indexedDB.open(DB, VERSION);
      r.onupgradeneeded = () => {
        const db = r.result;
        if (!db.objectStoreNames.contains('documents')) db.createObjectStore('documents', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('corpus')) db.createObjectStore('corpus');
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
      r.onblocked = () => reject(new Error('another tab holds an older version of Sift open'));
    });
    opened.catch(() => {
      opened = null;
    });
  }
  return opened;
}

/** The stored corpus ({base, name, bytes, documents}), or null when nothing was added (or
 * this browser stores nothing). Never rejects: the app then opens the bundled corpus. */
export async function load() {
  try {
    const db = await open();
    const corpus = await request(db.transaction('corpus').objectStore('corpus').get(CURRENT));
    return corpus ?? null;
  } catch (e) {
    console.warn('Sift: the documents stored on this device could not be read.', e);
    return null;
  }
}

/** The stored documents with their bytes, in corpus order (for the import worker). */
export async function documents() {
  const db = await open();
  const t = db.transaction(['corpus', 'documents']);
  const corpus = await request(t.objectStore('corpus').get(CURRENT));
  const all = await request(t.objectStore('documents').getAll());
  const byId = new Map(all.map((d) => [d.id, d]));
  const ordered = (corpus?.documents ?? []).map((d) => byId.get(d.id)).filter(Boolean);
  // A record the corpus does not name (which a single transaction never leaves) goes last.
  const named = new Set(ordered.map((d) => d.id));
  return ordered.concat(all.filter((d) => !named.has(d.id)));
}

/**
 * One change, all or nothing: store `put` (document records with bytes), delete the
 * documents `removed` (ids), and store `corpus` ({base, name, bytes, documents}) or, when
 * null, delete it (nothing added is left). Rejects with the browser's error (a full quota
 * is a "QuotaExceededError") and then nothing has changed.
 */
export async function save({ put = [], removed = [], corpus }) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(['corpus', 'documents'], 'readwrite');
    t.oncomplete = () => resolve();
    t.onabort = () => reject(t.error ?? new Error('the change was not stored'));
    try {
      const documents = t.objectStore('documents');
      for (const id of removed) documents.delete(id);
      for (const d of put) documents.put(d);
      if (corpus) t.objectStore('corpus').put(corpus, CURRENT);
      else t.objectStore('corpus').delete(CURRENT);
    } catch (e) {
      // A request refused at once (a value that cannot be stored): nothing of the change
      // may be kept, so the requests already made are undone with it.
      t.onabort = () => reject(e);
      t.abort();
    }
  });
}

/** Bytes stored: the documents and the corpus artifact. */
export function used(corpus) {
  if (!corpus) return 0;
  return corpus.bytes.byteLength + corpus.documents.reduce((n, d) => n + d.size, 0);
}
