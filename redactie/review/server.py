"""The local web server of the review screen.

It listens on 127.0.0.1 only and every URL starts with a random token
(``http://127.0.0.1:PORT/TOKEN/``): the pages, images and JSON hold personal
data, and another local user or a web page in the reviewer's browser must not
be able to read them or save decisions.  Requests whose ``Host`` is not the
loopback address are refused as well (DNS rebinding), and so are POSTs from
another origin.

Routes, all under ``/TOKEN/``:

* ``GET  /``                  the page (``static/index.html``)
* ``GET  /static/NAME``       its script and style sheet
* ``GET  /api/document``      pages (size, text), entity types, findings with boxes
* ``GET  /page/N.png?dpi=D``  page N rendered by PyMuPDF
* ``POST /api/span``          check a selected span: its text and boxes
* ``POST /api/save``          validate all decisions and write the review file
  (with the ``version`` the page read: another tab's save in between is a 409)

A dossier (``redactie review DIR``) serves :class:`DossierSession` instead:

* ``GET  /``                  the dossier page (``static/dossier.html``)
* ``GET  /api/dossier``       documents, persons, the queue, progress, grounds
* ``POST /api/person``        one decision for every mention of a person
* ``/doc/N/...``              the routes above for document N of the dossier

Errors are JSON ``{"error": "<Dutch message>"}`` with status 400, 403, 404,
405, 409 or 413.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
import threading
import webbrowser
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from redactie.errors import ExitCode, RedactieError
from redactie.review.dossier import DossierSession
from redactie.review.session import DEFAULT_DPI, ConflictError, ReviewSession, ValidationError

log = logging.getLogger("redactie.review")

HOST = "127.0.0.1"
STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_FILES: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "common.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
    "dossier.html": "text/html; charset=utf-8",
    "dossier.js": "text/javascript; charset=utf-8",
}
MAX_BODY = 8 * 1024 * 1024

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


class ReviewServerError(RedactieError):
    """The server cannot start (for instance: the port is in use)."""

    exit_code = ExitCode.BAD_ARGS


class ReviewServer(ThreadingHTTPServer):
    """An HTTP server for one :class:`ReviewSession` or a :class:`DossierSession`, on 127.0.0.1."""

    daemon_threads = True
    allow_reuse_address = False

    def __init__(
        self, session: ReviewSession | DossierSession, port: int = 0, token: str | None = None
    ) -> None:
        self.session = session
        self.token = token or secrets.token_urlsafe(24)
        super().__init__((HOST, port), ReviewHandler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/{self.token}/"

    def allowed_hosts(self) -> set[str]:
        return {f"{HOST}:{self.port}", f"localhost:{self.port}"}


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "redactie-review"
    sys_version = ""

    # --- plumbing -------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        # The token is a secret: never write it to the log.
        log.debug("%s", (format % args).replace(self.server.token, "<sleutel>"))

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        line = self.requestline.replace(self.server.token, "<sleutel>")
        if isinstance(code, HTTPStatus):
            code = code.value
        level = logging.WARNING if str(code)[:1] in ("4", "5") else logging.DEBUG
        log.log(level, "%s -> %s", line, code)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, data: object) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": message})

    def _route(self) -> tuple[str, dict[str, list[str]]] | None:
        """The path after the token, or None when the request was refused (and answered)."""
        host = self.headers.get("Host", "")
        if host not in self.server.allowed_hosts():
            self._error(403, "toegang geweigerd: onbekende host")
            return None
        parts = urlsplit(self.path)
        path = parts.path
        segments = path.split("/", 2)  # "", token, rest
        given = segments[1] if len(segments) > 1 else ""
        if not secrets.compare_digest(given.encode(), self.server.token.encode()):
            self._error(403, "toegang geweigerd: de sleutel in de URL ontbreekt of klopt niet")
            return None
        if len(segments) == 2:  # "/TOKEN" without the slash: the page lives at "/TOKEN/"
            self.send_response(301)
            self.send_header("Location", f"/{self.server.token}/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return "/" + segments[2], parse_qs(parts.query)

    # --- methods ----------------------------------------------------------------

    def do_GET(self) -> None:
        routed = self._route()
        if routed is None:
            return
        path, query = routed
        try:
            session, path = self._session(path)
            if isinstance(session, DossierSession):
                if path in ("/", "/index.html"):
                    self._static("dossier.html")
                elif path.startswith("/static/"):
                    self._static(path.removeprefix("/static/"))
                elif path == "/api/dossier":
                    self._json(200, session.state())
                else:
                    self._error(404, "niet gevonden")
            elif path in ("/", "/index.html"):
                self._static("index.html")
            elif path.startswith("/static/"):
                self._static(path.removeprefix("/static/"))
            elif path == "/api/document":
                state = session.state()
                state["in_dossier"] = session is not self.server.session
                self._json(200, state)
            elif path.startswith("/page/") and path.endswith(".png"):
                number = path.removeprefix("/page/").removesuffix(".png")
                if not number.isdigit():
                    self._error(404, "pagina niet gevonden")
                    return
                try:
                    dpi = int(query.get("dpi", [str(DEFAULT_DPI)])[0])
                except ValueError:
                    dpi = DEFAULT_DPI
                self._send(200, session.page_png(int(number), dpi), "image/png")
            else:
                self._error(404, "niet gevonden")
        except ValidationError as exc:
            self._error(404, exc.message)
        except RedactieError as exc:
            log.error("%s", exc)
            self._error(500, exc.message)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        routed = self._route()
        if routed is None:
            return
        path, _query = routed
        origin = self.headers.get("Origin")
        if origin is not None and origin not in {
            f"http://{h}" for h in self.server.allowed_hosts()
        }:
            self._error(403, "toegang geweigerd: verzoek van een andere herkomst")
            return
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            self._error(400, "verwacht JSON (Content-Type: application/json)")
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._error(411, "de lengte van het verzoek ontbreekt")
            return
        if length < 0 or length > MAX_BODY:
            self._error(413, "het verzoek is te groot")
            return
        try:
            payload = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._error(400, "het verzoek is geen geldige JSON")
            return
        try:
            session, path = self._session(path)
            if isinstance(session, DossierSession):
                if path == "/api/person":
                    self._json(200, session.decide_person(payload))
                else:
                    self._error(404, "niet gevonden")
            elif path == "/api/span":
                self._json(200, session.span(payload))
            elif path == "/api/save":
                state = session.save(payload)
                state["in_dossier"] = session is not self.server.session
                self._json(200, state)
            else:
                self._error(404, "niet gevonden")
        except ConflictError as exc:
            self._error(409, exc.message)
        except ValidationError as exc:
            self._error(400, exc.message)
        except OSError as exc:
            log.error("opslaan mislukt: %s", exc.strerror)
            self._error(500, f"het reviewbestand kan niet worden geschreven ({exc.strerror})")

    def _session(self, path: str) -> tuple[ReviewSession | DossierSession, str]:
        """The session a path is for, and the path within it (``/doc/N/...`` in a dossier)."""
        top = self.server.session
        if isinstance(top, DossierSession) and path.startswith("/doc/"):
            number, _, rest = path.removeprefix("/doc/").partition("/")
            if not number.isdigit():
                raise ValidationError("document niet gevonden")
            return top.session(int(number)), "/" + rest
        return top, path

    def _method_not_allowed(self) -> None:
        if self._route() is not None:
            self._error(405, "methode niet toegestaan")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _method_not_allowed

    def _static(self, name: str) -> None:
        ctype = STATIC_FILES.get(name)
        if ctype is None:
            self._error(404, "niet gevonden")
            return
        self._send(200, (STATIC_DIR / name).read_bytes(), ctype)


@contextmanager
def running(server: ReviewServer) -> Iterator[ReviewServer]:
    """Serve in a background thread for the duration of the block (tests, embedding)."""
    thread = threading.Thread(target=server.serve_forever, name="redactie-review", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _open_browser(url: str) -> None:
    """Open the URL in the desktop browser; never a text browser in this terminal."""
    graphical = sys.platform in ("darwin", "win32") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if not graphical:
        log.info("geen grafische omgeving gevonden: open de URL hierboven zelf in een browser")
        return
    try:
        if not webbrowser.open(url):
            log.info("de browser kon niet worden gestart: open de URL hierboven zelf")
    except webbrowser.Error:
        log.info("de browser kon niet worden gestart: open de URL hierboven zelf")


def serve(
    source: Path,
    review_file: Path | None = None,
    *,
    port: int = 0,
    open_browser: bool = True,
    sources: Sequence[Path] = (),
) -> int:
    """Start the review screen; blocks until Ctrl+C. Returns exit code 0.

    ``source`` is a PDF with its ``review_file``, or the folder of a ``scan``
    or ``run`` output: then every review file in it opens in one dossier
    screen, each with its PDF found by hash in ``sources`` (default: the folder).

    Raises :class:`~redactie.errors.InputFileError` for a PDF that cannot be
    read, :class:`~redactie.errors.ReviewFileError` for a review file that is
    invalid or belongs to another document.
    """
    if not 0 <= port <= 65535:
        raise ReviewServerError(f"ongeldige poort: {port}")
    session: ReviewSession | DossierSession
    if source.is_dir():
        session = DossierSession.open(source, sources)
        what = f"dossier {source.name} ({len(session.sessions)} documenten)"
    else:
        if review_file is None:
            raise ReviewServerError("geef het reviewbestand op met --review")
        session = ReviewSession(source, review_file)
        what = f"{source.name} ({session.finding_count} bevindingen)"
    try:
        server = ReviewServer(session, port)
    except OSError as exc:
        session.close()
        raise ReviewServerError(
            f"kan niet luisteren op {HOST}:{port} ({exc.strerror}); "
            "kies een andere poort met --port, of --port 0 voor een vrije"
        ) from exc
    sys.stdout.write(server.url + "\n")
    sys.stdout.flush()
    log.info("beoordelingsscherm voor %s gestart; stoppen met Ctrl+C", what)
    if open_browser:
        _open_browser(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("beoordelingsscherm gestopt")
    finally:
        server.server_close()
        session.close()
    return int(ExitCode.OK)
