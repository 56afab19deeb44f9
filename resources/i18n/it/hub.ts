<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>hub</name>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the email address {value}</source>
      <translation>Un altro cliente ha l'indirizzo e-mail {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the loyalty card {value}</source>
      <translation>Un altro cliente ha la carta fedeltà {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the phone number {value}</source>
      <translation>Un altro cliente ha il numero di telefono {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the same details</source>
      <translation>Un altro cliente ha gli stessi dati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Customer {id} is not known</source>
      <translation>Il cliente {id} non è noto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} has {left} left</source>
      <translation>Sulla carta regalo {code} restano {left}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is in {currency}; this store takes {ours}</source>
      <translation>La carta regalo {code} è in {currency}; questo negozio accetta {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is not known or not yet activated</source>
      <translation>La carta regalo {code} è sconosciuta o non ancora attivata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): nothing left to return ({sold} sold, all returned or being returned), {asked} asked</source>
      <translation>Riga {line} ({name}): non resta nulla da rendere ({sold} venduto, tutto reso o in reso), {asked} richiesto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Riga {line} ({name}): restano solo {left} da rendere, {asked} richiesto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store can promise every line of this order for collection now: nothing was ordered</source>
      <translation>Nessun negozio può garantire ora tutte le righe di questo ordine da ritirare: non è stato ordinato nulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store or warehouse can promise every line of this delivery now: nothing was ordered</source>
      <translation>Nessun negozio né magazzino può garantire ora tutte le righe di questa consegna: non è stato ordinato nulla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} is already being prepared: it can no longer be cancelled</source>
      <translation>L'ordine {order} è già in preparazione: non può più essere annullato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} was not made by this sale</source>
      <translation>L'ordine {order} non è stato fatto con questa vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} has no line {lines}</source>
      <translation>Lo scontrino {receipt} non ha la riga {lines}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} is not known at the hub</source>
      <translation>Lo scontrino {receipt} non è noto al server centrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>The customer has {balance} points; {asked} were asked</source>
      <translation>Il cliente ha {balance} punti; ne sono stati chiesti {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>This payment was already used by sale {receipt_no}; it cannot be given back</source>
      <translation>Questo pagamento è già stato usato per la vendita {receipt_no}; non può essere restituito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left</source>
      <translation>Sul buono {code} restano {left}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left (spent)</source>
      <translation>Sul buono {code} restano {left} (esaurito)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is in {currency}; this store takes {ours}</source>
      <translation>Il buono {code} è in {currency}; questo negozio accetta {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Buono {code} sconosciuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>a {kind} token cannot use station endpoints</source>
      <translation>un token {kind} non vale per le casse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>ask for at least one line</source>
      <translation>richiedere almeno una riga</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>consent must be true or false: ask the customer</source>
      <translation>consent deve essere true o false: chiedi al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request (receipt {receipt}, at {at}); ask again under a new grant id</source>
      <translation>l'autorizzazione al reso {grant_id} è già stata usata per un'altra richiesta (scontrino {receipt}, il {at}); richiedere con un nuovo identificativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another station; ask again under a new grant id</source>
      <translation>l'autorizzazione al reso {grant_id} è già stata usata da un'altra cassa; richiedere con un nuovo identificativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another store; ask again under a new grant id</source>
      <translation>l'autorizzazione al reso {grant_id} è già stata usata da un altro negozio; richiedere con un nuovo identificativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another station; only the station that asked for it releases it</source>
      <translation>l'autorizzazione al reso {grant_id} appartiene a un'altra cassa; solo la cassa che l'ha richiesta può liberarla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another store; only the station that asked for it releases it</source>
      <translation>l'autorizzazione al reso {grant_id} appartiene a un altro negozio; solo la cassa che l'ha richiesta può liberarla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} is not known</source>
      <translation>autorizzazione al reso {grant_id} sconosciuta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} was already used by return {return_id}; it cannot be released</source>
      <translation>l'autorizzazione al reso {grant_id} è già stata usata dal reso {return_id}; non può essere liberata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant_id must be a uuid in lowercase hex (32 characters)</source>
      <translation>grant_id deve essere un uuid in esadecimale minuscolo (32 caratteri)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line} is asked twice; give its quantity once</source>
      <translation>la riga {line} è richiesta due volte; indicarne la quantità una sola volta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line}: the quantity to return must be more than zero</source>
      <translation>riga {line}: la quantità da rendere deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>missing bearer token</source>
      <translation>token di accesso mancante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no order {order}</source>
      <translation>nessun ordine {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no such order</source>
      <translation>ordine non trovato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be a public key in PEM</source>
      <translation>public_key deve essere una chiave pubblica in formato PEM</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be an ECDSA P-256 (secp256r1) public key</source>
      <translation>public_key deve essere una chiave pubblica ECDSA P-256 (secp256r1)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used for another redemption (gift card {code}, {amount}); use a new id</source>
      <translation>l'identificativo di incasso {redemption_id} è già stato usato per un altro incasso (carta regalo {code}, {amount}); usane uno nuovo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption (voucher {code}, {amount}); use a new id</source>
      <translation>il pagamento con buono {redemption_id} è già stato usato per un altro pagamento (buono {code}, {amount}); usare un nuovo identificativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another station; use a new id</source>
      <translation>il pagamento con buono {redemption_id} è già stato usato da un'altra cassa; usare un nuovo identificativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another store; use a new id</source>
      <translation>il pagamento con buono {redemption_id} è già stato usato da un altro negozio; usare un nuovo identificativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>redemption id {redemption_id} was already used for another redemption; use a new id</source>
      <translation>l'id di utilizzo {redemption_id} è già stato usato per un altro utilizzo; usa un nuovo id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used; use a new id</source>
      <translation>l'identificativo di incasso {redemption_id} è già stato usato; usane uno nuovo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} is not known</source>
      <translation>pagamento con buono {redemption_id} sconosciuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another station; only the station that made it cancels it</source>
      <translation>il pagamento con buono {redemption_id} è stato fatto da un'altra cassa; solo quella cassa può annullarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another store; only the station that made it cancels it</source>
      <translation>il pagamento con buono {redemption_id} è stato fatto da un altro negozio; solo la cassa che l'ha fatto può annullarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>this token may not read order {order}</source>
      <translation>questo token non ha accesso all'ordine {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>this token may not read store {store}</source>
      <translation>questo token non ha accesso al negozio {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stock/api.py" />
      <source>unknown SKU {sku}</source>
      <translation>articolo {sku} sconosciuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>unknown or revoked token</source>
      <translation>token sconosciuto o revocato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/reports/api.py" />
      <source>unknown store {store}</source>
      <translation>negozio {store} sconosciuto</translation>
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
      <translation>Indica un telefono, un indirizzo e-mail o una carta fedeltà</translation>
    </message>
  </context>
</TS>
