<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Choose where the customer gets it: delivered home, or collected at a store</source>
      <translation>Wählen Sie die Lieferart: nach Hause oder Abholung in einer Filiale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Orders are made at the hub, and this station has no hub</source>
      <translation>Bestellungen laufen über die Zentrale, und diese Kasse hat keine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Scan or type the product to order</source>
      <translation>Artikel zum Bestellen scannen oder eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That email address is not valid</source>
      <translation>Diese E-Mail-Adresse ist ungültig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That phone number is not valid (digits, spaces, + - . ( ))</source>
      <translation>Diese Telefonnummer ist ungültig (Ziffern, Leerzeichen, + - . ( ))</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached, so the ordered items cannot be ordered now: nothing was sold. Take the ordered lines off (Del), or try again</source>
      <translation>Die Zentrale ist nicht erreichbar: Die bestellten Artikel können jetzt nicht bestellt werden, nichts wurde verkauft. Bestellte Positionen stornieren (Entf) oder erneut versuchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached: {sku} cannot be ordered now</source>
      <translation>Die Zentrale ist nicht erreichbar: {sku} kann jetzt nicht bestellt werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused the order of {item}: {detail}. Nothing was sold: take the line off (Del), or try again</source>
      <translation>Die Zentrale hat die Bestellung von {item} abgelehnt: {detail}. Nichts wurde verkauft: Position stornieren (Entf) oder erneut versuchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused to say where {sku} is: {detail}</source>
      <translation>Die Zentrale hat den Bestand von {sku} nicht genannt: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about the order is malformed; nothing was sold</source>
      <translation>Die Antwort der Zentrale zur Bestellung ist fehlerhaft; nichts wurde verkauft</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about {sku} is malformed</source>
      <translation>Die Antwort der Zentrale zu {sku} ist fehlerhaft</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The sale changed while its orders were made; nothing was sold. Try again</source>
      <translation>Der Verkauf hat sich während der Bestellung geändert; nichts wurde verkauft. Erneut versuchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>This sale's orders were cancelled too many times: start the sale again</source>
      <translation>Die Bestellungen dieses Verkaufs wurden zu oft storniert: Verkauf neu beginnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the city for the delivery</source>
      <translation>Ort für die Lieferung eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the country for the delivery (two letters, such as FR)</source>
      <translation>Land für die Lieferung eingeben (zwei Buchstaben, z. B. DE)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's email or phone, to tell them about the order</source>
      <translation>E-Mail oder Telefon des Kunden eingeben, um ihn über die Bestellung zu informieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's name</source>
      <translation>Namen des Kunden eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the postcode for the delivery (letters, digits, spaces and dashes)</source>
      <translation>PLZ für die Lieferung eingeben (Buchstaben, Ziffern, Leerzeichen, Bindestriche)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the street and number for the delivery</source>
      <translation>Straße und Hausnummer für die Lieferung eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be collected at {store}</source>
      <translation>{name}: nur {left} in {store} abholbar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be delivered from the chain</source>
      <translation>{name}: nur {left} lieferbar</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Audit export of the store {store}, station {station}, from {start} to {end} (made {at} UTC).</source>
      <translation>Export für die Betriebsprüfung: Filiale {store}, Kasse {station}, vom {start} bis {end} (erstellt {at} UTC).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Each payment: its kind, amount and reference, separated by semicolons.</source>
      <translation>Jede Zahlung: Art, Betrag und Referenz, durch Semikolons getrennt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every entry of the tamper-evident journal, in order.</source>
      <translation>Alle Einträge des manipulationssicheren Journals, der Reihe nach.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every figure comes from the station's signed journal (journal.csv).</source>
      <translation>Jede Zahl stammt aus dem signierten Journal der Kasse (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>For a return: the number of the sale it takes back.</source>
      <translation>Bei einer Rückgabe: die Nummer des zurückgenommenen Verkaufs.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>SHA-256 of the previous entry's hash followed by this entry's content.</source>
      <translation>SHA-256 des Hashs des vorigen Eintrags, gefolgt vom Inhalt dieses Eintrags.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount with tax at this rate.</source>
      <translation>Der Bruttobetrag zu diesem Satz.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount without tax at this rate.</source>
      <translation>Der Nettobetrag zu diesem Satz.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The cash rounding.</source>
      <translation>Die Bargeldrundung.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The change given back in cash.</source>
      <translation>Das bar herausgegebene Rückgeld.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closing's number: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 or the Z's.</source>
      <translation>Die Nummer des Abschlusses: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 oder die des Z-Bons.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closings: per day, month and fiscal year, and each Z (shift closing).</source>
      <translation>Die Abschlüsse: pro Tag, Monat und Geschäftsjahr, und jeder Z-Bon (Schichtabschluss).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The currency of the amounts (ISO 4217).</source>
      <translation>Die Währung der Beträge (ISO 4217).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The date in the store's local time (YYYY-MM-DD).</source>
      <translation>Das Datum in der Ortszeit der Filiale (JJJJ-MM-TT).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discount on the line, promotions included.</source>
      <translation>Der Rabatt auf die Zeile, Aktionen eingeschlossen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discounts given on the sale.</source>
      <translation>Die auf den Verkauf gewährten Rabatte.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The document's number, as printed on it.</source>
      <translation>Die Nummer des Belegs, wie gedruckt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's content as it was signed (JSON).</source>
      <translation>Der Inhalt des Eintrags, wie er signiert wurde (JSON).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's kind: sale, return, shift_close, fiscal_close, reprint, setting, ...</source>
      <translation>Die Art des Eintrags: sale (Verkauf), return (Rückgabe), shift_close (Z-Bon), fiscal_close (Abschluss), reprint (Kopie), setting (Einstellung), ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's number in the journal: one more for each entry, no gaps.</source>
      <translation>Die Nummer des Eintrags im Journal: je Eintrag eins mehr, ohne Lücken.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The event's kind.</source>
      <translation>Die Art des Ereignisses.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The files are CSV (comma-separated), UTF-8. Amounts are decimal numbers with a dot, in {currency}; a return's amounts are negative.</source>
      <translation>Die Dateien sind CSV (kommagetrennt), UTF-8. Beträge sind Dezimalzahlen mit Punkt, in {currency}; die Beträge einer Rückgabe sind negativ.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fingerprint of the station key that signed the entry.</source>
      <translation>Der Fingerabdruck des Kassenschlüssels, der den Eintrag signiert hat.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fiscal events besides documents and closings: reprints, voided lines, settings, ...</source>
      <translation>Die steuerlichen Ereignisse außer Belegen und Abschlüssen: Kopien, stornierte Zeilen, Einstellungen, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's amount with tax, after discounts (negative on a return).</source>
      <translation>Der Bruttobetrag der Zeile nach Rabatten (negativ bei einer Rückgabe).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's number on the document.</source>
      <translation>Die Nummer der Zeile auf dem Beleg.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The lines of the documents, one row each.</source>
      <translation>Die Zeilen der Belege, eine pro Zeile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The manager who approved a return, when one did.</source>
      <translation>Der Vorgesetzte, der eine Rückgabe genehmigt hat, falls einer.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The number of the document's entry in the journal (journal.csv).</source>
      <translation>Die Nummer des Journaleintrags des Belegs (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The period's grand total with tax.</source>
      <translation>Die Gesamtsumme brutto des Zeitraums.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The perpetual grand total since the station began.</source>
      <translation>Die fortlaufende Gesamtsumme seit Inbetriebnahme der Kasse.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The previous entry's hash: each entry is chained to the one before.</source>
      <translation>Der Hash des vorigen Eintrags: jeder Eintrag ist mit dem vorigen verkettet.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's code.</source>
      <translation>Die Artikelnummer.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's name.</source>
      <translation>Der Artikelname.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The quantity (negative on a return).</source>
      <translation>Die Menge (negativ bei einer Rückgabe).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The sales and returns, one row each.</source>
      <translation>Die Verkäufe und Rückgaben, einer pro Zeile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The same moment in UTC (ISO 8601).</source>
      <translation>Derselbe Zeitpunkt in UTC (ISO 8601).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The signature's algorithm.</source>
      <translation>Der Algorithmus der Signatur.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The station's ECDSA P-256 signature of the entry's number and hash (base64).</source>
      <translation>Die ECDSA-P-256-Signatur der Kasse über Nummer und Hash des Eintrags (Base64).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax at this rate.</source>
      <translation>Die Steuer zu diesem Satz.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code of the line.</source>
      <translation>Der Steuerschlüssel der Zeile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code.</source>
      <translation>Der Steuerschlüssel.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax of the line (empty on a return: see taxes.csv).</source>
      <translation>Die Steuer der Zeile (leer bei einer Rückgabe: siehe taxes.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax rate in per cent.</source>
      <translation>Der Steuersatz in Prozent.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax.</source>
      <translation>Die Steuer.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The taxes of each document by rate.</source>
      <translation>Die Steuern jedes Belegs nach Satz.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The time in the store's local time (HH:MM:SS).</source>
      <translation>Die Uhrzeit in der Ortszeit der Filiale (HH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total with tax, after discounts and cash rounding.</source>
      <translation>Die Summe brutto, nach Rabatten und Bargeldrundung.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total without tax.</source>
      <translation>Die Summe netto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The unit price with tax (empty on a return).</source>
      <translation>Der Stückpreis brutto (leer bei einer Rückgabe).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The user who made the document.</source>
      <translation>Der Benutzer, der den Beleg erstellt hat.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Times are given in the store's local time ({zone}) and in UTC.</source>
      <translation>Zeiten sind in der Ortszeit der Filiale ({zone}) und in UTC angegeben.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>What the entry is about: a document's number, a setting's name, a user, ...</source>
      <translation>Worauf sich der Eintrag bezieht: eine Belegnummer, der Name einer Einstellung, ein Benutzer, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Who did it: a user, or the terminal or the hub.</source>
      <translation>Wer es getan hat: ein Benutzer, das Terminal oder der Hub.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>day, month, year or z.</source>
      <translation>day (Tag), month (Monat), year (Geschäftsjahr) oder z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>sale or return.</source>
      <translation>sale (Verkauf) oder return (Rückgabe).</translation>
    </message>
  </context>
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A gift card line is one card; scan the gift card again for another</source>
      <translation>Eine Geschenkkarten-Zeile ist eine Karte; für eine weitere erneut scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A price cannot be negative</source>
      <translation>Ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's price comes from its label</source>
      <translation>Der Preis eines Wiegeartikels kommt vom Etikett</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's quantity comes from its label</source>
      <translation>Die Menge eines Wiegeartikels kommt vom Etikett</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Nothing to park</source>
      <translation>Nichts zu parken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Scan something before giving a discount</source>
      <translation>Erst einen Artikel scannen, dann Rabatt geben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That parked sale is gone (recalled elsewhere?)</source>
      <translation>Dieser geparkte Verkauf ist weg (anderswo aufgerufen?)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That payment was already given back</source>
      <translation>Diese Zahlung wurde schon zurückgegeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is cancelled; it cannot change</source>
      <translation>Dieser Verkauf ist storniert; er kann nicht mehr geändert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is completed; it cannot change</source>
      <translation>Dieser Verkauf ist abgeschlossen; er kann nicht mehr geändert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is no longer open; it cannot change</source>
      <translation>Dieser Verkauf ist nicht mehr offen; er kann nicht mehr geändert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is parked; it cannot change</source>
      <translation>Dieser Verkauf ist geparkt; er kann nicht geändert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale no longer exists; start a new one</source>
      <translation>Diesen Verkauf gibt es nicht mehr; neuen Verkauf beginnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/tax_rates.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing added</source>
      <translation>{name} ist erst ab {day} im Verkauf, dem ersten Tag seines Steuersatzes; nichts hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>{sku} is not a gift card product</source>
      <translation>{sku} ist kein Geschenkkarten-Artikel</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Customers are kept at the hub, and this station has no hub</source>
      <translation>Kunden werden in der Zentrale geführt, und diese Kasse hat keine Zentrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>No customer has the loyalty card {card}</source>
      <translation>Kein Kunde hat die Kundenkarte {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Points are already taken on this sale; give them back first</source>
      <translation>Auf diesem Verkauf sind schon Punkte eingelöst: erst zurückgeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached, and the loyalty card {card} is not among this station's recent customers</source>
      <translation>Zentrale nicht erreichbar, und die Kundenkarte {card} gehört zu keinem der letzten Kunden dieser Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached: customers cannot be created offline; try again later</source>
      <translation>Zentrale nicht erreichbar: Kunden können offline nicht angelegt werden; später erneut versuchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused the search ({detail})</source>
      <translation>Die Zentrale hat die Suche abgelehnt ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused to look up the loyalty card {card} ({detail})</source>
      <translation>Die Zentrale hat die Suche nach der Kundenkarte {card} abgelehnt ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused: {detail}</source>
      <translation>Die Zentrale hat abgelehnt: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Type at least two characters, or scan the card</source>
      <translation>Mindestens zwei Zeichen eingeben oder Karte scannen</translation>
    </message>
  </context>
  <context>
    <name>disk</name>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Rückgabe {number} ist gespeichert und der Bon gedruckt; das PDF konnte nicht abgelegt werden ({reason}): Filialleitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved: do not take it back again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Rückgabe {number} ist gespeichert: nicht noch einmal zurücknehmen. Der Bon konnte nicht geschrieben werden ({reason}): Filialleitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Verkauf {number} ist gespeichert und der Bon gedruckt; das PDF konnte nicht abgelegt werden ({reason}): Filialleitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved: do not ring it up again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Verkauf {number} ist gespeichert: nicht noch einmal kassieren. Der Bon konnte nicht geschrieben werden ({reason}): Filialleitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>The copy of {number} could not be written: {reason}. Free some disk space and try again.</source>
      <translation>Die Kopie von {number} konnte nicht geschrieben werden: {reason}. Speicherplatz freigeben und erneut versuchen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Z-Bericht {number} ist gespeichert und gedruckt; das PDF konnte nicht abgelegt werden ({reason}): Filialleitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Z-Bericht {number} ist gespeichert. Der Bon konnte nicht geschrieben werden ({reason}): Filialleitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is full</source>
      <translation>die Festplatte ist voll</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is read-only</source>
      <translation>die Festplatte ist schreibgeschützt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the receipts folder may not be written to (permission denied)</source>
      <translation>der Bon-Ordner ist nicht beschreibbar (Zugriff verweigert)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>{number} not written: {reason}</source>
      <translation>{number} nicht geschrieben: {reason}</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>A closing is of a day, a month or a year (got {kind})</source>
      <translation>Ein Abschluss gilt für einen Tag, einen Monat oder ein Jahr (erhalten: {kind})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal_records.py" />
      <source>A closing is printed on an A4 sheet only</source>
      <translation>Ein Abschluss wird nur auf A4 gedruckt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>No closing is numbered {number}</source>
      <translation>Kein Abschluss hat die Nummer {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The closing {number} does not match its journal entry; run `storedesk journal verify`</source>
      <translation>Der Abschluss {number} stimmt nicht mit seinem Journaleintrag überein; `storedesk journal verify` ausführen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The station's clock ({today}) is behind the last closing {number}: check its date and time</source>
      <translation>Die Uhr der Kasse ({today}) liegt vor dem letzten Abschluss {number}: Datum und Uhrzeit prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The store's fiscal country has no fiscal closings</source>
      <translation>Das Steuerland des Geschäfts kennt keine Steuerabschlüsse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This fiscal year is already closed ({number})</source>
      <translation>Dieses Geschäftsjahr ist bereits abgeschlossen ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This month is already closed ({number})</source>
      <translation>Dieser Monat ist bereits abgeschlossen ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>Today is already closed ({number})</source>
      <translation>Der heutige Tag ist bereits abgeschlossen ({number})</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has nothing left (balance {balance})</source>
      <translation>Geschenkkarte {code} ist leer (Guthaben {balance})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has only {balance} left</source>
      <translation>Auf Geschenkkarte {code} sind nur noch {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is in {currency}: this store takes {ours}</source>
      <translation>Geschenkkarte {code} ist in {currency}: dieser Laden nimmt {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is not known or not activated yet</source>
      <translation>Geschenkkarte {code} ist unbekannt oder noch nicht aktiviert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code}: the hub refused ({detail})</source>
      <translation>Geschenkkarte {code}: die Zentrale lehnt ab ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift cards are kept at the hub, and this station has no hub</source>
      <translation>Geschenkkarten liegen in der Zentrale, und diese Kasse hat keine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>No answer from the hub: gift cards cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>Zentrale antwortet nicht: keine Geschenkkarte offline. Falls belastet, bucht die Kasse sie zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The amount to take from the gift card must be more than zero</source>
      <translation>Der abzubuchende Betrag muss über null liegen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The catalog has no gift card product</source>
      <translation>Der Katalog hat keinen Geschenkkarten-Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: gift cards cannot be checked offline</source>
      <translation>Zentrale nicht erreichbar: Geschenkkarten offline nicht prüfbar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: the gift card payment stays taken; try again later</source>
      <translation>Zentrale nicht erreichbar: die Geschenkkarten-Zahlung bleibt; später erneut versuchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub did not give the gift card payment back ({detail})</source>
      <translation>Die Zentrale hat die Geschenkkarten-Zahlung nicht zurückgebucht ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub's answer about this gift card is malformed</source>
      <translation>Die Antwort der Zentrale zu dieser Geschenkkarte ist fehlerhaft</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price change labels · {store}</source>
      <translation>Preisänderungsetiketten · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price labels · {store}</source>
      <translation>Preisetiketten · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Shelf labels · {store}</source>
      <translation>Regaletiketten · {store}</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Attach the customer to the sale first (Ctrl+K)</source>
      <translation>Erst den Kunden dem Verkauf zuordnen (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>No answer from the hub: points cannot be redeemed offline. If the hub took them, the till gives them back</source>
      <translation>Zentrale antwortet nicht: keine Punkte offline. Falls abgebucht, bucht die Kasse sie zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Points are kept at the hub, and this station has no hub</source>
      <translation>Punkte werden in der Zentrale geführt, und diese Kasse hat keine Zentrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The amount to pay with points must be more than zero</source>
      <translation>Der mit Punkten bezahlte Betrag muss über null liegen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub cannot be reached: the points payment stays taken; try again later</source>
      <translation>Zentrale nicht erreichbar: die Punktezahlung bleibt eingelöst; später erneut versuchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub did not give the points back ({detail})</source>
      <translation>Die Zentrale hat die Punkte nicht zurückgegeben ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub refused the points: {detail}</source>
      <translation>Die Zentrale hat die Punkte abgelehnt: {detail}</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>A parcel weighs at most {most} kg</source>
      <translation>Ein Paket wiegt höchstens {most} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}</source>
      <translation>Zeile {line} abgelehnt ({reason}): {effect}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}. Nothing can be supplied: the order is rejected; the hub re-routes or cancels it</source>
      <translation>Zeile {line} abgelehnt ({reason}): {effect}. Nichts lieferbar: Bestellung abgelehnt; die Zentrale leitet sie um oder storniert sie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>No such order at this store</source>
      <translation>Diese Bestellung gibt es in dieser Filiale nicht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} accepted: print the pick list and pick it</source>
      <translation>Bestellung {number} angenommen: Pickliste drucken und kommissionieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} cannot be packed now</source>
      <translation>Bestellung {number} kann jetzt nicht gepackt werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not pack it</source>
      <translation>Bestellung {number} ist abgelaufen: nicht packen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not ship it</source>
      <translation>Bestellung {number} ist abgelaufen: nicht versenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Order {number} has not been handed over</source>
      <translation>Bestellung {number} wurde nicht übergeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} has nothing set aside to return to the shelf</source>
      <translation>Bestellung {number} hat nichts Zurückgelegtes für das Regal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is already accepted</source>
      <translation>Bestellung {number} ist bereits angenommen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is already shipped</source>
      <translation>Bestellung {number} ist schon versendet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is collected at the desk, not shipped</source>
      <translation>Bestellung {number} wird abgeholt, nicht versendet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer until {until}; it is not expired yet</source>
      <translation>Bestellung {number} wird bis {until} für den Kunden aufbewahrt; sie ist noch nicht abgelaufen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer; it is not expired yet</source>
      <translation>Bestellung {number} wird für den Kunden aufbewahrt; sie ist noch nicht abgelaufen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is not packed yet: pack it first (F11)</source>
      <translation>Bestellung {number} ist noch nicht gepackt: zuerst packen (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is packed: ship it (F12)</source>
      <translation>Bestellung {number} ist gepackt: versenden (F12)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is ready; the customer is notified. Held %n day(s).</source>
      <translation>
        <numerusform>Bestellung {number} ist bereit; der Kunde ist benachrichtigt. Liegt %n Tag bereit.</numerusform>
        <numerusform>Bestellung {number} ist bereit; der Kunde ist benachrichtigt. Liegt %n Tage bereit.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Order {number} is shipped to the customer: it is not handed over here</source>
      <translation>Bestellung {number} wird an den Kunden versendet: hier keine Übergabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is shipped to the customer: pack it (F11) instead</source>
      <translation>Bestellung {number} wird versendet: stattdessen packen (F11)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} packed in %n parcel(s): the labels are printing</source>
      <translation>
        <numerusform>Bestellung {number} in %n Paket gepackt: die Etiketten werden gedruckt</numerusform>
        <numerusform>Bestellung {number} in %n Pakete gepackt: die Etiketten werden gedruckt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} shipped: %n parcel(s)</source>
      <translation>
        <numerusform>Bestellung {number} versendet: %n Paket</numerusform>
        <numerusform>Bestellung {number} versendet: %n Pakete</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by} ({reason}): do not hand it over.</source>
      <translation>Bestellung {number} wurde von {by} storniert ({reason}): nicht aushändigen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by}: do not hand it over.</source>
      <translation>Bestellung {number} wurde von {by} storniert: nicht aushändigen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not pack it</source>
      <translation>Bestellung {number} wurde storniert: nicht packen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not ship it</source>
      <translation>Bestellung {number} wurde storniert: nicht versenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by} ({reason}): do not hand it over.</source>
      <translation>Bestellung {number} wurde von {by} als abgelaufen gesetzt ({reason}): nicht aushändigen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by}: do not hand it over.</source>
      <translation>Bestellung {number} wurde von {by} als abgelaufen gesetzt: nicht aushändigen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number}: items back on the shelf, reservation released</source>
      <translation>Bestellung {number}: Artikel zurück ins Regal, Reservierung aufgehoben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Pack into 1 to {most} parcels</source>
      <translation>In 1 bis {most} Pakete packen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel} has no label yet: print the labels (F11)</source>
      <translation>Paket {parcel} hat noch kein Etikett: Etiketten drucken (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel}: type its weight</source>
      <translation>Paket {parcel}: Gewicht eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: type or scan its tracking number</source>
      <translation>Paket {parcel}: Sendungsnummer eingeben oder scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: {tracking} is not a tracking number (4 to 40 letters, digits or dashes)</source>
      <translation>Paket {parcel}: {tracking} ist keine Sendungsnummer (4 bis 40 Buchstaben, Ziffern oder Bindestriche)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcels {first} and {second} have the same tracking number</source>
      <translation>Pakete {first} und {second} haben dieselbe Sendungsnummer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Take the payment first: {total} to pay at pickup</source>
      <translation>Erst kassieren: {total} bei Abholung zu zahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>That pickup code does not match this order. Ask the customer again, or check an ID</source>
      <translation>Dieser Abholcode passt nicht zur Bestellung. Kunden erneut fragen oder Ausweis prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Unknown carrier {carrier}</source>
      <translation>Unbekannter Versanddienst {carrier}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>Unknown queue {tab}</source>
      <translation>Unbekannte Liste {tab}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Verify the customer: type or scan the pickup code, or record the ID shown</source>
      <translation>Kunden prüfen: Abholcode eingeben oder scannen, oder den gezeigten Ausweis erfassen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing was handed over</source>
      <translation>{name} ist erst ab {day} im Verkauf, dem ersten Tag seines Steuersatzes; nichts übergeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: one taken back off</source>
      <translation>{name}: eins zurückgenommen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked</source>
      <translation>{name}: {picked} von {wanted} kommissioniert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F11 packs it</source>
      <translation>{name}: {picked} von {wanted} kommissioniert — alle Zeilen fertig: F11 packt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F9 marks it ready</source>
      <translation>{name}: {picked} von {wanted} kommissioniert — alle Zeilen erledigt: F9 meldet bereit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>{stop} Its items are set aside: put them back on the shelf (Return to shelf).</source>
      <translation>{stop} Die Artikel liegen zurück: wieder ins Regal stellen (Zurück ins Regal).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>{typed} is not a weight: type the kilograms, such as 1.2</source>
      <translation>{typed} ist kein Gewicht: Kilogramm eingeben, z. B. 1,2</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID card</source>
      <translation>Personalausweis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name}</source>
      <translation>Ausweis vorgelegt: {document} …{reference}, {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name} for {customer}</source>
      <translation>Ausweis vorgelegt: {document} …{reference}, {name} für {customer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Paid at pickup, receipt {receipt}</source>
      <translation>Bei Abholung bezahlt, Bon {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>To pay at pickup: {amount}</source>
      <translation>Bei Abholung zu zahlen: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>driving licence</source>
      <translation>Führerschein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>other document</source>
      <translation>anderes Dokument</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>passport</source>
      <translation>Reisepass</translation>
    </message>
  </context>
  <context>
    <name>promotions</name>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} added</source>
      <translation>Coupon {code} hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} removed</source>
      <translation>Coupon {code} entfernt</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>A Z report number is a whole number from 1</source>
      <translation>Eine Z-Berichtsnummer ist eine ganze Zahl ab 1</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No Z report yet on this station</source>
      <translation>Noch kein Z-Bericht an dieser Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No shift is open: an X report reads the open shift</source>
      <translation>Keine Schicht offen: ein X-Bericht liest die offene Schicht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The counted total of {tender} cannot be negative</source>
      <translation>Die gezählte Summe {tender} kann nicht negativ sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The paper must be one of {papers}</source>
      <translation>Das Papier muss eines davon sein: {papers}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>There is no Z report {number}</source>
      <translation>Es gibt keinen Z-Bericht {number}</translation>
    </message>
  </context>
  <context>
    <name>restore</name>
    <message>
      <location filename="../../../src/storedesk/services/restore/pending.py" />
      <source>This station was restored from a backup and has not caught up with the hub yet: nothing can be numbered until it has. Run `{command}` (with the hub reachable).</source>
      <translation>Diese Kasse wurde aus einer Sicherung wiederhergestellt und ist noch nicht mit der Zentrale abgeglichen: bis dahin kann nichts nummeriert werden. `{command}` ausführen (Zentrale erreichbar).</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>A payment of {amount} is already taken on the counter's sale: complete it at the counter first (F12 takes the rest in cash), then do the exchange</source>
      <translation>Auf dem Verkauf an der Kasse ist schon eine Zahlung von {amount}: erst dort abschließen (F12 kassiert den Rest bar), dann umtauschen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>Zeile {line} ({item}): eine verkaufte Geschenkkarte wird nicht erstattet; das Guthaben bleibt auf der Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>Line {line} ({item}): only {left} left to return (another return was just recorded)</source>
      <translation>Position {line} ({item}): nur noch {left} rückgabefähig (gerade wurde eine andere Rückgabe erfasst)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): the return window (%n day(s)) is over for this sale</source>
      <translation>
        <numerusform>Position {line} ({item}): die Rückgabefrist (%n Tag) ist für diesen Verkauf abgelaufen</numerusform>
        <numerusform>Position {line} ({item}): die Rückgabefrist (%n Tage) ist für diesen Verkauf abgelaufen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): {category} cannot be returned</source>
      <translation>Position {line} ({item}): Kategorie {category} ist von der Rückgabe ausgeschlossen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Line {line} is not on receipt {receipt}</source>
      <translation>Position {line} steht nicht auf Bon {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station and the hub cannot be reached: returns of other stations' sales need the hub</source>
      <translation>Bon {receipt} ist nicht von dieser Kasse und die Zentrale ist nicht erreichbar: Rückgaben von anderen Kassen brauchen die Zentrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station, and this station has no hub to ask</source>
      <translation>Bon {receipt} ist nicht von dieser Kasse, und diese Kasse hat keine Zentrale zum Nachfragen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not known here nor at the hub</source>
      <translation>Bon {receipt} ist weder hier noch in der Zentrale bekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Scan at least one item to return</source>
      <translation>Mindestens einen Artikel zur Rückgabe scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Scan the receipt's barcode or type its number</source>
      <translation>Barcode des Bons scannen oder Nummer eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The counter's sale changed while the hub was asked: nothing was done; look at it and exchange again</source>
      <translation>Der Verkauf an der Kasse hat sich während der Anfrage geändert: nichts gemacht; prüfen und erneut umtauschen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached and this store takes no returns offline</source>
      <translation>Die Zentrale ist nicht erreichbar und diese Filiale nimmt offline keine Rückgaben an</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached: only this station's own sales can be returned offline</source>
      <translation>Die Zentrale ist nicht erreichbar: offline nur Rückgaben von Verkäufen dieser Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub refused the lookup: {detail}</source>
      <translation>Die Zentrale hat die Suche abgelehnt: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused the return: {detail}</source>
      <translation>Die Zentrale hat die Rückgabe abgelehnt: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused: {detail}</source>
      <translation>Von der Zentrale abgelehnt: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub's answer about this sale is malformed; nothing was changed</source>
      <translation>Die Antwort der Zentrale zu diesem Verkauf ist fehlerhaft; nichts geändert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The new items cost {amount} more than the returned ones: take a payment</source>
      <translation>Die neuen Artikel kosten {amount} mehr als die zurückgegebenen: Differenz kassieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Unknown SKU {sku}</source>
      <translation>Unbekannte Artikelnummer {sku}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>{item}: SKU {sku} is not in this store's catalog; it cannot be restocked</source>
      <translation>{item}: Artikelnummer {sku} ist nicht im Sortiment dieser Filiale; kein Wiedereinlagern möglich</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>{item}: eine verkaufte Geschenkkarte wird nicht erstattet; das Guthaben bleibt auf der Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: the quantity must be more than zero</source>
      <translation>{item}: die Menge muss größer als null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: {category} cannot be returned</source>
      <translation>{item}: Kategorie {category} ist von der Rückgabe ausgeschlossen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; it cannot be returned</source>
      <translation>{name} ist erst ab {day} im Verkauf, dem ersten Tag seines Steuersatzes; keine Rückgabe möglich</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>An ordered line has no order from the hub yet; nothing was saved</source>
      <translation>Eine bestellte Position hat noch keine Bestellung der Zentrale; nichts wurde gespeichert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>No shift is open: sales need an open shift. A manager opens one on the Shift screen (F11)</source>
      <translation>Keine Schicht offen: Verkäufe brauchen eine offene Schicht. Die Filialleitung öffnet sie unter Schicht (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The basket is empty</source>
      <translation>Der Bon ist leer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The user {username} who approved a change to this sale is unknown; nothing was saved</source>
      <translation>Der Benutzer {username}, der eine Änderung an diesem Verkauf freigegeben hat, ist unbekannt; nichts gespeichert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>This sale is marked paid but its receipt is missing; nothing was saved</source>
      <translation>Dieser Verkauf ist als bezahlt markiert, aber der Bon fehlt; nichts gespeichert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>{cash} in cash for {due} due is more than a customer hands over; check the amount, and confirm it if it is right</source>
      <translation>{cash} bar für {due} ist mehr, als ein Kunde gibt; Betrag prüfen und bestätigen, wenn er stimmt</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: no product with this code; nothing added</source>
      <translation>{code}: kein Artikel mit diesem Code; nichts hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: scale item {plu} is not in the catalog</source>
      <translation>{code}: Waagenartikel {plu} ist nicht im Sortiment</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: unknown barcode; nothing added</source>
      <translation>{code}: unbekannter Barcode; nichts hinzugefügt</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Count the cash in the drawer before closing the shift</source>
      <translation>Erst das Bargeld in der Lade zählen, dann die Schicht schließen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Give a reason (what the cash is for)</source>
      <translation>Grund angeben (wofür das Bargeld ist)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open on this station</source>
      <translation>An dieser Kasse ist keine Schicht offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open: open the shift first (the drawer belongs to a shift)</source>
      <translation>Keine Schicht offen: erst die Schicht öffnen (die Lade gehört zu einer Schicht)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is already open (since {since}); close it before opening another</source>
      <translation>Schicht {number} ist schon offen (seit {since}); erst schließen, dann eine neue öffnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is no longer the open shift (shift {open} is); count again</source>
      <translation>Schicht {number} ist nicht mehr die offene Schicht (offen ist {open}); neu zählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The amount must be more than zero</source>
      <translation>Der Betrag muss größer als null sein</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The reason is too long: at most %n characters</source>
      <translation>
        <numerusform>Der Grund ist zu lang: höchstens %n Zeichen</numerusform>
        <numerusform>Der Grund ist zu lang: höchstens %n Zeichen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} does not match the open period {period}; nothing was saved</source>
      <translation>Z {z} passt nicht zur offenen Periode {period}; nichts gespeichert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} is recorded but its PDF could not be written: {reason}</source>
      <translation>Z {z} ist gespeichert, aber das PDF konnte nicht geschrieben werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>signin</name>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>Only a manager can take over the sale of {name}</source>
      <translation>Nur die Filialleitung kann den Verkauf von {name} übernehmen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>The sale of {name} is no longer open here</source>
      <translation>Der Verkauf von {name} ist hier nicht mehr offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN</source>
      <translation>Unbekannter Benutzer oder falsche PIN</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN (%n tries left)</source>
      <translation>
        <numerusform>Unbekannter Benutzer oder falsche PIN (noch %n Versuch)</numerusform>
        <numerusform>Unbekannter Benutzer oder falsche PIN (noch %n Versuche)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Wrong PIN. {name} is now locked for %n minute(s)</source>
      <translation>
        <numerusform>Falsche PIN. {name} ist jetzt für %n Minute gesperrt</numerusform>
        <numerusform>Falsche PIN. {name} ist jetzt für %n Minuten gesperrt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} ({role}) may not {action} either</source>
      <translation>{name} ({role}) darf das auch nicht: {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is an auditor: an auditor's PIN approves nothing</source>
      <translation>{name} ist Prüfer: die PIN eines Prüfers genehmigt nichts</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is disabled at this store; a manager can enable them again</source>
      <translation>{name} ist in dieser Filiale deaktiviert; die Filialleitung kann wieder freischalten</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is locked after too many wrong PINs; try again in %n min or ask a manager</source>
      <translation>
        <numerusform>{name} ist nach zu vielen falschen PINs gesperrt; in %n Min. erneut versuchen oder Filialleitung fragen</numerusform>
        <numerusform>{name} ist nach zu vielen falschen PINs gesperrt; in %n Min. erneut versuchen oder Filialleitung fragen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Choose a PIN other than the one you were given</source>
      <translation>Eine andere PIN als die erhaltene wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>No user {username} at this store (`storedesk user list` shows them)</source>
      <translation>Kein Benutzer {username} in dieser Filiale (`storedesk user list` zeigt sie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Your PIN is your own already: a manager can reset it for you</source>
      <translation>Ihre PIN ist schon Ihre eigene: die Filialleitung kann sie zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is a {role}: only a manager may {action}</source>
      <translation>{name} ist {role}: nur die Filialleitung darf: {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already active</source>
      <translation>{name} ist schon aktiv</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already disabled</source>
      <translation>{name} ist schon deaktiviert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is managed by the hub: change them with `storedesk-hub staff`, not at the till</source>
      <translation>{name} wird von der Zentrale verwaltet: mit `storedesk-hub staff` ändern, nicht an der Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is not locked and has no wrong PINs to clear</source>
      <translation>{name} ist nicht gesperrt und hat keine falschen PINs zum Löschen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} may no longer {action}</source>
      <translation>{name} darf das nicht mehr: {action}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>A count is a cycle count or a full count</source>
      <translation>Eine Inventur ist eine Teil- oder eine Vollinventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A large adjustment (over 10 units or 50.00) needs a manager's approval</source>
      <translation>Eine große Korrektur (über 10 Stück oder 50,00) braucht die Freigabe der Filialleitung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>A transfer goes to another store, not to this one</source>
      <translation>Ein Transfer geht an eine andere Filiale, nicht an diese</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A {role} may not adjust stock; a manager can authorise it</source>
      <translation>Ein {role} darf den Bestand nicht korrigieren; die Filialleitung kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Add at least one product to the transfer</source>
      <translation>Mindestens einen Artikel zum Transfer hinzufügen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Grund wählen: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved on station {station}: no more scans</source>
      <translation>Inventur {doc} ist an Kasse {station} freigegeben: keine Scans mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved: no more scans</source>
      <translation>Inventur {doc} ist freigegeben: keine Scans mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled on station {station}: no more scans</source>
      <translation>Inventur {doc} ist an Kasse {station} storniert: keine Scans mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled: no more scans</source>
      <translation>Inventur {doc} ist storniert: keine Scans mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is closed: no more scans</source>
      <translation>Inventur {doc} ist abgeschlossen: keine Scans mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: approve it there</source>
      <translation>Inventur {doc} wurde an Kasse {station} begonnen: dort freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: cancel it there</source>
      <translation>Inventur {doc} wurde an Kasse {station} begonnen: dort stornieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Delivery {reference} is already {status}; nothing was changed</source>
      <translation>Lieferung {reference} ist schon abgeschlossen ({status}); nichts geändert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Give the delivery a reference (the supplier's delivery note number)</source>
      <translation>Lieferung eine Referenz geben (Lieferscheinnummer des Lieferanten)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>No price change is waiting for a label</source>
      <translation>Keine Preisänderung wartet auf ein Etikett</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>No such count</source>
      <translation>Diese Inventur gibt es nicht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>No such delivery</source>
      <translation>Diese Lieferung gibt es nicht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Nothing was counted: scan products first, or cancel the count</source>
      <translation>Nichts gezählt: erst Artikel scannen oder die Inventur stornieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Nothing was scanned yet: scan the items received, then post</source>
      <translation>Noch nichts gescannt: erhaltene Artikel scannen, dann buchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>Offline: the hub cannot be reached, so other stores' stock is unknown right now. Try again when the station is online</source>
      <translation>Offline: die Zentrale ist nicht erreichbar, der Bestand anderer Filialen ist gerade unbekannt. Erneut versuchen, wenn die Kasse online ist</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/reorder.py" />
      <source>Reorder points are set by a supervisor or a manager</source>
      <translation>Meldebestände legt ein Schichtleiter oder die Filialleitung fest</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>Scan or type a barcode or SKU</source>
      <translation>Barcode oder Artikelnummer scannen oder eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Select at least one product for labels</source>
      <translation>Mindestens einen Artikel für Etiketten wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub does not know {sku} in any store yet</source>
      <translation>Die Zentrale kennt {sku} noch in keiner Filiale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub refused the question ({status})</source>
      <translation>Die Zentrale hat die Anfrage abgelehnt ({status})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>The receiving report is printed once the delivery is posted</source>
      <translation>Der Wareneingangsbericht wird nach dem Buchen der Lieferung gedruckt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>This station is not connected to a hub, so other stores' stock is not known here</source>
      <translation>Diese Kasse ist mit keiner Zentrale verbunden: der Bestand anderer Filialen ist hier unbekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Type at least one expected line</source>
      <translation>Mindestens eine erwartete Position eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Type the store code the goods go to</source>
      <translation>Filialcode des Empfängers eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>{code}: no product has this barcode or SKU</source>
      <translation>{code}: kein Artikel hat diesen Barcode oder diese Artikelnummer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>{item}: only {received} received so far; cannot take back {taken}</source>
      <translation>{item}: bisher nur {received} erhalten; {taken} kann nicht zurückgenommen werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>{item}: the count cannot go below zero</source>
      <translation>{item}: die Zählung kann nicht unter null gehen</translation>
    </message>
  </context>
  <context>
    <name>stock_report</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>{store} ({code}) · station {station}</source>
      <translation>{store} ({code}) · Kasse {station}</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>The hub refused this station's copy of its journal or archives: {reason}. It is tried again once a day.</source>
      <translation>Der Hub hat die Kopie von Journal oder Archiven dieser Kasse abgelehnt: {reason}. Neuer Versuch einmal täglich.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>This station is not registered at a hub: run `{command}`</source>
      <translation>Diese Kasse ist bei keiner Zentrale angemeldet: `{command}` ausführen</translation>
    </message>
  </context>
  <context>
    <name>vouchers</name>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No answer from the hub: vouchers cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>Zentrale antwortet nicht: kein Gutschein offline. Falls abgebucht, bucht die Kasse ihn zurück</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No payment is taken on this sale</source>
      <translation>Auf diesem Verkauf ist keine Zahlung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Scan or type the voucher's code (letters, digits and dashes)</source>
      <translation>Gutscheincode scannen oder eingeben (Buchstaben, Ziffern, Bindestriche)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The amount to take from the voucher must be more than zero</source>
      <translation>Der Betrag vom Gutschein muss größer als null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: the voucher payment stays taken; try again later</source>
      <translation>Die Zentrale ist nicht erreichbar: die Gutscheinzahlung bleibt gebucht; später erneut versuchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: vouchers cannot be checked offline</source>
      <translation>Die Zentrale ist nicht erreichbar: Gutscheine können offline nicht geprüft werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back ({detail})</source>
      <translation>Die Zentrale hat die Gutscheinzahlung nicht zurückgebucht ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back, and the sale changed meanwhile: voucher {code} keeps {amount} taken; tell the manager</source>
      <translation>Die Zentrale hat die Gutscheinzahlung nicht zurückgebucht, und der Verkauf hat sich geändert: auf Gutschein {code} bleiben {amount} gebucht; Filialleitung informieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub's answer about this voucher is malformed</source>
      <translation>Die Antwort der Zentrale zu diesem Gutschein ist fehlerhaft</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} has only {balance} left</source>
      <translation>Auf Gutschein {code} sind nur noch {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is already used: nothing is left on it</source>
      <translation>Gutschein {code} ist schon eingelöst: kein Guthaben mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is in {currency}: this store takes {ours}</source>
      <translation>Gutschein {code} ist in {currency}: diese Filiale nimmt {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Gutschein {code} unbekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code}: the hub refused ({detail})</source>
      <translation>Gutschein {code}: von der Zentrale abgelehnt ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Vouchers are kept at the hub, and this station has no hub</source>
      <translation>Gutscheine liegen in der Zentrale, und diese Kasse hat keine</translation>
    </message>
  </context>
</TS>
