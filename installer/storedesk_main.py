"""Entry script of the PyInstaller bundle: the same `storedesk` command as the pip install."""

from storedesk.cli import main

raise SystemExit(main())
