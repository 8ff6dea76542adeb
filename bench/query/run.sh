#!/bin/sh
# Times every `policygraph query` subcommand (bench/query/queries.txt) on a built graph, whole process, medians of
# interleaved runs, beside a hello-world `dotnet` app (the runtime's floor).
# Usage: bench/query/run.sh GRAPH_DIR [RUNS]     e.g. after
#   dotnet publish src/PolicyGraph.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /tmp/pg-r2r
#   dotnet /tmp/pg-r2r/policygraph.dll build ../shared/corpora/xwlb-2015-2025 -o /tmp/xwlb
#   PG=/tmp/pg-r2r/policygraph.dll bench/query/run.sh /tmp/xwlb
# PG names the CLI to time (default: an R2R publish made here into bench/results/query-pg).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
graph=${1:?usage: bench/query/run.sh GRAPH_DIR [RUNS]}
runs=${2:-7}
out="$repo/bench/results"
mkdir -p "$out"
if [ -z "${PG:-}" ]; then
  dotnet publish "$repo/src/PolicyGraph.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/query-pg" -v q -nologo >/dev/null
  PG="$out/query-pg/policygraph.dll"
fi
hello="$out/query-hello"
if [ ! -f "$hello/out/hello.dll" ]; then
  mkdir -p "$hello"
  cat >"$hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>
XML
  echo 'System.Console.WriteLine("hello");' >"$hello/Program.cs"
  dotnet publish "$hello/hello.csproj" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$hello/out" -v q -nologo >/dev/null
fi
python3 "$here/time_queries.py" --graph "$graph/graph.json" --cli "policygraph=$PG" --hello "$hello/out/hello.dll" --runs "$runs"
