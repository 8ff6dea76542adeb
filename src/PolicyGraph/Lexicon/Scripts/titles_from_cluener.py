#!/usr/bin/env python3
"""Prints the position labels of CLUENER2020 train by frequency, the raw material of titles.txt and roles.txt.

usage: titles_from_cluener.py PATH/TO/cluener2020/train.json [MIN_COUNT]

The lists themselves are curated by hand from this output (offices go to titles.txt, occupations to
roles.txt; place- or organisation-prefixed labels such as 重庆市市长 are reduced to their head title).
Never run on dev.json: it is an evaluation set.
"""
import collections
import json
import sys


def main(path, min_count):
    counts = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for surface, spans in rec.get("label", {}).get("position", {}).items():
                counts[surface] += len(spans)
    for surface, count in counts.most_common():
        if count >= min_count:
            print(f"{surface}\t{count}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2)
