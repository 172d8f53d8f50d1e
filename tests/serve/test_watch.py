"""Live preview: edit a file, see the rebuilt page and a reload event on the
SSE stream; break it, see the diagnostics while the last good page stays;
fix it; delete it. The built files never contain the reload script."""
import http.client
import os
import queue
import re
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from serve_harness import Server, check, temp_dir  # noqa: E402
import serve_harness  # noqa: E402

ARTICLE = "content/men-women/stress-and-coping/burnout.md"
URL = "/men-women/stress-and-coping/burnout/"
MARKER = "Zyxwv-edited-marker"


class EventStream:
    """Reads /__mwp/events in a thread and queues (event, data) pairs."""

    def __init__(self, port):
        self.events = queue.Queue()
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.connection.request("GET", "/__mwp/events")
        self.response = self.connection.getresponse()
        check(self.response.status == 200, "events: %d" % self.response.status)
        check(self.response.getheader("Content-Type", "").startswith("text/event-stream"),
              "events content type")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b""
        try:
            while True:
                chunk = self.response.read1(65536)
                if not chunk:
                    return
                buffer += chunk
                while b"\n\n" in buffer:
                    block, buffer = buffer.split(b"\n\n", 1)
                    fields = dict(line.split(": ", 1) for line in block.decode().split("\n")
                                  if ": " in line and not line.startswith(":"))
                    if "event" in fields:
                        self.events.put((fields["event"], fields.get("data", "")))
        except OSError:
            return

    def next(self, timeout=60):
        try:
            return self.events.get(timeout=timeout)
        except queue.Empty:
            serve_harness.fail("no event within %d s" % timeout)


def edit(path, transform):
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(transform(text))


def main():
    with temp_dir() as work:
        site, out = serve_harness.build_sample_site(work)
        with Server(["--site", site, "--out", out], watch=True) as server:
            stream = EventStream(server.port)
            check(stream.next()[0] == "hello", "first event is hello")

            status, _, body = server.get(URL)
            check(status == 200, "article before edit: %d" % status)
            check(b'<script src="/__mwp/reload.js" defer></script></body>' in body,
                  "reload script not injected in preview")

            article = os.path.join(site, ARTICLE)
            original = open(article).read()
            started = time.monotonic()
            edit(article, lambda t: re.sub(r"^title: .*$", "title: \"%s\"" % MARKER, t, count=1,
                                           flags=re.M))
            event, _ = stream.next()
            check(event == "reload", "expected reload after edit, got %s" % event)
            print("edit -> reload event in %.0f ms" % ((time.monotonic() - started) * 1000))
            status, _, body = server.get(URL)
            check(status == 200 and MARKER.encode() in body, "rebuilt page lacks the edit")

            # A broken file: the diagnostics reach the browser, the last good page stays.
            edit(article, lambda t: re.sub(r"^date: .*$", "date: not-a-date", t, count=1, flags=re.M))
            event, _ = stream.next()
            check(event == "status", "expected status after a broken edit, got %s" % event)
            status, _, status_body = server.get("/__mwp/status")
            check(b'"ok":false' in status_body, "status should say the build failed")
            check(b"burnout.md" in status_body, "diagnostics name the file: %r" % status_body[:400])
            status, _, body = server.get(URL)
            check(status == 200 and MARKER.encode() in body, "last good page no longer served")

            # Fixing it clears the error.
            with open(article, "w") as f:
                f.write(original)
            event, _ = stream.next()
            check(event == "reload", "expected reload after the fix, got %s" % event)
            _, _, status_body = server.get("/__mwp/status")
            check(b'"ok":true' in status_body, "status should be ok after the fix")

            # Deleting the file removes its page.
            os.remove(article)
            event, _ = stream.next()
            check(event == "reload", "expected reload after delete, got %s" % event)
            status, _, _ = server.get(URL)
            check(status == 404, "deleted article still served: %d" % status)

        for folder, _, files in os.walk(out):
            for name in files:
                if name.endswith(".html"):
                    with open(os.path.join(folder, name), "rb") as f:
                        check(b"__mwp" not in f.read(), "reload script written into " + name)
    print("ok: live preview")


if __name__ == "__main__":
    main()
