#!/usr/bin/env bash
# Runs the README's two set-up commands in order, as a new user would on a
# fresh machine (CI runs this inside scripts/fresh-root.sh):
#   1. bash scripts/serve-sample.sh, until the sample site answers on
#      http://127.0.0.1:8080/ (then it is stopped), timed;
#   2. bash scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

# An HTTP GET of / on 127.0.0.1:8080 with bash's /dev/tcp: a fresh root has no curl yet.
serves_home_page() {
  exec 3<>/dev/tcp/127.0.0.1/8080 || return 1
  printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  local status
  IFS= read -r -t 5 status <&3 || status=""
  exec 3<&- 3>&-
  [[ $status == "HTTP/1."?" 200"* ]]
}

start=$(date +%s)
bash scripts/serve-sample.sh &
server=$!
until serves_home_page 2>/dev/null; do
  if ! kill -0 "$server" 2>/dev/null; then
    wait "$server" || true
    echo "readme-commands: scripts/serve-sample.sh exited before serving the site" >&2
    exit 1
  fi
  sleep 1
done
echo "readme-commands: the first command served the sample site after $(( $(date +%s) - start )) s"
kill -TERM "$server"
wait "$server" || true

start=$(date +%s)
bash scripts/test.sh
echo "readme-commands: the second command passed in $(( $(date +%s) - start )) s"
