<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Add to the sale</source>
      <translation>Aggiungi alla vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Address line 2</source>
      <translation>Indirizzo (riga 2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub where it is available…</source>
      <translation>Verifica disponibilità presso il server centrale…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub…</source>
      <translation>Richiesta al server centrale…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Choose how the customer gets it, then Add to the sale</source>
      <translation>Scegli come lo riceve il cliente, poi Aggiungi alla vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>City</source>
      <translation>Città</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect at another store</source>
      <translation>Ritiro in un altro negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect here</source>
      <translation>Ritiro qui</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Country (FR, DE…)</source>
      <translation>Paese (FR, DE…)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Deliver home</source>
      <translation>Consegna a domicilio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Delivered home: {quantity} available</source>
      <translation>Consegna a domicilio: {quantity} disponibili</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Order for the customer</source>
      <translation>Ordina per il cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Phone</source>
      <translation>Telefono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Postcode</source>
      <translation>CAP</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Quantity</source>
      <translation>Quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Scan or type the product, then Enter</source>
      <translation>Scansiona o digita l'articolo, poi Invio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Street</source>
      <translation>Via e numero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Where is it?</source>
      <translation>Dov'è?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{code} {name}: {quantity} available</source>
      <translation>{code} {name}: {quantity} disponibili</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{name} is available nowhere in the chain</source>
      <translation>{name} non è disponibile in nessun punto della catena</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{name} · {sku} · {price}</source>
      <translation>{name} · {sku} · {price}</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>%n customer(s) found</source>
      <translation>
        <numerusform>%n cliente trovato</numerusform>
        <numerusform>%n clienti trovati</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attach  (Enter)</source>
      <translation>Associa  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attached: {name}, card {card}</source>
      <translation>Associato: {name}, carta {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Card</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Create and attach  (F3)</source>
      <translation>Crea e associa  (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Creating the customer at the hub...</source>
      <translation>Creazione del cliente in sede...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer of this sale</source>
      <translation>Cliente di questa vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: erased at the hub (the sale keeps their prices)</source>
      <translation>Cliente: cancellato in sede (la vendita mantiene i suoi prezzi)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: {name} · card {card}</source>
      <translation>Cliente: {name} · carta {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customers found</source>
      <translation>Clienti trovati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Detach  (F4)</source>
      <translation>Rimuovi  (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find a customer</source>
      <translation>Cerca un cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find the customer first, or create them</source>
      <translation>Cerca prima il cliente, o crealo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Looking for the customer...</source>
      <translation>Ricerca del cliente...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>New customer</source>
      <translation>Nuovo cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Phone</source>
      <translation>Telefono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The customer agrees to be contacted</source>
      <translation>Il cliente accetta di essere contattato</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The hub cannot be reached: %n customer(s) found among this station's recent customers</source>
      <translation>
        <numerusform>Sede non raggiungibile: %n cliente trovato tra i clienti recenti di questa cassa</numerusform>
        <numerusform>Sede non raggiungibile: %n clienti trovati tra i clienti recenti di questa cassa</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Type the customer's name</source>
      <translation>Digita il nome del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>phone, email, name or scan the card, then Enter</source>
      <translation>telefono, e-mail, nome o scansiona la carta, poi Invio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>scan a new card, or leave empty: the hub issues one</source>
      <translation>scansiona una carta nuova, o lascia vuoto: la sede ne assegna una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card}</source>
      <translation>{name} · carta {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card} · {contact}</source>
      <translation>{name} · carta {card} · {contact}</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A clerk can authorise it too.</source>
      <translation>Anche un cassiere può autorizzarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A supervisor can authorise it too.</source>
      <translation>Anche un supervisore può autorizzarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Amount  (A)</source>
      <translation>Importo  (A)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Apply to</source>
      <translation>Applica a</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>As</source>
      <translation>Come</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Cancel  (Esc)</source>
      <translation>Annulla  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk</source>
      <translation>Cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk approval</source>
      <translation>Autorizzazione del cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Discount</source>
      <translation>Sconto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager</source>
      <translation>Responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager approval</source>
      <translation>Autorizzazione del responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>New quantity</source>
      <translation>Nuova quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>No, correct it  (Enter)</source>
      <translation>No, correggi  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>OK  (Enter)</source>
      <translation>OK  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Percent %  (P)</source>
      <translation>Percentuale %  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Quantity</source>
      <translation>Quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Selected line  (L)</source>
      <translation>Riga scelta  (L)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor</source>
      <translation>Supervisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor approval</source>
      <translation>Autorizzazione del supervisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Type the quantity and Enter</source>
      <translation>Digita la quantità e Invio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Value</source>
      <translation>Valore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Whole sale  (B)</source>
      <translation>Tutta la vendita  (B)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Yes, it is right  (Y)</source>
      <translation>Sì, è giusto  (Y)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>e.g. 10 for 10 %, 0 removes the discount</source>
      <translation>es. 10 per 10 %, 0 toglie lo sconto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>manager's user name</source>
      <translation>utente del responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a clerk or a manager</source>
      <translation>utente di un cassiere o del responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a supervisor or a manager</source>
      <translation>utente di un supervisore o del responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>{error}: correct it, or Esc</source>
      <translation>{error}: correggi, o Esc</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>A gift card bears no VAT: VAT is due on what it buys</source>
      <translation>Una carta regalo non ha IVA: l'IVA si paga su ciò che acquista</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Add to sale  (Enter)</source>
      <translation>Aggiungi alla vendita  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Amount</source>
      <translation>Importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Asking the hub...</source>
      <translation>Richiesta alla centrale...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Card code</source>
      <translation>Codice carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Check  (Enter)</source>
      <translation>Verifica  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card balance</source>
      <translation>Saldo carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card {code}: {balance} left. F2 reloads it</source>
      <translation>Carta regalo {code}: restano {balance}. F2 per ricaricare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload  (F2)</source>
      <translation>Ricarica  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload a gift card</source>
      <translation>Ricarica una carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Scan the gift card first</source>
      <translation>Scansiona prima la carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Sell a gift card</source>
      <translation>Vendi una carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>amount, at most {most}</source>
      <translation>importo, al massimo {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card</source>
      <translation>scansiona la carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card, then Enter</source>
      <translation>scansiona la carta, poi Invio</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Accept + pick list</source>
      <translation>Accetta + lista</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Acknowledge</source>
      <translation>Conferma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Add user</source>
      <translation>Aggiungi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Adjust</source>
      <translation>Rettifica</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>All lines</source>
      <translation>Tutto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Approve &amp;&amp; post</source>
      <translation>Approva</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back</source>
      <translation>Indietro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back to sale</source>
      <translation>Vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Cancel count</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Change role</source>
      <translation>Ruolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Check journal</source>
      <translation>Verifica giornale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Close shift (Z)</source>
      <translation>Chiusura (Z)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Complete</source>
      <translation>Concludi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Condition</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Count</source>
      <translation>Inventario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Disable</source>
      <translation>Disattiva</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Discount</source>
      <translation>Sconto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Enable</source>
      <translation>Attiva</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exact cash</source>
      <translation>Contanti esatti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exchange</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Find order</source>
      <translation>Ordine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Fiscal records</source>
      <translation>Registri fiscali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Flags</source>
      <translation>Avvisi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Gift card</source>
      <translation>Carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Hand over</source>
      <translation>Consegna</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Labels</source>
      <translation>Etichette</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Lock</source>
      <translation>Blocca</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Low / negative</source>
      <translation>Basso / negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Manager</source>
      <translation>Responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New cycle count</source>
      <translation>Inv. ciclico</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New full count</source>
      <translation>Inv. completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New return</source>
      <translation>Nuovo reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next delivery</source>
      <translation>Successiva</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next open count</source>
      <translation>Successivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No receipt</source>
      <translation>Senza scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No sale</source>
      <translation>Apri cassetto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One less</source>
      <translation>Uno in meno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One more</source>
      <translation>Uno in più</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Open shift</source>
      <translation>Apri cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Order</source>
      <translation>Ordina</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pack + labels</source>
      <translation>Imballa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid in</source>
      <translation>Versamento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid out</source>
      <translation>Prelievo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Park / recall</source>
      <translation>Sospendi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Payment</source>
      <translation>Incassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pickup</source>
      <translation>Ritiro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Post receipt</source>
      <translation>Registra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Price</source>
      <translation>Prezzo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print closing</source>
      <translation>Stampa chiusura</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print last report</source>
      <translation>Ristampa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print pick list</source>
      <translation>Lista</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print variance</source>
      <translation>Differenze</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Quantity</source>
      <translation>Quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ready</source>
      <translation>Pronto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Receive</source>
      <translation>Ricevi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Refresh</source>
      <translation>Aggiorna</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reject line</source>
      <translation>Rifiuta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reorder point</source>
      <translation>Sottoscorta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint</source>
      <translation>Ristampa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint Z</source>
      <translation>Ristampa Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint receipt</source>
      <translation>Ristampa scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint return</source>
      <translation>Ristampa reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reset PIN</source>
      <translation>Nuovo PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Return to shelf</source>
      <translation>A scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Returns</source>
      <translation>Resi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Role limits</source>
      <translation>Limiti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sale</source>
      <translation>Vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Scan item</source>
      <translation>Scansiona</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Search</source>
      <translation>Cerca</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>See and print</source>
      <translation>Vedi e stampa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Shift</source>
      <translation>Cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ship</source>
      <translation>Spedisci</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Stock</source>
      <translation>Magazzino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Store day (hub)</source>
      <translation>Giornata (hub)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sync</source>
      <translation>Sincro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>To credit</source>
      <translation>In buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Transfer out</source>
      <translation>Trasferisci</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Type a delivery</source>
      <translation>Digita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Unlock</source>
      <translation>Sblocca</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Variance (manager)</source>
      <translation>Differenze</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Void line</source>
      <translation>Storna riga</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Where else?</source>
      <translation>Dove altro?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>X report</source>
      <translation>Rapporto X</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Cancelled: nothing was changed</source>
      <translation>Annullato: nulla è cambiato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Sign in first</source>
      <translation>Accedi prima</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>%n point(s) taken for {amount}; {balance} left</source>
      <translation>
        <numerusform>%n punto usato per {amount}; restano {balance}</numerusform>
        <numerusform>%n punti usati per {amount}; restano {balance}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A card cannot pay more than what is left; cards give no change</source>
      <translation>La carta non paga più del residuo; niente resto su carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A gift card pays at most what is left; it gives no change</source>
      <translation>Una carta regalo paga al massimo il residuo; non dà resto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A voucher pays at most what is left; it gives no change</source>
      <translation>Un buono paga al massimo il residuo; non dà resto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Amount</source>
      <translation>Importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the customer's points...</source>
      <translation>Richiesta dei punti del cliente alla sede...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the gift card's balance...</source>
      <translation>Richiesta del saldo della carta regalo alla centrale...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for {amount} from voucher {code}...</source>
      <translation>Richiesta all'hub: {amount} dal buono {code}...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Back (Esc)</source>
      <translation>Indietro (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card  (F6)</source>
      <translation>Carta  (F6)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card approval</source>
      <translation>Autorizzazione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash</source>
      <translation>Contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash  (Enter)</source>
      <translation>Contanti  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Change to give: {amount}</source>
      <translation>Resto: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Check the cash amount</source>
      <translation>Controlla i contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Enter the card terminal's approval code, then F6</source>
      <translation>Digita il codice di autorizzazione del POS, poi F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exact {amount}</source>
      <translation>Esatti {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exchange</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card</source>
      <translation>Carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card  (F8)</source>
      <translation>Carta regalo  (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card {code}: {amount} taken, {balance} left on it</source>
      <translation>Carta regalo {code}: {amount} incassato, restano {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Is that really the amount the customer handed over?</source>
      <translation>Il cliente ha davvero dato questa somma?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}</source>
      <translation>Residuo: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}   (in cash: {cash})</source>
      <translation>Residuo: {amount}   (in contanti: {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Payment</source>
      <translation>Incasso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points</source>
      <translation>Punti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points  (F9)</source>
      <translation>Punti  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points pay at most what is left; they give no change</source>
      <translation>I punti pagano al massimo il resto; non danno resto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Remove last (Del)</source>
      <translation>Togli ultimo (Canc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Saving the payment of {amount}…</source>
      <translation>Salvataggio del pagamento di {amount}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the gift card's code, then F8</source>
      <translation>Scansiona o digita il codice della carta regalo, poi F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the voucher code, then F7</source>
      <translation>Scansiona o digita il codice del buono, poi F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>To pay {amount}</source>
      <translation>Da pagare {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher</source>
      <translation>Buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher  (F7)</source>
      <translation>Buono  (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher {code}: {amount} taken, {balance} left on it</source>
      <translation>Buono {code}: {amount} usati, restano {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>amount handed over</source>
      <translation>somma ricevuta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>card terminal approval code</source>
      <translation>codice di autorizzazione del POS</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>gift card code (scan or type), then F8</source>
      <translation>codice carta regalo (scansiona o digita), poi F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>store credit voucher code (scan or type), then F7</source>
      <translation>codice del buono (scansiona o digita), poi F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{amount} not taken: type the amount handed over</source>
      <translation>{amount} non preso: digita la somma ricevuta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tendered} in cash for {due}?</source>
      <translation>{tendered} in contanti per {due}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}</source>
      <translation>{tender}  {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}  ref {reference}</source>
      <translation>{tender}  {amount}  rif. {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added</source>
      <translation>{tender} {amount} aggiunto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added and saved</source>
      <translation>{tender} {amount} aggiunto e salvato</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>%n coupon(s): {codes}</source>
      <translation>
        <numerusform>%n coupon: {codes}</numerusform>
        <numerusform>%n coupon: {codes}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n articolo</numerusform>
        <numerusform>%n articoli</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n riga</numerusform>
        <numerusform>%n righe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>%n product(s) found</source>
      <translation>
        <numerusform>%n prodotto trovato</numerusform>
        <numerusform>%n prodotti trovati</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>+ VAT {amount}</source>
      <translation>+ IVA {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>A payment is already taken on this sale: F10 or F12 completes it first</source>
      <translation>C'è già un pagamento su questa vendita: prima concludila con F10 o F12</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>A sale of {total}?</source>
      <translation>Una vendita di {total}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Amount</source>
      <translation>Importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Card {amount}</source>
      <translation>Carta {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Cash {amount}</source>
      <translation>Contanti {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Change price</source>
      <translation>Cambia prezzo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Change {amount}</source>
      <translation>Resto {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the quantity</source>
      <translation>Controlla la quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the sale total</source>
      <translation>Controlla il totale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Close  (Esc)</source>
      <translation>Chiudi  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Discount</source>
      <translation>Sconto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Done</source>
      <translation>Fatto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Exchange {amount}</source>
      <translation>Cambio {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product</source>
      <translation>Cerca un prodotto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product  (↑ ↓ choose, Enter add, Esc close)</source>
      <translation>Cerca un prodotto  (↑ ↓ scegli, Invio aggiungi, Esc chiudi)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Gift card {amount}</source>
      <translation>Carta regalo {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Is that really what the customer is buying?</source>
      <translation>Il cliente compra davvero questo?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Item</source>
      <translation>Articolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Last sale {number} · {amount}</source>
      <translation>Ultima vendita {number} · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>New unit price</source>
      <translation>Nuovo prezzo unitario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Next scan × {quantity}</source>
      <translation>Prossima scansione × {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>No change</source>
      <translation>Nessun resto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>No parked sales</source>
      <translation>Nessuna vendita sospesa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>No product matches</source>
      <translation>Nessun prodotto trovato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Nothing chosen</source>
      <translation>Niente scelto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Nothing was changed.</source>
      <translation>Nulla è cambiato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Ordered line added: it is paid with this sale</source>
      <translation>Articolo ordinato aggiunto: si paga con questa vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park or recall a sale</source>
      <translation>Sospendi o riprendi una vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park this sale  (F9)</source>
      <translation>Sospendi  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (number · parked at · by · items · total)</source>
      <translation>Vendite sospese: {count}  (n. · ora · da · articoli · totale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · items · total)</source>
      <translation>Vendite sospese: {count}  (ora · da · articoli · totale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · total)</source>
      <translation>Vendite sospese: {count}  (ora · da · totale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Points {amount}</source>
      <translation>Punti {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Price</source>
      <translation>Prezzo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Price changes are recorded with your name</source>
      <translation>I cambi di prezzo sono registrati col tuo nome</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Promotion {id}: {amount}</source>
      <translation>Promozione {id}: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Qty</source>
      <translation>Qtà</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recall selected  (Enter)</source>
      <translation>Riprendi  (Invio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}).</source>
      <translation>Ripresa la vendita delle {at} ({who}, {total}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}). Your basket was parked as #{number}.</source>
      <translation>Ripresa la vendita delle {at} ({who}, {total}). Il tuo carrello è sospeso come n. {number}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Scontrino non ancora scritto ({reason}); sarà scritto appena c'è spazio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed</source>
      <translation>Scontrino {number} stampato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed again: duplicate no. {duplicate}</source>
      <translation>Scontrino {number} ristampato: duplicato n. {duplicate}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Sale parked as #{number}. F9 brings it back.</source>
      <translation>Vendita sospesa come n. {number}. F9 la riprende.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} is saved; its receipt was not printed:</source>
      <translation>Vendita {number} salvata; lo scontrino non è stato stampato:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} saved. Printing receipt…</source>
      <translation>Vendita {number} salvata. Stampa dello scontrino…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan a barcode, or type a code and Enter  (3*code = 3 pieces)</source>
      <translation>Scansiona un codice a barre, o digita un codice e Invio  (3*codice = 3 pezzi)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan something before giving a discount</source>
      <translation>Scansiona un articolo prima di fare uno sconto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Select a line first (↑ ↓)</source>
      <translation>Scegli prima una riga (↑ ↓)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount}</source>
      <translation>Ancora da pagare {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount} (in cash {cash})</source>
      <translation>Ancora da pagare {amount} (in contanti {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit} on one line.</source>
      <translation>È più di {limit} su una riga.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit}.</source>
      <translation>È più di {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>That line is voided</source>
      <translation>Quella riga è stornata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>The payments taken are kept: F10 goes on, F12 takes the rest in cash</source>
      <translation>I pagamenti restano: F10 continua, F12 incassa il resto in contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}.</source>
      <translation>Il totale diventa {total}, più di {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a manager can authorise it</source>
      <translation>Il totale diventa {total}, più di {limit}; il responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a supervisor or a manager can authorise it</source>
      <translation>Il totale diventa {total}, più di {limit}; un capoturno o il responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To collect at {store}: {name}</source>
      <translation>Ritiro a {store}: {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To deliver: {name}</source>
      <translation>Da consegnare: {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Total</source>
      <translation>Totale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Type a name or SKU…</source>
      <translation>Digita un nome o un codice…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Voucher {amount}</source>
      <translation>Buono {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>discounts {amount}</source>
      <translation>sconti {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>of which VAT {amount}</source>
      <translation>di cui IVA {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>void</source>
      <translation>stornata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (price changed)</source>
      <translation>{name} (prezzo cambiato)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (voided)</source>
      <translation>{name} (stornata)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P stampa una copia.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{quantity} items</source>
      <translation>{quantity} articoli</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line.</source>
      <translation>{quantity} × {name} è più di {limit} su una riga.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a manager can authorise it</source>
      <translation>{quantity} × {name} è più di {limit} su una riga; il responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a supervisor or a manager can authorise it</source>
      <translation>{quantity} × {name} è più di {limit} su una riga; un capoturno o il responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name}?</source>
      <translation>{quantity} × {name}?</translation>
    </message>
  </context>
  <context>
    <name>widgets</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} di %n prodotto mostrati: digita altro del nome o del codice</numerusform>
        <numerusform>{shown} di %n prodotti mostrati: digita altro del nome o del codice</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of more than %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} di oltre %n prodotto mostrati: digita altro del nome o del codice</numerusform>
        <numerusform>{shown} di oltre %n prodotti mostrati: digita altro del nome o del codice</numerusform>
      </translation>
    </message>
  </context>
</TS>
