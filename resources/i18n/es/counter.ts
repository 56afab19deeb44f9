<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Add to the sale</source>
      <translation>Añadir a la venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Address line 2</source>
      <translation>Dirección (línea 2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub where it is available…</source>
      <translation>Consultando la disponibilidad en el servidor central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub…</source>
      <translation>Consultando el servidor central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Choose how the customer gets it, then Add to the sale</source>
      <translation>Elija cómo lo recibe el cliente y pulse Añadir a la venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>City</source>
      <translation>Ciudad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect at another store</source>
      <translation>Recoger en otra tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect here</source>
      <translation>Recoger aquí</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Country (FR, DE…)</source>
      <translation>País (FR, DE…)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Deliver home</source>
      <translation>Envío a domicilio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Delivered home: {quantity} available</source>
      <translation>Envío a domicilio: {quantity} disponibles</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Email</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Order for the customer</source>
      <translation>Pedido para el cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Postcode</source>
      <translation>Código postal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Scan or type the product, then Enter</source>
      <translation>Escanee o escriba el artículo y pulse Intro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Street</source>
      <translation>Calle y número</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Where is it?</source>
      <translation>¿Dónde está?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{code} {name}: {quantity} available</source>
      <translation>{code} {name}: {quantity} disponibles</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{name} is available nowhere in the chain</source>
      <translation>{name} no está disponible en ninguna tienda de la cadena</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{name} · {sku} · {price}</source>
      <translation>{name} · {sku} · {price}</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>%n customer(s) found</source>
      <translation>
        <numerusform>%n cliente encontrado</numerusform>
        <numerusform>%n clientes encontrados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attach  (Enter)</source>
      <translation>Asociar  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attached: {name}, card {card}</source>
      <translation>Asociado: {name}, tarjeta {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Card</source>
      <translation>Tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Create and attach  (F3)</source>
      <translation>Crear y asociar  (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Creating the customer at the hub...</source>
      <translation>Creando el cliente en la central...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer of this sale</source>
      <translation>Cliente de esta venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: erased at the hub (the sale keeps their prices)</source>
      <translation>Cliente: borrado en la central (la venta mantiene sus precios)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: {name} · card {card}</source>
      <translation>Cliente: {name} · tarjeta {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customers found</source>
      <translation>Clientes encontrados</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Detach  (F4)</source>
      <translation>Quitar  (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find a customer</source>
      <translation>Buscar un cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find the customer first, or create them</source>
      <translation>Busque primero al cliente, o créelo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Looking for the customer...</source>
      <translation>Buscando al cliente...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>New customer</source>
      <translation>Cliente nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The customer agrees to be contacted</source>
      <translation>El cliente acepta ser contactado</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The hub cannot be reached: %n customer(s) found among this station's recent customers</source>
      <translation>
        <numerusform>Central inaccesible: %n cliente encontrado entre los clientes recientes de esta caja</numerusform>
        <numerusform>Central inaccesible: %n clientes encontrados entre los clientes recientes de esta caja</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Type the customer's name</source>
      <translation>Escriba el nombre del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>phone, email, name or scan the card, then Enter</source>
      <translation>teléfono, correo, nombre o escanee la tarjeta, luego Intro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>scan a new card, or leave empty: the hub issues one</source>
      <translation>escanee una tarjeta nueva, o deje vacío: la central asigna una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card}</source>
      <translation>{name} · tarjeta {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card} · {contact}</source>
      <translation>{name} · tarjeta {card} · {contact}</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A clerk can authorise it too.</source>
      <translation>Un cajero también puede autorizarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A supervisor can authorise it too.</source>
      <translation>Un supervisor también puede autorizarlo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Amount  (A)</source>
      <translation>Importe  (A)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Apply to</source>
      <translation>Aplicar a</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>As</source>
      <translation>Como</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Cancel  (Esc)</source>
      <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk</source>
      <translation>Cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk approval</source>
      <translation>Autorización del cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Discount</source>
      <translation>Descuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager</source>
      <translation>Encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager approval</source>
      <translation>Autorización del encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>New quantity</source>
      <translation>Nueva cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>No, correct it  (Enter)</source>
      <translation>No, corregir  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>OK  (Enter)</source>
      <translation>Aceptar  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Percent %  (P)</source>
      <translation>Porcentaje %  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Selected line  (L)</source>
      <translation>Línea elegida  (L)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor approval</source>
      <translation>Autorización del supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Type the quantity and Enter</source>
      <translation>Escriba la cantidad e Intro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Whole sale  (B)</source>
      <translation>Toda la venta  (B)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Yes, it is right  (Y)</source>
      <translation>Sí, es correcto  (Y)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>e.g. 10 for 10 %, 0 removes the discount</source>
      <translation>p. ej. 10 para 10 %, 0 quita el descuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>manager's user name</source>
      <translation>usuario del encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a clerk or a manager</source>
      <translation>usuario de un cajero o del encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a supervisor or a manager</source>
      <translation>usuario de un supervisor o del encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>{error}: correct it, or Esc</source>
      <translation>{error}: corríjalo, o Esc</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>A gift card bears no VAT: VAT is due on what it buys</source>
      <translation>Una tarjeta regalo no lleva IVA: el IVA se paga en lo que compra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Add to sale  (Enter)</source>
      <translation>Añadir a la venta  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Asking the hub...</source>
      <translation>Consultando la central...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Card code</source>
      <translation>Código de la tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Check  (Enter)</source>
      <translation>Consultar  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card balance</source>
      <translation>Saldo de tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card {code}: {balance} left. F2 reloads it</source>
      <translation>Tarjeta regalo {code}: quedan {balance}. F2 para recargar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload  (F2)</source>
      <translation>Recargar  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload a gift card</source>
      <translation>Recargar una tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Scan the gift card first</source>
      <translation>Escanee primero la tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Sell a gift card</source>
      <translation>Vender una tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>amount, at most {most}</source>
      <translation>importe, como máximo {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card</source>
      <translation>escanee la tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card, then Enter</source>
      <translation>escanee la tarjeta y pulse Intro</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Accept + pick list</source>
      <translation>Aceptar + lista</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Acknowledge</source>
      <translation>Confirmar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Add user</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Adjust</source>
      <translation>Ajustar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>All lines</source>
      <translation>Todo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Approve &amp;&amp; post</source>
      <translation>Aprobar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back</source>
      <translation>Volver</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back to sale</source>
      <translation>Venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Cancel count</source>
      <translation>Anular</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Change role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Check journal</source>
      <translation>Comprobar diario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Close shift (Z)</source>
      <translation>Cierre (Z)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Complete</source>
      <translation>Terminar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Condition</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Count</source>
      <translation>Recuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Disable</source>
      <translation>Desactivar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Discount</source>
      <translation>Descuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Enable</source>
      <translation>Activar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exact cash</source>
      <translation>Efectivo justo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exchange</source>
      <translation>Cambio art.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Find order</source>
      <translation>Pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Fiscal records</source>
      <translation>Registros fiscales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Flags</source>
      <translation>Avisos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Gift card</source>
      <translation>Tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Hand over</source>
      <translation>Entregar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Labels</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Lock</source>
      <translation>Bloquear</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Low / negative</source>
      <translation>Bajo / negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Manager</source>
      <translation>Encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New cycle count</source>
      <translation>Rec. cíclico</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New full count</source>
      <translation>Rec. total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New return</source>
      <translation>Nueva dev.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next delivery</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next open count</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No receipt</source>
      <translation>Sin ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No sale</source>
      <translation>Abrir cajón</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One less</source>
      <translation>Uno menos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One more</source>
      <translation>Uno más</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Open shift</source>
      <translation>Abrir caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Order</source>
      <translation>Pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pack + labels</source>
      <translation>Embalar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid in</source>
      <translation>Entrada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid out</source>
      <translation>Salida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Park / recall</source>
      <translation>En espera</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Payment</source>
      <translation>Cobrar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pickup</source>
      <translation>Recogida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Post receipt</source>
      <translation>Registrar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Price</source>
      <translation>Precio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print closing</source>
      <translation>Imprimir cierre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print last report</source>
      <translation>Reimprimir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print pick list</source>
      <translation>Lista</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print variance</source>
      <translation>Diferencias</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ready</source>
      <translation>Listo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Receive</source>
      <translation>Recibir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reject line</source>
      <translation>Rechazar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reorder point</source>
      <translation>Mínimo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint</source>
      <translation>Reimprimir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint Z</source>
      <translation>Reimpr. Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint receipt</source>
      <translation>Reimprimir ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint return</source>
      <translation>Reimprimir devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reset PIN</source>
      <translation>Nuevo PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Return to shelf</source>
      <translation>Reponer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Returns</source>
      <translation>Devoluciones</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Role limits</source>
      <translation>Límites</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sale</source>
      <translation>Venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Scan item</source>
      <translation>Escanear</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>See and print</source>
      <translation>Ver e imprimir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Shift</source>
      <translation>Caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ship</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Store day (hub)</source>
      <translation>Día (hub)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sync</source>
      <translation>Sincro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>To credit</source>
      <translation>A vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Transfer out</source>
      <translation>Traspaso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Type a delivery</source>
      <translation>Teclear</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Variance (manager)</source>
      <translation>Diferencias</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Void line</source>
      <translation>Anular línea</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Where else?</source>
      <translation>¿Dónde más?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>X report</source>
      <translation>Informe X</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Cancelled: nothing was changed</source>
      <translation>Cancelado: no se ha cambiado nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Sign in first</source>
      <translation>Inicie sesión primero</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>%n point(s) taken for {amount}; {balance} left</source>
      <translation>
        <numerusform>%n punto canjeado por {amount}; quedan {balance}</numerusform>
        <numerusform>%n puntos canjeados por {amount}; quedan {balance}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A card cannot pay more than what is left; cards give no change</source>
      <translation>La tarjeta no paga más de lo pendiente; no da cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A gift card pays at most what is left; it gives no change</source>
      <translation>Una tarjeta regalo paga como máximo lo pendiente; no da cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A voucher pays at most what is left; it gives no change</source>
      <translation>Un vale paga como máximo lo pendiente; no da cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the customer's points...</source>
      <translation>Pidiendo los puntos del cliente a la central...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the gift card's balance...</source>
      <translation>Consultando el saldo de la tarjeta regalo en la central...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for {amount} from voucher {code}...</source>
      <translation>Pidiendo al hub {amount} del vale {code}...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Back (Esc)</source>
      <translation>Volver (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card</source>
      <translation>Tarjeta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card  (F6)</source>
      <translation>Tarjeta  (F6)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card approval</source>
      <translation>Autorización</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash</source>
      <translation>Efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash  (Enter)</source>
      <translation>Efectivo  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Change to give: {amount}</source>
      <translation>Cambio: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Check the cash amount</source>
      <translation>Compruebe el efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Enter the card terminal's approval code, then F6</source>
      <translation>Escriba el código de autorización del datáfono, luego F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exact {amount}</source>
      <translation>Justo {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exchange</source>
      <translation>Cambio de artículo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card</source>
      <translation>Tarjeta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card  (F8)</source>
      <translation>Tarjeta regalo  (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card {code}: {amount} taken, {balance} left on it</source>
      <translation>Tarjeta regalo {code}: {amount} cobrado, quedan {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Is that really the amount the customer handed over?</source>
      <translation>¿Es de verdad lo que ha dado el cliente?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}</source>
      <translation>Pendiente: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}   (in cash: {cash})</source>
      <translation>Pendiente: {amount}   (en efectivo: {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Payment</source>
      <translation>Cobro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points</source>
      <translation>Puntos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points  (F9)</source>
      <translation>Puntos  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points pay at most what is left; they give no change</source>
      <translation>Los puntos pagan como máximo lo que falta; no dan cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Remove last (Del)</source>
      <translation>Quitar último (Supr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Saving the payment of {amount}…</source>
      <translation>Guardando el pago de {amount}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the gift card's code, then F8</source>
      <translation>Escanee o escriba el código de la tarjeta regalo y pulse F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the voucher code, then F7</source>
      <translation>Escanee o escriba el código del vale, luego F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>To pay {amount}</source>
      <translation>A pagar {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher</source>
      <translation>Vale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher  (F7)</source>
      <translation>Vale  (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher {code}: {amount} taken, {balance} left on it</source>
      <translation>Vale {code}: {amount} cobrados, quedan {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>amount handed over</source>
      <translation>importe entregado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>card terminal approval code</source>
      <translation>código de autorización del datáfono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>gift card code (scan or type), then F8</source>
      <translation>código de tarjeta regalo (escanear o escribir), luego F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>store credit voucher code (scan or type), then F7</source>
      <translation>código del vale (escanear o escribir), luego F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{amount} not taken: type the amount handed over</source>
      <translation>{amount} no cobrado: escriba el importe entregado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tendered} in cash for {due}?</source>
      <translation>¿{tendered} en efectivo para {due}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}</source>
      <translation>{tender}  {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}  ref {reference}</source>
      <translation>{tender}  {amount}  ref. {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added</source>
      <translation>{tender} {amount} añadido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added and saved</source>
      <translation>{tender} {amount} añadido y guardado</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>%n coupon(s): {codes}</source>
      <translation>
        <numerusform>%n cupón: {codes}</numerusform>
        <numerusform>%n cupones: {codes}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n artículo</numerusform>
        <numerusform>%n artículos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n línea</numerusform>
        <numerusform>%n líneas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>%n product(s) found</source>
      <translation>
        <numerusform>%n producto encontrado</numerusform>
        <numerusform>%n productos encontrados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>+ VAT {amount}</source>
      <translation>+ IVA {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>A payment is already taken on this sale: F10 or F12 completes it first</source>
      <translation>Ya hay un pago en esta venta: termínela antes con F10 o F12</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>A sale of {total}?</source>
      <translation>¿Una venta de {total}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Card {amount}</source>
      <translation>Tarjeta {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Cash {amount}</source>
      <translation>Efectivo {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Change price</source>
      <translation>Cambiar precio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Change {amount}</source>
      <translation>Cambio {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the quantity</source>
      <translation>Compruebe la cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the sale total</source>
      <translation>Compruebe el total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Close  (Esc)</source>
      <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Discount</source>
      <translation>Descuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Exchange {amount}</source>
      <translation>Cambio de artículo {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product</source>
      <translation>Buscar un producto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product  (↑ ↓ choose, Enter add, Esc close)</source>
      <translation>Buscar un producto  (↑ ↓ elegir, Intro añadir, Esc cerrar)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Gift card {amount}</source>
      <translation>Tarjeta regalo {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Is that really what the customer is buying?</source>
      <translation>¿Es de verdad lo que compra el cliente?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Item</source>
      <translation>Artículo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Last sale {number} · {amount}</source>
      <translation>Última venta {number} · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>New unit price</source>
      <translation>Nuevo precio unitario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Next scan × {quantity}</source>
      <translation>Próximo escaneo × {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>No change</source>
      <translation>Sin cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>No parked sales</source>
      <translation>No hay ventas en espera</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>No product matches</source>
      <translation>Ningún producto coincide</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Nothing chosen</source>
      <translation>Nada elegido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Nothing was changed.</source>
      <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Ordered line added: it is paid with this sale</source>
      <translation>Artículo pedido añadido: se paga con esta venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park or recall a sale</source>
      <translation>Poner en espera o recuperar una venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park this sale  (F9)</source>
      <translation>Poner en espera  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (number · parked at · by · items · total)</source>
      <translation>Ventas en espera: {count}  (n.º · hora · por · artículos · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · items · total)</source>
      <translation>Ventas en espera: {count}  (hora · por · artículos · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · total)</source>
      <translation>Ventas en espera: {count}  (hora · por · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Points {amount}</source>
      <translation>Puntos {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Price</source>
      <translation>Precio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Price changes are recorded with your name</source>
      <translation>Los cambios de precio se guardan con su nombre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Promotion {id}: {amount}</source>
      <translation>Promoción {id}: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Qty</source>
      <translation>Cant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recall selected  (Enter)</source>
      <translation>Recuperar  (Intro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}).</source>
      <translation>Recuperada la venta de las {at} ({who}, {total}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}). Your basket was parked as #{number}.</source>
      <translation>Recuperada la venta de las {at} ({who}, {total}). Su cesta quedó en espera como n.º {number}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Ticket aún no escrito ({reason}); se escribirá solo cuando haya espacio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed</source>
      <translation>Ticket {number} impreso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed again: duplicate no. {duplicate}</source>
      <translation>Ticket {number} reimpreso: duplicado n.º {duplicate}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Sale parked as #{number}. F9 brings it back.</source>
      <translation>Venta en espera n.º {number}. F9 la recupera.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} is saved; its receipt was not printed:</source>
      <translation>Venta {number} guardada; su ticket no se imprimió:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} saved. Printing receipt…</source>
      <translation>Venta {number} guardada. Imprimiendo ticket…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan a barcode, or type a code and Enter  (3*code = 3 pieces)</source>
      <translation>Escanee o escriba un código e Intro  (3*código = 3 unidades)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan something before giving a discount</source>
      <translation>Escanee algo antes de hacer un descuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Select a line first (↑ ↓)</source>
      <translation>Elija primero una línea (↑ ↓)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount}</source>
      <translation>Pendiente {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount} (in cash {cash})</source>
      <translation>Pendiente {amount} (en efectivo {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit} on one line.</source>
      <translation>Es más de {limit} en una línea.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit}.</source>
      <translation>Es más de {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>That line is voided</source>
      <translation>Esa línea está anulada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>The payments taken are kept: F10 goes on, F12 takes the rest in cash</source>
      <translation>Los pagos se conservan: F10 continúa, F12 cobra el resto en efectivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}.</source>
      <translation>El total de la venta pasa a {total}, más de {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a manager can authorise it</source>
      <translation>El total de la venta pasa a {total}, más de {limit}; el encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a supervisor or a manager can authorise it</source>
      <translation>El total de la venta pasa a {total}, más de {limit}; un supervisor o el encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To collect at {store}: {name}</source>
      <translation>Recoger en {store}: {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To deliver: {name}</source>
      <translation>A domicilio: {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Type a name or SKU…</source>
      <translation>Escriba un nombre o referencia…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Voucher {amount}</source>
      <translation>Vale {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>discounts {amount}</source>
      <translation>descuentos {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>of which VAT {amount}</source>
      <translation>IVA incluido {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>void</source>
      <translation>anulada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (price changed)</source>
      <translation>{name} (precio cambiado)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (voided)</source>
      <translation>{name} (anulada)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P imprime una copia.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{quantity} items</source>
      <translation>{quantity} artículos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line.</source>
      <translation>{quantity} × {name} es más de {limit} en una línea.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a manager can authorise it</source>
      <translation>{quantity} × {name} es más de {limit} en una línea; el encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a supervisor or a manager can authorise it</source>
      <translation>{quantity} × {name} es más de {limit} en una línea; un supervisor o el encargado puede autorizarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name}?</source>
      <translation>¿{quantity} × {name}?</translation>
    </message>
  </context>
  <context>
    <name>widgets</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} de %n producto mostrados: escriba más del nombre o la referencia</numerusform>
        <numerusform>{shown} de %n productos mostrados: escriba más del nombre o la referencia</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of more than %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} de más de %n producto mostrados: escriba más del nombre o la referencia</numerusform>
        <numerusform>{shown} de más de %n productos mostrados: escriba más del nombre o la referencia</numerusform>
      </translation>
    </message>
  </context>
</TS>
