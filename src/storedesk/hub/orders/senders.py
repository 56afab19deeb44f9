"""How a notification leaves the hub: the senders `storedesk-hub notify --sender SPEC` can use.

A sender has a `name`, the `mediums` it can carry ("email", "sms") and `send(message)`, which
returns when the message was handed over and raises SendError when it was not: `permanent` when
trying again cannot help (an address the mail server refuses, a 4xx from the webhook), otherwise
deliveries.py tries again later. The message is a dict (deliveries.message_of): the notification
(id, order, kind, medium, recipient, subject, body, created_at) and its order's number and store.

- console: prints it; file:PATH appends JSON lines (labs, tests, a log to feed another tool).
- smtp://HOST:PORT (or smtps:// for TLS from the first byte): real email, plain text with an HTML
  alternative, From the --from address, To the customer's email. STARTTLS with --starttls;
  the login (user and password) from a file or the environment, never the command line, and
  only over TLS unless the server is on this machine. One connection serves a whole run.
- webhook:URL: POSTs the message as JSON (UTF-8, sorted keys) with
  `X-Storedesk-Signature: sha256=<hex HMAC-SHA256 of the raw body with the shared secret>`;
  2xx is delivered; 5xx, 408, 429, a timeout or a connection error is tried again; another 4xx is
  permanent. Plain http only to this machine (the messages carry customers' addresses).
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import os
import smtplib
import ssl
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from ...domain.hub_url import is_loopback_host

BOTH = ("email", "sms")
USER_ENV, PASSWORD_ENV = "STOREDESK_SMTP_USER", "STOREDESK_SMTP_PASSWORD"
SIGNATURE_HEADER = "X-Storedesk-Signature"


class SendError(Exception):
    """The message was not handed over; `permanent`: trying again cannot help."""

    def __init__(self, reason: str, permanent: bool = False):
        super().__init__(reason)
        self.permanent = permanent


class Sender(Protocol):
    name: str

    def send(self, message: dict) -> None: ...


class FileSender:
    mediums = BOTH

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.name = f"file:{self.path}"

    def send(self, message: dict) -> None:
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(message, sort_keys=True, ensure_ascii=False) + "\n")
            f.flush()


class ConsoleSender:
    name = "console"
    mediums = BOTH

    def __init__(self, stream=None):
        self.stream = stream

    def send(self, message: dict) -> None:
        out = self.stream or sys.stdout
        print(f"[{message['medium']} to {message['recipient']}] {message['subject']}\n{message['body']}\n", file=out)


@dataclass(frozen=True)
class SmtpLogin:
    user: str
    password: str


def smtp_login(credentials_file: str | None) -> SmtpLogin | None:
    """The SMTP login: the file's first two lines (user, password), else STOREDESK_SMTP_USER and
    STOREDESK_SMTP_PASSWORD, else None (a relay that needs no login)."""
    if credentials_file:
        lines = Path(credentials_file).read_text(encoding="utf-8").splitlines()
        if len(lines) < 2 or not lines[0].strip() or not lines[1]:
            raise ValueError(f"credentials file {credentials_file}: put the user on line 1 and the password on line 2")
        return SmtpLogin(lines[0].strip(), lines[1])
    user, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV, "")
    if bool(user) != bool(password):
        raise ValueError(f"set both {USER_ENV} and {PASSWORD_ENV}, or neither")
    return SmtpLogin(user, password) if user else None


def html_of(message: dict) -> str:
    """The HTML alternative: the same words (escaped), the subject as the heading."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in message["body"].split("\n") if p.strip())
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{html.escape(message['subject'])}</title></head>"
        f"<body><h1>{html.escape(message['subject'])}</h1>{paragraphs}</body></html>"
    )


def email_of(message: dict, sender: str) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = message["subject"]
    mail["From"] = sender
    mail["To"] = message["recipient"]
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = make_msgid("storedesk")
    mail.set_content(message["body"])
    mail.add_alternative(html_of(message), subtype="html")
    return mail


class SmtpSender:
    """Email through an SMTP server; one connection for a run (close() ends it)."""

    mediums = ("email",)

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        *,
        implicit_tls: bool = False,
        starttls: bool = False,
        login: SmtpLogin | None = None,
        tls: ssl.SSLContext | None = None,
        timeout: float = 30,  # float-ok: a network timeout in seconds
    ):
        if login and not (implicit_tls or starttls or is_loopback_host(host)):
            raise ValueError(
                f"SMTP login to {host} over plain text: add --starttls (or use smtps://), "
                "or use a relay on this machine"
            )
        self.host, self.port, self.sender, self.login = host, port, sender, login
        self.implicit_tls, self.starttls, self.timeout = implicit_tls, starttls, timeout
        self.tls = tls or ssl.create_default_context()
        self.name = f"smtp{'s' if implicit_tls else ''}://{host}:{port}"
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        if self.implicit_tls:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=self.tls)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            smtp.ehlo()
            if self.starttls:
                smtp.starttls(context=self.tls)
                smtp.ehlo()
            if self.login:
                smtp.login(self.login.user, self.login.password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def send(self, message: dict) -> None:
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            self._smtp.send_message(email_of(message, self.sender))
        except smtplib.SMTPRecipientsRefused as exc:
            raise SendError(f"recipient refused: {_smtp_reason(exc)}", permanent=_permanent(exc)) from None
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            self.close()
            raise SendError(
                f"refused: {exc.smtp_code} {_text(exc.smtp_error)}", permanent=exc.smtp_code >= 500
            ) from None
        except (smtplib.SMTPException, OSError) as exc:  # connection, timeout, TLS, login, 4xx
            self.close()
            raise SendError(f"{type(exc).__name__}: {exc}") from None

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _smtp_reason(exc: smtplib.SMTPRecipientsRefused) -> str:
    return "; ".join(f"{who}: {code} {_text(why)}" for who, (code, why) in exc.recipients.items())


def _permanent(exc: smtplib.SMTPRecipientsRefused) -> bool:
    return all(code >= 500 for code, _why in exc.recipients.values())


class WebhookSender:
    """POSTs each message as signed JSON; see the module docstring for what is retried."""

    mediums = BOTH

    def __init__(self, url: str, secret: bytes, timeout: float = 10):  # float-ok: a network timeout in seconds
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"webhook URL {url!r}: use webhook:https://HOST/PATH")
        if parts.scheme == "http" and not is_loopback_host(parts.hostname):
            raise ValueError(f"webhook URL {url}: customers' addresses travel over https only (http to this machine)")
        if not secret:
            raise ValueError("the webhook needs a shared secret: --secret-file FILE")
        self.url, self.secret, self.timeout = url, secret, timeout
        self.name = f"webhook:{url}"

    def send(self, message: dict) -> None:
        body = json.dumps(message, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "User-Agent": "storedesk-hub",
                SIGNATURE_HEADER: signature(self.secret, body),
                "X-Storedesk-Delivery": str(message["id"]),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:  # noqa: S310 (scheme checked)
                answer.read()
        except urllib.error.HTTPError as exc:
            retry = exc.code >= 500 or exc.code in (408, 429)
            raise SendError(f"HTTP {exc.code} {exc.reason}", permanent=not retry) from None
        except (urllib.error.URLError, OSError) as exc:  # refused, unreachable, timed out
            raise SendError(f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}") from None


def signature(secret: bytes, body: bytes) -> str:
    """The X-Storedesk-Signature value: "sha256=" and the hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def read_secret(path: str | None) -> bytes:
    if not path:
        raise ValueError("webhook:URL needs --secret-file FILE (the shared secret, one line)")
    secret = Path(path).read_bytes().strip()
    if not secret:
        raise ValueError(f"secret file {path} is empty")
    return secret


@dataclass(frozen=True)
class SenderOptions:
    """What `notify` was told besides --sender: each sender uses its own."""

    sender_address: str | None = None  # --from
    starttls: bool = False
    credentials_file: str | None = None
    secret_file: str | None = None
    cafile: str | None = None


def sender_from_spec(spec: str, options: SenderOptions | None = None) -> Sender:
    opts = options or SenderOptions()
    if spec == "console":
        return ConsoleSender()
    if spec.startswith("file:") and len(spec) > 5:
        return FileSender(spec[5:])
    if spec.startswith(("smtp://", "smtps://")):
        return _smtp(spec, opts)
    if spec.startswith("webhook:") and len(spec) > 8:
        return WebhookSender(spec[8:], read_secret(opts.secret_file))
    raise ValueError(f"sender {spec!r}: use console, file:PATH, smtp://HOST:PORT or webhook:URL")


def _smtp(spec: str, opts: SenderOptions) -> SmtpSender:
    parts = urlsplit(spec)
    implicit = parts.scheme == "smtps"
    try:
        port = parts.port or (465 if implicit else 25)
    except ValueError:
        raise ValueError(f"sender {spec!r}: the port must be a number") from None
    if not parts.hostname or parts.username or parts.password:
        raise ValueError(
            f"sender {spec!r}: use smtp://HOST:PORT (the login goes in --credentials-file or the environment)"
        )
    if not opts.sender_address:
        raise ValueError("smtp needs --from ADDRESS (who the customers' emails come from)")
    tls = ssl.create_default_context(cafile=opts.cafile) if opts.cafile else None
    return SmtpSender(
        parts.hostname,
        port,
        opts.sender_address,
        implicit_tls=implicit,
        starttls=opts.starttls,
        login=smtp_login(opts.credentials_file),
        tls=tls,
    )
