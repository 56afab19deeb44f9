<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>closing</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Base excl. VAT</source>
      <translation>Base imponible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closed at</source>
      <translation>Cerrado el</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing number</source>
      <translation>Número de cierre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing of fiscal year {year}</source>
      <translation>Cierre del ejercicio {year}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closing of {day}</source>
      <translation>Cierre diario del {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closings included</source>
      <translation>Cierres diarios incluidos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>First document</source>
      <translation>Primer documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Fiscal closing</source>
      <translation>Cierre fiscal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {first_month} to {last_month}</source>
      <translation>De {first_month} a {last_month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {start} to {end}</source>
      <translation>Del {start} al {end}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Last document</source>
      <translation>Último documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closing of {month}</source>
      <translation>Cierre mensual de {month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closings included</source>
      <translation>Cierres mensuales incluidos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period total incl. VAT</source>
      <translation>Total del periodo IVA incl.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Perpetual grand total</source>
      <translation>Gran total perpetuo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Returns</source>
      <translation>Devoluciones</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Sales</source>
      <translation>Ventas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total incl. VAT</source>
      <translation>Total IVA incl.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals</source>
      <translation>Totales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals by VAT rate (sales minus returns)</source>
      <translation>Totales por tipo de IVA (ventas menos devoluciones)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT</source>
      <translation>IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT number {id}</source>
      <translation>NIF-IVA {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT rate</source>
      <translation>Tipo de IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>page {number}</source>
      <translation>página {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number}</source>
      <translation>{software} {version} - cierre {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number} - signature {fingerprint}</source>
      <translation>{software} {version} - cierre {number} - firma {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{store} ({code}) - station {station} - amounts in {currency}</source>
      <translation>{store} ({code}) - caja {station} - importes en {currency}</translation>
    </message>
  </context>
  <context>
    <name>handover</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>CLICK &amp; COLLECT - HANDOVER</source>
      <translation>CLICK &amp; COLLECT - ENTREGA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handed over</source>
      <translation>Entregado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handover {number}</source>
      <translation>Entrega {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Item</source>
      <translation>Artículo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Order {number}</source>
      <translation>Pedido {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Received in good order:</source>
      <translation>Recibido en buen estado:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Status: {status}</source>
      <translation>Estado: {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Verified by: {how}</source>
      <translation>Verificado con: {how}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>damaged</source>
      <translation>dañado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>mismatch</source>
      <translation>no coincide</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>not supplied: {quantity} ({reason})</source>
      <translation>no entregado: {quantity} ({reason})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>out of stock</source>
      <translation>sin existencias</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>{time} · station {station} · {clerk}</source>
      <translation>{time} · caja {station} · {clerk}</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>No labels to print.</source>
      <translation>No hay etiquetas que imprimir.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Price labels</source>
      <translation>Etiquetas de precio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Shelf labels</source>
      <translation>Etiquetas de estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day}</source>
      <translation>desde el {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day} {time}</source>
      <translation>desde el {day} {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>was {price}</source>
      <translation>antes {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per kg</source>
      <translation>{sku} · por kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per litre</source>
      <translation>{sku} · por litro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per metre</source>
      <translation>{sku} · por metro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per piece</source>
      <translation>{sku} · por unidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per {unit}</source>
      <translation>{sku} · por {unit}</translation>
    </message>
  </context>
  <context>
    <name>notify</name>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it has been shipped.</source>
      <translation>Hola {name}, gracias por su pedido {number}. Le escribiremos de nuevo cuando se haya enviado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it is ready for pickup at {store}.</source>
      <translation>Hola {name}, gracias por su pedido {number}. Le escribiremos de nuevo cuando esté listo para recoger en {store}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s).</source>
      <translation>
        <numerusform>Hola {name}, su pedido {number} ha salido de {store} en %n paquete.</numerusform>
        <numerusform>Hola {name}, su pedido {number} ha salido de {store} en %n paquetes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s). Tracking: {tracking}.</source>
      <translation>
        <numerusform>Hola {name}, su pedido {number} ha salido de {store} en %n paquete. Seguimiento: {tracking}.</numerusform>
        <numerusform>Hola {name}, su pedido {number} ha salido de {store} en %n paquetes. Seguimiento: {tracking}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is ready at {store}. Show pickup code {code}. We keep it until {until}.</source>
      <translation>Hola {name}, su pedido {number} está listo en {store}. Muestre el código de recogida {code}. Lo guardamos hasta el {until}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is still waiting at {store} until {until}. Pickup code {code}.</source>
      <translation>Hola {name}, su pedido {number} le sigue esperando en {store} hasta el {until}. Código de recogida {code}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} was not collected in time at {store} and has been cancelled.</source>
      <translation>Hola {name}, su pedido {number} no se recogió a tiempo en {store} y se ha cancelado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} has expired</source>
      <translation>El pedido {number} ha caducado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} is ready for pickup</source>
      <translation>Su pedido {number} está listo para recoger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Reminder: order {number} is waiting for you</source>
      <translation>Recordatorio: su pedido {number} le espera</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>We have received your order {number}</source>
      <translation>Hemos recibido su pedido {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Your order {number} has been shipped</source>
      <translation>Su pedido {number} ha sido enviado</translation>
    </message>
  </context>
  <context>
    <name>pick_list</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n línea</numerusform>
        <numerusform>%n líneas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Due {time}</source>
      <translation>Para el {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Items: {quantity}</source>
      <translation>Artículos: {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Ordered {time}</source>
      <translation>Pedido el {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Pick list  {number}</source>
      <translation>Lista de preparación  {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked</source>
      <translation>Cogido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked by: {name}    Time: {time}    Shelf / bin: {bin}</source>
      <translation>Preparado por: {name}    Hora: {time}    Estante / caja: {bin}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Product</source>
      <translation>Producto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Qty</source>
      <translation>Cant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>SKU</source>
      <translation>Ref.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Scan each item at the desk (F4 on the Pickup screen). Short or damaged? Reject the line with its reason (F6).</source>
      <translation>Escanee cada artículo en el mostrador (F4 en la pantalla Recogida). ¿Falta o está dañado? Rechace la línea con su motivo (F6).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Shelf barcode</source>
      <translation>Código de estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>page {number}</source>
      <translation>página {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>rej.</source>
      <translation>rech.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>{store} · printed {time}</source>
      <translation>{store} · impreso el {time}</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Collected</source>
      <translation>Recogido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Paid online</source>
      <translation>Pagado en línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Partly collected</source>
      <translation>Recogido en parte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Pickup code</source>
      <translation>Código de recogida</translation>
    </message>
  </context>
  <context>
    <name>receipt</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices excl. VAT</source>
      <translation>Precios sin IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices incl. VAT</source>
      <translation>Precios con IVA incluido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Approved by {name} (manager)</source>
      <translation>Autorizado por {name} (encargado)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - DUPLICATE</source>
      <translation>COPIA - DUPLICADO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Card</source>
      <translation>Tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Cash</source>
      <translation>Efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Cash rounding</source>
      <translation>Redondeo efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Changed mind</source>
      <translation>Cambio de opinión</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Clerk {name}</source>
      <translation>Cajero {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Customer signature</source>
      <translation>Firma del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>DUPLICATE No. {number}</source>
      <translation>DUPLICADO n.º {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged (written off)</source>
      <translation>Dañado (dado de baja)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged on arrival</source>
      <translation>Llegó dañado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Discount</source>
      <translation>Descuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Faulty</source>
      <translation>Defectuoso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Gift card</source>
      <translation>Tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Gift card {code}</source>
      <translation>Tarjeta regalo {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Gross</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Items returned</source>
      <translation>Artículos devueltos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Left on the gift card</source>
      <translation>Saldo de la tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Loyalty card {card}</source>
      <translation>Tarjeta de fidelidad {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Net</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>No receipt</source>
      <translation>Sin ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Not as described</source>
      <translation>No es como se describía</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Nothing to pay out</source>
      <translation>Nada que reembolsar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Original receipt</source>
      <translation>Ticket original</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Paid out</source>
      <translation>Reembolsado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Points</source>
      <translation>Puntos</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points balance: %n</source>
      <translation>
        <numerusform>Saldo de puntos: %n</numerusform>
        <numerusform>Saldo de puntos: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points earned: %n</source>
      <translation>
        <numerusform>Puntos ganados: %n</numerusform>
        <numerusform>Puntos ganados: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points given back: %n</source>
      <translation>
        <numerusform>Punto devuelto: %n</numerusform>
        <numerusform>Puntos devueltos: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points redeemed: %n</source>
      <translation>
        <numerusform>Puntos canjeados: %n</numerusform>
        <numerusform>Puntos canjeados: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points taken back: %n</source>
      <translation>
        <numerusform>Punto retirado: %n</numerusform>
        <numerusform>Puntos retirados: %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Price changed</source>
      <translation>Precio modificado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Promotion {id}</source>
      <translation>Promo {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND</source>
      <translation>DEVOLUCIÓN / REEMBOLSO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - COPY</source>
      <translation>DEVOLUCIÓN / REEMBOLSO - COPIA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - DUPLICATE No. {number}</source>
      <translation>DEVOLUCIÓN / REEMBOLSO - DUPLICADO n.º {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Rate</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason: {reason}</source>
      <translation>Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Receipt</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/receipt_pdf.py" />
      <source>Receipt (copy)</source>
      <translation>Ticket (copia)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Refunded to</source>
      <translation>Reembolsado en</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Restock</source>
      <translation>Vuelve a stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return no.</source>
      <translation>Devolución n.º</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt</source>
      <translation>Ticket de devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt (copy)</source>
      <translation>Ticket de devolución (copia)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>STORE CREDIT VOUCHER</source>
      <translation>VALE DE COMPRA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Station {station}</source>
      <translation>Caja {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Store credit</source>
      <translation>Vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Store credit voucher</source>
      <translation>Vale de compra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Subtotal</source>
      <translation>Subtotal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>TOTAL REFUND</source>
      <translation>TOTAL REEMBOLSO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked at sync</source>
      <translation>Sin conexión: se verifica al sincronizar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked with the central system at sync</source>
      <translation>Hecho sin conexión: lo verifica la central al sincronizar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Tax</source>
      <translation>IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Tax refunded (prices incl. VAT)</source>
      <translation>IVA reembolsado (precios con IVA)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>These points are added to your card at the next sync</source>
      <translation>Estos puntos se abonarán en su tarjeta en la próxima sincronización</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To collect at {store} — order {number}</source>
      <translation>Recoger en {store} — pedido {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To deliver — order {number}</source>
      <translation>A domicilio — pedido {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>To pay</source>
      <translation>A pagar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Unwanted gift</source>
      <translation>Regalo no deseado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores</source>
      <translation>Úselo como efectivo en nuestras tiendas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores. Keep this receipt: the code is the voucher.</source>
      <translation>Úselo como efectivo en cualquiera de nuestras tiendas. Conserve este ticket: el código es el vale.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT</source>
      <translation>IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT ID {tax_id}</source>
      <translation>NIF {tax_id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>VAT {code} {rate} on {amount}</source>
      <translation>IVA {code} {rate} sobre {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Value {amount}</source>
      <translation>Valor {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Web order {number}</source>
      <translation>Pedido web {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Wrong size</source>
      <translation>Talla incorrecta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned · {condition}</source>
      <translation>{quantity} devuelto(s) · {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned, {condition}</source>
      <translation>{quantity} devuelto(s), {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>{quantity} x {price}</source>
      <translation>{quantity} x {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - receipt {number} - signature {fingerprint}</source>
      <translation>{software} {version} - ticket {number} - firma {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{tender} ref {reference}</source>
      <translation>{tender} ref. {reference}</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n point(s)</source>
      <translation>
        <numerusform>%n punto</numerusform>
        <numerusform>%n puntos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n return(s)</source>
      <translation>
        <numerusform>%n devolución</numerusform>
        <numerusform>%n devoluciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n venta</numerusform>
        <numerusform>%n ventas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>(made with no shift open: not in the drawer)</source>
      <translation>(hechas sin turno abierto: no están en el cajón)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>(no category)</source>
      <translation>(sin categoría)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>* not counted separately: taken as expected (cash expected = float + cash net + paid in - paid out - cash refunds; card expected = card total - card refunds).</source>
      <translation>* no contado aparte: se toma lo esperado (efectivo esperado = fondo + efectivo neto + entradas - salidas - reembolsos en efectivo; tarjeta esperada = total tarjeta - reembolsos con tarjeta).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash refunds outside the shift ({count})</source>
      <translation>+ Reembolsos efectivo fuera de turno ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash sales (tendered - change)</source>
      <translation>+ Ventas efectivo (entregado - cambio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Paid in ({count})</source>
      <translation>+ Entradas ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash refunds (returns)</source>
      <translation>- Reembolsos efectivo (devoluciones)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash sales outside the shift ({count})</source>
      <translation>- Ventas efectivo fuera de turno ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Paid out ({count})</source>
      <translation>- Salidas ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>= Expected in the drawer</source>
      <translation>= Esperado en el cajón</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CATEGORY</source>
      <translation>POR CATEGORÍA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CLERK</source>
      <translation>POR CAJERO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY HOUR</source>
      <translation>POR HORA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Before discounts</source>
      <translation>Antes de descuentos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Business day</source>
      <translation>Día comercial</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By category</source>
      <translation>Por categoría</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By clerk</source>
      <translation>Por cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>CASH DRAWER</source>
      <translation>CAJÓN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY</source>
      <translation>COPIA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - REPRINT</source>
      <translation>COPIA - REIMPRESIÓN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Card</source>
      <translation>Tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash</source>
      <translation>Efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted</source>
      <translation>Efectivo contado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted at closing</source>
      <translation>Efectivo contado al cierre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash drawer</source>
      <translation>Cajón</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash rounding</source>
      <translation>Redondeo efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Checked by: {line}</source>
      <translation>Revisado por: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Clerk</source>
      <translation>Cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted</source>
      <translation>Contado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted by: {line}</source>
      <translation>Contado por: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>DISCOUNTS BY PROMOTION</source>
      <translation>DESCUENTOS POR PROMOCIÓN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Difference</source>
      <translation>Diferencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Difference (counted - expected)</source>
      <translation>Diferencia (contado - esperado)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Discounts (%n sale(s))</source>
      <translation>
        <numerusform>Descuentos (%n venta)</numerusform>
        <numerusform>Descuentos (%n ventas)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Discounts by promotion</source>
      <translation>Descuentos por promoción</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Expected</source>
      <translation>Esperado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Gift cards redeemed (in the payments)</source>
      <translation>Tarjetas regalo cobradas (en los pagos)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Gross</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Journal</source>
      <translation>Diario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Journal no. {number}</source>
      <translation>Diario n.º {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Last journal entry before this report: no. {number}, hash {hash}</source>
      <translation>Último asiento del diario antes de este informe: n.º {number}, hash {hash}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Lines</source>
      <translation>Líneas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Net</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>No sale</source>
      <translation>Apertura de cajón</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>No sales</source>
      <translation>Sin ventas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>None.</source>
      <translation>Ninguno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Note / coin</source>
      <translation>Billete / moneda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>OUTSIDE THE SHIFT</source>
      <translation>FUERA DEL TURNO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>OVER-RETURNS FLAGGED BY THE HUB ({count}) - check with the manager</source>
      <translation>DEVOLUCIONES DE MÁS SEÑALADAS POR LA CENTRAL ({count}) - consultar con el encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opened</source>
      <translation>Abierto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opening float</source>
      <translation>Fondo de caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Opening float (counted)</source>
      <translation>Fondo de caja (contado)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Outside the shift</source>
      <translation>Fuera del turno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Outside the shift: {sales} (cash kept {kept}) and {returns} (cash refunded {refunded}) were made while no shift was open, before this shift's float was counted. They are in this report's totals; their cash is not expected in the drawer again.</source>
      <translation>Fuera del turno: {sales} (efectivo guardado {kept}) y {returns} (efectivo reembolsado {refunded}) se hicieron sin turno abierto, antes de contar el fondo de este turno. Están en los totales de este informe; su efectivo ya no se espera en el cajón.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>PAID IN / OUT, NO-SALE (%n no-sale)</source>
      <translation>
        <numerusform>ENTRADAS / SALIDAS, APERTURAS (%n apertura)</numerusform>
        <numerusform>ENTRADAS / SALIDAS, APERTURAS (%n aperturas)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid in</source>
      <translation>Entrada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Paid in, paid out and no-sale ({paid_in} in, {paid_out} out, {no_sale} no-sale)</source>
      <translation>Entradas, salidas y aperturas de cajón (entradas: {paid_in}, salidas: {paid_out}, aperturas: {no_sale})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid out</source>
      <translation>Salida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Payments</source>
      <translation>Pagos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Period total</source>
      <translation>Total del periodo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Perpetual grand total</source>
      <translation>Gran total perpetuo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Pieces</source>
      <translation>Piezas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points given back by returns</source>
      <translation>Puntos devueltos por devoluciones</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points issued: %n sale(s)</source>
      <translation>
        <numerusform>Puntos emitidos: %n venta</numerusform>
        <numerusform>Puntos emitidos: %n ventas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points redeemed: %n sale(s)</source>
      <translation>
        <numerusform>Puntos canjeados: %n venta</numerusform>
        <numerusform>Puntos canjeados: %n ventas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points taken back by returns</source>
      <translation>Puntos retirados por devoluciones</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Promotion</source>
      <translation>Promoción</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>RESTORED FROM BACKUP WITHOUT THE HUB: DOCUMENTS MISSING ({count})</source>
      <translation>RESTAURADO DE COPIA SIN LA CENTRAL: FALTAN DOCUMENTOS ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Rate</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Read</source>
      <translation>Leído</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Reading: nothing reset</source>
      <translation>Lectura: no se pone nada a cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Receipts</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Refunds by tender: {refunds}</source>
      <translation>Reembolsos por forma de pago: {refunds}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report (copy)</source>
      <translation>Informe (copia)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Returns ({count})</source>
      <translation>Devoluciones ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Returns ({count}), cash refunded</source>
      <translation>Devoluciones ({count}), efectivo reembolsado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>SALES</source>
      <translation>VENTAS</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales</source>
      <translation>Ventas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales (receipts)</source>
      <translation>Ventas (tickets)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Sales ({count}), cash kept</source>
      <translation>Ventas ({count}), efectivo guardado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour</source>
      <translation>Ventas por hora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour, {currency} incl. tax (figures on bars: receipts)</source>
      <translation>Ventas por hora, {currency} con IVA (cifras en las barras: tickets)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales excl. gift cards</source>
      <translation>Ventas sin tarjetas regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales incl. tax</source>
      <translation>Ventas con IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Shift {number}</source>
      <translation>Turno {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Station {station}</source>
      <translation>Caja {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Store credit</source>
      <translation>Vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TAX BY RATE</source>
      <translation>IVA POR TIPO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TENDERS (expected / counted / difference)</source>
      <translation>FORMAS DE PAGO (esperado / contado / diferencia)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Taken</source>
      <translation>Cobrado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax</source>
      <translation>IVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax by rate</source>
      <translation>IVA por tipo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tender</source>
      <translation>Forma de pago</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tendered</source>
      <translation>Entregado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tenders: expected, counted, difference</source>
      <translation>Formas de pago: esperado, contado, diferencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Voided lines ({count}), not charged</source>
      <translation>Líneas anuladas ({count}), no cobradas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>What</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report</source>
      <translation>Informe X</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report (reading: nothing reset)</source>
      <translation>Informe X (lectura: no se pone nada a cero)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Z report no. {number}</source>
      <translation>Informe Z n.º {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>difference</source>
      <translation>diferencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>exact</source>
      <translation>exacto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>expected / counted</source>
      <translation>esperado / contado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>not counted</source>
      <translation>no contado</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which gift cards sold (%n)</source>
      <translation>
        <numerusform>de ellas tarjeta regalo vendida (%n)</numerusform>
        <numerusform>de ellas tarjetas regalo vendidas (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which made while no shift was open</source>
      <translation>de ellas sin turno abierto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>over by {amount}</source>
      <translation>sobran {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>page {number}</source>
      <translation>página {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>paid (in the payments)</source>
      <translation>pagado (en los pagos)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>short by {amount}</source>
      <translation>faltan {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth</source>
      <translation>valor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth (not paid out)</source>
      <translation>valor (no reembolsado)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>{first} to {last}</source>
      <translation>{first} a {last}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{hour}h</source>
      <translation>{hour}h</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - Z report {number} - signature {fingerprint}</source>
      <translation>{software} {version} - informe Z {number} - firma {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{store} ({code}) - station {station} - shift {shift} - business day {day} - amounts in {currency}</source>
      <translation>{store} ({code}) - caja {station} - turno {shift} - día {day} - importes en {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{time}  by {name}</source>
      <translation>{time}  por {name}</translation>
    </message>
  </context>
  <context>
    <name>shipping_label</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Deliver to</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>From</source>
      <translation>Remitente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Order {number}</source>
      <translation>Pedido {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Parcel {parcel}/{parcels}</source>
      <translation>Paquete {parcel}/{parcels}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Phone {phone}</source>
      <translation>Tel. {phone}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Tracking {tracking}</source>
      <translation>Seguimiento {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Weight {weight} kg</source>
      <translation>Peso {weight} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>{postcode} {city}</source>
      <translation>{postcode} {city}</translation>
    </message>
  </context>
  <context>
    <name>stock_report</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n línea</numerusform>
        <numerusform>%n líneas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Advance shipping notice</source>
      <translation>Aviso de envío</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Approved by</source>
      <translation>Aprobado por</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Checked by: {line}   Signature: {line}</source>
      <translation>Revisado por: {line}   Firma: {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count</source>
      <translation>Recuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count variance report {number}</source>
      <translation>Diferencias de recuento {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Counted</source>
      <translation>Contado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Cycle count, {status}</source>
      <translation>Recuento cíclico, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Delivery</source>
      <translation>Entrega</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Expected</source>
      <translation>Esperado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Full count, {status}</source>
      <translation>Recuento completo, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Manager approval: {line}   Date: {date}</source>
      <translation>Aprobación del encargado: {line}   Fecha: {date}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Over / short</source>
      <translation>Sobra / falta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Prepared</source>
      <translation>Preparado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Product</source>
      <translation>Producto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Products</source>
      <translation>Productos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Receiving report {number}</source>
      <translation>Informe de recepción {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>SKU</source>
      <translation>Ref.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Source</source>
      <translation>Origen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Transfer from another store</source>
      <translation>Traspaso de otra tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Typed in</source>
      <translation>Introducido a mano</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Variance</source>
      <translation>Diferencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>approved</source>
      <translation>aprobado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>cancelled</source>
      <translation>anulado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>net {net} (over {over}, short {short}) at retail price</source>
      <translation>neto {net} (sobra {over}, falta {short}) a precio de venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not expected</source>
      <translation>no previsto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not yet approved</source>
      <translation>aún no aprobado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>on-hand at each product's first counted unit; later sales stay in the ledger</source>
      <translation>existencias al contar la primera unidad de cada producto; las ventas posteriores quedan en el registro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>open</source>
      <translation>abierto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>over</source>
      <translation>sobra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>page {number}</source>
      <translation>página {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>short</source>
      <translation>falta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{lines}: {expected} as expected, {over} over, {short} short, {unexpected} not on the notice</source>
      <translation>{lines}: {expected} como se esperaba, {over} sobran, {short} faltan, {unexpected} fuera del aviso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{products} ({varied} with a variance)</source>
      <translation>{products} ({varied} con diferencia)</translation>
    </message>
  </context>
</TS>
