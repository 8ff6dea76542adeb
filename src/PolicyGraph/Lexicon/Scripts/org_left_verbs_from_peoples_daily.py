#!/usr/bin/env python3
"""Derives org-left-verbs.txt from the People's Daily 1998-01 PKU corpus and our organisation lexicons.

usage: org_left_verbs_from_peoples_daily.py PATH/TO/199801.txt PATH/TO/cluener2020/train.json LEXICON_DATA_DIR > org-left-verbs.txt
       org_left_verbs_from_peoples_daily.py --openers PATH/TO/199801.txt PATH/TO/cluener2020/train.json LEXICON_DATA_DIR > org-left-openers.txt

The words an organisation name cannot start across: verbs of two or three characters, tagged v at least
MIN_COUNT times outside organisation names and in at least half their uses, that are their own word far more
often than part of a longer one (WORD_SHARE), and that never occur inside an organisation name: neither in the corpus (nt words and
[...]nt compounds, as text), nor among the organisation, government and company names of CLUENER2020's train
split (modern names: 综合行政执法局, 国家开放大学, 创业园), nor in our own organisation lexicons (known bodies,
government bodies, suffixes, descriptors). A scan for a name's start that meets one of them right before it stops there: 李希会见|利比亚总统
委员会, 强降雨造成部分学校 (no name), 抗议者谴责|七国集团. Only the word list is written, never corpus text.

With --openers, the same test picks the words that open a clause instead of verbs: conjunctions, adverbs and
time words (tagged c, d or t) of two or three characters (虽然|美国, 此外|法国, 下午|老挝人民革命党中央委员会).
"""
import collections
import json
import re
import sys

MIN_COUNT = 5
GOVERNS = 2
WORD_SHARE = 10
# Verbs seen inside modern body names when the first list was reviewed on the 新闻联播 graph (京津冀协同发展领导小组
# 办公室, 中央军民融合发展委员会, 香港特别行政区维护国家安全委员会, 东北振兴金融合作机制协调办公室, 消除种族歧视委员会).
IN_MODERN_NAMES = ["协同", "融合", "维护", "振兴", "共享", "消除", "审查"]
LEXICONS = ["known-orgs.tsv", "gov-bodies.tsv", "org-suffixes.tsv", "org-descriptors.txt"]
TOKEN = re.compile(r"(\[?)([^\s/\[\]]+)/([a-zA-Z]+)(\]([a-z]+))?")
COMPOUND = re.compile(r"\[([^\]]+)\]nt")


OPENER_TAGS = ("c", "d", "t")


def main(corpus, cluener_train, lexicon_dir, openers=False):
    tags = OPENER_TAGS if openers else ("v",)
    verbs = collections.Counter()
    governs = collections.Counter()
    tokens = collections.Counter()
    words = set()
    names = set()
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            in_compound = False
            # A verb right before an organisation: an nt word, or an [...]nt compound (one token here).
            flat = [tok.lstrip("[").rpartition("/") for tok in COMPOUND.sub(" 机构/nt ", line).split()[1:]]
            for (word, _, tag), (_, _, next_tag) in zip(flat, flat[1:]):
                if tag == "v" and next_tag.split("]")[0] == "nt":
                    governs[word] += 1
            for tok in line.split()[1:]:
                m = TOKEN.match(tok)
                if not m:
                    continue
                opening, word, tag, close = m.group(1), m.group(2), m.group(3), m.group(4)
                if opening:
                    in_compound = True
                tokens[word] += 1
                words.add(word)
                if tag in tags and not in_compound:
                    verbs[word] += 1
                if tag == "nt":
                    names.add(word)
                if close:
                    in_compound = False
            for m in COMPOUND.finditer(line):
                names.add("".join(t.split("/")[0] for t in m.group(1).split()))
    with open(cluener_train, encoding="utf-8") as f:
        for line in f:
            labels = json.loads(line).get("label", {})
            for kind in ("organization", "government", "company"):
                names.update(labels.get(kind, {}).keys())
    for name in LEXICONS:
        with open(f"{lexicon_dir}/{name}", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    names.update(line.rstrip("\n").split("\t"))
    names.update(IN_MODERN_NAMES)
    inside = "\n".join(names)
    candidates = {w for w, c in verbs.items() if 2 <= len(w) <= 3 and c >= MIN_COUNT and 2 * c >= tokens[w] and w not in inside}
    # Inside longer words the scan cannot tell a verb from its characters (联网 in 互联网, 动员 in 运动员), so a verb
    # must be its own word at least WORD_SHARE times as often as it is part of a longer one.
    within = collections.Counter()
    for word in words:
        for length in (2, 3):
            for i in range(len(word) - length + 1):
                part = word[i:i + length]
                if part in candidates and part != word:
                    within[part] += tokens[word]
    words = sorted(w for w in candidates if tokens[w] >= WORD_SHARE * within[w])
    if openers:
        print("# Words that open a clause and never a name: when the scan for an organisation's start meets one right before")
        print("# it, the name starts after it (虽然|美国, 此外|法国, 下午|老挝人民革命党中央委员会). Conjunctions, adverbs and")
        print(f"# time words of People's Daily 1998-01 (tagged c, d or t at least {MIN_COUNT} times) that occur in no organisation")
        print("# name there, in CLUENER2020's train split or in our organisation lexicons.")
        print("# Generated by Scripts/org_left_verbs_from_peoples_daily.py --openers; do not edit by hand.")
        for w in words:
            print(w)
        return
    print("# Verbs an organisation's name does not start across: when the scan for a name's start meets one right")
    print("# before it, the name starts after it (会见|利比亚总统委员会); a verb marked 1, seen right before an")
    print("# organisation's name in the corpus (会见, 出席, 加入), ends company names too, the others do not (a company's")
    print("# business may be a verb: 云账户(天津)共享经济信息咨询有限公司). Verbs of People's Daily 1998-01 (tagged v at")
    print(f"# least {MIN_COUNT} times) that occur in no organisation name there, in CLUENER2020's train split or in our")
    print("# organisation lexicons.")
    print("# Generated by Scripts/org_left_verbs_from_peoples_daily.py; do not edit by hand.")
    for w in words:
        print(f"{w}\t{1 if governs[w] >= GOVERNS else 0}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--openers"]
    main(args[0], args[1], args[2], openers="--openers" in sys.argv)
