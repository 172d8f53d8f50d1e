#!/usr/bin/env python3
"""The preview loop, measured: `mwp serve (watching)` on a site, then one article
saved several times; for each save, the time from the write to the "reload"
event on /__mwp/events (what an open tab waits for), and the rebuild work the
server reports ("updated N files in X ms").

    python3 bench/watch_rebuild.py --mwp build/mwp --site SITE [--saves 5]

SITE is changed in place (one article's description gains and loses a word)
and restored at the end. Standard library only."""
import argparse
import http.client
import pathlib
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Events:
    """Reads the SSE stream in a thread; wait() returns the next event name."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        self.connection.request("GET", "/__mwp/events")
        self.response = self.connection.getresponse()
        self.events, self.ready = [], threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.response:
            line = line.decode("utf-8").strip()
            if line.startswith("event: "):
                with self.ready:
                    self.events.append((line[7:], time.perf_counter()))
                    self.ready.notify_all()

    def wait(self, name, timeout=600):
        deadline = time.perf_counter() + timeout
        with self.ready:
            while True:
                for i, (event, at) in enumerate(self.events):
                    if event == name:
                        del self.events[: i + 1]
                        return at
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise TimeoutError("no %s event" % name)
                self.ready.wait(left)


def toggle_description(path):
    text = path.read_text(encoding="utf-8")
    marker = " Revised."
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("description:"))
    line = lines[at]
    lines[at] = line[: -len(marker)] if line.endswith(marker) else line + marker
    path.write_text("\n".join(lines), encoding="utf-8")


def measure(mwp, site, saves, article=None):
    """Returns {"reload_ms": [...], "work_ms": [...], "files": [...], "lines": [...]}:
    "lines" are the server's own reports, with the time of each step."""
    site = pathlib.Path(site)
    article = article or next(p for p in sorted((site / "content").rglob("*.md"))
                              if p.name != "_index.md" and p.parent != site / "content")
    original = article.read_text(encoding="utf-8")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="mwp-watch-bench-") as work:
        log = open(pathlib.Path(work) / "serve.log", "w+")
        server = subprocess.Popen([mwp, "serve", "--site", site, "--out",
                                   pathlib.Path(work) / "public", "--port", str(port)],
                                  stdout=subprocess.PIPE, stderr=log, text=True)
        try:
            line = server.stdout.readline()
            if not line.startswith("Serving "):
                raise RuntimeError("mwp serve did not start")
            events = Events(port)
            events.wait("hello")
            result = {"reload_ms": [], "work_ms": [], "files": [], "lines": []}
            for _ in range(saves):
                time.sleep(0.5)
                started = time.perf_counter()
                toggle_description(article)
                result["reload_ms"].append((events.wait("reload") - started) * 1000)
            time.sleep(0.2)
            log.seek(0)
            for line in log:
                found = re.search(r"updated (\d+) files in ([\d.]+) ms", line)
                if found:
                    result["files"].append(int(found[1]))
                    result["work_ms"].append(float(found[2]))
                    result["lines"].append(line.strip())
            return result
        finally:
            server.terminate()
            server.wait(timeout=60)
            article.write_text(original, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mwp", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--saves", type=int, default=5)
    args = parser.parse_args()
    result = measure(args.mwp, args.site, args.saves)
    if len(result["work_ms"]) != args.saves:
        sys.exit("the server did not rebuild incrementally after each save: %s" % result)
    print("saves: %d" % args.saves)
    print("save -> reload event: median %.0f ms, max %.0f ms" %
          (statistics.median(result["reload_ms"]), max(result["reload_ms"])))
    print("rebuild work: median %.1f ms, max %.1f ms, %s files written" %
          (statistics.median(result["work_ms"]), max(result["work_ms"]), result["files"]))
    for line in result["lines"]:
        print("  server: " + line)


if __name__ == "__main__":
    main()
