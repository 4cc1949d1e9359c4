"""A misbehaving HTTP proxy on loopback: drops, duplicates and reorders requests.

It sits between the uploader and the real central server. For each request it draws one fault
from a seeded RNG:

- ``drop_request``: close the connection, never forwarding (the centre saw nothing);
- ``drop_response``: forward, then close without answering (the centre stored the batch but
  the station never learns it);
- ``duplicate``: forward twice and answer with the second response;
- ``delay``: hold the request, close the connection, and deliver it later, after a following
  request (a reordered, late copy);
- ``pass``: forward faithfully.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

FAULTS = ("drop_request", "drop_response", "duplicate", "delay", "pass")


class FaultyProxy:
    def __init__(self, upstream: str, rng: random.Random, weights: dict[str, float],
                 script: tuple[str, ...] = ()) -> None:
        self.upstream = upstream
        self.script = list(script)  # faults to play first, in order, then random draws
        self.rng = rng
        self.weights = weights
        self.enabled = True
        self.seen: dict[str, int] = dict.fromkeys(FAULTS, 0)
        self._held: list[tuple[str, str, bytes, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._http = httpx.Client(base_url=upstream, timeout=30)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {"content-type": self.headers.get("Content-Type", "application/json")}
                for name in ("X-SWS-Sync-Protocol",):  # the station's declared protocol
                    if self.headers.get(name) is not None:
                        headers[name] = self.headers[name]
                answer = proxy.forward(self.command, self.path, body, headers)
                if answer is None:
                    self.close_connection = True
                    return
                self.send_response(answer.status_code)
                self.send_header("Content-Type", answer.headers.get("content-type", ""))
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def _draw(self) -> str:
        if not self.enabled:
            return "pass"
        if self.script:
            return self.script.pop(0)
        names = list(self.weights)
        return self.rng.choices(names, weights=[self.weights[n] for n in names])[0]

    def _send(self, method: str, path: str, body: bytes, headers: dict[str, str]
              ) -> httpx.Response | None:
        try:
            return self._http.request(method, path, content=body, headers=headers)
        except httpx.HTTPError:
            return None  # the centre is down (killed): the client sees a dropped connection

    def forward(self, method: str, path: str, body: bytes, headers: dict[str, str]
                ) -> httpx.Response | None:
        with self._lock:
            fault = self._draw()
            self.seen[fault] += 1
            held, self._held = self._held, []
            if fault == "delay":
                self._held.append((method, path, body, headers))
                result = None
            elif fault == "drop_request":
                result = None
            else:
                result = self._send(method, path, body, headers)
                if fault == "duplicate":
                    result = self._send(method, path, body, headers)
                elif fault == "drop_response":
                    result = None
            for late in held:  # the late copies arrive after this request
                self._send(*late)
            return result

    def flush(self) -> None:
        """Deliver any request still held back."""
        with self._lock:
            held, self._held = self._held, []
            for late in held:
                self._send(*late)


@contextmanager
def running(proxy: FaultyProxy) -> Iterator[FaultyProxy]:
    thread = threading.Thread(target=proxy.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.server.shutdown()
        proxy.server.server_close()
        proxy._http.close()
