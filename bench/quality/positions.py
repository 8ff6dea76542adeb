#!/usr/bin/env python3
"""Scores the positions extracted from CLUENER2020 sentences run as articles (person, title, organisation).

usage: positions.py CLUENER_JSON POSITIONS_JSONL [--details [N]]

CLUENER2020 (../shared/corpora/cluener2020, README there) labels names, positions and organisations
(government, organization, company) but no relation between them. A gold position is read off the labels where
the three stand together as news writes a post: a labelled organisation ending where a labelled position starts,
and a labelled name right after the position or right before it (国家发改委财金司|司长|徐林, 中国证监会|副主席|姚刚).
Byline roles (记者, 通讯员, 编辑, 实习生, 主持人) are page furniture in our schema and left out.

- recall: gold (person, title) pairs the extraction holds; "org right" also needs the extracted organisation's
  canonical name to contain the labelled organisation (中国社科院 expanded to 中国社会科学院 counts as wrong, so
  this figure is a floor);
- precision: extracted positions whose (person, title) is a gold pair; those whose person is no labelled name or
  whose title is no labelled position are counted apart. CLUENER does not label every post, so a correct
  position can count as wrong: read the figure as a floor, and compare runs.
"""
import json
import sys

BYLINE = {"记者", "通讯员", "编辑", "实习编辑", "实习生", "主持人"}
ORGANISATIONS = ("government", "organization", "company")


def spans(label):
    for kind, entities in label.items():
        for text, places in entities.items():
            for start, end in places:
                yield kind, start, end + 1, text  # CLUENER ends are inclusive


def gold_positions(record):
    labelled = list(spans(record["label"]))
    names = [s for s in labelled if s[0] == "name"]
    titles = [s for s in labelled if s[0] == "position"]
    orgs = [s for s in labelled if s[0] in ORGANISATIONS]
    gold = []
    for _, t_start, t_end, title in titles:
        if title in BYLINE:
            continue
        person = next((n for n in names if n[1] == t_end or n[2] == t_start), None)
        org = next((o for o in orgs if o[2] == t_start), None)
        if person and org:
            gold.append((person[3], title, org[3]))
    return gold, {n[3] for n in names}, {t[3] for t in titles}


def score(argv, gold_of, org_matches=lambda gold, ours: gold in ours, keep=lambda position: True, label="extracted"):
    """Scores the run named by argv (corpus, positions, options) against gold_of(record) -> (gold triples, labelled
    names or None, labelled titles or None); org_matches(gold org, extracted org) says whether the organisation is
    right, keep(position) which extracted positions count."""
    if len(argv) < 3:
        sys.exit(sys.modules["__main__"].__doc__)
    records = [json.loads(line) for line in open(argv[1], encoding="utf-8")]
    outputs = [json.loads(line) for line in open(argv[2], encoding="utf-8")]
    if len(records) != len(outputs):
        sys.exit(f"{argv[0]}: {len(records)} sentences but {len(outputs)} output lines")
    details = "--details" in argv
    limit = int(argv[-1]) if details and argv[-1].isdigit() else 40
    gold_count = found = org_right = 0
    ours_count = ours_right = not_name = not_title = 0
    missed, wrong = [], []
    for record, output in zip(records, outputs):
        gold, names, titles = gold_of(record)
        ours = [(p["person"], p["title"], p["organization"]) for p in output.get("positions", []) if keep(p)]
        pairs = {(person, title) for person, title, _ in ours}
        for person, title, org in gold:
            gold_count += 1
            if (person, title) in pairs:
                found += 1
                if any(p == person and t == title and org_matches(org, o) for p, t, o in ours):
                    org_right += 1
            else:
                missed.append((record["text"], person, title, org))
        gold_pairs = {(person, title) for person, title, _ in gold}
        for person, title, org in ours:
            ours_count += 1
            if (person, title) in gold_pairs:
                ours_right += 1
                continue
            if names is not None and person not in names:
                not_name += 1
            elif titles is not None and title not in titles:
                not_title += 1
            wrong.append((record["text"], person, title, org))
    print(f"gold positions {gold_count}: person and title found {found} ({found / max(gold_count, 1):.3f}), "
          f"organisation too {org_right} ({org_right / max(gold_count, 1):.3f})")
    apart = f"; person no labelled name {not_name}, title no labelled position {not_title}" if names is not None else ""
    print(f"{label} {ours_count}: a gold pair {ours_right} ({ours_right / max(ours_count, 1):.3f}){apart}")
    if details:
        for item in missed[:limit]:
            print("MISSED", *item, sep="\t")
        for item in wrong[:limit]:
            print("NOT GOLD", *item, sep="\t")


if __name__ == "__main__":
    score(sys.argv, gold_positions)
