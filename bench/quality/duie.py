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
import sys

from positions import score

TITLES = ("董事长", "校长")


def gold_positions(record):
    gold = []
    for spo in record["spo_list"]:
        if spo["predicate"] in TITLES and spo["predicate"] in record["text"]:
            gold.append((spo["object"]["@value"], spo["predicate"], spo["subject"]))
    return gold, None, None


if __name__ == "__main__":
    score(sys.argv, gold_positions, org_matches=lambda gold, ours: gold in ours or ours in gold,
          keep=lambda position: position["title"] in TITLES, label="extracted 董事长/校长")
