"""A web server on 127.0.0.1 only, serving pages we wrote, for the tests that save full articles: a news page, a page
in ISO-8859-1, redirect chains, errors, a server that never answers, a 50 MB page, a PDF. It counts connections and
keeps each request's line and headers."""

from __future__ import annotations

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "data" / "offline"
HUGE_BYTES = 50 * 1024 * 1024


class WebServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, tls=None):
        super().__init__(("127.0.0.1", 0), _Handler)
        if tls is not None:  # an ssl.SSLContext: https
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        self.connections = 0
        self.requests: list[tuple[str, dict[str, str]]] = []  # (request line, headers)
        self.huge_bytes_sent = 0
        self.release = threading.Event()  # lets the silent page's handler go when the test ends

    def verify_request(self, request, client_address) -> bool:
        self.connections += 1
        return True

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def paths(self) -> list[str]:
        return [line.split()[1] for line, _ in self.requests]

    def __enter__(self):
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()


def _page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 — the name http.server calls
        self.server.requests.append((self.requestline, dict(self.headers.items())))
        route = self.path.split("?")[0]
        if route.startswith("/loop/"):
            return self._redirect(f"/loop/{int(route.rsplit('/', 1)[1]) + 1}")
        handler = _ROUTES.get(route)
        if handler is None:
            return self._send(404, b"<html><body>not here</body></html>")
        handler(self)

    def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        headers.setdefault("Content_Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, to: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", to)
        self.send_header("Set-Cookie", "session=abc123; Path=/")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _silent(self) -> None:
        self.server.release.wait(timeout=60)  # never answers while the test runs

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no length: only reading tells how big it is
        chunk = b"<p>" + b"space " * 10_000 + b"</p>\n"
        try:
            while self.server.huge_bytes_sent < HUGE_BYTES:
                self.wfile.write(chunk)
                self.server.huge_bytes_sent += len(chunk)
        except OSError:
            pass  # the client stopped reading: as it should

    def log_message(self, *args) -> None:  # quiet in the test output
        pass


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")
PICTURES = b"""<html><head><title>Pictures from orbit</title></head><body><nav>Home</nav><article><h1>Pictures from orbit</h1>
<p>The crew took thousands of pictures of the Earth through the cupola windows during the six months of the mission,
and the best of them were shared the same evening with everyone who followed the flight.</p>
<img src="/img/earth.png" alt="The Earth"> <img src="/img/big.png" alt="A huge picture">
<img src="/img/drawing.svg" alt="A drawing"> <img src="/img/earth.png" alt="The Earth again">
<p>They show storms, cities at night, auroras and the thin blue line of the atmosphere above the horizon.</p>
</article></body></html>"""

_ROUTES = {
    "/pictures": lambda h: h._send(200, PICTURES),
    "/img/earth.png": lambda h: h._send(200, PNG, "image/png"),
    "/img/big.png": lambda h: h._send(200, PNG + b"\x00" * (3 * 1024 * 1024), "image/png"),
    "/img/drawing.svg": lambda h: h._send(200, b"<svg xmlns='http://www.w3.org/2000/svg'><script>x()</script></svg>",
                                          "image/svg+xml"),
    "/news": lambda h: h._send(200, _page("news.html"), Set_Cookie="tracker=1"),
    "/blog": lambda h: h._send(200, _page("blog.html")),
    "/latin1": lambda h: h._send(200, _page("latin1.html"), "text/html; charset=ISO-8859-1"),
    "/latin1-meta": lambda h: h._send(200, _page("latin1.html"), "text/html"),
    "/gzip": lambda h: h._send(200, gzip.compress(_page("news.html")), Content_Encoding="gzip"),
    "/r1": lambda h: h._redirect("/r2"),
    "/r2": lambda h: h._redirect("/r3", 301),
    "/r3": lambda h: h._redirect("/news", 307),
    "/to-file": lambda h: h._redirect("file:///etc/passwd"),
    "/missing": lambda h: h._send(404, b"<html><body><h1>Not found</h1></body></html>"),
    "/broken": lambda h: h._send(500, b"<html><body><h1>Internal error</h1></body></html>"),
    "/silent": _Handler._silent,
    "/huge": _Handler._huge,
    "/huge-declared": lambda h: h._send(200, b"", Content_Length=str(HUGE_BYTES)),
    "/paper.pdf": lambda h: h._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf"),
    "/menu-only": lambda h: h._send(200, b"<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"),
}
