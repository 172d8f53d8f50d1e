#!/usr/bin/env bash
# Builds mwp, builds the bundled sample site into public/ and serves it on
# http://127.0.0.1:8080 until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default
cmake --build --preset default -j "$(nproc)" --target mwp
exec build/mwp serve --site site --out public --host 127.0.0.1 --port 8080
