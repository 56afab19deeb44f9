<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A card or a voucher cannot pay more than what is left; it gives no change</source>
      <translation>Una tarjeta o un vale no puede pagar más de lo que queda; no da cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount cannot exceed 100 %</source>
      <translation>Un descuento no puede superar el 100 %</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount must be zero or more</source>
      <translation>Un descuento debe ser cero o más</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be parked. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Ya se ha cobrado un pago de {amount} en esta venta, así que no puede aparcarse. Termine antes la venta (F10, o F12 cobra el resto en efectivo) o devuelva el pago (F10, luego Supr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be set aside. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Ya se ha cobrado un pago de {amount} en esta venta, así que no puede apartarse. Termine antes la venta (F10, o F12 cobra el resto en efectivo) o devuelva el pago (F10, luego Supr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be voided whole. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Ya se ha cobrado un pago de {amount} en esta venta, así que no puede anularse entera. Termine antes la venta (F10, o F12 cobra el resto en efectivo) o devuelva el pago (F10, luego Supr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be {becomes}. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Ya se ha cobrado un pago de {amount} en esta venta ({becomes}: no es posible). Termine antes la venta (F10, o F12 cobra el resto en efectivo) o devuelva el pago (F10, luego Supr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No payment is taken on this sale</source>
      <translation>No hay ningún pago cobrado en esta venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No such line in the basket</source>
      <translation>Esa línea no está en la venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity above {limit} refused; check what was typed</source>
      <translation>Cantidad superior a {limit} rechazada; revise lo tecleado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity has more than 3 decimals</source>
      <translation>La cantidad tiene más de 3 decimales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be a number</source>
      <translation>La cantidad debe ser un número</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be more than zero</source>
      <translation>La cantidad debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Scan something before taking a payment</source>
      <translation>Escanee un artículo antes de cobrar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That discount is too large; check what was typed</source>
      <translation>Descuento demasiado alto; revise lo tecleado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That line is voided</source>
      <translation>Esa línea está anulada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>{amount} is already paid by card or voucher on this sale, so it cannot cost less than that. Give that payment back first (F10, then Del)</source>
      <translation>Ya se han pagado {amount} con tarjeta o vale en esta venta, así que no puede costar menos. Devuelva antes ese pago (F10, luego Supr)</translation>
    </message>
  </context>
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>'{text}' is not a denomination of {currency}</source>
      <translation>'{text}' no es un valor de {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin} cannot be negative</source>
      <translation>Las piezas de {coin} no pueden ser negativas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: '{text}' is not a whole number of pieces</source>
      <translation>Piezas de {coin}: '{text}' no es un número entero de piezas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: whole numbers only</source>
      <translation>Piezas de {coin}: solo números enteros</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{count} pieces of {coin}? Check what was typed</source>
      <translation>¿{count} piezas de {coin}? Revise lo tecleado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{text} is not a note or coin of {currency}</source>
      <translation>{text} no es un billete ni una moneda de {currency}</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with a gift card</source>
      <translation>Una tarjeta regalo no se paga con una tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with loyalty points; give the points back first (F10, then Del)</source>
      <translation>Una tarjeta regalo no se paga con puntos de fidelización; devuelva primero los puntos (F10, luego Supr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card is on two lines of this sale; void one</source>
      <translation>Una tarjeta regalo está en dos líneas de esta venta; anule una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card loads exactly its amount: it takes no discount and no other price. Void the line and sell the card again with the right amount</source>
      <translation>Una tarjeta regalo carga exactamente su importe: sin descuento ni otro precio. Anule la línea y venda la tarjeta de nuevo con el importe correcto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card takes at most {most} at a time</source>
      <translation>Una tarjeta regalo admite como máximo {most} cada vez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card's amount must be more than zero</source>
      <translation>El importe de una tarjeta regalo debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Gift card {code} is already on this sale</source>
      <translation>La tarjeta regalo {code} ya está en esta venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card and type its amount</source>
      <translation>Escanee la tarjeta regalo y escriba su importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card's code (6 to 32 letters, digits or dashes)</source>
      <translation>Escanee el código de la tarjeta regalo (de 6 a 32 letras, cifras o guiones)</translation>
    </message>
  </context>
  <context>
    <name>journal</name>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>a restore's skipped numbers are not valid: {what}</source>
      <translation>los números saltados por una restauración no son válidos: {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal</source>
      <translation>falta el documento {number} en el diario</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal, and %n other number(s)</source>
      <translation>
        <numerusform>falta el documento {number} en el diario, y %n número más</numerusform>
        <numerusform>falta el documento {number} en el diario, y %n números más</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>hash does not match its content</source>
      <translation>el hash no coincide con su contenido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>no public key to check the signature with</source>
      <translation>no hay clave pública para comprobar la firma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>previous hash does not match</source>
      <translation>el hash anterior no coincide</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>sequence gap: expected {expected}, found {found}</source>
      <translation>salto en la secuencia: se esperaba {expected}, se encontró {found}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature does not match the entry</source>
      <translation>la firma no coincide con el asiento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature missing</source>
      <translation>falta la firma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by another key ({key}), not one of this station's ({known})</source>
      <translation>firmado con otra clave ({key}), no con una de esta caja ({known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key} before the station introduced it</source>
      <translation>firmado con la clave {key} antes de que la caja la declarara</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key}, which is not one of the keys given with --key</source>
      <translation>firmado con la clave {key}, que no es una de las indicadas con --key</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed entry missing from the journal</source>
      <translation>falta en el diario un asiento firmado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed with an unknown algorithm ({algorithm})</source>
      <translation>firmado con un algoritmo desconocido ({algorithm})</translation>
    </message>
  </context>
  <context>
    <name>limits</name>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>The sale total becomes {total}, more than {limit}</source>
      <translation>El total de la venta pasa a {total}, más de {limit}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{first}; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. A {role} may not sell it alone; a manager can authorise it</source>
      <translation>{limits}. Un {role} no puede venderlo solo; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. Confirm it, or correct it</source>
      <translation>{limits}. Confírmelo o corríjalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line</source>
      <translation>{quantity} × {name} es más de {limit} en una línea</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Give the customer's name (at most 200 characters)</source>
      <translation>Indique el nombre del cliente (200 caracteres como máximo)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Points cannot be redeemed: the store's loyalty rules set no point value</source>
      <translation>Puntos no canjeables: las reglas de fidelidad de la tienda no fijan valor del punto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{card} is not a loyalty card number</source>
      <translation>{card} no es un número de tarjeta de fidelidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{email} is not an email address</source>
      <translation>{email} no es una dirección de correo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{phone} is not a phone number</source>
      <translation>{phone} no es un número de teléfono</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' has more decimals than {currency} allows</source>
      <translation>'{text}' tiene más decimales de los que permite {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is not an amount</source>
      <translation>'{text}' no es un importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is too large for an amount; check what was typed</source>
      <translation>'{text}' es demasiado grande para un importe; revise lo tecleado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>Enter an amount</source>
      <translation>Introduzca un importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>{amount} has more decimals than {currency} allows; check what was typed</source>
      <translation>{amount} tiene más decimales de los que permite {currency}; revise lo tecleado</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A gift card payment needs the card's code</source>
      <translation>Un pago con tarjeta regalo necesita el código de la tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A payment must be more than zero</source>
      <translation>Un pago debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A points payment needs the customer's loyalty card</source>
      <translation>Un pago con puntos necesita la tarjeta de fidelización del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A sale total cannot be negative</source>
      <translation>El total de una venta no puede ser negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A voucher payment needs the voucher's code</source>
      <translation>Un pago con vale necesita el código del vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A {tender} payment cannot be taken before the sale completes</source>
      <translation>Un pago con {tender} no se puede cobrar antes de cerrar la venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Add a payment first</source>
      <translation>Añada primero un pago</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Card payments exceed the amount due; cards give no change</source>
      <translation>Los pagos con tarjeta superan el importe; las tarjetas no dan cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Enter the card terminal's approval code</source>
      <translation>Introduzca el código de autorización del datáfono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>That payment is too large; check what was typed</source>
      <translation>Pago demasiado alto; revise lo tecleado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay</source>
      <translation>Quedan {amount} por pagar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay in cash</source>
      <translation>Quedan {amount} por pagar en efectivo</translation>
    </message>
  </context>
  <context>
    <name>permissions</name>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not adjust stock; a manager can authorise it</source>
      <translation>Un cajero no puede ajustar el stock; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not change a price; a manager can authorise it</source>
      <translation>Un cajero no puede cambiar un precio; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not close a shift; a manager can authorise it</source>
      <translation>Un cajero no puede cerrar un turno; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount above your limit; a manager can authorise it</source>
      <translation>Un cajero no puede hacer un descuento por encima de su límite; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount; a manager can authorise it</source>
      <translation>Un cajero no puede hacer un descuento; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not manage staff; a manager can authorise it</source>
      <translation>Un cajero no puede gestionar el personal; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open a shift; a manager can authorise it</source>
      <translation>Un cajero no puede abrir un turno; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open the drawer without a sale; a manager can authorise it</source>
      <translation>Un cajero no puede abrir el cajón sin venta; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not pay cash in or out; a manager can authorise it</source>
      <translation>Un cajero no puede hacer una entrada o salida de efectivo; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not print reports; a manager can authorise it</source>
      <translation>Un cajero no puede imprimir informes; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund above the refund limit; a manager can authorise it</source>
      <translation>Un cajero no puede reembolsar por encima del límite de reembolso; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>Un cajero no puede reembolsar en efectivo por encima del límite de efectivo; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not reprint a receipt; a manager can authorise it</source>
      <translation>Un cajero no puede reimprimir un ticket; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>Un cajero no puede vender una cantidad o un total por encima de los límites de la tienda; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return without a receipt; a manager can authorise it</source>
      <translation>Un cajero no puede aceptar una devolución sin ticket; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return; a manager can authorise it</source>
      <translation>Un cajero no puede aceptar una devolución; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a line; a manager can authorise it</source>
      <translation>Un cajero no puede anular una línea; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a sale; a manager can authorise it</source>
      <translation>Un cajero no puede anular una venta; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not adjust stock; a manager can authorise it</source>
      <translation>Un supervisor no puede ajustar el stock; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not change a price; a manager can authorise it</source>
      <translation>Un supervisor no puede cambiar un precio; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not close a shift; a manager can authorise it</source>
      <translation>Un supervisor no puede cerrar un turno; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount above your limit; a manager can authorise it</source>
      <translation>Un supervisor no puede hacer un descuento por encima de su límite; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount; a manager can authorise it</source>
      <translation>Un supervisor no puede hacer un descuento; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not manage staff; a manager can authorise it</source>
      <translation>Un supervisor no puede gestionar el personal; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open a shift; a manager can authorise it</source>
      <translation>Un supervisor no puede abrir un turno; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open the drawer without a sale; a manager can authorise it</source>
      <translation>Un supervisor no puede abrir el cajón sin venta; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not pay cash in or out; a manager can authorise it</source>
      <translation>Un supervisor no puede hacer una entrada o salida de efectivo; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not print reports; a manager can authorise it</source>
      <translation>Un supervisor no puede imprimir informes; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund above the refund limit; a manager can authorise it</source>
      <translation>Un supervisor no puede reembolsar por encima del límite de reembolso; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>Un supervisor no puede reembolsar en efectivo por encima del límite de efectivo; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not reprint a receipt; a manager can authorise it</source>
      <translation>Un supervisor no puede reimprimir un ticket; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>Un supervisor no puede vender una cantidad o un total por encima de los límites de la tienda; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return without a receipt; a manager can authorise it</source>
      <translation>Un supervisor no puede aceptar una devolución sin ticket; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return; a manager can authorise it</source>
      <translation>Un supervisor no puede aceptar una devolución; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a line; a manager can authorise it</source>
      <translation>Un supervisor no puede anular una línea; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a sale; a manager can authorise it</source>
      <translation>Un supervisor no puede anular una venta; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A {role} may not {action}; a manager can authorise it</source>
      <translation>Un {role} no puede {action}; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>An auditor may only view and print: they may not {action}</source>
      <translation>Un auditor solo puede consultar e imprimir: no puede {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>adjust stock</source>
      <translation>ajustar el stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>auditor</source>
      <translation>auditor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change a price</source>
      <translation>cambiar un precio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change the store's records</source>
      <translation>modificar los datos de la tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>clerk</source>
      <translation>cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>close a shift</source>
      <translation>cerrar un turno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount</source>
      <translation>hacer un descuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount above your limit</source>
      <translation>hacer un descuento por encima de su límite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manage staff</source>
      <translation>gestionar el personal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manager</source>
      <translation>encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open a shift</source>
      <translation>abrir un turno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open the drawer without a sale</source>
      <translation>abrir el cajón sin venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>pay cash in or out</source>
      <translation>hacer entradas o salidas de efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>print reports</source>
      <translation>imprimir informes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund above the refund limit</source>
      <translation>reembolsar por encima del límite de reembolso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>reembolsar en efectivo por encima del límite en efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>reprint a receipt</source>
      <translation>reimprimir un ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell</source>
      <translation>vender</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell a quantity or a total above the store's limits</source>
      <translation>vender una cantidad o un total por encima de los límites de la tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return</source>
      <translation>aceptar una devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return without a receipt</source>
      <translation>aceptar una devolución sin ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>view the fiscal records</source>
      <translation>consultar los registros fiscales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a line</source>
      <translation>anular una línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a sale</source>
      <translation>anular una venta</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A picked quantity must be more than zero</source>
      <translation>La cantidad preparada debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A rejected quantity must be more than zero</source>
      <translation>La cantidad rechazada debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Accepted</source>
      <translation>Aceptado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Cancelled</source>
      <translation>Cancelado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Elija un motivo: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose at least one item to hand over</source>
      <translation>Elija al menos un artículo para entregar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Collected</source>
      <translation>Recogido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Damaged (the unit is written off)</source>
      <translation>Dañado (la unidad se da de baja)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Expired</source>
      <translation>Caducado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Extra item: {name} — {picked} of {wanted} already picked. Put it back.</source>
      <translation>Artículo de más: {name} — {picked} de {wanted} ya preparados. Devuélvalo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): only {left} left to pick, cannot reject {asked}</source>
      <translation>Línea {line} ({name}): solo quedan {left} por preparar, no se pueden rechazar {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): {picked} picked, cannot hand over {asked}</source>
      <translation>Línea {line} ({name}): {picked} preparados, no se pueden entregar {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} is not on this order</source>
      <translation>La línea {line} no está en este pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it</source>
      <translation>Línea {line} {name}: faltan {left} de {ordered} por preparar — escanéela o recházela</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it (and %n more line(s))</source>
      <translation>
        <numerusform>Línea {line} {name}: faltan {left} de {ordered} por preparar — escanéela o recházela (y %n línea más)</numerusform>
        <numerusform>Línea {line} {name}: faltan {left} de {ordered} por preparar — escanéela o recházela (y %n líneas más)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line}: only {picked} picked</source>
      <translation>Línea {line}: solo {picked} preparados</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Mismatch (the shelf item is not what was ordered: recount)</source>
      <translation>No coincide (el artículo del estante no es el pedido: recontar)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>New</source>
      <translation>Nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Nothing was picked: every line is rejected, so the order cannot be ready</source>
      <translation>No se preparó nada: todas las líneas están rechazadas, el pedido no puede estar listo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be accepted now</source>
      <translation>El pedido {number} no puede aceptarse ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be cancelled now</source>
      <translation>El pedido {number} no puede cancelarse ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be changed now</source>
      <translation>El pedido {number} no puede modificarse ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be expired now</source>
      <translation>El pedido {number} no puede marcarse como caducado ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be handed over now</source>
      <translation>El pedido {number} no puede entregarse ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be marked ready now</source>
      <translation>El pedido {number} no puede marcarse como listo ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be picked now</source>
      <translation>El pedido {number} no puede prepararse ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be rejected now</source>
      <translation>El pedido {number} no puede rechazarse ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be returned to shelf now</source>
      <translation>El pedido {number} no puede devolverse al estante ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not accept it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no lo acepte; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not cancel it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no lo cancele; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not expire it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no lo haga caducar; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not hand over it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no lo entregue; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not mark ready it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no lo marque como listo; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not pick it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no lo prepare; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject a line of it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no rechace ninguna línea; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no lo rechace; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not return to shelf it; put its items back on the shelf</source>
      <translation>El pedido {number} ha caducado: no lo devuelva como caducado; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not accept it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no lo acepte; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not cancel it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no lo cancele; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not expire it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no lo haga caducar; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not hand over it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no lo entregue; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not mark ready it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no lo marque como listo; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not pick it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no lo prepare; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject a line of it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no rechace ninguna línea; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no lo rechace; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not return to shelf it; put its items back on the shelf</source>
      <translation>El pedido {number} fue cancelado: no lo devuelva como caducado; devuelva sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Out of stock (none on the shelf: the count is corrected)</source>
      <translation>Sin stock (nada en el estante: se corrige el recuento)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Partly collected</source>
      <translation>Recogido en parte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Picking</source>
      <translation>Preparando</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Ready</source>
      <translation>Listo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Rejected</source>
      <translation>Rechazado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the last 2 to 4 letters or digits of the document number (never the whole number)</source>
      <translation>Teclee los 2 a 4 últimos caracteres del número del documento (nunca el número entero)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the name shown on the ID</source>
      <translation>Teclee el nombre que figura en el documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: this product is not on this order. Put it back.</source>
      <translation>Artículo equivocado: este producto no está en el pedido. Devuélvalo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: {name} is not on this order. Put it back.</source>
      <translation>Artículo equivocado: {name} no está en el pedido. Devuélvalo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count already shows none available</source>
      <translation>el stock ya no indica nada disponible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count corrected by -{quantity} (none left on the shelf)</source>
      <translation>stock corregido en -{quantity} (nada en el estante)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>damaged</source>
      <translation>dañado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>mismatch</source>
      <translation>erróneo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>no stock change; recount the product</source>
      <translation>stock sin cambios; vuelva a contar el artículo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>out of stock</source>
      <translation>agotado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>{quantity} written off as damaged</source>
      <translation>{quantity} dado(s) de baja por daño</translation>
    </message>
  </context>
  <context>
    <name>pricing</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} has no id</source>
      <translation>La promoción n.º {position} no tiene id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} is not an object</source>
      <translation>La promoción n.º {position} no es un objeto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id} is in the file twice</source>
      <translation>La promoción {id} está dos veces en el archivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id}: {reason}</source>
      <translation>Promoción {id}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file has unknown fields: {fields}</source>
      <translation>El archivo de promociones tiene campos desconocidos: {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file is not JSON: {error}</source>
      <translation>El archivo de promociones no es JSON: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file needs a list "promotions" at its top</source>
      <translation>El archivo de promociones necesita una lista «promotions» al principio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a threshold promotion needs either amount or percent</source>
      <translation>una promoción threshold necesita amount o percent</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs skus or categories</source>
      <translation>una promoción {kind} necesita skus o categories</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs {fields}</source>
      <translation>una promoción {kind} necesita {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>coupon must be a code in quotes</source>
      <translation>coupon debe ser un código entre comillas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty must be an object</source>
      <translation>loyalty debe ser un objeto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: categories must map each category to its points per unit</source>
      <translation>loyalty: categories debe asociar cada categoría a sus puntos por unidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {fields} is not a loyalty field (known: {known})</source>
      <translation>loyalty: {fields} no es un campo de fidelidad (conocidos: {known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {field} must be a decimal number in quotes, like "1", not below zero</source>
      <translation>loyalty: {field} debe ser un número decimal entre comillas, como "1", no negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>percent must be more than 0 and at most 100</source>
      <translation>percent debe ser mayor que 0 y como mucho 100</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>prices must map each SKU to its price</source>
      <translation>prices debe dar el precio de cada SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>priority must be a whole number</source>
      <translation>priority debe ser un número entero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>stacking must be exclusive or combinable</source>
      <translation>stacking debe ser exclusive o combinable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>the kind {kind} is not known (known: {kinds})</source>
      <translation>el tipo {kind} no se conoce (conocidos: {kinds})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>valid_to must come after valid_from</source>
      <translation>valid_to debe ser posterior a valid_from</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{fields} is not a field of a {kind} promotion</source>
      <translation>{fields} no es un campo de una promoción {kind}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} cannot be negative</source>
      <translation>{field} no puede ser negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} has more decimals than {currency} allows</source>
      <translation>{field} tiene más decimales de los que permite {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a date or a date and time, like 2026-12-24T08:00</source>
      <translation>{field} debe ser una fecha o una fecha y hora, como 2026-12-24T08:00</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a decimal number in quotes, like "2.00"</source>
      <translation>{field} debe ser un número decimal entre comillas, como "2.00"</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a list of codes</source>
      <translation>{field} debe ser una lista de códigos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a whole number of at least {least}</source>
      <translation>{field} debe ser un número entero de al menos {least}</translation>
    </message>
  </context>
  <context>
    <name>reasons</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Changed mind</source>
      <translation>Cambio de opinión</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Damaged on arrival</source>
      <translation>Llegó dañado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Faulty</source>
      <translation>Defectuoso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Not as described</source>
      <translation>No es lo descrito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Unwanted gift</source>
      <translation>Regalo no deseado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Wrong size</source>
      <translation>Talla equivocada</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>A refund must be zero or more</source>
      <translation>Un reembolso debe ser cero o más</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Elija un motivo: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose at least one line to return</source>
      <translation>Elija al menos una línea para devolver</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name})</source>
      <translation>Línea {line} ({name})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) is chosen twice; enter its quantity once</source>
      <translation>Línea {line} ({name}) elegida dos veces; indique su cantidad una sola vez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) was already returned in full; nothing is left to return</source>
      <translation>Línea {line} ({name}) ya devuelta por completo; no queda nada por devolver</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Línea {line} ({name}): solo quedan {left} por devolver, se piden {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity has more than 3 decimals</source>
      <translation>Línea {line} ({name}): la cantidad tiene más de 3 decimales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity must be a number</source>
      <translation>Línea {line} ({name}): la cantidad debe ser un número</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity to return must be more than zero</source>
      <translation>Línea {line} ({name}): la cantidad a devolver debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): whole units only, {asked} asked</source>
      <translation>Línea {line} ({name}): solo unidades enteras, se piden {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} is not on this receipt</source>
      <translation>La línea {line} no está en este ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{line}: condition must be restock or damaged</source>
      <translation>{line}: el estado debe ser «reponer» o «dañado»</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{total} cannot go back to the original payments: {card} left on card and {cash} in cash. Refund to store credit or ask a manager.</source>
      <translation>{total} no puede volver a los pagos originales: quedan {card} en tarjeta y {cash} en efectivo. Reembolse en vale o avise a un encargado.</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{code}' is not a barcode or SKU</source>
      <translation>'{code}' no es un código de barras ni una referencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{text}' is not a quantity</source>
      <translation>'{text}' no es una cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>Nothing scanned</source>
      <translation>No se ha escaneado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: a barcode has 8, 12, 13 or 14 digits, not {count}</source>
      <translation>{code}: un código de barras tiene 8, 12, 13 o 14 cifras, no {count}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: check digit is wrong; scan it again</source>
      <translation>{code}: dígito de control erróneo; vuelva a escanear</translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A PIN is 4 to 8 digits</source>
      <translation>Un PIN tiene de 4 a 8 cifras</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A name is at most {limit} printable characters</source>
      <translation>Un nombre tiene como máximo {limit} caracteres imprimibles</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>Give the person's name as it should appear on receipts and screens</source>
      <translation>Indique el nombre de la persona tal como debe aparecer en tickets y pantallas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>That PIN is too easy to guess (one digit repeated, a run such as 1234, or a pair such as 1212): choose another</source>
      <translation>Ese PIN es demasiado fácil de adivinar (una cifra repetida, una serie como 1234 o un par como 1212): elija otro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>The two PINs differ: type the same new PIN twice</source>
      <translation>Los dos PIN no coinciden: teclee dos veces el mismo PIN nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a clerk</source>
      <translation>Ya es cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a manager</source>
      <translation>Ya es encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a supervisor</source>
      <translation>Ya es supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: add or enable another manager first</source>
      <translation>Es el último encargado activo de la tienda: añada o active antes otro encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: make someone else a manager first</source>
      <translation>Es el último encargado activo de la tienda: nombre antes a otra persona encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>You cannot disable yourself: another manager can</source>
      <translation>No puede desactivarse a sí mismo: otro encargado puede hacerlo</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>'{text}' is not a quantity: type a number such as 3 or 0.25</source>
      <translation>'{text}' no es una cantidad: teclee un número como 3 o 0,25</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Damaged</source>
      <translation>Dañado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Expired</source>
      <translation>Caducado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Found</source>
      <translation>Encontrado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Own use</source>
      <translation>Uso propio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Sample</source>
      <translation>Muestra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>The quantity may not be zero</source>
      <translation>La cantidad no puede ser cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Theft</source>
      <translation>Robo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: at most 3 decimals</source>
      <translation>{text}: como máximo 3 decimales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: the quantity may not be negative</source>
      <translation>{text}: la cantidad no puede ser negativa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: too large for one line</source>
      <translation>{text}: demasiado grande para una línea</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>Cannot open {path}: {reason}. Nothing was changed.</source>
      <translation>No se puede abrir {path}: {reason}. No se ha cambiado nada.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged.</source>
      <translation>El archivo de la base de datos está dañado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged. Nothing was saved; restore the last backup.</source>
      <translation>El archivo de la base de datos está dañado. No se ha guardado nada; restaure la última copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it).</source>
      <translation>La base de datos está ocupada (otro programa la usa).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it). Nothing was saved; try again.</source>
      <translation>La base de datos está ocupada (otro programa la usa). No se ha guardado nada; inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only.</source>
      <translation>La base de datos es de solo lectura.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only. Nothing was saved.</source>
      <translation>La base de datos es de solo lectura. No se ha guardado nada.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}).</source>
      <translation>La base de datos rechazó el cambio ({reason}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}). Nothing was saved.</source>
      <translation>La base de datos rechazó el cambio ({reason}). No se ha guardado nada.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full.</source>
      <translation>El disco está lleno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>El disco está lleno. No se ha guardado nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is busy: another program holds it. Close it and try again.</source>
      <translation>{path} está ocupado: otro programa lo usa. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is not a readable storedesk database: {reason}</source>
      <translation>{path} no es una base de datos de storedesk legible: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} was written by a newer storedesk (schema {revision}); this version knows up to {head}. Install the newer storedesk. The file was not changed.</source>
      <translation>{path} fue escrito por un storedesk más reciente (esquema {revision}); esta versión conoce hasta {head}. Instale el storedesk más reciente. El archivo no se ha modificado.</translation>
    </message>
  </context>
  <context>
    <name>tenders</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>card</source>
      <translation>tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>cash</source>
      <translation>efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>exchange credit</source>
      <translation>crédito de cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>gift card</source>
      <translation>tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>loyalty points</source>
      <translation>puntos de fidelización</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>online payment</source>
      <translation>pago en línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>voucher</source>
      <translation>vale</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in litres: at most 3 decimals</source>
      <translation>{name} se mide en litros: como máximo 3 decimales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in metres: at most 2 decimals</source>
      <translation>{name} se mide en metros: como máximo 2 decimales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is priced by its scale label: type a whole number of labels</source>
      <translation>{name} se cobra por su etiqueta de báscula: teclee un número entero de etiquetas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is sold by the piece: type a whole number</source>
      <translation>{name} se vende por unidades: teclee un número entero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is weighed in kg: at most 3 decimals</source>
      <translation>{name} se pesa en kg: como máximo 3 decimales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name}: the quantity must be a number</source>
      <translation>{name}: la cantidad debe ser un número</translation>
    </message>
  </context>
</TS>
