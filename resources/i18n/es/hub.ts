<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>hub</name>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the email address {value}</source>
      <translation>Otro cliente tiene el correo {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the loyalty card {value}</source>
      <translation>Otro cliente tiene la tarjeta de fidelidad {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the phone number {value}</source>
      <translation>Otro cliente tiene el teléfono {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the same details</source>
      <translation>Otro cliente tiene los mismos datos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Customer {id} is not known</source>
      <translation>El cliente {id} no es conocido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} has {left} left</source>
      <translation>A la tarjeta regalo {code} le quedan {left}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is in {currency}; this store takes {ours}</source>
      <translation>La tarjeta regalo {code} está en {currency}; esta tienda acepta {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is not known or not yet activated</source>
      <translation>La tarjeta regalo {code} es desconocida o aún no está activada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): nothing left to return ({sold} sold, all returned or being returned), {asked} asked</source>
      <translation>Línea {line} ({name}): no queda nada por devolver ({sold} vendido, todo devuelto o en devolución), {asked} pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Línea {line} ({name}): solo quedan {left} por devolver, {asked} pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store can promise every line of this order for collection now: nothing was ordered</source>
      <translation>Ninguna tienda puede garantizar ahora todas las líneas de este pedido para recoger: no se ha pedido nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store or warehouse can promise every line of this delivery now: nothing was ordered</source>
      <translation>Ninguna tienda ni almacén puede garantizar ahora todas las líneas de esta entrega: no se ha pedido nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} is already being prepared: it can no longer be cancelled</source>
      <translation>El pedido {order} ya se está preparando: ya no se puede anular</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} was not made by this sale</source>
      <translation>El pedido {order} no se hizo en esta venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} has no line {lines}</source>
      <translation>El ticket {receipt} no tiene la línea {lines}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} is not known at the hub</source>
      <translation>El ticket {receipt} no se conoce en el servidor central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>The customer has {balance} points; {asked} were asked</source>
      <translation>El cliente tiene {balance} puntos; se pidieron {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>This payment was already used by sale {receipt_no}; it cannot be given back</source>
      <translation>Este pago ya se usó en la venta {receipt_no}; no se puede devolver</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left</source>
      <translation>Al vale {code} le quedan {left}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left (spent)</source>
      <translation>Al vale {code} le quedan {left} (agotado)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is in {currency}; this store takes {ours}</source>
      <translation>El vale {code} está en {currency}; esta tienda acepta {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Vale {code} desconocido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>a {kind} token cannot use station endpoints</source>
      <translation>un token {kind} no sirve para las cajas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>ask for at least one line</source>
      <translation>pida al menos una línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>consent must be true or false: ask the customer</source>
      <translation>consent debe ser true o false: pregunte al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request (receipt {receipt}, at {at}); ask again under a new grant id</source>
      <translation>la autorización de devolución {grant_id} ya se usó para otra solicitud (ticket {receipt}, el {at}); vuelva a pedirla con un nuevo identificador</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another station; ask again under a new grant id</source>
      <translation>la autorización de devolución {grant_id} ya la usó otra caja; vuelva a pedirla con un nuevo identificador</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another store; ask again under a new grant id</source>
      <translation>la autorización de devolución {grant_id} ya la usó otra tienda; vuelva a pedirla con un nuevo identificador</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another station; only the station that asked for it releases it</source>
      <translation>la autorización de devolución {grant_id} es de otra caja; solo la caja que la pidió puede liberarla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another store; only the station that asked for it releases it</source>
      <translation>la autorización de devolución {grant_id} es de otra tienda; solo la caja que la pidió puede liberarla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} is not known</source>
      <translation>autorización de devolución {grant_id} desconocida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} was already used by return {return_id}; it cannot be released</source>
      <translation>la autorización de devolución {grant_id} ya se usó en la devolución {return_id}; no se puede liberar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant_id must be a uuid in lowercase hex (32 characters)</source>
      <translation>grant_id debe ser un uuid en hexadecimal en minúsculas (32 caracteres)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line} is asked twice; give its quantity once</source>
      <translation>la línea {line} se pide dos veces; indique su cantidad una sola vez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line}: the quantity to return must be more than zero</source>
      <translation>línea {line}: la cantidad a devolver debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>missing bearer token</source>
      <translation>falta el token de acceso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no order {order}</source>
      <translation>no existe el pedido {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no such order</source>
      <translation>pedido no encontrado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be a public key in PEM</source>
      <translation>public_key debe ser una clave pública en formato PEM</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be an ECDSA P-256 (secp256r1) public key</source>
      <translation>public_key debe ser una clave pública ECDSA P-256 (secp256r1)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used for another redemption (gift card {code}, {amount}); use a new id</source>
      <translation>el identificador de cobro {redemption_id} ya se usó para otro cobro (tarjeta regalo {code}, {amount}); use uno nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption (voucher {code}, {amount}); use a new id</source>
      <translation>el pago con vale {redemption_id} ya se usó para otro pago (vale {code}, {amount}); use un nuevo identificador</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another station; use a new id</source>
      <translation>el pago con vale {redemption_id} ya lo usó otra caja; use un nuevo identificador</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another store; use a new id</source>
      <translation>el pago con vale {redemption_id} ya lo usó otra tienda; use un nuevo identificador</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>redemption id {redemption_id} was already used for another redemption; use a new id</source>
      <translation>el id de canje {redemption_id} ya se usó para otro canje; use un id nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used; use a new id</source>
      <translation>el identificador de cobro {redemption_id} ya se usó; use uno nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} is not known</source>
      <translation>pago con vale {redemption_id} desconocido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another station; only the station that made it cancels it</source>
      <translation>el pago con vale {redemption_id} lo hizo otra caja; solo esa caja puede anularlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another store; only the station that made it cancels it</source>
      <translation>el pago con vale {redemption_id} lo hizo otra tienda; solo la caja que lo hizo puede anularlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>this token may not read order {order}</source>
      <translation>este token no tiene acceso al pedido {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>this token may not read store {store}</source>
      <translation>este token no tiene acceso a la tienda {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stock/api.py" />
      <source>unknown SKU {sku}</source>
      <translation>artículo {sku} desconocido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>unknown or revoked token</source>
      <translation>token desconocido o revocado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/reports/api.py" />
      <source>unknown store {store}</source>
      <translation>tienda {store} desconocida</translation>
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
      <translation>Indique un teléfono, un correo o una tarjeta de fidelidad</translation>
    </message>
  </context>
</TS>
