<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Choose where the customer gets it: delivered home, or collected at a store</source>
      <translation>Elija cómo lo recibe el cliente: envío a domicilio o recogida en tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Orders are made at the hub, and this station has no hub</source>
      <translation>Los pedidos se hacen en el servidor central, y esta caja no tiene servidor central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Scan or type the product to order</source>
      <translation>Escanee o escriba el artículo que se va a pedir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That email address is not valid</source>
      <translation>Esa dirección de correo no es válida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That phone number is not valid (digits, spaces, + - . ( ))</source>
      <translation>Ese número de teléfono no es válido (cifras, espacios, + - . ( ))</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached, so the ordered items cannot be ordered now: nothing was sold. Take the ordered lines off (Del), or try again</source>
      <translation>El servidor central no responde: los artículos pedidos no se pueden pedir ahora, no se ha vendido nada. Quite las líneas pedidas (Supr) o inténtelo de nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached: {sku} cannot be ordered now</source>
      <translation>El servidor central no responde: {sku} no se puede pedir ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused the order of {item}: {detail}. Nothing was sold: take the line off (Del), or try again</source>
      <translation>El servidor central ha rechazado el pedido de {item}: {detail}. No se ha vendido nada: quite la línea (Supr) o inténtelo de nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused to say where {sku} is: {detail}</source>
      <translation>El servidor central no ha indicado dónde está {sku}: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about the order is malformed; nothing was sold</source>
      <translation>La respuesta del servidor central sobre el pedido no es válida; no se ha vendido nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about {sku} is malformed</source>
      <translation>La respuesta del servidor central sobre {sku} no es válida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The sale changed while its orders were made; nothing was sold. Try again</source>
      <translation>La venta cambió mientras se hacían sus pedidos; no se ha vendido nada. Inténtelo de nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>This sale's orders were cancelled too many times: start the sale again</source>
      <translation>Los pedidos de esta venta se cancelaron demasiadas veces: empiece la venta de nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the city for the delivery</source>
      <translation>Escriba la ciudad de entrega</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the country for the delivery (two letters, such as FR)</source>
      <translation>Escriba el país de entrega (dos letras, por ejemplo ES)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's email or phone, to tell them about the order</source>
      <translation>Escriba el correo o el teléfono del cliente, para avisarle del pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's name</source>
      <translation>Escriba el nombre del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the postcode for the delivery (letters, digits, spaces and dashes)</source>
      <translation>Escriba el código postal de entrega (letras, cifras, espacios y guiones)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the street and number for the delivery</source>
      <translation>Escriba la calle y el número de entrega</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be collected at {store}</source>
      <translation>{name}: solo se pueden recoger {left} en {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be delivered from the chain</source>
      <translation>{name}: solo se pueden enviar {left} desde la cadena</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Audit export of the store {store}, station {station}, from {start} to {end} (made {at} UTC).</source>
      <translation>Exportación para la inspección fiscal de la tienda {store}, caja {station}, del {start} al {end} (hecha el {at} UTC).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Each payment: its kind, amount and reference, separated by semicolons.</source>
      <translation>Cada pago: su tipo, importe y referencia, separados por punto y coma.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every entry of the tamper-evident journal, in order.</source>
      <translation>Todas las entradas del diario inalterable, en orden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every figure comes from the station's signed journal (journal.csv).</source>
      <translation>Cada cifra procede del diario firmado de la caja (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>For a return: the number of the sale it takes back.</source>
      <translation>En una devolución: el número de la venta que devuelve.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>SHA-256 of the previous entry's hash followed by this entry's content.</source>
      <translation>SHA-256 del hash de la entrada anterior seguido del contenido de esta entrada.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount with tax at this rate.</source>
      <translation>El importe con impuestos a este tipo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount without tax at this rate.</source>
      <translation>El importe sin impuestos a este tipo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The cash rounding.</source>
      <translation>El redondeo en efectivo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The change given back in cash.</source>
      <translation>El cambio devuelto en efectivo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closing's number: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 or the Z's.</source>
      <translation>El número del cierre: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 o el del Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closings: per day, month and fiscal year, and each Z (shift closing).</source>
      <translation>Los cierres: diarios, mensuales y anuales, y cada Z (cierre de turno).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The currency of the amounts (ISO 4217).</source>
      <translation>La moneda de los importes (ISO 4217).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The date in the store's local time (YYYY-MM-DD).</source>
      <translation>La fecha en la hora local de la tienda (AAAA-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discount on the line, promotions included.</source>
      <translation>El descuento de la línea, promociones incluidas.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discounts given on the sale.</source>
      <translation>Los descuentos aplicados a la venta.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The document's number, as printed on it.</source>
      <translation>El número del documento, tal como está impreso.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's content as it was signed (JSON).</source>
      <translation>El contenido de la entrada tal como se firmó (JSON).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's kind: sale, return, shift_close, fiscal_close, reprint, setting, ...</source>
      <translation>El tipo de entrada: sale (venta), return (devolución), shift_close (Z), fiscal_close (cierre), reprint (copia), setting (ajuste), ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's number in the journal: one more for each entry, no gaps.</source>
      <translation>El número de la entrada en el diario: uno más por entrada, sin huecos.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The event's kind.</source>
      <translation>El tipo de evento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The files are CSV (comma-separated), UTF-8. Amounts are decimal numbers with a dot, in {currency}; a return's amounts are negative.</source>
      <translation>Los archivos son CSV (separados por comas), UTF-8. Los importes son números decimales con punto, en {currency}; los importes de una devolución son negativos.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fingerprint of the station key that signed the entry.</source>
      <translation>La huella de la clave de la caja que firmó la entrada.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fiscal events besides documents and closings: reprints, voided lines, settings, ...</source>
      <translation>Los eventos fiscales aparte de documentos y cierres: copias, líneas anuladas, ajustes, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's amount with tax, after discounts (negative on a return).</source>
      <translation>El importe de la línea con impuestos, tras descuentos (negativo en una devolución).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's number on the document.</source>
      <translation>El número de la línea en el documento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The lines of the documents, one row each.</source>
      <translation>Las líneas de los documentos, una por fila.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The manager who approved a return, when one did.</source>
      <translation>El responsable que aprobó una devolución, si lo hubo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The number of the document's entry in the journal (journal.csv).</source>
      <translation>El número de la entrada del documento en el diario (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The period's grand total with tax.</source>
      <translation>El gran total con impuestos del periodo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The perpetual grand total since the station began.</source>
      <translation>El gran total perpetuo desde la puesta en marcha de la caja.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The previous entry's hash: each entry is chained to the one before.</source>
      <translation>El hash de la entrada anterior: cada entrada está encadenada a la anterior.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's code.</source>
      <translation>El código del artículo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's name.</source>
      <translation>El nombre del artículo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The quantity (negative on a return).</source>
      <translation>La cantidad (negativa en una devolución).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The sales and returns, one row each.</source>
      <translation>Las ventas y devoluciones, una por fila.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The same moment in UTC (ISO 8601).</source>
      <translation>El mismo momento en UTC (ISO 8601).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The signature's algorithm.</source>
      <translation>El algoritmo de la firma.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The station's ECDSA P-256 signature of the entry's number and hash (base64).</source>
      <translation>La firma ECDSA P-256 de la caja sobre el número y el hash de la entrada (base64).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax at this rate.</source>
      <translation>El impuesto a este tipo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code of the line.</source>
      <translation>El código de impuesto de la línea.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code.</source>
      <translation>El código de impuesto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax of the line (empty on a return: see taxes.csv).</source>
      <translation>El impuesto de la línea (vacío en una devolución: ver taxes.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax rate in per cent.</source>
      <translation>El tipo de impuesto en porcentaje.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax.</source>
      <translation>El impuesto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The taxes of each document by rate.</source>
      <translation>Los impuestos de cada documento por tipo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The time in the store's local time (HH:MM:SS).</source>
      <translation>La hora en la hora local de la tienda (HH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total with tax, after discounts and cash rounding.</source>
      <translation>El total con impuestos, tras descuentos y redondeo en efectivo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total without tax.</source>
      <translation>El total sin impuestos.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The unit price with tax (empty on a return).</source>
      <translation>El precio unitario con impuestos (vacío en una devolución).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The user who made the document.</source>
      <translation>El usuario que hizo el documento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Times are given in the store's local time ({zone}) and in UTC.</source>
      <translation>Las horas se dan en la hora local de la tienda ({zone}) y en UTC.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>What the entry is about: a document's number, a setting's name, a user, ...</source>
      <translation>A qué se refiere la entrada: un número de documento, el nombre de un ajuste, un usuario, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Who did it: a user, or the terminal or the hub.</source>
      <translation>Quién lo hizo: un usuario, el terminal o el hub.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>day, month, year or z.</source>
      <translation>day (día), month (mes), year (ejercicio) o z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>sale or return.</source>
      <translation>sale (venta) o return (devolución).</translation>
    </message>
  </context>
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A gift card line is one card; scan the gift card again for another</source>
      <translation>Una línea de tarjeta regalo es una tarjeta; escanee otra vez para otra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A price cannot be negative</source>
      <translation>Un precio no puede ser negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's price comes from its label</source>
      <translation>El precio de un artículo pesado viene de su etiqueta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's quantity comes from its label</source>
      <translation>La cantidad de un artículo pesado viene de su etiqueta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Nothing to park</source>
      <translation>Nada que aparcar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Scan something before giving a discount</source>
      <translation>Escanee un artículo antes de aplicar un descuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That parked sale is gone (recalled elsewhere?)</source>
      <translation>Esa venta aparcada ya no está (¿recuperada en otra caja?)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That payment was already given back</source>
      <translation>Ese pago ya se devolvió</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is cancelled; it cannot change</source>
      <translation>Esa venta está anulada; no se puede cambiar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is completed; it cannot change</source>
      <translation>Esa venta está terminada; no se puede cambiar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is no longer open; it cannot change</source>
      <translation>Esa venta ya no está abierta; no se puede cambiar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is parked; it cannot change</source>
      <translation>Esa venta está aparcada; no se puede cambiar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale no longer exists; start a new one</source>
      <translation>Esa venta ya no existe; empiece una nueva</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/tax_rates.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing added</source>
      <translation>{name} no está a la venta antes del {day}, día en que empieza su tipo de IVA; no se ha añadido nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>{sku} is not a gift card product</source>
      <translation>{sku} no es un artículo de tarjeta regalo</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Customers are kept at the hub, and this station has no hub</source>
      <translation>Los clientes se gestionan en la central, y esta caja no tiene central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>No customer has the loyalty card {card}</source>
      <translation>Ningún cliente tiene la tarjeta de fidelidad {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Points are already taken on this sale; give them back first</source>
      <translation>Ya hay puntos canjeados en esta venta: devuélvalos primero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached, and the loyalty card {card} is not among this station's recent customers</source>
      <translation>Central inaccesible, y la tarjeta de fidelidad {card} no está entre los clientes recientes de esta caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached: customers cannot be created offline; try again later</source>
      <translation>Central inaccesible: no se pueden crear clientes sin conexión; inténtelo más tarde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused the search ({detail})</source>
      <translation>La central rechazó la búsqueda ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused to look up the loyalty card {card} ({detail})</source>
      <translation>La central rechazó buscar la tarjeta de fidelidad {card} ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused: {detail}</source>
      <translation>La central lo rechazó: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Type at least two characters, or scan the card</source>
      <translation>Escriba al menos dos caracteres, o escanee la tarjeta</translation>
    </message>
  </context>
  <context>
    <name>disk</name>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>La devolución {number} está guardada y su ticket impreso; su PDF no se pudo guardar ({reason}): avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved: do not take it back again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>La devolución {number} está guardada: no la vuelva a hacer. Su ticket no se pudo escribir ({reason}): avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>La venta {number} está guardada y su ticket impreso; su PDF no se pudo guardar ({reason}): avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved: do not ring it up again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>La venta {number} está guardada: no la vuelva a cobrar. Su ticket no se pudo escribir ({reason}): avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>The copy of {number} could not be written: {reason}. Free some disk space and try again.</source>
      <translation>La copia de {number} no se pudo escribir: {reason}. Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>El informe Z {number} está guardado e impreso; su PDF no se pudo guardar ({reason}): avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>El informe Z {number} está guardado. Su ticket no se pudo escribir ({reason}): avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is full</source>
      <translation>el disco está lleno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is read-only</source>
      <translation>el disco es de solo lectura</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the receipts folder may not be written to (permission denied)</source>
      <translation>no se puede escribir en la carpeta de tickets (permiso denegado)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>{number} not written: {reason}</source>
      <translation>{number} no escrito: {reason}</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>A closing is of a day, a month or a year (got {kind})</source>
      <translation>Un cierre es de un día, un mes o un año (recibido: {kind})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal_records.py" />
      <source>A closing is printed on an A4 sheet only</source>
      <translation>Un cierre se imprime solo en hoja A4</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>No closing is numbered {number}</source>
      <translation>Ningún cierre tiene el número {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The closing {number} does not match its journal entry; run `storedesk journal verify`</source>
      <translation>El cierre {number} no coincide con su entrada del diario; ejecute `storedesk journal verify`</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The station's clock ({today}) is behind the last closing {number}: check its date and time</source>
      <translation>El reloj de la caja ({today}) va por detrás del último cierre {number}: compruebe su fecha y hora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The store's fiscal country has no fiscal closings</source>
      <translation>El país fiscal de la tienda no tiene cierres fiscales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This fiscal year is already closed ({number})</source>
      <translation>Este ejercicio ya está cerrado ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This month is already closed ({number})</source>
      <translation>Este mes ya está cerrado ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>Today is already closed ({number})</source>
      <translation>El día de hoy ya está cerrado ({number})</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has nothing left (balance {balance})</source>
      <translation>La tarjeta regalo {code} está vacía (saldo {balance})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has only {balance} left</source>
      <translation>A la tarjeta regalo {code} solo le quedan {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is in {currency}: this store takes {ours}</source>
      <translation>La tarjeta regalo {code} está en {currency}: esta tienda acepta {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is not known or not activated yet</source>
      <translation>La tarjeta regalo {code} es desconocida o aún no está activada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code}: the hub refused ({detail})</source>
      <translation>Tarjeta regalo {code}: la central la rechazó ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift cards are kept at the hub, and this station has no hub</source>
      <translation>Las tarjetas regalo se guardan en la central, y esta caja no tiene central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>No answer from the hub: gift cards cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>El servidor central no responde: no hay tarjetas regalo sin conexión. Si se cargó, la caja lo devuelve</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The amount to take from the gift card must be more than zero</source>
      <translation>El importe a cobrar de la tarjeta regalo debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The catalog has no gift card product</source>
      <translation>El catálogo no tiene artículo de tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: gift cards cannot be checked offline</source>
      <translation>No se puede contactar con la central: las tarjetas regalo no se consultan sin conexión</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: the gift card payment stays taken; try again later</source>
      <translation>No se puede contactar con la central: el pago con tarjeta regalo sigue cobrado; inténtelo más tarde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub did not give the gift card payment back ({detail})</source>
      <translation>La central no devolvió el pago con tarjeta regalo ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub's answer about this gift card is malformed</source>
      <translation>La respuesta de la central sobre esta tarjeta regalo es incorrecta</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price change labels · {store}</source>
      <translation>Etiquetas de cambio de precio · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price labels · {store}</source>
      <translation>Etiquetas de precio · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Shelf labels · {store}</source>
      <translation>Etiquetas de estante · {store}</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Attach the customer to the sale first (Ctrl+K)</source>
      <translation>Asocie primero el cliente a la venta (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>No answer from the hub: points cannot be redeemed offline. If the hub took them, the till gives them back</source>
      <translation>El servidor central no responde: no hay puntos sin conexión. Si se descontaron, la caja los devuelve</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Points are kept at the hub, and this station has no hub</source>
      <translation>Los puntos se gestionan en la central, y esta caja no tiene central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The amount to pay with points must be more than zero</source>
      <translation>El importe a pagar con puntos debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub cannot be reached: the points payment stays taken; try again later</source>
      <translation>Central inaccesible: el pago con puntos sigue tomado; inténtelo más tarde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub did not give the points back ({detail})</source>
      <translation>La central no devolvió los puntos ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub refused the points: {detail}</source>
      <translation>La central rechazó los puntos: {detail}</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>A parcel weighs at most {most} kg</source>
      <translation>Un paquete pesa como máximo {most} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}</source>
      <translation>Línea {line} rechazada ({reason}): {effect}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}. Nothing can be supplied: the order is rejected; the hub re-routes or cancels it</source>
      <translation>Línea {line} rechazada ({reason}): {effect}. No se puede servir nada: el pedido queda rechazado; la central lo redirige o lo anula</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>No such order at this store</source>
      <translation>Ese pedido no existe en esta tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} accepted: print the pick list and pick it</source>
      <translation>Pedido {number} aceptado: imprima la lista de preparación y prepárelo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} cannot be packed now</source>
      <translation>El pedido {number} no se puede embalar ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not pack it</source>
      <translation>El pedido {number} ha caducado: no lo embale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not ship it</source>
      <translation>El pedido {number} ha caducado: no lo envíe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Order {number} has not been handed over</source>
      <translation>El pedido {number} no se ha entregado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} has nothing set aside to return to the shelf</source>
      <translation>El pedido {number} no tiene nada apartado que devolver al estante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is already accepted</source>
      <translation>El pedido {number} ya está aceptado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is already shipped</source>
      <translation>El pedido {number} ya está enviado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is collected at the desk, not shipped</source>
      <translation>El pedido {number} se recoge en tienda, no se envía</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer until {until}; it is not expired yet</source>
      <translation>El pedido {number} se guarda para el cliente hasta el {until}; aún no ha caducado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer; it is not expired yet</source>
      <translation>El pedido {number} se guarda para el cliente; aún no ha caducado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is not packed yet: pack it first (F11)</source>
      <translation>El pedido {number} aún no está embalado: embálelo primero (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is packed: ship it (F12)</source>
      <translation>El pedido {number} está embalado: envíelo (F12)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is ready; the customer is notified. Held %n day(s).</source>
      <translation>
        <numerusform>Pedido {number} listo; el cliente está avisado. Se guarda %n día.</numerusform>
        <numerusform>Pedido {number} listo; el cliente está avisado. Se guarda %n días.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Order {number} is shipped to the customer: it is not handed over here</source>
      <translation>El pedido {number} se envía al cliente: no se entrega aquí</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is shipped to the customer: pack it (F11) instead</source>
      <translation>El pedido {number} se envía al cliente: embálelo (F11)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} packed in %n parcel(s): the labels are printing</source>
      <translation>
        <numerusform>Pedido {number} embalado en %n paquete: se imprimen las etiquetas</numerusform>
        <numerusform>Pedido {number} embalado en %n paquetes: se imprimen las etiquetas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} shipped: %n parcel(s)</source>
      <translation>
        <numerusform>Pedido {number} enviado: %n paquete</numerusform>
        <numerusform>Pedido {number} enviado: %n paquetes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by} ({reason}): do not hand it over.</source>
      <translation>El pedido {number} fue anulado por {by} ({reason}): no lo entregue.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by}: do not hand it over.</source>
      <translation>El pedido {number} fue anulado por {by}: no lo entregue.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not pack it</source>
      <translation>El pedido {number} fue anulado: no lo embale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not ship it</source>
      <translation>El pedido {number} fue anulado: no lo envíe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by} ({reason}): do not hand it over.</source>
      <translation>El pedido {number} fue caducado por {by} ({reason}): no lo entregue.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by}: do not hand it over.</source>
      <translation>El pedido {number} fue caducado por {by}: no lo entregue.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number}: items back on the shelf, reservation released</source>
      <translation>Pedido {number}: artículos de vuelta al estante, reserva liberada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Pack into 1 to {most} parcels</source>
      <translation>Embale en 1 a {most} paquetes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel} has no label yet: print the labels (F11)</source>
      <translation>El paquete {parcel} aún no tiene etiqueta: imprima las etiquetas (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel}: type its weight</source>
      <translation>Paquete {parcel}: introduzca su peso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: type or scan its tracking number</source>
      <translation>Paquete {parcel}: teclee o escanee su n.º de seguimiento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: {tracking} is not a tracking number (4 to 40 letters, digits or dashes)</source>
      <translation>Paquete {parcel}: {tracking} no es un n.º de seguimiento (4 a 40 letras, cifras o guiones)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcels {first} and {second} have the same tracking number</source>
      <translation>Los paquetes {first} y {second} tienen el mismo n.º de seguimiento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Take the payment first: {total} to pay at pickup</source>
      <translation>Cobre primero: {total} a pagar en la recogida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>That pickup code does not match this order. Ask the customer again, or check an ID</source>
      <translation>Ese código de recogida no corresponde a este pedido. Pregunte otra vez al cliente o compruebe un documento de identidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Unknown carrier {carrier}</source>
      <translation>Transportista desconocido {carrier}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>Unknown queue {tab}</source>
      <translation>Cola desconocida {tab}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Verify the customer: type or scan the pickup code, or record the ID shown</source>
      <translation>Compruebe el cliente: escriba o escanee el código de recogida, o anote el documento presentado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing was handed over</source>
      <translation>{name} no está a la venta antes del {day}, día en que empieza su tipo de IVA; no se ha entregado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: one taken back off</source>
      <translation>{name}: uno retirado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked</source>
      <translation>{name}: {picked} de {wanted} preparados</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F11 packs it</source>
      <translation>{name}: {picked} de {wanted} preparados — todas las líneas listas: F11 embala</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F9 marks it ready</source>
      <translation>{name}: {picked} de {wanted} preparados — todas las líneas hechas: F9 lo marca listo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>{stop} Its items are set aside: put them back on the shelf (Return to shelf).</source>
      <translation>{stop} Sus artículos están apartados: devuélvalos al estante (Al estante).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>{typed} is not a weight: type the kilograms, such as 1.2</source>
      <translation>{typed} no es un peso: introduzca los kilos, p. ej. 1,2</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID card</source>
      <translation>DNI</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name}</source>
      <translation>Documento mostrado: {document} …{reference}, {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name} for {customer}</source>
      <translation>Documento mostrado: {document} …{reference}, {name} para {customer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Paid at pickup, receipt {receipt}</source>
      <translation>Pagado al recoger, ticket {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>To pay at pickup: {amount}</source>
      <translation>A pagar al recoger: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>driving licence</source>
      <translation>permiso de conducir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>other document</source>
      <translation>otro documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>passport</source>
      <translation>pasaporte</translation>
    </message>
  </context>
  <context>
    <name>promotions</name>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} added</source>
      <translation>Cupón {code} añadido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} removed</source>
      <translation>Cupón {code} quitado</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>A Z report number is a whole number from 1</source>
      <translation>Un número de informe Z es un entero desde 1</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No Z report yet on this station</source>
      <translation>Aún no hay informe Z en esta caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No shift is open: an X report reads the open shift</source>
      <translation>No hay turno abierto: un informe X lee el turno abierto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The counted total of {tender} cannot be negative</source>
      <translation>El total contado de {tender} no puede ser negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The paper must be one of {papers}</source>
      <translation>El papel debe ser uno de: {papers}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>There is no Z report {number}</source>
      <translation>No existe el informe Z {number}</translation>
    </message>
  </context>
  <context>
    <name>restore</name>
    <message>
      <location filename="../../../src/storedesk/services/restore/pending.py" />
      <source>This station was restored from a backup and has not caught up with the hub yet: nothing can be numbered until it has. Run `{command}` (with the hub reachable).</source>
      <translation>Esta caja se restauró desde una copia y aún no está al día con el servidor central: no se puede numerar nada hasta entonces. Ejecute `{command}` (con el servidor accesible).</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>A payment of {amount} is already taken on the counter's sale: complete it at the counter first (F12 takes the rest in cash), then do the exchange</source>
      <translation>Ya hay un pago de {amount} en la venta de la caja: termínela primero en caja (F12 cobra el resto en efectivo) y luego haga el cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>Línea {line} ({item}): una tarjeta regalo vendida no se reembolsa; su saldo se queda en la tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>Line {line} ({item}): only {left} left to return (another return was just recorded)</source>
      <translation>Línea {line} ({item}): solo quedan {left} por devolver (se acaba de registrar otra devolución)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): the return window (%n day(s)) is over for this sale</source>
      <translation>
        <numerusform>Línea {line} ({item}): el plazo de devolución (%n día) ha terminado para esta venta</numerusform>
        <numerusform>Línea {line} ({item}): el plazo de devolución (%n días) ha terminado para esta venta</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): {category} cannot be returned</source>
      <translation>Línea {line} ({item}): la categoría {category} no admite devoluciones</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Line {line} is not on receipt {receipt}</source>
      <translation>La línea {line} no está en el ticket {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station and the hub cannot be reached: returns of other stations' sales need the hub</source>
      <translation>El ticket {receipt} no es de esta caja y el servidor central no responde: las devoluciones de ventas de otras cajas lo necesitan</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station, and this station has no hub to ask</source>
      <translation>El ticket {receipt} no es de esta caja, y esta caja no tiene servidor central al que preguntar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not known here nor at the hub</source>
      <translation>El ticket {receipt} no se conoce aquí ni en el servidor central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Scan at least one item to return</source>
      <translation>Escanee al menos un artículo para devolver</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Scan the receipt's barcode or type its number</source>
      <translation>Escanee el código de barras del ticket o escriba su número</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The counter's sale changed while the hub was asked: nothing was done; look at it and exchange again</source>
      <translation>La venta de la caja cambió mientras se preguntaba al servidor central: no se ha hecho nada; revísela y repita el cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached and this store takes no returns offline</source>
      <translation>El servidor central no responde y esta tienda no acepta devoluciones sin conexión</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached: only this station's own sales can be returned offline</source>
      <translation>El servidor central no responde: sin conexión solo se pueden devolver ventas de esta caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub refused the lookup: {detail}</source>
      <translation>El servidor central rechazó la búsqueda: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused the return: {detail}</source>
      <translation>El servidor central rechazó la devolución: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused: {detail}</source>
      <translation>Rechazado por el servidor central: {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub's answer about this sale is malformed; nothing was changed</source>
      <translation>La respuesta del servidor central sobre esta venta es incorrecta; no se ha cambiado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The new items cost {amount} more than the returned ones: take a payment</source>
      <translation>Los artículos nuevos cuestan {amount} más que los devueltos: cobre la diferencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Unknown SKU {sku}</source>
      <translation>Referencia desconocida {sku}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>{item}: SKU {sku} is not in this store's catalog; it cannot be restocked</source>
      <translation>{item}: la referencia {sku} no está en el catálogo de esta tienda; no se puede reponer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>{item}: una tarjeta regalo vendida no se reembolsa; su saldo se queda en la tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: the quantity must be more than zero</source>
      <translation>{item}: la cantidad debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: {category} cannot be returned</source>
      <translation>{item}: la categoría {category} no admite devoluciones</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; it cannot be returned</source>
      <translation>{name} no está a la venta antes del {day}, día en que empieza su tipo de IVA; no se puede devolver</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>An ordered line has no order from the hub yet; nothing was saved</source>
      <translation>Una línea pedida aún no tiene pedido del servidor central; no se ha guardado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>No shift is open: sales need an open shift. A manager opens one on the Shift screen (F11)</source>
      <translation>No hay turno abierto: para vender hace falta un turno. Un encargado lo abre en la pantalla Turno (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The basket is empty</source>
      <translation>La cesta está vacía</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The user {username} who approved a change to this sale is unknown; nothing was saved</source>
      <translation>El usuario {username} que aprobó un cambio en esta venta es desconocido; no se ha guardado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>This sale is marked paid but its receipt is missing; nothing was saved</source>
      <translation>Esta venta figura como pagada pero falta su ticket; no se ha guardado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>{cash} in cash for {due} due is more than a customer hands over; check the amount, and confirm it if it is right</source>
      <translation>{cash} en efectivo para {due} a pagar es más de lo que entrega un cliente; compruebe el importe y confírmelo si es correcto</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: no product with this code; nothing added</source>
      <translation>{code}: ningún artículo con este código; no se ha añadido nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: scale item {plu} is not in the catalog</source>
      <translation>{code}: el artículo de balanza {plu} no está en el catálogo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: unknown barcode; nothing added</source>
      <translation>{code}: código de barras desconocido; no se ha añadido nada</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Count the cash in the drawer before closing the shift</source>
      <translation>Cuente el efectivo del cajón antes de cerrar el turno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Give a reason (what the cash is for)</source>
      <translation>Indique un motivo (para qué es el efectivo)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open on this station</source>
      <translation>No hay turno abierto en esta caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open: open the shift first (the drawer belongs to a shift)</source>
      <translation>No hay turno abierto: abra primero el turno (el cajón pertenece a un turno)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is already open (since {since}); close it before opening another</source>
      <translation>El turno {number} ya está abierto (desde {since}); ciérrelo antes de abrir otro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is no longer the open shift (shift {open} is); count again</source>
      <translation>El turno {number} ya no es el abierto (lo es el {open}); vuelva a contar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The amount must be more than zero</source>
      <translation>El importe debe ser mayor que cero</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The reason is too long: at most %n characters</source>
      <translation>
        <numerusform>El motivo es demasiado largo: %n carácter como máximo</numerusform>
        <numerusform>El motivo es demasiado largo: %n caracteres como máximo</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} does not match the open period {period}; nothing was saved</source>
      <translation>El Z {z} no corresponde al periodo abierto {period}; no se ha guardado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} is recorded but its PDF could not be written: {reason}</source>
      <translation>El Z {z} está registrado pero su PDF no se pudo escribir: {reason}</translation>
    </message>
  </context>
  <context>
    <name>signin</name>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>Only a manager can take over the sale of {name}</source>
      <translation>Solo un encargado puede quedarse con la venta de {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>The sale of {name} is no longer open here</source>
      <translation>La venta de {name} ya no está abierta aquí</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN</source>
      <translation>Usuario desconocido o PIN incorrecto</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN (%n tries left)</source>
      <translation>
        <numerusform>Usuario desconocido o PIN incorrecto (queda %n intento)</numerusform>
        <numerusform>Usuario desconocido o PIN incorrecto (quedan %n intentos)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Wrong PIN. {name} is now locked for %n minute(s)</source>
      <translation>
        <numerusform>PIN incorrecto. {name} queda bloqueado %n minuto</numerusform>
        <numerusform>PIN incorrecto. {name} queda bloqueado %n minutos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} ({role}) may not {action} either</source>
      <translation>{name} ({role}) tampoco puede: {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is an auditor: an auditor's PIN approves nothing</source>
      <translation>{name} es auditor: el PIN de un auditor no autoriza nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is disabled at this store; a manager can enable them again</source>
      <translation>{name} está desactivado en esta tienda; un encargado puede volver a activarlo</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is locked after too many wrong PINs; try again in %n min or ask a manager</source>
      <translation>
        <numerusform>{name} está bloqueado tras demasiados PIN incorrectos; vuelva a intentarlo en %n min o llame a un encargado</numerusform>
        <numerusform>{name} está bloqueado tras demasiados PIN incorrectos; vuelva a intentarlo en %n min o llame a un encargado</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Choose a PIN other than the one you were given</source>
      <translation>Elija un PIN distinto del que le dieron</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>No user {username} at this store (`storedesk user list` shows them)</source>
      <translation>No hay usuario {username} en esta tienda (`storedesk user list` los muestra)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Your PIN is your own already: a manager can reset it for you</source>
      <translation>Su PIN ya es el suyo: un encargado puede restablecerlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is a {role}: only a manager may {action}</source>
      <translation>{name} es {role}: solo un encargado puede: {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already active</source>
      <translation>{name} ya está activo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already disabled</source>
      <translation>{name} ya está desactivado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is managed by the hub: change them with `storedesk-hub staff`, not at the till</source>
      <translation>{name} se gestiona en el servidor central: cámbielo con `storedesk-hub staff`, no en la caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is not locked and has no wrong PINs to clear</source>
      <translation>{name} no está bloqueado ni tiene PIN incorrectos que borrar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} may no longer {action}</source>
      <translation>{name} ya no puede: {action}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>A count is a cycle count or a full count</source>
      <translation>Un inventario es cíclico o completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A large adjustment (over 10 units or 50.00) needs a manager's approval</source>
      <translation>Un ajuste grande (más de 10 unidades o 50,00) necesita la aprobación de un encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>A transfer goes to another store, not to this one</source>
      <translation>Un traspaso va a otra tienda, no a esta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A {role} may not adjust stock; a manager can authorise it</source>
      <translation>Un {role} no puede ajustar el stock; un encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Add at least one product to the transfer</source>
      <translation>Añada al menos un artículo al traspaso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Elija un motivo: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved on station {station}: no more scans</source>
      <translation>El inventario {doc} está aprobado en la caja {station}: no se admiten más lecturas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved: no more scans</source>
      <translation>El inventario {doc} está aprobado: no se admiten más lecturas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled on station {station}: no more scans</source>
      <translation>El inventario {doc} está anulado en la caja {station}: no se admiten más lecturas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled: no more scans</source>
      <translation>El inventario {doc} está anulado: no se admiten más lecturas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is closed: no more scans</source>
      <translation>El inventario {doc} está cerrado: no se admiten más lecturas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: approve it there</source>
      <translation>El inventario {doc} se inició en la caja {station}: apruébelo allí</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: cancel it there</source>
      <translation>El inventario {doc} se inició en la caja {station}: anúlelo allí</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Delivery {reference} is already {status}; nothing was changed</source>
      <translation>La entrega {reference} ya está cerrada ({status}); no se ha cambiado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Give the delivery a reference (the supplier's delivery note number)</source>
      <translation>Dé una referencia a la entrega (el número del albarán del proveedor)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>No price change is waiting for a label</source>
      <translation>Ningún cambio de precio espera etiqueta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>No such count</source>
      <translation>Ese inventario no existe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>No such delivery</source>
      <translation>Esa entrega no existe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Nothing was counted: scan products first, or cancel the count</source>
      <translation>No se ha contado nada: escanee artículos primero, o anule el inventario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Nothing was scanned yet: scan the items received, then post</source>
      <translation>Aún no se ha escaneado nada: escanee los artículos recibidos y luego registre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>Offline: the hub cannot be reached, so other stores' stock is unknown right now. Try again when the station is online</source>
      <translation>Sin conexión: el servidor central no responde, el stock de otras tiendas no se conoce ahora. Vuelva a intentarlo cuando la caja esté en línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/reorder.py" />
      <source>Reorder points are set by a supervisor or a manager</source>
      <translation>Los puntos de pedido los fija un supervisor o un encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>Scan or type a barcode or SKU</source>
      <translation>Escanee o escriba un código de barras o una referencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Select at least one product for labels</source>
      <translation>Seleccione al menos un artículo para las etiquetas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub does not know {sku} in any store yet</source>
      <translation>El servidor central aún no conoce {sku} en ninguna tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub refused the question ({status})</source>
      <translation>El servidor central rechazó la consulta ({status})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>The receiving report is printed once the delivery is posted</source>
      <translation>El informe de recepción se imprime una vez registrada la entrega</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>This station is not connected to a hub, so other stores' stock is not known here</source>
      <translation>Esta caja no está conectada a un servidor central: el stock de otras tiendas no se conoce aquí</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Type at least one expected line</source>
      <translation>Escriba al menos una línea esperada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Type the store code the goods go to</source>
      <translation>Escriba el código de la tienda de destino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>{code}: no product has this barcode or SKU</source>
      <translation>{code}: ningún artículo tiene este código de barras o referencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>{item}: only {received} received so far; cannot take back {taken}</source>
      <translation>{item}: solo {received} recibidos hasta ahora; no se pueden quitar {taken}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>{item}: the count cannot go below zero</source>
      <translation>{item}: el recuento no puede bajar de cero</translation>
    </message>
  </context>
  <context>
    <name>stock_report</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>{store} ({code}) · station {station}</source>
      <translation>{store} ({code}) · caja {station}</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>The hub refused this station's copy of its journal or archives: {reason}. It is tried again once a day.</source>
      <translation>El hub rechazó la copia del diario o de los archivos de esta caja: {reason}. Se reintenta una vez al día.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>This station is not registered at a hub: run `{command}`</source>
      <translation>Esta caja no está registrada en un servidor central: ejecute `{command}`</translation>
    </message>
  </context>
  <context>
    <name>vouchers</name>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No answer from the hub: vouchers cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>El servidor central no responde: no hay vales sin conexión. Si se cargó, la caja lo devuelve</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No payment is taken on this sale</source>
      <translation>No hay ningún pago en esta venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Scan or type the voucher's code (letters, digits and dashes)</source>
      <translation>Escanee o escriba el código del vale (letras, cifras y guiones)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The amount to take from the voucher must be more than zero</source>
      <translation>El importe a tomar del vale debe ser mayor que cero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: the voucher payment stays taken; try again later</source>
      <translation>El servidor central no responde: el pago con vale sigue tomado; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: vouchers cannot be checked offline</source>
      <translation>El servidor central no responde: los vales no se pueden consultar sin conexión</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back ({detail})</source>
      <translation>El servidor central no ha devuelto el pago con vale ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back, and the sale changed meanwhile: voucher {code} keeps {amount} taken; tell the manager</source>
      <translation>El servidor central no ha devuelto el pago con vale y la venta ha cambiado entretanto: el vale {code} sigue con {amount} tomado; avise al encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub's answer about this voucher is malformed</source>
      <translation>La respuesta del servidor central sobre este vale es incorrecta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} has only {balance} left</source>
      <translation>Al vale {code} solo le quedan {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is already used: nothing is left on it</source>
      <translation>El vale {code} ya está usado: no le queda nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is in {currency}: this store takes {ours}</source>
      <translation>El vale {code} está en {currency}: esta tienda acepta {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Vale {code} desconocido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code}: the hub refused ({detail})</source>
      <translation>Vale {code}: rechazado por el servidor central ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Vouchers are kept at the hub, and this station has no hub</source>
      <translation>Los vales están en el servidor central, y esta caja no tiene</translation>
    </message>
  </context>
</TS>
