#!/usr/bin/env bash
# End-to-end checks of the mwp CLI: the bundled site, init, new, drafts, help,
# exit statuses and JSON output.
# Usage: cli_test.sh MWP REPO_ROOT   (MWP_KEEP=1 keeps the work folder)
set -uo pipefail
mwp=$(realpath "$1")
repo=$(realpath "$2")
work=$(mktemp -d)
trap '[[ -n ${MWP_KEEP:-} ]] || rm -rf "$work"' EXIT
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
  grep -Eq '^checked [0-9]+ articles and [0-9]+ pages: [1-9][0-9]* citations, [1-9][0-9]* references; 0 errors, 0 warnings$' "$work/check.out" ||
    { echo "no summary line:" >&2; cat "$work/check.out" >&2; return 1; }
}
check "sample site: mwp check reports nothing but its summary" sample_check

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

new_article_is_a_draft() {
  "$mwp" new article articles/first-steps --site "$work/new" >/dev/null || return 1
  [[ -f "$work/new/content/articles/first-steps.md" ]] || return 1
  grep -qx 'draft: true' "$work/new/content/articles/first-steps.md" || return 1
  # A draft: check passes, with what it lacks as warnings.
  "$mwp" check --site "$work/new" --format json >"$work/draft.json" || return 1
  python3 - "$work/draft.json" <<'PY' || return 1
import json, sys
report = json.load(open(sys.argv[1]))
codes = {d["code"] for d in report["diagnostics"]}
need = {"empty-section", "missing-faq", "missing-sources", "missing-field"}
assert not need - codes, f"missing codes {need - codes} in {codes}"
assert report["errors"] == 0 and report["warnings"] >= 9, report
assert all(d["severity"] == "warning" for d in report["diagnostics"]), report
assert report["summary"]["drafts"] == 1 and report["summary"]["articles"] == 1, report["summary"]
PY
  # A draft never blocks a build: left out by default, built with -D.
  "$mwp" build --site "$work/new" --out "$work/draft-public" --quiet 2>"$work/draft.err" || return 1
  [[ ! -s "$work/draft.err" ]] || { cat "$work/draft.err" >&2; return 1; }
  [[ ! -e "$work/draft-public/articles/first-steps/index.html" ]] || return 1
  "$mwp" build -D --site "$work/new" --out "$work/draft-public" --quiet 2>/dev/null || return 1
  [[ -s "$work/draft-public/articles/first-steps/index.html" ]]
}
check "new article is a draft: warnings only, never blocks a build" new_article_is_a_draft

published_draft_fails_check() {
  sed -i '/^draft: true$/d' "$work/new/content/articles/first-steps.md" || return 1
  "$mwp" check --site "$work/new" --format json >"$work/new.json"
  [[ $? -eq 1 ]] || return 1
  python3 - "$work/new.json" <<'PY' || return 1
import json, sys
report = json.load(open(sys.argv[1]))
assert report["errors"] >= 9, report["errors"]
for d in report["diagnostics"]:
    assert d["path"].endswith("first-steps.md"), d
PY
}
check "once published, the unfilled article fails check (exit 1)" published_draft_fails_check

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

site_from_current_folder() {
  (cd "$work/new" && "$mwp" check >/dev/null 2>&1)
  [[ $? -eq 1 ]] || return 1  # found ./site.yaml, and the unfilled article
  (cd "$repo" && "$mwp" check >"$work/cwd.out" 2>&1) || { cat "$work/cwd.out" >&2; return 1; }
  grep -q '^checked ' "$work/cwd.out"  # found ./site/site.yaml
}
check "the site defaults to ./ or ./site" site_from_current_folder

help_for_people() {
  "$mwp" >"$work/help.out" || return 1  # no arguments: the help, exit 0
  grep -q '^Usage: mwp COMMAND' "$work/help.out" || return 1
  grep -q '^Exit status:' "$work/help.out" || return 1
  local command
  for command in init "new article" check build serve search ask import export "bib import" "bib list"; do
    # shellcheck disable=SC2086
    "$mwp" $command --help >"$work/help.out" || { echo "mwp $command --help failed" >&2; return 1; }
    grep -q '^Examples:' "$work/help.out" || { echo "mwp $command: no examples" >&2; return 1; }
    if grep -Eq 'ENUM|\{false\}|TEXT=|->' "$work/help.out"; then
      echo "mwp $command --help shows CLI11 internals:" >&2
      cat "$work/help.out" >&2
      return 1
    fi
  done
  "$mwp" build --help | grep -q -- '-s, --site DIR' || return 1
  "$mwp" serve --help | grep -q -- '-p, --port PORT' || return 1
  "$mwp" --version | grep -Eq '^mwp [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{12}( \+ changes)?|commit unknown\)'
}
check "help is written for people, with examples for each command" help_for_people

usage_errors_exit_2() {
  local status
  "$mwp" buld 2>"$work/usage.err"; status=$?
  [[ $status -eq 2 ]] && grep -q "Did you mean 'build'" "$work/usage.err" || return 1
  "$mwp" build --no-such-option 2>"$work/usage.err"; status=$?
  [[ $status -eq 2 ]] && grep -q "Run 'mwp build --help'" "$work/usage.err" || return 1
  "$mwp" serve --port 99999 2>/dev/null; [[ $? -eq 2 ]] || return 1
  "$mwp" new 2>/dev/null; [[ $? -eq 2 ]] || return 1
  "$mwp" check --site "$work/nowhere" 2>/dev/null; [[ $? -eq 2 ]] || return 1
  "$mwp" build --site "$work/nowhere" --out "$work/x" 2>/dev/null; [[ $? -eq 2 ]]
}
check "usage errors and unusable folders exit 2" usage_errors_exit_2

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
