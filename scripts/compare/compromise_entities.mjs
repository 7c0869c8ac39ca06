// compromise (the in-browser JavaScript NLP library) as an entity extractor, in the
// Prediction shape of ../shared/eval/SCHEMA.md, so score.py scores it like Sift.
//   npm i compromise compromise-dates   (anywhere; not a project dependency)
//   NODE_PATH=<that>/node_modules node scripts/compare/compromise_entities.mjs TEXT... > pred.json
// people() → person, organizations() → organization, places() → place, dates() → date.
// Entities with the same text are one entry (compromise does not merge aliases).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(process.env.NODE_PATH ? `${process.env.NODE_PATH}/` : import.meta.url);
const nlp = require('compromise');
nlp.plugin(require('compromise-dates'));

const documents = process.argv.slice(2).map((path) => {
  const seen = new Map();
  for (const para of readFileSync(path, 'utf8').split('\n')) {
    const doc = nlp(para);
    const add = (kind, list) => {
      for (const t of list) {
        const name = t.replace(/[.,;:’'"“”]+$/u, '').replace(/’s$|'s$/u, '').trim();
        if (name) seen.set(`${kind}|${name.toLowerCase()}`, { name, kind, aliases: [] });
      }
    };
    add('person', doc.people().out('array'));
    add('organization', doc.organizations().out('array'));
    add('place', doc.places().out('array'));
    add('date', doc.dates().out('array'));
  }
  return { id: basename(path).replace(/\.txt$/, ''), entities: [...seen.values()], quotes: [] };
});
console.log(JSON.stringify({ documents }));
