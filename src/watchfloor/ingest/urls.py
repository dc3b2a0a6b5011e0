"""Reports fetched over HTTP(S), with httpx, without becoming a way into the local network.

A URL handed to a server-side tool is a classic server-side request forgery vector: a
link to ``http://169.254.169.254/`` (cloud metadata), ``http://localhost:5432`` or an
intranet host. So, unless the caller passes ``allow_private``:

* only ``http`` and ``https`` are followed;
* the host is resolved and *every* address it resolves to must be global (not private,
  loopback, link-local, shared, reserved, multicast or unspecified), checked again for
  every redirect hop (at most five, followed by hand rather than by httpx);
* the address actually connected to is checked too (``server_addr`` of the connection),
  which defeats a DNS answer that changes between the check and the connection;
* proxies from the environment are ignored, so the check is about the real peer.

Time and size are bounded: connect and read timeouts, an overall deadline, and the body
is streamed and abandoned as soon as it passes ``max_bytes`` (counted after content
decoding, so a gzip bomb stops at the limit too).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx

from watchfloor.errors import W104, W110, W111, W112, Rejected, WatchfloorError
from watchfloor.ingest.draft import Draft, Options
from watchfloor.ingest.files import read_bytes
from watchfloor.ingest.guards import parse_content_type
from watchfloor.ingest.warc import FEED_TYPES, HTML_TYPES

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SCHEMES = frozenset({"http", "https"})
MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEADLINE_SECONDS = 30.0
USER_AGENT = "watchfloor/0.1 (report reader)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_MEDIA_KINDS: dict[str, str] = {
    "text/plain": "text",
    "text/markdown": "text",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body with the URL it finally came from and its declared type."""

    url: str
    media: str
    charset: str | None
    data: bytes


def address_refused(ip: IPAddress) -> bool:
    """Whether an address is off limits by default: anything not globally routable."""
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    return not ip.is_global or ip.is_multicast or ip.is_unspecified


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = 10_000_000,
    timeout: httpx.Timeout | float = TIMEOUT,
    deadline: float = DEADLINE_SECONDS,
    is_allowed: Callable[[IPAddress], bool] | None = None,
) -> Fetched:
    """GET ``url`` under the rules of the module docstring.

    Args:
        url: an ``http`` or ``https`` URL.
        allow_private: permit private, loopback and link-local addresses (a lab, a test).
        max_bytes: the largest body accepted.
        timeout: httpx timeouts (connect, read); ``deadline`` bounds the whole fetch.
        is_allowed: overrides the address policy (tests use it to allow one address).

    Raises:
        WatchfloorError: W110 refused, W111 failed or timed out, W112 404/410, W104 too large.
    """
    allowed = is_allowed or (lambda ip: allow_private or not address_refused(ip))
    started = time.monotonic()
    try:
        target = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise WatchfloorError(W110, detail=f"invalid URL ({exc})") from None
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, "
               "application/rss+xml, application/atom+xml, text/xml, text/plain;q=0.8, */*;q=0.5"}
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                      headers=headers) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            _check_target(target, allowed)
            try:
                with client.stream("GET", target) as response:
                    _check_peer(response, allowed)
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        target = _next_target(response)
                        continue
                    _check_status(response)
                    data = _read_body(response, max_bytes, started + deadline)
                    media, charset = parse_content_type(response.headers.get("content-type", ""))
                    return Fetched(str(response.url), media, charset, data)
            except httpx.TimeoutException as exc:
                raise WatchfloorError(W111, detail=f"timed out ({type(exc).__name__})") from None
            except httpx.HTTPError as exc:
                raise WatchfloorError(W111, detail=f"{type(exc).__name__}: {exc}") from None
    raise WatchfloorError(W111, detail=f"more than {MAX_REDIRECTS} redirects")


def read_url(url: str, opts: Options, **fetch_options: object) -> Iterator[Draft | Rejected]:
    """Fetch a URL and read it as a page, a feed, text or JSON, by content type or sniffing."""
    fetched = fetch(url, allow_private=opts.allow_private, max_bytes=opts.max_bytes,
                    **fetch_options)  # type: ignore[arg-type]
    if fetched.media in HTML_TYPES:
        kind: str | None = "html"
    elif fetched.media in FEED_TYPES or fetched.media.endswith("+xml"):
        kind = "feed"
    else:
        kind = _MEDIA_KINDS.get(fetched.media)
    yield from read_bytes(fetched.data, kind, url, opts, fallback_id=fetched.url, single=True,
                          url=fetched.url, charset=fetched.charset)


def _check_target(target: httpx.URL, allowed: Callable[[IPAddress], bool]) -> None:
    """Refuse a URL by scheme, or by any address its host resolves to."""
    if target.scheme not in SCHEMES:
        raise WatchfloorError(W110, detail=f"scheme '{target.scheme}' is not http or https")
    host = target.host
    if not host:
        raise WatchfloorError(W110, detail="no host in the URL")
    port = target.port or (443 if target.scheme == "https" else 80)
    for ip in _resolve(host, port):
        if not allowed(ip):
            raise WatchfloorError(W110, detail=f"host '{host}' is a non-public address ({ip})")


def _resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise WatchfloorError(W111, detail=f"cannot resolve host '{host}' ({exc})") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def _check_peer(response: httpx.Response, allowed: Callable[[IPAddress], bool]) -> None:
    """Refuse the response when the address actually connected to is not allowed."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return
    try:
        ip = ipaddress.ip_address(str(peer[0]).split("%", 1)[0])
    except ValueError:
        return
    if not allowed(ip):
        raise WatchfloorError(W110, detail=f"connected to a non-public address ({ip})")


def _next_target(response: httpx.Response) -> httpx.URL:
    try:
        return response.url.join(response.headers["location"])
    except (httpx.InvalidURL, ValueError) as exc:
        raise WatchfloorError(W110, detail=f"invalid redirect ({exc})") from None


def _check_status(response: httpx.Response) -> None:
    status = response.status_code
    if status in (404, 410):
        raise WatchfloorError(W112, detail=f"HTTP {status}")
    if status >= 300:
        raise WatchfloorError(W111, detail=f"HTTP {status} {response.reason_phrase}".strip())


def _read_body(response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    """Stream the body, stopping past ``max_bytes`` or the deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise WatchfloorError(W104, size=f"{int(declared):,} bytes", limit=f"{max_bytes:,}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes(65_536):
        size += len(chunk)
        if size > max_bytes:
            raise WatchfloorError(W104, size=f"more than {max_bytes:,} bytes",
                                  limit=f"{max_bytes:,}")
        if time.monotonic() > deadline:
            raise WatchfloorError(W111, detail="timed out (overall deadline)")
        chunks.append(chunk)
    return b"".join(chunks)
