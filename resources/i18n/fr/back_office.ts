<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Coins</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Counted</source>
      <translation>Compté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Notes</source>
      <translation>Billets</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Pieces</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>e.g. {amount}</source>
      <translation>ex. {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>pieces of {face}</source>
      <translation>nombre de {face}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>what the cash is for (required)</source>
      <translation>à quoi sert l'argent (obligatoire)</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>The database is not open yet</source>
      <translation>La base de données n'est pas encore ouverte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. Nothing was saved; tell the manager.</source>
      <translation>Erreur inattendue : {error}. Rien n'a été enregistré ; prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>Erreur inattendue : {error}. Ce qui a été fait avant l'erreur est enregistré : vérifiez-le avant de recommencer, et prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>{problem} What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>{problem} Ce qui a été fait avant l'erreur est enregistré : vérifiez-le avant de recommencer, et prévenez le responsable.</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Checking the journal…</source>
      <translation>Contrôle du journal…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Choose a closing first (↑ ↓).</source>
      <translation>Choisissez d'abord une clôture (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closed at</source>
      <translation>Clôturée le</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing</source>
      <translation>Clôture</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}</source>
      <translation>Clôture {closing}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}, duplicate no. {number}</source>
      <translation>Clôture {closing}, duplicata n° {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closings</source>
      <translation>Clôtures</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>F3 checks the journal: every entry's hash and signature.</source>
      <translation>F3 contrôle le journal : l'empreinte et la signature de chaque écriture.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Fiscal records</source>
      <translation>Registres fiscaux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Journal checked: no fault found.</source>
      <translation>Journal contrôlé : aucune anomalie.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} (Ctrl+P prints it again)</source>
      <translation>Dernier document : {paper}, enregistré sous {file} (Ctrl+P le réimprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} and printed on {printer}</source>
      <translation>Dernier document : {paper}, enregistré sous {file} et imprimé sur {printer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: X of shift {shift}</source>
      <translation>Dernier rapport : X de la session {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: Z {z}, a copy</source>
      <translation>Dernier rapport : Z {z}, duplicata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No closing yet: each day, month and year is closed once it has ended.</source>
      <translation>Aucune clôture pour l'instant : chaque jour, mois et année est clôturé une fois terminé.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z.</source>
      <translation>Aucun rapport sur cet écran : F8 fait un rapport X, F10 réimprime un Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Perpetual total</source>
      <translation>Grand total perpétuel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Saved: {paper}, {file}</source>
      <translation>Enregistré : {paper}, {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}, document {document}: {reason}</source>
      <translation>Le journal est en défaut à l'écriture {seq}, document {document} : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}: {reason}</source>
      <translation>Le journal est en défaut à l'écriture {seq} : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is being checked: its answer comes here.</source>
      <translation>Le journal est en cours de contrôle : le résultat s'affichera ici.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries, {signatures} signatures checked.</source>
      <translation>
        <numerusform>Le journal est intègre : %n écriture, {signatures} signatures contrôlées.</numerusform>
        <numerusform>Le journal est intègre : %n écritures, {signatures} signatures contrôlées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries.</source>
      <translation>
        <numerusform>Le journal est intègre : %n écriture.</numerusform>
        <numerusform>Le journal est intègre : %n écritures.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal was not checked: {reason}</source>
      <translation>Le journal n'a pas été contrôlé : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last receipt was printed again as a duplicate: {file}</source>
      <translation>Le dernier ticket a été réimprimé en duplicata : {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last return receipt was printed again as a duplicate: {file}</source>
      <translation>Le dernier ticket de retour a été réimprimé en duplicata : {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The list is up to date.</source>
      <translation>La liste est à jour.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The store's fiscal country has no closings: there are none to list.</source>
      <translation>Le pays fiscal du magasin ne prévoit pas de clôtures : aucune à afficher.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Year</source>
      <translation>Année</translation>
    </message>
  </context>
  <context>
    <name>login</name>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>A payment of {amount} was already taken on it and stays with the sale.</source>
      <translation>Un paiement de {amount} a déjà été encaissé et reste attaché à la vente.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Locked by {user}.</source>
      <translation>Verrouillée par {user}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Nobody is signed in: choose your own PIN when you sign in.</source>
      <translation>Personne n'est connecté : choisissez votre propre code à la connexion.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Opening the station…</source>
      <translation>Ouverture de la caisse…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>P  or  Enter</source>
      <translation>P  ou  Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>PIN</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Park it for {owner}</source>
      <translation>La mettre en attente pour {owner}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Sign in  (Enter)</source>
      <translation>Se connecter  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Take it over</source>
      <translation>La reprendre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} left a sale open on this till: {sale}.

Take it over: the sale becomes yours, and the takeover is recorded with both names.
Park it: {owner} recalls it with F9, and you start a new sale.</source>
      <translation>{owner} a laissé une vente ouverte sur cette caisse : {sale}.

La reprendre : la vente devient la vôtre, et la reprise est enregistrée avec les deux noms.
La mettre en attente : {owner} la rappelle avec F9, et vous commencez une nouvelle vente.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} locked this till with no sale open. Any user can sign in.</source>
      <translation>{owner} a verrouillé cette caisse sans vente ouverte. Tout utilisateur peut se connecter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is open</source>
      <translation>Vente de {owner} ouverte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is still open: {sale}. {owner} can sign in to go on with it, or a manager to take it over. Anyone else who signs in starts a new sale, and {owner}'s sale is parked for {owner}: F9 recalls it.</source>
      <translation>La vente de {owner} est encore ouverte : {sale}. {owner} peut se connecter pour la poursuivre, ou un responsable pour la reprendre. Toute autre personne qui se connecte commence une nouvelle vente, et la vente de {owner} est mise en attente pour {owner} : F9 la rappelle.</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>4 to 8 digits</source>
      <translation>4 à 8 chiffres</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A PIN for {name}</source>
      <translation>Un code pour {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A manager may do everything, so a manager's limits are fixed.</source>
      <translation>Un responsable peut tout faire : ses limites sont fixes.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A new PIN for {name}</source>
      <translation>Un nouveau code pour {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>A sale {name} left open is parked under their name: F9 at the counter recalls it. F8 enables {name} again, with the same PIN.</source>
      <translation>Une vente laissée ouverte par {name} est mise en attente à son nom : F9 à la caisse la rappelle. F8 réactive {name}, avec le même code.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Add a user</source>
      <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Added {name} ({username}) as {role}. They can sign in now.</source>
      <translation>{name} ({username}) ajouté comme {role}. Connexion possible dès maintenant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Any amount</source>
      <translation>Tout montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>As it appears on receipts and screens</source>
      <translation>Tel qu'il apparaît sur les tickets et les écrans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Auditor</source>
      <translation>Auditeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Annulé : rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change a price</source>
      <translation>Modifier un prix</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the language  (Enter)</source>
      <translation>Changer la langue  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the role  (Enter)</source>
      <translation>Changer le rôle  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Choose your own PIN</source>
      <translation>Choisissez votre code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Clerk</source>
      <translation>Caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}</source>
      <translation>Désactiver {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}?</source>
      <translation>Désactiver {name} ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disabled</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Empty: the store's refund limit</source>
      <translation>Vide : limite du magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}</source>
      <translation>Réactiver {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}?</source>
      <translation>Réactiver {name} ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>For example ana or j.smith</source>
      <translation>Par exemple ana ou j.martin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it.</source>
      <translation>Passez le clavier à {name} : {name} tape deux fois un nouveau code, 4 à 8 chiffres difficiles à deviner. Le code reste masqué : le responsable ne le voit pas.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it. If {name} is not here, type a one-time PIN and tick the box below: {name} then chooses their own PIN at the next sign-in.</source>
      <translation>Passez le clavier à {name} : {name} tape deux fois un nouveau code, 4 à 8 chiffres difficiles à deviner. Le code reste masqué : le responsable ne le voit pas. Si {name} n'est pas là, tapez un code provisoire et cochez la case ci-dessous : {name} choisira son code à la prochaine connexion.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest discount (%)</source>
      <translation>Remise max. (%)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest refund</source>
      <translation>Remboursement max.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Locked</source>
      <translation>Bloqué</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Manager</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN</source>
      <translation>Nouveau code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN again</source>
      <translation>Nouveau code, à nouveau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New role</source>
      <translation>Nouveau rôle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next  (Enter)</source>
      <translation>Suivant  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next, the new user types their own PIN twice.</source>
      <translation>Ensuite, le nouvel utilisateur tape deux fois son propre code.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No sale (open drawer)</source>
      <translation>Ouvrir le tiroir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>No, leave it  (Enter)</source>
      <translation>Non, laisser  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Not set (the till's or the store's)</source>
      <translation>Non définie (celle de la caisse ou du magasin)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Nothing was changed: change a limit first</source>
      <translation>Rien n'a été modifié : changez d'abord une limite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Open the drawer without a sale</source>
      <translation>Ouvrir le tiroir sans vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role limits</source>
      <translation>Limites par rôle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Save the limits  (Enter)</source>
      <translation>Enregistrer les limites  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Screen language</source>
      <translation>Langue des écrans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Select a user first (↑ ↓).</source>
      <translation>Sélectionnez d'abord un utilisateur (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Staff and role limits</source>
      <translation>Personnel et limites par rôle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Supervisor</source>
      <translation>Superviseur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The Manager screen is for managers: lock the till (Ctrl+L) and a manager signs in for it.</source>
      <translation>L'écran Responsable est réservé aux responsables : verrouillez la caisse (Ctrl+L) et un responsable se connecte.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The clerk limits are changed; they apply at once.</source>
      <translation>Les limites des caissiers sont modifiées ; elles s'appliquent tout de suite.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The limits are not shown yet: press F5 to list them again.</source>
      <translation>Les limites ne sont pas encore affichées : F5 les liste à nouveau.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The list is up to date.</source>
      <translation>La liste est à jour.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The role of {name}</source>
      <translation>Le rôle de {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The same PIN again</source>
      <translation>Le même code à nouveau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screen language of {name}</source>
      <translation>Langue des écrans de {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screens of {name} are already in {language}: choose another</source>
      <translation>Les écrans de {name} sont déjà en {language} : choisissez-en une autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The screens of {name} are in {language} from their next sign-in.</source>
      <translation>Les écrans de {name} seront en {language} dès sa prochaine connexion.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The store's limit</source>
      <translation>Limite du magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The supervisor limits are changed; they apply at once.</source>
      <translation>Les limites des superviseurs sont modifiées ; elles s'appliquent tout de suite.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The username {username} is taken by {name}; choose another</source>
      <translation>L'identifiant {username} est déjà pris par {name} ; choisissez-en un autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>This clears the lockout of {name} and their wrong PINs ({count}).</source>
      <translation>Cela lève le blocage de {name} et efface ses codes erronés ({count}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}</source>
      <translation>Débloquer {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}?</source>
      <translation>Débloquer {name} ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Username</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Void a line or a sale</source>
      <translation>Annuler ligne ou vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Welcome, {name}. You signed in with a one-time PIN: choose your own now and type it twice, 4 to 8 digits that are not easy to guess. No one else sees it.</source>
      <translation>Bienvenue, {name}. Vous vous êtes connecté avec un code provisoire : choisissez maintenant le vôtre et tapez-le deux fois, 4 à 8 chiffres difficiles à deviner. Personne d'autre ne le voit.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>What each role may do without a manager's PIN (F10 changes it):</source>
      <translation>Ce que chaque rôle peut faire sans le code d'un responsable (F10 pour modifier) :</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Wrong PINs</source>
      <translation>Codes erronés</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, disable {name}</source>
      <translation>Oui, désactiver {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, enable {name}</source>
      <translation>Oui, réactiver {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, unlock {name}</source>
      <translation>Oui, débloquer {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a clerk</source>
      <translation>caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a manager</source>
      <translation>responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a supervisor</source>
      <translation>superviseur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>an auditor</source>
      <translation>un auditeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{error}. Correct it, or press Esc.</source>
      <translation>{error}. Corrigez, ou appuyez sur Esc.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can no longer sign in.</source>
      <translation>{name} ne peut plus se connecter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in again.</source>
      <translation>{name} peut à nouveau se connecter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in at once.</source>
      <translation>{name} peut se connecter tout de suite.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} chooses their own PIN at the next sign-in  (F2)</source>
      <translation>{name} choisit son code à la prochaine connexion  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a new PIN and can sign in with it now.</source>
      <translation>{name} a un nouveau code et peut se connecter avec dès maintenant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a one-time PIN: they choose their own at the next sign-in.</source>
      <translation>{name} a un code provisoire : il choisira le sien à la prochaine connexion.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has no screen language of their own now: from their next sign-in, the till's or the store's.</source>
      <translation>{name} n'a plus de langue propre : dès sa prochaine connexion, celle de la caisse ou du magasin.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} has no screen language of their own yet: choose one</source>
      <translation>{name} n'a pas encore de langue propre : choisissez-en une</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already active.</source>
      <translation>{name} est déjà actif.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already disabled: F8 enables them again.</source>
      <translation>{name} est déjà désactivé : F8 le réactive.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in.</source>
      <translation>{name} est désactivé et ne peut plus se connecter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in. Their open sale was parked as {label}: F9 at the counter recalls it.</source>
      <translation>{name} est désactivé et ne peut plus se connecter. Sa vente ouverte a été mise en attente sous {label} : F9 à la caisse la rappelle.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is enabled and can sign in again.</source>
      <translation>{name} est réactivé et peut à nouveau se connecter.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is not locked and has no wrong PINs to clear.</source>
      <translation>{name} n'est pas bloqué et n'a aucun code erroné à effacer.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is now {role}.</source>
      <translation>{name} est maintenant {role}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is unlocked and can sign in now.</source>
      <translation>{name} est débloqué et peut se connecter dès maintenant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} is {role} now. Choose the new role with the arrow keys.</source>
      <translation>{name} est {role} actuellement. Choisissez le nouveau rôle avec les flèches.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} signs in with the PIN they had.</source>
      <translation>{name} se connecte avec son ancien code.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name}'s screens use the language chosen here from their next sign-in; receipts stay in the store's language.</source>
      <translation>Les écrans de {name} passent à la langue choisie ici dès sa prochaine connexion ; les tickets restent dans la langue du magasin.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{note} Press Y to go ahead; Enter or Esc leaves it as it is.</source>
      <translation>{note} Appuyez sur Y pour continuer ; Enter ou Esc laisse tel quel.</translation>
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
      <translation>Rouleau 80 mm</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>80 mm roll (F3)</source>
      <translation>Rouleau 80 mm (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet</source>
      <translation>Feuille A4</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet (F2)</source>
      <translation>Feuille A4 (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Choose a printer first (↑ ↓).</source>
      <translation>Choisissez d'abord une imprimante (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Enter prints the report on {printer}, on {paper}.</source>
      <translation>Enter imprime le rapport sur {printer}, sur {paper}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Look again</source>
      <translation>Chercher à nouveau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Looking for this computer's printers…</source>
      <translation>Recherche des imprimantes de cet ordinateur…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Next page</source>
      <translation>Page suivante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>No preview</source>
      <translation>Pas d'aperçu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Page {page} of {pages} · {file}</source>
      <translation>Page {page} sur {pages} · {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Paper</source>
      <translation>Papier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the preview…</source>
      <translation>Préparation de l'aperçu…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the report on {paper}…</source>
      <translation>Préparation du rapport sur {paper}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Previous page</source>
      <translation>Page précédente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print the report</source>
      <translation>Imprimer le rapport</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Printer (↑ ↓ to choose)</source>
      <translation>Imprimante (↑ ↓ pour choisir)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Still looking for this computer's printers: Enter again in a moment.</source>
      <translation>Recherche des imprimantes en cours : Enter à nouveau dans un instant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The report on {paper} is still being prepared: Enter again in a moment.</source>
      <translation>Le rapport sur {paper} est en préparation : Enter à nouveau dans un instant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This computer lists no printer: add one in the system's printer settings, then F5 looks again. Its PDF stays saved.</source>
      <translation>Cet ordinateur n'a aucune imprimante : ajoutez-en une dans les réglages d'impression du système, puis F5 cherche à nouveau. Son PDF reste enregistré.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This paper is printed on an A4 sheet only.</source>
      <translation>Ce document s'imprime sur une feuille A4 uniquement.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>X report of shift {shift} at {time}</source>
      <translation>Rapport X de la session {shift} à {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}</source>
      <translation>Clôture (Z) {z} de la session {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}, a copy</source>
      <translation>Clôture (Z) {z} de la session {shift}, duplicata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>an A4 sheet</source>
      <translation>une feuille A4</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>the 80 mm roll</source>
      <translation>le rouleau 80 mm</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer)</source>
      <translation>{printer} (imprimante par défaut)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer, offline)</source>
      <translation>{printer} (imprimante par défaut, hors ligne)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (offline)</source>
      <translation>{printer} (hors ligne)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (printing)</source>
      <translation>{printer} (impression en cours)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} is offline (stopped, or in error): check that it is on and has paper, then F5 looks again; or choose another printer. Its PDF stays saved.</source>
      <translation>{printer} est hors ligne (arrêtée ou en erreur) : vérifiez qu'elle est allumée et a du papier, puis F5 cherche à nouveau ; ou choisissez une autre imprimante. Son PDF reste enregistré.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer}, the printer chosen last time, is not among this computer's printers any more: choose another one, or F5 looks again. Its PDF stays saved.</source>
      <translation>{printer}, l'imprimante choisie la dernière fois, ne fait plus partie des imprimantes de cet ordinateur : choisissez-en une autre, ou F5 cherche à nouveau. Son PDF reste enregistré.</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>'{text}' is not a Z number</source>
      <translation>« {text} » n'est pas un numéro de Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Cash sales (net of change)</source>
      <translation>+ Ventes en espèces (rendu déduit)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Paid in</source>
      <translation>+ Apports</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>= Expected in the drawer</source>
      <translation>= Attendu en caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A clerk counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>Un caissier compte à l'aveugle : les chiffres sont masqués. Le rapport X (F8) demande {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A supervisor counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>Un superviseur compte à l'aveugle : les chiffres sont masqués. Le rapport X (F8) demande {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Asking the hub…</source>
      <translation>Interrogation du serveur central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>But the drawer did not open: {reason}</source>
      <translation>Mais le tiroir ne s'est pas ouvert : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card terminal total</source>
      <translation>Total du TPE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card: expected / counted</source>
      <translation>Carte : attendu / compté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash put into the drawer; the drawer opens</source>
      <translation>Espèces mises dans le tiroir ; le tiroir s'ouvre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash taken out of the drawer; the drawer opens. Keep the receipt for it</source>
      <translation>Espèces retirées du tiroir ; le tiroir s'ouvre. Gardez le justificatif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Counted {counted}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>Clôturer la session {number} ? Compté {counted}. F9 à nouveau la clôture et fait le Z ; Esc revient au comptage.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Expected {expected}, counted {counted}, difference {difference}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>Clôturer la session {number} ? Attendu {expected}, compté {counted}, écart {difference}. F9 à nouveau la clôture et fait le Z ; Esc revient au comptage.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Closing count: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F9 closes the shift and makes the Z.</source>
      <translation>Comptage de clôture : tapez le nombre de billets et de pièces de chaque valeur dans le tiroir (Enter : champ suivant ; vide vaut 0), puis F9 clôture la session et fait le Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Counted</source>
      <translation>Compté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Difference</source>
      <translation>Écart</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Empty: the last Z. A reprint is a numbered duplicate</source>
      <translation>Vide : le dernier Z. Une réimpression est un duplicata numéroté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: X of shift {shift} at {time}</source>
      <translation>Dernier rapport : X de la session {shift} à {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z} (shift {shift})</source>
      <translation>Dernier rapport : Z {z} (session {shift})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z}, reprinted as duplicate no. {number}</source>
      <translation>Dernier rapport : Z {z}, réimprimé en duplicata n° {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Last report: none yet</source>
      <translation>Dernier rapport : aucun pour l'instant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No printer set up: open the drawer by hand.</source>
      <translation>Aucune imprimante configurée : ouvrez le tiroir à la main.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z</source>
      <translation>Pas encore de rapport sur cet écran : F8 fait un rapport X, F10 réimprime un Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale</source>
      <translation>Ouverture tiroir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale recorded ({doc}).</source>
      <translation>Ouverture du tiroir enregistrée ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift is open: count the float and press F2 first</source>
      <translation>Aucune session ouverte : comptez le fond de caisse et appuyez d'abord sur F2</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift open</source>
      <translation>Aucune session ouverte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Not closed. Go on counting; F9 closes the shift.</source>
      <translation>Non clôturée. Continuez le comptage ; F9 clôture la session.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Opening float</source>
      <translation>Fond de caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opening float: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F2 opens the shift.</source>
      <translation>Fond de caisse : tapez le nombre de billets et de pièces de chaque valeur dans le tiroir (Enter : champ suivant ; vide vaut 0), puis F2 ouvre la session.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opens the drawer without a sale; counted on the X and Z reports</source>
      <translation>Ouvre le tiroir sans vente ; compté sur les rapports X et Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in</source>
      <translation>Apport</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in {amount} recorded ({doc}).</source>
      <translation>Apport de {amount} enregistré ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out</source>
      <translation>Retrait</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out {amount} recorded ({doc}).</source>
      <translation>Retrait de {amount} enregistré ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reprint a Z report</source>
      <translation>Réimprimer une clôture (Z)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Sales</source>
      <translation>Ventes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Sending {file} to the printer {printer}, on {paper}. You can go on meanwhile.</source>
      <translation>Envoi de {file} à l'imprimante {printer}, sur {paper}. Vous pouvez continuer en attendant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift &amp; reports</source>
      <translation>Caisse et rapports</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} is already open</source>
      <translation>La session {number} est déjà ouverte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} open since {since} · opened by {user} · float {amount}</source>
      <translation>Session {number} ouverte depuis {since} · par {user} · fond {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} opened with a float of {amount}</source>
      <translation>Session {number} ouverte avec un fond de caisse de {amount}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} closed: Z {z}, %n sale(s), {total}; cash {verdict} {difference}.</source>
      <translation>
        <numerusform>Session {shift} clôturée : Z {z}, %n vente, {total} ; espèces {verdict} {difference}.</numerusform>
        <numerusform>Session {shift} clôturée : Z {z}, %n ventes, {total} ; espèces {verdict} {difference}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} so far (X)</source>
      <translation>Session {shift} jusqu'ici (X)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store today (all stations, hub): %n sale(s), {gross} incl. VAT {tax}; {tenders}; {z} Z, cash difference {difference}</source>
      <translation>
        <numerusform>Magasin aujourd'hui (toutes les caisses, central) : %n vente, {gross} dont TVA {tax} ; {tenders} ; {z} Z, écart espèces {difference}</numerusform>
        <numerusform>Magasin aujourd'hui (toutes les caisses, central) : %n ventes, {gross} dont TVA {tax} ; {tenders} ; {z} Z, écart espèces {difference}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store-wide figures need the hub: {reason}</source>
      <translation>Les chiffres du magasin demandent le serveur central : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>The drawer opened.</source>
      <translation>Le tiroir s'est ouvert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The printer {printer} took {file}: {said}.</source>
      <translation>L'imprimante {printer} a pris {file} : {said}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>This shift so far</source>
      <translation>Cette session jusqu'ici</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>X report saved (nothing reset): {file} (Ctrl+P prints it)</source>
      <translation>Rapport X enregistré (rien n'est remis à zéro) : {file} (Ctrl+P l'imprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z number</source>
      <translation>Numéro de Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z} reprint saved as duplicate no. {number}: {file} (Ctrl+P prints it)</source>
      <translation>Réimpression du Z {z} enregistrée en duplicata n° {number} : {file} (Ctrl+P l'imprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z}: shift {shift}, closed {time}</source>
      <translation>Z {z} : session {shift}, clôturée à {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>as expected</source>
      <translation>comme attendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>exact</source>
      <translation>juste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>no tenders</source>
      <translation>aucun moyen de paiement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>over</source>
      <translation>excédent</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>short</source>
      <translation>manquant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>the card terminal's total; empty: as expected</source>
      <translation>vide : comme attendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{closed} Z saved: {file} (Ctrl+P prints it)</source>
      <translation>{closed} Z enregistré : {file} (Ctrl+P l'imprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{difference} ({verdict})</source>
      <translation>{difference} ({verdict})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{file} was not printed. {reason}</source>
      <translation>{file} n'a pas été imprimé. {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>− Paid out</source>
      <translation>− Retraits</translation>
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Last try: {error}</source>
      <translation>Dernier essai : {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Receipts not written: {count}</source>
      <translation>Tickets non écrits : {count}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n label(s) saved: {path}</source>
      <translation>
        <numerusform>%n étiquette enregistrée : {path}</numerusform>
        <numerusform>%n étiquettes enregistrées : {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>%n late scan(s) (after closing) kept, not posted</source>
      <translation>
        <numerusform>%n scan tardif (après clôture) gardé, non comptabilisé</numerusform>
        <numerusform>%n scans tardifs (après clôture) gardés, non comptabilisés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) low, {negative} negative. F8 goes back</source>
      <translation>
        <numerusform>%n produit en stock bas, {negative} négatifs. F8 pour revenir</numerusform>
        <numerusform>%n produits en stock bas, {negative} négatifs. F8 pour revenir</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) shown</source>
      <translation>
        <numerusform>%n produit affiché</numerusform>
        <numerusform>%n produits affichés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>(no product selected)</source>
      <translation>(aucun produit sélectionné)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ASN (hub)</source>
      <translation>Avis d'expédition (central)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Added</source>
      <translation>Ajouté</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Also in %n warehouse(s): delivery only</source>
      <translation>
        <numerusform>Aussi dans %n entrepôt : livraison uniquement</numerusform>
        <numerusform>Aussi dans %n entrepôts : livraison uniquement</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Asking the hub…</source>
      <translation>Interrogation du serveur central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Choose a delivery first</source>
      <translation>Choisissez d'abord une livraison</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Close  (Esc)</source>
      <translation>Fermer  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Copies each</source>
      <translation>Exemplaires de chaque</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count</source>
      <translation>Comptage</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count cancelled: nothing was posted</source>
      <translation>Comptage annulé : rien n'a été comptabilisé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Count correction</source>
      <translation>Correction d'inventaire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted</source>
      <translation>Compté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted so far</source>
      <translation>Compté jusqu'ici</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter saves; the items are then received by scanning</source>
      <translation>Ctrl+Enter enregistre ; les articles sont ensuite reçus en les scannant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter sends: the stock leaves now; the other store receives it by scanning</source>
      <translation>Ctrl+Enter envoie : le stock sort maintenant ; l'autre magasin le reçoit en scannant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Delivery saved: scan the items as they arrive</source>
      <translation>Livraison enregistrée : scannez les articles à leur arrivée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected</source>
      <translation>Attendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected = on-hand when each product's first unit was counted</source>
      <translation>Attendu = stock au moment où la première unité de chaque produit a été comptée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected delivery (typed in)</source>
      <translation>Livraison attendue (saisie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected lines</source>
      <translation>Lignes attendues</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>F1-F6 choose the reason. Large adjustments need a manager's PIN</source>
      <translation>F1-F6 choisissent le motif. Les gros ajustements demandent le code d'un responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Find by name or SKU (empty: lowest stock first)</source>
      <translation>Chercher par nom ou référence (vide : stock le plus bas d'abord)</translation>
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
        <numerusform>En stock dans %n autre magasin : le plus à {store}</numerusform>
        <numerusform>En stock dans %n autres magasins : le plus à {store}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Lines</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Low stock (at or below the reorder point)</source>
      <translation>Stock bas (au seuil de commande ou en dessous)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of the selected product (newest first)</source>
      <translation>Mouvements du produit sélectionné (les plus récents d'abord)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of {product} ({sku}), newest first</source>
      <translation>Mouvements de {product} ({sku}), les plus récents d'abord</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Negative stock (sold more than the ledger holds)</source>
      <translation>Stock négatif (plus vendu que le stock enregistré)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No count selected: F2 starts a cycle count, F3 a full count</source>
      <translation>Aucun comptage choisi : F2 lance un comptage tournant, F3 un inventaire complet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery chosen: F2 types one in</source>
      <translation>Aucune livraison choisie : F2 pour en saisir une</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery expected: F2 types one in</source>
      <translation>Aucune livraison attendue : F2 pour en saisir une</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No open count: F2 starts a cycle count, F3 a full count</source>
      <translation>Aucun comptage ouvert : F2 lance un comptage tournant, F3 un inventaire complet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock</source>
      <translation>Aucun autre magasin ne l'a en stock</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock; %n warehouse(s) can deliver it</source>
      <translation>
        <numerusform>Aucun autre magasin ne l'a en stock ; %n entrepôt peut le livrer</numerusform>
        <numerusform>Aucun autre magasin ne l'a en stock ; %n entrepôts peuvent le livrer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>No product matches</source>
      <translation>Aucun produit ne correspond</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>On hand</source>
      <translation>En stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Opening stock</source>
      <translation>Stock initial</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Over / short</source>
      <translation>Excédent / manque</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Pickup</source>
      <translation>Retrait commande</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Post a delivery first: its report is printed then</source>
      <translation>Validez d'abord une livraison : son rapport s'imprime alors</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for every price change received: %n waiting  (C)</source>
      <translation>
        <numerusform>Étiquettes de prix pour chaque changement de prix reçu : %n en attente  (C)</numerusform>
        <numerusform>Étiquettes de prix pour chaque changement de prix reçu : %n en attente  (C)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for {product}  (P)</source>
      <translation>Étiquettes de prix pour {product}  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Products</source>
      <translation>Produits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving</source>
      <translation>Réception</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving report saved: {path}</source>
      <translation>Rapport de réception enregistré : {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point</source>
      <translation>Seuil de commande</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Reorder point of {sku} saved</source>
      <translation>Seuil de commande de {sku} enregistré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point · {product}</source>
      <translation>Seuil de commande · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder quantity</source>
      <translation>Quantité à commander</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Return</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>SKU</source>
      <translation>Réf.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Scan each item received (6*code for a case of six, -1*code takes one back)</source>
      <translation>Scannez chaque article reçu (6*code pour un carton de six, -1*code en retire un)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scan what is on the shelf (5*code for five, 0*code when none is there)</source>
      <translation>Scannez ce qui est en rayon (5*code pour cinq, 0*code s'il n'y en a aucun)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scans</source>
      <translation>Scans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Select a product first (type its name or SKU)</source>
      <translation>Sélectionnez d'abord un produit (tapez son nom ou sa référence)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shelf labels for {product}  (S)</source>
      <translation>Étiquettes de rayon pour {product}  (S)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shipped to customer</source>
      <translation>Expédié au client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Source</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Start a count first (F2 cycle, F3 full)</source>
      <translation>Lancez d'abord un comptage (F2 tournant, F3 complet)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Started</source>
      <translation>Commencé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Station</source>
      <translation>Caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Stock adjustment</source>
      <translation>Ajustement de stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Stock count</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Store</source>
      <translation>Magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Suggested order</source>
      <translation>Commande suggérée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Supplier</source>
      <translation>Fournisseur</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>Les {shown} plus bas sur %n produit affichés : tapez un nom ou une référence</numerusform>
        <numerusform>Les {shown} plus bas sur %n produits affichés : tapez un nom ou une référence</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of more than %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>Les {shown} plus bas sur plus de %n produit affichés : tapez un nom ou une référence</numerusform>
        <numerusform>Les {shown} plus bas sur plus de %n produits affichés : tapez un nom ou une référence</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>To store</source>
      <translation>Vers le magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Transfer</source>
      <translation>Transfert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer in</source>
      <translation>Transfert entrant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer out</source>
      <translation>Transfert sortant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer to another store</source>
      <translation>Transfert vers un autre magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Typed</source>
      <translation>Saisie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance</source>
      <translation>Écart</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance of {doc}: {differ} of %n product(s) differ · net {value} at retail price (F9 approves and posts)</source>
      <translation>
        <numerusform>Écart de {doc} : {differ} sur %n produit diffèrent · net {value} au prix de vente (F9 valide et comptabilise)</numerusform>
        <numerusform>Écart de {doc} : {differ} sur %n produits diffèrent · net {value} au prix de vente (F9 valide et comptabilise)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance report saved: {path}</source>
      <translation>Rapport d'écarts enregistré : {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Where else? · {product}</source>
      <translation>Où ailleurs ? · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle</source>
      <translation>tournant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle count</source>
      <translation>comptage tournant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>full</source>
      <translation>complet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>full count</source>
      <translation>inventaire complet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>list as low stock at or below this on-hand</source>
      <translation>stock bas à ce niveau ou moins</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>not on the notice</source>
      <translation>hors avis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>one line per product: barcode or SKU, then the quantity</source>
      <translation>une ligne par produit : code-barres ou référence, puis la quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>over</source>
      <translation>excédent</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>scan or type the barcode or SKU</source>
      <translation>scannez ou tapez le code-barres ou la référence</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>short</source>
      <translation>manque</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>store code, e.g. LYO01</source>
      <translation>code magasin, ex. LYO01</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the supplier's delivery note number</source>
      <translation>n° du bon de livraison</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the usual order quantity</source>
      <translation>la quantité habituelle commandée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>the {count} largest shown, all on the printed report (F10)</source>
      <translation>les {count} plus grands affichés, tous sur le rapport imprimé (F10)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} approved by {approver}: %n correction(s) posted, net {value}</source>
      <translation>
        <numerusform>{doc} validé par {approver} : %n correction comptabilisée, net {value}</numerusform>
        <numerusform>{doc} validé par {approver} : %n corrections comptabilisées, net {value}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{doc} posted: %n product(s) into stock · {over} over, {short} short, {unexpected} not expected. Printing the report…</source>
      <translation>
        <numerusform>{doc} validée : %n produit entré en stock · {over} en excédent, {short} manquants, {unexpected} non attendus. Impression du rapport…</numerusform>
        <numerusform>{doc} validée : %n produits entrés en stock · {over} en excédent, {short} manquants, {unexpected} non attendus. Impression du rapport…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc} sent to {store}: %n product(s) left the stock. {store} receives it through the hub</source>
      <translation>
        <numerusform>{doc} envoyé à {store} : %n produit est sorti du stock. {store} le reçoit via le central</numerusform>
        <numerusform>{doc} envoyé à {store} : %n produits sont sortis du stock. {store} le reçoit via le central</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} started ({kind}). Scan the shelf; each scan is saved at once</source>
      <translation>{doc} commencé ({kind}). Scannez le rayon ; chaque scan est enregistré aussitôt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning</source>
      <translation>{doc} · {kind} · scan en cours</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning · started on {station}, approved there</source>
      <translation>{doc} · {kind} · scan en cours · commencé sur {station}, validé là-bas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}), approved by {approver}. On hand now {on_hand}</source>
      <translation>{doc} : {product} {quantity} ({reason}, {value}), validé par {approver}. Stock maintenant {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}). On hand now {on_hand}</source>
      <translation>{doc} : {product} {quantity} ({reason}, {value}). Stock maintenant {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{product}: +{added} (counted so far {counted})</source>
      <translation>{product} : +{added} (compté jusqu'ici {counted})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received (not on the notice)</source>
      <translation>{product} : {received} reçu(s) (hors avis)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received of {expected} expected</source>
      <translation>{product} : {received} reçu(s) sur {expected} attendu(s)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (this store)</source>
      <translation>{store}  (ce magasin)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (warehouse)</source>
      <translation>{store}  (entrepôt)</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>%n rejected event(s) queued again</source>
      <translation>
        <numerusform>%n événement refusé remis en file</numerusform>
        <numerusform>%n événements refusés remis en file</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Back to sale</source>
      <translation>Retour à la vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Cursor</source>
      <translation>Curseur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Events waiting for the hub or rejected by it (oldest first)</source>
      <translation>Événements en attente du serveur central ou refusés par lui (les plus anciens d'abord)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Feed items set aside (not applied)</source>
      <translation>Éléments du flux mis de côté (non appliqués)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Hub's answer / last error</source>
      <translation>Réponse du central / dernière erreur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Not connected to the hub: ask a manager. Sales are kept on this station until then.</source>
      <translation>Pas de connexion au serveur central : demandez à un responsable. Les ventes restent sur cette caisse en attendant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Retry rejected</source>
      <translation>Renvoyer les refusés</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync now</source>
      <translation>Synchroniser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync with the hub</source>
      <translation>Synchronisation avec le central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Syncing…</source>
      <translation>Synchronisation…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>This station is not registered at a hub: run `storedesk register --hub URL --token TOKEN` on this PC (the token comes from `storedesk-hub add-station`). Sales keep their events until then.</source>
      <translation>Cette caisse n'est inscrite auprès d'aucun serveur central : lancez `storedesk register --hub URL --token TOKEN` sur ce PC (le jeton vient de `storedesk-hub add-station`). Les ventes gardent leurs événements en attendant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Tries</source>
      <translation>Essais</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Why it was set aside</source>
      <translation>Pourquoi il a été mis de côté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>pending</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>rejected</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · hors ligne · dernière synchro {last} · en attente {waiting} · refusés {rejected}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected} · last error: {error}</source>
      <translation>{hub} · hors ligne · dernière synchro {last} · en attente {waiting} · refusés {rejected} · dernière erreur : {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · online · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · en ligne · dernière synchro {last} · en attente {waiting} · refusés {rejected}</translation>
    </message>
  </context>
</TS>
