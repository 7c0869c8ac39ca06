// The in-browser benchmark: Sift (wasm) against MiniSearch, FlexSearch and Lunr, in one
// page and one run, on the Brown corpus. Called by bench/bench.mjs through playwright.
import MiniSearch from './node_modules/minisearch/dist/es/index.js';
import { Index as FlexIndex } from './node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs';

// ---------- seeded randomness ----------
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- the reference: plain tokens ----------
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const tokens = (s) => fold(s).match(/[a-z0-9]+/g) ?? [];

function reference(docs) {
  const postings = new Map(); // token -> Set(doc index)
  const docTokens = docs.map((d) => tokens(`${d.title}\n${d.text}`));
  docTokens.forEach((ts, i) => {
    for (const t of ts) {
      let s = postings.get(t);
      if (!s) postings.set(t, (s = new Set()));
      s.add(i);
    }
  });
  const vocab = [...postings.keys()].sort();
  return {
    docTokens,
    postings,
    word: (w) => postings.get(w) ?? new Set(),
    and: (ws) => ws.map((w) => postings.get(w) ?? new Set()).reduce((a, b) => new Set([...a].filter((x) => b.has(x)))),
    phrase(ws) {
      const out = new Set();
      for (const i of this.and(ws)) {
        // phrases are within a paragraph: check the paragraphs' token streams
        const paras = docs[i].text.split(/\n\s*\n/).map(tokens);
        paras.push(tokens(docs[i].title));
        if (paras.some((ts) => ts.some((_, k) => ws.every((w, j) => ts[k + j] === w)))) out.add(i);
      }
      return out;
    },
    prefix(p) {
      const out = new Set();
      let lo = 0, hi = vocab.length;
      while (lo < hi) { const m = (lo + hi) >> 1; if (vocab[m] < p) lo = m + 1; else hi = m; }
      for (let k = lo; k < vocab.length && vocab[k].startsWith(p); k++) for (const i of postings.get(vocab[k])) out.add(i);
      return out;
    },
  };
}

// ---------- the query set ----------
const WORD = /^[a-z]{3,}$/;
function querySet(docs, ref, perClass, seed) {
  const rnd = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const df = [...ref.postings.entries()].filter(([t]) => WORD.test(t)).map(([t, s]) => [t, s.size]);
  df.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const frequent = df.slice(0, 200).map((x) => x[0]);
  const rare = df.filter((x) => x[1] >= 2 && x[1] <= 5).map((x) => x[0]);
  const out = [];
  const seen = new Set();
  const add = (cls, words, sift, lunr) => {
    const key = `${cls}:${words.join(" ")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    out.push({ cls, words, sift, lunr });
    return true;
  };
  for (let n = 0; n < perClass; ) n += add('frequent', [pick(frequent)], null) ? 1 : 0;
  for (let n = 0; n < perClass; ) n += add('rare', [pick(rare)], null) ? 1 : 0;
  for (let n = 0; n < perClass; ) {
    // two words of the same document, so the answer is rarely empty
    const ts = pick(ref.docTokens).filter((t) => WORD.test(t));
    const a = pick(ts), b = pick(ts);
    if (a !== b) n += add('and', [a, b], null) ? 1 : 0;
  }
  for (let n = 0, tries = 0; n < perClass && tries < 100000; tries++) {
    // three consecutive words separated by single spaces only
    const doc = pick(docs);
    const paras = doc.text.split(/\n\s*\n/);
    const words = pick(paras).split(' ');
    const k = Math.floor(rnd() * Math.max(1, words.length - 2));
    const ws = words.slice(k, k + 3);
    if (ws.length === 3 && ws.every((w) => /^[a-zA-Z]{3,}$/.test(w))) {
      const lower = ws.map((w) => w.toLowerCase());
      n += add('phrase', lower, `"${lower.join(' ')}"`) ? 1 : 0;
    }
  }
  for (let n = 0; n < perClass; ) {
    const t = pick(df)[0];
    const p = t.slice(0, 3 + Math.floor(rnd() * 2));
    n += add('prefix', [p], `${p}*`, `${p}*`) ? 1 : 0;
  }
  for (const q of out) {
    q.sift ??= q.words.join(' ');
    q.lunr ??= q.cls === 'prefix' ? q.words[0] + '*' : q.words.map((w) => `+${w}`).join(' ');
    q.expected =
      q.cls === 'phrase' ? ref.phrase(q.words) :
      q.cls === 'prefix' ? ref.prefix(q.words[0]) :
      ref.and(q.words);
  }
  return out;
}

// ---------- contenders ----------
function contenders(siftModule) {
  const list = [];
  if (siftModule) {
    const { SiftIndex } = siftModule;
    list.push({
      name: 'Sift',
      build: (docs) => new SiftIndex(docs.map((d) => ({ id: d.id, title: d.title, text: d.text }))),
      search: (ix, q) => ix.search(q.sift),
      size: (ix) => ix.indexBytes(),
      free: (ix) => ix.free(),
      wasm: () => siftModule.memoryBytes(),
    });
  }
  list.push({
    name: 'MiniSearch',
    build: (docs) => {
      const ms = new MiniSearch({ fields: ['title', 'text'], idField: 'id' });
      ms.addAll(docs);
      return ms;
    },
    search: (ms, q) =>
      ms.search(q.words.join(' '), { combineWith: 'AND', prefix: q.cls === 'prefix', fuzzy: false }).map((r) => r.id),
    size: (ms) => JSON.stringify(ms).length,
  });
  list.push({
    name: 'FlexSearch',
    build: (docs) => {
      // "strict" for words and phrases, a second "forward" index for prefixes
      const strict = new FlexIndex({ tokenize: 'strict' });
      const forward = new FlexIndex({ tokenize: 'forward' });
      docs.forEach((d, i) => {
        strict.add(i, `${d.title}\n${d.text}`);
        forward.add(i, `${d.title}\n${d.text}`);
      });
      return { strict, forward, ids: docs.map((d) => d.id) };
    },
    search: (f, q) =>
      (q.cls === 'prefix' ? f.forward : f.strict)
        .search(q.words.join(' '), { limit: 100000 })
        .map((i) => f.ids[i]),
    size: () => null,
  });
  list.push({
    name: 'Lunr',
    build: (docs) =>
      window.lunr(function () {
        this.ref('id');
        this.field('title');
        this.field('text');
        docs.forEach((d) => this.add(d));
      }),
    search: (ix, q) => ix.search(q.lunr).map((r) => r.ref),
    size: (ix) => JSON.stringify(ix).length,
  });
  return list;
}

// ---------- measuring ----------
const gc = () => (window.gc ? window.gc() : undefined);
const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : NaN);
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const median = (xs) => pct(xs, 50);

async function measure(c, docs, queries, builds) {
  // memory: one build, kept, between two garbage collections
  gc();
  await new Promise((r) => setTimeout(r, 50));
  const h0 = heap();
  const w0 = c.wasm ? c.wasm() : 0;
  let index = c.build(docs);
  gc();
  await new Promise((r) => setTimeout(r, 50));
  const h1 = heap();
  const w1 = c.wasm ? c.wasm() : 0;
  // time to searchable: more builds, timed
  const times = [];
  for (let i = 0; i < builds; i++) {
    const t0 = performance.now();
    const ix = c.build(docs);
    c.search(ix, queries[0]);
    times.push(performance.now() - t0);
    if (c.free) c.free(ix);
  }
  const size = c.size(index);
  // latency and accuracy
  const byClass = {};
  for (const q of queries) {
    const ids = c.search(index, q); // warm-up, and the answer
    const got = new Set(ids.map((id) => docIndex.get(id)));
    const exp = q.expected;
    const inter = [...got].filter((x) => exp.has(x)).length;
    const precision = got.size ? inter / got.size : exp.size ? 0 : 1;
    const recall = exp.size ? inter / exp.size : 1;
    let runs = 1;
    let t = 0;
    for (;;) {
      const t0 = performance.now();
      for (let k = 0; k < runs; k++) c.search(index, q);
      t = performance.now() - t0;
      if (t >= 0.5 || runs >= 4096) break;
      runs *= 4;
    }
    const samples = [t / runs];
    for (let b = 0; b < 4; b++) {
      const t0 = performance.now();
      for (let k = 0; k < runs; k++) c.search(index, q);
      samples.push((performance.now() - t0) / runs);
    }
    const cls = (byClass[q.cls] ??= { samples: [], precision: [], recall: [], exact: 0, n: 0 });
    cls.samples.push(...samples);
    cls.precision.push(precision);
    cls.recall.push(recall);
    cls.n += 1;
    if (precision === 1 && recall === 1) cls.exact += 1;
  }
  const classes = {};
  for (const [k, v] of Object.entries(byClass)) {
    classes[k] = {
      p50_ms: median(v.samples),
      p95_ms: pct(v.samples, 95),
      precision: v.precision.reduce((a, b) => a + b, 0) / v.n,
      recall: v.recall.reduce((a, b) => a + b, 0) / v.n,
      exact: v.exact,
      queries: v.n,
    };
  }
  if (c.free) c.free(index);
  index = null;
  return {
    name: c.name,
    searchable_ms: median(times),
    js_heap_bytes: h1 - h0,
    wasm_bytes: c.wasm ? w1 : null,
    wasm_growth_bytes: c.wasm ? w1 - w0 : null,
    index_bytes: size,
    classes,
  };
}

let docIndex;
export async function runBench({ quick = false, seed = 20261124, perClass = 50 } = {}) {
  const env = { crossOriginIsolated: self.crossOriginIsolated, userAgent: navigator.userAgent, gc: !!window.gc, preciseMemory: !!performance.memory };
  let docs = await (await fetch('./data/brown.json')).json();
  if (quick) docs = docs.slice(0, 40);
  docIndex = new Map(docs.map((d, i) => [d.id, i]));
  const ref = reference(docs);
  console.log('reference built');
  const queries = querySet(docs, ref, quick ? 5 : perClass, seed);
  console.log(`${queries.length} queries`);
  let sift = null;
  try {
    const mod = await import('./pkg/sift_wasm.js');
    const wasm = await mod.default();
    sift = { SiftIndex: mod.SiftIndex, memoryBytes: () => wasm.memory.buffer.byteLength };
  } catch (e) {
    env.sift = `not built (${e.message}): run bench/build-sift.sh`;
  }
  const corpusBytes = docs.reduce((n, d) => n + new TextEncoder().encode(d.title + d.text).length, 0);
  const results = [];
  for (const c of contenders(sift)) {
    console.log(`measuring ${c.name}`);
    results.push(await measure(c, docs, queries, quick ? 1 : 3));
  }
  return { env, corpus: { documents: docs.length, bytes: corpusBytes }, queries: queries.length, seed, results };
}
