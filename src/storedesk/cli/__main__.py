"""`python -m storedesk.cli`: the same as the `storedesk` command."""

from . import main

raise SystemExit(main())
