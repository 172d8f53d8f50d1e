"""Load: wrk with 64 connections against `mwp serve` (static pages mixed with
/api/search, plus an intended 404), then the same mix against nginx serving
the same files with /api/ proxied to `mwp serve --api-only`. Asserts no socket
errors, no error status but the intended 404s, and a server whose peak memory
stays under PEAK_MIB (a server whose connection threads each map a 2 MiB heap
page of their own goes far past it, and stalls fresh connections); prints
throughput, p99 and peak memory. MWP_LOAD_SECONDS sets the duration
(default 10)."""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import serve_harness  # noqa: E402
from serve_harness import Nginx, Server, check, fail, site_pages, temp_dir  # noqa: E402

SECONDS = int(os.environ.get("MWP_LOAD_SECONDS", "10"))
CONNECTIONS = 64
PEAK_MIB = 256
QUERIES = ["emotions", "burnout", "stress", "attachment", "conflict", "friendship"]


def run_wrk(url, paths_file):
    env = dict(os.environ, MWP_LOAD_PATHS=paths_file)
    script = os.path.join(os.path.dirname(__file__), "load.lua")
    result = subprocess.run(["wrk", "-t2", "-c%d" % CONNECTIONS, "-d%ds" % SECONDS, "--timeout",
                             "5s", "--latency", "-s", script, url],
                            capture_output=True, text=True, env=env, timeout=SECONDS + 60)
    check(result.returncode == 0, "wrk failed: " + result.stderr)
    out = result.stdout
    socket_errors = re.search(r"Socket errors: (.*)", out)
    check(socket_errors is None, "socket errors against %s: %s" % (url, socket_errors and
                                                                    socket_errors.group(1)))
    summary = re.search(r"MWP requests=(\d+) not_found=(\d+) unexpected=(\d+) "
                        r"p50_us=(\d+) p99_us=(\d+)", out)
    check(summary is not None, "no summary from wrk:\n" + out)
    requests, not_found, unexpected, p50, p99 = (int(g) for g in summary.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    non_2xx = int(non_2xx.group(1)) if non_2xx else 0
    check(unexpected == 0, "%d error responses other than 404 from %s" % (unexpected, url))
    check(non_2xx == not_found, "%d non-2xx/3xx but %d intended 404s" % (non_2xx, not_found))
    check(not_found > 0, "the intended 404s were never requested")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return rate, p50 / 1000.0, p99 / 1000.0, requests


def peak_mib(process):
    """The peak resident memory of a running process, in MiB (Linux's VmHWM)."""
    with open("/proc/%d/status" % process.pid) as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    fail("no VmHWM in /proc/%d/status" % process.pid)


def main():
    with temp_dir() as work:
        _, out = serve_harness.build_sample_site(work)
        pages = site_pages(out)
        assets = ["/assets/" + a for a in sorted(os.listdir(os.path.join(out, "assets")))]
        # Seven pages or assets to one search, and one intended 404 per cycle.
        paths = []
        for i, page in enumerate(pages + assets):
            paths.append(page)
            if i % 7 == 6:
                paths.append("/api/search?q=" + QUERIES[(i // 7) % len(QUERIES)])
        paths.append("/this/page/does/not/exist/")
        paths_file = os.path.join(work, "paths.txt")
        with open(paths_file, "w") as f:
            f.write("\n".join(paths) + "\n")
        searches = sum(p.startswith("/api/") for p in paths)
        print("mix: %d paths (%d searches, 1 intended 404), %d connections, %d s" %
              (len(paths), searches, CONNECTIONS, SECONDS))

        with Server(["--out", out, "--no-build"]) as server:
            rate, p50, p99, total = run_wrk(server.url, paths_file)
            peak = peak_mib(server.process)
            print("mwp serve:  %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests)  "
                  "peak %.0f MiB" % (rate, p50, p99, total, peak))
            status, _, _ = server.get("/")
            check(status == 200, "server unhealthy after the load")
            check(peak < PEAK_MIB, "mwp serve peaked at %.0f MiB (limit %d)" % (peak, PEAK_MIB))

        with Server(["--out", out, "--api-only"]) as api, \
                Nginx(work, "mwp.conf", out, api_port=api.port) as front:
            rate, p50, p99, total = run_wrk("http://127.0.0.1:%d/" % front.port, paths_file)
            print("nginx + api: %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests)" %
                  (rate, p50, p99, total))
    print("ok: load")


if __name__ == "__main__":
    main()
