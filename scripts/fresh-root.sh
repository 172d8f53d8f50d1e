#!/usr/bin/env bash
# Runs a command of this tree inside a fresh, minimal Debian 12 root, so that
# nothing the current machine happens to have installed can hide a missing
# install step.
#
#   sudo bash scripts/fresh-root.sh [--keep DIR] [--log FILE] [--with FILE]... -- COMMAND...
#
# The root is made with `debootstrap --variant=minbase bookworm` from the
# mirror this machine's apt already uses. The tree's tracked and untracked
# (not ignored) files, with .git, are copied to /work/mwp inside it, and the
# shared folder beside the tree (../shared), when present, is mounted read-only
# at /work/shared. Each --with FILE is copied to /work/in/. The certificate authorities this machine added itself are
# copied in. COMMAND runs in /work/mwp as root with a clean environment (CI=true
# is kept). When it fails, scripts/name-missing-packages.sh reads its
# output and names the Debian packages it could not find.
#
# Exit status: COMMAND's, or 3 when the root could not be made. The root is
# deleted afterwards unless --keep names where to leave it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

keep=""
log=""
with=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --keep) keep=$2; shift 2 ;;
    --log) log=$2; shift 2 ;;
    --with) with+=("$(realpath "$2")"); shift 2 ;;
    --) shift; break ;;
    *) echo "usage: fresh-root.sh [--keep DIR] [--log FILE] [--with FILE]... -- COMMAND..." >&2; exit 2 ;;
  esac
done
[[ $# -gt 0 ]] || { echo "fresh-root.sh: no command given" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "fresh-root.sh: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

# The mirror of this machine's apt sources, for Debian's main archive.
debian_mirror() {
  local uri
  uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' |
        grep -v -- '-security' | head -n 1 || true)
  if [[ -z $uri ]]; then
    uri=$(grep -hsE '^deb +(\[[^]]*\] +)?(http|https|file):' /etc/apt/sources.list |
          grep -v -- '-security' | sed -E 's/^deb +(\[[^]]*\] +)?//' | awk '{print $1}' | head -n 1 || true)
  fi
  echo "$uri"
}

root=${keep:-$(mktemp -d /tmp/mwp-fresh-root.XXXXXX)}
mkdir -p "$root"
chmod 755 "$root"  # a root directory every user may enter (apt's _apt, nginx's www-data)
keep_log=${log:+yes}
log=${log:-$root.log}

cleanup() {
  # End every process still running inside the root, then unmount it.
  local pid
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [[ $(readlink "/proc/$pid/root" 2>/dev/null) == "$root" ]] && kill -KILL "$pid" 2>/dev/null || true
  done
  sleep 0.5
  for m in work/shared dev/shm dev/pts dev sys proc; do
    mountpoint -q "$root/$m" && umount -R -l "$root/$m" 2>/dev/null || true
  done
  if [[ -z $keep ]]; then rm -rf --one-file-system "$root"; fi
  rm -f "$root.debootstrap.log"
  [[ -n $keep_log || -n $keep ]] || rm -f "$log"
}
trap cleanup EXIT
trap 'exit 143' INT TERM

if ! command -v debootstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi
mirror=$(debian_mirror)
[[ -n $mirror ]] || { echo "fresh-root.sh: no Debian mirror in this machine's apt sources" >&2; exit 3; }

start=$(date +%s)
echo "fresh-root: debootstrap --variant=minbase bookworm $root" >&2
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1; then
  tail -n 20 "$root.debootstrap.log" >&2
  exit 3
fi
echo "fresh-root: root ready in $(( $(date +%s) - start )) s" >&2

mkdir -p "$root/work/mwp"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard |
   tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -C "$root/work/mwp" -xf -
(cd "$repo" && tar -cf - .git) | tar -C "$root/work/mwp" -xf -
if ((${#with[@]})); then
  mkdir -p "$root/work/in"
  cp -a "${with[@]}" "$root/work/in/"
fi
if [[ -d $repo/../shared ]]; then
  mkdir -p "$root/work/shared"
  mount --bind "$repo/../shared" "$root/work/shared"
  mount -o remount,bind,ro "$root/work/shared"
fi
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --rbind /dev "$root/dev"
# The certificate authorities this machine added itself: behind a proxy that
# inspects TLS, the root must trust what this machine trusts to reach npm.
if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp /etc/hosts "$root/etc/hosts" 2>/dev/null || true

set +e
chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 CI="${CI:-}" \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  bash -c 'cd /work/mwp && "$@"' fresh-root "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
echo "fresh-root: the command exited $status after $(( $(date +%s) - start )) s" >&2
if [[ $status -ne 0 ]]; then
  bash "$repo/scripts/name-missing-packages.sh" "$log" "$root" || true
fi
exit "$status"
