#!/usr/bin/env bash
# Runs N silos of one cluster on this machine against a PostgreSQL, printing each silo's URL. Ctrl+C stops them
# all gracefully (SIGTERM). The schema is applied by the first silo to start; an empty database is enough.
#
#   ConnectionStrings__Postgres="Host=127.0.0.1;Username=ugc;Password=...;Database=ugc" deploy/local/cluster.sh 3
#
# Silo i (from 1) listens on http://127.0.0.1:(5079+i), silo port 11110+i, gateway port 29999+i; silo 1 seeds the
# demo tenants at the cluster's first start. Other Ugc__* variables in the environment apply to every silo.
set -euo pipefail
count=${1:-3}
: "${ConnectionStrings__Postgres:?set ConnectionStrings__Postgres to the Npgsql connection string of the cluster database}"
root=$(cd "$(dirname "$0")/../.." && pwd)

dotnet build "$root/src/Ugc.Silo" -c Release -nologo -v quiet >/dev/null
dll="$root/src/Ugc.Silo/bin/Release/net10.0/Ugc.Silo.dll"

pids=()
stop() {
  trap - INT TERM EXIT
  [ ${#pids[@]} -gt 0 ] && kill -TERM "${pids[@]}" 2>/dev/null || true
  wait
}
trap stop INT TERM EXIT

for i in $(seq 1 "$count"); do
  http=$((5079 + i)); silo=$((11110 + i)); gateway=$((29999 + i))
  folder="$root/data/cluster/silo$i"
  mkdir -p "$folder"
  seed=false; [ "$i" = 1 ] && seed=true
  (cd "$folder" && ASPNETCORE_URLS="http://127.0.0.1:$http" Ugc__Storage__Provider=postgres Ugc__Cluster__Membership=postgres \
    Ugc__Cluster__SiloPort=$silo Ugc__Cluster__GatewayPort=$gateway Ugc__Demo__Seed=$seed \
    exec dotnet "$dll") > >(sed -u "s/^/[silo$i] /") 2>&1 &
  pids+=($!)
  echo "silo$i: http://127.0.0.1:$http  (silo port $silo, gateway port $gateway)"
done
wait
