<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Coins</source>
      <translation>Münzen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Counted</source>
      <translation>Gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Notes</source>
      <translation>Scheine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Pieces</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>e.g. {amount}</source>
      <translation>z. B. {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>pieces of {face}</source>
      <translation>Anzahl {face}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>what the cash is for (required)</source>
      <translation>wofür das Bargeld ist (Pflicht)</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>The database is not open yet</source>
      <translation>Die Datenbank ist noch nicht geöffnet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. Nothing was saved; tell the manager.</source>
      <translation>Unerwarteter Fehler: {error}. Nichts wurde gespeichert; Filialleitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>Unerwarteter Fehler: {error}. Was vor dem Fehler getan wurde, ist gespeichert: vor einer Wiederholung prüfen und Filialleitung informieren.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>{problem} What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>{problem} Was vor dem Fehler getan wurde, ist gespeichert: vor einer Wiederholung prüfen und Filialleitung informieren.</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Checking the journal…</source>
      <translation>Journal wird geprüft…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Choose a closing first (↑ ↓).</source>
      <translation>Zuerst einen Abschluss wählen (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closed at</source>
      <translation>Abgeschlossen am</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing</source>
      <translation>Abschluss</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}</source>
      <translation>Abschluss {closing}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}, duplicate no. {number}</source>
      <translation>Abschluss {closing}, Duplikat Nr. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closings</source>
      <translation>Abschlüsse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>F3 checks the journal: every entry's hash and signature.</source>
      <translation>F3 prüft das Journal: Hash und Signatur jedes Eintrags.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Fiscal records</source>
      <translation>Fiskaldaten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Journal checked: no fault found.</source>
      <translation>Journal geprüft: kein Fehler gefunden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} (Ctrl+P prints it again)</source>
      <translation>Letzter Beleg: {paper}, gespeichert als {file} (Ctrl+P druckt ihn erneut)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} and printed on {printer}</source>
      <translation>Letzter Beleg: {paper}, gespeichert als {file} und gedruckt auf {printer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: X of shift {shift}</source>
      <translation>Letzter Bericht: X der Schicht {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: Z {z}, a copy</source>
      <translation>Letzter Bericht: Z {z}, Kopie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No closing yet: each day, month and year is closed once it has ended.</source>
      <translation>Noch kein Abschluss: jeder Tag, Monat und jedes Jahr wird nach seinem Ende abgeschlossen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z.</source>
      <translation>Noch kein Bericht hier: F8 erstellt einen X-Bericht, F10 druckt einen Z nach.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Perpetual total</source>
      <translation>Laufende Gesamtsumme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Saved: {paper}, {file}</source>
      <translation>Gespeichert: {paper}, {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Signature</source>
      <translation>Signatur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}, document {document}: {reason}</source>
      <translation>Das Journal ist fehlerhaft bei Eintrag {seq}, Beleg {document}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}: {reason}</source>
      <translation>Das Journal ist fehlerhaft bei Eintrag {seq}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is being checked: its answer comes here.</source>
      <translation>Das Journal wird geprüft: das Ergebnis erscheint hier.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries, {signatures} signatures checked.</source>
      <translation>
        <numerusform>Das Journal ist unversehrt: %n Eintrag, {signatures} Signaturen geprüft.</numerusform>
        <numerusform>Das Journal ist unversehrt: %n Einträge, {signatures} Signaturen geprüft.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries.</source>
      <translation>
        <numerusform>Das Journal ist unversehrt: %n Eintrag.</numerusform>
        <numerusform>Das Journal ist unversehrt: %n Einträge.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal was not checked: {reason}</source>
      <translation>Das Journal wurde nicht geprüft: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last receipt was printed again as a duplicate: {file}</source>
      <translation>Der letzte Bon wurde als Duplikat nachgedruckt: {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last return receipt was printed again as a duplicate: {file}</source>
      <translation>Der letzte Rückgabebon wurde als Duplikat nachgedruckt: {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The list is up to date.</source>
      <translation>Die Liste ist aktuell.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The store's fiscal country has no closings: there are none to list.</source>
      <translation>Das Steuerland des Geschäfts kennt keine Abschlüsse: es gibt keine anzuzeigen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
  </context>
  <context>
    <name>login</name>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>A payment of {amount} was already taken on it and stays with the sale.</source>
      <translation>Eine Zahlung von {amount} wurde bereits kassiert und bleibt beim Verkauf.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Locked by {user}.</source>
      <translation>Gesperrt von {user}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Nobody is signed in: choose your own PIN when you sign in.</source>
      <translation>Niemand ist angemeldet: beim Anmelden eigene PIN wählen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Opening the station…</source>
      <translation>Kasse wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>P  or  Enter</source>
      <translation>P  oder  Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Park it for {owner}</source>
      <translation>Für {owner} parken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Sign in  (Enter)</source>
      <translation>Anmelden  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Take it over</source>
      <translation>Übernehmen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>User</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} left a sale open on this till: {sale}.

Take it over: the sale becomes yours, and the takeover is recorded with both names.
Park it: {owner} recalls it with F9, and you start a new sale.</source>
      <translation>{owner} hat an dieser Kasse einen Verkauf offen gelassen: {sale}.

Übernehmen: Der Verkauf gehört Ihnen; die Übernahme wird mit beiden Namen erfasst.
Parken: {owner} ruft ihn mit F9 auf, und Sie beginnen einen neuen Verkauf.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} locked this till with no sale open. Any user can sign in.</source>
      <translation>{owner} hat diese Kasse ohne offenen Verkauf gesperrt. Jeder Benutzer kann sich anmelden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is open</source>
      <translation>Verkauf von {owner} offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is still open: {sale}. {owner} can sign in to go on with it, or a manager to take it over. Anyone else who signs in starts a new sale, and {owner}'s sale is parked for {owner}: F9 recalls it.</source>
      <translation>Der Verkauf von {owner} ist noch offen: {sale}. {owner} kann sich anmelden und weitermachen, oder ein Filialleiter übernimmt ihn. Wer sich sonst anmeldet, beginnt einen neuen Verkauf; der Verkauf von {owner} wird für {owner} geparkt: F9 ruft ihn auf.</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>4 to 8 digits</source>
      <translation>4 bis 8 Ziffern</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A PIN for {name}</source>
      <translation>Eine PIN für {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A manager may do everything, so a manager's limits are fixed.</source>
      <translation>Ein Filialleiter darf alles; seine Grenzen sind fest.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A new PIN for {name}</source>
      <translation>Neue PIN für {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>A sale {name} left open is parked under their name: F9 at the counter recalls it. F8 enables {name} again, with the same PIN.</source>
      <translation>Ein offener Verkauf von {name} wird unter dem Namen geparkt: F9 an der Kasse ruft ihn auf. F8 aktiviert {name} wieder, mit derselben PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Add a user</source>
      <translation>Benutzer anlegen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Added {name} ({username}) as {role}. They can sign in now.</source>
      <translation>{name} ({username}) als {role} angelegt. Anmeldung ab sofort möglich.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Any amount</source>
      <translation>Beliebig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>As it appears on receipts and screens</source>
      <translation>Wie auf Bons und Bildschirmen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Auditor</source>
      <translation>Prüfer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Abgebrochen: nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change a price</source>
      <translation>Preis ändern</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the language  (Enter)</source>
      <translation>Sprache ändern  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the role  (Enter)</source>
      <translation>Rolle ändern  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Choose your own PIN</source>
      <translation>Eigene PIN wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Clerk</source>
      <translation>Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}</source>
      <translation>{name} deaktivieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}?</source>
      <translation>{name} deaktivieren?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disabled</source>
      <translation>Deaktiviert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Empty: the store's refund limit</source>
      <translation>Leer: Grenze der Filiale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}</source>
      <translation>{name} aktivieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}?</source>
      <translation>{name} aktivieren?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>For example ana or j.smith</source>
      <translation>Zum Beispiel ana oder j.muster</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it.</source>
      <translation>Tastatur an {name} geben: {name} tippt zweimal eine neue PIN, 4 bis 8 schwer zu erratende Ziffern. Die PIN bleibt verborgen: der Filialleiter sieht sie nicht.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it. If {name} is not here, type a one-time PIN and tick the box below: {name} then chooses their own PIN at the next sign-in.</source>
      <translation>Tastatur an {name} geben: {name} tippt zweimal eine neue PIN, 4 bis 8 schwer zu erratende Ziffern. Die PIN bleibt verborgen: der Filialleiter sieht sie nicht. Ist {name} nicht da, eine Einmal-PIN eingeben und das Feld unten ankreuzen: {name} wählt dann bei der nächsten Anmeldung eine eigene PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest discount (%)</source>
      <translation>Max. Rabatt (%)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest refund</source>
      <translation>Max. Erstattung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Locked</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Manager</source>
      <translation>Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN</source>
      <translation>Neue PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN again</source>
      <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New role</source>
      <translation>Neue Rolle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next  (Enter)</source>
      <translation>Weiter  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next, the new user types their own PIN twice.</source>
      <translation>Danach tippt der neue Benutzer zweimal seine eigene PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No sale (open drawer)</source>
      <translation>Lade öffnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>No, leave it  (Enter)</source>
      <translation>Nein, so lassen  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Not set (the till's or the store's)</source>
      <translation>Nicht gesetzt (die der Kasse oder Filiale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Nothing was changed: change a limit first</source>
      <translation>Nichts geändert: zuerst eine Grenze ändern</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Open the drawer without a sale</source>
      <translation>Lade ohne Verkauf öffnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role limits</source>
      <translation>Rollengrenzen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Save the limits  (Enter)</source>
      <translation>Grenzen speichern  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Screen language</source>
      <translation>Bildschirmsprache</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Select a user first (↑ ↓).</source>
      <translation>Zuerst einen Benutzer wählen (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Staff and role limits</source>
      <translation>Personal und Rollengrenzen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Supervisor</source>
      <translation>Schichtleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The Manager screen is for managers: lock the till (Ctrl+L) and a manager signs in for it.</source>
      <translation>Nur für Filialleiter: Kasse sperren (Ctrl+L), dann meldet sich ein Filialleiter an.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The clerk limits are changed; they apply at once.</source>
      <translation>Die Grenzen für Kassierer sind geändert und gelten sofort.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The limits are not shown yet: press F5 to list them again.</source>
      <translation>Die Grenzen werden noch nicht angezeigt: F5 listet sie neu.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The list is up to date.</source>
      <translation>Die Liste ist aktuell.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The role of {name}</source>
      <translation>Rolle von {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The same PIN again</source>
      <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screen language of {name}</source>
      <translation>Bildschirmsprache von {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screens of {name} are already in {language}: choose another</source>
      <translation>Die Bildschirme von {name} sind schon auf {language}: eine andere wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The screens of {name} are in {language} from their next sign-in.</source>
      <translation>Ab der nächsten Anmeldung sind die Bildschirme von {name} auf {language}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The store's limit</source>
      <translation>Filialgrenze</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The supervisor limits are changed; they apply at once.</source>
      <translation>Die Grenzen für Schichtleiter sind geändert und gelten sofort.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The username {username} is taken by {name}; choose another</source>
      <translation>Der Benutzername {username} gehört {name}; einen anderen wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>This clears the lockout of {name} and their wrong PINs ({count}).</source>
      <translation>Das hebt die Sperre von {name} auf und löscht die falschen PINs ({count}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}</source>
      <translation>{name} entsperren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}?</source>
      <translation>{name} entsperren?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Username</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Void a line or a sale</source>
      <translation>Position/Verkauf stornieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Welcome, {name}. You signed in with a one-time PIN: choose your own now and type it twice, 4 to 8 digits that are not easy to guess. No one else sees it.</source>
      <translation>Willkommen, {name}. Sie haben sich mit einer Einmal-PIN angemeldet: jetzt eine eigene wählen und zweimal tippen, 4 bis 8 schwer zu erratende Ziffern. Niemand sonst sieht sie.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>What each role may do without a manager's PIN (F10 changes it):</source>
      <translation>Was jede Rolle ohne Filialleiter-PIN darf (F10 ändert es):</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Wrong PINs</source>
      <translation>Falsche PINs</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, disable {name}</source>
      <translation>Ja, {name} deaktivieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, enable {name}</source>
      <translation>Ja, {name} aktivieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, unlock {name}</source>
      <translation>Ja, {name} entsperren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a clerk</source>
      <translation>Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a manager</source>
      <translation>Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a supervisor</source>
      <translation>Schichtleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>an auditor</source>
      <translation>ein Prüfer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{error}. Correct it, or press Esc.</source>
      <translation>{error}. Korrigieren oder Esc drücken.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can no longer sign in.</source>
      <translation>{name} kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in again.</source>
      <translation>{name} kann sich wieder anmelden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in at once.</source>
      <translation>{name} kann sich sofort anmelden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} chooses their own PIN at the next sign-in  (F2)</source>
      <translation>{name} wählt bei der nächsten Anmeldung eine eigene PIN  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a new PIN and can sign in with it now.</source>
      <translation>{name} hat eine neue PIN und kann sich jetzt damit anmelden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a one-time PIN: they choose their own at the next sign-in.</source>
      <translation>{name} hat eine Einmal-PIN und wählt bei der nächsten Anmeldung eine eigene.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has no screen language of their own now: from their next sign-in, the till's or the store's.</source>
      <translation>{name} hat keine eigene Sprache mehr: ab der nächsten Anmeldung die der Kasse oder Filiale.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} has no screen language of their own yet: choose one</source>
      <translation>{name} hat noch keine eigene Sprache: eine wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already active.</source>
      <translation>{name} ist bereits aktiv.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already disabled: F8 enables them again.</source>
      <translation>{name} ist bereits deaktiviert: F8 aktiviert wieder.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in.</source>
      <translation>{name} ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in. Their open sale was parked as {label}: F9 at the counter recalls it.</source>
      <translation>{name} ist deaktiviert und kann sich nicht mehr anmelden. Der offene Verkauf wurde als {label} geparkt: F9 an der Kasse ruft ihn auf.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is enabled and can sign in again.</source>
      <translation>{name} ist aktiviert und kann sich wieder anmelden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is not locked and has no wrong PINs to clear.</source>
      <translation>{name} ist nicht gesperrt und hat keine falschen PINs.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is now {role}.</source>
      <translation>{name} ist jetzt {role}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is unlocked and can sign in now.</source>
      <translation>{name} ist entsperrt und kann sich jetzt anmelden.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} is {role} now. Choose the new role with the arrow keys.</source>
      <translation>{name} ist derzeit {role}. Neue Rolle mit den Pfeiltasten wählen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} signs in with the PIN they had.</source>
      <translation>{name} meldet sich mit der bisherigen PIN an.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name}'s screens use the language chosen here from their next sign-in; receipts stay in the store's language.</source>
      <translation>Ab der nächsten Anmeldung zeigen die Bildschirme von {name} die hier gewählte Sprache; Kassenbons bleiben in der Sprache der Filiale.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{note} Press Y to go ahead; Enter or Esc leaves it as it is.</source>
      <translation>{note} Y drücken zum Fortfahren; Enter oder Esc lässt es, wie es ist.</translation>
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
      <translation>80-mm-Rolle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>80 mm roll (F3)</source>
      <translation>80-mm-Rolle (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet</source>
      <translation>A4-Blatt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet (F2)</source>
      <translation>A4-Blatt (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Choose a printer first (↑ ↓).</source>
      <translation>Zuerst einen Drucker wählen (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Enter prints the report on {printer}, on {paper}.</source>
      <translation>Enter druckt den Bericht auf {printer}, auf {paper}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Look again</source>
      <translation>Neu suchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Looking for this computer's printers…</source>
      <translation>Drucker dieses Computers werden gesucht…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Next page</source>
      <translation>Nächste Seite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>No preview</source>
      <translation>Keine Vorschau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Page {page} of {pages} · {file}</source>
      <translation>Seite {page} von {pages} · {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Paper</source>
      <translation>Papier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the preview…</source>
      <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the report on {paper}…</source>
      <translation>Bericht wird auf {paper} vorbereitet…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Previous page</source>
      <translation>Vorige Seite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print</source>
      <translation>Drucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print the report</source>
      <translation>Bericht drucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Printer (↑ ↓ to choose)</source>
      <translation>Drucker (↑ ↓ zum Wählen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Still looking for this computer's printers: Enter again in a moment.</source>
      <translation>Drucker werden noch gesucht: gleich noch einmal Enter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The report on {paper} is still being prepared: Enter again in a moment.</source>
      <translation>Der Bericht auf {paper} wird noch vorbereitet: gleich noch einmal Enter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This computer lists no printer: add one in the system's printer settings, then F5 looks again. Its PDF stays saved.</source>
      <translation>Dieser Computer hat keinen Drucker: einen in den Druckereinstellungen des Systems hinzufügen, dann sucht F5 neu. Das PDF bleibt gespeichert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This paper is printed on an A4 sheet only.</source>
      <translation>Dieser Beleg wird nur auf A4 gedruckt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>X report of shift {shift} at {time}</source>
      <translation>X-Bericht der Schicht {shift} um {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}</source>
      <translation>Z-Bon {z} der Schicht {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}, a copy</source>
      <translation>Z-Bon {z} der Schicht {shift}, Kopie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>an A4 sheet</source>
      <translation>einem A4-Blatt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>the 80 mm roll</source>
      <translation>der 80-mm-Rolle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer)</source>
      <translation>{printer} (Standarddrucker)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer, offline)</source>
      <translation>{printer} (Standarddrucker, offline)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (offline)</source>
      <translation>{printer} (offline)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (printing)</source>
      <translation>{printer} (druckt)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} is offline (stopped, or in error): check that it is on and has paper, then F5 looks again; or choose another printer. Its PDF stays saved.</source>
      <translation>{printer} ist offline (gestoppt oder Fehler): prüfen, ob er an ist und Papier hat, dann sucht F5 neu; oder einen anderen Drucker wählen. Das PDF bleibt gespeichert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer}, the printer chosen last time, is not among this computer's printers any more: choose another one, or F5 looks again. Its PDF stays saved.</source>
      <translation>{printer}, der zuletzt gewählte Drucker, ist auf diesem Computer nicht mehr vorhanden: einen anderen wählen, oder F5 sucht neu. Das PDF bleibt gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>'{text}' is not a Z number</source>
      <translation>„{text}“ ist keine Z-Nummer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Cash sales (net of change)</source>
      <translation>+ Barverkäufe (abzgl. Rückgeld)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Paid in</source>
      <translation>+ Einlagen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>= Expected in the drawer</source>
      <translation>= Soll in der Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A clerk counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>Kassierer zählen blind: Die Zahlen sind verborgen. Der X-Bericht (F8) braucht {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A supervisor counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>Schichtleiter zählen blind: Die Zahlen sind verborgen. Der X-Bericht (F8) braucht {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Asking the hub…</source>
      <translation>Zentrale wird gefragt…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>But the drawer did not open: {reason}</source>
      <translation>Aber die Lade ging nicht auf: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card terminal total</source>
      <translation>Summe Kartenterminal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card: expected / counted</source>
      <translation>Karte: Soll / gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash put into the drawer; the drawer opens</source>
      <translation>Bargeld in die Lade; die Lade öffnet sich</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash taken out of the drawer; the drawer opens. Keep the receipt for it</source>
      <translation>Bargeld aus der Lade; die Lade öffnet sich. Beleg aufbewahren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Counted {counted}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>Schicht {number} abschließen? Gezählt {counted}. Erneut F9 schließt ab und erstellt den Z-Bon; Esc zählt weiter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Expected {expected}, counted {counted}, difference {difference}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>Schicht {number} abschließen? Soll {expected}, gezählt {counted}, Differenz {difference}. Erneut F9 schließt ab und erstellt den Z-Bon; Esc zählt weiter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Closing count: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F9 closes the shift and makes the Z.</source>
      <translation>Abschlusszählung: Anzahl je Schein und Münze in der Lade eingeben (Enter: nächstes Feld; leer = 0), dann schließt F9 die Schicht und erstellt den Z-Bon.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Counted</source>
      <translation>Gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Difference</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Empty: the last Z. A reprint is a numbered duplicate</source>
      <translation>Leer: der letzte Z-Bericht. Ein Nachdruck ist ein nummeriertes Duplikat</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: X of shift {shift} at {time}</source>
      <translation>Letzter Bericht: X der Schicht {shift} um {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z} (shift {shift})</source>
      <translation>Letzter Bericht: Z {z} (Schicht {shift})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z}, reprinted as duplicate no. {number}</source>
      <translation>Letzter Bericht: Z {z}, nachgedruckt als Duplikat Nr. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Last report: none yet</source>
      <translation>Letzter Bericht: noch keiner</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No printer set up: open the drawer by hand.</source>
      <translation>Kein Drucker eingerichtet: Lade von Hand öffnen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z</source>
      <translation>Noch kein Bericht hier: F8 erstellt einen X-Bericht, F10 druckt einen Z-Bon nach</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale</source>
      <translation>Lade öffnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale recorded ({doc}).</source>
      <translation>Ladenöffnung erfasst ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift is open: count the float and press F2 first</source>
      <translation>Keine Schicht offen: zuerst Wechselgeld zählen und F2 drücken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift open</source>
      <translation>Keine Schicht offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Not closed. Go on counting; F9 closes the shift.</source>
      <translation>Nicht abgeschlossen. Weiterzählen; F9 schließt die Schicht.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Opening float</source>
      <translation>Wechselgeld-Bestand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opening float: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F2 opens the shift.</source>
      <translation>Wechselgeld-Bestand: Anzahl je Schein und Münze in der Lade eingeben (Enter: nächstes Feld; leer = 0), dann öffnet F2 die Schicht.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opens the drawer without a sale; counted on the X and Z reports</source>
      <translation>Öffnet die Lade ohne Verkauf; erscheint auf X- und Z-Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in</source>
      <translation>Einlage</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in {amount} recorded ({doc}).</source>
      <translation>Einlage {amount} erfasst ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out</source>
      <translation>Entnahme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out {amount} recorded ({doc}).</source>
      <translation>Entnahme {amount} erfasst ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reprint a Z report</source>
      <translation>Z-Bon nachdrucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Sales</source>
      <translation>Verkäufe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Sending {file} to the printer {printer}, on {paper}. You can go on meanwhile.</source>
      <translation>{file} geht an den Drucker {printer}, auf {paper}. Sie können weiterarbeiten.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift &amp; reports</source>
      <translation>Kasse &amp; Berichte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} is already open</source>
      <translation>Schicht {number} ist schon offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} open since {since} · opened by {user} · float {amount}</source>
      <translation>Schicht {number} offen seit {since} · von {user} · Wechselgeld {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} opened with a float of {amount}</source>
      <translation>Schicht {number} geöffnet, Wechselgeld {amount}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} closed: Z {z}, %n sale(s), {total}; cash {verdict} {difference}.</source>
      <translation>
        <numerusform>Schicht {shift} abgeschlossen: Z {z}, %n Verkauf, {total}; Bargeld {verdict} {difference}.</numerusform>
        <numerusform>Schicht {shift} abgeschlossen: Z {z}, %n Verkäufe, {total}; Bargeld {verdict} {difference}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} so far (X)</source>
      <translation>Schicht {shift} bisher (X)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store today (all stations, hub): %n sale(s), {gross} incl. VAT {tax}; {tenders}; {z} Z, cash difference {difference}</source>
      <translation>
        <numerusform>Filiale heute (alle Kassen, Zentrale): %n Verkauf, {gross} inkl. MwSt. {tax}; {tenders}; {z} Z, Kassendifferenz {difference}</numerusform>
        <numerusform>Filiale heute (alle Kassen, Zentrale): %n Verkäufe, {gross} inkl. MwSt. {tax}; {tenders}; {z} Z, Kassendifferenz {difference}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store-wide figures need the hub: {reason}</source>
      <translation>Filialzahlen brauchen die Zentrale: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>The drawer opened.</source>
      <translation>Die Lade ist offen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The printer {printer} took {file}: {said}.</source>
      <translation>Der Drucker {printer} hat {file} angenommen: {said}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>This shift so far</source>
      <translation>Diese Schicht bisher</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>X report saved (nothing reset): {file} (Ctrl+P prints it)</source>
      <translation>X-Bericht gespeichert (nichts zurückgesetzt): {file} (Ctrl+P druckt)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z number</source>
      <translation>Z-Nummer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z} reprint saved as duplicate no. {number}: {file} (Ctrl+P prints it)</source>
      <translation>Nachdruck von Z {z} als Duplikat Nr. {number} gespeichert: {file} (Strg+P druckt ihn)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z}: shift {shift}, closed {time}</source>
      <translation>Z {z}: Schicht {shift}, Abschluss {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>as expected</source>
      <translation>wie erwartet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>exact</source>
      <translation>stimmt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>no tenders</source>
      <translation>keine Zahlarten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>over</source>
      <translation>Plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>short</source>
      <translation>Manko</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>the card terminal's total; empty: as expected</source>
      <translation>Terminalsumme; leer: wie erwartet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{closed} Z saved: {file} (Ctrl+P prints it)</source>
      <translation>{closed} Z-Bon gespeichert: {file} (Ctrl+P druckt)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{difference} ({verdict})</source>
      <translation>{difference} ({verdict})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{file} was not printed. {reason}</source>
      <translation>{file} wurde nicht gedruckt. {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>− Paid out</source>
      <translation>− Entnahmen</translation>
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Last try: {error}</source>
      <translation>Letzter Versuch: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Receipts not written: {count}</source>
      <translation>Bons nicht geschrieben: {count}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n label(s) saved: {path}</source>
      <translation>
        <numerusform>%n Etikett gespeichert: {path}</numerusform>
        <numerusform>%n Etiketten gespeichert: {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>%n late scan(s) (after closing) kept, not posted</source>
      <translation>
        <numerusform>%n später Scan (nach Abschluss) behalten, nicht gebucht</numerusform>
        <numerusform>%n späte Scans (nach Abschluss) behalten, nicht gebucht</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) low, {negative} negative. F8 goes back</source>
      <translation>
        <numerusform>%n Artikel knapp, {negative} negativ. F8 zurück</numerusform>
        <numerusform>%n Artikel knapp, {negative} negativ. F8 zurück</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) shown</source>
      <translation>
        <numerusform>%n Artikel angezeigt</numerusform>
        <numerusform>%n Artikel angezeigt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>(no product selected)</source>
      <translation>(kein Artikel gewählt)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ASN (hub)</source>
      <translation>Lieferavis (Zentrale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Added</source>
      <translation>Erfasst</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Also in %n warehouse(s): delivery only</source>
      <translation>
        <numerusform>Auch in %n Lager: nur Lieferung</numerusform>
        <numerusform>Auch in %n Lagern: nur Lieferung</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Asking the hub…</source>
      <translation>Zentrale wird gefragt…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Choose a delivery first</source>
      <translation>Zuerst eine Lieferung wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Close  (Esc)</source>
      <translation>Schließen  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Copies each</source>
      <translation>Kopien je Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count</source>
      <translation>Zählung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count cancelled: nothing was posted</source>
      <translation>Zählung abgebrochen: nichts gebucht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Count correction</source>
      <translation>Zählkorrektur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted</source>
      <translation>Gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted so far</source>
      <translation>Bisher gezählt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter saves; the items are then received by scanning</source>
      <translation>Ctrl+Enter speichert; die Ware wird dann per Scan angenommen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter sends: the stock leaves now; the other store receives it by scanning</source>
      <translation>Ctrl+Enter sendet: der Bestand geht jetzt ab; die andere Filiale nimmt ihn per Scan an</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Delivery saved: scan the items as they arrive</source>
      <translation>Lieferung gespeichert: Ware beim Eintreffen scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Document</source>
      <translation>Beleg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected</source>
      <translation>Soll</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected = on-hand when each product's first unit was counted</source>
      <translation>Soll = Bestand beim Zählen der ersten Einheit je Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected delivery (typed in)</source>
      <translation>Erwartete Lieferung (erfasst)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected lines</source>
      <translation>Erwartete Positionen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>F1-F6 choose the reason. Large adjustments need a manager's PIN</source>
      <translation>F1-F6 wählen den Grund. Große Korrekturen brauchen eine Filialleiter-PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Find by name or SKU (empty: lowest stock first)</source>
      <translation>Suche nach Name oder Art.-Nr. (leer: niedrigster Bestand zuerst)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>In stock in %n other store(s): most at {store}</source>
      <translation>
        <numerusform>An %n anderen Filiale vorrätig: am meisten bei {store}</numerusform>
        <numerusform>In %n anderen Filialen vorrätig: am meisten bei {store}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Labels</source>
      <translation>Etiketten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Lines</source>
      <translation>Pos.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Low stock (at or below the reorder point)</source>
      <translation>Knapper Bestand (am oder unter Meldebestand)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of the selected product (newest first)</source>
      <translation>Bewegungen des gewählten Artikels (neueste zuerst)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of {product} ({sku}), newest first</source>
      <translation>Bewegungen von {product} ({sku}), neueste zuerst</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Negative stock (sold more than the ledger holds)</source>
      <translation>Negativer Bestand (mehr verkauft als gebucht)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No count selected: F2 starts a cycle count, F3 a full count</source>
      <translation>Keine Zählung gewählt: F2 startet eine Teilinventur, F3 eine Inventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery chosen: F2 types one in</source>
      <translation>Keine Lieferung gewählt: F2 erfasst eine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery expected: F2 types one in</source>
      <translation>Keine Lieferung erwartet: F2 erfasst eine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No open count: F2 starts a cycle count, F3 a full count</source>
      <translation>Keine offene Zählung: F2 startet eine Teilinventur, F3 eine Inventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock</source>
      <translation>Keine andere Filiale hat es vorrätig</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock; %n warehouse(s) can deliver it</source>
      <translation>
        <numerusform>Keine andere Filiale hat es vorrätig; %n Lager kann es liefern</numerusform>
        <numerusform>Keine andere Filiale hat es vorrätig; %n Lager können es liefern</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>No product matches</source>
      <translation>Kein Artikel passt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>On hand</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Opening stock</source>
      <translation>Anfangsbestand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Over / short</source>
      <translation>Mehr / weniger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Pickup</source>
      <translation>Abholung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Post a delivery first: its report is printed then</source>
      <translation>Zuerst eine Lieferung buchen: dann wird ihr Bericht gedruckt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for every price change received: %n waiting  (C)</source>
      <translation>
        <numerusform>Preisetiketten für jede erhaltene Preisänderung: %n wartet  (C)</numerusform>
        <numerusform>Preisetiketten für jede erhaltene Preisänderung: %n warten  (C)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for {product}  (P)</source>
      <translation>Preisetiketten für {product}  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Product</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Products</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Quantity</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Received</source>
      <translation>Erhalten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving</source>
      <translation>Wareneingang</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving report saved: {path}</source>
      <translation>Wareneingangsbericht gespeichert: {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Reference</source>
      <translation>Referenz</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point</source>
      <translation>Meldebestand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Reorder point of {sku} saved</source>
      <translation>Meldebestand von {sku} gespeichert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point · {product}</source>
      <translation>Meldebestand · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder quantity</source>
      <translation>Bestellmenge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Return</source>
      <translation>Rückgabe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>SKU</source>
      <translation>Art.-Nr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Sale</source>
      <translation>Verkauf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Scan each item received (6*code for a case of six, -1*code takes one back)</source>
      <translation>Jeden erhaltenen Artikel scannen (6*Code für einen Sechserkarton, -1*Code nimmt einen zurück)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scan what is on the shelf (5*code for five, 0*code when none is there)</source>
      <translation>Regalbestand scannen (5*Code für fünf, 0*Code wenn keiner da ist)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scans</source>
      <translation>Scans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Select a product first (type its name or SKU)</source>
      <translation>Zuerst einen Artikel wählen (Name oder Art.-Nr. tippen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shelf labels for {product}  (S)</source>
      <translation>Regaletiketten für {product}  (S)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shipped to customer</source>
      <translation>An Kunden versendet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Start a count first (F2 cycle, F3 full)</source>
      <translation>Zuerst eine Zählung starten (F2 Teil-, F3 Vollinventur)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Started</source>
      <translation>Begonnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Station</source>
      <translation>Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Stock</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Stock adjustment</source>
      <translation>Bestandskorrektur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Stock count</source>
      <translation>Inventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Store</source>
      <translation>Filiale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Suggested order</source>
      <translation>Vorschlag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>Die {shown} niedrigsten von %n Artikel angezeigt: Name oder Art.-Nr. tippen</numerusform>
        <numerusform>Die {shown} niedrigsten von %n Artikeln angezeigt: Name oder Art.-Nr. tippen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of more than %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>Die {shown} niedrigsten von über %n Artikel angezeigt: Name oder Art.-Nr. tippen</numerusform>
        <numerusform>Die {shown} niedrigsten von über %n Artikeln angezeigt: Name oder Art.-Nr. tippen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>To store</source>
      <translation>An Filiale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Transfer</source>
      <translation>Umlagerung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer in</source>
      <translation>Umlagerung ein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer out</source>
      <translation>Umlagerung aus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer to another store</source>
      <translation>Umlagerung in andere Filiale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Typed</source>
      <translation>Erfasst</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance</source>
      <translation>Differenz</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance of {doc}: {differ} of %n product(s) differ · net {value} at retail price (F9 approves and posts)</source>
      <translation>
        <numerusform>Differenz {doc}: {differ} von %n Artikel weichen ab · netto {value} zu VK (F9 genehmigt und bucht)</numerusform>
        <numerusform>Differenz {doc}: {differ} von %n Artikeln weichen ab · netto {value} zu VK (F9 genehmigt und bucht)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance report saved: {path}</source>
      <translation>Differenzbericht gespeichert: {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Where else? · {product}</source>
      <translation>Wo sonst? · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle</source>
      <translation>Teil</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle count</source>
      <translation>Teilinventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>full</source>
      <translation>Voll</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>full count</source>
      <translation>Vollinventur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>list as low stock at or below this on-hand</source>
      <translation>knapp ab diesem Bestand oder weniger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>not on the notice</source>
      <translation>nicht im Avis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>one line per product: barcode or SKU, then the quantity</source>
      <translation>eine Zeile je Artikel: Barcode oder Art.-Nr., dann die Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>over</source>
      <translation>mehr</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>scan or type the barcode or SKU</source>
      <translation>Barcode oder Art.-Nr. scannen oder tippen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>short</source>
      <translation>weniger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>store code, e.g. LYO01</source>
      <translation>Filialcode, z. B. LYO01</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the supplier's delivery note number</source>
      <translation>Lieferscheinnummer des Lieferanten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the usual order quantity</source>
      <translation>die übliche Bestellmenge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>the {count} largest shown, all on the printed report (F10)</source>
      <translation>die {count} größten angezeigt, alle im Druckbericht (F10)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} approved by {approver}: %n correction(s) posted, net {value}</source>
      <translation>
        <numerusform>{doc} genehmigt von {approver}: %n Korrektur gebucht, netto {value}</numerusform>
        <numerusform>{doc} genehmigt von {approver}: %n Korrekturen gebucht, netto {value}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{doc} posted: %n product(s) into stock · {over} over, {short} short, {unexpected} not expected. Printing the report…</source>
      <translation>
        <numerusform>{doc} gebucht: %n Artikel eingelagert · {over} mehr, {short} weniger, {unexpected} nicht erwartet. Bericht wird gedruckt…</numerusform>
        <numerusform>{doc} gebucht: %n Artikel eingelagert · {over} mehr, {short} weniger, {unexpected} nicht erwartet. Bericht wird gedruckt…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc} sent to {store}: %n product(s) left the stock. {store} receives it through the hub</source>
      <translation>
        <numerusform>{doc} an {store} gesendet: %n Artikel ausgebucht. {store} erhält ihn über die Zentrale</numerusform>
        <numerusform>{doc} an {store} gesendet: %n Artikel ausgebucht. {store} erhält ihn über die Zentrale</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} started ({kind}). Scan the shelf; each scan is saved at once</source>
      <translation>{doc} begonnen ({kind}). Regal scannen; jeder Scan wird sofort gespeichert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning</source>
      <translation>{doc} · {kind} · Scannen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning · started on {station}, approved there</source>
      <translation>{doc} · {kind} · Scannen · begonnen an {station}, dort genehmigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}), approved by {approver}. On hand now {on_hand}</source>
      <translation>{doc}: {product} {quantity} ({reason}, {value}), genehmigt von {approver}. Bestand jetzt {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}). On hand now {on_hand}</source>
      <translation>{doc}: {product} {quantity} ({reason}, {value}). Bestand jetzt {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{product}: +{added} (counted so far {counted})</source>
      <translation>{product}: +{added} (bisher gezählt {counted})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received (not on the notice)</source>
      <translation>{product}: {received} erhalten (nicht im Avis)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received of {expected} expected</source>
      <translation>{product}: {received} von {expected} erwartet erhalten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (this store)</source>
      <translation>{store}  (diese Filiale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (warehouse)</source>
      <translation>{store}  (Lager)</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>%n rejected event(s) queued again</source>
      <translation>
        <numerusform>%n abgelehntes Ereignis erneut eingereiht</numerusform>
        <numerusform>%n abgelehnte Ereignisse erneut eingereiht</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Back to sale</source>
      <translation>Zum Verkauf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Created</source>
      <translation>Erstellt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Cursor</source>
      <translation>Cursor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Events waiting for the hub or rejected by it (oldest first)</source>
      <translation>Ereignisse, die auf die Zentrale warten oder abgelehnt wurden (älteste zuerst)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Feed items set aside (not applied)</source>
      <translation>Zurückgestellte Feed-Einträge (nicht angewendet)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Hub's answer / last error</source>
      <translation>Antwort der Zentrale / letzter Fehler</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Not connected to the hub: ask a manager. Sales are kept on this station until then.</source>
      <translation>Nicht mit der Zentrale verbunden: Filialleiter fragen. Verkäufe bleiben bis dahin an dieser Kasse.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Retry rejected</source>
      <translation>Abgelehnte erneut</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync now</source>
      <translation>Jetzt sync.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync with the hub</source>
      <translation>Abgleich mit der Zentrale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Syncing…</source>
      <translation>Abgleich läuft…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>This station is not registered at a hub: run `storedesk register --hub URL --token TOKEN` on this PC (the token comes from `storedesk-hub add-station`). Sales keep their events until then.</source>
      <translation>Diese Kasse ist bei keiner Zentrale registriert: auf diesem PC `storedesk register --hub URL --token TOKEN` ausführen (das Token kommt von `storedesk-hub add-station`). Verkäufe behalten ihre Ereignisse bis dahin.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Tries</source>
      <translation>Versuche</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Why it was set aside</source>
      <translation>Grund der Zurückstellung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>pending</source>
      <translation>wartend</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>rejected</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · offline · letzter Abgleich {last} · wartend {waiting} · abgelehnt {rejected}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected} · last error: {error}</source>
      <translation>{hub} · offline · letzter Abgleich {last} · wartend {waiting} · abgelehnt {rejected} · letzter Fehler: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · online · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · online · letzter Abgleich {last} · wartend {waiting} · abgelehnt {rejected}</translation>
    </message>
  </context>
</TS>
