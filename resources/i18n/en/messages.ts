<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Choose where the customer gets it: delivered home, or collected at a store</source>
      <translation>Choose where the customer gets it: delivered home, or collected at a store</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Orders are made at the hub, and this station has no hub</source>
      <translation>Orders are made at the hub, and this station has no hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Scan or type the product to order</source>
      <translation>Scan or type the product to order</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That email address is not valid</source>
      <translation>That email address is not valid</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That phone number is not valid (digits, spaces, + - . ( ))</source>
      <translation>That phone number is not valid (digits, spaces, + - . ( ))</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached, so the ordered items cannot be ordered now: nothing was sold. Take the ordered lines off (Del), or try again</source>
      <translation>The hub cannot be reached, so the ordered items cannot be ordered now: nothing was sold. Take the ordered lines off (Del), or try again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached: {sku} cannot be ordered now</source>
      <translation>The hub cannot be reached: {sku} cannot be ordered now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused the order of {item}: {detail}. Nothing was sold: take the line off (Del), or try again</source>
      <translation>The hub refused the order of {item}: {detail}. Nothing was sold: take the line off (Del), or try again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused to say where {sku} is: {detail}</source>
      <translation>The hub refused to say where {sku} is: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about the order is malformed; nothing was sold</source>
      <translation>The hub's answer about the order is malformed; nothing was sold</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about {sku} is malformed</source>
      <translation>The hub's answer about {sku} is malformed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The sale changed while its orders were made; nothing was sold. Try again</source>
      <translation>The sale changed while its orders were made; nothing was sold. Try again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>This sale's orders were cancelled too many times: start the sale again</source>
      <translation>This sale's orders were cancelled too many times: start the sale again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the city for the delivery</source>
      <translation>Type the city for the delivery</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the country for the delivery (two letters, such as FR)</source>
      <translation>Type the country for the delivery (two letters, such as FR)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's email or phone, to tell them about the order</source>
      <translation>Type the customer's email or phone, to tell them about the order</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's name</source>
      <translation>Type the customer's name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the postcode for the delivery (letters, digits, spaces and dashes)</source>
      <translation>Type the postcode for the delivery (letters, digits, spaces and dashes)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the street and number for the delivery</source>
      <translation>Type the street and number for the delivery</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be collected at {store}</source>
      <translation>{name}: only {left} can be collected at {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be delivered from the chain</source>
      <translation>{name}: only {left} can be delivered from the chain</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Audit export of the store {store}, station {station}, from {start} to {end} (made {at} UTC).</source>
      <translation>Audit export of the store {store}, station {station}, from {start} to {end} (made {at} UTC).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Each payment: its kind, amount and reference, separated by semicolons.</source>
      <translation>Each payment: its kind, amount and reference, separated by semicolons.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every entry of the tamper-evident journal, in order.</source>
      <translation>Every entry of the tamper-evident journal, in order.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every figure comes from the station's signed journal (journal.csv).</source>
      <translation>Every figure comes from the station's signed journal (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>For a return: the number of the sale it takes back.</source>
      <translation>For a return: the number of the sale it takes back.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>SHA-256 of the previous entry's hash followed by this entry's content.</source>
      <translation>SHA-256 of the previous entry's hash followed by this entry's content.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount with tax at this rate.</source>
      <translation>The amount with tax at this rate.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount without tax at this rate.</source>
      <translation>The amount without tax at this rate.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The cash rounding.</source>
      <translation>The cash rounding.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The change given back in cash.</source>
      <translation>The change given back in cash.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closing's number: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 or the Z's.</source>
      <translation>The closing's number: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 or the Z's.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closings: per day, month and fiscal year, and each Z (shift closing).</source>
      <translation>The closings: per day, month and fiscal year, and each Z (shift closing).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The currency of the amounts (ISO 4217).</source>
      <translation>The currency of the amounts (ISO 4217).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The date in the store's local time (YYYY-MM-DD).</source>
      <translation>The date in the store's local time (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discount on the line, promotions included.</source>
      <translation>The discount on the line, promotions included.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discounts given on the sale.</source>
      <translation>The discounts given on the sale.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The document's number, as printed on it.</source>
      <translation>The document's number, as printed on it.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's content as it was signed (JSON).</source>
      <translation>The entry's content as it was signed (JSON).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's kind: sale, return, shift_close, fiscal_close, reprint, setting, ...</source>
      <translation>The entry's kind: sale, return, shift_close, fiscal_close, reprint, setting, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's number in the journal: one more for each entry, no gaps.</source>
      <translation>The entry's number in the journal: one more for each entry, no gaps.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The event's kind.</source>
      <translation>The event's kind.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The files are CSV (comma-separated), UTF-8. Amounts are decimal numbers with a dot, in {currency}; a return's amounts are negative.</source>
      <translation>The files are CSV (comma-separated), UTF-8. Amounts are decimal numbers with a dot, in {currency}; a return's amounts are negative.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fingerprint of the station key that signed the entry.</source>
      <translation>The fingerprint of the station key that signed the entry.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fiscal events besides documents and closings: reprints, voided lines, settings, ...</source>
      <translation>The fiscal events besides documents and closings: reprints, voided lines, settings, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's amount with tax, after discounts (negative on a return).</source>
      <translation>The line's amount with tax, after discounts (negative on a return).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's number on the document.</source>
      <translation>The line's number on the document.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The lines of the documents, one row each.</source>
      <translation>The lines of the documents, one row each.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The manager who approved a return, when one did.</source>
      <translation>The manager who approved a return, when one did.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The number of the document's entry in the journal (journal.csv).</source>
      <translation>The number of the document's entry in the journal (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The period's grand total with tax.</source>
      <translation>The period's grand total with tax.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The perpetual grand total since the station began.</source>
      <translation>The perpetual grand total since the station began.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The previous entry's hash: each entry is chained to the one before.</source>
      <translation>The previous entry's hash: each entry is chained to the one before.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's code.</source>
      <translation>The product's code.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's name.</source>
      <translation>The product's name.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The quantity (negative on a return).</source>
      <translation>The quantity (negative on a return).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The sales and returns, one row each.</source>
      <translation>The sales and returns, one row each.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The same moment in UTC (ISO 8601).</source>
      <translation>The same moment in UTC (ISO 8601).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The signature's algorithm.</source>
      <translation>The signature's algorithm.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The station's ECDSA P-256 signature of the entry's number and hash (base64).</source>
      <translation>The station's ECDSA P-256 signature of the entry's number and hash (base64).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax at this rate.</source>
      <translation>The tax at this rate.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code of the line.</source>
      <translation>The tax code of the line.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code.</source>
      <translation>The tax code.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax of the line (empty on a return: see taxes.csv).</source>
      <translation>The tax of the line (empty on a return: see taxes.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax rate in per cent.</source>
      <translation>The tax rate in per cent.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax.</source>
      <translation>The tax.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The taxes of each document by rate.</source>
      <translation>The taxes of each document by rate.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The time in the store's local time (HH:MM:SS).</source>
      <translation>The time in the store's local time (HH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total with tax, after discounts and cash rounding.</source>
      <translation>The total with tax, after discounts and cash rounding.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total without tax.</source>
      <translation>The total without tax.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The unit price with tax (empty on a return).</source>
      <translation>The unit price with tax (empty on a return).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The user who made the document.</source>
      <translation>The user who made the document.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Times are given in the store's local time ({zone}) and in UTC.</source>
      <translation>Times are given in the store's local time ({zone}) and in UTC.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>What the entry is about: a document's number, a setting's name, a user, ...</source>
      <translation>What the entry is about: a document's number, a setting's name, a user, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Who did it: a user, or the terminal or the hub.</source>
      <translation>Who did it: a user, or the terminal or the hub.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>day, month, year or z.</source>
      <translation>day, month, year or z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>sale or return.</source>
      <translation>sale or return.</translation>
    </message>
  </context>
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A gift card line is one card; scan the gift card again for another</source>
      <translation>A gift card line is one card; scan the gift card again for another</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A price cannot be negative</source>
      <translation>A price cannot be negative</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's price comes from its label</source>
      <translation>A weighed item's price comes from its label</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's quantity comes from its label</source>
      <translation>A weighed item's quantity comes from its label</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Nothing to park</source>
      <translation>Nothing to park</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Scan something before giving a discount</source>
      <translation>Scan something before giving a discount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That parked sale is gone (recalled elsewhere?)</source>
      <translation>That parked sale is gone (recalled elsewhere?)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That payment was already given back</source>
      <translation>That payment was already given back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is cancelled; it cannot change</source>
      <translation>That sale is cancelled; it cannot change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is completed; it cannot change</source>
      <translation>That sale is completed; it cannot change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is no longer open; it cannot change</source>
      <translation>That sale is no longer open; it cannot change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is parked; it cannot change</source>
      <translation>That sale is parked; it cannot change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale no longer exists; start a new one</source>
      <translation>That sale no longer exists; start a new one</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/tax_rates.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing added</source>
      <translation>{name} is not on sale before {day}, the day its tax rate starts; nothing added</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>{sku} is not a gift card product</source>
      <translation>{sku} is not a gift card product</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Customers are kept at the hub, and this station has no hub</source>
      <translation>Customers are kept at the hub, and this station has no hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>No customer has the loyalty card {card}</source>
      <translation>No customer has the loyalty card {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Points are already taken on this sale; give them back first</source>
      <translation>Points are already taken on this sale; give them back first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached, and the loyalty card {card} is not among this station's recent customers</source>
      <translation>The hub cannot be reached, and the loyalty card {card} is not among this station's recent customers</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached: customers cannot be created offline; try again later</source>
      <translation>The hub cannot be reached: customers cannot be created offline; try again later</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused the search ({detail})</source>
      <translation>The hub refused the search ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused to look up the loyalty card {card} ({detail})</source>
      <translation>The hub refused to look up the loyalty card {card} ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused: {detail}</source>
      <translation>The hub refused: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Type at least two characters, or scan the card</source>
      <translation>Type at least two characters, or scan the card</translation>
    </message>
  </context>
  <context>
    <name>disk</name>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Return {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved: do not take it back again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Return {number} is saved: do not take it back again. Its receipt could not be written ({reason}): tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Sale {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved: do not ring it up again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Sale {number} is saved: do not ring it up again. Its receipt could not be written ({reason}): tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>The copy of {number} could not be written: {reason}. Free some disk space and try again.</source>
      <translation>The copy of {number} could not be written: {reason}. Free some disk space and try again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Z report {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Z report {number} is saved. Its receipt could not be written ({reason}): tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is full</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is read-only</source>
      <translation>the disk is read-only</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the receipts folder may not be written to (permission denied)</source>
      <translation>the receipts folder may not be written to (permission denied)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>{number} not written: {reason}</source>
      <translation>{number} not written: {reason}</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>A closing is of a day, a month or a year (got {kind})</source>
      <translation>A closing is of a day, a month or a year (got {kind})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal_records.py" />
      <source>A closing is printed on an A4 sheet only</source>
      <translation>A closing is printed on an A4 sheet only</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>No closing is numbered {number}</source>
      <translation>No closing is numbered {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The closing {number} does not match its journal entry; run `storedesk journal verify`</source>
      <translation>The closing {number} does not match its journal entry; run `storedesk journal verify`</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The station's clock ({today}) is behind the last closing {number}: check its date and time</source>
      <translation>The station's clock ({today}) is behind the last closing {number}: check its date and time</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The store's fiscal country has no fiscal closings</source>
      <translation>The store's fiscal country has no fiscal closings</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This fiscal year is already closed ({number})</source>
      <translation>This fiscal year is already closed ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This month is already closed ({number})</source>
      <translation>This month is already closed ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>Today is already closed ({number})</source>
      <translation>Today is already closed ({number})</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has nothing left (balance {balance})</source>
      <translation>Gift card {code} has nothing left (balance {balance})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has only {balance} left</source>
      <translation>Gift card {code} has only {balance} left</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is in {currency}: this store takes {ours}</source>
      <translation>Gift card {code} is in {currency}: this store takes {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is not known or not activated yet</source>
      <translation>Gift card {code} is not known or not activated yet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code}: the hub refused ({detail})</source>
      <translation>Gift card {code}: the hub refused ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift cards are kept at the hub, and this station has no hub</source>
      <translation>Gift cards are kept at the hub, and this station has no hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>No answer from the hub: gift cards cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>No answer from the hub: gift cards cannot be taken offline. If the hub took it, the till gives it back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The amount to take from the gift card must be more than zero</source>
      <translation>The amount to take from the gift card must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The catalog has no gift card product</source>
      <translation>The catalog has no gift card product</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: gift cards cannot be checked offline</source>
      <translation>The hub cannot be reached: gift cards cannot be checked offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: the gift card payment stays taken; try again later</source>
      <translation>The hub cannot be reached: the gift card payment stays taken; try again later</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub did not give the gift card payment back ({detail})</source>
      <translation>The hub did not give the gift card payment back ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub's answer about this gift card is malformed</source>
      <translation>The hub's answer about this gift card is malformed</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price change labels · {store}</source>
      <translation>Price change labels · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price labels · {store}</source>
      <translation>Price labels · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Shelf labels · {store}</source>
      <translation>Shelf labels · {store}</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Attach the customer to the sale first (Ctrl+K)</source>
      <translation>Attach the customer to the sale first (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>No answer from the hub: points cannot be redeemed offline. If the hub took them, the till gives them back</source>
      <translation>No answer from the hub: points cannot be redeemed offline. If the hub took them, the till gives them back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Points are kept at the hub, and this station has no hub</source>
      <translation>Points are kept at the hub, and this station has no hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The amount to pay with points must be more than zero</source>
      <translation>The amount to pay with points must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub cannot be reached: the points payment stays taken; try again later</source>
      <translation>The hub cannot be reached: the points payment stays taken; try again later</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub did not give the points back ({detail})</source>
      <translation>The hub did not give the points back ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub refused the points: {detail}</source>
      <translation>The hub refused the points: {detail}</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>A parcel weighs at most {most} kg</source>
      <translation>A parcel weighs at most {most} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}</source>
      <translation>Line {line} rejected ({reason}): {effect}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}. Nothing can be supplied: the order is rejected; the hub re-routes or cancels it</source>
      <translation>Line {line} rejected ({reason}): {effect}. Nothing can be supplied: the order is rejected; the hub re-routes or cancels it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>No such order at this store</source>
      <translation>No such order at this store</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} accepted: print the pick list and pick it</source>
      <translation>Order {number} accepted: print the pick list and pick it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} cannot be packed now</source>
      <translation>Order {number} cannot be packed now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not pack it</source>
      <translation>Order {number} has expired: do not pack it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not ship it</source>
      <translation>Order {number} has expired: do not ship it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Order {number} has not been handed over</source>
      <translation>Order {number} has not been handed over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} has nothing set aside to return to the shelf</source>
      <translation>Order {number} has nothing set aside to return to the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is already accepted</source>
      <translation>Order {number} is already accepted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is already shipped</source>
      <translation>Order {number} is already shipped</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is collected at the desk, not shipped</source>
      <translation>Order {number} is collected at the desk, not shipped</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer until {until}; it is not expired yet</source>
      <translation>Order {number} is held for the customer until {until}; it is not expired yet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer; it is not expired yet</source>
      <translation>Order {number} is held for the customer; it is not expired yet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is not packed yet: pack it first (F11)</source>
      <translation>Order {number} is not packed yet: pack it first (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is packed: ship it (F12)</source>
      <translation>Order {number} is packed: ship it (F12)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is ready; the customer is notified. Held %n day(s).</source>
      <translation>
        <numerusform>Order {number} is ready; the customer is notified. Held %n day.</numerusform>
        <numerusform>Order {number} is ready; the customer is notified. Held %n days.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Order {number} is shipped to the customer: it is not handed over here</source>
      <translation>Order {number} is shipped to the customer: it is not handed over here</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is shipped to the customer: pack it (F11) instead</source>
      <translation>Order {number} is shipped to the customer: pack it (F11) instead</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} packed in %n parcel(s): the labels are printing</source>
      <translation>
        <numerusform>Order {number} packed in %n parcel: the label is printing</numerusform>
        <numerusform>Order {number} packed in %n parcels: the labels are printing</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} shipped: %n parcel(s)</source>
      <translation>
        <numerusform>Order {number} shipped: %n parcel</numerusform>
        <numerusform>Order {number} shipped: %n parcels</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by} ({reason}): do not hand it over.</source>
      <translation>Order {number} was cancelled by {by} ({reason}): do not hand it over.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by}: do not hand it over.</source>
      <translation>Order {number} was cancelled by {by}: do not hand it over.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not pack it</source>
      <translation>Order {number} was cancelled: do not pack it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not ship it</source>
      <translation>Order {number} was cancelled: do not ship it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by} ({reason}): do not hand it over.</source>
      <translation>Order {number} was expired by {by} ({reason}): do not hand it over.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by}: do not hand it over.</source>
      <translation>Order {number} was expired by {by}: do not hand it over.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number}: items back on the shelf, reservation released</source>
      <translation>Order {number}: items back on the shelf, reservation released</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Pack into 1 to {most} parcels</source>
      <translation>Pack into 1 to {most} parcels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel} has no label yet: print the labels (F11)</source>
      <translation>Parcel {parcel} has no label yet: print the labels (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel}: type its weight</source>
      <translation>Parcel {parcel}: type its weight</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: type or scan its tracking number</source>
      <translation>Parcel {parcel}: type or scan its tracking number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: {tracking} is not a tracking number (4 to 40 letters, digits or dashes)</source>
      <translation>Parcel {parcel}: {tracking} is not a tracking number (4 to 40 letters, digits or dashes)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcels {first} and {second} have the same tracking number</source>
      <translation>Parcels {first} and {second} have the same tracking number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Take the payment first: {total} to pay at pickup</source>
      <translation>Take the payment first: {total} to pay at pickup</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>That pickup code does not match this order. Ask the customer again, or check an ID</source>
      <translation>That pickup code does not match this order. Ask the customer again, or check an ID</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Unknown carrier {carrier}</source>
      <translation>Unknown carrier {carrier}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>Unknown queue {tab}</source>
      <translation>Unknown queue {tab}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Verify the customer: type or scan the pickup code, or record the ID shown</source>
      <translation>Verify the customer: type or scan the pickup code, or record the ID shown</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing was handed over</source>
      <translation>{name} is not on sale before {day}, the day its tax rate starts; nothing was handed over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: one taken back off</source>
      <translation>{name}: one taken back off</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked</source>
      <translation>{name}: {picked} of {wanted} picked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F11 packs it</source>
      <translation>{name}: {picked} of {wanted} picked — all lines done: F11 packs it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F9 marks it ready</source>
      <translation>{name}: {picked} of {wanted} picked — all lines done: F9 marks it ready</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>{stop} Its items are set aside: put them back on the shelf (Return to shelf).</source>
      <translation>{stop} Its items are set aside: put them back on the shelf (Return to shelf).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>{typed} is not a weight: type the kilograms, such as 1.2</source>
      <translation>{typed} is not a weight: type the kilograms, such as 1.2</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID card</source>
      <translation>ID card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name}</source>
      <translation>ID shown: {document} …{reference}, {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name} for {customer}</source>
      <translation>ID shown: {document} …{reference}, {name} for {customer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Paid at pickup, receipt {receipt}</source>
      <translation>Paid at pickup, receipt {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>To pay at pickup: {amount}</source>
      <translation>To pay at pickup: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>driving licence</source>
      <translation>driving licence</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>other document</source>
      <translation>other document</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>passport</source>
      <translation>passport</translation>
    </message>
  </context>
  <context>
    <name>promotions</name>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} added</source>
      <translation>Coupon {code} added</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} removed</source>
      <translation>Coupon {code} removed</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>A Z report number is a whole number from 1</source>
      <translation>A Z report number is a whole number from 1</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No Z report yet on this station</source>
      <translation>No Z report yet on this station</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No shift is open: an X report reads the open shift</source>
      <translation>No shift is open: an X report reads the open shift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The counted total of {tender} cannot be negative</source>
      <translation>The counted total of {tender} cannot be negative</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The paper must be one of {papers}</source>
      <translation>The paper must be one of {papers}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>There is no Z report {number}</source>
      <translation>There is no Z report {number}</translation>
    </message>
  </context>
  <context>
    <name>restore</name>
    <message>
      <location filename="../../../src/storedesk/services/restore/pending.py" />
      <source>This station was restored from a backup and has not caught up with the hub yet: nothing can be numbered until it has. Run `{command}` (with the hub reachable).</source>
      <translation>This station was restored from a backup and has not caught up with the hub yet: nothing can be numbered until it has. Run `{command}` (with the hub reachable).</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>A payment of {amount} is already taken on the counter's sale: complete it at the counter first (F12 takes the rest in cash), then do the exchange</source>
      <translation>A payment of {amount} is already taken on the counter's sale: complete it at the counter first (F12 takes the rest in cash), then do the exchange</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>Line {line} ({item}): a gift card sold is not refunded; what is on it stays on the card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>Line {line} ({item}): only {left} left to return (another return was just recorded)</source>
      <translation>Line {line} ({item}): only {left} left to return (another return was just recorded)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): the return window (%n day(s)) is over for this sale</source>
      <translation>
        <numerusform>Line {line} ({item}): the return window (%n day) is over for this sale</numerusform>
        <numerusform>Line {line} ({item}): the return window (%n days) is over for this sale</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): {category} cannot be returned</source>
      <translation>Line {line} ({item}): {category} cannot be returned</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Line {line} is not on receipt {receipt}</source>
      <translation>Line {line} is not on receipt {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station and the hub cannot be reached: returns of other stations' sales need the hub</source>
      <translation>Receipt {receipt} is not from this station and the hub cannot be reached: returns of other stations' sales need the hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station, and this station has no hub to ask</source>
      <translation>Receipt {receipt} is not from this station, and this station has no hub to ask</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not known here nor at the hub</source>
      <translation>Receipt {receipt} is not known here nor at the hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Scan at least one item to return</source>
      <translation>Scan at least one item to return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Scan the receipt's barcode or type its number</source>
      <translation>Scan the receipt's barcode or type its number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The counter's sale changed while the hub was asked: nothing was done; look at it and exchange again</source>
      <translation>The counter's sale changed while the hub was asked: nothing was done; look at it and exchange again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached and this store takes no returns offline</source>
      <translation>The hub cannot be reached and this store takes no returns offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached: only this station's own sales can be returned offline</source>
      <translation>The hub cannot be reached: only this station's own sales can be returned offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub refused the lookup: {detail}</source>
      <translation>The hub refused the lookup: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused the return: {detail}</source>
      <translation>The hub refused the return: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused: {detail}</source>
      <translation>The hub refused: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub's answer about this sale is malformed; nothing was changed</source>
      <translation>The hub's answer about this sale is malformed; nothing was changed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The new items cost {amount} more than the returned ones: take a payment</source>
      <translation>The new items cost {amount} more than the returned ones: take a payment</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Unknown SKU {sku}</source>
      <translation>Unknown SKU {sku}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>{item}: SKU {sku} is not in this store's catalog; it cannot be restocked</source>
      <translation>{item}: SKU {sku} is not in this store's catalog; it cannot be restocked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>{item}: a gift card sold is not refunded; what is on it stays on the card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: the quantity must be more than zero</source>
      <translation>{item}: the quantity must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: {category} cannot be returned</source>
      <translation>{item}: {category} cannot be returned</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; it cannot be returned</source>
      <translation>{name} is not on sale before {day}, the day its tax rate starts; it cannot be returned</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>An ordered line has no order from the hub yet; nothing was saved</source>
      <translation>An ordered line has no order from the hub yet; nothing was saved</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>No shift is open: sales need an open shift. A manager opens one on the Shift screen (F11)</source>
      <translation>No shift is open: sales need an open shift. A manager opens one on the Shift screen (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The basket is empty</source>
      <translation>The basket is empty</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The user {username} who approved a change to this sale is unknown; nothing was saved</source>
      <translation>The user {username} who approved a change to this sale is unknown; nothing was saved</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>This sale is marked paid but its receipt is missing; nothing was saved</source>
      <translation>This sale is marked paid but its receipt is missing; nothing was saved</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>{cash} in cash for {due} due is more than a customer hands over; check the amount, and confirm it if it is right</source>
      <translation>{cash} in cash for {due} due is more than a customer hands over; check the amount, and confirm it if it is right</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: no product with this code; nothing added</source>
      <translation>{code}: no product with this code; nothing added</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: scale item {plu} is not in the catalog</source>
      <translation>{code}: scale item {plu} is not in the catalog</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: unknown barcode; nothing added</source>
      <translation>{code}: unknown barcode; nothing added</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Count the cash in the drawer before closing the shift</source>
      <translation>Count the cash in the drawer before closing the shift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Give a reason (what the cash is for)</source>
      <translation>Give a reason (what the cash is for)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open on this station</source>
      <translation>No shift is open on this station</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open: open the shift first (the drawer belongs to a shift)</source>
      <translation>No shift is open: open the shift first (the drawer belongs to a shift)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is already open (since {since}); close it before opening another</source>
      <translation>Shift {number} is already open (since {since}); close it before opening another</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is no longer the open shift (shift {open} is); count again</source>
      <translation>Shift {number} is no longer the open shift (shift {open} is); count again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The amount must be more than zero</source>
      <translation>The amount must be more than zero</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The reason is too long: at most %n characters</source>
      <translation>
        <numerusform>The reason is too long: at most %n character</numerusform>
        <numerusform>The reason is too long: at most %n characters</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} does not match the open period {period}; nothing was saved</source>
      <translation>Z {z} does not match the open period {period}; nothing was saved</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} is recorded but its PDF could not be written: {reason}</source>
      <translation>Z {z} is recorded but its PDF could not be written: {reason}</translation>
    </message>
  </context>
  <context>
    <name>signin</name>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>Only a manager can take over the sale of {name}</source>
      <translation>Only a manager can take over the sale of {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>The sale of {name} is no longer open here</source>
      <translation>The sale of {name} is no longer open here</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN</source>
      <translation>Unknown user or wrong PIN</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN (%n tries left)</source>
      <translation>
        <numerusform>Unknown user or wrong PIN (%n try left)</numerusform>
        <numerusform>Unknown user or wrong PIN (%n tries left)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Wrong PIN. {name} is now locked for %n minute(s)</source>
      <translation>
        <numerusform>Wrong PIN. {name} is now locked for %n minute</numerusform>
        <numerusform>Wrong PIN. {name} is now locked for %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} ({role}) may not {action} either</source>
      <translation>{name} ({role}) may not {action} either</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is an auditor: an auditor's PIN approves nothing</source>
      <translation>{name} is an auditor: an auditor's PIN approves nothing</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is disabled at this store; a manager can enable them again</source>
      <translation>{name} is disabled at this store; a manager can enable them again</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is locked after too many wrong PINs; try again in %n min or ask a manager</source>
      <translation>
        <numerusform>{name} is locked after too many wrong PINs; try again in %n min or ask a manager</numerusform>
        <numerusform>{name} is locked after too many wrong PINs; try again in %n min or ask a manager</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Choose a PIN other than the one you were given</source>
      <translation>Choose a PIN other than the one you were given</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>No user {username} at this store (`storedesk user list` shows them)</source>
      <translation>No user {username} at this store (`storedesk user list` shows them)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Your PIN is your own already: a manager can reset it for you</source>
      <translation>Your PIN is your own already: a manager can reset it for you</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is a {role}: only a manager may {action}</source>
      <translation>{name} is a {role}: only a manager may {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already active</source>
      <translation>{name} is already active</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already disabled</source>
      <translation>{name} is already disabled</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is managed by the hub: change them with `storedesk-hub staff`, not at the till</source>
      <translation>{name} is managed by the hub: change them with `storedesk-hub staff`, not at the till</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is not locked and has no wrong PINs to clear</source>
      <translation>{name} is not locked and has no wrong PINs to clear</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} may no longer {action}</source>
      <translation>{name} may no longer {action}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>A count is a cycle count or a full count</source>
      <translation>A count is a cycle count or a full count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A large adjustment (over 10 units or 50.00) needs a manager's approval</source>
      <translation>A large adjustment (over 10 units or 50.00) needs a manager's approval</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>A transfer goes to another store, not to this one</source>
      <translation>A transfer goes to another store, not to this one</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A {role} may not adjust stock; a manager can authorise it</source>
      <translation>A {role} may not adjust stock; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Add at least one product to the transfer</source>
      <translation>Add at least one product to the transfer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Choose a reason: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved on station {station}: no more scans</source>
      <translation>Count {doc} is approved on station {station}: no more scans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved: no more scans</source>
      <translation>Count {doc} is approved: no more scans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled on station {station}: no more scans</source>
      <translation>Count {doc} is cancelled on station {station}: no more scans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled: no more scans</source>
      <translation>Count {doc} is cancelled: no more scans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is closed: no more scans</source>
      <translation>Count {doc} is closed: no more scans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: approve it there</source>
      <translation>Count {doc} was started on station {station}: approve it there</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: cancel it there</source>
      <translation>Count {doc} was started on station {station}: cancel it there</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Delivery {reference} is already {status}; nothing was changed</source>
      <translation>Delivery {reference} is already {status}; nothing was changed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Give the delivery a reference (the supplier's delivery note number)</source>
      <translation>Give the delivery a reference (the supplier's delivery note number)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>No price change is waiting for a label</source>
      <translation>No price change is waiting for a label</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>No such count</source>
      <translation>No such count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>No such delivery</source>
      <translation>No such delivery</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Nothing was counted: scan products first, or cancel the count</source>
      <translation>Nothing was counted: scan products first, or cancel the count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Nothing was scanned yet: scan the items received, then post</source>
      <translation>Nothing was scanned yet: scan the items received, then post</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>Offline: the hub cannot be reached, so other stores' stock is unknown right now. Try again when the station is online</source>
      <translation>Offline: the hub cannot be reached, so other stores' stock is unknown right now. Try again when the station is online</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/reorder.py" />
      <source>Reorder points are set by a supervisor or a manager</source>
      <translation>Reorder points are set by a supervisor or a manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>Scan or type a barcode or SKU</source>
      <translation>Scan or type a barcode or SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Select at least one product for labels</source>
      <translation>Select at least one product for labels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub does not know {sku} in any store yet</source>
      <translation>The hub does not know {sku} in any store yet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub refused the question ({status})</source>
      <translation>The hub refused the question ({status})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>The receiving report is printed once the delivery is posted</source>
      <translation>The receiving report is printed once the delivery is posted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>This station is not connected to a hub, so other stores' stock is not known here</source>
      <translation>This station is not connected to a hub, so other stores' stock is not known here</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Type at least one expected line</source>
      <translation>Type at least one expected line</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Type the store code the goods go to</source>
      <translation>Type the store code the goods go to</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>{code}: no product has this barcode or SKU</source>
      <translation>{code}: no product has this barcode or SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>{item}: only {received} received so far; cannot take back {taken}</source>
      <translation>{item}: only {received} received so far; cannot take back {taken}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>{item}: the count cannot go below zero</source>
      <translation>{item}: the count cannot go below zero</translation>
    </message>
  </context>
  <context>
    <name>stock_report</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>{store} ({code}) · station {station}</source>
      <translation>{store} ({code}) · station {station}</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>The hub refused this station's copy of its journal or archives: {reason}. It is tried again once a day.</source>
      <translation>The hub refused this station's copy of its journal or archives: {reason}. It is tried again once a day.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>This station is not registered at a hub: run `{command}`</source>
      <translation>This station is not registered at a hub: run `{command}`</translation>
    </message>
  </context>
  <context>
    <name>vouchers</name>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No answer from the hub: vouchers cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>No answer from the hub: vouchers cannot be taken offline. If the hub took it, the till gives it back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No payment is taken on this sale</source>
      <translation>No payment is taken on this sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Scan or type the voucher's code (letters, digits and dashes)</source>
      <translation>Scan or type the voucher's code (letters, digits and dashes)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The amount to take from the voucher must be more than zero</source>
      <translation>The amount to take from the voucher must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: the voucher payment stays taken; try again later</source>
      <translation>The hub cannot be reached: the voucher payment stays taken; try again later</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: vouchers cannot be checked offline</source>
      <translation>The hub cannot be reached: vouchers cannot be checked offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back ({detail})</source>
      <translation>The hub did not give the voucher payment back ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back, and the sale changed meanwhile: voucher {code} keeps {amount} taken; tell the manager</source>
      <translation>The hub did not give the voucher payment back, and the sale changed meanwhile: voucher {code} keeps {amount} taken; tell the manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub's answer about this voucher is malformed</source>
      <translation>The hub's answer about this voucher is malformed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} has only {balance} left</source>
      <translation>Voucher {code} has only {balance} left</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is already used: nothing is left on it</source>
      <translation>Voucher {code} is already used: nothing is left on it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is in {currency}: this store takes {ours}</source>
      <translation>Voucher {code} is in {currency}: this store takes {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Voucher {code} is not known</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code}: the hub refused ({detail})</source>
      <translation>Voucher {code}: the hub refused ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Vouchers are kept at the hub, and this station has no hub</source>
      <translation>Vouchers are kept at the hub, and this station has no hub</translation>
    </message>
  </context>
</TS>
