#!/bin/sh
# Fetch the texts of crates/engine/tests/data/lee-news/ (gold is committed, the stories are
# not): 60 ABC news stories (2001-2002) of the Lee corpus, which the PyPI package gensim 4.4.0
# ships as gensim/test/test_data/lee_background.cor, one story a line. The 60 were drawn at
# random (Python random.seed(2026), random.sample) from the 197 lines with quotation marks;
# lee-N.txt is line N. It also writes crates/engine/tests/data/lee-test/ from lee.cor.
# Needs pip, python3 and the PyPI registry; not run by CI.
set -e
cd "$(dirname "$0")/../.."
dest=crates/engine/tests/data/lee-news
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pip download --no-deps --only-binary :all: gensim==4.4.0 -d "$tmp" -q
python3 - "$tmp" "$dest" <<'PY'
import glob, random, sys, zipfile
tmp, dest = sys.argv[1], sys.argv[2]
whl = zipfile.ZipFile(glob.glob(tmp + "/gensim-4.4.0-*.whl")[0])
lines = whl.read("gensim/test/test_data/lee_background.cor").decode("utf-8").split("\n")
cands = [i for i, l in enumerate(lines) if l.count('"') >= 2]
random.seed(2026)
for i in sorted(random.sample(cands, 60)):
    with open(f"{dest}/lee-{i + 1:03d}.txt", "w", encoding="utf-8") as f:
        f.write(lines[i].strip() + "\n")
# lee-test/: every story of lee.cor (Latin-1) with quotation marks; leetest-N.txt is line N.
test = whl.read("gensim/test/test_data/lee.cor").decode("latin-1").split("\n")
for i, l in enumerate(test):
    if l.count('"') >= 2:
        with open(f"{dest}/../lee-test/leetest-{i + 1:02d}.txt", "w", encoding="utf-8") as f:
            f.write(l.strip() + "\n")
PY
echo "fetched into $dest and crates/engine/tests/data/lee-test"
