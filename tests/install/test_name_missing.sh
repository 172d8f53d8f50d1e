#!/usr/bin/env bash
# scripts/name-missing-packages.sh on the failures a fresh root shows when
# scripts/install-deps.sh lacks a package: each must name the package, from
# Debian's file lists, and a log with no such failure must name none.
# Usage: test_name_missing.sh REPO
set -uo pipefail
repo=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/root"  # an empty root: it has none of the files the logs name
passed=0
failed=0

expect() {  # expect NAME PACKAGE LOG-TEXT: the script names PACKAGE for LOG-TEXT
  printf '%b\n' "$3" >"$work/log"
  if bash "$repo/scripts/name-missing-packages.sh" "$work/log" "$work/root" >"$work/out" 2>&1 &&
     grep -Eq "^missing Debian package: (.* )?$2( .*)? \(for " "$work/out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1: expected $2, got:" >&2
    cat "$work/out" >&2
  fi
}

expect "CMake imported target" libmd4c-html0 \
  'CMake Error at /usr/lib/x86_64-linux-gnu/cmake/md4c/md4cConfig.cmake:95 (message):\n  The imported target "md4c::md4c-html" references the file\n\n     "/usr/lib/x86_64-linux-gnu/libmd4c-html.so.0.4.8"\n\n  but this file does not exist.'
expect "CMake find_package" libyaml-cpp-dev \
  'CMake Error at CMakeLists.txt:5 (find_package):\n  Could not find a package configuration file provided by "yaml-cpp" with any\n  of the following names:'
expect "Python module" python3-yaml \
  "Traceback (most recent call last):\nModuleNotFoundError: No module named 'yaml'"
expect "command" wrk 'bash: line 3: wrk: command not found'
expect "missing program file" time \
  "FileNotFoundError: [Errno 2] No such file or directory: '/usr/bin/time'"
expect "Python interpreter" python3-minimal \
  '-- Could NOT find Python3 (missing: Python3_EXECUTABLE Interpreter)'
expect "header" libxapian-dev \
  '/work/mwp/src/search/searcher.cc:3:10: fatal error: xapian.h: No such file or directory'

printf 'all good\n100%% tests passed\n' >"$work/log"
if bash "$repo/scripts/name-missing-packages.sh" "$work/log" "$work/root" >"$work/out" 2>&1; then
  failed=$((failed + 1))
  echo "FAIL: a log without failures named packages:" >&2
  cat "$work/out" >&2
else
  passed=$((passed + 1))
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
