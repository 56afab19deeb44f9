<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Amount</source>
      <translation>Importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Coins</source>
      <translation>Monete</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Counted</source>
      <translation>Contato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Notes</source>
      <translation>Banconote</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Pieces</source>
      <translation>Pezzi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>e.g. {amount}</source>
      <translation>es. {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>pieces of {face}</source>
      <translation>pezzi da {face}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>what the cash is for (required)</source>
      <translation>a cosa servono i contanti (obbligatorio)</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>The database is not open yet</source>
      <translation>Il database non è ancora aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. Nothing was saved; tell the manager.</source>
      <translation>Errore imprevisto: {error}. Non è stato salvato nulla; avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>Errore imprevisto: {error}. Quanto fatto prima dell'errore è salvato: controllalo prima di ripetere e avvisa il responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>{problem} What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>{problem} Quanto fatto prima dell'errore è salvato: controllalo prima di ripetere e avvisa il responsabile.</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Checking the journal…</source>
      <translation>Verifica del giornale…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Choose a closing first (↑ ↓).</source>
      <translation>Scegli prima una chiusura (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closed at</source>
      <translation>Chiusa il</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing</source>
      <translation>Chiusura</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}</source>
      <translation>Chiusura {closing}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}, duplicate no. {number}</source>
      <translation>Chiusura {closing}, duplicato n. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closings</source>
      <translation>Chiusure</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Day</source>
      <translation>Giorno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>F3 checks the journal: every entry's hash and signature.</source>
      <translation>F3 verifica il giornale: hash e firma di ogni registrazione.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Fiscal records</source>
      <translation>Registri fiscali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Journal checked: no fault found.</source>
      <translation>Giornale verificato: nessuna anomalia.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} (Ctrl+P prints it again)</source>
      <translation>Ultimo documento: {paper}, salvato come {file} (Ctrl+P lo ristampa)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} and printed on {printer}</source>
      <translation>Ultimo documento: {paper}, salvato come {file} e stampato su {printer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: X of shift {shift}</source>
      <translation>Ultimo rapporto: X del turno {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: Z {z}, a copy</source>
      <translation>Ultimo rapporto: Z {z}, copia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Month</source>
      <translation>Mese</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No closing yet: each day, month and year is closed once it has ended.</source>
      <translation>Nessuna chiusura per ora: ogni giorno, mese e anno si chiude quando è finito.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z.</source>
      <translation>Nessun rapporto qui: F8 fa un rapporto X, F10 ristampa una Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Perpetual total</source>
      <translation>Totale perpetuo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Saved: {paper}, {file}</source>
      <translation>Salvato: {paper}, {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}, document {document}: {reason}</source>
      <translation>Il giornale non è integro alla registrazione {seq}, documento {document}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}: {reason}</source>
      <translation>Il giornale non è integro alla registrazione {seq}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is being checked: its answer comes here.</source>
      <translation>Il giornale è in verifica: il risultato apparirà qui.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries, {signatures} signatures checked.</source>
      <translation>
        <numerusform>Il giornale è integro: %n registrazione, {signatures} firme verificate.</numerusform>
        <numerusform>Il giornale è integro: %n registrazioni, {signatures} firme verificate.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries.</source>
      <translation>
        <numerusform>Il giornale è integro: %n registrazione.</numerusform>
        <numerusform>Il giornale è integro: %n registrazioni.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal was not checked: {reason}</source>
      <translation>Il giornale non è stato verificato: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last receipt was printed again as a duplicate: {file}</source>
      <translation>L'ultimo scontrino è stato ristampato come duplicato: {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last return receipt was printed again as a duplicate: {file}</source>
      <translation>L'ultimo scontrino di reso è stato ristampato come duplicato: {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The list is up to date.</source>
      <translation>L'elenco è aggiornato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The store's fiscal country has no closings: there are none to list.</source>
      <translation>Il paese fiscale del negozio non prevede chiusure: non ce ne sono da mostrare.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Total</source>
      <translation>Totale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Year</source>
      <translation>Anno</translation>
    </message>
  </context>
  <context>
    <name>login</name>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>A payment of {amount} was already taken on it and stays with the sale.</source>
      <translation>È già stato incassato un pagamento di {amount}, che resta con la vendita.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Locked by {user}.</source>
      <translation>Bloccata da {user}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Nobody is signed in: choose your own PIN when you sign in.</source>
      <translation>Nessuno è connesso: scegli il tuo PIN all'accesso.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Opening the station…</source>
      <translation>Apertura della cassa…</translation>
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
      <translation>Sospenderla per {owner}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Sign in  (Enter)</source>
      <translation>Accedi  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Take it over</source>
      <translation>Prenderla in carico</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>User</source>
      <translation>Utente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} left a sale open on this till: {sale}.

Take it over: the sale becomes yours, and the takeover is recorded with both names.
Park it: {owner} recalls it with F9, and you start a new sale.</source>
      <translation>{owner} ha lasciato una vendita aperta su questa cassa: {sale}.

Prenderla in carico: la vendita diventa tua e il passaggio è registrato con entrambi i nomi.
Sospenderla: {owner} la richiama con F9 e tu inizi una nuova vendita.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} locked this till with no sale open. Any user can sign in.</source>
      <translation>{owner} ha bloccato questa cassa senza vendite aperte. Qualsiasi utente può accedere.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is open</source>
      <translation>Vendita di {owner} aperta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is still open: {sale}. {owner} can sign in to go on with it, or a manager to take it over. Anyone else who signs in starts a new sale, and {owner}'s sale is parked for {owner}: F9 recalls it.</source>
      <translation>La vendita di {owner} è ancora aperta: {sale}. {owner} può accedere per continuarla, o un responsabile per prenderla in carico. Chiunque altro acceda inizia una nuova vendita e la vendita di {owner} viene sospesa per {owner}: F9 la richiama.</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>4 to 8 digits</source>
      <translation>da 4 a 8 cifre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A PIN for {name}</source>
      <translation>Un PIN per {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A manager may do everything, so a manager's limits are fixed.</source>
      <translation>Un responsabile può fare tutto: i suoi limiti sono fissi.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A new PIN for {name}</source>
      <translation>Un nuovo PIN per {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>A sale {name} left open is parked under their name: F9 at the counter recalls it. F8 enables {name} again, with the same PIN.</source>
      <translation>Una vendita lasciata aperta da {name} viene sospesa a suo nome: F9 alla cassa la richiama. F8 riattiva {name}, con lo stesso PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Active</source>
      <translation>Attivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Add a user</source>
      <translation>Aggiungi un utente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Added {name} ({username}) as {role}. They can sign in now.</source>
      <translation>{name} ({username}) aggiunto come {role}. Può accedere da subito.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Any amount</source>
      <translation>Qualsiasi importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>As it appears on receipts and screens</source>
      <translation>Come appare su scontrini e schermate</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Auditor</source>
      <translation>Revisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Annullato: nulla è cambiato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change a price</source>
      <translation>Cambiare prezzo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the language  (Enter)</source>
      <translation>Cambia la lingua  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the role  (Enter)</source>
      <translation>Cambia il ruolo  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Choose your own PIN</source>
      <translation>Scegli il tuo PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Clerk</source>
      <translation>Cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}</source>
      <translation>Disattiva {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}?</source>
      <translation>Disattivare {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disabled</source>
      <translation>Disattivato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Empty: the store's refund limit</source>
      <translation>Vuoto: limite del negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}</source>
      <translation>Riattiva {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}?</source>
      <translation>Riattivare {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>For example ana or j.smith</source>
      <translation>Per esempio ana o m.rossi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it.</source>
      <translation>Passa la tastiera a {name}: {name} digita due volte un nuovo PIN, da 4 a 8 cifre difficili da indovinare. Il PIN resta nascosto: il responsabile non lo vede.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it. If {name} is not here, type a one-time PIN and tick the box below: {name} then chooses their own PIN at the next sign-in.</source>
      <translation>Passa la tastiera a {name}: {name} digita due volte un nuovo PIN, da 4 a 8 cifre difficili da indovinare. Il PIN resta nascosto: il responsabile non lo vede. Se {name} non c'è, digita un PIN temporaneo e spunta la casella qui sotto: {name} sceglierà il proprio PIN al prossimo accesso.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest discount (%)</source>
      <translation>Sconto max. (%)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest refund</source>
      <translation>Rimborso max.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Locked</source>
      <translation>Bloccato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Manager</source>
      <translation>Responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN</source>
      <translation>Nuovo PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN again</source>
      <translation>Ripeti il nuovo PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New role</source>
      <translation>Nuovo ruolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next  (Enter)</source>
      <translation>Avanti  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next, the new user types their own PIN twice.</source>
      <translation>Poi il nuovo utente digita due volte il proprio PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No sale (open drawer)</source>
      <translation>Apri cassetto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>No, leave it  (Enter)</source>
      <translation>No, lascia così  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Not set (the till's or the store's)</source>
      <translation>Non impostata (quella della cassa o del negozio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Nothing was changed: change a limit first</source>
      <translation>Nulla è cambiato: cambia prima un limite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Open the drawer without a sale</source>
      <translation>Aprire il cassetto senza vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role</source>
      <translation>Ruolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role limits</source>
      <translation>Limiti per ruolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Save the limits  (Enter)</source>
      <translation>Salva i limiti  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Screen language</source>
      <translation>Lingua dello schermo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Select a user first (↑ ↓).</source>
      <translation>Seleziona prima un utente (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Staff and role limits</source>
      <translation>Personale e limiti per ruolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Supervisor</source>
      <translation>Supervisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The Manager screen is for managers: lock the till (Ctrl+L) and a manager signs in for it.</source>
      <translation>La schermata Responsabile è per i responsabili: blocca la cassa (Ctrl+L) e accede un responsabile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The clerk limits are changed; they apply at once.</source>
      <translation>I limiti dei cassieri sono cambiati; valgono subito.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The limits are not shown yet: press F5 to list them again.</source>
      <translation>I limiti non sono ancora mostrati: premi F5 per elencarli di nuovo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The list is up to date.</source>
      <translation>L'elenco è aggiornato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The role of {name}</source>
      <translation>Il ruolo di {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The same PIN again</source>
      <translation>Lo stesso PIN di nuovo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screen language of {name}</source>
      <translation>Lingua dello schermo di {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screens of {name} are already in {language}: choose another</source>
      <translation>Gli schermi di {name} sono già in {language}: sceglierne un'altra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The screens of {name} are in {language} from their next sign-in.</source>
      <translation>Gli schermi di {name} saranno in {language} dal prossimo accesso.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The store's limit</source>
      <translation>Limite del negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The supervisor limits are changed; they apply at once.</source>
      <translation>I limiti dei supervisori sono cambiati; valgono subito.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The username {username} is taken by {name}; choose another</source>
      <translation>Il nome utente {username} è già di {name}; scegline un altro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>This clears the lockout of {name} and their wrong PINs ({count}).</source>
      <translation>Questo toglie il blocco di {name} e azzera i PIN errati ({count}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}</source>
      <translation>Sblocca {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}?</source>
      <translation>Sbloccare {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Username</source>
      <translation>Nome utente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Void a line or a sale</source>
      <translation>Annullare riga o vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Welcome, {name}. You signed in with a one-time PIN: choose your own now and type it twice, 4 to 8 digits that are not easy to guess. No one else sees it.</source>
      <translation>Benvenuto, {name}. Hai effettuato l'accesso con un PIN temporaneo: scegli ora il tuo e digitalo due volte, da 4 a 8 cifre difficili da indovinare. Nessun altro lo vede.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>What each role may do without a manager's PIN (F10 changes it):</source>
      <translation>Cosa può fare ogni ruolo senza il PIN di un responsabile (F10 lo cambia):</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Wrong PINs</source>
      <translation>PIN errati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes</source>
      <translation>Sì</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, disable {name}</source>
      <translation>Sì, disattiva {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, enable {name}</source>
      <translation>Sì, riattiva {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, unlock {name}</source>
      <translation>Sì, sblocca {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a clerk</source>
      <translation>cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a manager</source>
      <translation>responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a supervisor</source>
      <translation>supervisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>an auditor</source>
      <translation>un revisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{error}. Correct it, or press Esc.</source>
      <translation>{error}. Correggi, oppure premi Esc.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can no longer sign in.</source>
      <translation>{name} non può più accedere.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in again.</source>
      <translation>{name} può di nuovo accedere.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in at once.</source>
      <translation>{name} può accedere subito.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} chooses their own PIN at the next sign-in  (F2)</source>
      <translation>{name} sceglie il proprio PIN al prossimo accesso  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a new PIN and can sign in with it now.</source>
      <translation>{name} ha un nuovo PIN e può accedere subito.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a one-time PIN: they choose their own at the next sign-in.</source>
      <translation>{name} ha un PIN temporaneo: sceglierà il proprio al prossimo accesso.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has no screen language of their own now: from their next sign-in, the till's or the store's.</source>
      <translation>{name} non ha più una lingua propria: dal prossimo accesso, quella della cassa o del negozio.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} has no screen language of their own yet: choose one</source>
      <translation>{name} non ha ancora una lingua propria: sceglierne una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already active.</source>
      <translation>{name} è già attivo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already disabled: F8 enables them again.</source>
      <translation>{name} è già disattivato: F8 lo riattiva.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in.</source>
      <translation>{name} è disattivato e non può più accedere.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in. Their open sale was parked as {label}: F9 at the counter recalls it.</source>
      <translation>{name} è disattivato e non può più accedere. La sua vendita aperta è stata sospesa come {label}: F9 alla cassa la richiama.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is enabled and can sign in again.</source>
      <translation>{name} è riattivato e può di nuovo accedere.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is not locked and has no wrong PINs to clear.</source>
      <translation>{name} non è bloccato e non ha PIN errati da azzerare.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is now {role}.</source>
      <translation>{name} ora è {role}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is unlocked and can sign in now.</source>
      <translation>{name} è sbloccato e può accedere subito.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} is {role} now. Choose the new role with the arrow keys.</source>
      <translation>{name} ora è {role}. Scegli il nuovo ruolo con le frecce.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} signs in with the PIN they had.</source>
      <translation>{name} accede con il PIN che aveva.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name}'s screens use the language chosen here from their next sign-in; receipts stay in the store's language.</source>
      <translation>Gli schermi di {name} usano la lingua scelta qui dal prossimo accesso; gli scontrini restano nella lingua del negozio.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{note} Press Y to go ahead; Enter or Esc leaves it as it is.</source>
      <translation>{note} Premi Y per procedere; Enter o Esc lascia tutto com'è.</translation>
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
      <translation>Rotolo 80 mm</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>80 mm roll (F3)</source>
      <translation>Rotolo 80 mm (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet</source>
      <translation>Foglio A4</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet (F2)</source>
      <translation>Foglio A4 (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Choose a printer first (↑ ↓).</source>
      <translation>Scegli prima una stampante (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Close</source>
      <translation>Chiudi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Enter prints the report on {printer}, on {paper}.</source>
      <translation>Enter stampa il rapporto su {printer}, su {paper}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Look again</source>
      <translation>Cerca di nuovo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Looking for this computer's printers…</source>
      <translation>Ricerca delle stampanti di questo computer…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Next page</source>
      <translation>Pagina successiva</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>No preview</source>
      <translation>Nessuna anteprima</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Page {page} of {pages} · {file}</source>
      <translation>Pagina {page} di {pages} · {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Paper</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the preview…</source>
      <translation>Preparazione dell'anteprima…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the report on {paper}…</source>
      <translation>Preparazione del rapporto su {paper}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Previous page</source>
      <translation>Pagina precedente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print</source>
      <translation>Stampa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print the report</source>
      <translation>Stampa il rapporto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Printer (↑ ↓ to choose)</source>
      <translation>Stampante (↑ ↓ per scegliere)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Still looking for this computer's printers: Enter again in a moment.</source>
      <translation>Ricerca delle stampanti in corso: premi di nuovo Enter tra poco.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The report on {paper} is still being prepared: Enter again in a moment.</source>
      <translation>Il rapporto su {paper} è ancora in preparazione: premi di nuovo Enter tra poco.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This computer lists no printer: add one in the system's printer settings, then F5 looks again. Its PDF stays saved.</source>
      <translation>Questo computer non ha stampanti: aggiungine una nelle impostazioni di stampa del sistema, poi F5 cerca di nuovo. Il suo PDF resta salvato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This paper is printed on an A4 sheet only.</source>
      <translation>Questo documento si stampa solo su foglio A4.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>X report of shift {shift} at {time}</source>
      <translation>Rapporto X del turno {shift} alle {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}</source>
      <translation>Chiusura Z {z} del turno {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}, a copy</source>
      <translation>Chiusura Z {z} del turno {shift}, copia</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>an A4 sheet</source>
      <translation>foglio A4</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>the 80 mm roll</source>
      <translation>rotolo da 80 mm</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer)</source>
      <translation>{printer} (stampante predefinita)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer, offline)</source>
      <translation>{printer} (stampante predefinita, offline)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (offline)</source>
      <translation>{printer} (offline)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (printing)</source>
      <translation>{printer} (in stampa)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} is offline (stopped, or in error): check that it is on and has paper, then F5 looks again; or choose another printer. Its PDF stays saved.</source>
      <translation>{printer} è offline (ferma o in errore): controlla che sia accesa e abbia carta, poi F5 cerca di nuovo; oppure scegli un'altra stampante. Il suo PDF resta salvato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer}, the printer chosen last time, is not among this computer's printers any more: choose another one, or F5 looks again. Its PDF stays saved.</source>
      <translation>{printer}, la stampante scelta l'ultima volta, non è più tra quelle di questo computer: scegline un'altra, oppure F5 cerca di nuovo. Il suo PDF resta salvato.</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>'{text}' is not a Z number</source>
      <translation>«{text}» non è un numero di Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Cash sales (net of change)</source>
      <translation>+ Vendite in contanti (al netto del resto)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Paid in</source>
      <translation>+ Versamenti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>= Expected in the drawer</source>
      <translation>= Atteso in cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A clerk counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>Un cassiere conta alla cieca: le cifre sono nascoste. Il rapporto X (F8) richiede {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A supervisor counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>Un supervisore conta alla cieca: le cifre sono nascoste. Il rapporto X (F8) richiede {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Asking the hub…</source>
      <translation>Richiesta alla centrale…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>But the drawer did not open: {reason}</source>
      <translation>Ma il cassetto non si è aperto: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card terminal total</source>
      <translation>Totale POS carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card: expected / counted</source>
      <translation>Carta: atteso / contato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash put into the drawer; the drawer opens</source>
      <translation>Contanti messi nel cassetto; il cassetto si apre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash taken out of the drawer; the drawer opens. Keep the receipt for it</source>
      <translation>Contanti prelevati dal cassetto; il cassetto si apre. Conserva la ricevuta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Counted {counted}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>Chiudere il turno {number}? Contato {counted}. F9 di nuovo lo chiude e fa la Z; Esc torna al conteggio.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Expected {expected}, counted {counted}, difference {difference}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>Chiudere il turno {number}? Atteso {expected}, contato {counted}, differenza {difference}. F9 di nuovo lo chiude e fa la Z; Esc torna al conteggio.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Closing count: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F9 closes the shift and makes the Z.</source>
      <translation>Conteggio di chiusura: digita quante banconote e monete di ogni taglio ci sono nel cassetto (Enter: campo successivo; vuoto vale 0), poi F9 chiude il turno e fa la Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Counted</source>
      <translation>Contato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Difference</source>
      <translation>Differenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Empty: the last Z. A reprint is a numbered duplicate</source>
      <translation>Vuoto: l'ultimo Z. Una ristampa è un duplicato numerato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: X of shift {shift} at {time}</source>
      <translation>Ultimo rapporto: X del turno {shift} alle {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z} (shift {shift})</source>
      <translation>Ultimo rapporto: Z {z} (turno {shift})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z}, reprinted as duplicate no. {number}</source>
      <translation>Ultimo rapporto: Z {z}, ristampato come duplicato n. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Last report: none yet</source>
      <translation>Ultimo rapporto: nessuno finora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No printer set up: open the drawer by hand.</source>
      <translation>Nessuna stampante configurata: apri il cassetto a mano.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z</source>
      <translation>Ancora nessun rapporto qui: F8 fa un rapporto X, F10 ristampa una Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale</source>
      <translation>Apri cassetto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale recorded ({doc}).</source>
      <translation>Apertura cassetto registrata ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift is open: count the float and press F2 first</source>
      <translation>Nessun turno aperto: conta il fondo cassa e premi prima F2</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift open</source>
      <translation>Nessun turno aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Not closed. Go on counting; F9 closes the shift.</source>
      <translation>Non chiuso. Continua a contare; F9 chiude il turno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Opening float</source>
      <translation>Fondo cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opening float: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F2 opens the shift.</source>
      <translation>Fondo cassa: digita quante banconote e monete di ogni taglio ci sono nel cassetto (Enter: campo successivo; vuoto vale 0), poi F2 apre il turno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opens the drawer without a sale; counted on the X and Z reports</source>
      <translation>Apre il cassetto senza vendita; conteggiato nei rapporti X e Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in</source>
      <translation>Versamento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in {amount} recorded ({doc}).</source>
      <translation>Versamento di {amount} registrato ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out</source>
      <translation>Prelievo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out {amount} recorded ({doc}).</source>
      <translation>Prelievo di {amount} registrato ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reprint a Z report</source>
      <translation>Ristampa una chiusura Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Sales</source>
      <translation>Vendite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Sending {file} to the printer {printer}, on {paper}. You can go on meanwhile.</source>
      <translation>Invio di {file} alla stampante {printer}, su {paper}. Puoi continuare nel frattempo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift &amp; reports</source>
      <translation>Cassa e rapporti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} is already open</source>
      <translation>Il turno {number} è già aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} open since {since} · opened by {user} · float {amount}</source>
      <translation>Turno {number} aperto dalle {since} · da {user} · fondo {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} opened with a float of {amount}</source>
      <translation>Turno {number} aperto con un fondo cassa di {amount}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} closed: Z {z}, %n sale(s), {total}; cash {verdict} {difference}.</source>
      <translation>
        <numerusform>Turno {shift} chiuso: Z {z}, %n vendita, {total}; contanti {verdict} {difference}.</numerusform>
        <numerusform>Turno {shift} chiuso: Z {z}, %n vendite, {total}; contanti {verdict} {difference}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} so far (X)</source>
      <translation>Turno {shift} finora (X)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store today (all stations, hub): %n sale(s), {gross} incl. VAT {tax}; {tenders}; {z} Z, cash difference {difference}</source>
      <translation>
        <numerusform>Negozio oggi (tutte le casse, centrale): %n vendita, {gross} IVA incl. {tax}; {tenders}; {z} Z, differenza contanti {difference}</numerusform>
        <numerusform>Negozio oggi (tutte le casse, centrale): %n vendite, {gross} IVA incl. {tax}; {tenders}; {z} Z, differenza contanti {difference}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store-wide figures need the hub: {reason}</source>
      <translation>Le cifre del negozio richiedono la centrale: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>The drawer opened.</source>
      <translation>Il cassetto si è aperto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The printer {printer} took {file}: {said}.</source>
      <translation>La stampante {printer} ha preso {file}: {said}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>This shift so far</source>
      <translation>Questo turno finora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>X report saved (nothing reset): {file} (Ctrl+P prints it)</source>
      <translation>Rapporto X salvato (nulla azzerato): {file} (Ctrl+P lo stampa)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z number</source>
      <translation>Numero Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z} reprint saved as duplicate no. {number}: {file} (Ctrl+P prints it)</source>
      <translation>Ristampa dello Z {z} salvata come duplicato n. {number}: {file} (Ctrl+P la stampa)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z}: shift {shift}, closed {time}</source>
      <translation>Z {z}: turno {shift}, chiuso alle {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>as expected</source>
      <translation>come atteso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>exact</source>
      <translation>in pari</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>no tenders</source>
      <translation>nessun pagamento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>over</source>
      <translation>eccedenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>short</source>
      <translation>ammanco</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>the card terminal's total; empty: as expected</source>
      <translation>vuoto: come atteso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{closed} Z saved: {file} (Ctrl+P prints it)</source>
      <translation>{closed} Z salvata: {file} (Ctrl+P la stampa)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{difference} ({verdict})</source>
      <translation>{difference} ({verdict})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{file} was not printed. {reason}</source>
      <translation>{file} non è stato stampato. {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>− Paid out</source>
      <translation>− Prelievi</translation>
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Last try: {error}</source>
      <translation>Ultimo tentativo: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Receipts not written: {count}</source>
      <translation>Scontrini non scritti: {count}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n label(s) saved: {path}</source>
      <translation>
        <numerusform>%n etichetta salvata: {path}</numerusform>
        <numerusform>%n etichette salvate: {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>%n late scan(s) (after closing) kept, not posted</source>
      <translation>
        <numerusform>%n scansione tardiva (dopo la chiusura) tenuta, non registrata</numerusform>
        <numerusform>%n scansioni tardive (dopo la chiusura) tenute, non registrate</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) low, {negative} negative. F8 goes back</source>
      <translation>
        <numerusform>%n prodotto sotto scorta, {negative} negativi. F8 torna indietro</numerusform>
        <numerusform>%n prodotti sotto scorta, {negative} negativi. F8 torna indietro</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) shown</source>
      <translation>
        <numerusform>%n prodotto mostrato</numerusform>
        <numerusform>%n prodotti mostrati</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>(no product selected)</source>
      <translation>(nessun prodotto selezionato)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ASN (hub)</source>
      <translation>Avviso di spedizione (centrale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Added</source>
      <translation>Aggiunto</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Also in %n warehouse(s): delivery only</source>
      <translation>
        <numerusform>Anche in %n magazzino: solo consegna</numerusform>
        <numerusform>Anche in %n magazzini: solo consegna</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Asking the hub…</source>
      <translation>Richiesta alla centrale…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Choose a delivery first</source>
      <translation>Scegli prima una consegna</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Close  (Esc)</source>
      <translation>Chiudi  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Copies each</source>
      <translation>Copie per ciascuna</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count</source>
      <translation>Conteggio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count cancelled: nothing was posted</source>
      <translation>Conteggio annullato: nulla è stato registrato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Count correction</source>
      <translation>Correzione conteggio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted</source>
      <translation>Contato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted so far</source>
      <translation>Contato finora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter saves; the items are then received by scanning</source>
      <translation>Ctrl+Enter salva; poi la merce si riceve scansionandola</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter sends: the stock leaves now; the other store receives it by scanning</source>
      <translation>Ctrl+Enter invia: la merce esce ora; l'altro negozio la riceve scansionando</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Delivery saved: scan the items as they arrive</source>
      <translation>Consegna salvata: scansiona la merce all'arrivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected</source>
      <translation>Atteso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected = on-hand when each product's first unit was counted</source>
      <translation>Atteso = giacenza quando è stata contata la prima unità di ogni prodotto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected delivery (typed in)</source>
      <translation>Consegna attesa (digitata)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected lines</source>
      <translation>Righe attese</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>F1-F6 choose the reason. Large adjustments need a manager's PIN</source>
      <translation>F1-F6 scelgono il motivo. Le rettifiche grandi richiedono il PIN di un responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Find by name or SKU (empty: lowest stock first)</source>
      <translation>Cerca per nome o codice (vuoto: scorta più bassa prima)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>From</source>
      <translation>Da</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>In stock in %n other store(s): most at {store}</source>
      <translation>
        <numerusform>Disponibile in %n altro negozio: il più fornito è {store}</numerusform>
        <numerusform>Disponibile in %n altri negozi: il più fornito è {store}</numerusform>
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
      <translation>Etichette</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Lines</source>
      <translation>Righe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Low stock (at or below the reorder point)</source>
      <translation>Scorta bassa (al punto di riordino o sotto)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of the selected product (newest first)</source>
      <translation>Movimenti del prodotto selezionato (i più recenti prima)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of {product} ({sku}), newest first</source>
      <translation>Movimenti di {product} ({sku}), i più recenti prima</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Negative stock (sold more than the ledger holds)</source>
      <translation>Scorta negativa (venduto più di quanto registrato)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No count selected: F2 starts a cycle count, F3 a full count</source>
      <translation>Nessun conteggio scelto: F2 avvia un conteggio a rotazione, F3 un inventario completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery chosen: F2 types one in</source>
      <translation>Nessuna consegna scelta: F2 per digitarne una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery expected: F2 types one in</source>
      <translation>Nessuna consegna attesa: F2 per digitarne una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No open count: F2 starts a cycle count, F3 a full count</source>
      <translation>Nessun conteggio aperto: F2 avvia un conteggio a rotazione, F3 un inventario completo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock</source>
      <translation>Nessun altro negozio lo ha disponibile</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock; %n warehouse(s) can deliver it</source>
      <translation>
        <numerusform>Nessun altro negozio lo ha in stock; %n magazzino può consegnarlo</numerusform>
        <numerusform>Nessun altro negozio lo ha in stock; %n magazzini possono consegnarlo</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>No product matches</source>
      <translation>Nessun prodotto corrisponde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>On hand</source>
      <translation>Giacenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Opening stock</source>
      <translation>Giacenza iniziale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Over / short</source>
      <translation>In più / in meno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Pickup</source>
      <translation>Ritiro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Post a delivery first: its report is printed then</source>
      <translation>Registra prima una consegna: il suo rapporto si stampa allora</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for every price change received: %n waiting  (C)</source>
      <translation>
        <numerusform>Etichette prezzo per ogni cambio di prezzo ricevuto: %n in attesa  (C)</numerusform>
        <numerusform>Etichette prezzo per ogni cambio di prezzo ricevuto: %n in attesa  (C)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for {product}  (P)</source>
      <translation>Etichette prezzo per {product}  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Product</source>
      <translation>Prodotto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Products</source>
      <translation>Prodotti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Quantity</source>
      <translation>Quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Received</source>
      <translation>Ricevuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving</source>
      <translation>Ricevimento merce</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving report saved: {path}</source>
      <translation>Rapporto di ricevimento salvato: {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Reference</source>
      <translation>Riferimento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point</source>
      <translation>Punto di riordino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Reorder point of {sku} saved</source>
      <translation>Punto di riordino di {sku} salvato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point · {product}</source>
      <translation>Punto di riordino · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder quantity</source>
      <translation>Quantità di riordino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Return</source>
      <translation>Reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>SKU</source>
      <translation>Codice</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Sale</source>
      <translation>Vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Scan each item received (6*code for a case of six, -1*code takes one back)</source>
      <translation>Scansiona ogni articolo ricevuto (6*codice per una confezione da sei, -1*codice ne toglie uno)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scan what is on the shelf (5*code for five, 0*code when none is there)</source>
      <translation>Scansiona ciò che è sullo scaffale (5*codice per cinque, 0*codice se non ce n'è)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scans</source>
      <translation>Scansioni</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Select a product first (type its name or SKU)</source>
      <translation>Seleziona prima un prodotto (digita il nome o il codice)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shelf labels for {product}  (S)</source>
      <translation>Etichette scaffale per {product}  (S)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shipped to customer</source>
      <translation>Spedito al cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Source</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Start a count first (F2 cycle, F3 full)</source>
      <translation>Avvia prima un conteggio (F2 a rotazione, F3 completo)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Started</source>
      <translation>Iniziato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Station</source>
      <translation>Cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Stock</source>
      <translation>Magazzino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Stock adjustment</source>
      <translation>Rettifica di magazzino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Stock count</source>
      <translation>Inventario</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Store</source>
      <translation>Negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Suggested order</source>
      <translation>Ordine suggerito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Supplier</source>
      <translation>Fornitore</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>Mostrati i {shown} più bassi di %n prodotto: digita un nome o un codice</numerusform>
        <numerusform>Mostrati i {shown} più bassi di %n prodotti: digita un nome o un codice</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of more than %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>Mostrati i {shown} più bassi di oltre %n prodotto: digita un nome o un codice</numerusform>
        <numerusform>Mostrati i {shown} più bassi di oltre %n prodotti: digita un nome o un codice</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>To store</source>
      <translation>Al negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Transfer</source>
      <translation>Trasferimento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer in</source>
      <translation>Trasferimento in entrata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer out</source>
      <translation>Trasferimento in uscita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer to another store</source>
      <translation>Trasferimento a un altro negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Typed</source>
      <translation>Digitata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Value</source>
      <translation>Valore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance</source>
      <translation>Differenza</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance of {doc}: {differ} of %n product(s) differ · net {value} at retail price (F9 approves and posts)</source>
      <translation>
        <numerusform>Differenza di {doc}: {differ} su %n prodotto differiscono · netto {value} a prezzo di vendita (F9 approva e registra)</numerusform>
        <numerusform>Differenza di {doc}: {differ} su %n prodotti differiscono · netto {value} a prezzo di vendita (F9 approva e registra)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance report saved: {path}</source>
      <translation>Rapporto differenze salvato: {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Where else? · {product}</source>
      <translation>Dove altro? · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle</source>
      <translation>rotazione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle count</source>
      <translation>conteggio a rotazione</translation>
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
      <translation>scorta bassa a questo livello o meno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>not on the notice</source>
      <translation>non nell'avviso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>one line per product: barcode or SKU, then the quantity</source>
      <translation>una riga per prodotto: codice a barre o codice, poi la quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>over</source>
      <translation>in più</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>scan or type the barcode or SKU</source>
      <translation>scansiona o digita il codice a barre o il codice</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>short</source>
      <translation>in meno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>store code, e.g. LYO01</source>
      <translation>codice negozio, es. LYO01</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the supplier's delivery note number</source>
      <translation>il numero del DDT del fornitore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the usual order quantity</source>
      <translation>la quantità d'ordine abituale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>the {count} largest shown, all on the printed report (F10)</source>
      <translation>mostrati i {count} maggiori, tutti nel rapporto stampato (F10)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} approved by {approver}: %n correction(s) posted, net {value}</source>
      <translation>
        <numerusform>{doc} approvato da {approver}: %n rettifica registrata, netto {value}</numerusform>
        <numerusform>{doc} approvato da {approver}: %n rettifiche registrate, netto {value}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{doc} posted: %n product(s) into stock · {over} over, {short} short, {unexpected} not expected. Printing the report…</source>
      <translation>
        <numerusform>{doc} registrata: %n prodotto a magazzino · {over} in più, {short} in meno, {unexpected} non attesi. Stampa del rapporto…</numerusform>
        <numerusform>{doc} registrata: %n prodotti a magazzino · {over} in più, {short} in meno, {unexpected} non attesi. Stampa del rapporto…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc} sent to {store}: %n product(s) left the stock. {store} receives it through the hub</source>
      <translation>
        <numerusform>{doc} inviato a {store}: %n prodotto uscito dal magazzino. {store} lo riceve tramite la centrale</numerusform>
        <numerusform>{doc} inviato a {store}: %n prodotti usciti dal magazzino. {store} lo riceve tramite la centrale</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} started ({kind}). Scan the shelf; each scan is saved at once</source>
      <translation>{doc} avviato ({kind}). Scansiona lo scaffale; ogni scansione è salvata subito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning</source>
      <translation>{doc} · {kind} · scansione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning · started on {station}, approved there</source>
      <translation>{doc} · {kind} · scansione · avviato su {station}, approvato lì</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}), approved by {approver}. On hand now {on_hand}</source>
      <translation>{doc}: {product} {quantity} ({reason}, {value}), approvato da {approver}. Giacenza ora {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}). On hand now {on_hand}</source>
      <translation>{doc}: {product} {quantity} ({reason}, {value}). Giacenza ora {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{product}: +{added} (counted so far {counted})</source>
      <translation>{product}: +{added} (contato finora {counted})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received (not on the notice)</source>
      <translation>{product}: {received} ricevuto/i (non nell'avviso)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received of {expected} expected</source>
      <translation>{product}: {received} ricevuti su {expected} attesi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (this store)</source>
      <translation>{store}  (questo negozio)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (warehouse)</source>
      <translation>{store}  (magazzino)</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>%n rejected event(s) queued again</source>
      <translation>
        <numerusform>%n evento rifiutato rimesso in coda</numerusform>
        <numerusform>%n eventi rifiutati rimessi in coda</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Back to sale</source>
      <translation>Torna alla vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Created</source>
      <translation>Creato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Cursor</source>
      <translation>Cursore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Events waiting for the hub or rejected by it (oldest first)</source>
      <translation>Eventi in attesa della centrale o rifiutati (i più vecchi prima)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Feed items set aside (not applied)</source>
      <translation>Elementi del flusso messi da parte (non applicati)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Hub's answer / last error</source>
      <translation>Risposta della centrale / ultimo errore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Not connected to the hub: ask a manager. Sales are kept on this station until then.</source>
      <translation>Non connessa alla centrale: chiedi a un responsabile. Le vendite restano su questa cassa nel frattempo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Received</source>
      <translation>Ricevuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Retry rejected</source>
      <translation>Riprova rifiutati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync now</source>
      <translation>Sincronizza ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync with the hub</source>
      <translation>Sincronizzazione con la centrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Syncing…</source>
      <translation>Sincronizzazione…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>This station is not registered at a hub: run `storedesk register --hub URL --token TOKEN` on this PC (the token comes from `storedesk-hub add-station`). Sales keep their events until then.</source>
      <translation>Questa cassa non è registrata presso una centrale: esegui `storedesk register --hub URL --token TOKEN` su questo PC (il token viene da `storedesk-hub add-station`). Le vendite conservano i loro eventi nel frattempo.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Tries</source>
      <translation>Tentativi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Why it was set aside</source>
      <translation>Perché è stato messo da parte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>never</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>pending</source>
      <translation>in attesa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>rejected</source>
      <translation>rifiutato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · offline · ultima sincronizzazione {last} · in attesa {waiting} · rifiutati {rejected}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected} · last error: {error}</source>
      <translation>{hub} · offline · ultima sincronizzazione {last} · in attesa {waiting} · rifiutati {rejected} · ultimo errore: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · online · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · online · ultima sincronizzazione {last} · in attesa {waiting} · rifiutati {rejected}</translation>
    </message>
  </context>
</TS>
