#!/usr/bin/env bash
# Builds mwp and runs every test: the release build (unit, integration, browser,
# citeproc, markup, accessibility, package and doc tests), then the unit and
# integration tests again under AddressSanitizer + UndefinedBehaviorSanitizer.
# Ends by checking that the tests left the checkout as they found it.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash scripts/install-deps.sh --test
before=$(git status --porcelain 2>/dev/null || true)

cmake --preset default
cmake --build --preset default -j "$jobs"
# The wrk load test (label "load") is RUN_SERIAL: ctest runs it alone.
ctest --preset default -j "$jobs"

cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"

after=$(git status --porcelain 2>/dev/null || true)
if [[ $after != "$before" ]]; then
  echo "test.sh: the tests changed the checkout (git status):" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  exit 1
fi
