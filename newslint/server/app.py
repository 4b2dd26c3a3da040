"""The routes of ``newslint serve``: LanguageTool's v2 API, newslint's JSON API and the page.

Every route answers; a bad request gets 400 (413 when too large) with a message
that says what to change, and a failure inside the service gets 503, never a
traceback. LanguageTool routes speak plain-text errors as LanguageTool does, the
JSON API speaks ``{"error": ...}``.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from newslint import __version__, selection
from newslint.engine import Linter
from newslint.server import api, languagetool
from newslint.server.checking import ApiJob, LanguageToolJob
from newslint.server.limits import MAX_FIELDS, Limits, RequestError, read_body
from newslint.server.pool import PoolError, WorkerPool

log = logging.getLogger(__name__)

#: Host headers accepted when bound to loopback, so a web page cannot reach the service
#: through a DNS name it controls (DNS rebinding).
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
#: The page and its script ship in the package; the page loads nothing from elsewhere.
STATIC = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/newslint.js": ("newslint.js", "text/javascript; charset=utf-8"),
    "/newslint.css": ("newslint.css", "text/css; charset=utf-8"),
}
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

Handler = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class Settings:
    """How the service was started: limits, the shared token and who may call it."""

    limits: Limits = Limits()
    token: str | None = None
    #: The story date when a request and its front matter give none: a date, "today" or None.
    date: dt.date | str | None = None
    loopback: bool = True
    allow_origins: tuple[str, ...] = ()


def create_app(pool: WorkerPool, linter: Linter, settings: Settings) -> Starlette:
    """Build the application around a started worker pool and the linter it was built from."""
    limits = settings.limits
    rules_body = json.dumps(_rules(linter), ensure_ascii=False).encode("utf-8")
    languages_body = json.dumps(languagetool.languages()).encode("utf-8")
    pages = {
        path: (resources.files("newslint.server").joinpath("static", name).read_bytes(), kind)
        for path, (name, kind) in STATIC.items()
    }

    def story_date() -> dt.date | None:
        # NOTE: "today" is read per request, so a service left running rolls over at midnight.
        return dt.date.today() if settings.date == "today" else settings.date  # type: ignore[return-value]

    async def v2_check(request: Request) -> Response:
        fields = await _fields(request, limits)
        _authorise(request, settings.token, fields.get("apiKey"))
        job = LanguageToolJob(languagetool.parse_check(fields, limits), story_date())
        return await _run(pool, job, plain=True)

    async def v2_languages(request: Request) -> Response:
        _authorise(request, settings.token, request.query_params.get("apiKey"))
        return Response(languages_body, media_type="application/json")

    async def api_check(request: Request) -> Response:
        _authorise(request, settings.token)
        fields = await _fields(request, limits, json_only=True)
        job = ApiJob(api.parse_check(fields, limits, linter.rules), story_date())
        return await _run(pool, job, plain=False)

    async def api_rules(request: Request) -> Response:
        _authorise(request, settings.token)
        return Response(rules_body, media_type="application/json")

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "version": __version__,
                "workers": pool.size,
                "token": settings.token is not None,
                "max_chars": limits.max_chars,
            }
        )

    async def page(request: Request) -> Response:
        body, kind = pages[request.url.path]
        return Response(body, media_type=kind, headers=PAGE_HEADERS)

    routes = [
        Route("/v2/check", _guard(v2_check, plain=True), methods=["GET", "POST"]),
        Route("/v2/languages", _guard(v2_languages, plain=True), methods=["GET"]),
        Route("/api/check", _guard(api_check, plain=False), methods=["POST"]),
        Route("/api/rules", _guard(api_rules, plain=False), methods=["GET"]),
        Route("/health", _guard(health, plain=False), methods=["GET"]),
        *(Route(path, page, methods=["GET"]) for path in STATIC),
    ]
    middleware = []
    if settings.loopback:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_HOSTS))
    if settings.allow_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.allow_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type"],
            )
        )
    return Starlette(routes=routes, middleware=middleware)


def _guard(handler: Handler, plain: bool) -> Handler:
    """Turn every refusal and failure into a clear answer; nothing escapes as a 500."""

    async def guarded(request: Request) -> Response:
        try:
            return await handler(request)
        except RequestError as exc:
            return _error(exc.status, exc.message, plain)
        except PoolError as exc:
            return _error(503, str(exc), plain)
        except ClientDisconnect:
            return _error(400, "the client closed the connection before sending the body", plain)
        except Exception:
            log.exception("unexpected error answering %s", request.url.path)
            return _error(503, "newslint could not answer this request; try again", plain)

    return guarded


def _error(status: int, message: str, plain: bool) -> Response:
    headers = {}
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    if status in (408, 413):  # the body was not read to its end: the connection cannot go on
        headers["Connection"] = "close"
    if plain:  # LanguageTool's own server answers errors as "Error: ..." in plain text
        return PlainTextResponse(f"Error: {message}", status, headers=headers)
    return JSONResponse({"error": message}, status, headers=headers)


async def _run(pool: WorkerPool, job: Any, plain: bool) -> Response:
    status, body = await pool.run(job)
    if status != 200:
        return _error(status, str(body), plain)
    return Response(body, media_type="application/json")


def _authorise(request: Request, token: str | None, api_key: Any = None) -> None:
    """Check the shared token: ``Authorization: Bearer TOKEN``, or LanguageTool's ``apiKey``."""
    if token is None:
        return
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    offered = value.strip() if scheme.lower() == "bearer" else (api_key or "")
    if not isinstance(offered, str) or not hmac.compare_digest(
        offered.encode("utf-8", "replace"), token.encode("utf-8")
    ):
        raise RequestError(
            401, "this server needs its token: send 'Authorization: Bearer TOKEN' (or apiKey)"
        )


async def _fields(request: Request, limits: Limits, json_only: bool = False) -> dict[str, Any]:
    """Read a request's fields: query string, then a form or JSON body (the body wins)."""
    fields: dict[str, Any] = {} if json_only else dict(request.query_params)
    if request.method != "POST":
        return fields
    body = await read_body(request, limits)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json" or json_only:
        if json_only and kind not in ("application/json", ""):
            raise RequestError(415, f"send the draft as application/json, not {kind[:60]}")
        fields.update(_json(body))
    elif kind in ("application/x-www-form-urlencoded", "", "text/plain"):
        fields.update(_form(body))
    else:
        raise RequestError(
            415, f"send application/x-www-form-urlencoded or application/json, not {kind[:60]}"
        )
    if len(fields) > MAX_FIELDS:
        raise RequestError(400, f"more than {MAX_FIELDS} fields in one request")
    return fields


def _form(body: bytes) -> Mapping[str, str]:
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(
            text,
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except UnicodeDecodeError as exc:
        raise RequestError(400, f"the form is not valid UTF-8 (byte {exc.start})") from None
    except ValueError:
        raise RequestError(400, f"more than {MAX_FIELDS} fields in one request") from None
    return dict(pairs)


def _json(body: bytes) -> Mapping[str, Any]:
    try:
        value = json.loads(body)
    except UnicodeDecodeError as exc:
        raise RequestError(400, f"the body is not valid UTF-8 (byte {exc.start})") from None
    except (ValueError, RecursionError) as exc:
        raise RequestError(400, f"the body is not valid JSON: {str(exc)[:120]}") from None
    if not isinstance(value, dict):
        raise RequestError(400, "the body must be a JSON object of fields")
    return value


def _rules(linter: Linter) -> list[dict[str, Any]]:
    active = {rule.code for rule, _ in linter.active("draft.md")}
    return [
        {
            "code": r.code,
            "name": r.name,
            "family": r.family,
            "severity": selection.severity_for(r, linter.config.severity).label,
            "summary": r.summary,
            "url": r.doc_url,
            "enabled": r.code in active,
        }
        for r in sorted(linter.rules, key=lambda r: r.code)
    ]
