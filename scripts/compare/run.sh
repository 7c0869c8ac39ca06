#!/bin/sh
# Sift vs textacy (spaCy en_core_web_sm), attributed-quote F1 on the bundled article and on
# every held-out quote set. Not run by CI. Installs what it needs with setup.sh; needs
# ../shared/eval.
set -e
cd "$(dirname "$0")/../.."
sh scripts/compare/setup.sh
venv=${SIFT_COMPARE_VENV:-/tmp/tx}
cargo build -q --release -p sift-cli
sift=target/release/sift
out=$(mktemp -d)
score() { python3 ../shared/eval/score.py "$1" "$2" | tail -1 | sed 's/.*attributed_quote_f1=//'; }
printf '%-16s %6s %8s\n' set sift textacy
"$sift" analyze ../shared/eval/gold/seed-basra.txt --json > "$out/sift.json"
"$venv/bin/python" scripts/compare/textacy_quotes.py ../shared/eval/gold/seed-basra.txt > "$out/tx.json"
printf '%-16s %6s %8s\n' bundled "$(score ../shared/eval/gold "$out/sift.json")" \
  "$(score ../shared/eval/gold "$out/tx.json")"
for set in lee-news lee-test modern-news heldout-quotes blind/quotes blind2 blind3; do
  dir=crates/engine/tests/data/$set
  "$sift" analyze "$dir" --json > "$out/sift.json"
  "$venv/bin/python" scripts/compare/textacy_quotes.py "$dir"/*.txt > "$out/tx.json"
  printf '%-16s %6s %8s\n' "$set" "$(score "$dir" "$out/sift.json")" "$(score "$dir" "$out/tx.json")"
done
rm -rf "$out"
