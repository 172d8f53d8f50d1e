#!/usr/bin/env bash
# End-to-end checks of the mwp CLI: the bundled site, init, new, JSON output.
# Usage: cli_test.sh MWP REPO_ROOT
set -uo pipefail
mwp=$1
repo=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME COMMAND...: the command must succeed
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name" >&2
  fi
}

# The bundled sample site checks and builds with zero diagnostics.
sample_check() {
  "$mwp" check --site "$repo/site" >"$work/check.out" 2>"$work/check.err" || { cat "$work/check.err" >&2; return 1; }
  [[ ! -s "$work/check.err" ]] || { cat "$work/check.err" >&2; return 1; }
}
check "sample site: mwp check reports nothing" sample_check

sample_build() {
  "$mwp" build --site "$repo/site" --out "$work/public" --quiet 2>"$work/build.err" || { cat "$work/build.err" >&2; return 1; }
  [[ ! -s "$work/build.err" ]] || { cat "$work/build.err" >&2; return 1; }
  local n
  n=$(find "$work/public" -path '*/men-women/*/index.html' | wc -l)
  [[ $n -ge 12 ]] || { echo "only $n category and article pages" >&2; return 1; }
  for f in index.html 404.html sitemap.xml feed.xml robots.txt sources/index.html; do
    [[ -s "$work/public/$f" ]] || { echo "missing $f" >&2; return 1; }
  done
  [[ -d "$work/public.index" ]] || { echo "no search index beside the output" >&2; return 1; }
}
check "sample site: mwp build writes every page" sample_build

verbose_timings() {
  "$mwp" build --site "$repo/site" --out "$work/public2" --verbose --no-index 2>"$work/verbose.err" || return 1
  for stage in load cite check render write total; do
    grep -Eq "^  $stage +[0-9.]+ ms" "$work/verbose.err" || { echo "no timing for $stage" >&2; cat "$work/verbose.err" >&2; return 1; }
  done
}
check "build --verbose prints each stage's time" verbose_timings

init_builds() {
  "$mwp" init "$work/new" --title 'A "quoted" site: test' >/dev/null || return 1
  "$mwp" build --site "$work/new" --out "$work/new-public" --quiet || return 1
  grep -q 'A &quot;quoted&quot; site: test\|A "quoted" site: test' "$work/new-public/index.html"
}
check "init creates a site that builds" init_builds

init_refuses_existing() {
  "$mwp" init "$work/new" >/dev/null 2>"$work/init.err" && return 1
  grep -q "\[site-exists\]" "$work/init.err"
}
check "init refuses a non-empty folder" init_refuses_existing

new_article_fails_check_until_filled() {
  "$mwp" new article articles/first-steps --site "$work/new" >/dev/null || return 1
  [[ -f "$work/new/content/articles/first-steps.md" ]] || return 1
  "$mwp" check --site "$work/new" --format json >"$work/new.json" && return 1
  python3 - "$work/new.json" <<'PY' || return 1
import json, sys
report = json.load(open(sys.argv[1]))
codes = {d["code"] for d in report["diagnostics"]}
need = {"empty-section", "missing-faq", "missing-sources", "missing-field"}
missing = need - codes
assert not missing, f"missing codes {missing} in {codes}"
assert report["errors"] >= 9, report["errors"]
for d in report["diagnostics"]:
    assert d["path"].endswith("first-steps.md"), d
PY
}
check "new article fails check until filled (JSON diagnostics)" new_article_fails_check_until_filled

new_article_refuses_overwrite() {
  "$mwp" new article articles/first-steps --site "$work/new" 2>"$work/new.err" && return 1
  grep -q "\[file-exists\]" "$work/new.err"
}
check "new article never overwrites without --force" new_article_refuses_overwrite

new_article_unknown_category() {
  "$mwp" new article nowhere/x --site "$work/new" 2>"$work/new2.err" && return 1
  grep -q "\[unknown-category\]" "$work/new2.err"
}
check "new article in an unknown category is refused" new_article_unknown_category

compiler_shaped() {
  "$mwp" build --site "$work/new" --out "$work/new-public" 2>"$work/fail.err" && return 1
  grep -Eq '^[^:]+first-steps\.md:[0-9]+:[0-9]+: error: .+ \[[a-z-]+\]$' "$work/fail.err" || { cat "$work/fail.err" >&2; return 1; }
  [[ -f "$work/new-public/index.html" ]]  # the previous output is still there
}
check "diagnostics are compiler-shaped and a failed build keeps the output" compiler_shaped

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
