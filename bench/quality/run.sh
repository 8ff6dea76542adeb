#!/usr/bin/env bash
# Position extraction on CLUENER2020 sentences run as articles: see positions.py for what is scored.
# usage: bash bench/quality/run.sh [train|dev]    (default dev; needs ../shared/corpora/cluener2020)
set -euo pipefail
cd "$(dirname "$0")/../.."
split=${1:-dev}
corpus=../shared/corpora/cluener2020/$split.json
[ -f "$corpus" ] || { echo "run.sh: $corpus not found (the public corpora sit in ../shared)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    print(json.loads(line)["text"].replace("\n", " "))' "$corpus" > "$work/lines.txt"
dotnet run --project src/PolicyGraph.Training -c Release -- --article-positions "$work/lines.txt" > "$work/positions.jsonl"
python3 bench/quality/positions.py "$corpus" "$work/positions.jsonl" "${@:2}"
