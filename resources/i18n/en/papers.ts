<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>closing</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Base excl. VAT</source>
      <translation>Base excl. VAT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closed at</source>
      <translation>Closed at</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing number</source>
      <translation>Closing number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing of fiscal year {year}</source>
      <translation>Closing of fiscal year {year}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closing of {day}</source>
      <translation>Daily closing of {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closings included</source>
      <translation>Daily closings included</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>First document</source>
      <translation>First document</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Fiscal closing</source>
      <translation>Fiscal closing</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {first_month} to {last_month}</source>
      <translation>From {first_month} to {last_month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {start} to {end}</source>
      <translation>From {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Last document</source>
      <translation>Last document</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closing of {month}</source>
      <translation>Monthly closing of {month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closings included</source>
      <translation>Monthly closings included</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period total incl. VAT</source>
      <translation>Period total incl. VAT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Perpetual grand total</source>
      <translation>Perpetual grand total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Returns</source>
      <translation>Returns</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Sales</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total incl. VAT</source>
      <translation>Total incl. VAT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals</source>
      <translation>Totals</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals by VAT rate (sales minus returns)</source>
      <translation>Totals by VAT rate (sales minus returns)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT number {id}</source>
      <translation>VAT number {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT rate</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>page {number}</source>
      <translation>page {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number}</source>
      <translation>{software} {version} - closing {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number} - signature {fingerprint}</source>
      <translation>{software} {version} - closing {number} - signature {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{store} ({code}) - station {station} - amounts in {currency}</source>
      <translation>{store} ({code}) - station {station} - amounts in {currency}</translation>
    </message>
  </context>
  <context>
    <name>handover</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>CLICK &amp; COLLECT - HANDOVER</source>
      <translation>CLICK &amp; COLLECT - HANDOVER</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handed over</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handover {number}</source>
      <translation>Handover {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Order {number}</source>
      <translation>Order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Received in good order:</source>
      <translation>Received in good order:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Verified by: {how}</source>
      <translation>Verified by: {how}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>damaged</source>
      <translation>damaged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>mismatch</source>
      <translation>mismatch</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>not supplied: {quantity} ({reason})</source>
      <translation>not supplied: {quantity} ({reason})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>out of stock</source>
      <translation>out of stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>{time} · station {station} · {clerk}</source>
      <translation>{time} · station {station} · {clerk}</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>No labels to print.</source>
      <translation>No labels to print.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Price labels</source>
      <translation>Price labels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Shelf labels</source>
      <translation>Shelf labels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day}</source>
      <translation>from {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day} {time}</source>
      <translation>from {day} {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>was {price}</source>
      <translation>was {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per kg</source>
      <translation>{sku} · per kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per litre</source>
      <translation>{sku} · per litre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per metre</source>
      <translation>{sku} · per metre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per piece</source>
      <translation>{sku} · per piece</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per {unit}</source>
      <translation>{sku} · per {unit}</translation>
    </message>
  </context>
  <context>
    <name>notify</name>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it has been shipped.</source>
      <translation>Hello {name}, thank you for your order {number}. We will write to you again when it has been shipped.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it is ready for pickup at {store}.</source>
      <translation>Hello {name}, thank you for your order {number}. We will write to you again when it is ready for pickup at {store}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s).</source>
      <translation>
        <numerusform>Hello {name}, your order {number} has left {store} in %n parcel.</numerusform>
        <numerusform>Hello {name}, your order {number} has left {store} in %n parcels.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s). Tracking: {tracking}.</source>
      <translation>
        <numerusform>Hello {name}, your order {number} has left {store} in %n parcel. Tracking: {tracking}.</numerusform>
        <numerusform>Hello {name}, your order {number} has left {store} in %n parcels. Tracking: {tracking}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is ready at {store}. Show pickup code {code}. We keep it until {until}.</source>
      <translation>Hello {name}, your order {number} is ready at {store}. Show pickup code {code}. We keep it until {until}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is still waiting at {store} until {until}. Pickup code {code}.</source>
      <translation>Hello {name}, your order {number} is still waiting at {store} until {until}. Pickup code {code}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} was not collected in time at {store} and has been cancelled.</source>
      <translation>Hello {name}, your order {number} was not collected in time at {store} and has been cancelled.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} has expired</source>
      <translation>Order {number} has expired</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} is ready for pickup</source>
      <translation>Order {number} is ready for pickup</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Reminder: order {number} is waiting for you</source>
      <translation>Reminder: order {number} is waiting for you</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>We have received your order {number}</source>
      <translation>We have received your order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Your order {number} has been shipped</source>
      <translation>Your order {number} has been shipped</translation>
    </message>
  </context>
  <context>
    <name>pick_list</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n line</numerusform>
        <numerusform>%n lines</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Due {time}</source>
      <translation>Due {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Items: {quantity}</source>
      <translation>Items: {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Ordered {time}</source>
      <translation>Ordered {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Pick list  {number}</source>
      <translation>Pick list  {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked</source>
      <translation>Picked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked by: {name}    Time: {time}    Shelf / bin: {bin}</source>
      <translation>Picked by: {name}    Time: {time}    Shelf / bin: {bin}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Scan each item at the desk (F4 on the Pickup screen). Short or damaged? Reject the line with its reason (F6).</source>
      <translation>Scan each item at the desk (F4 on the Pickup screen). Short or damaged? Reject the line with its reason (F6).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Shelf barcode</source>
      <translation>Shelf barcode</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>page {number}</source>
      <translation>page {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>rej.</source>
      <translation>rej.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>{store} · printed {time}</source>
      <translation>{store} · printed {time}</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Collected</source>
      <translation>Collected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Paid online</source>
      <translation>Paid online</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Partly collected</source>
      <translation>Partly collected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Pickup code</source>
      <translation>Pickup code</translation>
    </message>
  </context>
  <context>
    <name>receipt</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices excl. VAT</source>
      <translation>All prices excl. VAT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices incl. VAT</source>
      <translation>All prices incl. VAT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Approved by {name} (manager)</source>
      <translation>Approved by {name} (manager)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - DUPLICATE</source>
      <translation>COPY - DUPLICATE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Cash rounding</source>
      <translation>Cash rounding</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Changed mind</source>
      <translation>Changed mind</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Clerk {name}</source>
      <translation>Clerk {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Customer signature</source>
      <translation>Customer signature</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>DUPLICATE No. {number}</source>
      <translation>DUPLICATE No. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged (written off)</source>
      <translation>Damaged (written off)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged on arrival</source>
      <translation>Damaged on arrival</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Faulty</source>
      <translation>Faulty</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Gift card</source>
      <translation>Gift card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Gift card {code}</source>
      <translation>Gift card {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Gross</source>
      <translation>Gross</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Items returned</source>
      <translation>Items returned</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Left on the gift card</source>
      <translation>Left on the gift card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Loyalty card {card}</source>
      <translation>Loyalty card {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Net</source>
      <translation>Net</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>No receipt</source>
      <translation>No receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Not as described</source>
      <translation>Not as described</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Nothing to pay out</source>
      <translation>Nothing to pay out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Original receipt</source>
      <translation>Original receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Paid out</source>
      <translation>Paid out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points balance: %n</source>
      <translation>
        <numerusform>Points balance: %n</numerusform>
        <numerusform>Points balance: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points earned: %n</source>
      <translation>
        <numerusform>Points earned: %n</numerusform>
        <numerusform>Points earned: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points given back: %n</source>
      <translation>
        <numerusform>Point given back: %n</numerusform>
        <numerusform>Points given back: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points redeemed: %n</source>
      <translation>
        <numerusform>Points redeemed: %n</numerusform>
        <numerusform>Points redeemed: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points taken back: %n</source>
      <translation>
        <numerusform>Point taken back: %n</numerusform>
        <numerusform>Points taken back: %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Price changed</source>
      <translation>Price changed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Promotion {id}</source>
      <translation>Promotion {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND</source>
      <translation>RETURN / REFUND</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - COPY</source>
      <translation>RETURN / REFUND - COPY</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - DUPLICATE No. {number}</source>
      <translation>RETURN / REFUND - DUPLICATE No. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Rate</source>
      <translation>Rate</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason: {reason}</source>
      <translation>Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Receipt</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/receipt_pdf.py" />
      <source>Receipt (copy)</source>
      <translation>Receipt (copy)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Refunded to</source>
      <translation>Refunded to</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Restock</source>
      <translation>Restock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return no.</source>
      <translation>Return no.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt</source>
      <translation>Return receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt (copy)</source>
      <translation>Return receipt (copy)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>STORE CREDIT VOUCHER</source>
      <translation>STORE CREDIT VOUCHER</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Station {station}</source>
      <translation>Station {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Store credit</source>
      <translation>Store credit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Store credit voucher</source>
      <translation>Store credit voucher</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Subtotal</source>
      <translation>Subtotal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>TOTAL REFUND</source>
      <translation>TOTAL REFUND</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked at sync</source>
      <translation>Taken offline: checked at sync</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked with the central system at sync</source>
      <translation>Taken offline: checked with the central system at sync</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Tax</source>
      <translation>Tax</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Tax refunded (prices incl. VAT)</source>
      <translation>Tax refunded (prices incl. VAT)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>These points are added to your card at the next sync</source>
      <translation>These points are added to your card at the next sync</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To collect at {store} — order {number}</source>
      <translation>To collect at {store} — order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To deliver — order {number}</source>
      <translation>To deliver — order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>To pay</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Unwanted gift</source>
      <translation>Unwanted gift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores</source>
      <translation>Use it like cash at any of our stores</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores. Keep this receipt: the code is the voucher.</source>
      <translation>Use it like cash at any of our stores. Keep this receipt: the code is the voucher.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT ID {tax_id}</source>
      <translation>VAT ID {tax_id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>VAT {code} {rate} on {amount}</source>
      <translation>VAT {code} {rate} on {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Value {amount}</source>
      <translation>Value {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Web order {number}</source>
      <translation>Web order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Wrong size</source>
      <translation>Wrong size</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned · {condition}</source>
      <translation>{quantity} returned · {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned, {condition}</source>
      <translation>{quantity} returned, {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>{quantity} x {price}</source>
      <translation>{quantity} x {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - receipt {number} - signature {fingerprint}</source>
      <translation>{software} {version} - receipt {number} - signature {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{tender} ref {reference}</source>
      <translation>{tender} ref {reference}</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n point(s)</source>
      <translation>
        <numerusform>%n point</numerusform>
        <numerusform>%n points</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n return(s)</source>
      <translation>
        <numerusform>%n return</numerusform>
        <numerusform>%n returns</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n sale</numerusform>
        <numerusform>%n sales</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>(made with no shift open: not in the drawer)</source>
      <translation>(made with no shift open: not in the drawer)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>(no category)</source>
      <translation>(no category)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>* not counted separately: taken as expected (cash expected = float + cash net + paid in - paid out - cash refunds; card expected = card total - card refunds).</source>
      <translation>* not counted separately: taken as expected (cash expected = float + cash net + paid in - paid out - cash refunds; card expected = card total - card refunds).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash refunds outside the shift ({count})</source>
      <translation>+ Cash refunds outside the shift ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash sales (tendered - change)</source>
      <translation>+ Cash sales (tendered - change)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Paid in ({count})</source>
      <translation>+ Paid in ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash refunds (returns)</source>
      <translation>- Cash refunds (returns)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash sales outside the shift ({count})</source>
      <translation>- Cash sales outside the shift ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Paid out ({count})</source>
      <translation>- Paid out ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>= Expected in the drawer</source>
      <translation>= Expected in the drawer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CATEGORY</source>
      <translation>BY CATEGORY</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CLERK</source>
      <translation>BY CLERK</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY HOUR</source>
      <translation>BY HOUR</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Before discounts</source>
      <translation>Before discounts</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Business day</source>
      <translation>Business day</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By category</source>
      <translation>By category</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By clerk</source>
      <translation>By clerk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>CASH DRAWER</source>
      <translation>CASH DRAWER</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY</source>
      <translation>COPY</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - REPRINT</source>
      <translation>COPY - REPRINT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted</source>
      <translation>Cash counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted at closing</source>
      <translation>Cash counted at closing</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash drawer</source>
      <translation>Cash drawer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash rounding</source>
      <translation>Cash rounding</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Checked by: {line}</source>
      <translation>Checked by: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted</source>
      <translation>Counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted by: {line}</source>
      <translation>Counted by: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>DISCOUNTS BY PROMOTION</source>
      <translation>DISCOUNTS BY PROMOTION</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Difference (counted - expected)</source>
      <translation>Difference (counted - expected)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Discounts (%n sale(s))</source>
      <translation>
        <numerusform>Discounts (%n sale)</numerusform>
        <numerusform>Discounts (%n sales)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Discounts by promotion</source>
      <translation>Discounts by promotion</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Expected</source>
      <translation>Expected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Gift cards redeemed (in the payments)</source>
      <translation>Gift cards redeemed (in the payments)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Gross</source>
      <translation>Gross</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Journal no. {number}</source>
      <translation>Journal no. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Last journal entry before this report: no. {number}, hash {hash}</source>
      <translation>Last journal entry before this report: no. {number}, hash {hash}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Net</source>
      <translation>Net</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>No sale</source>
      <translation>No sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>No sales</source>
      <translation>No sales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>None.</source>
      <translation>None.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Note / coin</source>
      <translation>Note / coin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>OUTSIDE THE SHIFT</source>
      <translation>OUTSIDE THE SHIFT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>OVER-RETURNS FLAGGED BY THE HUB ({count}) - check with the manager</source>
      <translation>OVER-RETURNS FLAGGED BY THE HUB ({count}) - check with the manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opening float</source>
      <translation>Opening float</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Opening float (counted)</source>
      <translation>Opening float (counted)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Outside the shift</source>
      <translation>Outside the shift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Outside the shift: {sales} (cash kept {kept}) and {returns} (cash refunded {refunded}) were made while no shift was open, before this shift's float was counted. They are in this report's totals; their cash is not expected in the drawer again.</source>
      <translation>Outside the shift: {sales} (cash kept {kept}) and {returns} (cash refunded {refunded}) were made while no shift was open, before this shift's float was counted. They are in this report's totals; their cash is not expected in the drawer again.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>PAID IN / OUT, NO-SALE (%n no-sale)</source>
      <translation>
        <numerusform>PAID IN / OUT, NO-SALE (%n no-sale)</numerusform>
        <numerusform>PAID IN / OUT, NO-SALE (%n no-sales)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid in</source>
      <translation>Paid in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Paid in, paid out and no-sale ({paid_in} in, {paid_out} out, {no_sale} no-sale)</source>
      <translation>Paid in, paid out and no-sale ({paid_in} in, {paid_out} out, {no_sale} no-sale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid out</source>
      <translation>Paid out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Payments</source>
      <translation>Payments</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Period total</source>
      <translation>Period total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Perpetual grand total</source>
      <translation>Perpetual grand total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Pieces</source>
      <translation>Pieces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points given back by returns</source>
      <translation>Points given back by returns</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points issued: %n sale(s)</source>
      <translation>
        <numerusform>Points issued: %n sale</numerusform>
        <numerusform>Points issued: %n sales</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points redeemed: %n sale(s)</source>
      <translation>
        <numerusform>Points redeemed: %n sale</numerusform>
        <numerusform>Points redeemed: %n sales</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points taken back by returns</source>
      <translation>Points taken back by returns</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Promotion</source>
      <translation>Promotion</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>RESTORED FROM BACKUP WITHOUT THE HUB: DOCUMENTS MISSING ({count})</source>
      <translation>RESTORED FROM BACKUP WITHOUT THE HUB: DOCUMENTS MISSING ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Rate</source>
      <translation>Rate</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Read</source>
      <translation>Read</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Reading: nothing reset</source>
      <translation>Reading: nothing reset</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Receipts</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Refunds by tender: {refunds}</source>
      <translation>Refunds by tender: {refunds}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report (copy)</source>
      <translation>Report (copy)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Returns ({count})</source>
      <translation>Returns ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Returns ({count}), cash refunded</source>
      <translation>Returns ({count}), cash refunded</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>SALES</source>
      <translation>SALES</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales (receipts)</source>
      <translation>Sales (receipts)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Sales ({count}), cash kept</source>
      <translation>Sales ({count}), cash kept</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour</source>
      <translation>Sales by hour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour, {currency} incl. tax (figures on bars: receipts)</source>
      <translation>Sales by hour, {currency} incl. tax (figures on bars: receipts)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales excl. gift cards</source>
      <translation>Sales excl. gift cards</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales incl. tax</source>
      <translation>Sales incl. tax</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Shift {number}</source>
      <translation>Shift {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Station {station}</source>
      <translation>Station {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Store credit</source>
      <translation>Store credit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TAX BY RATE</source>
      <translation>TAX BY RATE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TENDERS (expected / counted / difference)</source>
      <translation>TENDERS (expected / counted / difference)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Taken</source>
      <translation>Taken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax</source>
      <translation>Tax</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax by rate</source>
      <translation>Tax by rate</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tender</source>
      <translation>Tender</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tendered</source>
      <translation>Tendered</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tenders: expected, counted, difference</source>
      <translation>Tenders: expected, counted, difference</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Voided lines ({count}), not charged</source>
      <translation>Voided lines ({count}), not charged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report</source>
      <translation>X report</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report (reading: nothing reset)</source>
      <translation>X report (reading: nothing reset)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Z report no. {number}</source>
      <translation>Z report no. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>difference</source>
      <translation>difference</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>exact</source>
      <translation>exact</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>expected / counted</source>
      <translation>expected / counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>not counted</source>
      <translation>not counted</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which gift cards sold (%n)</source>
      <translation>
        <numerusform>of which gift card sold (%n)</numerusform>
        <numerusform>of which gift cards sold (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which made while no shift was open</source>
      <translation>of which made while no shift was open</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>over by {amount}</source>
      <translation>over by {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>page {number}</source>
      <translation>page {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>paid (in the payments)</source>
      <translation>paid (in the payments)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>short by {amount}</source>
      <translation>short by {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth</source>
      <translation>worth</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth (not paid out)</source>
      <translation>worth (not paid out)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>{first} to {last}</source>
      <translation>{first} to {last}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{hour}h</source>
      <translation>{hour}h</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - Z report {number} - signature {fingerprint}</source>
      <translation>{software} {version} - Z report {number} - signature {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{store} ({code}) - station {station} - shift {shift} - business day {day} - amounts in {currency}</source>
      <translation>{store} ({code}) - station {station} - shift {shift} - business day {day} - amounts in {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{time}  by {name}</source>
      <translation>{time}  by {name}</translation>
    </message>
  </context>
  <context>
    <name>shipping_label</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Deliver to</source>
      <translation>Deliver to</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Order {number}</source>
      <translation>Order {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Parcel {parcel}/{parcels}</source>
      <translation>Parcel {parcel}/{parcels}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Phone {phone}</source>
      <translation>Phone {phone}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Tracking {tracking}</source>
      <translation>Tracking {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Weight {weight} kg</source>
      <translation>Weight {weight} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>{postcode} {city}</source>
      <translation>{postcode} {city}</translation>
    </message>
  </context>
  <context>
    <name>stock_report</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n line</numerusform>
        <numerusform>%n lines</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Advance shipping notice</source>
      <translation>Advance shipping notice</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Checked by: {line}   Signature: {line}</source>
      <translation>Checked by: {line}   Signature: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count variance report {number}</source>
      <translation>Count variance report {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Counted</source>
      <translation>Counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Cycle count, {status}</source>
      <translation>Cycle count, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Delivery</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Expected</source>
      <translation>Expected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Full count, {status}</source>
      <translation>Full count, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Manager approval: {line}   Date: {date}</source>
      <translation>Manager approval: {line}   Date: {date}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Over / short</source>
      <translation>Over / short</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Prepared</source>
      <translation>Prepared</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Products</source>
      <translation>Products</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Receiving report {number}</source>
      <translation>Receiving report {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Transfer from another store</source>
      <translation>Transfer from another store</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Typed in</source>
      <translation>Typed in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Variance</source>
      <translation>Variance</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>approved</source>
      <translation>approved</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>net {net} (over {over}, short {short}) at retail price</source>
      <translation>net {net} (over {over}, short {short}) at retail price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not expected</source>
      <translation>not expected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not yet approved</source>
      <translation>not yet approved</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>on-hand at each product's first counted unit; later sales stay in the ledger</source>
      <translation>on-hand at each product's first counted unit; later sales stay in the ledger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>over</source>
      <translation>over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>page {number}</source>
      <translation>page {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>short</source>
      <translation>short</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{lines}: {expected} as expected, {over} over, {short} short, {unexpected} not on the notice</source>
      <translation>{lines}: {expected} as expected, {over} over, {short} short, {unexpected} not on the notice</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{products} ({varied} with a variance)</source>
      <translation>{products} ({varied} with a variance)</translation>
    </message>
  </context>
</TS>
