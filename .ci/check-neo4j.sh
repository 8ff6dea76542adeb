#!/usr/bin/env bash
# Exports graph-export/graph.json as a Cypher script and as neo4j-admin CSV, then checks them with Neo4j's own
# Cypher parser and semantic checker (npm @neo4j-cypher/language-support, via ../shared/tools/neo4j) and with
# check-admin-csv.py, using exactly the options import.sh passes. No error and no warning is allowed.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(realpath "${NEO4J_TOOLS:-../shared/tools/neo4j}")
lib=${CYPHERLINT_DIR:-/tmp/cypherlint}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
policygraph() { dotnet src/PolicyGraph.Cli/bin/Release/net10.0/policygraph.dll "$@"; }

policygraph export cypher --graph graph-export/graph.json -o "$out"
policygraph export neo4j-csv --graph graph-export/graph.json -o "$out/csv"

[ -f "$lib/node_modules/@neo4j-cypher/language-support/package.json" ] || bash "$tools/setup-cypher-lint.sh" "$lib" >/dev/null
node "$tools/cypher-lint.mjs" --lib-dir "$lib" --warnings-as-errors "$out/graph.cypher"

# The neo4j-admin arguments are the indented "--…" lines of import.sh, shell quotes removed.
mapfile -t args < <(sed -n "s/^  \(--[^ ]*\).*$/\1/p" "$out/csv/import.sh" | tr -d "'")
log=$(cd "$out/csv" && python3 "$tools/check-admin-csv.py" "${args[@]}" 2>&1) || { echo "$log"; exit 1; }
echo "$log"
grep -q "0 error(s), 0 warning(s)" <<<"$log"
