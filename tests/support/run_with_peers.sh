#!/usr/bin/env bash
# Runs a test after checking the peers it needs (tools, browsers, npm packages,
# the shared test data), so that a missing one fails the test with what to
# install, instead of skipping it or failing obscurely.
#
#   run_with_peers.sh REPO PEER... -- COMMAND...
#
# PEER is a name from the table below, or npm:PACKAGE for a package in
# REPO/node_modules. Exit status: COMMAND's, or 1 when a peer is missing.
set -uo pipefail
repo=$1
shift
peers=()
while [[ $# -gt 0 && $1 != "--" ]]; do peers+=("$1"); shift; done
shift || true
[[ $# -gt 0 ]] || { echo "run_with_peers.sh: no command after --" >&2; exit 2; }

have_command() { command -v "$1" >/dev/null 2>&1; }

# Prints "what is missing|how to get it" for a peer that is missing.
missing() {
  case $1 in
    node)
      have_command node || { echo "Node.js|install the Debian package nodejs"; return; }
      (( $(node -p 'process.versions.node.split(".")[0]') >= 18 )) ||
        echo "Node.js 18 or newer (this is $(node --version))|install the Debian package nodejs" ;;
    python3) have_command python3 || echo "python3|install the Debian package python3" ;;
    python3-yaml) python3 -c 'import yaml' 2>/dev/null || echo "Python's yaml module|install the Debian package python3-yaml" ;;
    chromium) [[ -x /usr/bin/chromium ]] || echo "/usr/bin/chromium|install the Debian package chromium" ;;
    java) have_command java || echo "java|install the Debian package default-jre-headless" ;;
    nginx) have_command nginx || [[ -x /usr/sbin/nginx ]] || echo "nginx|install the Debian package nginx" ;;
    wrk) have_command wrk || echo "wrk|install the Debian package wrk" ;;
    hugo) have_command hugo || echo "hugo|install the Debian package hugo" ;;
    time) [[ -x /usr/bin/time ]] || echo "/usr/bin/time|install the Debian package time" ;;
    apa-csl)
      [[ -r /usr/share/citation-style-language/styles/apa.csl ]] ||
        { echo "Debian's apa.csl|install the Debian package citation-style-language-styles"; return; }
      [[ -r /usr/share/citation-style-language/locales/locales-en-US.xml ]] ||
        echo "Debian's CSL en-US locale|install the Debian package citation-style-language-locales" ;;
    debootstrap)
      have_command debootstrap || [[ -x /usr/sbin/debootstrap ]] ||
        { echo "debootstrap|install the Debian package debootstrap"; return; }
      [[ $(id -u) -eq 0 ]] || echo "root|run the tests as root: it makes a Debian root with debootstrap and chroot" ;;
    apt-file) have_command apt-file || echo "apt-file|install the Debian package apt-file" ;;
    dpkg-shlibdeps)
      have_command dpkg-shlibdeps || { echo "dpkg-shlibdeps|install the Debian package dpkg-dev"; return; }
      have_command file || echo "file|install the Debian package file" ;;
    shared)
      [[ -d $repo/../shared/seeds ]] ||
        echo "the shared test data at $(cd "$repo/.." && pwd)/shared|put the shared folder beside the checkout (see the README's \"Test data\")" ;;
    npm:*)
      [[ -d $repo/node_modules/${1#npm:} ]] ||
        echo "the npm package ${1#npm:} in node_modules|run npm ci in the checkout" ;;
    *) echo "an unknown peer '$1'|fix this test's CMakeLists.txt" ;;
  esac
}

absent=0
for peer in "${peers[@]}"; do
  what=$(missing "$peer")
  [[ -z $what ]] && continue
  echo "this test needs ${what%%|*}: ${what#*|}." >&2
  absent=1
done
if ((absent)); then
  echo "(bash scripts/install-deps.sh --test installs every test peer.)" >&2
  exit 1
fi
exec "$@"
