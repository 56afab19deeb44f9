<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>pickup</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>%n order(s) found — ↑ ↓ to choose, Enter opens</source>
      <translation>
        <numerusform>%n Bestellung gefunden — ↑ ↓ wählen, Enter öffnet</numerusform>
        <numerusform>%n Bestellungen gefunden — ↑ ↓ wählen, Enter öffnet</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;Ship to&lt;/b&gt;&lt;br&gt;{address}</source>
      <translation>&lt;b&gt;Lieferung an&lt;/b&gt;&lt;br&gt;{address}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;To pay at pickup {amount}&lt;/b&gt;</source>
      <translation>&lt;b&gt;Bei Abholung zu zahlen {amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Age</source>
      <translation>Alter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Cancelled — return to shelf</source>
      <translation>Storniert — zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Checking the order with the hub…</source>
      <translation>Bestellung wird mit der Zentrale geprüft…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Choose a reason: O out of stock, D damaged, M mismatch</source>
      <translation>Grund wählen: O nicht vorrätig, D beschädigt, M falscher Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Collects for</source>
      <translation>Holt ab für</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Ctrl+1 … Ctrl+6 switch queues; 'To shelf': expired or cancelled orders whose items must go back on the shelf; 'To ship': orders sent to the customer</source>
      <translation>Ctrl+1 … Ctrl+6 wechseln die Liste; „Ins Regal“: abgelaufene oder stornierte Bestellungen, deren Artikel zurück ins Regal müssen; „Versand“: Bestellungen, die an den Kunden gehen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Driving licence</source>
      <translation>Führerschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Due {when}</source>
      <translation>Fällig {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Every line is picked or rejected already: F9 marks the order ready</source>
      <translation>Alle Positionen sind kommissioniert oder abgelehnt: F9 meldet die Bestellung bereit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Expired — return to shelf</source>
      <translation>Abgelaufen — zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>F2 Find: order number, customer name, phone, email — or scan the pickup code / QR</source>
      <translation>F2 Suchen: Bestellnr., Name, Telefon, E-Mail — oder Abholcode / QR scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>F4 Scan item: scan each product as you pick it</source>
      <translation>F4 Scannen: jeden Artikel beim Kommissionieren scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over  (Enter)</source>
      <translation>Übergeben  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over {number}</source>
      <translation>Übergabe {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Held until {day}</source>
      <translation>Reserviert bis {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>ID card</source>
      <translation>Personalausweis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>ID document</source>
      <translation>Ausweis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Items</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line</source>
      <translation>Pos.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line {line}: {typed} is not a quantity</source>
      <translation>Position {line}: {typed} ist keine Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Name on the ID</source>
      <translation>Name im Ausweis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>No code: check an ID instead  (F2)</source>
      <translation>Kein Code: Ausweis prüfen  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>No order matches {text}</source>
      <translation>Keine Bestellung passt zu {text}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>No order open</source>
      <translation>Keine Bestellung offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Number ends with</source>
      <translation>Nummer endet auf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order first: pick it from the list or find it (F2)</source>
      <translation>Zuerst eine Bestellung öffnen: aus der Liste oder suchen (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order of the 'To shelf' list first (Ctrl+4)</source>
      <translation>Zuerst eine Bestellung der Liste „Ins Regal“ öffnen (Ctrl+4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Order</source>
      <translation>Bestellung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Order {number}</source>
      <translation>Bestellung {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} ({state}): “{action}” is not possible now</source>
      <translation>Bestellung {number} ({state}): „{action}“ ist jetzt nicht möglich</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} collected</source>
      <translation>Bestellung {number} abgeholt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is cancelled: do not hand it over</source>
      <translation>Bestellung {number} ist storniert: nicht übergeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is cancelled: do not hand it over. F8 returns its items to the shelf</source>
      <translation>Bestellung {number} ist storniert: nicht übergeben. F8 bringt die Artikel zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is expired: do not hand it over</source>
      <translation>Bestellung {number} ist abgelaufen: nicht übergeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is expired: do not hand it over. F8 returns its items to the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht übergeben. F8 bringt die Artikel zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is handed over; its slip was not printed:</source>
      <translation>Bestellung {number} ist übergeben; der Beleg wurde nicht gedruckt:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} partly collected</source>
      <translation>Bestellung {number} teilweise abgeholt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: %n label(s) printed. Stick them on the parcels; F12 ships</source>
      <translation>
        <numerusform>Bestellung {number}: %n Etikett gedruckt. Auf das Paket kleben; F12 versendet</numerusform>
        <numerusform>Bestellung {number}: %n Etiketten gedruckt. Auf die Pakete kleben; F12 versendet</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: pick list printed ({file}). Scan each item (F4)</source>
      <translation>Bestellung {number}: Pickliste gedruckt ({file}). Jeden Artikel scannen (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number}: {state}</source>
      <translation>Bestellung {number}: {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered</source>
      <translation>Bestellt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered {when}</source>
      <translation>Bestellt am {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack  (Enter)</source>
      <translation>Packen  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack order {number}</source>
      <translation>Bestellung {number} packen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Packed</source>
      <translation>Gepackt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Packed already: correct the parcels and Enter packs it again; the labels print again</source>
      <translation>Bereits verpackt: Pakete korrigieren, Enter verpackt neu; Etiketten werden neu gedruckt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Paid online</source>
      <translation>Online bezahlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Paid online {amount}</source>
      <translation>Online bezahlt {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} (kg)</source>
      <translation>Paket {parcel} (kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} ({weight} kg)</source>
      <translation>Paket {parcel} ({weight} kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel}: {reason}</source>
      <translation>Paket {parcel}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg</source>
      <translation>Paket {parcel}: {weight} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg, {tracking}</source>
      <translation>Paket {parcel}: {weight} kg, {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcels</source>
      <translation>Pakete</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Passport</source>
      <translation>Reisepass</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Payment cancelled: nothing was handed over</source>
      <translation>Zahlung abgebrochen: nichts wurde übergeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Picked</source>
      <translation>Gepickt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Pickup</source>
      <translation>Abholung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Pickup code</source>
      <translation>Abholcode</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Product</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Quantity not supplied</source>
      <translation>Nicht gelieferte Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reason: O out of stock, D damaged, M mismatch — each changes stock differently</source>
      <translation>Grund: O nicht vorrätig, D beschädigt, M falscher Artikel — jeder ändert den Bestand anders</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Reason: {reason}</source>
      <translation>Grund: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject  (Enter)</source>
      <translation>Ablehnen  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject line {line}</source>
      <translation>Position {line} ablehnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>SKU</source>
      <translation>Art.-Nr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship  (Enter)</source>
      <translation>Versenden  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship order {number}</source>
      <translation>Bestellung {number} versenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Shipped</source>
      <translation>Versendet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Taken</source>
      <translation>Abgeholt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Takes</source>
      <translation>Nimmt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>That pickup code does not match this order. Ask again, or check an ID (F2)</source>
      <translation>Dieser Abholcode passt nicht zur Bestellung. Erneut fragen oder Ausweis prüfen (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>The ID does not name the customer: fill in who collects for whom</source>
      <translation>Der Ausweis nennt nicht den Kunden: angeben, wer für wen abholt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>The stock leaves the store when the order is shipped</source>
      <translation>Der Bestand verlässt die Filiale beim Versand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>To pay now: the payment follows</source>
      <translation>Jetzt zu zahlen: die Zahlung folgt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To shelf</source>
      <translation>Ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To ship</source>
      <translation>Versand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Type a quantity from 1 to {most}</source>
      <translation>Menge von 1 bis {most} eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Weigh each parcel and type its weight in kg</source>
      <translation>Jedes Paket wiegen und Gewicht in kg eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>What the customer takes (change a quantity for a partial handover):</source>
      <translation>Was der Kunde mitnimmt (Menge ändern für Teilübergabe):</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>change {amount}</source>
      <translation>Rückgeld {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>empty when the customer collects</source>
      <translation>leer, wenn der Kunde selbst abholt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>kg, such as 1.2</source>
      <translation>kg, z. B. 1,2</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>last 4 characters of the document number</source>
      <translation>letzte 4 Zeichen der Ausweisnummer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>pickup code: type it or scan the customer's QR</source>
      <translation>Abholcode: eintippen oder QR des Kunden scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>receipt {receipt}</source>
      <translation>Bon {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>tracking number: type or scan it</source>
      <translation>Sendungsnummer: eingeben oder scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{days} d</source>
      <translation>{days} T</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{hours} h {minutes}</source>
      <translation>{hours} Std {minutes}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{minutes} min</source>
      <translation>{minutes} Min</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is cancelled: do not hand it over. F8 returns it to the shelf</source>
      <translation>{number} ist storniert: nicht übergeben. F8 bringt sie zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is expired: do not hand it over. F8 returns it to the shelf</source>
      <translation>{number} ist abgelaufen: nicht übergeben. F8 bringt sie zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is packed: F12 enters the tracking numbers and ships it</source>
      <translation>{number} ist gepackt: F12 erfasst die Sendungsnummern und versendet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is ready: F10 hands it over (pickup code or ID)</source>
      <translation>{number} ist bereit: F10 übergibt sie (Abholcode oder Ausweis)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} was not collected in time: F8 returns it to the shelf</source>
      <translation>{number} wurde nicht rechtzeitig abgeholt: F8 bringt sie zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: F3 accepts it and prints the pick list</source>
      <translation>{number}: F3 nimmt sie an und druckt die Pickliste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a line; F11 packs it when done</source>
      <translation>{number}: jeden Artikel scannen (F4); F6 lehnt eine Zeile ab; F11 packt am Ende</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a short or damaged line; F9 when done</source>
      <translation>{number}: jeden Artikel scannen (F4); F6 lehnt eine fehlende oder beschädigte Position ab; F9 wenn fertig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: {state}</source>
      <translation>{number}: {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>{problem} Tell the manager.</source>
      <translation>{problem} Bitte die Leitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>{product}  ({sku}) — ordered {ordered}, picked {picked}, left {left}</source>
      <translation>{product}  ({sku}) — bestellt {ordered}, gepickt {picked}, offen {left}</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>%n over-return(s) flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)</source>
      <translation>
        <numerusform>%n Überrückgabe von der Zentrale gemeldet, {unseen} unbestätigt. ↑ ↓ wählen, F11 bestätigt (Leitung)</numerusform>
        <numerusform>%n Überrückgaben von der Zentrale gemeldet, {unseen} unbestätigt. ↑ ↓ wählen, F11 bestätigt (Leitung)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>(cash rounding {amount})</source>
      <translation>(Bargeldrundung {amount})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;No receipt.&lt;/b&gt; Refund at the lowest price of the last days, as store credit (F8: cash). A manager approves every no-receipt return.</source>
      <translation>&lt;b&gt;Ohne Bon.&lt;/b&gt; Erstattung zum niedrigsten Preis der letzten Tage, als Gutschein (F8: bar). Die Leitung genehmigt jede Rückgabe ohne Bon.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;Receipt {receipt}&lt;/b&gt; · sold {sold} at {where} · total {total} · paid {paid}</source>
      <translation>&lt;b&gt;Bon {receipt}&lt;/b&gt; · verkauft {sold} an {where} · Summe {total} · bezahlt {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>A manager acknowledges an over-return flag</source>
      <translation>Die Leitung bestätigt eine gemeldete Überrückgabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Acknowledged</source>
      <translation>Bestätigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Already back</source>
      <translation>Schon zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>An exchange starts from a receipt: F9 goes back to receipt returns</source>
      <translation>Ein Umtausch beginnt mit einem Bon: F9 zurück zur Rückgabe mit Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Back to card</source>
      <translation>Zurück auf Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Can return</source>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card ref {reference}</source>
      <translation>Karte Ref. {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash</source>
      <translation>Bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash from the drawer</source>
      <translation>Bar aus der Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose again what comes back (↑ ↓ and +)</source>
      <translation>Erneut wählen, was zurückkommt (↑ ↓ und +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose what comes back first (↑ ↓ and +)</source>
      <translation>Zuerst wählen, was zurückkommt (↑ ↓ und +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Close flags</source>
      <translation>Meldungen zu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Condition</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Copy of {return_no} printed</source>
      <translation>Kopie von {return_no} gedruckt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Damaged</source>
      <translation>Defekt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Everything still returnable is coming back</source>
      <translation>Alles noch Rückgebbare kommt zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}</source>
      <translation>Umtausch erledigt: neuer Verkauf {receipt}; die Rückware deckte {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due}</source>
      <translation>Umtausch erledigt: neuer Verkauf {receipt}; die Rückware deckte {paid}, der Kunde zahlte {due}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due} (change {change})</source>
      <translation>Umtausch erledigt: neuer Verkauf {receipt}; die Rückware deckte {paid}, der Kunde zahlte {due} (Rückgeld {change})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, {back} goes back to the customer</source>
      <translation>Umtausch erledigt: neuer Verkauf {receipt}; die Rückware deckte {paid}, {back} gehen an den Kunden zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Exchange not done: nothing was saved</source>
      <translation>Umtausch nicht erfolgt: nichts gespeichert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange: the new items cost {total}, {credit} comes back</source>
      <translation>Umtausch: neue Artikel kosten {total}, {credit} kommen zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 closes the flags first</source>
      <translation>F10 schließt zuerst die Meldungen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 goes back to the return first</source>
      <translation>F10 zuerst zurück zur Rückgabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 shows the flags first</source>
      <translation>F10 zeigt zuerst die Meldungen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>F12 completes the refund</source>
      <translation>F12 schließt die Erstattung ab</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a receipt</source>
      <translation>F3 nimmt alle Positionen eines Bons</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a scanned receipt</source>
      <translation>F3 nimmt alle Positionen eines gescannten Bons</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flag on {return_no} acknowledged by {name}</source>
      <translation>Meldung zu {return_no} bestätigt von {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flagged</source>
      <translation>Gemeldet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flags</source>
      <translation>Meldungen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flags are shown: F10 goes back to the return</source>
      <translation>Meldungen werden gezeigt: F10 zurück zur Rückgabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Give in cash</source>
      <translation>Bar auszahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded</source>
      <translation>Erstattet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded: give the customer</source>
      <translation>Erstattet: dem Kunden geben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Looking up receipt {receipt}…</source>
      <translation>Bon {receipt} wird gesucht…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NO RECEIPT — a manager approves</source>
      <translation>OHNE BON — Leitung genehmigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NOT YET</source>
      <translation>NOCH NICHT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Needs a manager to {what}</source>
      <translation>Leitung muss genehmigen: {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No flag chosen</source>
      <translation>Keine Meldung gewählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No over-return flagged by the hub</source>
      <translation>Keine Überrückgabe von der Zentrale gemeldet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No receipt</source>
      <translation>Ohne Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No receipt: scan each item that comes back. A manager approves; the refund is the lowest recent price.</source>
      <translation>Ohne Bon: jeden zurückgegebenen Artikel scannen. Die Leitung genehmigt; erstattet wird der niedrigste Preis der letzten Zeit.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Not refunded: a manager's approval is needed</source>
      <translation>Nicht erstattet: Genehmigung der Leitung nötig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return yet</source>
      <translation>Noch nichts zur Rückgabe gewählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)</source>
      <translation>Nichts zur Rückgabe gewählt: Bon scannen, dann ↑ ↓ und + (oder eine Zahl)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Nothing to pay out</source>
      <translation>Nichts auszuzahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Number + Enter: how many come back · or scan another receipt</source>
      <translation>Zahl + Enter: wie viele zurück · oder anderen Bon scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>OFFLINE — only this station's sales</source>
      <translation>OFFLINE — nur Verkäufe dieser Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>On the voucher</source>
      <translation>Auf Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original payments (cash to cash, card to card)</source>
      <translation>Wie bezahlt (bar an bar, Karte auf Karte)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original receipt</source>
      <translation>Ursprungsbon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Over-returns flagged by the hub</source>
      <translation>Überrückgaben laut Zentrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Paid</source>
      <translation>Bezahlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Press the number of the reason (Esc: cancel)</source>
      <translation>Nummer des Grundes drücken (Esc: abbrechen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Price</source>
      <translation>Preis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Printing the return receipt…</source>
      <translation>Rückgabebon wird gedruckt…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Product</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Reason for the return</source>
      <translation>Rückgabegrund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: &lt;b&gt;{reason}&lt;/b&gt; (F7)</source>
      <translation>Grund: &lt;b&gt;{reason}&lt;/b&gt; (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: {not_chosen} (F7, or asked at F12)</source>
      <translation>Grund: {not_chosen} (F7, sonst bei F12)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Reason: {reason}</source>
      <translation>Grund: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Receipt printed (Ctrl+P reprints)</source>
      <translation>Bon gedruckt (Ctrl+P druckt erneut)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: choose what comes back (↑ ↓, + or a number, Enter)</source>
      <translation>Bon {receipt}: wählen, was zurückkommt (↑ ↓, + oder Zahl, Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: everything on it was already returned</source>
      <translation>Bon {receipt}: alles wurde schon zurückgegeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Refund</source>
      <translation>Erstattung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to cash</source>
      <translation>Erstattung bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to pay out</source>
      <translation>Auszuzahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to store credit (a voucher)</source>
      <translation>Erstattung als Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to the original payments</source>
      <translation>Erstattung wie bezahlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to: &lt;b&gt;{where}&lt;/b&gt; (F8)</source>
      <translation>Erstattung: &lt;b&gt;{where}&lt;/b&gt; (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: nothing to pay</source>
      <translation>Erstattung {amount}: nichts auszuzahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: {parts}</source>
      <translation>Erstattung {amount}: {parts}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Restock</source>
      <translation>Lager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return</source>
      <translation>Rückgabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return now</source>
      <translation>Jetzt zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount}</source>
      <translation>Rückgabe {return_no} erledigt · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount} · offline</source>
      <translation>Rückgabe {return_no} erledigt · {amount} · offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not printed: Ctrl+P prints a copy</source>
      <translation>Rückgabe {return_no} erledigt. Bon nicht gedruckt: Ctrl+P druckt eine Kopie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Rückgabe {return_no} erledigt. Bon noch nicht geschrieben ({reason}); er wird selbst geschrieben, sobald Platz ist</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} is saved; its receipt was not printed:</source>
      <translation>Rückgabe {return_no} ist gespeichert; ihr Bon wurde nicht gedruckt:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Returns</source>
      <translation>Rückgabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Returns the hub found over-returned (another station returned the same line while this one was offline). They also show on the Z report.</source>
      <translation>Rückgaben, die die Zentrale als zu viel erkannt hat (eine andere Kasse nahm dieselbe Position zurück, während diese offline war). Sie stehen auch im Z-Bericht.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan each item that comes back</source>
      <translation>Jeden zurückgegebenen Artikel scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan each item that comes back (3*code for three) · a number + Enter sets the quantity</source>
      <translation>Jeden zurückgegebenen Artikel scannen (3*Code für drei) · Zahl + Enter setzt die Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / damaged · F7 reason · F8 store credit / cash · F12 complete</source>
      <translation>Scannen · ↑ ↓ wählen · + / − oder Zahl + Enter: Menge · F4 ins Regal / defekt · F7 Grund · F8 Gutschein / bar · F12 abschließen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the item that comes back first</source>
      <translation>Zuerst den zurückgegebenen Artikel scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the items that come back first</source>
      <translation>Zuerst die zurückgegebenen Artikel scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the new items at the counter first (Esc), then Ctrl+R, the receipt, and F6</source>
      <translation>Zuerst die neuen Artikel an der Kasse scannen (Esc), dann Ctrl+R, den Bon und F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the receipt first</source>
      <translation>Zuerst den Bon scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. Over-returns flagged by the hub: F10.</source>
      <translation>Barcode des Bons scannen (oder Nummer eintippen) und Enter. Kein Bon? F9. Gemeldete Überrückgaben: F10.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode or type its number, then Enter</source>
      <translation>Barcode des Bons scannen oder Nummer eintippen, dann Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Sold</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit voucher</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Store credit voucher
{code}</source>
      <translation>Gutschein
{code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To cash</source>
      <translation>Bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To credit</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To original</source>
      <translation>Wie bezahlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>What the hub found</source>
      <translation>Befund der Zentrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Why is it coming back?</source>
      <translation>Warum die Rückgabe?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With a receipt</source>
      <translation>Mit Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>With a receipt: scan the receipt's barcode or type its number</source>
      <translation>Mit Bon: Barcode des Bons scannen oder Nummer eintippen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With receipt</source>
      <translation>Mit Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Working out the refund…</source>
      <translation>Erstattung wird berechnet…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>card</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>cash</source>
      <translation>bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the cash</source>
      <translation>dem Kunden das Bargeld geben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the printed voucher</source>
      <translation>dem Kunden den gedruckten Gutschein geben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>not chosen yet</source>
      <translation>noch nicht gewählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund above the refund limit</source>
      <translation>Erstattung über dem Limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>Barerstattung über dem Bar-Limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}</source>
      <translation>Kasse {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}, store {store}</source>
      <translation>Kasse {station}, Filiale {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>store credit</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>take a return without a receipt</source>
      <translation>Rückgabe ohne Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>the card refund goes back to the card</source>
      <translation>die Kartenerstattung geht auf die Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>voucher {code}</source>
      <translation>Gutschein {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{first} and {second}</source>
      <translation>{first} und {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{needed}. A manager enters their name and PIN.</source>
      <translation>{needed}. Die Leitung gibt Name und PIN ein.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P druckt eine Kopie.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem}. Counts updated; choose again.</source>
      <translation>{problem}. Mengen aktualisiert; bitte neu wählen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>{product}  (all returned)</source>
      <translation>{product}  (alles zurück)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} removed</source>
      <translation>{product} entfernt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} ×{quantity}</source>
      <translation>{product} ×{quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: back on the shelf</source>
      <translation>{product}: zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: damaged: written off</source>
      <translation>{product}: defekt, ausgebucht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: not returned</source>
      <translation>{product}: nicht zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back</source>
      <translation>{product}: nur {quantity} rückgebbar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back — it was already returned in full</source>
      <translation>{product}: nur {quantity} rückgebbar — schon ganz zurückgegeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: {quantity} coming back</source>
      <translation>{product}: {quantity} zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{return_no} was already acknowledged</source>
      <translation>{return_no} wurde schon bestätigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return</source>
      <translation>↑ ↓ Meldung wählen · F11 bestätigt sie · F10 zurück zur Rückgabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete</source>
      <translation>↑ ↓ Position wählen · + / − oder Zahl + Enter: wie viele zurück · F3 alle · F4 ins Regal / defekt (ausgebucht) · F7 Grund · F8 Erstattungsart · F12 abschließen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return</source>
      <translation>↑ ↓ wählen · F11 bestätigen (Leitung) · F10 zurück zur Rückgabe</translation>
    </message>
  </context>
</TS>
