"""Search over HTTP, on the built sample site: /api/search, /api/ask and the
server-rendered /search/?q= page (the no-JavaScript path).

Table-driven: each bad input gets a valid JSON answer (200 with results or
none, or 400 with a message), never a crash or a 500; the page answers the same
inputs with HTML that never echoes markup unescaped. Then the index is taken
away: both say "search index missing: run mwp build" with a 503."""
import json
import os
import shutil
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
from serve_harness import Server, build_sample_site, check, temp_dir  # noqa: E402

PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'

# (name, raw query string after "?", expected status, what the JSON must say)
BAD_INPUT = [
    ("empty query", "q=", 200, lambda b: b["total"] == 0 and b["hits"] == []),
    ("2 kB query", "q=" + "emotion%20" * 256, 400, lambda b: "too long" in b["error"]),
    # Over the 8 kB request line: refused before routing, still with JSON.
    ("10 kB query", "q=" + "emotion+" * 1280, 414, lambda b: "1000 bytes" in b["error"]),
    ("unbalanced quote", "q=%22burnout", 200, lambda b: b["total"] > 0),
    ("unbalanced bracket", "q=(burnout", 200, lambda b: b["total"] > 0),
    ("boolean operators", "q=burnout%20AND%20NOT%20stress%20OR", 200, lambda b: "hits" in b),
    ("non-Latin script", "q=%E6%83%85%E7%BB%AA%20%D0%BB%D1%8E%D0%B1%D0%BE%D0%B2%D1%8C", 200,
     lambda b: b["total"] == 0),
    ("invalid UTF-8", "q=burn%FFout", 400, lambda b: "UTF-8" in b["error"]),
    ("unknown category", "q=burnout&category=no/such/topic", 400,
     lambda b: "category" in b["error"]),
    ("page=-1", "q=burnout&page=-1", 400, lambda b: "page" in b["error"]),
    ("page=99999", "q=burnout&page=99999", 200, lambda b: b["hits"] == []),
    ("HTML payload", "q=" + urllib.parse.quote(PAYLOAD), 200, lambda b: b["query"] == PAYLOAD),
]


def get_json(server, path):
    status, headers, body = server.get(path)
    check(headers.get("content-type", "").startswith("application/json"),
          "%s: not JSON (%s)" % (path[:80], headers.get("content-type")))
    return status, json.loads(body)


def api_table(server):
    for name, query, status, expect in BAD_INPUT:
        got, body = get_json(server, "/api/search?" + query)
        check(got == status, "api %s: status %d, expected %d: %s" % (name, got, status, body))
        check(expect(body), "api %s: unexpected body %s" % (name, json.dumps(body)[:300]))
        if status == 414:
            continue
        got, body = get_json(server, "/api/ask?" + query)
        check(got in (200, 400), "ask %s: status %d" % (name, got))
        check("answers" in body or "error" in body, "ask %s: %s" % (name, body))
    print("ok   /api/search and /api/ask: %d bad inputs answered in JSON" % len(BAD_INPUT))


def page_table(server):
    for name, query, status, _ in BAD_INPUT:
        if name == "empty query" or status == 414:
            continue  # no q: the static page; 414: not routed
        got, headers, body = server.get("/search/?" + query)
        check(got == status, "page %s: status %d, expected %d" % (name, got, status))
        check(headers.get("content-type", "").startswith("text/html"), "page %s: type" % name)
        html = body.decode("utf-8")
        check("<script>alert" not in html and "<img src=x" not in html,
              "page %s: markup from q reached the page unescaped" % name)
        check(html.count("<script") == html.count("</script>"), "page %s: broken markup" % name)
    print("ok   /search/?q=: the same inputs rendered as safe HTML")


def page_matches_api(server):
    query = urllib.parse.quote("what exactly is burnout")
    _, api = get_json(server, "/api/search?q=" + query)
    _, ask = get_json(server, "/api/ask?q=" + query)
    status, headers, body = server.get("/search/?q=" + query)
    html = body.decode("utf-8")
    check(status == 200, "search page: status %d" % status)
    check(headers.get("cache-control") == "no-cache", "search page: cache-control")
    for hit in api["hits"]:
        check('href="%s"' % hit["url"] in html, "search page lacks hit %s" % hit["url"])
    check(ask["answers"], "no FAQ answer for the burnout question")
    check('class="answer-card"' in html, "search page has no answer card")
    question = ask["answers"][0]["question"].replace("'", "&#39;")
    check(question in html, "answer card lacks %r" % question)
    check("<mark>" in html, "snippets are not highlighted")
    _, corrected = get_json(server, "/api/search?q=burnot")
    _, kept = get_json(server, "/api/search?q=burnot&nocorrect=1")
    check(corrected["corrected"] and not kept["corrected"], "nocorrect=1 is ignored")
    print("ok   /search/?q= shows the API's hits and best answer; nocorrect=1 honoured")


def main():
    with temp_dir() as work:
        _, out = build_sample_site(work)
        with Server(["--no-build", "--out", out]) as server:
            api_table(server)
            page_table(server)
            page_matches_api(server)
        shutil.rmtree(out + ".index")
        with Server(["--no-build", "--out", out]) as server:
            status, body = get_json(server, "/api/search?q=burnout")
            check(status == 503 and body["error"] == "search index missing: run mwp build",
                  "api without index: %d %s" % (status, body))
            status, _, page = server.get("/search/?q=burnout")
            check(status == 200 and b"search-results" in page,
                  "page without index: the static page should be served (%d)" % status)
        print("ok   without an index: 503 \"search index missing: run mwp build\"")


if __name__ == "__main__":
    main()
