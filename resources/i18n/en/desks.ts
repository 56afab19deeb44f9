<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>pickup</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>%n order(s) found — ↑ ↓ to choose, Enter opens</source>
      <translation>
        <numerusform>%n order found — ↑ ↓ to choose, Enter opens</numerusform>
        <numerusform>%n orders found — ↑ ↓ to choose, Enter opens</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;Ship to&lt;/b&gt;&lt;br&gt;{address}</source>
      <translation>&lt;b&gt;Ship to&lt;/b&gt;&lt;br&gt;{address}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;To pay at pickup {amount}&lt;/b&gt;</source>
      <translation>&lt;b&gt;To pay at pickup {amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Cancelled — return to shelf</source>
      <translation>Cancelled — return to shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Checking the order with the hub…</source>
      <translation>Checking the order with the hub…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Choose a reason: O out of stock, D damaged, M mismatch</source>
      <translation>Choose a reason: O out of stock, D damaged, M mismatch</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Collects for</source>
      <translation>Collects for</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Ctrl+1 … Ctrl+6 switch queues; 'To shelf': expired or cancelled orders whose items must go back on the shelf; 'To ship': orders sent to the customer</source>
      <translation>Ctrl+1 … Ctrl+6 switch queues; 'To shelf': expired or cancelled orders whose items must go back on the shelf; 'To ship': orders sent to the customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Driving licence</source>
      <translation>Driving licence</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Due {when}</source>
      <translation>Due {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Every line is picked or rejected already: F9 marks the order ready</source>
      <translation>Every line is picked or rejected already: F9 marks the order ready</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Expired — return to shelf</source>
      <translation>Expired — return to shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>F2 Find: order number, customer name, phone, email — or scan the pickup code / QR</source>
      <translation>F2 Find: order number, customer name, phone, email — or scan the pickup code / QR</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>F4 Scan item: scan each product as you pick it</source>
      <translation>F4 Scan item: scan each product as you pick it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over  (Enter)</source>
      <translation>Hand over  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over {number}</source>
      <translation>Hand over {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Held until {day}</source>
      <translation>Held until {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>ID card</source>
      <translation>ID card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>ID document</source>
      <translation>ID document</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line {line}: {typed} is not a quantity</source>
      <translation>Line {line}: {typed} is not a quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Name on the ID</source>
      <translation>Name on the ID</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>No code: check an ID instead  (F2)</source>
      <translation>No code: check an ID instead  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>No order matches {text}</source>
      <translation>No order matches {text}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>No order open</source>
      <translation>No order open</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Number ends with</source>
      <translation>Number ends with</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order first: pick it from the list or find it (F2)</source>
      <translation>Open an order first: pick it from the list or find it (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order of the 'To shelf' list first (Ctrl+4)</source>
      <translation>Open an order of the 'To shelf' list first (Ctrl+4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Order {number}</source>
      <translation>Order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} ({state}): “{action}” is not possible now</source>
      <translation>Order {number} ({state}): “{action}” is not possible now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} collected</source>
      <translation>Order {number} collected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is cancelled: do not hand it over</source>
      <translation>Order {number} is cancelled: do not hand it over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is cancelled: do not hand it over. F8 returns its items to the shelf</source>
      <translation>Order {number} is cancelled: do not hand it over. F8 returns its items to the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is expired: do not hand it over</source>
      <translation>Order {number} is expired: do not hand it over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is expired: do not hand it over. F8 returns its items to the shelf</source>
      <translation>Order {number} is expired: do not hand it over. F8 returns its items to the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is handed over; its slip was not printed:</source>
      <translation>Order {number} is handed over; its slip was not printed:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} partly collected</source>
      <translation>Order {number} partly collected</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: %n label(s) printed. Stick them on the parcels; F12 ships</source>
      <translation>
        <numerusform>Order {number}: %n label printed. Stick it on the parcel; F12 ships</numerusform>
        <numerusform>Order {number}: %n labels printed. Stick them on the parcels; F12 ships</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: pick list printed ({file}). Scan each item (F4)</source>
      <translation>Order {number}: pick list printed ({file}). Scan each item (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number}: {state}</source>
      <translation>Order {number}: {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered</source>
      <translation>Ordered</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered {when}</source>
      <translation>Ordered {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack  (Enter)</source>
      <translation>Pack  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack order {number}</source>
      <translation>Pack order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Packed</source>
      <translation>Packed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Packed already: correct the parcels and Enter packs it again; the labels print again</source>
      <translation>Packed already: correct the parcels and Enter packs it again; the labels print again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Paid online</source>
      <translation>Paid online</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Paid online {amount}</source>
      <translation>Paid online {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} (kg)</source>
      <translation>Parcel {parcel} (kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} ({weight} kg)</source>
      <translation>Parcel {parcel} ({weight} kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel}: {reason}</source>
      <translation>Parcel {parcel}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg</source>
      <translation>Parcel {parcel}: {weight} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg, {tracking}</source>
      <translation>Parcel {parcel}: {weight} kg, {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcels</source>
      <translation>Parcels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Passport</source>
      <translation>Passport</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Payment cancelled: nothing was handed over</source>
      <translation>Payment cancelled: nothing was handed over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Picked</source>
      <translation>Picked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Pickup</source>
      <translation>Pickup</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Pickup code</source>
      <translation>Pickup code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Quantity not supplied</source>
      <translation>Quantity not supplied</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reason: O out of stock, D damaged, M mismatch — each changes stock differently</source>
      <translation>Reason: O out of stock, D damaged, M mismatch — each changes stock differently</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Reason: {reason}</source>
      <translation>Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject  (Enter)</source>
      <translation>Reject  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject line {line}</source>
      <translation>Reject line {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship  (Enter)</source>
      <translation>Ship  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship order {number}</source>
      <translation>Ship order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Shipped</source>
      <translation>Shipped</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Taken</source>
      <translation>Taken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Takes</source>
      <translation>Takes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>That pickup code does not match this order. Ask again, or check an ID (F2)</source>
      <translation>That pickup code does not match this order. Ask again, or check an ID (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>The ID does not name the customer: fill in who collects for whom</source>
      <translation>The ID does not name the customer: fill in who collects for whom</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>The stock leaves the store when the order is shipped</source>
      <translation>The stock leaves the store when the order is shipped</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>To pay now: the payment follows</source>
      <translation>To pay now: the payment follows</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To shelf</source>
      <translation>To shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To ship</source>
      <translation>To ship</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Type a quantity from 1 to {most}</source>
      <translation>Type a quantity from 1 to {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Weigh each parcel and type its weight in kg</source>
      <translation>Weigh each parcel and type its weight in kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>What the customer takes (change a quantity for a partial handover):</source>
      <translation>What the customer takes (change a quantity for a partial handover):</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>change {amount}</source>
      <translation>change {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>empty when the customer collects</source>
      <translation>empty when the customer collects</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>kg, such as 1.2</source>
      <translation>kg, such as 1.2</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>last 4 characters of the document number</source>
      <translation>last 4 characters of the document number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>pickup code: type it or scan the customer's QR</source>
      <translation>pickup code: type it or scan the customer's QR</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>receipt {receipt}</source>
      <translation>receipt {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>tracking number: type or scan it</source>
      <translation>tracking number: type or scan it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{days} d</source>
      <translation>{days} d</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{hours} h {minutes}</source>
      <translation>{hours} h {minutes}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is cancelled: do not hand it over. F8 returns it to the shelf</source>
      <translation>{number} is cancelled: do not hand it over. F8 returns it to the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is expired: do not hand it over. F8 returns it to the shelf</source>
      <translation>{number} is expired: do not hand it over. F8 returns it to the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is packed: F12 enters the tracking numbers and ships it</source>
      <translation>{number} is packed: F12 enters the tracking numbers and ships it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is ready: F10 hands it over (pickup code or ID)</source>
      <translation>{number} is ready: F10 hands it over (pickup code or ID)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} was not collected in time: F8 returns it to the shelf</source>
      <translation>{number} was not collected in time: F8 returns it to the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: F3 accepts it and prints the pick list</source>
      <translation>{number}: F3 accepts it and prints the pick list</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a line; F11 packs it when done</source>
      <translation>{number}: scan each item (F4); F6 rejects a line; F11 packs it when done</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a short or damaged line; F9 when done</source>
      <translation>{number}: scan each item (F4); F6 rejects a short or damaged line; F9 when done</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: {state}</source>
      <translation>{number}: {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>{problem} Tell the manager.</source>
      <translation>{problem} Tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>{product}  ({sku}) — ordered {ordered}, picked {picked}, left {left}</source>
      <translation>{product}  ({sku}) — ordered {ordered}, picked {picked}, left {left}</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>%n over-return(s) flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)</source>
      <translation>
        <numerusform>%n over-return flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)</numerusform>
        <numerusform>%n over-returns flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>(cash rounding {amount})</source>
      <translation>(cash rounding {amount})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;No receipt.&lt;/b&gt; Refund at the lowest price of the last days, as store credit (F8: cash). A manager approves every no-receipt return.</source>
      <translation>&lt;b&gt;No receipt.&lt;/b&gt; Refund at the lowest price of the last days, as store credit (F8: cash). A manager approves every no-receipt return.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;Receipt {receipt}&lt;/b&gt; · sold {sold} at {where} · total {total} · paid {paid}</source>
      <translation>&lt;b&gt;Receipt {receipt}&lt;/b&gt; · sold {sold} at {where} · total {total} · paid {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>A manager acknowledges an over-return flag</source>
      <translation>A manager acknowledges an over-return flag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Acknowledged</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Already back</source>
      <translation>Already back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>An exchange starts from a receipt: F9 goes back to receipt returns</source>
      <translation>An exchange starts from a receipt: F9 goes back to receipt returns</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Back to card</source>
      <translation>Back to card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Can return</source>
      <translation>Can return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card ref {reference}</source>
      <translation>Card ref {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash from the drawer</source>
      <translation>Cash from the drawer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose again what comes back (↑ ↓ and +)</source>
      <translation>Choose again what comes back (↑ ↓ and +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose what comes back first (↑ ↓ and +)</source>
      <translation>Choose what comes back first (↑ ↓ and +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Close flags</source>
      <translation>Close flags</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Copy of {return_no} printed</source>
      <translation>Copy of {return_no} printed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Damaged</source>
      <translation>Damaged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Everything still returnable is coming back</source>
      <translation>Everything still returnable is coming back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}</source>
      <translation>Exchange done: new sale {receipt}; the returned goods paid {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due}</source>
      <translation>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due} (change {change})</source>
      <translation>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due} (change {change})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, {back} goes back to the customer</source>
      <translation>Exchange done: new sale {receipt}; the returned goods paid {paid}, {back} goes back to the customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Exchange not done: nothing was saved</source>
      <translation>Exchange not done: nothing was saved</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange: the new items cost {total}, {credit} comes back</source>
      <translation>Exchange: the new items cost {total}, {credit} comes back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 closes the flags first</source>
      <translation>F10 closes the flags first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 goes back to the return first</source>
      <translation>F10 goes back to the return first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 shows the flags first</source>
      <translation>F10 shows the flags first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>F12 completes the refund</source>
      <translation>F12 completes the refund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a receipt</source>
      <translation>F3 takes every line of a receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a scanned receipt</source>
      <translation>F3 takes every line of a scanned receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flag on {return_no} acknowledged by {name}</source>
      <translation>Flag on {return_no} acknowledged by {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flagged</source>
      <translation>Flagged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flags</source>
      <translation>Flags</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flags are shown: F10 goes back to the return</source>
      <translation>Flags are shown: F10 goes back to the return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Give in cash</source>
      <translation>Give in cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded</source>
      <translation>Just refunded</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded: give the customer</source>
      <translation>Just refunded: give the customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Looking up receipt {receipt}…</source>
      <translation>Looking up receipt {receipt}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NO RECEIPT — a manager approves</source>
      <translation>NO RECEIPT — a manager approves</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NOT YET</source>
      <translation>NOT YET</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Needs a manager to {what}</source>
      <translation>Needs a manager to {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No flag chosen</source>
      <translation>No flag chosen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No over-return flagged by the hub</source>
      <translation>No over-return flagged by the hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No receipt</source>
      <translation>No receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No receipt: scan each item that comes back. A manager approves; the refund is the lowest recent price.</source>
      <translation>No receipt: scan each item that comes back. A manager approves; the refund is the lowest recent price.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Not refunded: a manager's approval is needed</source>
      <translation>Not refunded: a manager's approval is needed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return yet</source>
      <translation>Nothing chosen to return yet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)</source>
      <translation>Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Nothing to pay out</source>
      <translation>Nothing to pay out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Number + Enter: how many come back · or scan another receipt</source>
      <translation>Number + Enter: how many come back · or scan another receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>OFFLINE — only this station's sales</source>
      <translation>OFFLINE — only this station's sales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>On the voucher</source>
      <translation>On the voucher</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original payments (cash to cash, card to card)</source>
      <translation>Original payments (cash to cash, card to card)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original receipt</source>
      <translation>Original receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Over-returns flagged by the hub</source>
      <translation>Over-returns flagged by the hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Paid</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Press the number of the reason (Esc: cancel)</source>
      <translation>Press the number of the reason (Esc: cancel)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Printing the return receipt…</source>
      <translation>Printing the return receipt…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Reason for the return</source>
      <translation>Reason for the return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: &lt;b&gt;{reason}&lt;/b&gt; (F7)</source>
      <translation>Reason: &lt;b&gt;{reason}&lt;/b&gt; (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: {not_chosen} (F7, or asked at F12)</source>
      <translation>Reason: {not_chosen} (F7, or asked at F12)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Reason: {reason}</source>
      <translation>Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Receipt printed (Ctrl+P reprints)</source>
      <translation>Receipt printed (Ctrl+P reprints)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: choose what comes back (↑ ↓, + or a number, Enter)</source>
      <translation>Receipt {receipt}: choose what comes back (↑ ↓, + or a number, Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: everything on it was already returned</source>
      <translation>Receipt {receipt}: everything on it was already returned</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Refund</source>
      <translation>Refund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to cash</source>
      <translation>Refund to cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to pay out</source>
      <translation>Refund to pay out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to store credit (a voucher)</source>
      <translation>Refund to store credit (a voucher)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to the original payments</source>
      <translation>Refund to the original payments</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to: &lt;b&gt;{where}&lt;/b&gt; (F8)</source>
      <translation>Refund to: &lt;b&gt;{where}&lt;/b&gt; (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: nothing to pay</source>
      <translation>Refund {amount}: nothing to pay</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: {parts}</source>
      <translation>Refund {amount}: {parts}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Restock</source>
      <translation>Restock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return now</source>
      <translation>Return now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount}</source>
      <translation>Return {return_no} done · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount} · offline</source>
      <translation>Return {return_no} done · {amount} · offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not printed: Ctrl+P prints a copy</source>
      <translation>Return {return_no} done. Receipt not printed: Ctrl+P prints a copy</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Return {return_no} done. Receipt not written yet ({reason}); it is written by itself once there is room</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} is saved; its receipt was not printed:</source>
      <translation>Return {return_no} is saved; its receipt was not printed:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Returns</source>
      <translation>Returns</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Returns the hub found over-returned (another station returned the same line while this one was offline). They also show on the Z report.</source>
      <translation>Returns the hub found over-returned (another station returned the same line while this one was offline). They also show on the Z report.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan each item that comes back</source>
      <translation>Scan each item that comes back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan each item that comes back (3*code for three) · a number + Enter sets the quantity</source>
      <translation>Scan each item that comes back (3*code for three) · a number + Enter sets the quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / damaged · F7 reason · F8 store credit / cash · F12 complete</source>
      <translation>Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / damaged · F7 reason · F8 store credit / cash · F12 complete</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the item that comes back first</source>
      <translation>Scan the item that comes back first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the items that come back first</source>
      <translation>Scan the items that come back first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the new items at the counter first (Esc), then Ctrl+R, the receipt, and F6</source>
      <translation>Scan the new items at the counter first (Esc), then Ctrl+R, the receipt, and F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the receipt first</source>
      <translation>Scan the receipt first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. Over-returns flagged by the hub: F10.</source>
      <translation>Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. Over-returns flagged by the hub: F10.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode or type its number, then Enter</source>
      <translation>Scan the receipt's barcode or type its number, then Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Sold</source>
      <translation>Sold</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit</source>
      <translation>Store credit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit voucher</source>
      <translation>Store credit voucher</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Store credit voucher
{code}</source>
      <translation>Store credit voucher
{code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To cash</source>
      <translation>To cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To credit</source>
      <translation>To credit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To original</source>
      <translation>To original</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>What the hub found</source>
      <translation>What the hub found</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Why is it coming back?</source>
      <translation>Why is it coming back?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With a receipt</source>
      <translation>With a receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>With a receipt: scan the receipt's barcode or type its number</source>
      <translation>With a receipt: scan the receipt's barcode or type its number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With receipt</source>
      <translation>With receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Working out the refund…</source>
      <translation>Working out the refund…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>card</source>
      <translation>card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>cash</source>
      <translation>cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the cash</source>
      <translation>give the customer the cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the printed voucher</source>
      <translation>give the customer the printed voucher</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>not chosen yet</source>
      <translation>not chosen yet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund above the refund limit</source>
      <translation>refund above the refund limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>refund cash above the cash refund limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}</source>
      <translation>station {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}, store {store}</source>
      <translation>station {station}, store {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>store credit</source>
      <translation>store credit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>take a return without a receipt</source>
      <translation>take a return without a receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>the card refund goes back to the card</source>
      <translation>the card refund goes back to the card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>voucher {code}</source>
      <translation>voucher {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{first} and {second}</source>
      <translation>{first} and {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{needed}. A manager enters their name and PIN.</source>
      <translation>{needed}. A manager enters their name and PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P prints a copy.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem}. Counts updated; choose again.</source>
      <translation>{problem}. Counts updated; choose again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>{product}  (all returned)</source>
      <translation>{product}  (all returned)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} removed</source>
      <translation>{product} removed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} ×{quantity}</source>
      <translation>{product} ×{quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: back on the shelf</source>
      <translation>{product}: back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: damaged: written off</source>
      <translation>{product}: damaged: written off</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: not returned</source>
      <translation>{product}: not returned</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back</source>
      <translation>{product}: only {quantity} can come back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back — it was already returned in full</source>
      <translation>{product}: only {quantity} can come back — it was already returned in full</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: {quantity} coming back</source>
      <translation>{product}: {quantity} coming back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{return_no} was already acknowledged</source>
      <translation>{return_no} was already acknowledged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return</source>
      <translation>↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete</source>
      <translation>↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return</source>
      <translation>↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return</translation>
    </message>
  </context>
</TS>
