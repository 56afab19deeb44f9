<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>hub</name>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the email address {value}</source>
      <translation>Ein anderer Kunde hat die E-Mail-Adresse {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the loyalty card {value}</source>
      <translation>Ein anderer Kunde hat die Kundenkarte {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the phone number {value}</source>
      <translation>Ein anderer Kunde hat die Telefonnummer {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the same details</source>
      <translation>Ein anderer Kunde hat dieselben Angaben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Customer {id} is not known</source>
      <translation>Kunde {id} ist nicht bekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} has {left} left</source>
      <translation>Auf Geschenkkarte {code} sind {left} übrig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is in {currency}; this store takes {ours}</source>
      <translation>Geschenkkarte {code} ist in {currency}; dieser Laden nimmt {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is not known or not yet activated</source>
      <translation>Geschenkkarte {code} ist unbekannt oder noch nicht aktiviert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): nothing left to return ({sold} sold, all returned or being returned), {asked} asked</source>
      <translation>Zeile {line} ({name}): nichts mehr zurückzugeben ({sold} verkauft, alles zurückgegeben oder in Rückgabe), {asked} verlangt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Zeile {line} ({name}): nur noch {left} zurückzugeben, {asked} verlangt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store can promise every line of this order for collection now: nothing was ordered</source>
      <translation>Keine Filiale kann derzeit alle Positionen dieser Abholbestellung zusagen: nichts wurde bestellt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store or warehouse can promise every line of this delivery now: nothing was ordered</source>
      <translation>Keine Filiale und kein Lager kann derzeit alle Positionen dieser Lieferung zusagen: nichts wurde bestellt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} is already being prepared: it can no longer be cancelled</source>
      <translation>Bestellung {order} wird bereits vorbereitet: Sie kann nicht mehr storniert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} was not made by this sale</source>
      <translation>Bestellung {order} stammt nicht aus diesem Verkauf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} has no line {lines}</source>
      <translation>Bon {receipt} hat keine Zeile {lines}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} is not known at the hub</source>
      <translation>Bon {receipt} ist in der Zentrale nicht bekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>The customer has {balance} points; {asked} were asked</source>
      <translation>Der Kunde hat {balance} Punkte; {asked} verlangt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>This payment was already used by sale {receipt_no}; it cannot be given back</source>
      <translation>Diese Zahlung wurde bereits für den Verkauf {receipt_no} verwendet; sie kann nicht zurückgegeben werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left</source>
      <translation>Gutschein {code} hat nur noch {left}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left (spent)</source>
      <translation>Gutschein {code} hat nur noch {left} (verbraucht)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is in {currency}; this store takes {ours}</source>
      <translation>Gutschein {code} ist in {currency}; diese Filiale nimmt {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Gutschein {code} unbekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>a {kind} token cannot use station endpoints</source>
      <translation>ein {kind}-Token ist nicht für Kassen gültig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>ask for at least one line</source>
      <translation>mindestens eine Zeile angeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>consent must be true or false: ask the customer</source>
      <translation>consent muss true oder false sein: den Kunden fragen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request (receipt {receipt}, at {at}); ask again under a new grant id</source>
      <translation>Rückgabefreigabe {grant_id} wurde schon für eine andere Anfrage verwendet (Bon {receipt}, am {at}); mit neuer Kennung erneut anfragen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another station; ask again under a new grant id</source>
      <translation>Rückgabefreigabe {grant_id} wurde schon von einer anderen Kasse verwendet; mit neuer Kennung erneut anfragen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another store; ask again under a new grant id</source>
      <translation>Rückgabefreigabe {grant_id} wurde schon von einer anderen Filiale verwendet; mit neuer Kennung erneut anfragen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another station; only the station that asked for it releases it</source>
      <translation>Rückgabefreigabe {grant_id} gehört einer anderen Kasse; nur die anfragende Kasse kann sie freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another store; only the station that asked for it releases it</source>
      <translation>Rückgabefreigabe {grant_id} gehört einer anderen Filiale; nur die anfragende Kasse kann sie freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} is not known</source>
      <translation>Rückgabefreigabe {grant_id} unbekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} was already used by return {return_id}; it cannot be released</source>
      <translation>Rückgabefreigabe {grant_id} wurde schon für Rückgabe {return_id} verwendet; sie kann nicht mehr freigegeben werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant_id must be a uuid in lowercase hex (32 characters)</source>
      <translation>grant_id muss eine UUID in Hex-Kleinbuchstaben sein (32 Zeichen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line} is asked twice; give its quantity once</source>
      <translation>Zeile {line} ist doppelt angefragt; Menge nur einmal angeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line}: the quantity to return must be more than zero</source>
      <translation>Zeile {line}: die Rückgabemenge muss größer als null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>missing bearer token</source>
      <translation>Zugangs-Token fehlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no order {order}</source>
      <translation>keine Bestellung {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no such order</source>
      <translation>Bestellung nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be a public key in PEM</source>
      <translation>public_key muss ein öffentlicher Schlüssel im PEM-Format sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be an ECDSA P-256 (secp256r1) public key</source>
      <translation>public_key muss ein öffentlicher ECDSA-P-256-Schlüssel (secp256r1) sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used for another redemption (gift card {code}, {amount}); use a new id</source>
      <translation>die Einlöse-ID {redemption_id} wurde schon für eine andere Einlösung verwendet (Geschenkkarte {code}, {amount}); neue ID verwenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption (voucher {code}, {amount}); use a new id</source>
      <translation>Gutscheinzahlung {redemption_id} wurde schon für eine andere Zahlung verwendet (Gutschein {code}, {amount}); neue Kennung verwenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another station; use a new id</source>
      <translation>Gutscheinzahlung {redemption_id} wurde schon von einer anderen Kasse verwendet; neue Kennung verwenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another store; use a new id</source>
      <translation>Gutscheinzahlung {redemption_id} wurde schon von einer anderen Filiale verwendet; neue Kennung verwenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>redemption id {redemption_id} was already used for another redemption; use a new id</source>
      <translation>Einlöse-ID {redemption_id} wurde schon für eine andere Einlösung verwendet; neue ID nehmen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used; use a new id</source>
      <translation>die Einlöse-ID {redemption_id} wurde schon verwendet; neue ID verwenden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} is not known</source>
      <translation>Gutscheinzahlung {redemption_id} unbekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another station; only the station that made it cancels it</source>
      <translation>Gutscheinzahlung {redemption_id} stammt von einer anderen Kasse; nur diese Kasse kann sie stornieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another store; only the station that made it cancels it</source>
      <translation>Gutscheinzahlung {redemption_id} stammt von einer anderen Filiale; nur die Kasse, die sie gemacht hat, kann sie stornieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>this token may not read order {order}</source>
      <translation>dieses Token hat keinen Zugriff auf Bestellung {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>this token may not read store {store}</source>
      <translation>dieses Token hat keinen Zugriff auf Filiale {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stock/api.py" />
      <source>unknown SKU {sku}</source>
      <translation>Artikel {sku} unbekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>unknown or revoked token</source>
      <translation>Token unbekannt oder gesperrt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/reports/api.py" />
      <source>unknown store {store}</source>
      <translation>Filiale {store} unbekannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>{first}; {rest}</source>
      <translation>{first}; {rest}</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Give a phone number, an email address or a loyalty card</source>
      <translation>Telefon, E-Mail-Adresse oder Kundenkarte angeben</translation>
    </message>
  </context>
</TS>
