<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>pickup</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>%n order(s) found — ↑ ↓ to choose, Enter opens</source>
      <translation>
        <numerusform>%n pedido encontrado — ↑ ↓ para elegir, Intro abre</numerusform>
        <numerusform>%n pedidos encontrados — ↑ ↓ para elegir, Intro abre</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;Ship to&lt;/b&gt;&lt;br&gt;{address}</source>
      <translation>&lt;b&gt;Enviar a&lt;/b&gt;&lt;br&gt;{address}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;To pay at pickup {amount}&lt;/b&gt;</source>
      <translation>&lt;b&gt;A pagar en la recogida {amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Age</source>
      <translation>Espera</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Cancelled — return to shelf</source>
      <translation>Cancelado — devolver al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Checking the order with the hub…</source>
      <translation>Comprobando el pedido con la central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Choose a reason: O out of stock, D damaged, M mismatch</source>
      <translation>Elija un motivo: O sin existencias, D dañado, M artículo erróneo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Collects for</source>
      <translation>Recoge para</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Ctrl+1 … Ctrl+6 switch queues; 'To shelf': expired or cancelled orders whose items must go back on the shelf; 'To ship': orders sent to the customer</source>
      <translation>Ctrl+1 … Ctrl+6 cambian de cola; «Al estante»: pedidos caducados o anulados cuyos artículos vuelven al estante; «Por enviar»: pedidos que se envían al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Done</source>
      <translation>Terminados</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Driving licence</source>
      <translation>Permiso de conducir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Due</source>
      <translation>Para el</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Due {when}</source>
      <translation>Para el {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Every line is picked or rejected already: F9 marks the order ready</source>
      <translation>Todas las líneas están preparadas o rechazadas: F9 marca el pedido como listo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Expired — return to shelf</source>
      <translation>Caducado — devolver al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>F2 Find: order number, customer name, phone, email — or scan the pickup code / QR</source>
      <translation>F2 Buscar: n.º de pedido, nombre, teléfono, email — o escanear el código de recogida / QR</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>F4 Scan item: scan each product as you pick it</source>
      <translation>F4 Escanear: escanee cada artículo al prepararlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over  (Enter)</source>
      <translation>Entregar  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over {number}</source>
      <translation>Entrega de {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Held until {day}</source>
      <translation>Reservado hasta el {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>ID card</source>
      <translation>DNI</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>ID document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Items</source>
      <translation>Artículos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line {line}: {typed} is not a quantity</source>
      <translation>Línea {line}: {typed} no es una cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Name on the ID</source>
      <translation>Nombre en el documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>No code: check an ID instead  (F2)</source>
      <translation>Sin código: comprobar un documento  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>No order matches {text}</source>
      <translation>Ningún pedido coincide con {text}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>No order open</source>
      <translation>Ningún pedido abierto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Number ends with</source>
      <translation>El número termina en</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order first: pick it from the list or find it (F2)</source>
      <translation>Abra primero un pedido: de la lista o buscándolo (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order of the 'To shelf' list first (Ctrl+4)</source>
      <translation>Abra primero un pedido de la lista «Al estante» (Ctrl+4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Order</source>
      <translation>Pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Order {number}</source>
      <translation>Pedido {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} ({state}): “{action}” is not possible now</source>
      <translation>Pedido {number} ({state}): «{action}» no es posible ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} collected</source>
      <translation>Pedido {number} recogido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is cancelled: do not hand it over</source>
      <translation>El pedido {number} está cancelado: no lo entregue</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is cancelled: do not hand it over. F8 returns its items to the shelf</source>
      <translation>El pedido {number} está cancelado: no lo entregue. F8 devuelve sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is expired: do not hand it over</source>
      <translation>El pedido {number} ha caducado: no lo entregue</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is expired: do not hand it over. F8 returns its items to the shelf</source>
      <translation>El pedido {number} ha caducado: no lo entregue. F8 devuelve sus artículos al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is handed over; its slip was not printed:</source>
      <translation>El pedido {number} está entregado; su comprobante no se imprimió:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} partly collected</source>
      <translation>Pedido {number} recogido en parte</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: %n label(s) printed. Stick them on the parcels; F12 ships</source>
      <translation>
        <numerusform>Pedido {number}: %n etiqueta impresa. Péguela en el paquete; F12 envía</numerusform>
        <numerusform>Pedido {number}: %n etiquetas impresas. Péguelas en los paquetes; F12 envía</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: pick list printed ({file}). Scan each item (F4)</source>
      <translation>Pedido {number}: lista de preparación impresa ({file}). Escanee cada artículo (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number}: {state}</source>
      <translation>Pedido {number}: {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered</source>
      <translation>Pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered {when}</source>
      <translation>Pedido el {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack  (Enter)</source>
      <translation>Embalar  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack order {number}</source>
      <translation>Embalar el pedido {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Packed</source>
      <translation>Embalado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Packed already: correct the parcels and Enter packs it again; the labels print again</source>
      <translation>Ya embalado: corrija los paquetes y Intro lo vuelve a embalar; las etiquetas se reimprimen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Paid online</source>
      <translation>Pagado en línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Paid online {amount}</source>
      <translation>Pagado en línea {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} (kg)</source>
      <translation>Paquete {parcel} (kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} ({weight} kg)</source>
      <translation>Paquete {parcel} ({weight} kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel}: {reason}</source>
      <translation>Paquete {parcel}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg</source>
      <translation>Paquete {parcel}: {weight} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg, {tracking}</source>
      <translation>Paquete {parcel}: {weight} kg, {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcels</source>
      <translation>Paquetes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Passport</source>
      <translation>Pasaporte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Payment cancelled: nothing was handed over</source>
      <translation>Pago cancelado: no se entregó nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Picked</source>
      <translation>Prep.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Pickup</source>
      <translation>Recogida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Pickup code</source>
      <translation>Código de recogida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Product</source>
      <translation>Artículo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Quantity not supplied</source>
      <translation>Cantidad no servida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reason: O out of stock, D damaged, M mismatch — each changes stock differently</source>
      <translation>Motivo: O sin existencias, D dañado, M artículo erróneo — cada uno cambia el stock de otra forma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Reason: {reason}</source>
      <translation>Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject  (Enter)</source>
      <translation>Rechazar  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject line {line}</source>
      <translation>Rechazar la línea {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>SKU</source>
      <translation>Ref.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship  (Enter)</source>
      <translation>Enviar  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship order {number}</source>
      <translation>Enviar el pedido {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Shipped</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Taken</source>
      <translation>Recog.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Takes</source>
      <translation>Lleva</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>That pickup code does not match this order. Ask again, or check an ID (F2)</source>
      <translation>Ese código de recogida no corresponde a este pedido. Pregunte de nuevo o compruebe un documento (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>The ID does not name the customer: fill in who collects for whom</source>
      <translation>El documento no es del cliente: indique quién recoge para quién</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>The stock leaves the store when the order is shipped</source>
      <translation>El stock sale de la tienda al enviar el pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>To pay now: the payment follows</source>
      <translation>A pagar ahora: sigue el cobro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To shelf</source>
      <translation>Al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To ship</source>
      <translation>Por enviar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Type a quantity from 1 to {most}</source>
      <translation>Escriba una cantidad de 1 a {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Weigh each parcel and type its weight in kg</source>
      <translation>Pese cada paquete e introduzca su peso en kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>What the customer takes (change a quantity for a partial handover):</source>
      <translation>Lo que se lleva el cliente (cambie una cantidad para una entrega parcial):</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>change {amount}</source>
      <translation>cambio {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>empty when the customer collects</source>
      <translation>vacío si recoge el cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>kg, such as 1.2</source>
      <translation>kg, p. ej. 1,2</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>last 4 characters of the document number</source>
      <translation>últimos 4 caracteres del número</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>pickup code: type it or scan the customer's QR</source>
      <translation>código de recogida: escríbalo o escanee el QR del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>receipt {receipt}</source>
      <translation>ticket {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>tracking number: type or scan it</source>
      <translation>n.º de seguimiento: teclear o escanear</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{days} d</source>
      <translation>{days} d</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{hours} h {minutes}</source>
      <translation>{hours} h {minutes}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is cancelled: do not hand it over. F8 returns it to the shelf</source>
      <translation>{number} está cancelado: no lo entregue. F8 lo devuelve al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is expired: do not hand it over. F8 returns it to the shelf</source>
      <translation>{number} ha caducado: no lo entregue. F8 lo devuelve al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is packed: F12 enters the tracking numbers and ships it</source>
      <translation>{number} está embalado: F12 registra los n.º de seguimiento y lo envía</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is ready: F10 hands it over (pickup code or ID)</source>
      <translation>{number} está listo: F10 lo entrega (código de recogida o documento)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} was not collected in time: F8 returns it to the shelf</source>
      <translation>{number} no se recogió a tiempo: F8 lo devuelve al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: F3 accepts it and prints the pick list</source>
      <translation>{number}: F3 lo acepta e imprime la lista de preparación</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a line; F11 packs it when done</source>
      <translation>{number}: escanee cada artículo (F4); F6 rechaza una línea; F11 embala al final</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a short or damaged line; F9 when done</source>
      <translation>{number}: escanee cada artículo (F4); F6 rechaza una línea que falta o dañada; F9 al terminar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: {state}</source>
      <translation>{number}: {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>{problem} Tell the manager.</source>
      <translation>{problem} Avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>{product}  ({sku}) — ordered {ordered}, picked {picked}, left {left}</source>
      <translation>{product}  ({sku}) — pedido {ordered}, preparado {picked}, queda {left}</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>%n over-return(s) flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)</source>
      <translation>
        <numerusform>%n devolución de más señalada por la central, {unseen} sin confirmar. ↑ ↓ elegir, F11 confirma (encargado)</numerusform>
        <numerusform>%n devoluciones de más señaladas por la central, {unseen} sin confirmar. ↑ ↓ elegir, F11 confirma (encargado)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>(cash rounding {amount})</source>
      <translation>(redondeo efectivo {amount})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;No receipt.&lt;/b&gt; Refund at the lowest price of the last days, as store credit (F8: cash). A manager approves every no-receipt return.</source>
      <translation>&lt;b&gt;Sin ticket.&lt;/b&gt; Reembolso al precio más bajo de los últimos días, en vale (F8: efectivo). Un encargado aprueba cada devolución sin ticket.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;Receipt {receipt}&lt;/b&gt; · sold {sold} at {where} · total {total} · paid {paid}</source>
      <translation>&lt;b&gt;Ticket {receipt}&lt;/b&gt; · vendido el {sold} en {where} · total {total} · pagado {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>A manager acknowledges an over-return flag</source>
      <translation>Un encargado confirma una devolución de más</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Acknowledged</source>
      <translation>Confirmado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Already back</source>
      <translation>Ya devuelto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>An exchange starts from a receipt: F9 goes back to receipt returns</source>
      <translation>Un cambio de artículo parte de un ticket: F9 vuelve a devoluciones con ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Back to card</source>
      <translation>Devuelto a la tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Can return</source>
      <translation>Queda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card</source>
      <translation>Tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card ref {reference}</source>
      <translation>Tarjeta ref. {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash</source>
      <translation>Efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash from the drawer</source>
      <translation>Efectivo de la caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose again what comes back (↑ ↓ and +)</source>
      <translation>Elija de nuevo lo que se devuelve (↑ ↓ y +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose what comes back first (↑ ↓ and +)</source>
      <translation>Elija primero lo que se devuelve (↑ ↓ y +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Close flags</source>
      <translation>Cerrar avisos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Condition</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Copy of {return_no} printed</source>
      <translation>Copia de {return_no} impresa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Damaged</source>
      <translation>Dañado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Everything still returnable is coming back</source>
      <translation>Se devuelve todo lo que aún se puede devolver</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}</source>
      <translation>Cambio hecho: nueva venta {receipt}; lo devuelto pagó {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due}</source>
      <translation>Cambio hecho: nueva venta {receipt}; lo devuelto pagó {paid}, el cliente pagó {due}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due} (change {change})</source>
      <translation>Cambio hecho: nueva venta {receipt}; lo devuelto pagó {paid}, el cliente pagó {due} (cambio {change})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, {back} goes back to the customer</source>
      <translation>Cambio hecho: nueva venta {receipt}; lo devuelto pagó {paid}, se devuelven {back} al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Exchange not done: nothing was saved</source>
      <translation>Cambio no hecho: no se guardó nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange: the new items cost {total}, {credit} comes back</source>
      <translation>Cambio: los artículos nuevos cuestan {total}, se devuelven {credit}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 closes the flags first</source>
      <translation>F10 cierra primero los avisos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 goes back to the return first</source>
      <translation>F10 vuelve primero a la devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 shows the flags first</source>
      <translation>F10 muestra primero los avisos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>F12 completes the refund</source>
      <translation>F12 completa el reembolso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a receipt</source>
      <translation>F3 toma todas las líneas de un ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a scanned receipt</source>
      <translation>F3 toma todas las líneas de un ticket escaneado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flag on {return_no} acknowledged by {name}</source>
      <translation>Aviso de {return_no} confirmado por {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flagged</source>
      <translation>Señalado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flags</source>
      <translation>Avisos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flags are shown: F10 goes back to the return</source>
      <translation>Se muestran los avisos: F10 vuelve a la devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Give in cash</source>
      <translation>Dar en efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded</source>
      <translation>Reembolsado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded: give the customer</source>
      <translation>Reembolsado: entregar al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Looking up receipt {receipt}…</source>
      <translation>Buscando el ticket {receipt}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NO RECEIPT — a manager approves</source>
      <translation>SIN TICKET — aprueba un encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NOT YET</source>
      <translation>AÚN NO</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Needs a manager to {what}</source>
      <translation>Requiere un encargado: {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No flag chosen</source>
      <translation>Ningún aviso elegido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No over-return flagged by the hub</source>
      <translation>Ninguna devolución de más señalada por la central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No receipt</source>
      <translation>Sin ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No receipt: scan each item that comes back. A manager approves; the refund is the lowest recent price.</source>
      <translation>Sin ticket: escanee cada artículo devuelto. Aprueba un encargado; el reembolso es el precio reciente más bajo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Not refunded: a manager's approval is needed</source>
      <translation>No reembolsado: hace falta la aprobación de un encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return yet</source>
      <translation>Aún no se eligió nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)</source>
      <translation>Nada elegido para devolver: escanee el ticket, luego ↑ ↓ y + (o un número)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Nothing to pay out</source>
      <translation>Nada que pagar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Number + Enter: how many come back · or scan another receipt</source>
      <translation>Número + Intro: cuántos vuelven · u otro ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>OFFLINE — only this station's sales</source>
      <translation>SIN CONEXIÓN — solo ventas de esta caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>On the voucher</source>
      <translation>En el vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original payments (cash to cash, card to card)</source>
      <translation>Pagos originales (efectivo a efectivo, tarjeta a tarjeta)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original receipt</source>
      <translation>Ticket original</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Over-returns flagged by the hub</source>
      <translation>Devoluciones de más señaladas por la central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Paid</source>
      <translation>Pagado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Press the number of the reason (Esc: cancel)</source>
      <translation>Pulse el número del motivo (Esc: cancelar)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Price</source>
      <translation>Precio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Printing the return receipt…</source>
      <translation>Imprimiendo el ticket de devolución…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Product</source>
      <translation>Artículo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Reason for the return</source>
      <translation>Motivo de la devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: &lt;b&gt;{reason}&lt;/b&gt; (F7)</source>
      <translation>Motivo: &lt;b&gt;{reason}&lt;/b&gt; (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: {not_chosen} (F7, or asked at F12)</source>
      <translation>Motivo: {not_chosen} (F7, o se pide en F12)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Reason: {reason}</source>
      <translation>Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Receipt printed (Ctrl+P reprints)</source>
      <translation>Ticket impreso (Ctrl+P reimprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: choose what comes back (↑ ↓, + or a number, Enter)</source>
      <translation>Ticket {receipt}: elija lo que se devuelve (↑ ↓, + o un número, Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: everything on it was already returned</source>
      <translation>Ticket {receipt}: ya se devolvió todo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Refund</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to cash</source>
      <translation>Reembolso en efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to pay out</source>
      <translation>A reembolsar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to store credit (a voucher)</source>
      <translation>Reembolso en vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to the original payments</source>
      <translation>Reembolso a los pagos originales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to: &lt;b&gt;{where}&lt;/b&gt; (F8)</source>
      <translation>Reembolso: &lt;b&gt;{where}&lt;/b&gt; (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: nothing to pay</source>
      <translation>Reembolso {amount}: nada que pagar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: {parts}</source>
      <translation>Reembolso {amount}: {parts}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Restock</source>
      <translation>Reponer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return</source>
      <translation>Devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return now</source>
      <translation>Ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount}</source>
      <translation>Devolución {return_no} hecha · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount} · offline</source>
      <translation>Devolución {return_no} hecha · {amount} · sin conexión</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not printed: Ctrl+P prints a copy</source>
      <translation>Devolución {return_no} hecha. Ticket no impreso: Ctrl+P imprime una copia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Devolución {return_no} hecha. Ticket aún no escrito ({reason}); se escribirá solo cuando haya espacio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} is saved; its receipt was not printed:</source>
      <translation>La devolución {return_no} está guardada; su ticket no se imprimió:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Returns</source>
      <translation>Devoluciones</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Returns the hub found over-returned (another station returned the same line while this one was offline). They also show on the Z report.</source>
      <translation>Devoluciones que la central halló de más (otra caja devolvió la misma línea mientras esta estaba sin conexión). También salen en el informe Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan each item that comes back</source>
      <translation>Escanee cada artículo devuelto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan each item that comes back (3*code for three) · a number + Enter sets the quantity</source>
      <translation>Escanee cada artículo devuelto (3*código para tres) · un número + Intro fija la cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / damaged · F7 reason · F8 store credit / cash · F12 complete</source>
      <translation>Escanear · ↑ ↓ elegir · + / − o número + Intro: cantidad · F4 al estante / dañado · F7 motivo · F8 vale / efectivo · F12 completar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the item that comes back first</source>
      <translation>Escanee primero el artículo devuelto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the items that come back first</source>
      <translation>Escanee primero los artículos devueltos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the new items at the counter first (Esc), then Ctrl+R, the receipt, and F6</source>
      <translation>Escanee primero los artículos nuevos en caja (Esc), luego Ctrl+R, el ticket y F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the receipt first</source>
      <translation>Escanee primero el ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. Over-returns flagged by the hub: F10.</source>
      <translation>Escanee el código del ticket (o escriba su número) e Intro. ¿Sin ticket? F9. Devoluciones de más: F10.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode or type its number, then Enter</source>
      <translation>Escanee el código del ticket o escriba su número, luego Intro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Sold</source>
      <translation>Venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit</source>
      <translation>Vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit voucher</source>
      <translation>Vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Store credit voucher
{code}</source>
      <translation>Vale
{code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To cash</source>
      <translation>Efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To credit</source>
      <translation>A vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To original</source>
      <translation>Pago original</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>What the hub found</source>
      <translation>Lo que halló la central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Why is it coming back?</source>
      <translation>¿Por qué se devuelve?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With a receipt</source>
      <translation>Con ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>With a receipt: scan the receipt's barcode or type its number</source>
      <translation>Con ticket: escanee el código del ticket o escriba su número</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With receipt</source>
      <translation>Con ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Working out the refund…</source>
      <translation>Calculando el reembolso…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>card</source>
      <translation>tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>cash</source>
      <translation>efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the cash</source>
      <translation>entregue el efectivo al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the printed voucher</source>
      <translation>entregue el vale impreso al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>not chosen yet</source>
      <translation>aún sin elegir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund above the refund limit</source>
      <translation>reembolso por encima del límite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>reembolso en efectivo por encima del límite de efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}</source>
      <translation>la caja {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}, store {store}</source>
      <translation>la caja {station}, tienda {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>store credit</source>
      <translation>vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>take a return without a receipt</source>
      <translation>devolución sin ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>the card refund goes back to the card</source>
      <translation>el reembolso con tarjeta vuelve a la tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>voucher {code}</source>
      <translation>vale {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{first} and {second}</source>
      <translation>{first} y {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{needed}. A manager enters their name and PIN.</source>
      <translation>{needed}. Un encargado introduce su nombre y PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P imprime una copia.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem}. Counts updated; choose again.</source>
      <translation>{problem}. Cantidades actualizadas; elija de nuevo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>{product}  (all returned)</source>
      <translation>{product}  (todo devuelto)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} removed</source>
      <translation>{product} quitado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} ×{quantity}</source>
      <translation>{product} ×{quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: back on the shelf</source>
      <translation>{product}: vuelve al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: damaged: written off</source>
      <translation>{product}: dañado, dado de baja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: not returned</source>
      <translation>{product}: no se devuelve</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back</source>
      <translation>{product}: máximo {quantity} para devolver</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back — it was already returned in full</source>
      <translation>{product}: solo se puede devolver {quantity} — ya se devolvió entero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: {quantity} coming back</source>
      <translation>{product}: devolver {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{return_no} was already acknowledged</source>
      <translation>{return_no} ya estaba confirmado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return</source>
      <translation>↑ ↓ elegir un aviso · F11 lo confirma · F10 vuelve a la devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete</source>
      <translation>↑ ↓ elegir línea · + / − o número + Intro: cuántos se devuelven · F3 todo · F4 al estante / dañado (baja) · F7 motivo · F8 forma de reembolso · F12 completar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return</source>
      <translation>↑ ↓ elegir · F11 confirmar (encargado) · F10 volver a la devolución</translation>
    </message>
  </context>
</TS>
