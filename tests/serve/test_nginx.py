"""The two production deployments in docs/deploy.md, run for real:
(1) nginx serving public/ with deploy/nginx/mwp.conf, /api/ proxied to
`mwp serve --api-only`; (2) static-only hosting with Pagefind
(deploy/nginx/mwp-static.conf)."""
import gzip
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import serve_harness  # noqa: E402
from serve_harness import MWP, Nginx, Server, check, site_pages, temp_dir  # noqa: E402


def check_static(front, out):
    pages = [p for p in site_pages(out) if p != "/"]
    status, headers, body = front.get("/")
    check(status == 200 and b"<html" in body.lower(), "home page: %d" % status)
    check(headers.get("cache-control") == "no-cache", "HTML cache: %r" % headers.get("cache-control"))
    check("default-src 'self'" in headers.get("content-security-policy", ""), "no CSP")
    check(headers.get("x-content-type-options") == "nosniff", "no nosniff")
    check(headers.get("etag"), "no ETag")
    status, _, _ = front.get("/", {"If-None-Match": headers["etag"]})
    check(status == 304, "revalidation: %d" % status)

    page = pages[0]
    status, _, body = front.get(page)
    check(status == 200, "%s: %d" % (page, status))
    status, headers, _ = front.get(page.rstrip("/"))
    check(status == 301 and headers.get("location") == page,
          "%s without slash: %d %r" % (page, status, headers.get("location")))

    status, headers, body = front.get("/no/such/page/")
    with open(os.path.join(out, "404.html"), "rb") as f:
        check(status == 404 and body == f.read(), "404 page: %d" % status)
    check(headers.get("x-frame-options") == "DENY", "headers on the 404")

    assets = sorted(os.listdir(os.path.join(out, "assets")))
    check(assets, "no assets")
    css = next((a for a in assets if a.endswith(".css")), assets[0])
    status, headers, body = front.get("/assets/" + css, {"Accept-Encoding": "gzip"})
    check(status == 200, "asset: %d" % status)
    check("immutable" in headers.get("cache-control", ""), "asset cache: %r" % headers)
    if headers.get("content-encoding") == "gzip":
        body = gzip.decompress(body)
    with open(os.path.join(out, "assets", css), "rb") as f:
        check(body == f.read(), "asset body differs")

    status, _, _ = front.get("/%2e%2e/%2e%2e/etc/passwd")
    check(status in (400, 404), "traversal through nginx: %d" % status)
    return page


def main():
    with temp_dir() as work:
        site, out = serve_harness.build_sample_site(work)

        # (1) nginx + mwp serve --api-only
        with Server(["--out", out, "--api-only"]) as api, \
                Nginx(work, "mwp.conf", out, api_port=api.port) as front:
            check_static(front, out)
            status, headers, body = front.get("/api/search?q=emotions")
            check(status == 200, "search through nginx: %d %r" % (status, body[:300]))
            result = json.loads(body)
            check(result.get("hits"), "search found nothing: %r" % body[:300])
            check(headers.get("content-type", "").startswith("application/json"), "API type")
            status, _, body = front.get("/api/ask?q=what+is+burnout")
            check(status == 200, "ask through nginx: %d" % status)
            status, _, body = front.get("/search/?q=what+is+burnout")
            check(status == 200 and b'class="search-hit"' in body and b"answer-card" in body,
                  "no-JS search page through nginx: %d %r" % (status, body[:300]))
            status, _, body = front.get("/search/")
            check(status == 200 and b'class="search-hit"' not in body, "static /search/: %d" % status)
            status, _, _ = api.get("/")
            check(status == 404, "the API replica serves pages: %d" % status)
            print("ok: nginx + mwp serve --api-only")

        # (2) static only, search by Pagefind
        result = subprocess.run([MWP, "build", "--site", site, "--out", out, "--pagefind"],
                                capture_output=True, text=True, timeout=600)
        check(result.returncode == 0, "mwp build --pagefind failed:\n" + result.stderr)
        with Nginx(work, "mwp-static.conf", out) as front:
            check_static(front, out)
            status, headers, body = front.get("/pagefind/pagefind.js")
            check(status == 200, "pagefind.js: %d" % status)
            status, _, _ = front.get("/api/search?q=emotions")
            check(status == 404, "static hosting has no API: %d" % status)
            print("ok: nginx static + Pagefind")


if __name__ == "__main__":
    main()
