#!/usr/bin/env python3
"""Scores the chairmen and headmasters extracted from DuIE 2.0 sentences run as articles.

usage: duie.py DUIE_JSON POSITIONS_JSONL [--details [N]]

DuIE 2.0 (../shared/corpora/duie2-dev-subset, README there) gives subject-predicate-object triples without offsets.
Two of its predicates are posts: 董事长 (企业 -> 人物) and 校长 (学校 -> 人物). A gold position is such a triple
whose predicate is written in the sentence (董事长 inferred from 法定代表人 or 老板 is left out): (person, title,
organisation) = (object, predicate, subject).

- recall: gold (person, title) pairs the extraction holds; "org right" also needs the extracted organisation's
  canonical name and the labelled subject to contain one another (the labels mix full and short names);
- precision: extracted 董事长 and 校长 positions whose (person, title) is a gold pair. DuIE does not label every
  post (it labels one triple per relation it was asked about), so read the figure as a floor, and compare runs.
"""
import json
import sys

TITLES = ("董事长", "校长")


def gold_positions(record):
    gold = []
    for spo in record["spo_list"]:
        if spo["predicate"] in TITLES and spo["predicate"] in record["text"]:
            gold.append((spo["object"]["@value"], spo["predicate"], spo["subject"]))
    return gold


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    records = [json.loads(line) for line in open(argv[1], encoding="utf-8")]
    outputs = [json.loads(line) for line in open(argv[2], encoding="utf-8")]
    if len(records) != len(outputs):
        sys.exit(f"duie.py: {len(records)} sentences but {len(outputs)} output lines")
    details = "--details" in argv
    limit = int(argv[-1]) if details and argv[-1].isdigit() else 40
    gold_count = found = org_right = ours_count = ours_right = 0
    missed, wrong = [], []
    for record, output in zip(records, outputs):
        gold = gold_positions(record)
        ours = [(p["person"], p["title"], p["organization"]) for p in output.get("positions", []) if p["title"] in TITLES]
        pairs = {(person, title) for person, title, _ in ours}
        for person, title, org in gold:
            gold_count += 1
            if (person, title) in pairs:
                found += 1
                if any(p == person and t == title and (org in o or o in org) for p, t, o in ours):
                    org_right += 1
            else:
                missed.append((record["text"], person, title, org))
        gold_pairs = {(person, title) for person, title, _ in gold}
        for person, title, org in ours:
            ours_count += 1
            if (person, title) in gold_pairs:
                ours_right += 1
            else:
                wrong.append((record["text"], person, title, org))
    print(f"gold positions {gold_count}: person and title found {found} ({found / max(gold_count, 1):.3f}), "
          f"organisation too {org_right} ({org_right / max(gold_count, 1):.3f})")
    print(f"extracted 董事长/校长 {ours_count}: a gold pair {ours_right} ({ours_right / max(ours_count, 1):.3f})")
    if details:
        for item in missed[:limit]:
            print("MISSED", *item, sep="\t")
        for item in wrong[:limit]:
            print("NOT GOLD", *item, sep="\t")


if __name__ == "__main__":
    main(sys.argv)
