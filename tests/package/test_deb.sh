#!/usr/bin/env bash
# The .deb on a fresh Debian 12 root: `apt-get install ./mwp_*.deb` brings every
# library mwp needs (its Depends come from dpkg-shlibdeps), and a new user's
# first steps work there: mwp --version, init, new article, check, build, serve,
# and a build of the installed sample site.
# Usage: test_deb.sh BUILD_DIR REPO   (as root: it makes the root with debootstrap)
set -euo pipefail
build=$1
repo=$2
[[ $(id -u) -eq 0 ]] || { echo "this test needs root (debootstrap, chroot)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/mwp_*.deb)
echo "package: $(basename "$deb"), Depends: $(dpkg-deb --field "$deb" Depends)"

bash "$repo/scripts/fresh-root.sh" --with "$deb" -- bash -euo pipefail -c '
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /work/in/mwp_*.deb >/dev/null
  command -v mwp
  mwp --version
  cd /tmp
  mwp init mysite --title "A site from the package"
  cd mysite
  mwp new article articles/first-steps --title "First steps"
  mwp check
  mwp build
  test -s public/index.html
  mwp build -s /usr/share/mwp/sample-site -o /tmp/sample --quiet
  test -s /tmp/sample/sources/index.html
  mwp serve --no-watch -p 0 >/tmp/serve.out 2>/tmp/serve.err &
  server=$!
  for _ in $(seq 100); do grep -q "^Serving" /tmp/serve.out && break; sleep 0.1; done
  port=$(sed -nE "s|^Serving http://127.0.0.1:([0-9]+)/.*|\1|p" /tmp/serve.out)
  [[ -n $port ]] || { cat /tmp/serve.err; exit 1; }
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf "GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" >&3
  response=$(cat <&3)
  kill "$server"
  grep -q "^HTTP/1.1 200" <<<"$response"
  grep -q "A site from the package" <<<"$response"
  echo "served the new site on port $port"
'
echo "1 passed, 0 failed"
