<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>pickup</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>%n order(s) found — ↑ ↓ to choose, Enter opens</source>
      <translation>
        <numerusform>%n ordine trovato — ↑ ↓ per scegliere, Invio apre</numerusform>
        <numerusform>%n ordini trovati — ↑ ↓ per scegliere, Invio apre</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;Ship to&lt;/b&gt;&lt;br&gt;{address}</source>
      <translation>&lt;b&gt;Spedire a&lt;/b&gt;&lt;br&gt;{address}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;To pay at pickup {amount}&lt;/b&gt;</source>
      <translation>&lt;b&gt;Da pagare al ritiro {amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Age</source>
      <translation>Attesa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Cancelled — return to shelf</source>
      <translation>Annullato — rimettere a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Checking the order with the hub…</source>
      <translation>Verifica dell'ordine con la sede…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Choose a reason: O out of stock, D damaged, M mismatch</source>
      <translation>Scegli un motivo: O esaurito, D danneggiato, M articolo errato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Collects for</source>
      <translation>Ritira per</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Ctrl+1 … Ctrl+6 switch queues; 'To shelf': expired or cancelled orders whose items must go back on the shelf; 'To ship': orders sent to the customer</source>
      <translation>Ctrl+1 … Ctrl+6 cambiano coda; «A scaffale»: ordini scaduti o annullati i cui articoli tornano a scaffale; «Da spedire»: ordini inviati al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Done</source>
      <translation>Chiusi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Driving licence</source>
      <translation>Patente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Due</source>
      <translation>Entro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Due {when}</source>
      <translation>Entro {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Every line is picked or rejected already: F9 marks the order ready</source>
      <translation>Tutte le righe sono preparate o rifiutate: F9 segna l'ordine pronto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Expired — return to shelf</source>
      <translation>Scaduto — rimettere a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>F2 Find: order number, customer name, phone, email — or scan the pickup code / QR</source>
      <translation>F2 Cerca: n. ordine, nome, telefono, email — o scansiona il codice di ritiro / QR</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>F4 Scan item: scan each product as you pick it</source>
      <translation>F4 Scansiona: scansiona ogni articolo mentre lo prepari</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over  (Enter)</source>
      <translation>Consegna  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over {number}</source>
      <translation>Consegna di {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Held until {day}</source>
      <translation>In attesa fino al {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>ID card</source>
      <translation>Carta d'identità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>ID document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Items</source>
      <translation>Articoli</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line</source>
      <translation>Riga</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line {line}: {typed} is not a quantity</source>
      <translation>Riga {line}: {typed} non è una quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Name on the ID</source>
      <translation>Nome sul documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>No code: check an ID instead  (F2)</source>
      <translation>Nessun codice: controlla un documento  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>No order matches {text}</source>
      <translation>Nessun ordine corrisponde a {text}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>No order open</source>
      <translation>Nessun ordine aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Number ends with</source>
      <translation>Il numero finisce con</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order first: pick it from the list or find it (F2)</source>
      <translation>Apri prima un ordine: dalla lista o cercandolo (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order of the 'To shelf' list first (Ctrl+4)</source>
      <translation>Apri prima un ordine della lista «A scaffale» (Ctrl+4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Order</source>
      <translation>Ordine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Order {number}</source>
      <translation>Ordine {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} ({state}): “{action}” is not possible now</source>
      <translation>Ordine {number} ({state}): «{action}» non è possibile ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} collected</source>
      <translation>Ordine {number} ritirato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is cancelled: do not hand it over</source>
      <translation>L'ordine {number} è annullato: non consegnarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is cancelled: do not hand it over. F8 returns its items to the shelf</source>
      <translation>L'ordine {number} è annullato: non consegnarlo. F8 rimette gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is expired: do not hand it over</source>
      <translation>L'ordine {number} è scaduto: non consegnarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is expired: do not hand it over. F8 returns its items to the shelf</source>
      <translation>L'ordine {number} è scaduto: non consegnarlo. F8 rimette gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is handed over; its slip was not printed:</source>
      <translation>L'ordine {number} è consegnato; la ricevuta non è stata stampata:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} partly collected</source>
      <translation>Ordine {number} ritirato in parte</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: %n label(s) printed. Stick them on the parcels; F12 ships</source>
      <translation>
        <numerusform>Ordine {number}: %n etichetta stampata. Incollala sul pacco; F12 spedisce</numerusform>
        <numerusform>Ordine {number}: %n etichette stampate. Incollale sui pacchi; F12 spedisce</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: pick list printed ({file}). Scan each item (F4)</source>
      <translation>Ordine {number}: lista di prelievo stampata ({file}). Scansiona ogni articolo (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number}: {state}</source>
      <translation>Ordine {number}: {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered</source>
      <translation>Ordinati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered {when}</source>
      <translation>Ordinato il {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Other</source>
      <translation>Altro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack  (Enter)</source>
      <translation>Imballa  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack order {number}</source>
      <translation>Imballa l'ordine {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Packed</source>
      <translation>Imballato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Packed already: correct the parcels and Enter packs it again; the labels print again</source>
      <translation>Già imballato: correggi i pacchi e Invio lo reimballa; le etichette si ristampano</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Paid online</source>
      <translation>Pagato online</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Paid online {amount}</source>
      <translation>Pagato online {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} (kg)</source>
      <translation>Pacco {parcel} (kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} ({weight} kg)</source>
      <translation>Pacco {parcel} ({weight} kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel}: {reason}</source>
      <translation>Pacco {parcel}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg</source>
      <translation>Pacco {parcel}: {weight} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg, {tracking}</source>
      <translation>Pacco {parcel}: {weight} kg, {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcels</source>
      <translation>Pacchi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Passport</source>
      <translation>Passaporto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Payment cancelled: nothing was handed over</source>
      <translation>Pagamento annullato: non è stato consegnato nulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Picked</source>
      <translation>Preparati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Pickup</source>
      <translation>Ritiro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Pickup code</source>
      <translation>Codice di ritiro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Product</source>
      <translation>Articolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Quantity not supplied</source>
      <translation>Quantità non fornita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reason: O out of stock, D damaged, M mismatch — each changes stock differently</source>
      <translation>Motivo: O esaurito, D danneggiato, M articolo errato — ognuno cambia lo stock in modo diverso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Reason: {reason}</source>
      <translation>Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject  (Enter)</source>
      <translation>Rifiuta  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject line {line}</source>
      <translation>Rifiuta la riga {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>SKU</source>
      <translation>Cod.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship  (Enter)</source>
      <translation>Spedisci  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship order {number}</source>
      <translation>Spedisci l'ordine {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Shipped</source>
      <translation>Spedito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Taken</source>
      <translation>Ritirati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Takes</source>
      <translation>Prende</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>That pickup code does not match this order. Ask again, or check an ID (F2)</source>
      <translation>Questo codice di ritiro non corrisponde all'ordine. Chiedi di nuovo o controlla un documento (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>The ID does not name the customer: fill in who collects for whom</source>
      <translation>Il documento non è del cliente: indica chi ritira per chi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>The stock leaves the store when the order is shipped</source>
      <translation>Lo stock esce dal negozio alla spedizione dell'ordine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>To pay now: the payment follows</source>
      <translation>Da pagare ora: segue l'incasso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To shelf</source>
      <translation>A scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To ship</source>
      <translation>Da spedire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Type a quantity from 1 to {most}</source>
      <translation>Digita una quantità da 1 a {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Weigh each parcel and type its weight in kg</source>
      <translation>Pesa ogni pacco e inserisci il peso in kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>What the customer takes (change a quantity for a partial handover):</source>
      <translation>Cosa prende il cliente (cambia una quantità per una consegna parziale):</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>change {amount}</source>
      <translation>resto {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>empty when the customer collects</source>
      <translation>vuoto se ritira il cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>kg, such as 1.2</source>
      <translation>kg, ad es. 1,2</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>last 4 characters of the document number</source>
      <translation>ultimi 4 caratteri del numero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>pickup code: type it or scan the customer's QR</source>
      <translation>codice di ritiro: digitalo o scansiona il QR del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>receipt {receipt}</source>
      <translation>scontrino {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>tracking number: type or scan it</source>
      <translation>n. di tracking: digita o scansiona</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{days} d</source>
      <translation>{days} g</translation>
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
      <translation>{number} è annullato: non consegnarlo. F8 lo rimette a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is expired: do not hand it over. F8 returns it to the shelf</source>
      <translation>{number} è scaduto: non consegnarlo. F8 lo rimette a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is packed: F12 enters the tracking numbers and ships it</source>
      <translation>{number} è imballato: F12 registra i tracking e lo spedisce</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is ready: F10 hands it over (pickup code or ID)</source>
      <translation>{number} è pronto: F10 lo consegna (codice di ritiro o documento)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} was not collected in time: F8 returns it to the shelf</source>
      <translation>{number} non è stato ritirato in tempo: F8 lo rimette a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: F3 accepts it and prints the pick list</source>
      <translation>{number}: F3 lo accetta e stampa la lista di prelievo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a line; F11 packs it when done</source>
      <translation>{number}: scansiona ogni articolo (F4); F6 rifiuta una riga; F11 imballa alla fine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a short or damaged line; F9 when done</source>
      <translation>{number}: scansiona ogni articolo (F4); F6 rifiuta una riga mancante o danneggiata; F9 a fine lavoro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: {state}</source>
      <translation>{number}: {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>{problem} Tell the manager.</source>
      <translation>{problem} Avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>{product}  ({sku}) — ordered {ordered}, picked {picked}, left {left}</source>
      <translation>{product}  ({sku}) — ordinati {ordered}, preparati {picked}, restano {left}</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>%n over-return(s) flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)</source>
      <translation>
        <numerusform>%n reso in eccesso segnalato dalla sede, {unseen} non confermati. ↑ ↓ scegli, F11 conferma (responsabile)</numerusform>
        <numerusform>%n resi in eccesso segnalati dalla sede, {unseen} non confermati. ↑ ↓ scegli, F11 conferma (responsabile)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>(cash rounding {amount})</source>
      <translation>(arrotondamento contanti {amount})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;No receipt.&lt;/b&gt; Refund at the lowest price of the last days, as store credit (F8: cash). A manager approves every no-receipt return.</source>
      <translation>&lt;b&gt;Senza scontrino.&lt;/b&gt; Rimborso al prezzo più basso degli ultimi giorni, in buono (F8: contanti). Un responsabile approva ogni reso senza scontrino.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;Receipt {receipt}&lt;/b&gt; · sold {sold} at {where} · total {total} · paid {paid}</source>
      <translation>&lt;b&gt;Scontrino {receipt}&lt;/b&gt; · venduto il {sold} a {where} · totale {total} · pagato {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>A manager acknowledges an over-return flag</source>
      <translation>Un responsabile conferma un reso in eccesso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Acknowledged</source>
      <translation>Confermato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Already back</source>
      <translation>Già reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>An exchange starts from a receipt: F9 goes back to receipt returns</source>
      <translation>Un cambio merce parte da uno scontrino: F9 torna ai resi con scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Back to card</source>
      <translation>Riaccredito su carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Can return</source>
      <translation>Resta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card ref {reference}</source>
      <translation>Carta rif. {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash</source>
      <translation>Contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash from the drawer</source>
      <translation>Contanti dalla cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose again what comes back (↑ ↓ and +)</source>
      <translation>Scegli di nuovo cosa viene reso (↑ ↓ e +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose what comes back first (↑ ↓ and +)</source>
      <translation>Scegli prima cosa viene reso (↑ ↓ e +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Close flags</source>
      <translation>Chiudi avvisi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Condition</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Copy of {return_no} printed</source>
      <translation>Copia di {return_no} stampata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Damaged</source>
      <translation>Guasto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Everything still returnable is coming back</source>
      <translation>Viene reso tutto ciò che è ancora rendibile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}</source>
      <translation>Cambio fatto: nuova vendita {receipt}; la merce resa ha pagato {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due}</source>
      <translation>Cambio fatto: nuova vendita {receipt}; la merce resa ha pagato {paid}, il cliente ha pagato {due}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due} (change {change})</source>
      <translation>Cambio fatto: nuova vendita {receipt}; la merce resa ha pagato {paid}, il cliente ha pagato {due} (resto {change})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, {back} goes back to the customer</source>
      <translation>Cambio fatto: nuova vendita {receipt}; la merce resa ha pagato {paid}, {back} tornano al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Exchange not done: nothing was saved</source>
      <translation>Cambio non fatto: non è stato salvato nulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange: the new items cost {total}, {credit} comes back</source>
      <translation>Cambio merce: i nuovi articoli costano {total}, tornano {credit}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 closes the flags first</source>
      <translation>F10 chiude prima gli avvisi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 goes back to the return first</source>
      <translation>F10 torna prima al reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 shows the flags first</source>
      <translation>F10 mostra prima gli avvisi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>F12 completes the refund</source>
      <translation>F12 completa il rimborso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a receipt</source>
      <translation>F3 prende tutte le righe di uno scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a scanned receipt</source>
      <translation>F3 prende tutte le righe di uno scontrino scansionato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flag on {return_no} acknowledged by {name}</source>
      <translation>Avviso su {return_no} confermato da {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flagged</source>
      <translation>Segnalato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flags</source>
      <translation>Avvisi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flags are shown: F10 goes back to the return</source>
      <translation>Sono mostrati gli avvisi: F10 torna al reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Give in cash</source>
      <translation>Dare in contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded</source>
      <translation>Rimborsato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded: give the customer</source>
      <translation>Rimborsato: da dare al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Looking up receipt {receipt}…</source>
      <translation>Ricerca dello scontrino {receipt}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NO RECEIPT — a manager approves</source>
      <translation>SENZA SCONTRINO — approva un responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NOT YET</source>
      <translation>NON ANCORA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Needs a manager to {what}</source>
      <translation>Serve un responsabile: {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No flag chosen</source>
      <translation>Nessun avviso scelto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No over-return flagged by the hub</source>
      <translation>Nessun reso in eccesso segnalato dalla sede</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No receipt</source>
      <translation>Senza scontr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No receipt: scan each item that comes back. A manager approves; the refund is the lowest recent price.</source>
      <translation>Senza scontrino: scansiona ogni articolo reso. Approva un responsabile; il rimborso è il prezzo recente più basso.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Not refunded: a manager's approval is needed</source>
      <translation>Non rimborsato: serve l'approvazione di un responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return yet</source>
      <translation>Ancora nulla scelto da rendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)</source>
      <translation>Nulla scelto da rendere: scansiona lo scontrino, poi ↑ ↓ e + (o un numero)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Nothing to pay out</source>
      <translation>Nulla da pagare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Number + Enter: how many come back · or scan another receipt</source>
      <translation>Numero + Invio: quanti tornano · o altro scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>OFFLINE — only this station's sales</source>
      <translation>OFFLINE — solo vendite di questa cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>On the voucher</source>
      <translation>Sul buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original payments (cash to cash, card to card)</source>
      <translation>Pagamenti originali (contanti in contanti, carta su carta)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original receipt</source>
      <translation>Scontrino originale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Over-returns flagged by the hub</source>
      <translation>Resi in eccesso segnalati dalla sede</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Paid</source>
      <translation>Pagato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Press the number of the reason (Esc: cancel)</source>
      <translation>Premi il numero del motivo (Esc: annulla)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Price</source>
      <translation>Prezzo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Printing the return receipt…</source>
      <translation>Stampa dello scontrino di reso…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Product</source>
      <translation>Articolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Reason for the return</source>
      <translation>Motivo del reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: &lt;b&gt;{reason}&lt;/b&gt; (F7)</source>
      <translation>Motivo: &lt;b&gt;{reason}&lt;/b&gt; (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: {not_chosen} (F7, or asked at F12)</source>
      <translation>Motivo: {not_chosen} (F7, o chiesto con F12)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Reason: {reason}</source>
      <translation>Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Receipt printed (Ctrl+P reprints)</source>
      <translation>Scontrino stampato (Ctrl+P ristampa)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: choose what comes back (↑ ↓, + or a number, Enter)</source>
      <translation>Scontrino {receipt}: scegli cosa viene reso (↑ ↓, + o un numero, Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: everything on it was already returned</source>
      <translation>Scontrino {receipt}: è già stato reso tutto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Refund</source>
      <translation>Importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to cash</source>
      <translation>Rimborso in contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to pay out</source>
      <translation>Da rimborsare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to store credit (a voucher)</source>
      <translation>Rimborso in buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to the original payments</source>
      <translation>Rimborso sui pagamenti originali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to: &lt;b&gt;{where}&lt;/b&gt; (F8)</source>
      <translation>Rimborso: &lt;b&gt;{where}&lt;/b&gt; (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: nothing to pay</source>
      <translation>Rimborso {amount}: nulla da pagare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: {parts}</source>
      <translation>Rimborso {amount}: {parts}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Restock</source>
      <translation>A scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return</source>
      <translation>Reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return now</source>
      <translation>Da rendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount}</source>
      <translation>Reso {return_no} fatto · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount} · offline</source>
      <translation>Reso {return_no} fatto · {amount} · offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not printed: Ctrl+P prints a copy</source>
      <translation>Reso {return_no} fatto. Scontrino non stampato: Ctrl+P stampa una copia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Reso {return_no} fatto. Scontrino non ancora scritto ({reason}); verrà scritto da solo appena c'è spazio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} is saved; its receipt was not printed:</source>
      <translation>Il reso {return_no} è salvato; lo scontrino non è stato stampato:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Returns</source>
      <translation>Resi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Returns the hub found over-returned (another station returned the same line while this one was offline). They also show on the Z report.</source>
      <translation>Resi che la sede ha trovato in eccesso (un'altra cassa ha reso la stessa riga mentre questa era offline). Compaiono anche nel rapporto Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan each item that comes back</source>
      <translation>Scansiona ogni articolo reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan each item that comes back (3*code for three) · a number + Enter sets the quantity</source>
      <translation>Scansiona ogni articolo reso (3*codice per tre) · un numero + Invio imposta la quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / damaged · F7 reason · F8 store credit / cash · F12 complete</source>
      <translation>Scansiona · ↑ ↓ scegli · + / − o numero + Invio: quantità · F4 a scaffale / danneggiato · F7 motivo · F8 buono / contanti · F12 completa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the item that comes back first</source>
      <translation>Scansiona prima l'articolo reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the items that come back first</source>
      <translation>Scansiona prima gli articoli resi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the new items at the counter first (Esc), then Ctrl+R, the receipt, and F6</source>
      <translation>Scansiona prima i nuovi articoli in cassa (Esc), poi Ctrl+R, lo scontrino e F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the receipt first</source>
      <translation>Scansiona prima lo scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. Over-returns flagged by the hub: F10.</source>
      <translation>Scansiona il codice dello scontrino (o digita il numero) e Invio. Senza scontrino? F9. Resi in eccesso: F10.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode or type its number, then Enter</source>
      <translation>Scansiona il codice dello scontrino o digita il numero, poi Invio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Sold</source>
      <translation>Venduti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit</source>
      <translation>Buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit voucher</source>
      <translation>Buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Store credit voucher
{code}</source>
      <translation>Buono
{code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To cash</source>
      <translation>Contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To credit</source>
      <translation>In buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To original</source>
      <translation>Come pagato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>What the hub found</source>
      <translation>Rilievo della sede</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Why is it coming back?</source>
      <translation>Perché viene reso?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With a receipt</source>
      <translation>Con scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>With a receipt: scan the receipt's barcode or type its number</source>
      <translation>Con scontrino: scansiona il codice dello scontrino o digita il numero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With receipt</source>
      <translation>Con scontr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Working out the refund…</source>
      <translation>Calcolo del rimborso…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>card</source>
      <translation>carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>cash</source>
      <translation>contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the cash</source>
      <translation>dai i contanti al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the printed voucher</source>
      <translation>dai il buono stampato al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>not chosen yet</source>
      <translation>non ancora scelto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund above the refund limit</source>
      <translation>rimborso oltre il limite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>rimborso in contanti oltre il limite contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}</source>
      <translation>cassa {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}, store {store}</source>
      <translation>cassa {station}, negozio {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>store credit</source>
      <translation>buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>take a return without a receipt</source>
      <translation>reso senza scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>the card refund goes back to the card</source>
      <translation>il rimborso con carta torna sulla carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>voucher {code}</source>
      <translation>buono {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{first} and {second}</source>
      <translation>{first} e {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{needed}. A manager enters their name and PIN.</source>
      <translation>{needed}. Un responsabile inserisce nome e PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P stampa una copia.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem}. Counts updated; choose again.</source>
      <translation>{problem}. Quantità aggiornate; scegli di nuovo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>{product}  (all returned)</source>
      <translation>{product}  (tutto reso)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} removed</source>
      <translation>{product} tolto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} ×{quantity}</source>
      <translation>{product} ×{quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: back on the shelf</source>
      <translation>{product}: torna a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: damaged: written off</source>
      <translation>{product}: danneggiato, scaricato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: not returned</source>
      <translation>{product}: non reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back</source>
      <translation>{product}: al massimo {quantity} da rendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back — it was already returned in full</source>
      <translation>{product}: solo {quantity} rendibile — già reso per intero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: {quantity} coming back</source>
      <translation>{product}: {quantity} da rendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{return_no} was already acknowledged</source>
      <translation>{return_no} era già confermato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return</source>
      <translation>↑ ↓ scegli un avviso · F11 lo conferma · F10 torna al reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete</source>
      <translation>↑ ↓ scegli una riga · + / − o numero + Invio: quanti vengono resi · F3 tutto · F4 a scaffale / danneggiato (scaricato) · F7 motivo · F8 modo di rimborso · F12 completa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return</source>
      <translation>↑ ↓ scegli · F11 conferma (responsabile) · F10 torna al reso</translation>
    </message>
  </context>
</TS>
