"""The stations' fiscal records kept at the hub (issue 19): every station's journal mirrored entry
by entry with its signatures (journal.py), its monthly fiscal archives (archives.py), and the
`storedesk-hub fiscal` commands that check a station's chain without the station (verify.py,
cli.py)."""
