#!/usr/bin/env python3
"""Runs docs/getting-started.md as a new user would: its commands, in order.

The page must have ten numbered steps. Its fenced blocks are taken in order:
  - ```sh blocks run line by line in one bash shell, in a fresh folder, with the
    mwp under test first on PATH; `cd` carries over;
  - a block after <!-- file: PATH --> is written to PATH (relative to the
    shell's current folder at that point), as a user's editor would;
  - a block after <!-- test: skip (why) --> is not run (installing mwp);
  - <!-- test: page PATH contains "TEXT" --> fetches PATH from the last server
    started and waits up to 20 s for TEXT (a live rebuild).
An `mwp serve` line starts the server in the background on a free port (the
page's port is replaced), waits until it serves "/", and leaves it running;
every server is stopped at the end. Any command that fails fails the test.

Usage: getting_started_test.py --mwp PATH --source REPO
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

BLOCK = re.compile(r"(?:<!-- (?P<directive>[^>]*?) -->\s*\n)?```(?P<info>[^\n]*)\n(?P<body>.*?)```",
                   re.S)
PAGE = re.compile(r'<!-- test: page (?P<path>\S+) contains "(?P<text>[^"]+)" -->')


def fail(message):
    print("FAIL: " + message)
    print("0 passed, 1 failed")
    sys.exit(1)


class Walkthrough:
    def __init__(self, mwp, work):
        self.work = work
        bin_dir = work / "bin"
        bin_dir.mkdir()
        (bin_dir / "mwp").symlink_to(mwp)
        self.env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}",
                        HOME=str(work / "home"), SOURCE_DATE_EPOCH="1767571200")
        (work / "home").mkdir()
        self.cwd = work / "start"
        self.cwd.mkdir()
        self.servers = []
        self.commands = 0

    def run(self, line):
        """Runs one command line in the current folder; follows its `cd`."""
        self.commands += 1
        if re.match(r"^mwp serve\b", line):
            return self.serve(line)
        where = self.work / "pwd"
        script = f"set -euo pipefail\n{line}\npwd > '{where}'\n"
        result = subprocess.run(["bash", "-c", script], cwd=self.cwd, env=self.env,
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            fail(f"`{line}` exited {result.returncode}:\n{result.stdout}{result.stderr}")
        self.cwd = pathlib.Path(where.read_text().strip())
        print(f"ok: {line}")

    def serve(self, line):
        line = re.sub(r"\s(--port|-p)\s+\d+", "", line) + " --port 0"
        log = open(self.work / f"serve-{len(self.servers)}.log", "w+")
        process = subprocess.Popen(["bash", "-c", "exec " + line], cwd=self.cwd, env=self.env,
                                   stdout=subprocess.PIPE, stderr=log, text=True)
        first = process.stdout.readline()
        match = re.match(r"Serving (http://[^/]+/)", first)
        if not match:
            process.kill()
            log.seek(0)
            fail(f"`{line}` did not start serving:\n{first}{log.read()}")
        self.servers.append((process, match.group(1)))
        self.fetch("/", "<html")
        print(f"ok: {line} (on {match.group(1)})")

    def fetch(self, path, text, wait=20.0):
        if not self.servers:
            fail(f"no server to fetch {path} from")
        url = self.servers[-1][1].rstrip("/") + path
        deadline = time.monotonic() + wait
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    body = response.read().decode("utf-8", "replace")
                if text in body:
                    return
            except OSError as error:
                body = str(error)
            time.sleep(0.25)
        fail(f"{url} does not show {text!r}:\n{body[:500]}")

    def stop(self):
        for process, _ in self.servers:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def steps(page):
    numbers = [int(n) for n in re.findall(r"^## (\d+)\. ", page, re.M)]
    if numbers != list(range(1, 11)):
        fail(f"the page has steps {numbers}, not 1 to 10")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mwp", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    page = (pathlib.Path(args.source) / "docs" / "getting-started.md").read_text(encoding="utf-8")
    steps(page)
    work = pathlib.Path(tempfile.mkdtemp(prefix="mwp-getting-started-"))
    walk = Walkthrough(pathlib.Path(args.mwp).resolve(), work)
    try:
        events = [(m.start(), "block", m) for m in BLOCK.finditer(page)]
        events += [(m.start(), "page", m) for m in PAGE.finditer(page)]
        for _, kind, match in sorted(events, key=lambda e: e[0]):
            if kind == "page":
                walk.fetch(match.group("path"), match.group("text"))
                print(f"ok: the preview shows {match.group('path')}")
                continue
            directive = (match.group("directive") or "").strip()
            if directive.startswith("test: skip"):
                continue
            if directive.startswith("file: "):
                path = walk.cwd / directive[len("file: "):].strip()
                path.write_text(match.group("body"), encoding="utf-8")
                print(f"ok: wrote {path.relative_to(work)}")
                continue
            if match.group("info").strip() != "sh":
                continue
            for line in match.group("body").splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    walk.run(line.strip())
    finally:
        walk.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{walk.commands} commands of docs/getting-started.md ran")
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()
