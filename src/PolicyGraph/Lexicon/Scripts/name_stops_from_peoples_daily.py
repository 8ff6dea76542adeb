#!/usr/bin/env python3
"""Derives name-stops.txt from the People's Daily 1998-01 PKU corpus and our surname list.

usage: name_stops_from_peoples_daily.py PATH/TO/199801.txt LEXICON_DATA_DIR > name-stops.txt

The words no name starts with, even right after a title: words of two characters that begin with a surname
character (surnames.txt), never occur inside a person's name in the corpus (the nr tokens of one name joined), and
whose most frequent tag is
- a preposition, conjunction, adverb, pronoun or locative (p, c, d, r, f), seen at least MIN_COUNT times;
- a verb (v), seen at least MIN_VERB times;
- an adjective (a, ad), seen at least MIN_ADJECTIVE times (习近平主席|卓越领导, 主席|明确指出).
Only the word list is written, never corpus text. EXTRA words are added by hand, each with its reason.
"""
import collections
import os
import re
import sys

MIN_COUNT = 20
MIN_VERB = 100
MIN_ADJECTIVE = 10
FUNCTION_TAGS = ("p", "c", "d", "r", "f")
ADJECTIVE_TAGS = ("a", "ad")
# 于是 is a conjunction 107 times but also inside the name 于是之; 时隔 is from 新闻联播 (习近平主席|时隔6年…).
EXTRA = ["于是", "时隔"]
TOKEN = re.compile(r"(\[?)([^\s/\[\]]+)/([a-zA-Z]+)(\]([a-z]+))?")

HEADER = """# Words no name starts with, even right after a title: function words, common verbs and adjectives that begin
# with a surname character (习近平总书记|关于…, 习近平主席|时隔6年…, 习近平主席|卓越领导). Made by
# Scripts/name_stops_from_peoples_daily.py from People's Daily 1998-01: words of two characters starting with a
# surname, never in a name, whose usual tag is a preposition, conjunction, adverb, pronoun or locative (seen at least
# 20 times), a verb (100 times) or an adjective (10 times); with 于是 and 时隔 by hand."""


def main(corpus, lexicon_dir):
    surnames = {line.strip() for line in open(os.path.join(lexicon_dir, "surnames.txt"), encoding="utf-8")
                if line.strip() and not line.startswith("#")}
    tags = collections.defaultdict(collections.Counter)
    names = set()
    for line in open(corpus, encoding="utf-8"):
        tokens = [(m.group(2), m.group(3)) for m in TOKEN.finditer(line)]
        i = 0
        while i < len(tokens):
            if tokens[i][1] == "nr":
                j = i
                while j < len(tokens) and tokens[j][1] == "nr":
                    j += 1
                names.add("".join(t[0] for t in tokens[i:j]))
                i = j
                continue
            word, tag = tokens[i]
            if len(word) == 2:
                tags[word][tag] += 1
            i += 1

    in_names = "\n".join(names)
    chosen = []
    for word, counts in tags.items():
        if word[0] not in surnames or word in in_names:
            continue
        seen = sum(counts.values())
        usual = counts.most_common(1)[0][0]
        if (usual in FUNCTION_TAGS and seen >= MIN_COUNT) or (usual == "v" and seen >= MIN_VERB) \
                or (usual in ADJECTIVE_TAGS and seen >= MIN_ADJECTIVE):
            group = 0 if usual in FUNCTION_TAGS else 1 if usual == "v" else 2
            chosen.append((group, -seen, word))
    words = [w for _, _, w in sorted(chosen)]
    words += [w for w in EXTRA if w not in words]
    print(HEADER)
    for word in words:
        print(word)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
