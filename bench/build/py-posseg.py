"""Baseline: Debian's python3-jieba, jieba.posseg.cut over the files listed in argv[1], on one thread.

Prints one JSON line: characters tagged, seconds spent in posseg.cut alone, and words produced.
"""
import json
import logging
import sys
import time

import jieba
import jieba.posseg as pseg

jieba.setLogLevel(logging.WARNING)
files = [f for f in open(sys.argv[1], encoding="utf-8").read().split("\n") if f]
texts = [open(f, encoding="utf-8").read() for f in files]
jieba.initialize()
list(pseg.cut("预热一次。"))
chars = words = 0
start = time.perf_counter()
for text in texts:
    chars += len(text)
    words += sum(1 for _ in pseg.cut(text))
seconds = time.perf_counter() - start
print(json.dumps({"tool": "python-jieba-posseg", "chars": chars, "seconds": seconds, "words": words}))
