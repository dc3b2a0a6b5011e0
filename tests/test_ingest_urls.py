"""URLs over HTTP: a local server on 127.0.0.1 only; no other address is ever contacted.

Refusals of private and reserved ranges are checked on the address policy itself (a pure
function), and end to end on loopback, which is refused unless ``allow_private``.
"""

from __future__ import annotations

import gzip
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from watchfloor.errors import WatchfloorError
from watchfloor.ingest import Rejected, iter_documents
from watchfloor.ingest.urls import address_refused, fetch
from watchfloor.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


class _Handler(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self._send(302, b"", "text/plain", {"Location": location})

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.hits.append(self.path)
        port = self.server.server_address[1]
        routes = {
            "/page.html": lambda: self._send(200, (FIXTURES / "page.html").read_bytes(),
                                             "text/html; charset=utf-8"),
            "/feed": lambda: self._send(200, (FIXTURES / "feed.rss").read_bytes(),
                                        "application/rss+xml"),
            "/text": lambda: self._send(200, b"The ministry said the crossing reopened.\n",
                                        "text/plain; charset=utf-8"),
            "/redirect": lambda: self._redirect("/page.html"),
            "/loop": lambda: self._redirect("/loop"),
            "/to-file": lambda: self._redirect("file:///etc/hostname"),
            "/to-other": lambda: self._redirect(f"http://127.0.0.2:{port}/page.html"),
            "/gone": lambda: self._send(404, b"no such page", "text/plain"),
            "/broken": lambda: self._send(500, b"oops", "text/plain"),
            "/big": lambda: self._send(200, b"<p>" + b"x" * 50_000 + b"</p>", "text/html"),
            "/bomb": lambda: self._send(200, gzip.compress(b" " * 2_000_000), "text/html",
                                        {"Content-Encoding": "gzip"}),
        }
        if self.path == "/slow":
            time.sleep(2)
            self._send(200, b"late", "text/plain")
        elif self.path == "/unsized":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"The army said so. " * 50)
        else:
            routes.get(self.path, lambda: self._send(404, b"", "text/plain"))()


class _QuietServer(ThreadingHTTPServer):
    """A server whose handler threads may outlive a test: a client that hangs up on "/slow" or
    "/unsized" on purpose (a timeout, a size cap) breaks the handler's pipe, and the default
    handle_error would print that traceback to whatever stderr a later test is capturing."""

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - socketserver's signature
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _one(url: str, **kwargs: object) -> Document | Rejected:
    items = list(iter_documents([url], **kwargs))  # type: ignore[arg-type]
    assert len(items) >= 1
    return items[0]


def test_html_page_over_http(server: str) -> None:
    doc = _one(f"{server}/page.html", allow_private=True)
    assert isinstance(doc, Document)
    assert (doc.publisher, doc.published) == ("Port Gazette", "2024-05-10")
    assert doc.url == "https://gazette.example.org/2024/05/10/warships"


def test_feed_and_text_by_content_type(server: str) -> None:
    feed = list(iter_documents([f"{server}/feed"], allow_private=True))
    assert [d.title for d in feed] == ["Drones downed overnight", "Border barrier extended"]
    text = _one(f"{server}/text", allow_private=True)
    assert isinstance(text, Document)
    assert (text.text, text.url) == ("The ministry said the crossing reopened.\n", f"{server}/text")


def test_redirect_is_followed_and_rechecked(server: str) -> None:
    doc = _one(f"{server}/redirect", allow_private=True)
    assert isinstance(doc, Document) and doc.title == "Navy tracks warships in strait"
    only_first = lambda ip: str(ip) == "127.0.0.1"  # noqa: E731
    with pytest.raises(WatchfloorError) as caught:
        fetch(f"{server}/to-other", is_allowed=only_first)
    assert caught.value.code.code == "W110"
    assert "127.0.0.2" in caught.value.reason


@pytest.mark.parametrize(
    ("path", "code", "words"),
    [("/loop", "W111", "more than 5 redirects"), ("/to-file", "W110", "scheme 'file'"),
     ("/gone", "W112", "HTTP 404"), ("/broken", "W111", "HTTP 500"),
     ("/big", "W104", "50,007 bytes")],
)
def test_url_failures_are_coded(server: str, path: str, code: str, words: str) -> None:
    item = _one(f"{server}{path}", allow_private=True, max_bytes=10_000)
    assert isinstance(item, Rejected)
    assert (item.code, item.origin) == (code, f"{server}{path}")
    assert words in item.reason


def test_body_is_capped_while_streaming(server: str) -> None:
    for path in ("/unsized", "/bomb"):
        item = _one(f"{server}{path}", allow_private=True, max_bytes=100_000)
        assert isinstance(item, Rejected) and item.code == "W104", path
        assert "more than 100,000 bytes" in item.reason


def test_read_timeout(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(WatchfloorError) as caught:
        fetch(f"{server}/slow", allow_private=True, timeout=0.3)
    assert caught.value.code.code == "W111" and "timed out" in caught.value.reason
    assert time.monotonic() - started < 1.5


def test_loopback_is_refused_without_allow_private_and_never_contacted(server: str) -> None:
    before = len(_Handler.hits)
    port = server.rsplit(":", 1)[1]
    for url in (f"{server}/page.html", f"http://localhost:{port}/page.html"):
        item = _one(url)
        assert isinstance(item, Rejected) and item.code == "W110", url
        assert "non-public address" in item.reason
    assert len(_Handler.hits) == before


def test_connected_address_is_checked_after_a_changed_dns_answer(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that resolved to a public address at check time but connects to loopback
    (DNS rebinding) is refused on the address actually connected to, before any body."""
    from watchfloor.ingest import urls

    public = ipaddress.ip_address("8.8.8.8")  # only returned by the fake; never dialled
    monkeypatch.setattr(urls, "_resolve", lambda host, port: [public])
    with pytest.raises(WatchfloorError) as caught:
        fetch(f"{server}/page.html")
    assert caught.value.code.code == "W110"
    assert "connected to a non-public address (127.0.0.1)" in caught.value.reason


def test_closed_port_is_w111_and_the_batch_goes_on(server: str) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    closed = sock.getsockname()[1]
    sock.close()
    items = list(iter_documents([f"http://127.0.0.1:{closed}/x", f"{server}/text"],
                                allow_private=True))
    assert isinstance(items[0], Rejected) and items[0].code == "W111"
    assert isinstance(items[1], Document)


@pytest.mark.parametrize(
    "address",
    ["10.1.2.3", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.169.254", "100.64.0.1",
     "0.0.0.0", "224.0.0.1", "240.0.0.1", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1",
     "::ffff:127.0.0.1", "2001:db8::1"],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert address_refused(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert not address_refused(ipaddress.ip_address(address))
