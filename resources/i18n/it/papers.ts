<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>closing</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Base excl. VAT</source>
      <translation>Imponibile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closed at</source>
      <translation>Chiusa il</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing number</source>
      <translation>Numero di chiusura</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing of fiscal year {year}</source>
      <translation>Chiusura dell'esercizio {year}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closing of {day}</source>
      <translation>Chiusura giornaliera del {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closings included</source>
      <translation>Chiusure giornaliere incluse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>First document</source>
      <translation>Primo documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Fiscal closing</source>
      <translation>Chiusura fiscale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {first_month} to {last_month}</source>
      <translation>Da {first_month} a {last_month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {start} to {end}</source>
      <translation>Dal {start} al {end}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Last document</source>
      <translation>Ultimo documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closing of {month}</source>
      <translation>Chiusura mensile di {month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closings included</source>
      <translation>Chiusure mensili incluse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period total incl. VAT</source>
      <translation>Totale del periodo IVA incl.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Perpetual grand total</source>
      <translation>Gran totale perpetuo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Returns</source>
      <translation>Resi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Sales</source>
      <translation>Vendite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total</source>
      <translation>Totale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total incl. VAT</source>
      <translation>Totale IVA incl.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals</source>
      <translation>Totali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals by VAT rate (sales minus returns)</source>
      <translation>Totali per aliquota IVA (vendite meno resi)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT</source>
      <translation>IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT number {id}</source>
      <translation>Partita IVA {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT rate</source>
      <translation>Aliquota IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>page {number}</source>
      <translation>pagina {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number}</source>
      <translation>{software} {version} - chiusura {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number} - signature {fingerprint}</source>
      <translation>{software} {version} - chiusura {number} - firma {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{store} ({code}) - station {station} - amounts in {currency}</source>
      <translation>{store} ({code}) - cassa {station} - importi in {currency}</translation>
    </message>
  </context>
  <context>
    <name>handover</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>CLICK &amp; COLLECT - HANDOVER</source>
      <translation>CLICK &amp; COLLECT - CONSEGNA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handed over</source>
      <translation>Consegnato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handover {number}</source>
      <translation>Consegna {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Item</source>
      <translation>Articolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Order {number}</source>
      <translation>Ordine {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Received in good order:</source>
      <translation>Ricevuto in buono stato:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Status: {status}</source>
      <translation>Stato: {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Verified by: {how}</source>
      <translation>Verificato con: {how}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>damaged</source>
      <translation>danneggiato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>mismatch</source>
      <translation>non corrisponde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>not supplied: {quantity} ({reason})</source>
      <translation>non fornito: {quantity} ({reason})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>out of stock</source>
      <translation>esaurito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>{time} · station {station} · {clerk}</source>
      <translation>{time} · cassa {station} · {clerk}</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>No labels to print.</source>
      <translation>Nessuna etichetta da stampare.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Price labels</source>
      <translation>Etichette prezzo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Shelf labels</source>
      <translation>Etichette da scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day}</source>
      <translation>dal {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day} {time}</source>
      <translation>dal {day} {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>was {price}</source>
      <translation>prima {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per kg</source>
      <translation>{sku} · al kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per litre</source>
      <translation>{sku} · al litro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per metre</source>
      <translation>{sku} · al metro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per piece</source>
      <translation>{sku} · al pezzo</translation>
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
      <translation>Buongiorno {name}, grazie per il suo ordine {number}. Le scriveremo di nuovo quando sarà stato spedito.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it is ready for pickup at {store}.</source>
      <translation>Buongiorno {name}, grazie per il suo ordine {number}. Le scriveremo di nuovo quando sarà pronto per il ritiro presso {store}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s).</source>
      <translation>
        <numerusform>Buongiorno {name}, il suo ordine {number} è partito da {store} in %n collo.</numerusform>
        <numerusform>Buongiorno {name}, il suo ordine {number} è partito da {store} in %n colli.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s). Tracking: {tracking}.</source>
      <translation>
        <numerusform>Buongiorno {name}, il suo ordine {number} è partito da {store} in %n collo. Tracciamento: {tracking}.</numerusform>
        <numerusform>Buongiorno {name}, il suo ordine {number} è partito da {store} in %n colli. Tracciamento: {tracking}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is ready at {store}. Show pickup code {code}. We keep it until {until}.</source>
      <translation>Buongiorno {name}, il suo ordine {number} è pronto presso {store}. Mostri il codice di ritiro {code}. Lo teniamo fino al {until}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is still waiting at {store} until {until}. Pickup code {code}.</source>
      <translation>Buongiorno {name}, il suo ordine {number} la aspetta ancora presso {store} fino al {until}. Codice di ritiro {code}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} was not collected in time at {store} and has been cancelled.</source>
      <translation>Buongiorno {name}, il suo ordine {number} non è stato ritirato in tempo presso {store} ed è stato annullato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} has expired</source>
      <translation>L'ordine {number} è scaduto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} is ready for pickup</source>
      <translation>Il suo ordine {number} è pronto per il ritiro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Reminder: order {number} is waiting for you</source>
      <translation>Promemoria: il suo ordine {number} la aspetta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>We have received your order {number}</source>
      <translation>Abbiamo ricevuto il suo ordine {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Your order {number} has been shipped</source>
      <translation>Il suo ordine {number} è stato spedito</translation>
    </message>
  </context>
  <context>
    <name>pick_list</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n riga</numerusform>
        <numerusform>%n righe</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Due {time}</source>
      <translation>Entro il {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Items: {quantity}</source>
      <translation>Articoli: {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Line</source>
      <translation>Riga</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Ordered {time}</source>
      <translation>Ordinato il {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Pick list  {number}</source>
      <translation>Lista di prelievo  {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked</source>
      <translation>Prelevato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked by: {name}    Time: {time}    Shelf / bin: {bin}</source>
      <translation>Preparato da: {name}    Ora: {time}    Scaffale / vano: {bin}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Product</source>
      <translation>Prodotto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Qty</source>
      <translation>Qtà</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>SKU</source>
      <translation>Cod.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Scan each item at the desk (F4 on the Pickup screen). Short or damaged? Reject the line with its reason (F6).</source>
      <translation>Scansionare ogni articolo al banco (F4 nella schermata Ritiro). Mancante o danneggiato? Rifiutare la riga con il motivo (F6).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Shelf barcode</source>
      <translation>Codice scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>page {number}</source>
      <translation>pagina {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>rej.</source>
      <translation>rifiut.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>{store} · printed {time}</source>
      <translation>{store} · stampato il {time}</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Collected</source>
      <translation>Ritirato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Paid online</source>
      <translation>Pagato online</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Partly collected</source>
      <translation>Ritirato in parte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Pickup code</source>
      <translation>Codice di ritiro</translation>
    </message>
  </context>
  <context>
    <name>receipt</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices excl. VAT</source>
      <translation>Prezzi IVA esclusa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices incl. VAT</source>
      <translation>Prezzi IVA inclusa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Approved by {name} (manager)</source>
      <translation>Autorizzato da {name} (responsabile)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - DUPLICATE</source>
      <translation>COPIA - DUPLICATO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Card</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Cash</source>
      <translation>Contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Cash rounding</source>
      <translation>Arrotondamento contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Change</source>
      <translation>Resto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Changed mind</source>
      <translation>Ripensamento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Clerk {name}</source>
      <translation>Cassiere {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Customer signature</source>
      <translation>Firma del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>DUPLICATE No. {number}</source>
      <translation>DUPLICATO n. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged (written off)</source>
      <translation>Danneggiato (eliminato)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged on arrival</source>
      <translation>Arrivato danneggiato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Discount</source>
      <translation>Sconto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Faulty</source>
      <translation>Difettoso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Gift card</source>
      <translation>Carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Gift card {code}</source>
      <translation>Carta regalo {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Gross</source>
      <translation>Lordo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Items returned</source>
      <translation>Articoli resi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Left on the gift card</source>
      <translation>Residuo sulla carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Loyalty card {card}</source>
      <translation>Carta fedeltà {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Net</source>
      <translation>Imponibile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>No receipt</source>
      <translation>Senza scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Not as described</source>
      <translation>Non conforme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Nothing to pay out</source>
      <translation>Nulla da rimborsare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Original receipt</source>
      <translation>Scontrino originale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Other</source>
      <translation>Altro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Paid out</source>
      <translation>Rimborsato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Points</source>
      <translation>Punti</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points balance: %n</source>
      <translation>
        <numerusform>Saldo punti: %n</numerusform>
        <numerusform>Saldo punti: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points earned: %n</source>
      <translation>
        <numerusform>Punti guadagnati: %n</numerusform>
        <numerusform>Punti guadagnati: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points given back: %n</source>
      <translation>
        <numerusform>Punto restituito: %n</numerusform>
        <numerusform>Punti restituiti: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points redeemed: %n</source>
      <translation>
        <numerusform>Punti usati: %n</numerusform>
        <numerusform>Punti usati: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points taken back: %n</source>
      <translation>
        <numerusform>Punto stornato: %n</numerusform>
        <numerusform>Punti stornati: %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Price changed</source>
      <translation>Prezzo modificato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Promotion {id}</source>
      <translation>Promo {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND</source>
      <translation>RESO / RIMBORSO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - COPY</source>
      <translation>RESO / RIMBORSO - COPIA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - DUPLICATE No. {number}</source>
      <translation>RESO / RIMBORSO - DUPLICATO n. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Rate</source>
      <translation>Aliquota</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason: {reason}</source>
      <translation>Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Receipt</source>
      <translation>Scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/receipt_pdf.py" />
      <source>Receipt (copy)</source>
      <translation>Scontrino (copia)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Refunded to</source>
      <translation>Rimborsato con</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Restock</source>
      <translation>Rimesso in vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return no.</source>
      <translation>Reso n.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt</source>
      <translation>Scontrino di reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt (copy)</source>
      <translation>Scontrino di reso (copia)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>STORE CREDIT VOUCHER</source>
      <translation>BUONO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Station {station}</source>
      <translation>Cassa {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Store credit</source>
      <translation>Buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Store credit voucher</source>
      <translation>Buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Subtotal</source>
      <translation>Subtotale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>TOTAL</source>
      <translation>TOTALE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>TOTAL REFUND</source>
      <translation>TOTALE RIMBORSO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked at sync</source>
      <translation>Offline: verificato alla sincronia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked with the central system at sync</source>
      <translation>Fatto offline: verificato dalla sede alla sincronizzazione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Tax</source>
      <translation>IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Tax refunded (prices incl. VAT)</source>
      <translation>IVA rimborsata (prezzi IVA inclusa)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>These points are added to your card at the next sync</source>
      <translation>Questi punti saranno accreditati sulla carta alla prossima sincronizzazione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To collect at {store} — order {number}</source>
      <translation>Da ritirare a {store} — ordine {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To deliver — order {number}</source>
      <translation>Da consegnare — ordine {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>To pay</source>
      <translation>Da pagare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Total</source>
      <translation>Totale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Unwanted gift</source>
      <translation>Regalo non gradito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores</source>
      <translation>Vale come contanti nei nostri negozi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores. Keep this receipt: the code is the voucher.</source>
      <translation>Si usa come contanti in tutti i nostri negozi. Conservi lo scontrino: il codice è il buono.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT</source>
      <translation>IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT ID {tax_id}</source>
      <translation>P.IVA {tax_id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>VAT {code} {rate} on {amount}</source>
      <translation>IVA {code} {rate} su {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Value {amount}</source>
      <translation>Valore {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Web order {number}</source>
      <translation>Ordine web {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Wrong size</source>
      <translation>Taglia sbagliata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned · {condition}</source>
      <translation>{quantity} reso/i · {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned, {condition}</source>
      <translation>{quantity} reso/i, {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>{quantity} x {price}</source>
      <translation>{quantity} x {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - receipt {number} - signature {fingerprint}</source>
      <translation>{software} {version} - scontrino {number} - firma {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{tender} ref {reference}</source>
      <translation>{tender} rif. {reference}</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n point(s)</source>
      <translation>
        <numerusform>%n punto</numerusform>
        <numerusform>%n punti</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n return(s)</source>
      <translation>
        <numerusform>%n reso</numerusform>
        <numerusform>%n resi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n vendita</numerusform>
        <numerusform>%n vendite</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>(made with no shift open: not in the drawer)</source>
      <translation>(fatte senza turno aperto: non nel cassetto)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>(no category)</source>
      <translation>(senza categoria)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>* not counted separately: taken as expected (cash expected = float + cash net + paid in - paid out - cash refunds; card expected = card total - card refunds).</source>
      <translation>* non contato a parte: preso come atteso (contanti attesi = fondo cassa + contanti netti + versamenti - prelievi - rimborsi in contanti; carta attesa = totale carta - rimborsi su carta).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash refunds outside the shift ({count})</source>
      <translation>+ Rimborsi contanti fuori turno ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash sales (tendered - change)</source>
      <translation>+ Vendite contanti (dato - resto)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Paid in ({count})</source>
      <translation>+ Versamenti ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash refunds (returns)</source>
      <translation>- Rimborsi contanti (resi)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash sales outside the shift ({count})</source>
      <translation>- Vendite contanti fuori turno ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Paid out ({count})</source>
      <translation>- Prelievi ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>= Expected in the drawer</source>
      <translation>= Atteso nel cassetto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Amount</source>
      <translation>Importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CATEGORY</source>
      <translation>PER CATEGORIA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CLERK</source>
      <translation>PER CASSIERE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY HOUR</source>
      <translation>PER ORA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Before discounts</source>
      <translation>Prima degli sconti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Business day</source>
      <translation>Giornata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By category</source>
      <translation>Per categoria</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By clerk</source>
      <translation>Per cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>CASH DRAWER</source>
      <translation>CASSETTO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY</source>
      <translation>COPIA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - REPRINT</source>
      <translation>COPIA - RISTAMPA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Card</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash</source>
      <translation>Contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted</source>
      <translation>Contanti contati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted at closing</source>
      <translation>Contanti contati alla chiusura</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash drawer</source>
      <translation>Cassetto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash rounding</source>
      <translation>Arrotondamento contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Change</source>
      <translation>Resto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Checked by: {line}</source>
      <translation>Verificato da: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Clerk</source>
      <translation>Cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Closed</source>
      <translation>Chiuso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Code</source>
      <translation>Codice</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted</source>
      <translation>Contato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted by: {line}</source>
      <translation>Contato da: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>DISCOUNTS BY PROMOTION</source>
      <translation>SCONTI PER PROMOZIONE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Difference</source>
      <translation>Differenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Difference (counted - expected)</source>
      <translation>Differenza (contato - atteso)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Discounts (%n sale(s))</source>
      <translation>
        <numerusform>Sconti (%n vendita)</numerusform>
        <numerusform>Sconti (%n vendite)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Discounts by promotion</source>
      <translation>Sconti per promozione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Expected</source>
      <translation>Atteso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Gift cards redeemed (in the payments)</source>
      <translation>Carte regalo incassate (nei pagamenti)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Gross</source>
      <translation>Lordo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Journal</source>
      <translation>Giornale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Journal no. {number}</source>
      <translation>Giornale n. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Last journal entry before this report: no. {number}, hash {hash}</source>
      <translation>Ultima registrazione del giornale prima di questo rapporto: n. {number}, hash {hash}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Lines</source>
      <translation>Righe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Net</source>
      <translation>Imponibile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>No sale</source>
      <translation>Apertura cassetto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>No sales</source>
      <translation>Nessuna vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>None.</source>
      <translation>Nessuno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Note / coin</source>
      <translation>Banconota / moneta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>OUTSIDE THE SHIFT</source>
      <translation>FUORI TURNO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>OVER-RETURNS FLAGGED BY THE HUB ({count}) - check with the manager</source>
      <translation>RESI IN ECCESSO SEGNALATI DALLA SEDE ({count}) - verificare con il responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opened</source>
      <translation>Aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opening float</source>
      <translation>Fondo cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Opening float (counted)</source>
      <translation>Fondo cassa (contato)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Outside the shift</source>
      <translation>Fuori turno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Outside the shift: {sales} (cash kept {kept}) and {returns} (cash refunded {refunded}) were made while no shift was open, before this shift's float was counted. They are in this report's totals; their cash is not expected in the drawer again.</source>
      <translation>Fuori turno: {sales} (contanti tenuti {kept}) e {returns} (contanti rimborsati {refunded}) sono stati fatti senza turno aperto, prima del conteggio del fondo cassa di questo turno. Sono nei totali di questo rapporto; i loro contanti non sono più attesi nel cassetto.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>PAID IN / OUT, NO-SALE (%n no-sale)</source>
      <translation>
        <numerusform>VERSAMENTI / PRELIEVI (%n apertura)</numerusform>
        <numerusform>VERSAMENTI / PRELIEVI (%n aperture)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid in</source>
      <translation>Versamento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Paid in, paid out and no-sale ({paid_in} in, {paid_out} out, {no_sale} no-sale)</source>
      <translation>Versamenti, prelievi e aperture cassetto (versamenti: {paid_in}, prelievi: {paid_out}, aperture: {no_sale})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid out</source>
      <translation>Prelievo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Payments</source>
      <translation>Pagamenti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Period total</source>
      <translation>Totale del periodo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Perpetual grand total</source>
      <translation>Gran totale progressivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Pieces</source>
      <translation>Pezzi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points given back by returns</source>
      <translation>Punti restituiti dai resi</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points issued: %n sale(s)</source>
      <translation>
        <numerusform>Punti emessi: %n vendita</numerusform>
        <numerusform>Punti emessi: %n vendite</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points redeemed: %n sale(s)</source>
      <translation>
        <numerusform>Punti usati: %n vendita</numerusform>
        <numerusform>Punti usati: %n vendite</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points taken back by returns</source>
      <translation>Punti stornati dai resi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Promotion</source>
      <translation>Promozione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Quantity</source>
      <translation>Quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>RESTORED FROM BACKUP WITHOUT THE HUB: DOCUMENTS MISSING ({count})</source>
      <translation>RIPRISTINATO DA BACKUP SENZA LA SEDE: DOCUMENTI MANCANTI ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Rate</source>
      <translation>Aliquota</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Read</source>
      <translation>Letto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Reading: nothing reset</source>
      <translation>Lettura: nulla azzerato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Receipts</source>
      <translation>Scontrini</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Refunds by tender: {refunds}</source>
      <translation>Rimborsi per mezzo di pagamento: {refunds}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report</source>
      <translation>Rapporto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report (copy)</source>
      <translation>Rapporto (copia)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Returns ({count})</source>
      <translation>Resi ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Returns ({count}), cash refunded</source>
      <translation>Resi ({count}), contanti rimborsati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>SALES</source>
      <translation>VENDITE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales</source>
      <translation>Vendite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales (receipts)</source>
      <translation>Vendite (scontrini)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Sales ({count}), cash kept</source>
      <translation>Vendite ({count}), contanti tenuti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour</source>
      <translation>Vendite per ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour, {currency} incl. tax (figures on bars: receipts)</source>
      <translation>Vendite per ora, {currency} IVA inclusa (numeri sulle barre: scontrini)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales excl. gift cards</source>
      <translation>Vendite escluse carte regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales incl. tax</source>
      <translation>Vendite IVA inclusa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Shift {number}</source>
      <translation>Turno {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Station {station}</source>
      <translation>Cassa {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Store credit</source>
      <translation>Buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TAX BY RATE</source>
      <translation>IVA PER ALIQUOTA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TENDERS (expected / counted / difference)</source>
      <translation>PAGAMENTI (atteso / contato / differenza)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Taken</source>
      <translation>Incassato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax</source>
      <translation>IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax by rate</source>
      <translation>IVA per aliquota</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tender</source>
      <translation>Pagamento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tendered</source>
      <translation>Ricevuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tenders: expected, counted, difference</source>
      <translation>Pagamenti: atteso, contato, differenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Time</source>
      <translation>Ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Total</source>
      <translation>Totale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Voided lines ({count}), not charged</source>
      <translation>Righe stornate ({count}), non addebitate</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>What</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report</source>
      <translation>Rapporto X</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report (reading: nothing reset)</source>
      <translation>Rapporto X (lettura: nulla azzerato)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Z report no. {number}</source>
      <translation>Rapporto Z n. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>difference</source>
      <translation>differenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>exact</source>
      <translation>esatto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>expected / counted</source>
      <translation>atteso / contato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>none</source>
      <translation>nessuno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>not counted</source>
      <translation>non contato</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which gift cards sold (%n)</source>
      <translation>
        <numerusform>di cui carta regalo venduta (%n)</numerusform>
        <numerusform>di cui carte regalo vendute (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which made while no shift was open</source>
      <translation>di cui senza turno aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>over by {amount}</source>
      <translation>eccedenza di {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>page {number}</source>
      <translation>pagina {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>paid (in the payments)</source>
      <translation>pagato (nei pagamenti)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>short by {amount}</source>
      <translation>ammanco di {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth</source>
      <translation>valore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth (not paid out)</source>
      <translation>valore (non rimborsato)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>{first} to {last}</source>
      <translation>da {first} a {last}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{hour}h</source>
      <translation>{hour}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - Z report {number} - signature {fingerprint}</source>
      <translation>{software} {version} - rapporto Z {number} - firma {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{store} ({code}) - station {station} - shift {shift} - business day {day} - amounts in {currency}</source>
      <translation>{store} ({code}) - cassa {station} - turno {shift} - giornata {day} - importi in {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{time}  by {name}</source>
      <translation>{time}  da {name}</translation>
    </message>
  </context>
  <context>
    <name>shipping_label</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Deliver to</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>From</source>
      <translation>Mittente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Order {number}</source>
      <translation>Ordine {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Parcel {parcel}/{parcels}</source>
      <translation>Pacco {parcel}/{parcels}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Phone {phone}</source>
      <translation>Tel. {phone}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Tracking {tracking}</source>
      <translation>Tracking {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Weight {weight} kg</source>
      <translation>Peso {weight} kg</translation>
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
        <numerusform>%n riga</numerusform>
        <numerusform>%n righe</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Advance shipping notice</source>
      <translation>Avviso di spedizione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Approved by</source>
      <translation>Approvato da</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>By</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Checked by: {line}   Signature: {line}</source>
      <translation>Verificato da: {line}   Firma: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count</source>
      <translation>Inventario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count variance report {number}</source>
      <translation>Differenze di inventario {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Counted</source>
      <translation>Contato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Cycle count, {status}</source>
      <translation>Inventario a rotazione, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Delivery</source>
      <translation>Consegna</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Expected</source>
      <translation>Atteso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>From</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Full count, {status}</source>
      <translation>Inventario completo, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Manager approval: {line}   Date: {date}</source>
      <translation>Approvazione del responsabile: {line}   Data: {date}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Over / short</source>
      <translation>Più / meno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Prepared</source>
      <translation>Preparato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Product</source>
      <translation>Prodotto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Products</source>
      <translation>Prodotti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Received</source>
      <translation>Ricevuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Receiving report {number}</source>
      <translation>Rapporto di ricevimento {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Result</source>
      <translation>Risultato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>SKU</source>
      <translation>Cod.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Source</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Total</source>
      <translation>Totale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Transfer from another store</source>
      <translation>Trasferimento da altro negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Typed in</source>
      <translation>Inserito a mano</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Value</source>
      <translation>Valore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Variance</source>
      <translation>Differenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>approved</source>
      <translation>approvato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>cancelled</source>
      <translation>annullato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>net {net} (over {over}, short {short}) at retail price</source>
      <translation>netto {net} (in più {over}, in meno {short}) a prezzo di vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not expected</source>
      <translation>non previsto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not yet approved</source>
      <translation>non ancora approvato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>on-hand at each product's first counted unit; later sales stay in the ledger</source>
      <translation>giacenza alla prima unità contata di ogni prodotto; le vendite successive restano nel registro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>open</source>
      <translation>aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>over</source>
      <translation>in più</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>page {number}</source>
      <translation>pagina {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>short</source>
      <translation>in meno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{lines}: {expected} as expected, {over} over, {short} short, {unexpected} not on the notice</source>
      <translation>{lines}: {expected} come previsto, {over} in più, {short} in meno, {unexpected} non nell'avviso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{products} ({varied} with a variance)</source>
      <translation>{products} ({varied} con differenza)</translation>
    </message>
  </context>
</TS>
