#!/usr/bin/env python3
"""Derives surnames.tsv and given-name-chars.tsv from the People's Daily 1998-01 PKU corpus.

usage: names_from_peoples_daily.py PATH/TO/199801.txt OUT_DIR

In the PKU tagset a Han name is two tokens tagged nr: the surname and the given name
(江/nr 泽民/nr). Counts: how often each surname starts such a pair, and for each character
how often it appears in a given name and in the whole corpus (so a recogniser can tell
name-like characters from function words). Only counts are written, never corpus text.
"""
import collections
import sys


def main(path, out_dir):
    surnames = collections.Counter()
    given = collections.Counter()
    total = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            toks = []
            for tok in line.split():
                word, _, tag = tok.rpartition("/")
                word = word.lstrip("[")
                tag = tag.split("]")[0]
                toks.append((word, tag))
                total.update(word)
            for (w1, t1), (w2, t2) in zip(toks, toks[1:]):
                if t1 == "nr" and t2 == "nr" and 1 <= len(w1) <= 2 and 1 <= len(w2) <= 2:
                    surnames[w1] += 1
                    given.update(w2)
    with open(f"{out_dir}/surnames.tsv", "w", encoding="utf-8") as f:
        f.write("# surname\tcount of names it starts in People's Daily 1998-01 (names_from_peoples_daily.py)\n")
        for s, c in sorted(surnames.items(), key=lambda x: (-x[1], x[0])):
            if c >= 2:
                f.write(f"{s}\t{c}\n")
    with open(f"{out_dir}/given-name-chars.tsv", "w", encoding="utf-8") as f:
        f.write("# char\tcount in given names\tcount in the corpus (names_from_peoples_daily.py, People's Daily 1998-01)\n")
        # Characters frequent in the corpus are listed even when names never use them (count 0): that they
        # are common and never in names is the evidence.
        rows = [(ch, given.get(ch, 0), n) for ch, n in total.items()
                if '\u4e00' <= ch <= '\u9fff' and (given.get(ch, 0) >= 2 or n >= 50)]
        for ch, c, n in sorted(rows, key=lambda x: (-x[1], -x[2], x[0])):
            f.write(f"{ch}\t{c}\t{n}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
