<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>closing</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Base excl. VAT</source>
      <translation>Netto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closed at</source>
      <translation>Abgeschlossen am</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing number</source>
      <translation>Abschlussnummer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing of fiscal year {year}</source>
      <translation>Jahresabschluss Geschäftsjahr {year}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closing of {day}</source>
      <translation>Tagesabschluss vom {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closings included</source>
      <translation>Enthaltene Tagesabschlüsse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>First document</source>
      <translation>Erster Beleg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Fiscal closing</source>
      <translation>Steuerabschluss</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {first_month} to {last_month}</source>
      <translation>Von {first_month} bis {last_month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {start} to {end}</source>
      <translation>Von {start} bis {end}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Last document</source>
      <translation>Letzter Beleg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closing of {month}</source>
      <translation>Monatsabschluss {month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closings included</source>
      <translation>Enthaltene Monatsabschlüsse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period total incl. VAT</source>
      <translation>Summe des Zeitraums brutto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Perpetual grand total</source>
      <translation>Fortlaufende Gesamtsumme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Returns</source>
      <translation>Rückgaben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Sales</source>
      <translation>Verkäufe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total incl. VAT</source>
      <translation>Brutto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals</source>
      <translation>Summen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals by VAT rate (sales minus returns)</source>
      <translation>Summen je MwSt.-Satz (Verkäufe minus Rückgaben)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT</source>
      <translation>MwSt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT number {id}</source>
      <translation>USt-IdNr. {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT rate</source>
      <translation>MwSt.-Satz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>page {number}</source>
      <translation>Seite {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number}</source>
      <translation>{software} {version} - Abschluss {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number} - signature {fingerprint}</source>
      <translation>{software} {version} - Abschluss {number} - Signatur {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{store} ({code}) - station {station} - amounts in {currency}</source>
      <translation>{store} ({code}) - Kasse {station} - Beträge in {currency}</translation>
    </message>
  </context>
  <context>
    <name>handover</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>CLICK &amp; COLLECT - HANDOVER</source>
      <translation>CLICK &amp; COLLECT - ÜBERGABE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handed over</source>
      <translation>Übergeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handover {number}</source>
      <translation>Übergabe {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Order {number}</source>
      <translation>Bestellung {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Received in good order:</source>
      <translation>In gutem Zustand erhalten:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Verified by: {how}</source>
      <translation>Geprüft per: {how}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>damaged</source>
      <translation>beschädigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>mismatch</source>
      <translation>falscher Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>not supplied: {quantity} ({reason})</source>
      <translation>nicht geliefert: {quantity} ({reason})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>out of stock</source>
      <translation>nicht vorrätig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>{time} · station {station} · {clerk}</source>
      <translation>{time} · Kasse {station} · {clerk}</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>No labels to print.</source>
      <translation>Keine Etiketten zu drucken.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Price labels</source>
      <translation>Preisetiketten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Shelf labels</source>
      <translation>Regaletiketten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day}</source>
      <translation>ab {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day} {time}</source>
      <translation>ab {day} {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>was {price}</source>
      <translation>statt {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per kg</source>
      <translation>{sku} · pro kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per litre</source>
      <translation>{sku} · pro Liter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per metre</source>
      <translation>{sku} · pro Meter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per piece</source>
      <translation>{sku} · pro Stück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per {unit}</source>
      <translation>{sku} · pro {unit}</translation>
    </message>
  </context>
  <context>
    <name>notify</name>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it has been shipped.</source>
      <translation>Hallo {name}, vielen Dank für Ihre Bestellung {number}. Wir melden uns wieder, sobald sie versandt wurde.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it is ready for pickup at {store}.</source>
      <translation>Hallo {name}, vielen Dank für Ihre Bestellung {number}. Wir melden uns wieder, sobald sie bei {store} zur Abholung bereitliegt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s).</source>
      <translation>
        <numerusform>Hallo {name}, Ihre Bestellung {number} hat {store} in %n Paket verlassen.</numerusform>
        <numerusform>Hallo {name}, Ihre Bestellung {number} hat {store} in %n Paketen verlassen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s). Tracking: {tracking}.</source>
      <translation>
        <numerusform>Hallo {name}, Ihre Bestellung {number} hat {store} in %n Paket verlassen. Sendungsnummer: {tracking}.</numerusform>
        <numerusform>Hallo {name}, Ihre Bestellung {number} hat {store} in %n Paketen verlassen. Sendungsnummer: {tracking}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is ready at {store}. Show pickup code {code}. We keep it until {until}.</source>
      <translation>Hallo {name}, Ihre Bestellung {number} liegt bei {store} für Sie bereit. Zeigen Sie den Abholcode {code}. Wir halten sie bis {until} für Sie bereit.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is still waiting at {store} until {until}. Pickup code {code}.</source>
      <translation>Hallo {name}, Ihre Bestellung {number} wartet noch bis {until} bei {store} auf Sie. Abholcode {code}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} was not collected in time at {store} and has been cancelled.</source>
      <translation>Hallo {name}, Ihre Bestellung {number} wurde nicht rechtzeitig bei {store} abgeholt und wurde storniert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} has expired</source>
      <translation>Bestellung {number} ist abgelaufen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} is ready for pickup</source>
      <translation>Ihre Bestellung {number} ist abholbereit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Reminder: order {number} is waiting for you</source>
      <translation>Erinnerung: Ihre Bestellung {number} wartet auf Sie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>We have received your order {number}</source>
      <translation>Wir haben Ihre Bestellung {number} erhalten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Your order {number} has been shipped</source>
      <translation>Ihre Bestellung {number} wurde versandt</translation>
    </message>
  </context>
  <context>
    <name>pick_list</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n Zeile</numerusform>
        <numerusform>%n Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Due {time}</source>
      <translation>Fällig {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Items: {quantity}</source>
      <translation>Artikel: {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Line</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Ordered {time}</source>
      <translation>Bestellt {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Pick list  {number}</source>
      <translation>Kommissionierliste  {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked</source>
      <translation>Entnommen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked by: {name}    Time: {time}    Shelf / bin: {bin}</source>
      <translation>Kommissioniert von: {name}    Zeit: {time}    Regal / Fach: {bin}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Product</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Qty</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>SKU</source>
      <translation>Art.-Nr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Scan each item at the desk (F4 on the Pickup screen). Short or damaged? Reject the line with its reason (F6).</source>
      <translation>Jeden Artikel an der Theke scannen (F4 im Abholbildschirm). Fehlt oder beschädigt? Zeile mit Grund ablehnen (F6).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Shelf barcode</source>
      <translation>Regal-Barcode</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>page {number}</source>
      <translation>Seite {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>rej.</source>
      <translation>abgel.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>{store} · printed {time}</source>
      <translation>{store} · gedruckt {time}</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Collected</source>
      <translation>Abgeholt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Paid online</source>
      <translation>Online bezahlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Partly collected</source>
      <translation>Teilweise abgeholt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Pickup code</source>
      <translation>Abholcode</translation>
    </message>
  </context>
  <context>
    <name>receipt</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices excl. VAT</source>
      <translation>Alle Preise ohne MwSt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices incl. VAT</source>
      <translation>Alle Preise inkl. MwSt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Approved by {name} (manager)</source>
      <translation>Genehmigt von {name} (Filialleitung)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - DUPLICATE</source>
      <translation>KOPIE - DUPLIKAT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Card</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Cash</source>
      <translation>Bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Cash rounding</source>
      <translation>Rundung bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Change</source>
      <translation>Rückgeld</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Changed mind</source>
      <translation>Nicht mehr gewünscht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Clerk {name}</source>
      <translation>Kassierer {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Customer signature</source>
      <translation>Unterschrift Kunde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>DUPLICATE No. {number}</source>
      <translation>DUPLIKAT Nr. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged (written off)</source>
      <translation>Beschädigt (abgeschrieben)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged on arrival</source>
      <translation>Bei Lieferung beschädigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Discount</source>
      <translation>Rabatt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Faulty</source>
      <translation>Defekt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Gift card</source>
      <translation>Geschenkkarte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Gift card {code}</source>
      <translation>Geschenkkarte {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Gross</source>
      <translation>Brutto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Items returned</source>
      <translation>Zurückgegebene Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Left on the gift card</source>
      <translation>Rest auf der Geschenkkarte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Loyalty card {card}</source>
      <translation>Kundenkarte {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Net</source>
      <translation>Netto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>No receipt</source>
      <translation>Ohne Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Not as described</source>
      <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Nothing to pay out</source>
      <translation>Keine Auszahlung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Original receipt</source>
      <translation>Original-Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Paid out</source>
      <translation>Ausgezahlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Points</source>
      <translation>Punkte</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points balance: %n</source>
      <translation>
        <numerusform>Punktestand: %n</numerusform>
        <numerusform>Punktestand: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points earned: %n</source>
      <translation>
        <numerusform>Gesammelte Punkte: %n</numerusform>
        <numerusform>Gesammelte Punkte: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points given back: %n</source>
      <translation>
        <numerusform>Punkt zurückgebucht: %n</numerusform>
        <numerusform>Punkte zurückgebucht: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points redeemed: %n</source>
      <translation>
        <numerusform>Eingelöste Punkte: %n</numerusform>
        <numerusform>Eingelöste Punkte: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points taken back: %n</source>
      <translation>
        <numerusform>Punkt storniert: %n</numerusform>
        <numerusform>Punkte storniert: %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Price changed</source>
      <translation>Preis geändert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Promotion {id}</source>
      <translation>Aktion {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND</source>
      <translation>RÜCKGABE / ERSTATTUNG</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - COPY</source>
      <translation>RÜCKGABE / ERSTATTUNG - KOPIE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - DUPLICATE No. {number}</source>
      <translation>RÜCKGABE / ERSTATTUNG - DUPLIKAT Nr. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Rate</source>
      <translation>Satz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason: {reason}</source>
      <translation>Grund: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Receipt</source>
      <translation>Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/receipt_pdf.py" />
      <source>Receipt (copy)</source>
      <translation>Bon (Kopie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Refunded to</source>
      <translation>Erstattet per</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Restock</source>
      <translation>Zurück ins Lager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return no.</source>
      <translation>Rückgabe-Nr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt</source>
      <translation>Rückgabebon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt (copy)</source>
      <translation>Rückgabebon (Kopie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>STORE CREDIT VOUCHER</source>
      <translation>GUTSCHEIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Station {station}</source>
      <translation>Kasse {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Store credit</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Store credit voucher</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Subtotal</source>
      <translation>Zwischensumme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>TOTAL</source>
      <translation>SUMME</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>TOTAL REFUND</source>
      <translation>ERSTATTUNG GESAMT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked at sync</source>
      <translation>Offline erfasst: Prüfung bei Sync</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked with the central system at sync</source>
      <translation>Offline erfasst: wird bei der Synchronisierung zentral geprüft</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Tax</source>
      <translation>MwSt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Tax refunded (prices incl. VAT)</source>
      <translation>Erstattete MwSt. (Preise inkl. MwSt.)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>These points are added to your card at the next sync</source>
      <translation>Diese Punkte werden bei der nächsten Synchronisierung gutgeschrieben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To collect at {store} — order {number}</source>
      <translation>Abholung in {store} — Bestellung {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To deliver — order {number}</source>
      <translation>Lieferung — Bestellung {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>To pay</source>
      <translation>Zu zahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Unwanted gift</source>
      <translation>Unerwünschtes Geschenk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores</source>
      <translation>Wie Bargeld in allen Filialen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores. Keep this receipt: the code is the voucher.</source>
      <translation>Gilt wie Bargeld in allen unseren Filialen. Bon aufbewahren: der Code ist der Gutschein.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT</source>
      <translation>MwSt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT ID {tax_id}</source>
      <translation>USt-IdNr. {tax_id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>VAT {code} {rate} on {amount}</source>
      <translation>MwSt. {code} {rate} auf {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Value {amount}</source>
      <translation>Wert {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Web order {number}</source>
      <translation>Online-Bestellung {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Wrong size</source>
      <translation>Falsche Größe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned · {condition}</source>
      <translation>{quantity} zurück · {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned, {condition}</source>
      <translation>{quantity} zurück, {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>{quantity} x {price}</source>
      <translation>{quantity} x {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - receipt {number} - signature {fingerprint}</source>
      <translation>{software} {version} - Bon {number} - Signatur {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{tender} ref {reference}</source>
      <translation>{tender} Ref. {reference}</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n point(s)</source>
      <translation>
        <numerusform>%n Punkt</numerusform>
        <numerusform>%n Punkte</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n return(s)</source>
      <translation>
        <numerusform>%n Rückgabe</numerusform>
        <numerusform>%n Rückgaben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n Verkauf</numerusform>
        <numerusform>%n Verkäufe</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>(made with no shift open: not in the drawer)</source>
      <translation>(ohne offene Schicht: nicht in der Kasse)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>(no category)</source>
      <translation>(ohne Kategorie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>* not counted separately: taken as expected (cash expected = float + cash net + paid in - paid out - cash refunds; card expected = card total - card refunds).</source>
      <translation>* nicht einzeln gezählt: als Soll übernommen (Bar-Soll = Wechselgeld + Bar netto + Einlagen - Entnahmen - Bar-Erstattungen; Karten-Soll = Kartensumme - Karten-Erstattungen).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash refunds outside the shift ({count})</source>
      <translation>+ Bar-Erstattungen außerhalb der Schicht ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash sales (tendered - change)</source>
      <translation>+ Barverkäufe (gegeben - Rückgeld)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Paid in ({count})</source>
      <translation>+ Einlagen ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash refunds (returns)</source>
      <translation>- Bar-Erstattungen (Rückgaben)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash sales outside the shift ({count})</source>
      <translation>- Barverkäufe außerhalb der Schicht ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Paid out ({count})</source>
      <translation>- Entnahmen ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>= Expected in the drawer</source>
      <translation>= Soll in der Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CATEGORY</source>
      <translation>NACH KATEGORIE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CLERK</source>
      <translation>NACH KASSIERER</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY HOUR</source>
      <translation>NACH STUNDE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Before discounts</source>
      <translation>Vor Rabatten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Business day</source>
      <translation>Geschäftstag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By category</source>
      <translation>Nach Kategorie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By clerk</source>
      <translation>Nach Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>CASH DRAWER</source>
      <translation>KASSENLADE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY</source>
      <translation>KOPIE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - REPRINT</source>
      <translation>KOPIE - NACHDRUCK</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Card</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash</source>
      <translation>Bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted</source>
      <translation>Bargeld gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted at closing</source>
      <translation>Bargeld beim Abschluss gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash drawer</source>
      <translation>Kassenlade</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash rounding</source>
      <translation>Rundung bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Change</source>
      <translation>Rückgeld</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Checked by: {line}</source>
      <translation>Geprüft von: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Clerk</source>
      <translation>Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Closed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted</source>
      <translation>Gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted by: {line}</source>
      <translation>Gezählt von: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>DISCOUNTS BY PROMOTION</source>
      <translation>RABATTE NACH AKTION</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Difference</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Difference (counted - expected)</source>
      <translation>Differenz (Ist - Soll)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Discounts (%n sale(s))</source>
      <translation>
        <numerusform>Rabatte (%n Verkauf)</numerusform>
        <numerusform>Rabatte (%n Verkäufe)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Discounts by promotion</source>
      <translation>Rabatte nach Aktion</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Expected</source>
      <translation>Soll</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Gift cards redeemed (in the payments)</source>
      <translation>Eingelöste Geschenkkarten (in den Zahlungen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Gross</source>
      <translation>Brutto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Journal no. {number}</source>
      <translation>Journal-Nr. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Last journal entry before this report: no. {number}, hash {hash}</source>
      <translation>Letzter Journaleintrag vor diesem Bericht: Nr. {number}, Hash {hash}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Lines</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Net</source>
      <translation>Netto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>No sale</source>
      <translation>Kassenöffnung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>No sales</source>
      <translation>Keine Verkäufe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>None.</source>
      <translation>Keine.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Note / coin</source>
      <translation>Schein / Münze</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>OUTSIDE THE SHIFT</source>
      <translation>AUSSERHALB DER SCHICHT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>OVER-RETURNS FLAGGED BY THE HUB ({count}) - check with the manager</source>
      <translation>ÜBERRÜCKGABEN VON DER ZENTRALE GEMELDET ({count}) - mit der Filialleitung klären</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opened</source>
      <translation>Geöffnet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opening float</source>
      <translation>Wechselgeld-Bestand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Opening float (counted)</source>
      <translation>Wechselgeld (gezählt)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Outside the shift</source>
      <translation>Außerhalb der Schicht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Outside the shift: {sales} (cash kept {kept}) and {returns} (cash refunded {refunded}) were made while no shift was open, before this shift's float was counted. They are in this report's totals; their cash is not expected in the drawer again.</source>
      <translation>Außerhalb der Schicht: {sales} (Bar behalten {kept}) und {returns} (Bar erstattet {refunded}) wurden ohne offene Schicht gebucht, bevor das Wechselgeld dieser Schicht gezählt wurde. Sie sind in den Summen dieses Berichts; ihr Bargeld wird nicht noch einmal in der Kasse erwartet.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>PAID IN / OUT, NO-SALE (%n no-sale)</source>
      <translation>
        <numerusform>EINLAGEN / ENTNAHMEN (%n Öffnung)</numerusform>
        <numerusform>EINLAGEN / ENTNAHMEN (%n Öffnungen)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid in</source>
      <translation>Einlage</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Paid in, paid out and no-sale ({paid_in} in, {paid_out} out, {no_sale} no-sale)</source>
      <translation>Einlagen, Entnahmen, Kassenöffnungen (Einlagen: {paid_in}, Entnahmen: {paid_out}, Öffnungen: {no_sale})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid out</source>
      <translation>Entnahme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Payments</source>
      <translation>Zahlungen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Period total</source>
      <translation>Periodensumme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Perpetual grand total</source>
      <translation>Fortlaufende Gesamtsumme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Pieces</source>
      <translation>Stück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points given back by returns</source>
      <translation>Punkte zurück durch Rückgaben</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points issued: %n sale(s)</source>
      <translation>
        <numerusform>Punkte ausgegeben: %n Verkauf</numerusform>
        <numerusform>Punkte ausgegeben: %n Verkäufe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points redeemed: %n sale(s)</source>
      <translation>
        <numerusform>Punkte eingelöst: %n Verkauf</numerusform>
        <numerusform>Punkte eingelöst: %n Verkäufe</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points taken back by returns</source>
      <translation>Punkte storniert durch Rückgaben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Promotion</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Quantity</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>RESTORED FROM BACKUP WITHOUT THE HUB: DOCUMENTS MISSING ({count})</source>
      <translation>OHNE ZENTRALE AUS SICHERUNG WIEDERHERGESTELLT: BELEGE FEHLEN ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Rate</source>
      <translation>Satz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Read</source>
      <translation>Gelesen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Reading: nothing reset</source>
      <translation>Abfrage: nichts zurückgesetzt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Receipts</source>
      <translation>Bons</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Refunds by tender: {refunds}</source>
      <translation>Erstattungen nach Zahlungsart: {refunds}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report (copy)</source>
      <translation>Bericht (Kopie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Returns ({count})</source>
      <translation>Rückgaben ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Returns ({count}), cash refunded</source>
      <translation>Rückgaben ({count}), bar erstattet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>SALES</source>
      <translation>VERKÄUFE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales</source>
      <translation>Verkäufe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales (receipts)</source>
      <translation>Verkäufe (Bons)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Sales ({count}), cash kept</source>
      <translation>Verkäufe ({count}), bar behalten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour</source>
      <translation>Verkäufe nach Stunde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour, {currency} incl. tax (figures on bars: receipts)</source>
      <translation>Verkäufe nach Stunde, {currency} inkl. MwSt. (Zahlen über den Balken: Bons)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales excl. gift cards</source>
      <translation>Umsatz ohne Geschenkkarten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales incl. tax</source>
      <translation>Umsatz inkl. MwSt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Shift {number}</source>
      <translation>Schicht {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Station {station}</source>
      <translation>Kasse {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Store credit</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TAX BY RATE</source>
      <translation>MWST. NACH SATZ</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TENDERS (expected / counted / difference)</source>
      <translation>ZAHLARTEN (Soll / Ist / Differenz)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Taken</source>
      <translation>Vereinnahmt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax</source>
      <translation>MwSt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax by rate</source>
      <translation>MwSt. nach Satz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tender</source>
      <translation>Zahlart</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tendered</source>
      <translation>Gegeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tenders: expected, counted, difference</source>
      <translation>Zahlarten: Soll, Ist, Differenz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Voided lines ({count}), not charged</source>
      <translation>Stornierte Zeilen ({count}), nicht berechnet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>What</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report</source>
      <translation>X-Bericht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report (reading: nothing reset)</source>
      <translation>X-Bericht (Abfrage: nichts zurückgesetzt)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Z report no. {number}</source>
      <translation>Z-Bericht Nr. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>difference</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>exact</source>
      <translation>stimmt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>expected / counted</source>
      <translation>Soll / Ist</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>not counted</source>
      <translation>nicht gezählt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which gift cards sold (%n)</source>
      <translation>
        <numerusform>davon Geschenkkarte verkauft (%n)</numerusform>
        <numerusform>davon Geschenkkarten verkauft (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which made while no shift was open</source>
      <translation>davon ohne offene Schicht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>over by {amount}</source>
      <translation>Überschuss {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>page {number}</source>
      <translation>Seite {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>paid (in the payments)</source>
      <translation>bezahlt (in den Zahlungen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>short by {amount}</source>
      <translation>Fehlbetrag {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth (not paid out)</source>
      <translation>Wert (nicht ausgezahlt)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>{first} to {last}</source>
      <translation>{first} bis {last}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{hour}h</source>
      <translation>{hour} Uhr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - Z report {number} - signature {fingerprint}</source>
      <translation>{software} {version} - Z-Bericht {number} - Signatur {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{store} ({code}) - station {station} - shift {shift} - business day {day} - amounts in {currency}</source>
      <translation>{store} ({code}) - Kasse {station} - Schicht {shift} - Geschäftstag {day} - Beträge in {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{time}  by {name}</source>
      <translation>{time}  von {name}</translation>
    </message>
  </context>
  <context>
    <name>shipping_label</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Deliver to</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>From</source>
      <translation>Absender</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Order {number}</source>
      <translation>Bestellung {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Parcel {parcel}/{parcels}</source>
      <translation>Paket {parcel}/{parcels}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Phone {phone}</source>
      <translation>Tel. {phone}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Tracking {tracking}</source>
      <translation>Sendungsnr. {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Weight {weight} kg</source>
      <translation>Gewicht {weight} kg</translation>
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
        <numerusform>%n Zeile</numerusform>
        <numerusform>%n Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Advance shipping notice</source>
      <translation>Lieferavis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Approved by</source>
      <translation>Genehmigt von</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Checked by: {line}   Signature: {line}</source>
      <translation>Geprüft von: {line}   Unterschrift: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count</source>
      <translation>Inventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count variance report {number}</source>
      <translation>Inventurdifferenzen {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Counted</source>
      <translation>Gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Cycle count, {status}</source>
      <translation>Teilinventur, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Delivery</source>
      <translation>Lieferung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Expected</source>
      <translation>Soll</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Full count, {status}</source>
      <translation>Vollinventur, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Manager approval: {line}   Date: {date}</source>
      <translation>Freigabe Filialleitung: {line}   Datum: {date}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Over / short</source>
      <translation>Mehr / weniger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Prepared</source>
      <translation>Erstellt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Product</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Products</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Received</source>
      <translation>Erhalten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Receiving report {number}</source>
      <translation>Wareneingangsbericht {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>SKU</source>
      <translation>Art.-Nr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Transfer from another store</source>
      <translation>Umlagerung aus anderer Filiale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Typed in</source>
      <translation>Manuell erfasst</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Variance</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>approved</source>
      <translation>genehmigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>cancelled</source>
      <translation>storniert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>net {net} (over {over}, short {short}) at retail price</source>
      <translation>netto {net} (mehr {over}, weniger {short}) zum Verkaufspreis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not expected</source>
      <translation>nicht erwartet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not yet approved</source>
      <translation>noch nicht genehmigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>on-hand at each product's first counted unit; later sales stay in the ledger</source>
      <translation>Bestand beim ersten gezählten Stück jedes Artikels; spätere Verkäufe bleiben im Bestandsbuch</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>over</source>
      <translation>mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>page {number}</source>
      <translation>Seite {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>short</source>
      <translation>weniger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{lines}: {expected} as expected, {over} over, {short} short, {unexpected} not on the notice</source>
      <translation>{lines}: {expected} wie erwartet, {over} mehr, {short} weniger, {unexpected} nicht im Avis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{products} ({varied} with a variance)</source>
      <translation>{products} ({varied} mit Differenz)</translation>
    </message>
  </context>
</TS>
