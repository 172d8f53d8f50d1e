#!/usr/bin/env python3
"""bench/corpus.py: same seed, same bytes; another seed, other prose; the mwp side is
clean under `mwp check`; every article has the template's shape."""

import json
import os
import pathlib
import subprocess
import sys
import tempfile

SOURCE = pathlib.Path(os.environ["MWP_SOURCE_DIR"])
sys.path.insert(0, str(SOURCE / "bench"))
import corpus  # noqa: E402


def tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def articles(site):
    return [p for p in (site / "content").rglob("*.md")
            if p.name != "_index.md" and p.parent != site / "content"]


def shape_failures(path):
    text = path.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    sections = [l for l in body.splitlines() if l.startswith("## ")]
    questions = [l for l in body.splitlines() if l.startswith("### ")]
    sources = body.split("## Research sources", 1)[1].strip().splitlines()
    words = len(body.split())
    checks = [(len(sections) == 8, f"{len(sections)} level-2 headings, want 6 sections + FAQ + sources"),
              (4 <= len(questions) <= 6, f"{len(questions)} FAQ questions"),
              (4 <= len(sources) <= 6, f"{len(sources)} sources"),
              (1800 <= words <= 2900, f"{words} words")]
    return [f"{path.name}: {message}" for ok, message in checks if not ok]


def main():
    failures = []
    with tempfile.TemporaryDirectory() as work:
        a, b, c = (pathlib.Path(work) / name for name in "abc")
        corpus.generate(a, 30, 7, SOURCE / "site")
        corpus.generate(b, 30, 7, SOURCE / "site")
        corpus.generate(c, 30, 8, SOURCE / "site")
        if tree(a) != tree(b):
            failures.append("same seed produced different corpora")
        if tree(a / "mwp" / "content") == tree(c / "mwp" / "content"):
            failures.append("different seeds produced the same content")
        if tree(a / "mwp" / "content") != tree(a / "hugo" / "content"):
            failures.append("the Hugo site's content differs from the mwp site's")
        found = articles(a / "mwp")
        if len(found) != 30:
            failures.append(f"{len(found)} articles, want 30")
        for path in found:
            failures += shape_failures(path)
        check = subprocess.run([os.environ["MWP_BINARY"], "check", "--site", a / "mwp",
                                "--format", "json"], capture_output=True, text=True)
        report = json.loads(check.stdout or "{}")
        if check.returncode != 0 or report.get("diagnostics"):
            failures.append(f"mwp check is not clean: {check.stdout[:2000]}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
