#!/usr/bin/env bash
# Same input, same output, build after build: builds the corpus ROUNDS times, each into a fresh folder with a fresh
# extraction cache, and compares every output file byte for byte with the first build's. On a difference it names
# the cache entries (one per input file) that differ from the first build's, and the input file each was read from,
# so a flake points at one document at once. Exit 1 when any build differed.
#
#   bash bench/determinism/run.sh                         # 10 builds of the xwlb corpus (about 3 minutes on 2 cores)
#   ROUNDS=30 CORPUS=DIR bash bench/determinism/run.sh
#   POLICYGRAPH=path/to/policygraph bash bench/determinism/run.sh   # a published binary instead of building one
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CORPUS=${CORPUS:-$ROOT/../shared/corpora/xwlb-2015-2025}
ROUNDS=${ROUNDS:-10}
WORK=${WORK:-$ROOT/bench/results/determinism}

log() { echo "determinism: $*" >&2; }
[ -d "$CORPUS" ] || { echo "determinism: corpus '$CORPUS' not found; set CORPUS=DIR." >&2; exit 1; }
if [ -z "${POLICYGRAPH:-}" ]; then
  log "publishing the CLI (Release, ReadyToRun)"
  dotnet publish "$ROOT/src/PolicyGraph.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$WORK/bin" -nologo -v quiet >&2
  POLICYGRAPH=$WORK/bin/policygraph
fi

rm -rf "$WORK/first" "$WORK/next"
mkdir -p "$WORK"
# build OUT: a build with a fresh cache; its progress lines are kept only to show a failure
build() { "$POLICYGRAPH" build "$CORPUS" -o "$1" > /dev/null 2> "$WORK/build.err" || { cat "$WORK/build.err" >&2; exit 2; }; }
build "$WORK/first"
outputs=$(cd "$WORK/first" && find . -maxdepth 1 -type f | sort)
(cd "$CORPUS" && find . -type f | sed 's|^\./||') > "$WORK/inputs.txt" # the names an entry records its file by
differed=0
for ((round = 2; round <= ROUNDS; round++)); do
  rm -rf "$WORK/next"
  build "$WORK/next"
  changed=()
  for f in $outputs; do
    cmp -s "$WORK/first/$f" "$WORK/next/$f" || changed+=("${f#./}")
  done
  if [ ${#changed[@]} -eq 0 ]; then
    log "build $round of $ROUNDS: identical"
    continue
  fi
  differed=$((differed + 1))
  log "build $round of $ROUNDS: DIFFERS in ${changed[*]}"
  (cd "$WORK/first/.pgcache" && find . -name '*.entry' | sort) | while read -r entry; do
    if ! cmp -s "$WORK/first/.pgcache/$entry" "$WORK/next/.pgcache/$entry"; then
      source=$(grep -a -o -F -f "$WORK/inputs.txt" "$WORK/first/.pgcache/$entry" | awk '{ print length, $0 }' | sort -rn | head -1 | cut -d' ' -f2- || true)
      log "  extraction differs: ${source:-?} (cache entry ${entry#./})"
    fi
  done
  cp -r "$WORK/next" "$WORK/differed-$round"
  log "  kept as $WORK/differed-$round"
done
rm -rf "$WORK/next"
log "$((ROUNDS - 1 - differed)) of $((ROUNDS - 1)) builds identical to the first"
[ "$differed" -eq 0 ]
