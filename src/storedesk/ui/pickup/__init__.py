"""The pickup desk (click-and-collect), F3 from the counter: screen.py puts it together from
the queues and their list (queue_list.py), the open order (order_panel.py), the handover's steps
(handover.py) and the dialogs that collect a rejection or a handover (dialogs.py)."""
