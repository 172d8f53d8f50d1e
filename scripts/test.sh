#!/usr/bin/env bash
# Builds mwp and runs every test: the release build (unit, integration, browser,
# citeproc, markup and accessibility tests), then the unit and integration tests
# again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash scripts/install-deps.sh --test

cmake --preset default
cmake --build --preset default -j "$jobs"
# The wrk load test (label "load") is RUN_SERIAL: ctest runs it alone.
ctest --preset default -j "$jobs"

cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
