<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Coins</source>
      <translation>Monedas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Counted</source>
      <translation>Contado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Notes</source>
      <translation>Billetes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Pieces</source>
      <translation>Cant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>e.g. {amount}</source>
      <translation>p. ej. {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>pieces of {face}</source>
      <translation>unidades de {face}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>what the cash is for (required)</source>
      <translation>para qué es el efectivo (obligatorio)</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>The database is not open yet</source>
      <translation>La base de datos aún no está abierta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. Nothing was saved; tell the manager.</source>
      <translation>Error inesperado: {error}. No se guardó nada; avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>Error inesperado: {error}. Lo hecho antes del error está guardado: revíselo antes de repetirlo y avise al encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>{problem} What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>{problem} Lo hecho antes del error está guardado: revíselo antes de repetirlo y avise al encargado.</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Checking the journal…</source>
      <translation>Comprobando el diario…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Choose a closing first (↑ ↓).</source>
      <translation>Elija primero un cierre (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closed at</source>
      <translation>Cerrado el</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing</source>
      <translation>Cierre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}</source>
      <translation>Cierre {closing}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}, duplicate no. {number}</source>
      <translation>Cierre {closing}, duplicado n.º {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closings</source>
      <translation>Cierres</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>F3 checks the journal: every entry's hash and signature.</source>
      <translation>F3 comprueba el diario: el hash y la firma de cada registro.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Fiscal records</source>
      <translation>Registros fiscales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Journal checked: no fault found.</source>
      <translation>Diario comprobado: ningún fallo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} (Ctrl+P prints it again)</source>
      <translation>Último documento: {paper}, guardado como {file} (Ctrl+P lo vuelve a imprimir)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} and printed on {printer}</source>
      <translation>Último documento: {paper}, guardado como {file} e impreso en {printer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: X of shift {shift}</source>
      <translation>Último informe: X del turno {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: Z {z}, a copy</source>
      <translation>Último informe: Z {z}, copia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Month</source>
      <translation>Mes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No closing yet: each day, month and year is closed once it has ended.</source>
      <translation>Aún no hay cierres: cada día, mes y año se cierra al terminar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z.</source>
      <translation>Aún no hay informe aquí: F8 hace un informe X, F10 reimprime un Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Perpetual total</source>
      <translation>Gran total perpetuo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Saved: {paper}, {file}</source>
      <translation>Guardado: {paper}, {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}, document {document}: {reason}</source>
      <translation>El diario falla en el registro {seq}, documento {document}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}: {reason}</source>
      <translation>El diario falla en el registro {seq}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is being checked: its answer comes here.</source>
      <translation>Se está comprobando el diario: el resultado aparecerá aquí.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries, {signatures} signatures checked.</source>
      <translation>
        <numerusform>El diario está íntegro: %n registro, {signatures} firmas comprobadas.</numerusform>
        <numerusform>El diario está íntegro: %n registros, {signatures} firmas comprobadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries.</source>
      <translation>
        <numerusform>El diario está íntegro: %n registro.</numerusform>
        <numerusform>El diario está íntegro: %n registros.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal was not checked: {reason}</source>
      <translation>El diario no se ha comprobado: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last receipt was printed again as a duplicate: {file}</source>
      <translation>El último ticket se ha reimpreso como duplicado: {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last return receipt was printed again as a duplicate: {file}</source>
      <translation>El último ticket de devolución se ha reimpreso como duplicado: {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The list is up to date.</source>
      <translation>La lista está al día.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The store's fiscal country has no closings: there are none to list.</source>
      <translation>El país fiscal de la tienda no tiene cierres: no hay ninguno que mostrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
  </context>
  <context>
    <name>login</name>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>A payment of {amount} was already taken on it and stays with the sale.</source>
      <translation>Ya se cobró un pago de {amount}, que sigue con la venta.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Locked by {user}.</source>
      <translation>Bloqueada por {user}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Nobody is signed in: choose your own PIN when you sign in.</source>
      <translation>Nadie ha iniciado sesión: elija su propio PIN al entrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Opening the station…</source>
      <translation>Abriendo la caja…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>P  or  Enter</source>
      <translation>P  o  Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Park it for {owner}</source>
      <translation>Aparcarla para {owner}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Sign in  (Enter)</source>
      <translation>Entrar  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Take it over</source>
      <translation>Hacerse cargo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} left a sale open on this till: {sale}.

Take it over: the sale becomes yours, and the takeover is recorded with both names.
Park it: {owner} recalls it with F9, and you start a new sale.</source>
      <translation>{owner} dejó una venta abierta en esta caja: {sale}.

Hacerse cargo: la venta pasa a ser suya y el cambio queda registrado con ambos nombres.
Aparcarla: {owner} la recupera con F9 y usted empieza una venta nueva.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} locked this till with no sale open. Any user can sign in.</source>
      <translation>{owner} bloqueó esta caja sin venta abierta. Cualquier usuario puede entrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is open</source>
      <translation>Venta de {owner} abierta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is still open: {sale}. {owner} can sign in to go on with it, or a manager to take it over. Anyone else who signs in starts a new sale, and {owner}'s sale is parked for {owner}: F9 recalls it.</source>
      <translation>La venta de {owner} sigue abierta: {sale}. {owner} puede entrar para continuarla, o un encargado para hacerse cargo. Cualquier otra persona que entre empieza una venta nueva, y la venta de {owner} queda aparcada para {owner}: F9 la recupera.</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>4 to 8 digits</source>
      <translation>de 4 a 8 cifras</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A PIN for {name}</source>
      <translation>Un PIN para {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A manager may do everything, so a manager's limits are fixed.</source>
      <translation>Un encargado puede hacerlo todo: sus límites son fijos.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A new PIN for {name}</source>
      <translation>Un PIN nuevo para {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>A sale {name} left open is parked under their name: F9 at the counter recalls it. F8 enables {name} again, with the same PIN.</source>
      <translation>Una venta que {name} dejó abierta se aparca a su nombre: F9 en la caja la recupera. F8 vuelve a activar a {name}, con el mismo PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Add a user</source>
      <translation>Añadir un usuario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Added {name} ({username}) as {role}. They can sign in now.</source>
      <translation>{name} ({username}) añadido como {role}. Ya puede entrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Any amount</source>
      <translation>Cualquier importe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>As it appears on receipts and screens</source>
      <translation>Como aparece en tickets y pantallas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Auditor</source>
      <translation>Auditor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change a price</source>
      <translation>Cambiar precio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the language  (Enter)</source>
      <translation>Cambiar el idioma  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the role  (Enter)</source>
      <translation>Cambiar el rol  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Choose your own PIN</source>
      <translation>Elija su propio PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Clerk</source>
      <translation>Cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}</source>
      <translation>Desactivar a {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}?</source>
      <translation>¿Desactivar a {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disabled</source>
      <translation>Desactivado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Empty: the store's refund limit</source>
      <translation>Vacío: límite de la tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}</source>
      <translation>Activar a {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}?</source>
      <translation>¿Activar a {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>For example ana or j.smith</source>
      <translation>Por ejemplo ana o j.garcia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it.</source>
      <translation>Pase el teclado a {name}: {name} teclea dos veces un PIN nuevo, de 4 a 8 cifras difíciles de adivinar. El PIN queda oculto: el encargado no lo ve.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it. If {name} is not here, type a one-time PIN and tick the box below: {name} then chooses their own PIN at the next sign-in.</source>
      <translation>Pase el teclado a {name}: {name} teclea dos veces un PIN nuevo, de 4 a 8 cifras difíciles de adivinar. El PIN queda oculto: el encargado no lo ve. Si {name} no está, teclee un PIN temporal y marque la casilla de abajo: {name} elegirá su propio PIN al entrar la próxima vez.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest discount (%)</source>
      <translation>Descuento máx. (%)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest refund</source>
      <translation>Reembolso máx.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Locked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Manager</source>
      <translation>Encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN</source>
      <translation>PIN nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN again</source>
      <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New role</source>
      <translation>Rol nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next  (Enter)</source>
      <translation>Siguiente  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next, the new user types their own PIN twice.</source>
      <translation>Después, el nuevo usuario teclea dos veces su propio PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No sale (open drawer)</source>
      <translation>Abrir cajón</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>No, leave it  (Enter)</source>
      <translation>No, dejarlo  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Not set (the till's or the store's)</source>
      <translation>Sin definir (el de la caja o la tienda)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Nothing was changed: change a limit first</source>
      <translation>No se cambió nada: cambie primero un límite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Open the drawer without a sale</source>
      <translation>Abrir el cajón sin venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role limits</source>
      <translation>Límites por rol</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Save the limits  (Enter)</source>
      <translation>Guardar los límites  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Screen language</source>
      <translation>Idioma de pantalla</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Select a user first (↑ ↓).</source>
      <translation>Seleccione primero un usuario (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Staff and role limits</source>
      <translation>Personal y límites por rol</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The Manager screen is for managers: lock the till (Ctrl+L) and a manager signs in for it.</source>
      <translation>La pantalla de encargado es solo para encargados: bloquee la caja (Ctrl+L) y que entre un encargado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The clerk limits are changed; they apply at once.</source>
      <translation>Los límites de los cajeros han cambiado; se aplican ya.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The limits are not shown yet: press F5 to list them again.</source>
      <translation>Los límites aún no se muestran: pulse F5 para listarlos de nuevo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The list is up to date.</source>
      <translation>La lista está al día.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The role of {name}</source>
      <translation>El rol de {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The same PIN again</source>
      <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screen language of {name}</source>
      <translation>Idioma de pantalla de {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screens of {name} are already in {language}: choose another</source>
      <translation>Las pantallas de {name} ya están en {language}: elija otro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The screens of {name} are in {language} from their next sign-in.</source>
      <translation>Las pantallas de {name} estarán en {language} desde su próximo inicio de sesión.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The store's limit</source>
      <translation>Límite de la tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The supervisor limits are changed; they apply at once.</source>
      <translation>Los límites de los supervisores han cambiado; se aplican ya.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The username {username} is taken by {name}; choose another</source>
      <translation>El nombre de usuario {username} ya es de {name}; elija otro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>This clears the lockout of {name} and their wrong PINs ({count}).</source>
      <translation>Esto quita el bloqueo de {name} y borra sus PIN erróneos ({count}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}</source>
      <translation>Desbloquear a {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}?</source>
      <translation>¿Desbloquear a {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Username</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Void a line or a sale</source>
      <translation>Anular línea o venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Welcome, {name}. You signed in with a one-time PIN: choose your own now and type it twice, 4 to 8 digits that are not easy to guess. No one else sees it.</source>
      <translation>Bienvenido, {name}. Ha entrado con un PIN temporal: elija ahora el suyo y tecléelo dos veces, de 4 a 8 cifras difíciles de adivinar. Nadie más lo ve.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>What each role may do without a manager's PIN (F10 changes it):</source>
      <translation>Lo que cada rol puede hacer sin el PIN de un encargado (F10 lo cambia):</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Wrong PINs</source>
      <translation>PIN erróneos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, disable {name}</source>
      <translation>Sí, desactivar a {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, enable {name}</source>
      <translation>Sí, activar a {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, unlock {name}</source>
      <translation>Sí, desbloquear a {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a clerk</source>
      <translation>cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a manager</source>
      <translation>encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>an auditor</source>
      <translation>un auditor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{error}. Correct it, or press Esc.</source>
      <translation>{error}. Corríjalo o pulse Esc.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can no longer sign in.</source>
      <translation>{name} ya no puede entrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in again.</source>
      <translation>{name} puede volver a entrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in at once.</source>
      <translation>{name} puede entrar enseguida.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} chooses their own PIN at the next sign-in  (F2)</source>
      <translation>{name} elige su PIN al entrar la próxima vez  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a new PIN and can sign in with it now.</source>
      <translation>{name} tiene un PIN nuevo y ya puede entrar con él.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a one-time PIN: they choose their own at the next sign-in.</source>
      <translation>{name} tiene un PIN temporal: elegirá el suyo al entrar la próxima vez.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has no screen language of their own now: from their next sign-in, the till's or the store's.</source>
      <translation>{name} ya no tiene idioma propio: desde su próximo inicio de sesión, el de la caja o la tienda.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} has no screen language of their own yet: choose one</source>
      <translation>{name} aún no tiene idioma propio: elija uno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already active.</source>
      <translation>{name} ya está activo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already disabled: F8 enables them again.</source>
      <translation>{name} ya está desactivado: F8 lo vuelve a activar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in.</source>
      <translation>{name} está desactivado y ya no puede entrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in. Their open sale was parked as {label}: F9 at the counter recalls it.</source>
      <translation>{name} está desactivado y ya no puede entrar. Su venta abierta se aparcó como {label}: F9 en la caja la recupera.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is enabled and can sign in again.</source>
      <translation>{name} está activado y puede volver a entrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is not locked and has no wrong PINs to clear.</source>
      <translation>{name} no está bloqueado y no tiene PIN erróneos que borrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is now {role}.</source>
      <translation>{name} es ahora {role}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is unlocked and can sign in now.</source>
      <translation>{name} está desbloqueado y ya puede entrar.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} is {role} now. Choose the new role with the arrow keys.</source>
      <translation>{name} es {role} ahora. Elija el rol nuevo con las flechas.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} signs in with the PIN they had.</source>
      <translation>{name} entra con el PIN que tenía.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name}'s screens use the language chosen here from their next sign-in; receipts stay in the store's language.</source>
      <translation>Las pantallas de {name} usan el idioma elegido aquí desde su próximo inicio de sesión; los tickets siguen en el idioma de la tienda.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{note} Press Y to go ahead; Enter or Esc leaves it as it is.</source>
      <translation>{note} Pulse Y para continuar; Enter o Esc lo deja como está.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
  </context>
  <context>
    <name>report_print</name>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>80 mm roll</source>
      <translation>Rollo 80 mm</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>80 mm roll (F3)</source>
      <translation>Rollo 80 mm (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet</source>
      <translation>Hoja A4</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet (F2)</source>
      <translation>Hoja A4 (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Choose a printer first (↑ ↓).</source>
      <translation>Elija primero una impresora (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Enter prints the report on {printer}, on {paper}.</source>
      <translation>Enter imprime el informe en {printer}, en {paper}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Look again</source>
      <translation>Buscar de nuevo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Looking for this computer's printers…</source>
      <translation>Buscando las impresoras de este equipo…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Next page</source>
      <translation>Página siguiente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>No preview</source>
      <translation>Sin vista previa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Page {page} of {pages} · {file}</source>
      <translation>Página {page} de {pages} · {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Paper</source>
      <translation>Papel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the preview…</source>
      <translation>Preparando la vista previa…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the report on {paper}…</source>
      <translation>Preparando el informe en {paper}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Previous page</source>
      <translation>Página anterior</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print</source>
      <translation>Imprimir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print the report</source>
      <translation>Imprimir el informe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Printer (↑ ↓ to choose)</source>
      <translation>Impresora (↑ ↓ para elegir)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Still looking for this computer's printers: Enter again in a moment.</source>
      <translation>Aún buscando impresoras: pulse Enter de nuevo en un momento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The report on {paper} is still being prepared: Enter again in a moment.</source>
      <translation>El informe en {paper} aún se está preparando: pulse Enter de nuevo en un momento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This computer lists no printer: add one in the system's printer settings, then F5 looks again. Its PDF stays saved.</source>
      <translation>Este equipo no tiene impresoras: añada una en la configuración de impresoras del sistema y F5 vuelve a buscar. Su PDF queda guardado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This paper is printed on an A4 sheet only.</source>
      <translation>Este documento se imprime solo en hoja A4.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>X report of shift {shift} at {time}</source>
      <translation>Informe X del turno {shift} a las {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}</source>
      <translation>Cierre Z {z} del turno {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}, a copy</source>
      <translation>Cierre Z {z} del turno {shift}, copia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>an A4 sheet</source>
      <translation>una hoja A4</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>the 80 mm roll</source>
      <translation>el rollo de 80 mm</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer)</source>
      <translation>{printer} (impresora predeterminada)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer, offline)</source>
      <translation>{printer} (impresora predeterminada, sin conexión)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (offline)</source>
      <translation>{printer} (sin conexión)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (printing)</source>
      <translation>{printer} (imprimiendo)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} is offline (stopped, or in error): check that it is on and has paper, then F5 looks again; or choose another printer. Its PDF stays saved.</source>
      <translation>{printer} está sin conexión (detenida o con error): compruebe que está encendida y tiene papel y F5 vuelve a buscar; o elija otra impresora. Su PDF queda guardado.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer}, the printer chosen last time, is not among this computer's printers any more: choose another one, or F5 looks again. Its PDF stays saved.</source>
      <translation>{printer}, la impresora elegida la última vez, ya no está entre las de este equipo: elija otra, o F5 vuelve a buscar. Su PDF queda guardado.</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>'{text}' is not a Z number</source>
      <translation>«{text}» no es un número de Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Cash sales (net of change)</source>
      <translation>+ Ventas en efectivo (sin cambio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Paid in</source>
      <translation>+ Entradas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>= Expected in the drawer</source>
      <translation>= Esperado en caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A clerk counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>Un cajero cuenta a ciegas: las cifras están ocultas. El informe X (F8) requiere {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A supervisor counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>Un supervisor cuenta a ciegas: las cifras están ocultas. El informe X (F8) requiere {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Asking the hub…</source>
      <translation>Consultando la central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>But the drawer did not open: {reason}</source>
      <translation>Pero el cajón no se abrió: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card terminal total</source>
      <translation>Total del datáfono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card: expected / counted</source>
      <translation>Tarjeta: esperado / contado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash put into the drawer; the drawer opens</source>
      <translation>Efectivo que entra en el cajón; el cajón se abre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash taken out of the drawer; the drawer opens. Keep the receipt for it</source>
      <translation>Efectivo que sale del cajón; el cajón se abre. Guarde el justificante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Counted {counted}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>¿Cerrar el turno {number}? Contado {counted}. F9 otra vez lo cierra y hace el Z; Esc vuelve al recuento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Expected {expected}, counted {counted}, difference {difference}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>¿Cerrar el turno {number}? Esperado {expected}, contado {counted}, diferencia {difference}. F9 otra vez lo cierra y hace el Z; Esc vuelve al recuento.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Closing count: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F9 closes the shift and makes the Z.</source>
      <translation>Recuento de cierre: teclee cuántos billetes y monedas de cada valor hay en el cajón (Enter: campo siguiente; vacío cuenta 0), luego F9 cierra el turno y hace el Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Counted</source>
      <translation>Contado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Difference</source>
      <translation>Diferencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Empty: the last Z. A reprint is a numbered duplicate</source>
      <translation>Vacío: el último Z. Una reimpresión es un duplicado numerado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: X of shift {shift} at {time}</source>
      <translation>Último informe: X del turno {shift} a las {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z} (shift {shift})</source>
      <translation>Último informe: Z {z} (turno {shift})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z}, reprinted as duplicate no. {number}</source>
      <translation>Último informe: Z {z}, reimpreso como duplicado n.º {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Last report: none yet</source>
      <translation>Último informe: ninguno todavía</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No printer set up: open the drawer by hand.</source>
      <translation>No hay impresora configurada: abra el cajón a mano.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z</source>
      <translation>Aún no hay informe en esta pantalla: F8 hace un informe X, F10 reimprime un Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale</source>
      <translation>Abrir cajón</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale recorded ({doc}).</source>
      <translation>Apertura de cajón registrada ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift is open: count the float and press F2 first</source>
      <translation>No hay turno abierto: cuente el fondo de caja y pulse F2 primero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift open</source>
      <translation>Ningún turno abierto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Not closed. Go on counting; F9 closes the shift.</source>
      <translation>No se ha cerrado. Siga contando; F9 cierra el turno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Opening float</source>
      <translation>Fondo de caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opening float: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F2 opens the shift.</source>
      <translation>Fondo de caja: teclee cuántos billetes y monedas de cada valor hay en el cajón (Enter: campo siguiente; vacío cuenta 0), luego F2 abre el turno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opens the drawer without a sale; counted on the X and Z reports</source>
      <translation>Abre el cajón sin venta; cuenta en los informes X y Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in</source>
      <translation>Entrada de caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in {amount} recorded ({doc}).</source>
      <translation>Entrada de {amount} registrada ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out</source>
      <translation>Salida de caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out {amount} recorded ({doc}).</source>
      <translation>Salida de {amount} registrada ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reprint a Z report</source>
      <translation>Reimprimir un cierre Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Sales</source>
      <translation>Ventas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Sending {file} to the printer {printer}, on {paper}. You can go on meanwhile.</source>
      <translation>Enviando {file} a la impresora {printer}, en {paper}. Puede seguir mientras tanto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift &amp; reports</source>
      <translation>Caja e informes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} is already open</source>
      <translation>El turno {number} ya está abierto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} open since {since} · opened by {user} · float {amount}</source>
      <translation>Turno {number} abierto desde {since} · por {user} · fondo {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} opened with a float of {amount}</source>
      <translation>Turno {number} abierto con un fondo de caja de {amount}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} closed: Z {z}, %n sale(s), {total}; cash {verdict} {difference}.</source>
      <translation>
        <numerusform>Turno {shift} cerrado: Z {z}, %n venta, {total}; efectivo {verdict} {difference}.</numerusform>
        <numerusform>Turno {shift} cerrado: Z {z}, %n ventas, {total}; efectivo {verdict} {difference}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} so far (X)</source>
      <translation>Turno {shift} hasta ahora (X)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store today (all stations, hub): %n sale(s), {gross} incl. VAT {tax}; {tenders}; {z} Z, cash difference {difference}</source>
      <translation>
        <numerusform>Tienda hoy (todas las cajas, central): %n venta, {gross} IVA incl. {tax}; {tenders}; {z} Z, diferencia de efectivo {difference}</numerusform>
        <numerusform>Tienda hoy (todas las cajas, central): %n ventas, {gross} IVA incl. {tax}; {tenders}; {z} Z, diferencia de efectivo {difference}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store-wide figures need the hub: {reason}</source>
      <translation>Las cifras de la tienda necesitan la central: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>The drawer opened.</source>
      <translation>El cajón se abrió.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The printer {printer} took {file}: {said}.</source>
      <translation>La impresora {printer} recibió {file}: {said}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>This shift so far</source>
      <translation>Este turno hasta ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>X report saved (nothing reset): {file} (Ctrl+P prints it)</source>
      <translation>Informe X guardado (nada se pone a cero): {file} (Ctrl+P lo imprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z number</source>
      <translation>Número de Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z} reprint saved as duplicate no. {number}: {file} (Ctrl+P prints it)</source>
      <translation>Reimpresión del Z {z} guardada como duplicado n.º {number}: {file} (Ctrl+P la imprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z}: shift {shift}, closed {time}</source>
      <translation>Z {z}: turno {shift}, cerrado a las {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>as expected</source>
      <translation>lo esperado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>exact</source>
      <translation>cuadra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>no tenders</source>
      <translation>sin medios de pago</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>over</source>
      <translation>sobrante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>short</source>
      <translation>faltante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>the card terminal's total; empty: as expected</source>
      <translation>vacío: lo esperado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{closed} Z saved: {file} (Ctrl+P prints it)</source>
      <translation>{closed} Z guardado: {file} (Ctrl+P lo imprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{difference} ({verdict})</source>
      <translation>{difference} ({verdict})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{file} was not printed. {reason}</source>
      <translation>{file} no se imprimió. {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>− Paid out</source>
      <translation>− Salidas</translation>
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Last try: {error}</source>
      <translation>Último intento: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Receipts not written: {count}</source>
      <translation>Tickets sin escribir: {count}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n label(s) saved: {path}</source>
      <translation>
        <numerusform>%n etiqueta guardada: {path}</numerusform>
        <numerusform>%n etiquetas guardadas: {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>%n late scan(s) (after closing) kept, not posted</source>
      <translation>
        <numerusform>%n escaneo tardío (tras el cierre) guardado, no contabilizado</numerusform>
        <numerusform>%n escaneos tardíos (tras el cierre) guardados, no contabilizados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) low, {negative} negative. F8 goes back</source>
      <translation>
        <numerusform>%n producto con stock bajo, {negative} negativos. F8 vuelve</numerusform>
        <numerusform>%n productos con stock bajo, {negative} negativos. F8 vuelve</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) shown</source>
      <translation>
        <numerusform>%n producto mostrado</numerusform>
        <numerusform>%n productos mostrados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>(no product selected)</source>
      <translation>(ningún producto seleccionado)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ASN (hub)</source>
      <translation>Aviso de envío (central)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Added</source>
      <translation>Añadido</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Also in %n warehouse(s): delivery only</source>
      <translation>
        <numerusform>También en %n almacén: solo envío</numerusform>
        <numerusform>También en %n almacenes: solo envío</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Asking the hub…</source>
      <translation>Consultando la central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Choose a delivery first</source>
      <translation>Elija primero una entrega</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Close  (Esc)</source>
      <translation>Cerrar  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Copies each</source>
      <translation>Copias de cada una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count</source>
      <translation>Recuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count cancelled: nothing was posted</source>
      <translation>Recuento cancelado: no se contabilizó nada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Count correction</source>
      <translation>Corrección de recuento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted</source>
      <translation>Contado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted so far</source>
      <translation>Contado hasta ahora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter saves; the items are then received by scanning</source>
      <translation>Ctrl+Enter guarda; luego los artículos se reciben escaneándolos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter sends: the stock leaves now; the other store receives it by scanning</source>
      <translation>Ctrl+Enter envía: el stock sale ahora; la otra tienda lo recibe escaneando</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Delivery saved: scan the items as they arrive</source>
      <translation>Entrega guardada: escanee los artículos según llegan</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected</source>
      <translation>Esperado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected = on-hand when each product's first unit was counted</source>
      <translation>Esperado = stock cuando se contó la primera unidad de cada producto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected delivery (typed in)</source>
      <translation>Entrega prevista (tecleada)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected lines</source>
      <translation>Líneas previstas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>F1-F6 choose the reason. Large adjustments need a manager's PIN</source>
      <translation>F1-F6 eligen el motivo. Los ajustes grandes requieren el PIN de un encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Find by name or SKU (empty: lowest stock first)</source>
      <translation>Buscar por nombre o referencia (vacío: menor stock primero)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>In stock in %n other store(s): most at {store}</source>
      <translation>
        <numerusform>En stock en %n tienda más: la que más, {store}</numerusform>
        <numerusform>En stock en %n tiendas más: la que más, {store}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Labels</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Lines</source>
      <translation>Líneas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Low stock (at or below the reorder point)</source>
      <translation>Stock bajo (en el punto de pedido o por debajo)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of the selected product (newest first)</source>
      <translation>Movimientos del producto seleccionado (los más recientes primero)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of {product} ({sku}), newest first</source>
      <translation>Movimientos de {product} ({sku}), los más recientes primero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Negative stock (sold more than the ledger holds)</source>
      <translation>Stock negativo (vendido más de lo registrado)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No count selected: F2 starts a cycle count, F3 a full count</source>
      <translation>Ningún recuento elegido: F2 inicia un recuento cíclico, F3 un inventario completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery chosen: F2 types one in</source>
      <translation>Ninguna entrega elegida: F2 para teclear una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery expected: F2 types one in</source>
      <translation>No hay entregas previstas: F2 para teclear una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No open count: F2 starts a cycle count, F3 a full count</source>
      <translation>Ningún recuento abierto: F2 inicia un recuento cíclico, F3 un inventario completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock</source>
      <translation>Ninguna otra tienda lo tiene en stock</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock; %n warehouse(s) can deliver it</source>
      <translation>
        <numerusform>Ninguna otra tienda lo tiene en stock; %n almacén puede enviarlo</numerusform>
        <numerusform>Ninguna otra tienda lo tiene en stock; %n almacenes pueden enviarlo</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>No product matches</source>
      <translation>Ningún producto coincide</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>On hand</source>
      <translation>En stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Opening stock</source>
      <translation>Stock inicial</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Over / short</source>
      <translation>Sobra / falta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Pickup</source>
      <translation>Recogida</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Post a delivery first: its report is printed then</source>
      <translation>Contabilice primero una entrega: entonces se imprime su informe</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for every price change received: %n waiting  (C)</source>
      <translation>
        <numerusform>Etiquetas de precio de cada cambio de precio recibido: %n pendiente  (C)</numerusform>
        <numerusform>Etiquetas de precio de cada cambio de precio recibido: %n pendientes  (C)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for {product}  (P)</source>
      <translation>Etiquetas de precio de {product}  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Product</source>
      <translation>Producto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Products</source>
      <translation>Productos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving</source>
      <translation>Recepción</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving report saved: {path}</source>
      <translation>Informe de recepción guardado: {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point</source>
      <translation>Punto de pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Reorder point of {sku} saved</source>
      <translation>Punto de pedido de {sku} guardado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point · {product}</source>
      <translation>Punto de pedido · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder quantity</source>
      <translation>Cantidad de pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Return</source>
      <translation>Devolución</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>SKU</source>
      <translation>Ref.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Sale</source>
      <translation>Venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Scan each item received (6*code for a case of six, -1*code takes one back)</source>
      <translation>Escanee cada artículo recibido (6*código para una caja de seis, -1*código quita uno)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scan what is on the shelf (5*code for five, 0*code when none is there)</source>
      <translation>Escanee lo que hay en el estante (5*código para cinco, 0*código si no hay ninguno)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scans</source>
      <translation>Escaneos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Select a product first (type its name or SKU)</source>
      <translation>Seleccione primero un producto (teclee su nombre o referencia)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shelf labels for {product}  (S)</source>
      <translation>Etiquetas de estante de {product}  (S)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shipped to customer</source>
      <translation>Enviado al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Source</source>
      <translation>Origen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Start a count first (F2 cycle, F3 full)</source>
      <translation>Inicie primero un recuento (F2 cíclico, F3 completo)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Started</source>
      <translation>Iniciado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Station</source>
      <translation>Caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Stock adjustment</source>
      <translation>Ajuste de stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Stock count</source>
      <translation>Inventario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Store</source>
      <translation>Tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Suggested order</source>
      <translation>Pedido sugerido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Supplier</source>
      <translation>Proveedor</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>Se muestran los {shown} más bajos de %n producto: teclee un nombre o referencia</numerusform>
        <numerusform>Se muestran los {shown} más bajos de %n productos: teclee un nombre o referencia</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of more than %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>Se muestran los {shown} más bajos de más de %n producto: teclee un nombre o referencia</numerusform>
        <numerusform>Se muestran los {shown} más bajos de más de %n productos: teclee un nombre o referencia</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>To store</source>
      <translation>A la tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Transfer</source>
      <translation>Traspaso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer in</source>
      <translation>Traspaso entrante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer out</source>
      <translation>Traspaso saliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer to another store</source>
      <translation>Traspaso a otra tienda</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Typed</source>
      <translation>Tecleada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance</source>
      <translation>Diferencia</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance of {doc}: {differ} of %n product(s) differ · net {value} at retail price (F9 approves and posts)</source>
      <translation>
        <numerusform>Diferencia de {doc}: {differ} de %n producto difieren · neto {value} a precio de venta (F9 aprueba y contabiliza)</numerusform>
        <numerusform>Diferencia de {doc}: {differ} de %n productos difieren · neto {value} a precio de venta (F9 aprueba y contabiliza)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance report saved: {path}</source>
      <translation>Informe de diferencias guardado: {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Where else? · {product}</source>
      <translation>¿Dónde más? · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle</source>
      <translation>cíclico</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle count</source>
      <translation>recuento cíclico</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>full</source>
      <translation>completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>full count</source>
      <translation>inventario completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>list as low stock at or below this on-hand</source>
      <translation>stock bajo a este nivel o menos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>not on the notice</source>
      <translation>fuera del aviso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>one line per product: barcode or SKU, then the quantity</source>
      <translation>una línea por producto: código de barras o referencia, luego la cantidad</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>over</source>
      <translation>sobra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>scan or type the barcode or SKU</source>
      <translation>escanee o teclee el código de barras o la referencia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>short</source>
      <translation>falta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>store code, e.g. LYO01</source>
      <translation>código de tienda, p. ej. LYO01</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the supplier's delivery note number</source>
      <translation>el número de albarán del proveedor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the usual order quantity</source>
      <translation>la cantidad habitual de pedido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>the {count} largest shown, all on the printed report (F10)</source>
      <translation>se muestran los {count} mayores, todos en el informe impreso (F10)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} approved by {approver}: %n correction(s) posted, net {value}</source>
      <translation>
        <numerusform>{doc} aprobado por {approver}: %n corrección contabilizada, neto {value}</numerusform>
        <numerusform>{doc} aprobado por {approver}: %n correcciones contabilizadas, neto {value}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{doc} posted: %n product(s) into stock · {over} over, {short} short, {unexpected} not expected. Printing the report…</source>
      <translation>
        <numerusform>{doc} contabilizada: %n producto entra en stock · {over} sobran, {short} faltan, {unexpected} no previstos. Imprimiendo el informe…</numerusform>
        <numerusform>{doc} contabilizada: %n productos entran en stock · {over} sobran, {short} faltan, {unexpected} no previstos. Imprimiendo el informe…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc} sent to {store}: %n product(s) left the stock. {store} receives it through the hub</source>
      <translation>
        <numerusform>{doc} enviado a {store}: %n producto salió del stock. {store} lo recibe a través de la central</numerusform>
        <numerusform>{doc} enviado a {store}: %n productos salieron del stock. {store} lo recibe a través de la central</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} started ({kind}). Scan the shelf; each scan is saved at once</source>
      <translation>{doc} iniciado ({kind}). Escanee el estante; cada escaneo se guarda al momento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning</source>
      <translation>{doc} · {kind} · escaneando</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning · started on {station}, approved there</source>
      <translation>{doc} · {kind} · escaneando · iniciado en {station}, se aprueba allí</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}), approved by {approver}. On hand now {on_hand}</source>
      <translation>{doc}: {product} {quantity} ({reason}, {value}), aprobado por {approver}. Stock ahora {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}). On hand now {on_hand}</source>
      <translation>{doc}: {product} {quantity} ({reason}, {value}). Stock ahora {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{product}: +{added} (counted so far {counted})</source>
      <translation>{product}: +{added} (contado hasta ahora {counted})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received (not on the notice)</source>
      <translation>{product}: {received} recibido(s) (fuera del aviso)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received of {expected} expected</source>
      <translation>{product}: {received} recibido(s) de {expected} previsto(s)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (this store)</source>
      <translation>{store}  (esta tienda)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (warehouse)</source>
      <translation>{store}  (almacén)</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>%n rejected event(s) queued again</source>
      <translation>
        <numerusform>%n evento rechazado puesto de nuevo en cola</numerusform>
        <numerusform>%n eventos rechazados puestos de nuevo en cola</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Back to sale</source>
      <translation>Volver a la venta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Created</source>
      <translation>Creado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Cursor</source>
      <translation>Cursor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Events waiting for the hub or rejected by it (oldest first)</source>
      <translation>Eventos pendientes de la central o rechazados por ella (los más antiguos primero)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Feed items set aside (not applied)</source>
      <translation>Elementos del flujo apartados (no aplicados)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Hub's answer / last error</source>
      <translation>Respuesta de la central / último error</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Not connected to the hub: ask a manager. Sales are kept on this station until then.</source>
      <translation>Sin conexión con la central: pregunte a un encargado. Las ventas se guardan en esta caja mientras tanto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Retry rejected</source>
      <translation>Reintentar rechazados</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync now</source>
      <translation>Sincronizar ya</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync with the hub</source>
      <translation>Sincronización con la central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Syncing…</source>
      <translation>Sincronizando…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>This station is not registered at a hub: run `storedesk register --hub URL --token TOKEN` on this PC (the token comes from `storedesk-hub add-station`). Sales keep their events until then.</source>
      <translation>Esta caja no está registrada en ninguna central: ejecute `storedesk register --hub URL --token TOKEN` en este PC (el token viene de `storedesk-hub add-station`). Las ventas conservan sus eventos mientras tanto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Tries</source>
      <translation>Intentos</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Why it was set aside</source>
      <translation>Por qué se apartó</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>pending</source>
      <translation>pendiente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>rejected</source>
      <translation>rechazado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · sin conexión · última sincronización {last} · pendientes {waiting} · rechazados {rejected}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected} · last error: {error}</source>
      <translation>{hub} · sin conexión · última sincronización {last} · pendientes {waiting} · rechazados {rejected} · último error: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · online · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · conectado · última sincronización {last} · pendientes {waiting} · rechazados {rejected}</translation>
    </message>
  </context>
</TS>
