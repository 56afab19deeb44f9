<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>hub</name>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the email address {value}</source>
      <translation>Another customer has the email address {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the loyalty card {value}</source>
      <translation>Another customer has the loyalty card {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the phone number {value}</source>
      <translation>Another customer has the phone number {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the same details</source>
      <translation>Another customer has the same details</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Customer {id} is not known</source>
      <translation>Customer {id} is not known</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} has {left} left</source>
      <translation>Gift card {code} has {left} left</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is in {currency}; this store takes {ours}</source>
      <translation>Gift card {code} is in {currency}; this store takes {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is not known or not yet activated</source>
      <translation>Gift card {code} is not known or not yet activated</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): nothing left to return ({sold} sold, all returned or being returned), {asked} asked</source>
      <translation>Line {line} ({name}): nothing left to return ({sold} sold, all returned or being returned), {asked} asked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Line {line} ({name}): only {left} left to return, {asked} asked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store can promise every line of this order for collection now: nothing was ordered</source>
      <translation>No store can promise every line of this order for collection now: nothing was ordered</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store or warehouse can promise every line of this delivery now: nothing was ordered</source>
      <translation>No store or warehouse can promise every line of this delivery now: nothing was ordered</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} is already being prepared: it can no longer be cancelled</source>
      <translation>Order {order} is already being prepared: it can no longer be cancelled</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} was not made by this sale</source>
      <translation>Order {order} was not made by this sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} has no line {lines}</source>
      <translation>Receipt {receipt} has no line {lines}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} is not known at the hub</source>
      <translation>Receipt {receipt} is not known at the hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>The customer has {balance} points; {asked} were asked</source>
      <translation>The customer has {balance} points; {asked} were asked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>This payment was already used by sale {receipt_no}; it cannot be given back</source>
      <translation>This payment was already used by sale {receipt_no}; it cannot be given back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left</source>
      <translation>Voucher {code} has {left} left</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left (spent)</source>
      <translation>Voucher {code} has {left} left (spent)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is in {currency}; this store takes {ours}</source>
      <translation>Voucher {code} is in {currency}; this store takes {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Voucher {code} is not known</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>a {kind} token cannot use station endpoints</source>
      <translation>a {kind} token cannot use station endpoints</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>ask for at least one line</source>
      <translation>ask for at least one line</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>consent must be true or false: ask the customer</source>
      <translation>consent must be true or false: ask the customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request (receipt {receipt}, at {at}); ask again under a new grant id</source>
      <translation>grant id {grant_id} was already used for another request (receipt {receipt}, at {at}); ask again under a new grant id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another station; ask again under a new grant id</source>
      <translation>grant id {grant_id} was already used for another request, by another station; ask again under a new grant id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another store; ask again under a new grant id</source>
      <translation>grant id {grant_id} was already used for another request, by another store; ask again under a new grant id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another station; only the station that asked for it releases it</source>
      <translation>grant {grant_id} belongs to another station; only the station that asked for it releases it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another store; only the station that asked for it releases it</source>
      <translation>grant {grant_id} belongs to another store; only the station that asked for it releases it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} is not known</source>
      <translation>grant {grant_id} is not known</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} was already used by return {return_id}; it cannot be released</source>
      <translation>grant {grant_id} was already used by return {return_id}; it cannot be released</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant_id must be a uuid in lowercase hex (32 characters)</source>
      <translation>grant_id must be a uuid in lowercase hex (32 characters)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line} is asked twice; give its quantity once</source>
      <translation>line {line} is asked twice; give its quantity once</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line}: the quantity to return must be more than zero</source>
      <translation>line {line}: the quantity to return must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>missing bearer token</source>
      <translation>missing bearer token</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no order {order}</source>
      <translation>no order {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no such order</source>
      <translation>no such order</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be a public key in PEM</source>
      <translation>public_key must be a public key in PEM</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be an ECDSA P-256 (secp256r1) public key</source>
      <translation>public_key must be an ECDSA P-256 (secp256r1) public key</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used for another redemption (gift card {code}, {amount}); use a new id</source>
      <translation>redemption id {redemption_id} was already used for another redemption (gift card {code}, {amount}); use a new id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption (voucher {code}, {amount}); use a new id</source>
      <translation>redemption id {redemption_id} was already used for another redemption (voucher {code}, {amount}); use a new id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another station; use a new id</source>
      <translation>redemption id {redemption_id} was already used for another redemption, by another station; use a new id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another store; use a new id</source>
      <translation>redemption id {redemption_id} was already used for another redemption, by another store; use a new id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>redemption id {redemption_id} was already used for another redemption; use a new id</source>
      <translation>redemption id {redemption_id} was already used for another redemption; use a new id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used; use a new id</source>
      <translation>redemption id {redemption_id} was already used; use a new id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} is not known</source>
      <translation>redemption {redemption_id} is not known</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another station; only the station that made it cancels it</source>
      <translation>redemption {redemption_id} was made by another station; only the station that made it cancels it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another store; only the station that made it cancels it</source>
      <translation>redemption {redemption_id} was made by another store; only the station that made it cancels it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>this token may not read order {order}</source>
      <translation>this token may not read order {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>this token may not read store {store}</source>
      <translation>this token may not read store {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stock/api.py" />
      <source>unknown SKU {sku}</source>
      <translation>unknown SKU {sku}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>unknown or revoked token</source>
      <translation>unknown or revoked token</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/reports/api.py" />
      <source>unknown store {store}</source>
      <translation>unknown store {store}</translation>
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
      <translation>Give a phone number, an email address or a loyalty card</translation>
    </message>
  </context>
</TS>
