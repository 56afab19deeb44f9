<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Add to the sale</source>
      <translation>Zum Verkauf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Address line 2</source>
      <translation>Adresszusatz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub where it is available…</source>
      <translation>Zentrale wird nach Bestand gefragt…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub…</source>
      <translation>Zentrale wird gefragt…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Choose how the customer gets it, then Add to the sale</source>
      <translation>Lieferart wählen, dann Zum Verkauf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect at another store</source>
      <translation>Abholung in anderer Filiale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect here</source>
      <translation>Abholung hier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Country (FR, DE…)</source>
      <translation>Land (FR, DE…)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Deliver home</source>
      <translation>Lieferung nach Hause</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Delivered home: {quantity} available</source>
      <translation>Lieferung: {quantity} verfügbar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Order for the customer</source>
      <translation>Für Kunden bestellen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Postcode</source>
      <translation>PLZ</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Quantity</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Scan or type the product, then Enter</source>
      <translation>Artikel scannen oder eingeben, dann Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Street</source>
      <translation>Straße und Nr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Where is it?</source>
      <translation>Wo verfügbar?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{code} {name}: {quantity} available</source>
      <translation>{code} {name}: {quantity} verfügbar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{name} is available nowhere in the chain</source>
      <translation>{name} ist in keiner Filiale verfügbar</translation>
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
        <numerusform>%n Kunde gefunden</numerusform>
        <numerusform>%n Kunden gefunden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attach  (Enter)</source>
      <translation>Zuordnen  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attached: {name}, card {card}</source>
      <translation>Zugeordnet: {name}, Karte {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Card</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Create and attach  (F3)</source>
      <translation>Anlegen und zuordnen  (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Creating the customer at the hub...</source>
      <translation>Kunde wird in der Zentrale angelegt...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer of this sale</source>
      <translation>Kunde dieses Verkaufs</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: erased at the hub (the sale keeps their prices)</source>
      <translation>Kunde: in der Zentrale gelöscht (der Verkauf behält seine Preise)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: {name} · card {card}</source>
      <translation>Kunde: {name} · Karte {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customers found</source>
      <translation>Gefundene Kunden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Detach  (F4)</source>
      <translation>Entfernen  (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find a customer</source>
      <translation>Kunden suchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find the customer first, or create them</source>
      <translation>Erst den Kunden suchen oder anlegen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Looking for the customer...</source>
      <translation>Kunde wird gesucht...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>New customer</source>
      <translation>Neuer Kunde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The customer agrees to be contacted</source>
      <translation>Der Kunde ist mit Kontaktaufnahme einverstanden</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The hub cannot be reached: %n customer(s) found among this station's recent customers</source>
      <translation>
        <numerusform>Zentrale nicht erreichbar: %n Kunde unter den letzten Kunden dieser Kasse gefunden</numerusform>
        <numerusform>Zentrale nicht erreichbar: %n Kunden unter den letzten Kunden dieser Kasse gefunden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Type the customer's name</source>
      <translation>Namen des Kunden eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>phone, email, name or scan the card, then Enter</source>
      <translation>Telefon, E-Mail, Name oder Karte scannen, dann Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>scan a new card, or leave empty: the hub issues one</source>
      <translation>neue Karte scannen, oder leer: Zentrale vergibt eine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card}</source>
      <translation>{name} · Karte {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card} · {contact}</source>
      <translation>{name} · Karte {card} · {contact}</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A clerk can authorise it too.</source>
      <translation>Ein Kassierer kann es auch freigeben.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A supervisor can authorise it too.</source>
      <translation>Ein Schichtleiter kann es auch freigeben.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Amount  (A)</source>
      <translation>Betrag  (A)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Apply to</source>
      <translation>Für</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>As</source>
      <translation>Als</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Cancel  (Esc)</source>
      <translation>Abbrechen  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk</source>
      <translation>Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk approval</source>
      <translation>Freigabe Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Discount</source>
      <translation>Rabatt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager</source>
      <translation>Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager approval</source>
      <translation>Freigabe Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>New quantity</source>
      <translation>Neue Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>No, correct it  (Enter)</source>
      <translation>Nein, korrigieren  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>OK  (Enter)</source>
      <translation>OK  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Percent %  (P)</source>
      <translation>Prozent %  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Quantity</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Selected line  (L)</source>
      <translation>Gewählte Zeile  (L)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor</source>
      <translation>Schichtleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor approval</source>
      <translation>Freigabe Schichtleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Type the quantity and Enter</source>
      <translation>Menge eingeben, dann Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Whole sale  (B)</source>
      <translation>Ganzer Bon  (B)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Yes, it is right  (Y)</source>
      <translation>Ja, stimmt  (Y)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>e.g. 10 for 10 %, 0 removes the discount</source>
      <translation>z. B. 10 für 10 %, 0 entfernt den Rabatt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>manager's user name</source>
      <translation>Benutzername des Filialleiters</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a clerk or a manager</source>
      <translation>Benutzername Kassierer oder Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a supervisor or a manager</source>
      <translation>Benutzername Schichtleiter oder Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>{error}: correct it, or Esc</source>
      <translation>{error}: bitte korrigieren, oder Esc</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>A gift card bears no VAT: VAT is due on what it buys</source>
      <translation>Ein Geschenkgutschein ist ohne MwSt.: MwSt. fällt beim Einlösen an</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Add to sale  (Enter)</source>
      <translation>Zum Verkauf  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Asking the hub...</source>
      <translation>Frage die Zentrale...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Card code</source>
      <translation>Kartencode</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Check  (Enter)</source>
      <translation>Prüfen  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card balance</source>
      <translation>Guthaben Geschenkkarte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card {code}: {balance} left. F2 reloads it</source>
      <translation>Geschenkkarte {code}: {balance} übrig. F2 lädt auf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload  (F2)</source>
      <translation>Aufladen  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload a gift card</source>
      <translation>Geschenkkarte aufladen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Scan the gift card first</source>
      <translation>Zuerst die Geschenkkarte scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Sell a gift card</source>
      <translation>Geschenkkarte verkaufen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>amount, at most {most}</source>
      <translation>Betrag, höchstens {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card</source>
      <translation>Karte scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card, then Enter</source>
      <translation>Karte scannen, dann Enter</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Accept + pick list</source>
      <translation>Annehmen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Acknowledge</source>
      <translation>Quittieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Add user</source>
      <translation>Neu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Adjust</source>
      <translation>Korrektur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>All lines</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Approve &amp;&amp; post</source>
      <translation>Buchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back to sale</source>
      <translation>Verkauf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Cancel count</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Change role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Check journal</source>
      <translation>Journal prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Close shift (Z)</source>
      <translation>Abschluss Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Complete</source>
      <translation>Abschließen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Condition</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Count</source>
      <translation>Inventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Disable</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Discount</source>
      <translation>Rabatt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Enable</source>
      <translation>Freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exact cash</source>
      <translation>Bar passend</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exchange</source>
      <translation>Umtausch</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Find order</source>
      <translation>Auftrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Fiscal records</source>
      <translation>Fiskaldaten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Flags</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Gift card</source>
      <translation>Geschenkkarte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Hand over</source>
      <translation>Übergeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Labels</source>
      <translation>Etiketten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Lock</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Low / negative</source>
      <translation>Niedrig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Manager</source>
      <translation>Leitung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New cycle count</source>
      <translation>Teilinventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New full count</source>
      <translation>Vollinventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New return</source>
      <translation>Neu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next delivery</source>
      <translation>Nächste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next open count</source>
      <translation>Nächste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No receipt</source>
      <translation>Ohne Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No sale</source>
      <translation>Lade auf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One less</source>
      <translation>Eins weniger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One more</source>
      <translation>Eins mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Open shift</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Order</source>
      <translation>Bestellen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pack + labels</source>
      <translation>Packen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid in</source>
      <translation>Einlage</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid out</source>
      <translation>Entnahme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Park / recall</source>
      <translation>Parken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Payment</source>
      <translation>Bezahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pickup</source>
      <translation>Abholung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Post receipt</source>
      <translation>Buchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Price</source>
      <translation>Preis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print closing</source>
      <translation>Abschluss drucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print last report</source>
      <translation>Drucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print pick list</source>
      <translation>Pickliste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print variance</source>
      <translation>Differenzen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Quantity</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ready</source>
      <translation>Bereit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Receive</source>
      <translation>Wareneingang</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reject line</source>
      <translation>Ablehnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reorder point</source>
      <translation>Meldebestand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint</source>
      <translation>Kopie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint Z</source>
      <translation>Z-Kopie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint receipt</source>
      <translation>Bon nachdrucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint return</source>
      <translation>Rückgabe nachdrucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reset PIN</source>
      <translation>PIN neu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Return to shelf</source>
      <translation>Zurücklegen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Returns</source>
      <translation>Rückgabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Role limits</source>
      <translation>Limits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sale</source>
      <translation>Verkauf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Scan item</source>
      <translation>Scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Search</source>
      <translation>Suchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>See and print</source>
      <translation>Ansehen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Shift</source>
      <translation>Schicht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ship</source>
      <translation>Versenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Stock</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Store day (hub)</source>
      <translation>Tag (Hub)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>To credit</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Transfer out</source>
      <translation>Umlagern</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Type a delivery</source>
      <translation>Erfassen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Variance (manager)</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Void line</source>
      <translation>Storno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Where else?</source>
      <translation>Wo sonst?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>X report</source>
      <translation>X-Bericht</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Cancelled: nothing was changed</source>
      <translation>Abgebrochen: nichts geändert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Sign in first</source>
      <translation>Bitte zuerst anmelden</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>%n point(s) taken for {amount}; {balance} left</source>
      <translation>
        <numerusform>%n Punkt für {amount} eingelöst; {balance} übrig</numerusform>
        <numerusform>%n Punkte für {amount} eingelöst; {balance} übrig</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A card cannot pay more than what is left; cards give no change</source>
      <translation>Karte zahlt höchstens den Restbetrag; kein Rückgeld auf Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A gift card pays at most what is left; it gives no change</source>
      <translation>Eine Geschenkkarte zahlt höchstens den Rest; kein Rückgeld</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A voucher pays at most what is left; it gives no change</source>
      <translation>Ein Gutschein zahlt höchstens den Restbetrag; kein Rückgeld</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the customer's points...</source>
      <translation>Punkte des Kunden werden in der Zentrale angefragt...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the gift card's balance...</source>
      <translation>Frage die Zentrale nach dem Kartenguthaben...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for {amount} from voucher {code}...</source>
      <translation>Hub wird gefragt: {amount} vom Gutschein {code}...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Back (Esc)</source>
      <translation>Zurück (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card  (F6)</source>
      <translation>Karte  (F6)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card approval</source>
      <translation>Kartenfreigabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash</source>
      <translation>Bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash  (Enter)</source>
      <translation>Bar  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Change to give: {amount}</source>
      <translation>Rückgeld: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Check the cash amount</source>
      <translation>Barbetrag prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Enter the card terminal's approval code, then F6</source>
      <translation>Freigabecode des Kartenterminals eingeben, dann F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exact {amount}</source>
      <translation>Passend {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exchange</source>
      <translation>Umtausch</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card</source>
      <translation>Geschenkkarte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card  (F8)</source>
      <translation>Geschenkkarte  (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card {code}: {amount} taken, {balance} left on it</source>
      <translation>Geschenkkarte {code}: {amount} abgebucht, {balance} übrig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Is that really the amount the customer handed over?</source>
      <translation>Hat der Kunde wirklich so viel gegeben?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}</source>
      <translation>Rest: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}   (in cash: {cash})</source>
      <translation>Rest: {amount}   (bar: {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Payment</source>
      <translation>Bezahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points  (F9)</source>
      <translation>Punkte  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points pay at most what is left; they give no change</source>
      <translation>Punkte zahlen höchstens den Rest; kein Rückgeld</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Remove last (Del)</source>
      <translation>Letzte weg (Entf)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Saving the payment of {amount}…</source>
      <translation>Zahlung über {amount} wird gespeichert…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the gift card's code, then F8</source>
      <translation>Code der Geschenkkarte scannen oder tippen, dann F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the voucher code, then F7</source>
      <translation>Gutscheincode scannen oder eingeben, dann F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>To pay {amount}</source>
      <translation>Zu zahlen {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher</source>
      <translation>Gutschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher  (F7)</source>
      <translation>Gutschein  (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher {code}: {amount} taken, {balance} left on it</source>
      <translation>Gutschein {code}: {amount} eingelöst, Rest {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>amount handed over</source>
      <translation>gegebener Betrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>card terminal approval code</source>
      <translation>Freigabecode des Kartenterminals</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>gift card code (scan or type), then F8</source>
      <translation>Geschenkkarten-Code (scannen/tippen), dann F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>store credit voucher code (scan or type), then F7</source>
      <translation>Gutscheincode (scannen oder eingeben), dann F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{amount} not taken: type the amount handed over</source>
      <translation>{amount} nicht genommen: gegebenen Betrag eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tendered} in cash for {due}?</source>
      <translation>{tendered} bar für {due}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}</source>
      <translation>{tender}  {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}  ref {reference}</source>
      <translation>{tender}  {amount}  Ref. {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added</source>
      <translation>{tender} {amount} hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added and saved</source>
      <translation>{tender} {amount} hinzugefügt und gespeichert</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>%n coupon(s): {codes}</source>
      <translation>
        <numerusform>%n Coupon: {codes}</numerusform>
        <numerusform>%n Coupons: {codes}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n Artikel</numerusform>
        <numerusform>%n Artikel</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n Zeile</numerusform>
        <numerusform>%n Zeilen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>%n product(s) found</source>
      <translation>
        <numerusform>%n Artikel gefunden</numerusform>
        <numerusform>%n Artikel gefunden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>+ VAT {amount}</source>
      <translation>+ MwSt. {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>A payment is already taken on this sale: F10 or F12 completes it first</source>
      <translation>Auf diesem Bon ist schon eine Zahlung: erst mit F10 oder F12 abschließen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>A sale of {total}?</source>
      <translation>Ein Bon über {total}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Card {amount}</source>
      <translation>Karte {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Cash {amount}</source>
      <translation>Bar {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Change price</source>
      <translation>Preis ändern</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Change {amount}</source>
      <translation>Rückgeld {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the quantity</source>
      <translation>Menge prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the sale total</source>
      <translation>Summe prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Close  (Esc)</source>
      <translation>Schließen  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Discount</source>
      <translation>Rabatt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Exchange {amount}</source>
      <translation>Umtausch {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product</source>
      <translation>Artikel suchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product  (↑ ↓ choose, Enter add, Esc close)</source>
      <translation>Artikel suchen  (↑ ↓ wählen, Enter übernehmen, Esc schließen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Gift card {amount}</source>
      <translation>Geschenkkarte {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Is that really what the customer is buying?</source>
      <translation>Kauft der Kunde wirklich so viel?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Last sale {number} · {amount}</source>
      <translation>Letzter Bon {number} · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>New unit price</source>
      <translation>Neuer Stückpreis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Next scan × {quantity}</source>
      <translation>Nächster Scan × {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>No change</source>
      <translation>Kein Rückgeld</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>No parked sales</source>
      <translation>Keine geparkten Bons</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>No product matches</source>
      <translation>Kein Artikel gefunden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Nothing chosen</source>
      <translation>Nichts gewählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Nothing was changed.</source>
      <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Ordered line added: it is paid with this sale</source>
      <translation>Bestellte Position hinzugefügt: wird mit diesem Verkauf bezahlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park or recall a sale</source>
      <translation>Bon parken oder holen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park this sale  (F9)</source>
      <translation>Bon parken  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (number · parked at · by · items · total)</source>
      <translation>Geparkte Bons: {count}  (Nr. · Zeit · von · Artikel · Summe)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · items · total)</source>
      <translation>Geparkte Bons: {count}  (Zeit · von · Artikel · Summe)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · total)</source>
      <translation>Geparkte Bons: {count}  (Zeit · von · Summe)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Points {amount}</source>
      <translation>Treuepunkte {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Price</source>
      <translation>Preis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Price changes are recorded with your name</source>
      <translation>Preisänderungen werden mit Ihrem Namen gespeichert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Promotion {id}: {amount}</source>
      <translation>Aktion {id}: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Qty</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recall selected  (Enter)</source>
      <translation>Holen  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}).</source>
      <translation>Bon von {at} geholt ({who}, {total}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}). Your basket was parked as #{number}.</source>
      <translation>Bon von {at} geholt ({who}, {total}). Ihr Bon wurde als Nr. {number} geparkt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Bon noch nicht geschrieben ({reason}); er wird geschrieben, sobald Platz ist</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed</source>
      <translation>Bon {number} gedruckt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed again: duplicate no. {duplicate}</source>
      <translation>Bon {number} erneut gedruckt: Duplikat Nr. {duplicate}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Sale parked as #{number}. F9 brings it back.</source>
      <translation>Bon als Nr. {number} geparkt. F9 holt ihn zurück.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} is saved; its receipt was not printed:</source>
      <translation>Bon {number} ist gespeichert; er wurde nicht gedruckt:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} saved. Printing receipt…</source>
      <translation>Bon {number} gespeichert. Druck läuft…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan a barcode, or type a code and Enter  (3*code = 3 pieces)</source>
      <translation>Barcode scannen oder Code eingeben und Enter  (3*Code = 3 Stück)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan something before giving a discount</source>
      <translation>Erst einen Artikel scannen, dann Rabatt geben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Select a line first (↑ ↓)</source>
      <translation>Erst eine Zeile wählen (↑ ↓)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount}</source>
      <translation>Noch offen {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount} (in cash {cash})</source>
      <translation>Noch offen {amount} (bar {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit} on one line.</source>
      <translation>Das ist mehr als {limit} auf einer Zeile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit}.</source>
      <translation>Das ist mehr als {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>That line is voided</source>
      <translation>Diese Zeile ist storniert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>The payments taken are kept: F10 goes on, F12 takes the rest in cash</source>
      <translation>Die Zahlungen bleiben: F10 weiter, F12 kassiert den Rest bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}.</source>
      <translation>Die Summe wird {total}, mehr als {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a manager can authorise it</source>
      <translation>Die Summe wird {total}, mehr als {limit}; der Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a supervisor or a manager can authorise it</source>
      <translation>Die Summe wird {total}, mehr als {limit}; ein Schichtleiter oder der Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To collect at {store}: {name}</source>
      <translation>Abholung {store}: {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To deliver: {name}</source>
      <translation>Lieferung: {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Type a name or SKU…</source>
      <translation>Name oder Artikelnummer…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Voucher {amount}</source>
      <translation>Gutschein {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>discounts {amount}</source>
      <translation>Rabatte {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>of which VAT {amount}</source>
      <translation>inkl. MwSt. {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>void</source>
      <translation>storniert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (price changed)</source>
      <translation>{name} (Preis geändert)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (voided)</source>
      <translation>{name} (storniert)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P druckt eine Kopie.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{quantity} items</source>
      <translation>{quantity} Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line.</source>
      <translation>{quantity} × {name} ist mehr als {limit} auf einer Zeile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a manager can authorise it</source>
      <translation>{quantity} × {name} ist mehr als {limit} auf einer Zeile; der Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a supervisor or a manager can authorise it</source>
      <translation>{quantity} × {name} ist mehr als {limit} auf einer Zeile; ein Schichtleiter oder der Filialleiter kann es freigeben</translation>
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
        <numerusform>{shown} von %n Artikel angezeigt: mehr vom Namen oder der Nummer eingeben</numerusform>
        <numerusform>{shown} von %n Artikeln angezeigt: mehr vom Namen oder der Nummer eingeben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of more than %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} von über %n Artikel angezeigt: mehr vom Namen oder der Nummer eingeben</numerusform>
        <numerusform>{shown} von über %n Artikeln angezeigt: mehr vom Namen oder der Nummer eingeben</numerusform>
      </translation>
    </message>
  </context>
</TS>
