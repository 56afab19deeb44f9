"""`storedesk-hub notify`: one delivery pass of the customer notifications (run it from cron every
minute or few), or the list of those given up (--failed) and a way to try them again
(--retry-failed [ID ...]).

    storedesk-hub notify --sender smtp://mail.example.com:587 --starttls --from shop@example.com \\
        --credentials-file /etc/storedesk/smtp   # user on line 1, password on line 2
    storedesk-hub notify --sender webhook:https://shop.example.com/hooks/storedesk --secret-file FILE

The SMTP login comes from --credentials-file or STOREDESK_SMTP_USER / STOREDESK_SMTP_PASSWORD,
never from the command line (where every user of the machine could read it). Exit 0 when the
pass ran (even when some were put off: they are in the counts and, once given up, in --failed).
"""

from __future__ import annotations

import argparse
import sys

from . import deliveries
from .senders import SenderOptions, sender_from_spec

EXIT_OK = 0


def add_parser(sub, common) -> None:
    s = sub.add_parser(
        "notify",
        parents=[common],
        help="send the pending customer notifications once (retrying those that failed before when due)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument(
        "--sender",
        default="console",
        help="console (default), file:PATH (JSON lines appended), smtp://HOST:PORT, smtps://HOST:PORT or webhook:URL",
    )
    s.add_argument("--limit", type=int, default=1000, help="at most this many in one run (default 1000)")
    s.add_argument("--from", dest="sender_address", metavar="ADDRESS", help="smtp: the From address")
    s.add_argument("--starttls", action="store_true", help="smtp: switch to TLS (STARTTLS) before anything is sent")
    s.add_argument(
        "--credentials-file",
        metavar="FILE",
        help="smtp: the login, user on line 1 and password on line 2 (else $STOREDESK_SMTP_USER/_PASSWORD)",
    )
    s.add_argument("--cafile", metavar="FILE", help="smtp: trust the server certificates signed by this CA (PEM)")
    s.add_argument("--secret-file", metavar="FILE", help="webhook: the shared secret of the signature (one line)")
    s.add_argument(
        "--failed", action="store_true", help=f"list the notifications given up after {deliveries.MAX_TRIES} tries"
    )
    s.add_argument(
        "--retry-failed",
        nargs="*",
        type=int,
        metavar="ID",
        help="make these given-up notifications (or all of them) pending again, then send as usual",
    )


def run(engine, args) -> int:
    if args.failed:
        gone = deliveries.failed(engine)
        for f in gone:
            print(f.line())
        print(f"notify: {len(gone)} given up", file=sys.stderr)
        return EXIT_OK
    if args.retry_failed is not None:
        again = deliveries.retry_failed(engine, args.retry_failed)
        print(f"notify: {again} to try again", file=sys.stderr)
    options = SenderOptions(args.sender_address, args.starttls, args.credentials_file, args.secret_file, args.cafile)
    outcome = deliveries.run(engine, sender_from_spec(args.sender, options), limit=args.limit)
    print(f"notify: {outcome.summary()}", file=sys.stderr)
    return EXIT_OK
