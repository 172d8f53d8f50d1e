"""Path traversal over real HTTP: raw request lines, never normalised by a client."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from serve_harness import Server, check, hand_made_site, status_of, temp_dir, write  # noqa: E402

SECRET = b"do-not-serve-this-secret"

# Request target -> expected status. Nothing here may ever return the secret.
CASES = [
    ("/", 200),
    ("/men-women/emotions/numbness/", 200),
    ("/men-women/emotions/numbness", 301),
    ("/assets/site.css", 200),
    ("/../secret.txt", 400),
    ("/../../../../etc/passwd", 400),
    ("/assets/../../secret.txt", 400),
    ("/%2e%2e/secret.txt", 400),
    ("/%2E%2E/%2e%2E/etc/passwd", 400),
    ("/assets/%2e%2e/%2e%2e/secret.txt", 400),
    ("/..%2fsecret.txt", 400),
    ("/assets%2f..%2f..%2fsecret.txt", 400),
    ("/..%5csecret.txt", 400),
    ("/..\\secret.txt", 400),
    ("/assets\\..\\..\\secret.txt", 400),
    ("/index.html%00.css", 400),
    ("/%00", 400),
    ("//etc/passwd", 400),
    ("///secret.txt", 400),
    ("/leak.txt", 404),            # symlink to a file outside the root
    ("/leakdir/secret.txt", 404),  # symlink to a folder outside the root
    ("/.hidden/secret.txt", 404),
    ("/assets/", 404),             # no directory listings
    ("/men-women/", 404),
    ("/%zz", 400),
    ("/%", 400),
    ("/%c0%ae%c0%ae/secret.txt", 404),  # overlong UTF-8 dots are just bytes, not ".."
    ("/nonexistent", 404),
]

REQUEST_LINE_CASES = [
    # Absolute-form and asterisk targets are not for this server.
    (b"GET http://127.0.0.1/../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400),
    (b"GET /etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404),
    (b"GET ../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400),
]


def main():
    with temp_dir() as work:
        root = os.path.join(work, "public")
        hand_made_site(root)
        write(work, "secret.txt", SECRET)
        write(work, "outside/secret.txt", SECRET)
        write(root, ".hidden/secret.txt", SECRET)
        os.symlink(os.path.join(work, "secret.txt"), os.path.join(root, "leak.txt"))
        os.symlink(os.path.join(work, "outside"), os.path.join(root, "leakdir"))
        with Server(["--out", root, "--no-build"]) as server:
            for target, expected in CASES:
                raw = ("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                       % target).encode("latin-1")
                response = server.raw(raw)
                status = status_of(response)
                check(status == expected, "%r: expected %d, got %r" % (target, expected, status))
                check(SECRET not in response, "%r leaked the secret" % target)
                check(b"x-content-type-options: nosniff" in response.lower(),
                      "%r: no security headers" % target)
            for raw, expected in REQUEST_LINE_CASES:
                response = server.raw(raw)
                check(status_of(response) == expected,
                      "%r: expected %d, got %r" % (raw, expected, status_of(response)))
                check(SECRET not in response, "%r leaked the secret" % raw)
    print("ok: %d hostile targets" % (len(CASES) + len(REQUEST_LINE_CASES)))


if __name__ == "__main__":
    main()
