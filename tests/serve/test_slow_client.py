"""Slow and oversized clients: a silent client is cut off after the read
timeout while others are served; oversized headers and bodies are refused."""
import os
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from serve_harness import Server, check, hand_made_site, status_of, temp_dir  # noqa: E402

READ_TIMEOUT = 2


def main():
    with temp_dir() as work:
        root = os.path.join(work, "public")
        hand_made_site(root)
        with Server(["--out", root, "--no-build", "--read-timeout", str(READ_TIMEOUT),
                     "--threads", "4"]) as server:
            # Slowloris: half a request line, then silence, from more clients than threads.
            stalled = []
            for _ in range(6):
                s = socket.create_connection(("127.0.0.1", server.port), timeout=30)
                s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                stalled.append(s)
            started = time.monotonic()
            # A well-behaved client still gets its page while they stall.
            status, _, body = server.get("/")
            check(status == 200 and b"Home" in body, "normal client starved: %r" % status)
            for s in stalled:
                data = s.recv(65536)  # the server closes (possibly after a 400)
                while data:
                    data = s.recv(65536)
                s.close()
            waited = time.monotonic() - started
            # Each stalled client costs at most keep-alive wait (5 s) + read timeout, 4 at a time.
            check(waited < 30,
                  "stalled clients were held for %.1f s (read timeout %d s)" % (waited, READ_TIMEOUT))

            # Oversized header block.
            padding = "".join("X-Pad-%d: %s\r\n" % (i, "p" * 1000) for i in range(40))
            response = server.raw(("GET / HTTP/1.1\r\nHost: x\r\n%sConnection: close\r\n\r\n"
                                   % padding).encode())
            check(status_of(response) == 431, "big headers: %r" % status_of(response))
            # One header line longer than httplib's 8 KiB line limit.
            response = server.raw(("GET / HTTP/1.1\r\nHost: x\r\nX-Long: %s\r\n"
                                   "Connection: close\r\n\r\n" % ("l" * 9000)).encode())
            check(status_of(response) in (400, 431), "long header: %r" % status_of(response))
            # Oversized URI.
            response = server.raw(("GET /%s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                   % ("u" * 10000)).encode())
            check(status_of(response) in (400, 414), "long URI: %r" % status_of(response))
            # Oversized body.
            response = server.raw(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n"
                                  b"Connection: close\r\n\r\n" + b"b" * 65536)
            check(status_of(response) == 413, "big body: %r" % status_of(response))
            # Header injection through the redirect Location.
            response = server.raw(b"GET /men-women/emotions/numbness?x=%0d%0aSet-Cookie:a=1 "
                                  b"HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            head = response.split(b"\r\n\r\n", 1)[0].lower()
            check(status_of(response) == 301, "redirect: %r" % status_of(response))
            check(b"\r\nset-cookie" not in head, "header injected: %r" % head)
            # Still healthy afterwards.
            status, _, _ = server.get("/")
            check(status == 200, "server unhealthy after abuse: %r" % status)
    print("ok: slow and oversized clients")


if __name__ == "__main__":
    main()
