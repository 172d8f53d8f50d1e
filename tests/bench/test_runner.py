#!/usr/bin/env python3
"""bench/run.py at N=20, one round: exits 0 and prints the full results table."""

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

SOURCE = pathlib.Path(os.environ["MWP_SOURCE_DIR"])
PAGEFIND = SOURCE / "node_modules" / ".bin" / "pagefind"

ROWS = ["mwp build --no-index", "hugo", "mwp build", "hugo + pagefind", "pagefind --site",
        "cp -r (mwp output)", "mwp build, 1 article changed"]
RATIOS = ["hugo / mwp build --no-index (time)", "(hugo + pagefind) / mwp build (time)",
          "mwp build --no-index / cp -r (time)", "mwp build / hugo (peak RSS)"]


def main():
    if not shutil.which("hugo") or not PAGEFIND.exists():
        print("hugo or pagefind is not installed (scripts/install-deps.sh --test installs both)")
        return 1
    with tempfile.TemporaryDirectory() as work:
        markdown = pathlib.Path(work) / "results.md"
        result = subprocess.run(
            [sys.executable, SOURCE / "bench" / "run.py", "--sizes", "20", "--runs", "1",
             "--warmup", "0", "--mwp", os.environ["MWP_BINARY"], "--pagefind", PAGEFIND,
             "--work", pathlib.Path(work) / "bench", "--markdown", markdown],
            capture_output=True, text=True, timeout=280)
        failures = []
        if result.returncode != 0:
            failures.append(f"run.py exited {result.returncode}:\n{result.stderr}")
        for row in ROWS:
            line = next((l for l in result.stdout.splitlines() if l.startswith(f"| {row} |")), None)
            # Every job must have produced output with HTML pages in it.
            if line is None or int(line.split("|")[-2]) == 0:
                failures.append(f"no table row with pages for {row!r}")
        failures += [f"no ratio {r!r}" for r in RATIOS if f"| {r} |" not in result.stdout]
        if not markdown.exists() or "| job |" not in markdown.read_text(encoding="utf-8"):
            failures.append("--markdown file missing or without the table")
        if "`serve (watching)` after a save:" not in result.stdout:
            failures.append("no serve (watching) rebuild line")
        if (pathlib.Path(work) / "bench").exists():
            failures.append("run.py left its work folder behind")
    for failure in failures:
        print(failure)
    if failures:
        print(result.stdout)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
