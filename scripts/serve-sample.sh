#!/usr/bin/env bash
# Builds mwp, builds the bundled sample site into public/ and serves it on
# http://127.0.0.1:8080 until Ctrl-C. Builds mwp alone (the `serve` preset:
# no tests), so a fresh machine serves its first page in a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset serve
cmake --build --preset serve -j "$(nproc)"
exec build/mwp serve --site site --out public --host 127.0.0.1 --port 8080
