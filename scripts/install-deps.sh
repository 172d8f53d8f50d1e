#!/usr/bin/env bash
# Installs everything mwp needs on Debian 12, from Debian's packages and npm only.
#   scripts/install-deps.sh          build and run dependencies
#   scripts/install-deps.sh --test   also the test peers (Chromium, Java for vnu, nginx, wrk, npm packages)
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(
  build-essential cmake ninja-build ccache pkg-config
  libmd4c-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libxapian-dev
  libcpp-httplib-dev libkainjow-mustache-dev libfmt-dev libutf8proc-dev libgtest-dev libgmock-dev
  zlib1g-dev libssl-dev libbrotli-dev libmimalloc-dev
)
test_packages=(
  chromium default-jre-headless citation-style-language-styles
  citation-style-language-locales nginx wrk hugo python3 procps
)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then packages+=("${test_packages[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from another Debian-format build that bundles npm (and
# conflicts with Debian's npm package): install Debian's only when absent.
if [[ "${1:-}" == "--test" ]] && ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [[ "${1:-}" == "--test" ]]; then
  # `npm install` installs the versions pinned in package-lock.json. npm 11
  # refuses `npm ci` here: pagefind's per-platform binaries are optional
  # dependencies and the lock records only this platform's.
  npm install --no-audit --no-fund --loglevel=error
fi
