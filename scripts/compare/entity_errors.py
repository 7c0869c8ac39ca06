#!/usr/bin/env python3
"""List an entity prediction's errors against gold, the way score.py matches them:
false positives (no gold entry of that kind shares a form), misses (required gold entries
nothing matched) and kind confusions. Not run by CI.

usage: entity_errors.py GOLD_DIR PRED.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../../shared/eval"))
from score import forms  # noqa: E402


def main(gold_dir, pred_path):
    pred = {d["id"]: d for d in json.load(open(pred_path))["documents"]}
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name)))
        doc = pred.get(gold["id"], {"entities": []})
        golds = [(g, forms(g["name"], g.get("aliases"))) for g in gold["entities"]]
        hit = set()
        print(f"== {gold['id']}")
        for p in doc["entities"]:
            pf = forms(p["name"], p.get("aliases"))
            typed = [i for i, (g, gf) in enumerate(golds) if g["kind"] == p["kind"] and pf & gf]
            if typed:
                hit.update(typed)
                continue
            other = [g for g, gf in golds if pf & gf]
            if other:
                print(f"  KIND  {p['kind']:12} {p['name']!r} gold {other[0]['kind']}")
            else:
                print(f"  FP    {p['kind']:12} {p['name']!r} {p.get('aliases')}")
        for i, (g, _) in enumerate(golds):
            if i not in hit and not g.get("optional"):
                print(f"  MISS  {g['kind']:12} {g['name']!r} {g.get('aliases')}")


if __name__ == "__main__":
    main(*sys.argv[1:])
