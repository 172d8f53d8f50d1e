#!/usr/bin/env bash
# Names the Debian packages that a failed run in a fresh root was missing.
#
#   bash scripts/name-missing-packages.sh LOG ROOT
#
# Reads LOG, the run's output, for what it could not find:
#   - absolute paths under /usr, /bin, /sbin, /lib, /etc or /opt that ROOT lacks,
#     on lines that report a failure or near them (CMake's "references
#     the file ... but this file does not exist", "No such file or directory",
#     "spawn /usr/bin/x ENOENT", ...);
#   - commands ("x: command not found", "x: not found");
#   - Python modules ("No module named 'x'");
#   - CMake packages, pkg-config modules and C/C++ headers that were not found.
# Each is looked up in Debian's file lists with apt-file (installed and updated
# on this machine when needed) and printed as
#   missing Debian package: NAME (for WHAT)
# Exit status: 0 when at least one package was named, 1 otherwise.
set -uo pipefail
log=$1
root=${2:-/}
[[ -r $log ]] || { echo "name-missing-packages: cannot read $log" >&2; exit 2; }

if ! command -v apt-file >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends apt-file >/dev/null 2>&1
fi
apt-file update >/dev/null 2>&1 || true

declare -A wanted=()  # apt-file regex -> what the log said

# Paths the log names that the root does not have.
while read -r path; do
  path=${path%%[\",\'\):;]*}
  [[ -e $root$path || -L $root$path ]] && continue
  wanted["^${path//./\\.}\$"]="$path"
done < <(grep -iE -B2 -A3 'no such file|does not exist|not found|cannot|enoent|could not|missing|failed|error' "$log" |
         grep -oE '(^|[ "'\''(`=])/(usr|bin|sbin|lib|lib64|etc|opt)/[A-Za-z0-9_.+/-]+' |
         sed -E 's/^[ "'\''(`=]//' | sort -u)

while read -r cmd; do
  [[ -n $cmd ]] && wanted["^/(usr/)?s?bin/${cmd//./\\.}\$"]="the command $cmd"
done < <(grep -oE '(^|[ :])[A-Za-z0-9_.+-]+: (command )?not found' "$log" |
         sed -E 's/^[ :]//; s/: (command )?not found//' | sort -u)

while read -r module; do
  wanted["/(dist|site)-packages/${module}(/__init__\\.py|\\.py|\\.cpython[^/]*\\.so)\$"]="the Python module $module"
done < <(grep -oE "No module named '[A-Za-z0-9_]+" "$log" | sed "s/No module named '//" | sort -u)

while read -r pkg; do
  lower=${pkg,,}
  wanted["/(${pkg}Config|${lower}-config)\\.cmake\$"]="the CMake package $pkg"
done < <(grep -oE 'package configuration file provided by "[^"]+"' "$log" | sed -E 's/.*by "//; s/"$//' | sort -u)

if grep -qE 'Could NOT find Python3?\b' "$log"; then
  wanted["^/usr/bin/python3\$"]="the Python 3 interpreter"
fi

while read -r pc; do
  wanted["/${pc//./\\.}\\.pc\$"]="the pkg-config module $pc"
done < <(grep -oE "(No package '[^']+' found|Package '[^']+'[^\n]* not found)" "$log" |
         sed -E "s/^(No package|Package) '//; s/'.*//" | sort -u)

while read -r header; do
  wanted["/include/(.*/)?${header//./\\.}\$"]="the header $header"
done < <(grep -oE 'fatal error: [^:]+: No such file or directory' "$log" |
         sed -E 's/fatal error: //; s/: No such file.*//' | sort -u)

named=0
for regex in "${!wanted[@]}"; do
  packages=$(apt-file search -l --regexp "$regex" 2>/dev/null | head -n 3 | paste -sd' ' -)
  [[ -n $packages ]] || continue
  echo "missing Debian package: $packages (for ${wanted[$regex]})"
  named=1
done
if ((named == 0)); then
  echo "name-missing-packages: the log names nothing that a Debian package provides" >&2
  exit 1
fi
