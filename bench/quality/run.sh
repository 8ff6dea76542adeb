#!/usr/bin/env bash
# Position extraction on public sentences run as articles.
#   dev | train: CLUENER2020 (see positions.py for what is scored)
#   duie:        DuIE 2.0 dev subset, its 董事长 and 校长 triples (see duie.py)
# usage: bash bench/quality/run.sh [dev|train|duie] [--details [N]]    (default dev; needs ../shared/corpora)
set -euo pipefail
cd "$(dirname "$0")/../.."
split=${1:-dev}
case "$split" in
  duie) corpus=../shared/corpora/duie2-dev-subset/duie_dev_subset.json; scorer=bench/quality/duie.py ;;
  *) corpus=../shared/corpora/cluener2020/$split.json; scorer=bench/quality/positions.py ;;
esac
[ -f "$corpus" ] || { echo "run.sh: $corpus not found (the public corpora sit in ../shared)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    print(json.loads(line)["text"].replace("\n", " "))' "$corpus" > "$work/lines.txt"
dotnet run --project src/PolicyGraph.Training -c Release -- --article-positions "$work/lines.txt" > "$work/positions.jsonl"
python3 "$scorer" "$corpus" "$work/positions.jsonl" "${@:2}"
