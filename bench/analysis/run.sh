#!/bin/sh
# Times `policygraph analyze` against igraph and networkx on the same seeded 200,000-node / 1 M-edge
# preferential-attachment graph, in one run. Usage: bench/analysis/run.sh [--skip-networkx-louvain]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
data="$here/data"
py=/usr/bin/python3
$py -c "import networkx, igraph, scipy" 2>/dev/null || {
  echo "needs Debian's python3-networkx python3-igraph python3-scipy (apt-get install -y python3-networkx python3-igraph python3-scipy)" >&2; exit 1; }
[ -f "$data/graph.json" ] || $py "$here/generate.py" --nodes 200000 --m 5 --seed 42 --out "$data"
dotnet build "$repo/src/PolicyGraph.Cli" -c Release -v q -nologo >/dev/null
cli="$repo/src/PolicyGraph.Cli/bin/Release/net10.0/policygraph"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== policygraph analyze (betweenness estimated from 256 sources)"
start=$(date +%s.%N)
"$cli" analyze --graph "$data/graph.json" -o "$data/analyzed" --timings --top 3 >/dev/null
end=$(date +%s.%N)
echo "process wall time: $(echo "$end - $start" | bc) s"
echo "== igraph / networkx"
$py "$here/compare.py" "$data" "$@"
