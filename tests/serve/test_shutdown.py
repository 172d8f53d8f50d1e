"""Graceful shutdown: SIGTERM during an in-flight response lets it complete
and the server exits 0; SIGINT does the same on an idle server."""
import os
import signal
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from serve_harness import Server, check, hand_made_site, temp_dir, write  # noqa: E402

BIG = 16 * 1024 * 1024


def main():
    with temp_dir() as work:
        root = os.path.join(work, "public")
        hand_made_site(root)
        payload = bytes(range(256)) * (BIG // 256)
        write(root, "assets/big.bin", payload)

        server = Server(["--out", root, "--no-build"])
        s = socket.create_connection(("127.0.0.1", server.port), timeout=20)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
        s.sendall(b"GET /assets/big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
        received = s.recv(16384)
        check(received.startswith(b"HTTP/1.1 200"), "no response started: %r" % received[:40])
        server.signal(signal.SIGTERM)  # the response is still being written
        time.sleep(0.5)
        while True:
            chunk = s.recv(1 << 20)
            if not chunk:
                break
            received += chunk
            head, _, body = received.partition(b"\r\n\r\n")
            if len(body) >= BIG:
                break
        s.close()
        head, _, body = received.partition(b"\r\n\r\n")
        check(len(body) == BIG and body == payload,
              "in-flight response cut short: %d of %d bytes" % (len(body), BIG))
        code = server.wait(20)
        check(code == 0, "exit code after SIGTERM: %r\n%s" % (code, server.stderr()))

        # New connections are refused once it has gone.
        try:
            socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
            fail_message = "still accepting after shutdown"
        except OSError:
            fail_message = None
        check(fail_message is None, str(fail_message))

        with Server(["--out", root, "--no-build"]) as idle:
            status, _, _ = idle.get("/")
            check(status == 200, "second server: %r" % status)
            started = time.monotonic()
            idle.signal(signal.SIGINT)
            check(idle.wait(20) == 0, "exit code after SIGINT")
            check(time.monotonic() - started < 10, "SIGINT took too long")
    print("ok: graceful shutdown")


if __name__ == "__main__":
    main()
