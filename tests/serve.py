"""A plain static server for a built site on 127.0.0.1, shared by the browser and link tests
and by `make lighthouse` (which asks for gzip, as GitHub Pages serves it)."""

from __future__ import annotations

import functools
import gzip
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_LOC = re.compile(r"<loc>([^<]*)</loc>")


def rebase_sitemap(xml: str, base_url: str) -> str:
    """Point every <loc> at base_url instead of the site_url the site was built with.

    Material's instant navigation only intercepts links listed in sitemap.xml, and it adopts the
    page's scheme and host but not its port, so on a test server with a random port every click
    would otherwise be a full page load. The deployed site has a matching site_url.
    """
    locs = _LOC.findall(xml)
    if not locs:
        return xml
    site_url = min(locs, key=len)  # the home page
    return xml.replace(f"<loc>{site_url}", f"<loc>{base_url}")


_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv")


class _Handler(SimpleHTTPRequestHandler):
    base_url = ""
    gzip = False
    protocol_version = "HTTP/1.1"  # keep-alive: HTTP/1.0 makes linkchecker many times slower

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().do_GET()  # the redirect to the folder URL
            path = path / "index.html"
        if not path.is_file():
            return super().do_GET()
        body = path.read_bytes()
        if self.path.split("?")[0] == "/sitemap.xml":
            body = rebase_sitemap(body.decode("utf-8"), self.base_url).encode()
        elif not self.gzip:
            return super().do_GET()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if self.gzip and wants_gzip and path.suffix in _COMPRESSIBLE:
            body = gzip.compress(body, 6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


@contextmanager
def serve(directory: Path, gzip: bool = False) -> Iterator[str]:
    """Serve directory on a free port; yields the base URL, ending in a slash."""
    handler_class = type("Handler", (_Handler,), {"gzip": gzip})
    handler = functools.partial(handler_class, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.handle_error = lambda request, address: None  # clients that hang up early are fine
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    handler_class.base_url = base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
