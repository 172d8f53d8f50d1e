#!/usr/bin/env bash
# Installs everything mwp needs on Debian 12, from Debian's packages and npm only.
#   scripts/install-deps.sh          what building and running mwp needs
#   scripts/install-deps.sh --test   also what the tests need: their peers (Chromium,
#                                    Java for the Nu HTML Checker, nginx, wrk, Hugo,
#                                    Node.js and the npm packages in package-lock.json)
# CI proves these lists complete on a fresh minimal root (scripts/fresh-root.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libmd4c-dev libmd4c-html0-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev
  libxapian-dev libcpp-httplib-dev libfmt-dev libutf8proc-dev
  libgtest-dev libgmock-dev zlib1g-dev libssl-dev libbrotli-dev libmimalloc-dev
)
test_packages=(
  python3 python3-yaml procps time curl ca-certificates  # test drivers and what they call
  chromium default-jre-headless           # the browser and the Nu HTML Checker
  citation-style-language-styles citation-style-language-locales  # citeproc-js's APA
  nginx wrk hugo                          # deployment, load and benchmark peers
  debootstrap dpkg-dev file apt-file      # the package and fresh-root tests
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
  echo "install-deps: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--test" ]]; then
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  if ((node_major < 18)); then
    echo "install-deps: Node.js $(node --version) is too old; the tests need 18 or newer" >&2
    exit 1
  fi
  # The versions pinned in package-lock.json, which lists every platform's
  # optional pagefind binary; `npm ci` never rewrites it.
  npm ci --no-audit --no-fund --loglevel=error
fi
