<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Choose where the customer gets it: delivered home, or collected at a store</source>
      <translation>Scegli come lo riceve il cliente: consegna a domicilio o ritiro in negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Orders are made at the hub, and this station has no hub</source>
      <translation>Gli ordini si fanno presso il server centrale, e questa cassa non ne ha uno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Scan or type the product to order</source>
      <translation>Scansiona o digita l'articolo da ordinare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That email address is not valid</source>
      <translation>Questo indirizzo e-mail non è valido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That phone number is not valid (digits, spaces, + - . ( ))</source>
      <translation>Questo numero di telefono non è valido (cifre, spazi, + - . ( ))</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached, so the ordered items cannot be ordered now: nothing was sold. Take the ordered lines off (Del), or try again</source>
      <translation>Il server centrale non risponde: gli articoli ordinati non si possono ordinare ora, non è stato venduto nulla. Togli le righe ordinate (Canc) o riprova</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached: {sku} cannot be ordered now</source>
      <translation>Il server centrale non risponde: {sku} non si può ordinare ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused the order of {item}: {detail}. Nothing was sold: take the line off (Del), or try again</source>
      <translation>Il server centrale ha rifiutato l'ordine di {item}: {detail}. Non è stato venduto nulla: togli la riga (Canc) o riprova</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused to say where {sku} is: {detail}</source>
      <translation>Il server centrale non ha indicato dove si trova {sku}: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about the order is malformed; nothing was sold</source>
      <translation>La risposta del server centrale sull'ordine non è valida; non è stato venduto nulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about {sku} is malformed</source>
      <translation>La risposta del server centrale su {sku} non è valida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The sale changed while its orders were made; nothing was sold. Try again</source>
      <translation>La vendita è cambiata mentre si facevano gli ordini; non è stato venduto nulla. Riprova</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>This sale's orders were cancelled too many times: start the sale again</source>
      <translation>Gli ordini di questa vendita sono stati annullati troppe volte: ricominciare la vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the city for the delivery</source>
      <translation>Digita la città di consegna</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the country for the delivery (two letters, such as FR)</source>
      <translation>Digita il paese di consegna (due lettere, ad esempio IT)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's email or phone, to tell them about the order</source>
      <translation>Digita l'e-mail o il telefono del cliente, per avvisarlo dell'ordine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's name</source>
      <translation>Digita il nome del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the postcode for the delivery (letters, digits, spaces and dashes)</source>
      <translation>Digita il CAP di consegna (lettere, cifre, spazi e trattini)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the street and number for the delivery</source>
      <translation>Digita via e numero civico di consegna</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be collected at {store}</source>
      <translation>{name}: solo {left} ritirabili a {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be delivered from the chain</source>
      <translation>{name}: solo {left} consegnabili dalla catena</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Audit export of the store {store}, station {station}, from {start} to {end} (made {at} UTC).</source>
      <translation>Esportazione per la verifica fiscale del negozio {store}, cassa {station}, dal {start} al {end} (fatta il {at} UTC).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Each payment: its kind, amount and reference, separated by semicolons.</source>
      <translation>Ogni pagamento: tipo, importo e riferimento, separati da punto e virgola.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every entry of the tamper-evident journal, in order.</source>
      <translation>Tutte le registrazioni del giornale inalterabile, in ordine.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every figure comes from the station's signed journal (journal.csv).</source>
      <translation>Ogni cifra proviene dal giornale firmato della cassa (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>For a return: the number of the sale it takes back.</source>
      <translation>Per un reso: il numero della vendita resa.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>SHA-256 of the previous entry's hash followed by this entry's content.</source>
      <translation>SHA-256 dell'hash della registrazione precedente seguito dal contenuto di questa registrazione.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount with tax at this rate.</source>
      <translation>L'importo con imposta a questa aliquota.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount without tax at this rate.</source>
      <translation>L'importo senza imposta a questa aliquota.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The cash rounding.</source>
      <translation>L'arrotondamento in contanti.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The change given back in cash.</source>
      <translation>Il resto dato in contanti.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closing's number: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 or the Z's.</source>
      <translation>Il numero della chiusura: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 o quello dello Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closings: per day, month and fiscal year, and each Z (shift closing).</source>
      <translation>Le chiusure: giornaliere, mensili e annuali, e ogni Z (chiusura di turno).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The currency of the amounts (ISO 4217).</source>
      <translation>La valuta degli importi (ISO 4217).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The date in the store's local time (YYYY-MM-DD).</source>
      <translation>La data nell'ora locale del negozio (AAAA-MM-GG).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discount on the line, promotions included.</source>
      <translation>Lo sconto sulla riga, promozioni incluse.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discounts given on the sale.</source>
      <translation>Gli sconti concessi sulla vendita.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The document's number, as printed on it.</source>
      <translation>Il numero del documento, come stampato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's content as it was signed (JSON).</source>
      <translation>Il contenuto della registrazione così come è stato firmato (JSON).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's kind: sale, return, shift_close, fiscal_close, reprint, setting, ...</source>
      <translation>Il tipo di registrazione: sale (vendita), return (reso), shift_close (Z), fiscal_close (chiusura), reprint (copia), setting (impostazione), ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's number in the journal: one more for each entry, no gaps.</source>
      <translation>Il numero della registrazione nel giornale: uno in più per registrazione, senza buchi.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The event's kind.</source>
      <translation>Il tipo di evento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The files are CSV (comma-separated), UTF-8. Amounts are decimal numbers with a dot, in {currency}; a return's amounts are negative.</source>
      <translation>I file sono CSV (separati da virgole), UTF-8. Gli importi sono numeri decimali con il punto, in {currency}; gli importi di un reso sono negativi.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fingerprint of the station key that signed the entry.</source>
      <translation>L'impronta della chiave della cassa che ha firmato la registrazione.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fiscal events besides documents and closings: reprints, voided lines, settings, ...</source>
      <translation>Gli eventi fiscali oltre a documenti e chiusure: copie, righe annullate, impostazioni, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's amount with tax, after discounts (negative on a return).</source>
      <translation>L'importo della riga con imposta, dopo gli sconti (negativo per un reso).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's number on the document.</source>
      <translation>Il numero della riga sul documento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The lines of the documents, one row each.</source>
      <translation>Le righe dei documenti, una per riga.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The manager who approved a return, when one did.</source>
      <translation>Il responsabile che ha approvato un reso, se c'è.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The number of the document's entry in the journal (journal.csv).</source>
      <translation>Il numero della registrazione del documento nel giornale (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The period's grand total with tax.</source>
      <translation>Il totale generale con imposta del periodo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The perpetual grand total since the station began.</source>
      <translation>Il totale generale perpetuo dalla messa in servizio della cassa.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The previous entry's hash: each entry is chained to the one before.</source>
      <translation>L'hash della registrazione precedente: ogni registrazione è concatenata alla precedente.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's code.</source>
      <translation>Il codice dell'articolo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's name.</source>
      <translation>Il nome dell'articolo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The quantity (negative on a return).</source>
      <translation>La quantità (negativa per un reso).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The sales and returns, one row each.</source>
      <translation>Le vendite e i resi, uno per riga.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The same moment in UTC (ISO 8601).</source>
      <translation>Lo stesso istante in UTC (ISO 8601).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The signature's algorithm.</source>
      <translation>L'algoritmo della firma.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The station's ECDSA P-256 signature of the entry's number and hash (base64).</source>
      <translation>La firma ECDSA P-256 della cassa su numero e hash della registrazione (base64).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax at this rate.</source>
      <translation>L'imposta a questa aliquota.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code of the line.</source>
      <translation>Il codice IVA della riga.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code.</source>
      <translation>Il codice IVA.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax of the line (empty on a return: see taxes.csv).</source>
      <translation>L'IVA della riga (vuota per un reso: vedi taxes.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax rate in per cent.</source>
      <translation>L'aliquota IVA in percentuale.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax.</source>
      <translation>L'IVA.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The taxes of each document by rate.</source>
      <translation>Le imposte di ogni documento per aliquota.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The time in the store's local time (HH:MM:SS).</source>
      <translation>L'ora nell'ora locale del negozio (HH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total with tax, after discounts and cash rounding.</source>
      <translation>Il totale con imposta, dopo sconti e arrotondamento in contanti.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total without tax.</source>
      <translation>Il totale senza imposta.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The unit price with tax (empty on a return).</source>
      <translation>Il prezzo unitario con imposta (vuoto per un reso).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The user who made the document.</source>
      <translation>L'utente che ha fatto il documento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Times are given in the store's local time ({zone}) and in UTC.</source>
      <translation>Gli orari sono indicati nell'ora locale del negozio ({zone}) e in UTC.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>What the entry is about: a document's number, a setting's name, a user, ...</source>
      <translation>A cosa si riferisce la registrazione: un numero di documento, il nome di un'impostazione, un utente, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Who did it: a user, or the terminal or the hub.</source>
      <translation>Chi l'ha fatto: un utente, il terminale o l'hub.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>day, month, year or z.</source>
      <translation>day (giorno), month (mese), year (esercizio) o z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>sale or return.</source>
      <translation>sale (vendita) o return (reso).</translation>
    </message>
  </context>
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A gift card line is one card; scan the gift card again for another</source>
      <translation>Una riga carta regalo è una sola carta; scansiona di nuovo per un'altra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A price cannot be negative</source>
      <translation>Un prezzo non può essere negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's price comes from its label</source>
      <translation>Il prezzo di un articolo pesato viene dalla sua etichetta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's quantity comes from its label</source>
      <translation>La quantità di un articolo pesato viene dalla sua etichetta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Nothing to park</source>
      <translation>Niente da sospendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Scan something before giving a discount</source>
      <translation>Scansiona un articolo prima di applicare uno sconto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That parked sale is gone (recalled elsewhere?)</source>
      <translation>Questa vendita sospesa non c'è più (ripresa altrove?)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That payment was already given back</source>
      <translation>Questo pagamento è già stato restituito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is cancelled; it cannot change</source>
      <translation>Questa vendita è annullata; non può cambiare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is completed; it cannot change</source>
      <translation>Questa vendita è conclusa; non può cambiare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is no longer open; it cannot change</source>
      <translation>Questa vendita non è più aperta; non può cambiare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is parked; it cannot change</source>
      <translation>Questa vendita è sospesa; non può cambiare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale no longer exists; start a new one</source>
      <translation>Questa vendita non esiste più; iniziane una nuova</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/tax_rates.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing added</source>
      <translation>{name} non è in vendita prima del {day}, giorno in cui inizia la sua aliquota IVA; niente aggiunto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>{sku} is not a gift card product</source>
      <translation>{sku} non è un articolo carta regalo</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Customers are kept at the hub, and this station has no hub</source>
      <translation>I clienti sono gestiti in sede, e questa cassa non ha una sede</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>No customer has the loyalty card {card}</source>
      <translation>Nessun cliente ha la carta fedeltà {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Points are already taken on this sale; give them back first</source>
      <translation>Su questa vendita ci sono già punti usati: prima restituiscili</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached, and the loyalty card {card} is not among this station's recent customers</source>
      <translation>Sede non raggiungibile, e la carta fedeltà {card} non è tra i clienti recenti di questa cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached: customers cannot be created offline; try again later</source>
      <translation>Sede non raggiungibile: impossibile creare clienti offline; riprova più tardi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused the search ({detail})</source>
      <translation>La sede ha rifiutato la ricerca ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused to look up the loyalty card {card} ({detail})</source>
      <translation>La sede ha rifiutato di cercare la carta fedeltà {card} ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused: {detail}</source>
      <translation>La sede ha rifiutato: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Type at least two characters, or scan the card</source>
      <translation>Digita almeno due caratteri, o scansiona la carta</translation>
    </message>
  </context>
  <context>
    <name>disk</name>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Il reso {number} è salvato e lo scontrino stampato; il PDF non è stato conservato ({reason}): avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved: do not take it back again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Il reso {number} è salvato: non rifarlo. Lo scontrino non è stato scritto ({reason}): avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>La vendita {number} è salvata e lo scontrino stampato; il PDF non è stato conservato ({reason}): avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved: do not ring it up again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>La vendita {number} è salvata: non incassarla di nuovo. Lo scontrino non è stato scritto ({reason}): avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>The copy of {number} could not be written: {reason}. Free some disk space and try again.</source>
      <translation>La copia di {number} non è stata scritta: {reason}. Libera spazio sul disco e riprova.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Il rapporto Z {number} è salvato e stampato; il PDF non è stato conservato ({reason}): avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Il rapporto Z {number} è salvato. Lo scontrino non è stato scritto ({reason}): avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is full</source>
      <translation>il disco è pieno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is read-only</source>
      <translation>il disco è di sola lettura</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the receipts folder may not be written to (permission denied)</source>
      <translation>la cartella degli scontrini non è scrivibile (permesso negato)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>{number} not written: {reason}</source>
      <translation>{number} non scritto: {reason}</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>A closing is of a day, a month or a year (got {kind})</source>
      <translation>Una chiusura riguarda un giorno, un mese o un anno (ricevuto: {kind})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal_records.py" />
      <source>A closing is printed on an A4 sheet only</source>
      <translation>Una chiusura si stampa solo su foglio A4</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>No closing is numbered {number}</source>
      <translation>Nessuna chiusura ha il numero {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The closing {number} does not match its journal entry; run `storedesk journal verify`</source>
      <translation>La chiusura {number} non corrisponde alla sua voce del giornale; eseguire `storedesk journal verify`</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The station's clock ({today}) is behind the last closing {number}: check its date and time</source>
      <translation>L'orologio della cassa ({today}) è indietro rispetto all'ultima chiusura {number}: controllare data e ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The store's fiscal country has no fiscal closings</source>
      <translation>Il paese fiscale del negozio non prevede chiusure fiscali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This fiscal year is already closed ({number})</source>
      <translation>Questo esercizio è già chiuso ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This month is already closed ({number})</source>
      <translation>Questo mese è già chiuso ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>Today is already closed ({number})</source>
      <translation>La giornata di oggi è già chiusa ({number})</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has nothing left (balance {balance})</source>
      <translation>La carta regalo {code} è vuota (saldo {balance})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has only {balance} left</source>
      <translation>Sulla carta regalo {code} restano solo {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is in {currency}: this store takes {ours}</source>
      <translation>La carta regalo {code} è in {currency}: questo negozio accetta {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is not known or not activated yet</source>
      <translation>La carta regalo {code} è sconosciuta o non ancora attivata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code}: the hub refused ({detail})</source>
      <translation>Carta regalo {code}: la centrale ha rifiutato ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift cards are kept at the hub, and this station has no hub</source>
      <translation>Le carte regalo sono gestite dalla centrale, e questa cassa non ne ha</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>No answer from the hub: gift cards cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>Il server centrale non risponde: niente carte regalo offline. Se è stata addebitata, la cassa la riaccredita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The amount to take from the gift card must be more than zero</source>
      <translation>L'importo da prelevare dalla carta regalo deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The catalog has no gift card product</source>
      <translation>Il catalogo non ha un articolo carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: gift cards cannot be checked offline</source>
      <translation>Centrale non raggiungibile: le carte regalo non si verificano offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: the gift card payment stays taken; try again later</source>
      <translation>Centrale non raggiungibile: il pagamento con carta regalo resta incassato; riprova più tardi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub did not give the gift card payment back ({detail})</source>
      <translation>La centrale non ha restituito il pagamento con carta regalo ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub's answer about this gift card is malformed</source>
      <translation>La risposta della centrale su questa carta regalo non è valida</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price change labels · {store}</source>
      <translation>Etichette cambio prezzo · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price labels · {store}</source>
      <translation>Etichette prezzo · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Shelf labels · {store}</source>
      <translation>Etichette scaffale · {store}</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Attach the customer to the sale first (Ctrl+K)</source>
      <translation>Associa prima il cliente alla vendita (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>No answer from the hub: points cannot be redeemed offline. If the hub took them, the till gives them back</source>
      <translation>Il server centrale non risponde: niente punti offline. Se sono stati scalati, la cassa li riaccredita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Points are kept at the hub, and this station has no hub</source>
      <translation>I punti sono gestiti in sede, e questa cassa non ha una sede</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The amount to pay with points must be more than zero</source>
      <translation>L'importo da pagare con i punti deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub cannot be reached: the points payment stays taken; try again later</source>
      <translation>Sede non raggiungibile: il pagamento con punti resta preso; riprova più tardi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub did not give the points back ({detail})</source>
      <translation>La sede non ha restituito i punti ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub refused the points: {detail}</source>
      <translation>La sede ha rifiutato i punti: {detail}</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>A parcel weighs at most {most} kg</source>
      <translation>Un pacco pesa al massimo {most} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}</source>
      <translation>Riga {line} rifiutata ({reason}): {effect}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}. Nothing can be supplied: the order is rejected; the hub re-routes or cancels it</source>
      <translation>Riga {line} rifiutata ({reason}): {effect}. Non si può fornire nulla: l'ordine è rifiutato; la centrale lo reindirizza o lo annulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>No such order at this store</source>
      <translation>Ordine inesistente in questo negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} accepted: print the pick list and pick it</source>
      <translation>Ordine {number} accettato: stampa la lista di prelievo e preparalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} cannot be packed now</source>
      <translation>L'ordine {number} non può essere imballato ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not pack it</source>
      <translation>L'ordine {number} è scaduto: non imballarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not ship it</source>
      <translation>L'ordine {number} è scaduto: non spedirlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Order {number} has not been handed over</source>
      <translation>L'ordine {number} non è stato consegnato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} has nothing set aside to return to the shelf</source>
      <translation>L'ordine {number} non ha nulla di riservato da rimettere a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is already accepted</source>
      <translation>L'ordine {number} è già accettato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is already shipped</source>
      <translation>L'ordine {number} è già spedito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is collected at the desk, not shipped</source>
      <translation>L'ordine {number} si ritira al banco, non si spedisce</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer until {until}; it is not expired yet</source>
      <translation>L'ordine {number} è tenuto per il cliente fino al {until}; non è ancora scaduto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer; it is not expired yet</source>
      <translation>L'ordine {number} è tenuto per il cliente; non è ancora scaduto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is not packed yet: pack it first (F11)</source>
      <translation>L'ordine {number} non è ancora imballato: imballalo prima (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is packed: ship it (F12)</source>
      <translation>L'ordine {number} è imballato: spediscilo (F12)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is ready; the customer is notified. Held %n day(s).</source>
      <translation>
        <numerusform>Ordine {number} pronto; il cliente è avvisato. Tenuto %n giorno.</numerusform>
        <numerusform>Ordine {number} pronto; il cliente è avvisato. Tenuto %n giorni.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Order {number} is shipped to the customer: it is not handed over here</source>
      <translation>L'ordine {number} è spedito al cliente: non si consegna qui</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is shipped to the customer: pack it (F11) instead</source>
      <translation>L'ordine {number} è da spedire al cliente: imballalo (F11)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} packed in %n parcel(s): the labels are printing</source>
      <translation>
        <numerusform>Ordine {number} imballato in %n pacco: stampa delle etichette</numerusform>
        <numerusform>Ordine {number} imballato in %n pacchi: stampa delle etichette</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} shipped: %n parcel(s)</source>
      <translation>
        <numerusform>Ordine {number} spedito: %n pacco</numerusform>
        <numerusform>Ordine {number} spedito: %n pacchi</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by} ({reason}): do not hand it over.</source>
      <translation>L'ordine {number} è stato annullato da {by} ({reason}): non consegnarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by}: do not hand it over.</source>
      <translation>L'ordine {number} è stato annullato da {by}: non consegnarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not pack it</source>
      <translation>L'ordine {number} è stato annullato: non imballarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not ship it</source>
      <translation>L'ordine {number} è stato annullato: non spedirlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by} ({reason}): do not hand it over.</source>
      <translation>L'ordine {number} è stato fatto scadere da {by} ({reason}): non consegnarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by}: do not hand it over.</source>
      <translation>L'ordine {number} è stato fatto scadere da {by}: non consegnarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number}: items back on the shelf, reservation released</source>
      <translation>Ordine {number}: articoli di nuovo sullo scaffale, prenotazione liberata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Pack into 1 to {most} parcels</source>
      <translation>Imballa in 1-{most} pacchi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel} has no label yet: print the labels (F11)</source>
      <translation>Il pacco {parcel} non ha ancora l'etichetta: stampa le etichette (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel}: type its weight</source>
      <translation>Pacco {parcel}: inserisci il peso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: type or scan its tracking number</source>
      <translation>Pacco {parcel}: digita o scansiona il n. di tracking</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: {tracking} is not a tracking number (4 to 40 letters, digits or dashes)</source>
      <translation>Pacco {parcel}: {tracking} non è un n. di tracking (da 4 a 40 lettere, cifre o trattini)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcels {first} and {second} have the same tracking number</source>
      <translation>I pacchi {first} e {second} hanno lo stesso n. di tracking</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Take the payment first: {total} to pay at pickup</source>
      <translation>Incassa prima: {total} da pagare al ritiro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>That pickup code does not match this order. Ask the customer again, or check an ID</source>
      <translation>Questo codice di ritiro non corrisponde all'ordine. Richiedilo al cliente o controlla un documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Unknown carrier {carrier}</source>
      <translation>Corriere sconosciuto {carrier}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>Unknown queue {tab}</source>
      <translation>Coda sconosciuta {tab}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Verify the customer: type or scan the pickup code, or record the ID shown</source>
      <translation>Verifica il cliente: digita o scansiona il codice di ritiro, o registra il documento mostrato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing was handed over</source>
      <translation>{name} non è in vendita prima del {day}, giorno in cui inizia la sua aliquota IVA; niente consegnato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: one taken back off</source>
      <translation>{name}: uno tolto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked</source>
      <translation>{name}: {picked} di {wanted} prelevati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F11 packs it</source>
      <translation>{name}: {picked} di {wanted} prelevati — tutte le righe fatte: F11 imballa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F9 marks it ready</source>
      <translation>{name}: {picked} di {wanted} prelevati — tutte le righe fatte: F9 lo segna pronto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>{stop} Its items are set aside: put them back on the shelf (Return to shelf).</source>
      <translation>{stop} I suoi articoli sono da parte: rimettili sullo scaffale (Allo scaffale).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>{typed} is not a weight: type the kilograms, such as 1.2</source>
      <translation>{typed} non è un peso: inserisci i chili, ad es. 1,2</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID card</source>
      <translation>carta d'identità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name}</source>
      <translation>Documento mostrato: {document} …{reference}, {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name} for {customer}</source>
      <translation>Documento mostrato: {document} …{reference}, {name} per {customer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Paid at pickup, receipt {receipt}</source>
      <translation>Pagato al ritiro, scontrino {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>To pay at pickup: {amount}</source>
      <translation>Da pagare al ritiro: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>driving licence</source>
      <translation>patente di guida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>other document</source>
      <translation>altro documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>passport</source>
      <translation>passaporto</translation>
    </message>
  </context>
  <context>
    <name>promotions</name>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} added</source>
      <translation>Coupon {code} aggiunto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} removed</source>
      <translation>Coupon {code} rimosso</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>A Z report number is a whole number from 1</source>
      <translation>Un numero di rapporto Z è un intero da 1 in su</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No Z report yet on this station</source>
      <translation>Ancora nessun rapporto Z su questa cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No shift is open: an X report reads the open shift</source>
      <translation>Nessun turno aperto: un rapporto X legge il turno aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The counted total of {tender} cannot be negative</source>
      <translation>Il totale contato di {tender} non può essere negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The paper must be one of {papers}</source>
      <translation>La carta deve essere una di: {papers}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>There is no Z report {number}</source>
      <translation>Non esiste il rapporto Z {number}</translation>
    </message>
  </context>
  <context>
    <name>restore</name>
    <message>
      <location filename="../../../src/storedesk/services/restore/pending.py" />
      <source>This station was restored from a backup and has not caught up with the hub yet: nothing can be numbered until it has. Run `{command}` (with the hub reachable).</source>
      <translation>Questa cassa è stata ripristinata da un backup e non è ancora allineata con il server centrale: nulla può essere numerato finché non lo è. Esegui `{command}` (con il server raggiungibile).</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>A payment of {amount} is already taken on the counter's sale: complete it at the counter first (F12 takes the rest in cash), then do the exchange</source>
      <translation>Sulla vendita in cassa è già preso un pagamento di {amount}: concludila prima in cassa (F12 incassa il resto in contanti), poi fai il cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>Riga {line} ({item}): una carta regalo venduta non si rimborsa; il saldo resta sulla carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>Line {line} ({item}): only {left} left to return (another return was just recorded)</source>
      <translation>Riga {line} ({item}): restano solo {left} da rendere (è appena stato registrato un altro reso)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): the return window (%n day(s)) is over for this sale</source>
      <translation>
        <numerusform>Riga {line} ({item}): il termine per il reso (%n giorno) è scaduto per questa vendita</numerusform>
        <numerusform>Riga {line} ({item}): il termine per il reso (%n giorni) è scaduto per questa vendita</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): {category} cannot be returned</source>
      <translation>Riga {line} ({item}): la categoria {category} non può essere resa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Line {line} is not on receipt {receipt}</source>
      <translation>La riga {line} non è sullo scontrino {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station and the hub cannot be reached: returns of other stations' sales need the hub</source>
      <translation>Lo scontrino {receipt} non è di questa cassa e il server centrale non risponde: i resi di vendite di altre casse ne hanno bisogno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station, and this station has no hub to ask</source>
      <translation>Lo scontrino {receipt} non è di questa cassa, e questa cassa non ha un server centrale a cui chiedere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not known here nor at the hub</source>
      <translation>Lo scontrino {receipt} non è noto né qui né al server centrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Scan at least one item to return</source>
      <translation>Scansiona almeno un articolo da rendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Scan the receipt's barcode or type its number</source>
      <translation>Scansiona il codice a barre dello scontrino o digita il numero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The counter's sale changed while the hub was asked: nothing was done; look at it and exchange again</source>
      <translation>La vendita in cassa è cambiata durante la richiesta al server centrale: nulla è stato fatto; controllala e rifai il cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached and this store takes no returns offline</source>
      <translation>Il server centrale non risponde e questo negozio non accetta resi offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached: only this station's own sales can be returned offline</source>
      <translation>Il server centrale non risponde: offline si possono rendere solo le vendite di questa cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub refused the lookup: {detail}</source>
      <translation>Il server centrale ha rifiutato la ricerca: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused the return: {detail}</source>
      <translation>Il server centrale ha rifiutato il reso: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused: {detail}</source>
      <translation>Rifiutato dal server centrale: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub's answer about this sale is malformed; nothing was changed</source>
      <translation>La risposta del server centrale su questa vendita non è valida; nulla è cambiato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The new items cost {amount} more than the returned ones: take a payment</source>
      <translation>I nuovi articoli costano {amount} più di quelli resi: incassa la differenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Unknown SKU {sku}</source>
      <translation>Codice articolo sconosciuto {sku}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>{item}: SKU {sku} is not in this store's catalog; it cannot be restocked</source>
      <translation>{item}: il codice {sku} non è nel catalogo di questo negozio; non si può rimettere in stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>{item}: una carta regalo venduta non si rimborsa; il saldo resta sulla carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: the quantity must be more than zero</source>
      <translation>{item}: la quantità deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: {category} cannot be returned</source>
      <translation>{item}: la categoria {category} non può essere resa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; it cannot be returned</source>
      <translation>{name} non è in vendita prima del {day}, giorno in cui inizia la sua aliquota IVA; non può essere reso</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>An ordered line has no order from the hub yet; nothing was saved</source>
      <translation>Una riga ordinata non ha ancora un ordine dal server centrale; non è stato salvato nulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>No shift is open: sales need an open shift. A manager opens one on the Shift screen (F11)</source>
      <translation>Nessun turno aperto: per vendere serve un turno. Un responsabile lo apre dalla schermata Turno (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The basket is empty</source>
      <translation>Il carrello è vuoto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The user {username} who approved a change to this sale is unknown; nothing was saved</source>
      <translation>L'utente {username} che ha approvato una modifica a questa vendita è sconosciuto; nulla è stato salvato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>This sale is marked paid but its receipt is missing; nothing was saved</source>
      <translation>Questa vendita risulta pagata ma manca lo scontrino; nulla è stato salvato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>{cash} in cash for {due} due is more than a customer hands over; check the amount, and confirm it if it is right</source>
      <translation>{cash} in contanti per {due} da pagare è più di quanto dà un cliente; controlla l'importo e confermalo se è giusto</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: no product with this code; nothing added</source>
      <translation>{code}: nessun articolo con questo codice; niente aggiunto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: scale item {plu} is not in the catalog</source>
      <translation>{code}: l'articolo a peso {plu} non è nel catalogo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: unknown barcode; nothing added</source>
      <translation>{code}: codice a barre sconosciuto; niente aggiunto</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Count the cash in the drawer before closing the shift</source>
      <translation>Conta i contanti nel cassetto prima di chiudere il turno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Give a reason (what the cash is for)</source>
      <translation>Indica un motivo (a cosa servono i contanti)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open on this station</source>
      <translation>Nessun turno aperto su questa cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open: open the shift first (the drawer belongs to a shift)</source>
      <translation>Nessun turno aperto: apri prima il turno (il cassetto appartiene a un turno)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is already open (since {since}); close it before opening another</source>
      <translation>Il turno {number} è già aperto (dal {since}); chiudilo prima di aprirne un altro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is no longer the open shift (shift {open} is); count again</source>
      <translation>Il turno {number} non è più quello aperto (lo è il {open}); riconta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The amount must be more than zero</source>
      <translation>L'importo deve essere maggiore di zero</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The reason is too long: at most %n characters</source>
      <translation>
        <numerusform>Il motivo è troppo lungo: al massimo %n carattere</numerusform>
        <numerusform>Il motivo è troppo lungo: al massimo %n caratteri</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} does not match the open period {period}; nothing was saved</source>
      <translation>Lo Z {z} non corrisponde al periodo aperto {period}; nulla è stato salvato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} is recorded but its PDF could not be written: {reason}</source>
      <translation>Lo Z {z} è registrato ma il PDF non è stato scritto: {reason}</translation>
    </message>
  </context>
  <context>
    <name>signin</name>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>Only a manager can take over the sale of {name}</source>
      <translation>Solo un responsabile può rilevare la vendita di {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>The sale of {name} is no longer open here</source>
      <translation>La vendita di {name} non è più aperta qui</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN</source>
      <translation>Utente sconosciuto o PIN errato</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN (%n tries left)</source>
      <translation>
        <numerusform>Utente sconosciuto o PIN errato (resta %n tentativo)</numerusform>
        <numerusform>Utente sconosciuto o PIN errato (restano %n tentativi)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Wrong PIN. {name} is now locked for %n minute(s)</source>
      <translation>
        <numerusform>PIN errato. {name} è bloccato per %n minuto</numerusform>
        <numerusform>PIN errato. {name} è bloccato per %n minuti</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} ({role}) may not {action} either</source>
      <translation>Neanche {name} ({role}) può: {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is an auditor: an auditor's PIN approves nothing</source>
      <translation>{name} è un revisore: il PIN di un revisore non autorizza nulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is disabled at this store; a manager can enable them again</source>
      <translation>{name} è disattivato in questo negozio; un responsabile può riattivarlo</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is locked after too many wrong PINs; try again in %n min or ask a manager</source>
      <translation>
        <numerusform>{name} è bloccato dopo troppi PIN errati; riprova tra %n min o chiama un responsabile</numerusform>
        <numerusform>{name} è bloccato dopo troppi PIN errati; riprova tra %n min o chiama un responsabile</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Choose a PIN other than the one you were given</source>
      <translation>Scegli un PIN diverso da quello ricevuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>No user {username} at this store (`storedesk user list` shows them)</source>
      <translation>Nessun utente {username} in questo negozio (`storedesk user list` li mostra)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Your PIN is your own already: a manager can reset it for you</source>
      <translation>Il tuo PIN è già tuo: un responsabile può reimpostarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is a {role}: only a manager may {action}</source>
      <translation>{name} è {role}: solo un responsabile può: {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already active</source>
      <translation>{name} è già attivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already disabled</source>
      <translation>{name} è già disattivato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is managed by the hub: change them with `storedesk-hub staff`, not at the till</source>
      <translation>{name} è gestito dal server centrale: modificalo con `storedesk-hub staff`, non in cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is not locked and has no wrong PINs to clear</source>
      <translation>{name} non è bloccato e non ha PIN errati da azzerare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} may no longer {action}</source>
      <translation>{name} non può più: {action}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>A count is a cycle count or a full count</source>
      <translation>Un inventario è a rotazione o completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A large adjustment (over 10 units or 50.00) needs a manager's approval</source>
      <translation>Una rettifica grande (oltre 10 pezzi o 50,00) richiede l'approvazione di un responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>A transfer goes to another store, not to this one</source>
      <translation>Un trasferimento va a un altro negozio, non a questo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A {role} may not adjust stock; a manager can authorise it</source>
      <translation>Un {role} non può rettificare lo stock; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Add at least one product to the transfer</source>
      <translation>Aggiungi almeno un articolo al trasferimento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Scegli un motivo: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved on station {station}: no more scans</source>
      <translation>L'inventario {doc} è approvato sulla cassa {station}: niente più scansioni</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved: no more scans</source>
      <translation>L'inventario {doc} è approvato: niente più scansioni</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled on station {station}: no more scans</source>
      <translation>L'inventario {doc} è annullato sulla cassa {station}: niente più scansioni</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled: no more scans</source>
      <translation>L'inventario {doc} è annullato: niente più scansioni</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is closed: no more scans</source>
      <translation>L'inventario {doc} è chiuso: niente più scansioni</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: approve it there</source>
      <translation>L'inventario {doc} è stato avviato sulla cassa {station}: approvalo lì</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: cancel it there</source>
      <translation>L'inventario {doc} è stato avviato sulla cassa {station}: annullalo lì</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Delivery {reference} is already {status}; nothing was changed</source>
      <translation>La consegna {reference} è già chiusa ({status}); nulla è cambiato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Give the delivery a reference (the supplier's delivery note number)</source>
      <translation>Dai un riferimento alla consegna (il numero del DDT del fornitore)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>No price change is waiting for a label</source>
      <translation>Nessun cambio prezzo attende un'etichetta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>No such count</source>
      <translation>Inventario inesistente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>No such delivery</source>
      <translation>Consegna inesistente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Nothing was counted: scan products first, or cancel the count</source>
      <translation>Nulla è stato contato: scansiona prima gli articoli, o annulla l'inventario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Nothing was scanned yet: scan the items received, then post</source>
      <translation>Ancora nulla scansionato: scansiona gli articoli ricevuti, poi registra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>Offline: the hub cannot be reached, so other stores' stock is unknown right now. Try again when the station is online</source>
      <translation>Offline: il server centrale non risponde, lo stock degli altri negozi ora non è noto. Riprova quando la cassa è online</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/reorder.py" />
      <source>Reorder points are set by a supervisor or a manager</source>
      <translation>I punti di riordino li fissa un supervisore o un responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>Scan or type a barcode or SKU</source>
      <translation>Scansiona o digita un codice a barre o un codice articolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Select at least one product for labels</source>
      <translation>Seleziona almeno un articolo per le etichette</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub does not know {sku} in any store yet</source>
      <translation>Il server centrale non conosce ancora {sku} in nessun negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub refused the question ({status})</source>
      <translation>Il server centrale ha rifiutato la richiesta ({status})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>The receiving report is printed once the delivery is posted</source>
      <translation>Il rapporto di ricevimento si stampa dopo aver registrato la consegna</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>This station is not connected to a hub, so other stores' stock is not known here</source>
      <translation>Questa cassa non è collegata a un server centrale: lo stock degli altri negozi qui non è noto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Type at least one expected line</source>
      <translation>Digita almeno una riga attesa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Type the store code the goods go to</source>
      <translation>Digita il codice del negozio di destinazione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>{code}: no product has this barcode or SKU</source>
      <translation>{code}: nessun articolo ha questo codice a barre o codice articolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>{item}: only {received} received so far; cannot take back {taken}</source>
      <translation>{item}: finora solo {received} ricevuti; non si possono togliere {taken}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>{item}: the count cannot go below zero</source>
      <translation>{item}: il conteggio non può scendere sotto zero</translation>
    </message>
  </context>
  <context>
    <name>stock_report</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>{store} ({code}) · station {station}</source>
      <translation>{store} ({code}) · cassa {station}</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>The hub refused this station's copy of its journal or archives: {reason}. It is tried again once a day.</source>
      <translation>L'hub ha rifiutato la copia del giornale o degli archivi di questa cassa: {reason}. Nuovo tentativo una volta al giorno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>This station is not registered at a hub: run `{command}`</source>
      <translation>Questa cassa non è registrata su un server centrale: esegui `{command}`</translation>
    </message>
  </context>
  <context>
    <name>vouchers</name>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No answer from the hub: vouchers cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>Il server centrale non risponde: niente buoni offline. Se è stato addebitato, la cassa lo riaccredita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No payment is taken on this sale</source>
      <translation>Nessun pagamento preso su questa vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Scan or type the voucher's code (letters, digits and dashes)</source>
      <translation>Scansiona o digita il codice del buono (lettere, cifre e trattini)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The amount to take from the voucher must be more than zero</source>
      <translation>L'importo da prendere dal buono deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: the voucher payment stays taken; try again later</source>
      <translation>Il server centrale non risponde: il pagamento col buono resta preso; riprova più tardi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: vouchers cannot be checked offline</source>
      <translation>Il server centrale non risponde: i buoni non si possono verificare offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back ({detail})</source>
      <translation>Il server centrale non ha restituito il pagamento col buono ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back, and the sale changed meanwhile: voucher {code} keeps {amount} taken; tell the manager</source>
      <translation>Il server centrale non ha restituito il pagamento col buono e la vendita è cambiata nel frattempo: il buono {code} resta con {amount} preso; avvisa il responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub's answer about this voucher is malformed</source>
      <translation>La risposta del server centrale su questo buono non è valida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} has only {balance} left</source>
      <translation>Sul buono {code} restano solo {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is already used: nothing is left on it</source>
      <translation>Il buono {code} è già usato: non resta nulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is in {currency}: this store takes {ours}</source>
      <translation>Il buono {code} è in {currency}: questo negozio accetta {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Buono {code} sconosciuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code}: the hub refused ({detail})</source>
      <translation>Buono {code}: rifiutato dal server centrale ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Vouchers are kept at the hub, and this station has no hub</source>
      <translation>I buoni sono sul server centrale, e questa cassa non ne ha</translation>
    </message>
  </context>
</TS>
