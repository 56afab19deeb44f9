<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Add to the sale</source>
      <translation>Ajouter à la vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Address line 2</source>
      <translation>Complément d'adresse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub where it is available…</source>
      <translation>Recherche de la disponibilité auprès du serveur central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub…</source>
      <translation>Interrogation du serveur central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Choose how the customer gets it, then Add to the sale</source>
      <translation>Choisissez comment le client le reçoit, puis Ajouter à la vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect at another store</source>
      <translation>Retrait dans un autre magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect here</source>
      <translation>Retrait ici</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Country (FR, DE…)</source>
      <translation>Pays (FR, DE…)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Deliver home</source>
      <translation>Livraison à domicile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Delivered home: {quantity} available</source>
      <translation>Livraison à domicile : {quantity} disponible(s)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Order for the customer</source>
      <translation>Commander pour le client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Postcode</source>
      <translation>Code postal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Scan or type the product, then Enter</source>
      <translation>Scannez ou saisissez l'article, puis Entrée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Street</source>
      <translation>Rue et numéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Where is it?</source>
      <translation>Où est-il ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{code} {name}: {quantity} available</source>
      <translation>{code} {name} : {quantity} disponible(s)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{name} is available nowhere in the chain</source>
      <translation>{name} n'est disponible nulle part dans l'enseigne</translation>
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
        <numerusform>%n client trouvé</numerusform>
        <numerusform>%n clients trouvés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attach  (Enter)</source>
      <translation>Associer  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attached: {name}, card {card}</source>
      <translation>Client associé : {name}, carte {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Create and attach  (F3)</source>
      <translation>Créer et associer  (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Creating the customer at the hub...</source>
      <translation>Création du client au siège...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer of this sale</source>
      <translation>Client de cette vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: erased at the hub (the sale keeps their prices)</source>
      <translation>Client : effacé au siège (la vente garde ses prix)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: {name} · card {card}</source>
      <translation>Client : {name} · carte {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customers found</source>
      <translation>Clients trouvés</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Detach  (F4)</source>
      <translation>Dissocier  (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find a customer</source>
      <translation>Chercher un client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find the customer first, or create them</source>
      <translation>Cherchez d'abord le client, ou créez-le</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Looking for the customer...</source>
      <translation>Recherche du client...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>New customer</source>
      <translation>Nouveau client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The customer agrees to be contacted</source>
      <translation>Le client accepte d'être contacté</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The hub cannot be reached: %n customer(s) found among this station's recent customers</source>
      <translation>
        <numerusform>Siège injoignable : %n client trouvé parmi les clients récents de cette caisse</numerusform>
        <numerusform>Siège injoignable : %n clients trouvés parmi les clients récents de cette caisse</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Type the customer's name</source>
      <translation>Saisissez le nom du client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>phone, email, name or scan the card, then Enter</source>
      <translation>téléphone, e-mail, nom ou scannez la carte, puis Entrée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>scan a new card, or leave empty: the hub issues one</source>
      <translation>scannez une carte neuve, ou laissez vide : le siège en attribue une</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card}</source>
      <translation>{name} · carte {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card} · {contact}</source>
      <translation>{name} · carte {card} · {contact}</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A clerk can authorise it too.</source>
      <translation>Un caissier peut aussi l'autoriser.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A supervisor can authorise it too.</source>
      <translation>Un superviseur peut aussi l'autoriser.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Amount  (A)</source>
      <translation>Montant  (A)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Apply to</source>
      <translation>Appliquer à</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>As</source>
      <translation>En</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Cancel  (Esc)</source>
      <translation>Annuler  (Échap)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk</source>
      <translation>Caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk approval</source>
      <translation>Accord du caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Discount</source>
      <translation>Remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager approval</source>
      <translation>Accord du responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>New quantity</source>
      <translation>Nouvelle quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>No, correct it  (Enter)</source>
      <translation>Non, corriger  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>OK  (Enter)</source>
      <translation>Valider  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>PIN</source>
      <translation>Code PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Percent %  (P)</source>
      <translation>Pourcentage %  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Selected line  (L)</source>
      <translation>Ligne choisie  (L)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor</source>
      <translation>Superviseur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor approval</source>
      <translation>Accord du superviseur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Type the quantity and Enter</source>
      <translation>Tapez la quantité puis Entrée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Whole sale  (B)</source>
      <translation>Toute la vente  (B)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Yes, it is right  (Y)</source>
      <translation>Oui, c'est juste  (Y)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>e.g. 10 for 10 %, 0 removes the discount</source>
      <translation>ex. 10 pour 10 %, 0 retire la remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>manager's user name</source>
      <translation>identifiant du responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a clerk or a manager</source>
      <translation>caissier ou responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a supervisor or a manager</source>
      <translation>superviseur ou responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>{error}: correct it, or Esc</source>
      <translation>{error} : corrigez, ou Échap</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>A gift card bears no VAT: VAT is due on what it buys</source>
      <translation>Une carte cadeau n'est pas soumise à la TVA : la TVA est due sur ce qu'elle paie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Add to sale  (Enter)</source>
      <translation>Ajouter à la vente  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Asking the hub...</source>
      <translation>Interrogation du serveur central...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Card code</source>
      <translation>Code de la carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Check  (Enter)</source>
      <translation>Vérifier  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card balance</source>
      <translation>Solde de carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card {code}: {balance} left. F2 reloads it</source>
      <translation>Carte cadeau {code} : reste {balance}. F2 pour recharger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload  (F2)</source>
      <translation>Recharger  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload a gift card</source>
      <translation>Recharger une carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Scan the gift card first</source>
      <translation>Scannez d'abord la carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Sell a gift card</source>
      <translation>Vendre une carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>amount, at most {most}</source>
      <translation>montant, au plus {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card</source>
      <translation>scannez la carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card, then Enter</source>
      <translation>scannez la carte, puis Entrée</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Accept + pick list</source>
      <translation>Accepter + liste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Acknowledge</source>
      <translation>Acquitter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Add user</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Adjust</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>All lines</source>
      <translation>Tout</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Approve &amp;&amp; post</source>
      <translation>Valider</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back to sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Cancel count</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Change role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Check journal</source>
      <translation>Contrôler journal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Close shift (Z)</source>
      <translation>Clôture (Z)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Complete</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Condition</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Count</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Disable</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Discount</source>
      <translation>Remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Enable</source>
      <translation>Activer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exact cash</source>
      <translation>Espèces exact</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exchange</source>
      <translation>Échange</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Find order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Fiscal records</source>
      <translation>Registres fiscaux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Flags</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Gift card</source>
      <translation>Carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Hand over</source>
      <translation>Remettre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Labels</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Lock</source>
      <translation>Verrouiller</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Low / negative</source>
      <translation>Bas / négatif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Manager</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New cycle count</source>
      <translation>Inv. tournant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New full count</source>
      <translation>Inv. complet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New return</source>
      <translation>Nouveau retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next delivery</source>
      <translation>Livr. suivante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next open count</source>
      <translation>Inv. suivant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No receipt</source>
      <translation>Sans ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No sale</source>
      <translation>Ouvrir tiroir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One less</source>
      <translation>Un de moins</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One more</source>
      <translation>Un de plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Open shift</source>
      <translation>Ouvrir caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Order</source>
      <translation>Commander</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pack + labels</source>
      <translation>Emballer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid in</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid out</source>
      <translation>Sortie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Park / recall</source>
      <translation>Attente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Payment</source>
      <translation>Encaisser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pickup</source>
      <translation>Retrait</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Post receipt</source>
      <translation>Valider</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print closing</source>
      <translation>Imprimer clôture</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print last report</source>
      <translation>Réimprimer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print pick list</source>
      <translation>Liste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print variance</source>
      <translation>Écarts</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ready</source>
      <translation>Prêt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Receive</source>
      <translation>Réception</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reject line</source>
      <translation>Refuser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reorder point</source>
      <translation>Seuil</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint</source>
      <translation>Réimprimer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint Z</source>
      <translation>Réimpr. Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint receipt</source>
      <translation>Réimprimer ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint return</source>
      <translation>Réimprimer retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reset PIN</source>
      <translation>Nouveau PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Return to shelf</source>
      <translation>En rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Returns</source>
      <translation>Retours</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Role limits</source>
      <translation>Limites</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Scan item</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Search</source>
      <translation>Chercher</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>See and print</source>
      <translation>Voir, imprimer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Shift</source>
      <translation>Caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ship</source>
      <translation>Expédier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Store day (hub)</source>
      <translation>Journée (hub)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sync</source>
      <translation>Synchro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>To credit</source>
      <translation>En avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Transfer out</source>
      <translation>Transfert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Type a delivery</source>
      <translation>Saisir livr.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Unlock</source>
      <translation>Débloquer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Variance (manager)</source>
      <translation>Écarts (gérant)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Void line</source>
      <translation>Annuler ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Where else?</source>
      <translation>Ailleurs ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>X report</source>
      <translation>Rapport X</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Cancelled: nothing was changed</source>
      <translation>Annulé : rien n'a été modifié</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Sign in first</source>
      <translation>Connectez-vous d'abord</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>%n point(s) taken for {amount}; {balance} left</source>
      <translation>
        <numerusform>%n point pris pour {amount} ; reste {balance}</numerusform>
        <numerusform>%n points pris pour {amount} ; reste {balance}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A card cannot pay more than what is left; cards give no change</source>
      <translation>La carte ne paie pas plus que le reste dû ; pas de rendu sur carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A gift card pays at most what is left; it gives no change</source>
      <translation>Une carte cadeau paie au plus le reste dû ; elle ne rend pas la monnaie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A voucher pays at most what is left; it gives no change</source>
      <translation>Un avoir paie au plus le reste dû ; il ne rend pas de monnaie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the customer's points...</source>
      <translation>Demande des points du client au siège...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the gift card's balance...</source>
      <translation>Demande du solde de la carte cadeau au serveur central...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for {amount} from voucher {code}...</source>
      <translation>Demande au serveur : {amount} sur l'avoir {code}...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Back (Esc)</source>
      <translation>Retour (Échap)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card  (F6)</source>
      <translation>Carte  (F6)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card approval</source>
      <translation>N° d'autorisation</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash  (Enter)</source>
      <translation>Espèces  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Change to give: {amount}</source>
      <translation>Rendu : {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Check the cash amount</source>
      <translation>Vérifiez le montant en espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Enter the card terminal's approval code, then F6</source>
      <translation>Saisissez le n° d'autorisation du TPE, puis F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exact {amount}</source>
      <translation>Exact {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exchange</source>
      <translation>Échange</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card</source>
      <translation>Carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card  (F8)</source>
      <translation>Carte cadeau  (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card {code}: {amount} taken, {balance} left on it</source>
      <translation>Carte cadeau {code} : {amount} encaissé, reste {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Is that really the amount the customer handed over?</source>
      <translation>Est-ce bien le montant donné par le client ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}</source>
      <translation>Reste : {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}   (in cash: {cash})</source>
      <translation>Reste : {amount}   (en espèces : {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Payment</source>
      <translation>Encaissement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points</source>
      <translation>Points fidélité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points  (F9)</source>
      <translation>Points  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points pay at most what is left; they give no change</source>
      <translation>Les points paient au plus le reste dû ; ils ne rendent pas de monnaie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Remove last (Del)</source>
      <translation>Retirer dernier (Suppr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Saving the payment of {amount}…</source>
      <translation>Enregistrement du paiement de {amount}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the gift card's code, then F8</source>
      <translation>Scannez ou tapez le code de la carte cadeau, puis F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the voucher code, then F7</source>
      <translation>Scannez ou tapez le code de l'avoir, puis F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>To pay {amount}</source>
      <translation>À payer {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher</source>
      <translation>Avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher  (F7)</source>
      <translation>Avoir  (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher {code}: {amount} taken, {balance} left on it</source>
      <translation>Avoir {code} : {amount} utilisés, reste {balance}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>amount handed over</source>
      <translation>montant donné</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>card terminal approval code</source>
      <translation>n° d'autorisation du TPE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>gift card code (scan or type), then F8</source>
      <translation>code de carte cadeau (scan ou saisie), puis F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>store credit voucher code (scan or type), then F7</source>
      <translation>code de l'avoir (scanner ou taper), puis F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{amount} not taken: type the amount handed over</source>
      <translation>{amount} non pris : tapez le montant donné</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tendered} in cash for {due}?</source>
      <translation>{tendered} en espèces pour {due} ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}</source>
      <translation>{tender}  {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}  ref {reference}</source>
      <translation>{tender}  {amount}  réf. {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added</source>
      <translation>{tender} {amount} ajouté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added and saved</source>
      <translation>{tender} {amount} ajouté et enregistré</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>%n coupon(s): {codes}</source>
      <translation>
        <numerusform>%n coupon : {codes}</numerusform>
        <numerusform>%n coupons : {codes}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n ligne</numerusform>
        <numerusform>%n lignes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>%n product(s) found</source>
      <translation>
        <numerusform>%n produit trouvé</numerusform>
        <numerusform>%n produits trouvés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>+ VAT {amount}</source>
      <translation>+ TVA {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>A payment is already taken on this sale: F10 or F12 completes it first</source>
      <translation>Un paiement est déjà pris sur cette vente : terminez-la d'abord (F10 ou F12)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>A sale of {total}?</source>
      <translation>Une vente de {total} ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Card {amount}</source>
      <translation>Carte {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Cash {amount}</source>
      <translation>Espèces {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Change price</source>
      <translation>Changer le prix</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Change {amount}</source>
      <translation>Rendu {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the quantity</source>
      <translation>Vérifiez la quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the sale total</source>
      <translation>Vérifiez le total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Close  (Esc)</source>
      <translation>Fermer  (Échap)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Discount</source>
      <translation>Remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Exchange {amount}</source>
      <translation>Échange {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product</source>
      <translation>Chercher un produit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product  (↑ ↓ choose, Enter add, Esc close)</source>
      <translation>Chercher un produit  (↑ ↓ choisir, Entrée ajouter, Échap fermer)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Gift card {amount}</source>
      <translation>Carte cadeau {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Is that really what the customer is buying?</source>
      <translation>Est-ce bien ce que le client achète ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Item</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Last sale {number} · {amount}</source>
      <translation>Dernière vente {number} · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>New unit price</source>
      <translation>Nouveau prix unitaire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Next scan × {quantity}</source>
      <translation>Prochain scan × {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>No change</source>
      <translation>Pas de rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>No parked sales</source>
      <translation>Aucune vente en attente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>No product matches</source>
      <translation>Aucun produit trouvé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Nothing chosen</source>
      <translation>Rien de choisi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Nothing was changed.</source>
      <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Ordered line added: it is paid with this sale</source>
      <translation>Article commandé ajouté : il est payé avec cette vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park or recall a sale</source>
      <translation>Mettre en attente ou reprendre une vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park this sale  (F9)</source>
      <translation>Mettre en attente  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (number · parked at · by · items · total)</source>
      <translation>Ventes en attente : {count}  (n° · heure · par · articles · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · items · total)</source>
      <translation>Ventes en attente : {count}  (heure · par · articles · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · total)</source>
      <translation>Ventes en attente : {count}  (heure · par · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Points {amount}</source>
      <translation>Points fidélité {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Price changes are recorded with your name</source>
      <translation>Les changements de prix sont enregistrés à votre nom</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Promotion {id}: {amount}</source>
      <translation>Promo {id} : {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Qty</source>
      <translation>Qté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recall selected  (Enter)</source>
      <translation>Reprendre  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}).</source>
      <translation>Vente de {at} reprise ({who}, {total}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}). Your basket was parked as #{number}.</source>
      <translation>Vente de {at} reprise ({who}, {total}). Votre panier est en attente sous le n° {number}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Ticket pas encore écrit ({reason}) ; il le sera dès qu'il y aura de la place</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed</source>
      <translation>Ticket {number} imprimé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed again: duplicate no. {duplicate}</source>
      <translation>Ticket {number} réimprimé : duplicata n° {duplicate}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Sale parked as #{number}. F9 brings it back.</source>
      <translation>Vente en attente n° {number}. F9 pour la reprendre.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} is saved; its receipt was not printed:</source>
      <translation>Vente {number} enregistrée ; son ticket n'a pas été imprimé :</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} saved. Printing receipt…</source>
      <translation>Vente {number} enregistrée. Impression du ticket…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan a barcode, or type a code and Enter  (3*code = 3 pieces)</source>
      <translation>Scannez un code-barres, ou tapez un code et Entrée  (3*code = 3 pièces)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan something before giving a discount</source>
      <translation>Scannez un article avant de faire une remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Select a line first (↑ ↓)</source>
      <translation>Choisissez d'abord une ligne (↑ ↓)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount}</source>
      <translation>Reste dû {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount} (in cash {cash})</source>
      <translation>Reste dû {amount} (en espèces {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit} on one line.</source>
      <translation>C'est plus de {limit} sur une ligne.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit}.</source>
      <translation>C'est plus de {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>That line is voided</source>
      <translation>Cette ligne est annulée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>The payments taken are kept: F10 goes on, F12 takes the rest in cash</source>
      <translation>Les paiements pris sont gardés : F10 pour continuer, F12 encaisse le reste en espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}.</source>
      <translation>Le total de la vente passe à {total}, plus de {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a manager can authorise it</source>
      <translation>Le total de la vente passe à {total}, plus de {limit} ; le gérant peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a supervisor or a manager can authorise it</source>
      <translation>Le total de la vente passe à {total}, plus de {limit} ; un responsable ou le gérant peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To collect at {store}: {name}</source>
      <translation>À retirer à {store} : {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To deliver: {name}</source>
      <translation>À livrer : {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Type a name or SKU…</source>
      <translation>Tapez un nom ou une référence…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Voucher {amount}</source>
      <translation>Avoir {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>discounts {amount}</source>
      <translation>remises {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>of which VAT {amount}</source>
      <translation>dont TVA {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>void</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (price changed)</source>
      <translation>{name} (prix modifié)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (voided)</source>
      <translation>{name} (annulée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P imprime un duplicata.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{quantity} items</source>
      <translation>{quantity} articles</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line.</source>
      <translation>{quantity} × {name} : plus de {limit} sur une ligne.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a manager can authorise it</source>
      <translation>{quantity} × {name} : plus de {limit} sur une ligne ; le gérant peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a supervisor or a manager can authorise it</source>
      <translation>{quantity} × {name} : plus de {limit} sur une ligne ; un responsable ou le gérant peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name}?</source>
      <translation>{quantity} × {name} ?</translation>
    </message>
  </context>
  <context>
    <name>widgets</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} sur %n produit affichés : précisez le nom ou la référence</numerusform>
        <numerusform>{shown} sur %n produits affichés : précisez le nom ou la référence</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of more than %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} sur plus de %n produit affichés : précisez le nom ou la référence</numerusform>
        <numerusform>{shown} sur plus de %n produits affichés : précisez le nom ou la référence</numerusform>
      </translation>
    </message>
  </context>
</TS>
