"""The hub's refusals: one family, one way to answer them.

A route or a service raises a HubError (or one of its kinds below) with the sentence a clerk or
an integrator reads; `render` (installed once by app.create_app) turns it into the answer,
{"detail": "..."} with the status, byte for byte what FastAPI's HTTPException gave before. No
route translates exceptions itself.

`code` is a short stable word for programs and logs ("not_found", "conflict", ...); the body does
not carry it (the answers are the wire contract and stay as they were), but `render` leaves it on
`request.state.error_code` so a request-log middleware can record it.

The words: a refusal a clerk can meet at the till is a `Message` (`msg("hub", ...)`), answered in
the language the request asks for with the standard `Accept-Language` header (the station sends
its screens' language); without the header, or in a language storedesk does not have, the answer
is English, exactly as before (integrators read it). `detail` is always the English text (logs,
the CLI, tests); `text` the Message. Quantities (`Decimal`) and amounts (`Amount`) in a refusal
are written the language's way ("0,5", "12,50 €") in a translated answer and as before in English.

Event rejections are not HubErrors: one bad event of a batch is answered "rejected" with its
reason (validation.Invalid) while the rest of the batch is applied; see ingest.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from babel.numbers import format_currency
from starlette.requests import Request
from starlette.responses import JSONResponse

from ..domain.money import exponent
from ..i18n import Message, known_language, translator
from ..i18n.formats import fmt_number


class HubError(Exception):
    """A request the hub refuses: HTTP `status`, a stable `code`, and the `detail` a person reads."""

    def __init__(self, status: int, code: str, detail: str | Message, headers: dict[str, str] | None = None):
        super().__init__(str(detail))
        self.status = status
        self.code = code
        self.detail = str(detail)  # English: logs, the CLI, and the answer when no language is asked
        self.text: str | Message = detail  # what `render` translates
        self.headers = headers


class _Kind(HubError):
    """A HubError whose status and code come with its class: `NotFound("no order 'W1'")`."""

    STATUS: ClassVar[int]
    CODE: ClassVar[str]
    HEADERS: ClassVar[dict[str, str] | None] = None

    def __init__(self, detail: str | Message, code: str | None = None):
        super().__init__(self.STATUS, code or self.CODE, detail, self.HEADERS)


class Unauthorized(_Kind):
    STATUS, CODE, HEADERS = 401, "unauthorized", {"WWW-Authenticate": "Bearer"}


class Forbidden(_Kind):
    STATUS, CODE = 403, "forbidden"


class NotFound(_Kind):
    STATUS, CODE = 404, "not_found"


class Conflict(_Kind):
    STATUS, CODE = 409, "conflict"


class Unprocessable(_Kind):
    STATUS, CODE = 422, "unprocessable"


class Unavailable(_Kind):
    """The database is busy or locked: retry after a moment."""

    STATUS, CODE, HEADERS = 503, "unavailable", {"Retry-After": "2"}


@dataclass(frozen=True)
class Amount:
    """An amount of money in a refusal: "12.50" in English (as the answers always wrote it), the
    language's own way in a translated answer ("12,50 €")."""

    minor: int
    currency: str

    @property
    def value(self) -> Decimal:
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def __format__(self, spec: str) -> str:
        return format(format(self.value, "f"), spec)

    def __str__(self) -> str:
        return format(self)


def asked_language(request: Request) -> str:
    """The language of the `Accept-Language` header's first tag if storedesk has it, else English
    ("fr-FR,fr;q=0.9" -> "fr"; "*", "ja" or no header -> "en")."""
    first = request.headers.get("accept-language", "").split(",")[0].split(";")[0].strip()
    return known_language(first) or "en"


def _localized(value: Any, language: str) -> Any:
    """A value of a refusal written for `language`: numbers and money its way, a Message translated."""
    if isinstance(value, Message):
        return translator(language).text(
            Message(value.context, value.source, value.n, {k: _localized(v, language) for k, v in value.params.items()})
        )
    if isinstance(value, Amount):
        return format_currency(value.value, value.currency, locale=language)
    if isinstance(value, Decimal):
        return fmt_number(value, locale=language)
    return value


def words(exc: HubError, language: str) -> str:
    """The refusal's sentence in `language`; English is `detail` itself, byte for byte."""
    if language == "en" or isinstance(exc.text, str):
        return exc.detail
    return _localized(exc.text, language)


def render(request: Request, exc: Exception) -> JSONResponse:
    """The one exception handler of the family (app.create_app installs it for HubError)."""
    assert isinstance(exc, HubError)
    request.state.error_code = exc.code
    detail = words(exc, asked_language(request))
    return JSONResponse({"detail": detail}, status_code=exc.status, headers=exc.headers)
