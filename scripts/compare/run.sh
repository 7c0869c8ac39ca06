#!/bin/sh
# Sift vs textacy (spaCy en_core_web_sm) on the bundled article and the held-out Brown
# articles. Not run by CI. Needs /tmp/tx (see textacy_quotes.py) and ../shared/eval.
set -e
cd "$(dirname "$0")/../.."
gold=crates/engine/tests/data/heldout-quotes
cargo run -q --release -p sift-cli -- analyze ../shared/eval/gold/seed-basra.txt --json > /tmp/sift-basra.json
cargo run -q --release -p sift-cli -- analyze "$gold" --json > /tmp/sift-heldout.json
/tmp/tx/bin/python scripts/compare/textacy_quotes.py ../shared/eval/gold/seed-basra.txt > /tmp/tx-basra.json
/tmp/tx/bin/python scripts/compare/textacy_quotes.py "$gold"/*.txt > /tmp/tx-heldout.json
for who in sift tx; do
  echo "== $who"
  python3 ../shared/eval/score.py ../shared/eval/gold /tmp/$who-basra.json | tail -1
  python3 ../shared/eval/score.py "$gold" /tmp/$who-heldout.json
done
