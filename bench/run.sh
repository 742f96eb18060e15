#!/usr/bin/env bash
# npm run bench: prepares the machine, then bench/run.ts measures every row and writes bench/results/latest.{md,json}.
#   BENCH_SECONDS (default 10) per measurement; warm-up is a third of it.
#   BENCH_PHASES (default http,db,startup,sse,websocket) to run only some phases while working on one.
set -euo pipefail
cd "$(dirname "$0")/.."

# wrk drives the HTTP rows; install it when missing.
if ! command -v wrk >/dev/null 2>&1; then
  echo "bench: installing wrk" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y wrk || { $SUDO apt-get update && $SUDO apt-get install -y wrk; }
fi
command -v taskset >/dev/null 2>&1 || { echo "bench: taskset (util-linux) is required" >&2; exit 1; }

# 10,000 SSE streams (or WebSockets) need as many descriptors in the server and in the client.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "bench: open files limit $(ulimit -n)" >&2

# GitHub's published spec is not a dependency (the package is 385 MB unpacked): fetch its one file on demand.
mkdir -p bench/.cache
if [ ! -s bench/.cache/api.github.com.json ]; then
  echo "bench: fetching @octokit/openapi@23.0.2 api.github.com.json" >&2
  npm pack @octokit/openapi@23.0.2 --pack-destination bench/.cache --silent >/dev/null
  tar -xzf bench/.cache/octokit-openapi-23.0.2.tgz -C bench/.cache --strip-components=2 package/generated/api.github.com.json
  rm -f bench/.cache/octokit-openapi-23.0.2.tgz
fi

# The start-up rows time the ahead-of-time bundle that npm start runs.
npm run -s build

# run.ts stops its servers and drops its databases itself; this catches whatever a crash leaves behind.
cleanup() {
  if [ -s bench/.cache/running-pids.txt ]; then
    while read -r pid; do
      [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done < bench/.cache/running-pids.txt
    : > bench/.cache/running-pids.txt
  fi
  if [ -s bench/.cache/created-dbs.txt ]; then
    while read -r db; do
      [ -n "$db" ] && node --import tsx scripts/test-database.ts drop "$db" || true
    done < bench/.cache/created-dbs.txt
    : > bench/.cache/created-dbs.txt
  fi
}
trap cleanup EXIT

node --import tsx bench/run.ts
