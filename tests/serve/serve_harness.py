"""Shared helpers for the `mwp serve` integration tests (standard library only).

Each test starts the real binary on a free loopback port against a folder it
builds or writes itself, talks to it over real sockets, and stops it.
"""
import contextlib
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

MWP = os.environ.get("MWP_BINARY", "")
SOURCE_DIR = os.environ.get("MWP_SOURCE_DIR", "")


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write(root, relative, content):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(path, mode) as f:
        f.write(content)


def hand_made_site(root):
    """A small built site: pages, an asset, a 404 page."""
    write(root, "index.html", "<!doctype html><html><body><h1>Home</h1></body></html>")
    write(root, "men-women/emotions/numbness/index.html",
          "<!doctype html><html><body><h1>Numbness</h1></body></html>")
    write(root, "assets/site.css", "body { font-family: serif; }\n" * 40)
    write(root, "404.html", "<!doctype html><html><body><h1>Page not found</h1></body></html>")


class Server:
    """`mwp serve` as a child process; use as a context manager. It rebuilds
    on changes only when `watch` is set."""

    def __init__(self, args, cwd=None, timeout=60, watch=False):
        self.port = free_port()
        command = [MWP, "serve", "--host", "127.0.0.1", "--port", str(self.port)] + args
        if not watch:
            command.append("--no-watch")
        self.log = tempfile.TemporaryFile(mode="w+")
        self.process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE,
                                        stderr=self.log, text=True)
        deadline = time.monotonic() + timeout
        line = ""
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if line.startswith("Serving ") or not line:
                break
        if not line.startswith("Serving "):
            self.stop()
            fail("server did not start: " + self.stderr())
        self.url = line.split()[1]

    def stderr(self):
        self.log.seek(0)
        return self.log.read()

    def signal(self, number):
        self.process.send_signal(number)

    def wait(self, timeout):
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            fail("server did not exit within %s s" % timeout)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def get(self, path, headers=None, method="GET"):
        """Returns (status, headers dict with lower-case names, body bytes)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            connection.putrequest(method, path, skip_accept_encoding=True)
            for name, value in (headers or {}).items():
                connection.putheader(name, value)
            connection.endheaders()
            response = connection.getresponse()
            body = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, body
        finally:
            connection.close()

    def raw(self, request_bytes, timeout=10):
        """Sends bytes exactly as given; returns the whole raw response."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as s:
            s.sendall(request_bytes)
            chunks = []
            with contextlib.suppress(socket.timeout):
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
            return b"".join(chunks)


def status_of(raw_response):
    line = raw_response.split(b"\r\n", 1)[0]
    parts = line.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


@contextlib.contextmanager
def temp_dir():
    path = tempfile.mkdtemp(prefix="mwp-serve-it-")
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def build_sample_site(work):
    """Copies the bundled sample site into `work` and builds it there."""
    site = os.path.join(work, "site")
    shutil.copytree(os.path.join(SOURCE_DIR, "site"), site)
    out = os.path.join(work, "public")
    result = subprocess.run([MWP, "build", "--site", site, "--out", out],
                            capture_output=True, text=True, timeout=300)
    check(result.returncode == 0, "mwp build failed:\n" + result.stderr)
    return site, out


NGINX = os.environ.get("MWP_NGINX", "") or shutil.which("nginx") or "/usr/sbin/nginx"


class Nginx:
    """Debian's nginx in the foreground with a temporary prefix, running one of
    the configs in deploy/nginx/ with only its root, port and upstream changed."""

    def __init__(self, work, config_name, root, api_port=None):
        self.port = free_port()
        self.prefix = os.path.join(work, "nginx-" + config_name.replace(".", "-"))
        os.makedirs(os.path.join(self.prefix, "temp"), exist_ok=True)
        os.chmod(work, 0o755)  # the worker (nobody) must reach the site
        with open(os.path.join(SOURCE_DIR, "deploy", "nginx", config_name)) as f:
            site = f.read()
        site = site.replace("listen 80;", "listen 127.0.0.1:%d;" % self.port)
        site = site.replace("listen [::]:80;", "")
        site = site.replace("root /srv/mwp/public;", "root %s;" % root)
        if api_port is not None:
            site = site.replace("server 127.0.0.1:8081", "server 127.0.0.1:%d" % api_port)
        check("127.0.0.1:%d" % self.port in site, "config has no `listen 80;` to replace")
        with open(os.path.join(self.prefix, "site.conf"), "w") as f:
            f.write(site)
        temp = os.path.join(self.prefix, "temp")
        with open(os.path.join(self.prefix, "nginx.conf"), "w") as f:
            f.write("""
daemon off;
worker_processes auto;
pid %(p)s/nginx.pid;
error_log %(p)s/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    types { text/javascript js mjs; }
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path %(t)s/body;
    proxy_temp_path %(t)s/proxy;
    fastcgi_temp_path %(t)s/fastcgi;
    uwsgi_temp_path %(t)s/uwsgi;
    scgi_temp_path %(t)s/scgi;
    include %(p)s/site.conf;
}
""" % {"p": self.prefix, "t": temp})
        self.process = subprocess.Popen(
            [NGINX, "-p", self.prefix, "-c", os.path.join(self.prefix, "nginx.conf"),
             "-e", os.path.join(self.prefix, "error.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                fail("nginx exited: " + self.process.stderr.read() + self.error_log())
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            time.sleep(0.05)
        self.stop()
        fail("nginx did not start: " + self.error_log())

    def error_log(self):
        path = os.path.join(self.prefix, "error.log")
        return open(path).read() if os.path.exists(path) else ""

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def get(self, path, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            connection.putrequest("GET", path, skip_accept_encoding=True)
            for name, value in (headers or {}).items():
                connection.putheader(name, value)
            connection.endheaders()
            response = connection.getresponse()
            body = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, body
        finally:
            connection.close()


def site_pages(out, limit=None):
    """Site paths of the built pages ("/", "/a/b/"), sorted."""
    pages = []
    for folder, _, files in os.walk(out):
        if "index.html" in files:
            relative = os.path.relpath(folder, out)
            pages.append("/" if relative == "." else "/" + relative.replace(os.sep, "/") + "/")
    pages.sort()
    return pages[:limit] if limit else pages
