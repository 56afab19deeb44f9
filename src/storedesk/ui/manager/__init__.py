"""The Manager screen at the till (issue 15): the station's staff (add, reset a PIN, change a
role, disable, enable, unlock) and what each role may do without a manager's PIN, every change
made by services/staff.py through Ops, as `storedesk user ...` makes it at a terminal."""
