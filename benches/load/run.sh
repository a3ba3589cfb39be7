#!/usr/bin/env bash
# Load test: 200 concurrent members reading and posting for 60 s against
# `kollega serve`, on SQLite and on PostgreSQL. Prints throughput, latency
# percentiles and errors per database. Installs wrk (Debian) if missing.
#
# Two runs per database: "paced", each member pausing THINK_MS (default
# 250 ms) on average between requests, about 800 requests/s from 200 members
# (far more than 200 GPs generate); and "flat out", no pauses, which measures
# capacity and shows queueing at saturation.
#
#   benches/load/run.sh            # both databases, both runs, 60 s each
#   SECONDS_EACH=20 DATABASES=sqlite PACES="250" benches/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

SECONDS_EACH="${SECONDS_EACH:-60}"
DATABASES="${DATABASES:-sqlite postgres}"
MEMBERS="${MEMBERS:-200}"
PACES="${PACES:-250 0}"
cargo build --release --quiet
BIN="$PWD/target/release/kollega"
WORK="$(mktemp -d)"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for db in $DATABASES; do
  case "$db" in
    sqlite) URL="sqlite://$WORK/load.db" ;;
    postgres)
      PGNAME="kollega_load_$$"
      psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $PGNAME" postgres
      URL="postgres://postgres@127.0.0.1:5432/$PGNAME" ;;
  esac
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  export KOLLEGA_DATABASE_URL="$URL" KOLLEGA_BIND="127.0.0.1:$PORT" KOLLEGA_MAIL_DIR="$WORK/mail" \
    KOLLEGA_LOG=warn KOLLEGA_SECURITY__ARGON2_MEMORY_KIB=1024 KOLLEGA_SECURITY__ARGON2_ITERATIONS=1 \
    KOLLEGA_POSTS__MAX_POSTS_PER_10_MINUTES=0
  echo 'a long load-test password' | "$BIN" user add --email admin@load.test --name Admin --role admin --password-stdin >/dev/null
  "$BIN" serve >"$WORK/server-$db.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
  # Members, a group of them, and a thread with 50 posts; tokens for wrk.
  python3 benches/load/seed.py "http://127.0.0.1:$PORT" "$MEMBERS" "$BIN" "$WORK/tokens.lua"
  for think in $PACES; do
    if [ "$think" = 0 ]; then run="flat out"; else run="paced, ~${think} ms between a member's requests"; fi
    echo "== $db, $run: $MEMBERS members, $SECONDS_EACH s, 90% reading a thread, 10% posting"
    THINK_MS="$think" TOKENS="$WORK/tokens.lua" wrk -t2 -c"$MEMBERS" -d"${SECONDS_EACH}s" --latency -s benches/load/members.lua "http://127.0.0.1:$PORT" \
      | tee "$WORK/wrk-$db.txt" | grep -E "Requests/sec|Latency  |50%|99%|requests in"
    non2xx=$(grep -oP 'Non-2xx or 3xx responses: \K[0-9]+' "$WORK/wrk-$db.txt" || echo 0)
    socket=$(grep -oP 'Socket errors:.*' "$WORK/wrk-$db.txt" || echo "none")
    echo "  errors: $non2xx non-2xx responses; socket errors: $socket"
  done
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  if [ "$db" = postgres ]; then psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE $PGNAME WITH (FORCE)" postgres; fi
done
