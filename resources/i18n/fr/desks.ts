<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>pickup</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>%n order(s) found — ↑ ↓ to choose, Enter opens</source>
      <translation>
        <numerusform>%n commande trouvée — ↑ ↓ pour choisir, Entrée ouvre</numerusform>
        <numerusform>%n commandes trouvées — ↑ ↓ pour choisir, Entrée ouvre</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;Ship to&lt;/b&gt;&lt;br&gt;{address}</source>
      <translation>&lt;b&gt;Livrer à&lt;/b&gt;&lt;br&gt;{address}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>&lt;b&gt;To pay at pickup {amount}&lt;/b&gt;</source>
      <translation>&lt;b&gt;À payer au retrait {amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Age</source>
      <translation>Attente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Cancelled — return to shelf</source>
      <translation>Annulée — remettre en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Checking the order with the hub…</source>
      <translation>Vérification de la commande auprès du central…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Choose a reason: O out of stock, D damaged, M mismatch</source>
      <translation>Choisissez un motif : O rupture, D abîmé, M erreur d'article</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Collects for</source>
      <translation>Retire pour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Ctrl+1 … Ctrl+6 switch queues; 'To shelf': expired or cancelled orders whose items must go back on the shelf; 'To ship': orders sent to the customer</source>
      <translation>Ctrl+1 … Ctrl+6 changent de file ; « En rayon » : commandes expirées ou annulées dont les articles retournent en rayon ; « À expédier » : commandes envoyées au client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Done</source>
      <translation>Terminées</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Driving licence</source>
      <translation>Permis de conduire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Due</source>
      <translation>Pour le</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Due {when}</source>
      <translation>Pour le {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Every line is picked or rejected already: F9 marks the order ready</source>
      <translation>Toutes les lignes sont préparées ou refusées : F9 met la commande prête</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Expired — return to shelf</source>
      <translation>Expirée — remettre en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>F2 Find: order number, customer name, phone, email — or scan the pickup code / QR</source>
      <translation>F2 Chercher : n° de commande, nom, téléphone, e-mail — ou scanner le code de retrait / QR</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>F4 Scan item: scan each product as you pick it</source>
      <translation>F4 Scanner : scannez chaque article en le prenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over  (Enter)</source>
      <translation>Remettre  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Hand over {number}</source>
      <translation>Remise de {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Held until {day}</source>
      <translation>Gardée jusqu'au {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>ID card</source>
      <translation>Carte d'identité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>ID document</source>
      <translation>Pièce d'identité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Line {line}: {typed} is not a quantity</source>
      <translation>Ligne {line} : {typed} n'est pas une quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Name on the ID</source>
      <translation>Nom sur la pièce</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>No code: check an ID instead  (F2)</source>
      <translation>Pas de code : vérifier une pièce d'identité  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>No order matches {text}</source>
      <translation>Aucune commande ne correspond à {text}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>No order open</source>
      <translation>Aucune commande ouverte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Number ends with</source>
      <translation>Numéro finissant par</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order first: pick it from the list or find it (F2)</source>
      <translation>Ouvrez d'abord une commande : dans la liste ou par recherche (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Open an order of the 'To shelf' list first (Ctrl+4)</source>
      <translation>Ouvrez d'abord une commande de la liste « En rayon » (Ctrl+4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Order {number}</source>
      <translation>Commande {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} ({state}): “{action}” is not possible now</source>
      <translation>Commande {number} ({state}) : « {action} » impossible maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} collected</source>
      <translation>Commande {number} retirée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is cancelled: do not hand it over</source>
      <translation>La commande {number} est annulée : ne pas la remettre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is cancelled: do not hand it over. F8 returns its items to the shelf</source>
      <translation>La commande {number} est annulée : ne pas la remettre. F8 remet ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number} is expired: do not hand it over</source>
      <translation>La commande {number} a expiré : ne pas la remettre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is expired: do not hand it over. F8 returns its items to the shelf</source>
      <translation>La commande {number} a expiré : ne pas la remettre. F8 remet ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} is handed over; its slip was not printed:</source>
      <translation>La commande {number} est remise ; son bon n'a pas été imprimé :</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number} partly collected</source>
      <translation>Commande {number} retirée en partie</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: %n label(s) printed. Stick them on the parcels; F12 ships</source>
      <translation>
        <numerusform>Commande {number} : %n étiquette imprimée. Collez-la sur le colis ; F12 expédie</numerusform>
        <numerusform>Commande {number} : %n étiquettes imprimées. Collez-les sur les colis ; F12 expédie</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Order {number}: pick list printed ({file}). Scan each item (F4)</source>
      <translation>Commande {number} : liste de préparation imprimée ({file}). Scannez chaque article (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Order {number}: {state}</source>
      <translation>Commande {number} : {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered</source>
      <translation>Cdé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Ordered {when}</source>
      <translation>Commandée le {when}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack  (Enter)</source>
      <translation>Emballer  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Pack order {number}</source>
      <translation>Emballer la commande {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Packed</source>
      <translation>Emballée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Packed already: correct the parcels and Enter packs it again; the labels print again</source>
      <translation>Déjà emballée : corrigez les colis, Entrée la réemballe ; les étiquettes se réimpriment</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Paid online</source>
      <translation>Payée en ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Paid online {amount}</source>
      <translation>Payée en ligne {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} (kg)</source>
      <translation>Colis {parcel} (kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel} ({weight} kg)</source>
      <translation>Colis {parcel} ({weight} kg)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcel {parcel}: {reason}</source>
      <translation>Colis {parcel} : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg</source>
      <translation>Colis {parcel} : {weight} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Parcel {parcel}: {weight} kg, {tracking}</source>
      <translation>Colis {parcel} : {weight} kg, {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Parcels</source>
      <translation>Colis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Passport</source>
      <translation>Passeport</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>Payment cancelled: nothing was handed over</source>
      <translation>Paiement annulé : rien n'a été remis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Picked</source>
      <translation>Préparé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>Pickup</source>
      <translation>Retrait</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Pickup code</source>
      <translation>Code de retrait</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Product</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Quantity not supplied</source>
      <translation>Quantité non fournie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reason: O out of stock, D damaged, M mismatch — each changes stock differently</source>
      <translation>Motif : O rupture, D abîmé, M erreur d'article — chacun agit autrement sur le stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Reason: {reason}</source>
      <translation>Motif : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject  (Enter)</source>
      <translation>Refuser  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Reject line {line}</source>
      <translation>Refuser la ligne {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>SKU</source>
      <translation>Réf.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship  (Enter)</source>
      <translation>Expédier  (Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Ship order {number}</source>
      <translation>Expédier la commande {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>Shipped</source>
      <translation>Expédiée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/order_panel.py" />
      <source>Taken</source>
      <translation>Retiré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Takes</source>
      <translation>Prend</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>That pickup code does not match this order. Ask again, or check an ID (F2)</source>
      <translation>Ce code de retrait ne correspond pas à la commande. Redemandez-le, ou vérifiez une pièce d'identité (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>The ID does not name the customer: fill in who collects for whom</source>
      <translation>La pièce n'est pas au nom du client : indiquez qui retire pour qui</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>The stock leaves the store when the order is shipped</source>
      <translation>Le stock sort du magasin à l'expédition de la commande</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>To pay now: the payment follows</source>
      <translation>À payer maintenant : l'encaissement suit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To shelf</source>
      <translation>En rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/words.py" />
      <source>To ship</source>
      <translation>À expédier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>Type a quantity from 1 to {most}</source>
      <translation>Tapez une quantité de 1 à {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>Weigh each parcel and type its weight in kg</source>
      <translation>Pesez chaque colis et saisissez son poids en kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>What the customer takes (change a quantity for a partial handover):</source>
      <translation>Ce que le client emporte (modifiez une quantité pour une remise partielle) :</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>change {amount}</source>
      <translation>rendu {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>empty when the customer collects</source>
      <translation>vide si le client retire lui-même</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>kg, such as 1.2</source>
      <translation>kg, par ex. 1,2</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>last 4 characters of the document number</source>
      <translation>4 derniers caractères du numéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>pickup code: type it or scan the customer's QR</source>
      <translation>code de retrait : tapez-le ou scannez le QR du client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>receipt {receipt}</source>
      <translation>ticket {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/ship_dialogs.py" />
      <source>tracking number: type or scan it</source>
      <translation>n° de suivi : saisir ou scanner</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/queue_list.py" />
      <source>{days} d</source>
      <translation>{days} j</translation>
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
      <translation>{number} est annulée : ne pas la remettre. F8 la remet en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is expired: do not hand it over. F8 returns it to the shelf</source>
      <translation>{number} a expiré : ne pas la remettre. F8 la remet en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is packed: F12 enters the tracking numbers and ships it</source>
      <translation>{number} est emballée : F12 saisit les n° de suivi et l'expédie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} is ready: F10 hands it over (pickup code or ID)</source>
      <translation>{number} est prête : F10 la remet (code de retrait ou pièce d'identité)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number} was not collected in time: F8 returns it to the shelf</source>
      <translation>{number} n'a pas été retirée à temps : F8 la remet en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: F3 accepts it and prints the pick list</source>
      <translation>{number} : F3 l'accepte et imprime la liste de préparation</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a line; F11 packs it when done</source>
      <translation>{number} : scannez chaque article (F4) ; F6 refuse une ligne ; F11 emballe à la fin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: scan each item (F4); F6 rejects a short or damaged line; F9 when done</source>
      <translation>{number} : scannez chaque article (F4) ; F6 refuse une ligne manquante ou abîmée ; F9 une fois fini</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/screen.py" />
      <source>{number}: {state}</source>
      <translation>{number} : {state}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/handover.py" />
      <source>{problem} Tell the manager.</source>
      <translation>{problem} Prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pickup/dialogs.py" />
      <source>{product}  ({sku}) — ordered {ordered}, picked {picked}, left {left}</source>
      <translation>{product}  ({sku}) — commandé {ordered}, préparé {picked}, reste {left}</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>%n over-return(s) flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)</source>
      <translation>
        <numerusform>%n retour en trop signalé par le central, {unseen} non pris en compte. ↑ ↓ choisir, F11 valide (responsable)</numerusform>
        <numerusform>%n retours en trop signalés par le central, {unseen} non pris en compte. ↑ ↓ choisir, F11 valide (responsable)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>(cash rounding {amount})</source>
      <translation>(arrondi espèces {amount})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;No receipt.&lt;/b&gt; Refund at the lowest price of the last days, as store credit (F8: cash). A manager approves every no-receipt return.</source>
      <translation>&lt;b&gt;Sans ticket.&lt;/b&gt; Remboursement au prix le plus bas des derniers jours, en avoir (F8 : espèces). Un responsable valide chaque retour sans ticket.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>&lt;b&gt;Receipt {receipt}&lt;/b&gt; · sold {sold} at {where} · total {total} · paid {paid}</source>
      <translation>&lt;b&gt;Ticket {receipt}&lt;/b&gt; · vendu le {sold} à {where} · total {total} · payé {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>A manager acknowledges an over-return flag</source>
      <translation>Un responsable prend en compte un retour en trop</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Acknowledged</source>
      <translation>Pris en compte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Already back</source>
      <translation>Déjà repris</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>An exchange starts from a receipt: F9 goes back to receipt returns</source>
      <translation>Un échange part d'un ticket : F9 revient aux retours avec ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Back to card</source>
      <translation>Recrédité sur carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Can return</source>
      <translation>Reste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Card ref {reference}</source>
      <translation>Carte réf. {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Cash from the drawer</source>
      <translation>Espèces de la caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose again what comes back (↑ ↓ and +)</source>
      <translation>Choisissez à nouveau ce qui est rendu (↑ ↓ et +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Choose what comes back first (↑ ↓ and +)</source>
      <translation>Choisissez d'abord ce qui est rendu (↑ ↓ et +)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Close flags</source>
      <translation>Fermer alertes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Condition</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Copy of {return_no} printed</source>
      <translation>Copie de {return_no} imprimée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Damaged</source>
      <translation>Abîmé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Everything still returnable is coming back</source>
      <translation>Tout ce qui peut encore être repris est rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}</source>
      <translation>Échange fait : nouvelle vente {receipt} ; les articles rendus ont payé {paid}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due}</source>
      <translation>Échange fait : nouvelle vente {receipt} ; les articles rendus ont payé {paid}, le client a payé {due}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due} (change {change})</source>
      <translation>Échange fait : nouvelle vente {receipt} ; les articles rendus ont payé {paid}, le client a payé {due} (rendu {change})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange done: new sale {receipt}; the returned goods paid {paid}, {back} goes back to the customer</source>
      <translation>Échange fait : nouvelle vente {receipt} ; les articles rendus ont payé {paid}, {back} reviennent au client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Exchange not done: nothing was saved</source>
      <translation>Échange non fait : rien n'a été enregistré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Exchange: the new items cost {total}, {credit} comes back</source>
      <translation>Échange : les nouveaux articles coûtent {total}, {credit} sont repris</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 closes the flags first</source>
      <translation>F10 ferme d'abord les alertes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 goes back to the return first</source>
      <translation>F10 revient d'abord au retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F10 shows the flags first</source>
      <translation>F10 affiche d'abord les alertes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>F12 completes the refund</source>
      <translation>F12 valide le remboursement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a receipt</source>
      <translation>F3 reprend toutes les lignes d'un ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>F3 takes every line of a scanned receipt</source>
      <translation>F3 reprend toutes les lignes d'un ticket scanné</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flag on {return_no} acknowledged by {name}</source>
      <translation>Alerte sur {return_no} prise en compte par {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flagged</source>
      <translation>Signalé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Flags</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Flags are shown: F10 goes back to the return</source>
      <translation>Les alertes sont affichées : F10 revient au retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Give in cash</source>
      <translation>Rendre en espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded</source>
      <translation>Remboursé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Just refunded: give the customer</source>
      <translation>Remboursé : à rendre au client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Looking up receipt {receipt}…</source>
      <translation>Recherche du ticket {receipt}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NO RECEIPT — a manager approves</source>
      <translation>SANS TICKET — validation responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>NOT YET</source>
      <translation>PAS ENCORE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Needs a manager to {what}</source>
      <translation>Validation responsable requise : {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No flag chosen</source>
      <translation>Aucune alerte choisie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No over-return flagged by the hub</source>
      <translation>Aucun retour en trop signalé par le central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>No receipt</source>
      <translation>Sans ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>No receipt: scan each item that comes back. A manager approves; the refund is the lowest recent price.</source>
      <translation>Sans ticket : scannez chaque article rendu. Un responsable valide ; le remboursement est au prix récent le plus bas.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Not refunded: a manager's approval is needed</source>
      <translation>Non remboursé : la validation d'un responsable est nécessaire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return yet</source>
      <translation>Rien n'est encore choisi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)</source>
      <translation>Rien à reprendre : scannez le ticket, puis ↑ ↓ et + (ou un nombre)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Nothing to pay out</source>
      <translation>Rien à rembourser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Number + Enter: how many come back · or scan another receipt</source>
      <translation>Nombre + Entrée : combien reviennent · ou autre ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>OFFLINE — only this station's sales</source>
      <translation>HORS LIGNE — ventes de cette caisse seulement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>On the voucher</source>
      <translation>Sur l'avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original payments (cash to cash, card to card)</source>
      <translation>Paiements d'origine (espèces en espèces, carte sur carte)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Original receipt</source>
      <translation>Ticket d'origine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Over-returns flagged by the hub</source>
      <translation>Retours en trop signalés par le central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Paid</source>
      <translation>Payé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Press the number of the reason (Esc: cancel)</source>
      <translation>Tapez le numéro du motif (Échap : annuler)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Printing the return receipt…</source>
      <translation>Impression du ticket de retour…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Product</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Reason for the return</source>
      <translation>Motif du retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: &lt;b&gt;{reason}&lt;/b&gt; (F7)</source>
      <translation>Motif : &lt;b&gt;{reason}&lt;/b&gt; (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Reason: {not_chosen} (F7, or asked at F12)</source>
      <translation>Motif : {not_chosen} (F7, ou demandé à F12)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Reason: {reason}</source>
      <translation>Motif : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Receipt printed (Ctrl+P reprints)</source>
      <translation>Ticket imprimé (Ctrl+P réimprime)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: choose what comes back (↑ ↓, + or a number, Enter)</source>
      <translation>Ticket {receipt} : choisissez ce qui est rendu (↑ ↓, + ou un nombre, Entrée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Receipt {receipt}: everything on it was already returned</source>
      <translation>Ticket {receipt} : tout a déjà été repris</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Refund</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to cash</source>
      <translation>Remboursement en espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to pay out</source>
      <translation>À rembourser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to store credit (a voucher)</source>
      <translation>Remboursement en avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Refund to the original payments</source>
      <translation>Remboursement sur les paiements d'origine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund to: &lt;b&gt;{where}&lt;/b&gt; (F8)</source>
      <translation>Remboursement : &lt;b&gt;{where}&lt;/b&gt; (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: nothing to pay</source>
      <translation>Remboursement {amount} : rien à payer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Refund {amount}: {parts}</source>
      <translation>Remboursement {amount} : {parts}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/panels.py" />
      <source>Restock</source>
      <translation>En rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return now</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount}</source>
      <translation>Retour {return_no} fait · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Return {return_no} done · {amount} · offline</source>
      <translation>Retour {return_no} fait · {amount} · hors ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not printed: Ctrl+P prints a copy</source>
      <translation>Retour {return_no} fait. Ticket non imprimé : Ctrl+P imprime une copie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} done. Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Retour {return_no} fait. Ticket pas encore écrit ({reason}) ; il s'écrira tout seul dès qu'il y aura de la place</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>Return {return_no} is saved; its receipt was not printed:</source>
      <translation>Le retour {return_no} est enregistré ; son ticket n'a pas été imprimé :</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/screen.py" />
      <source>Returns</source>
      <translation>Retours</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Returns the hub found over-returned (another station returned the same line while this one was offline). They also show on the Z report.</source>
      <translation>Retours que le central a trouvés en trop (une autre caisse a repris la même ligne pendant que celle-ci était hors ligne). Ils figurent aussi sur le rapport Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan each item that comes back</source>
      <translation>Scannez chaque article rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan each item that comes back (3*code for three) · a number + Enter sets the quantity</source>
      <translation>Scannez chaque article rendu (3*code pour trois) · un nombre + Entrée fixe la quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / damaged · F7 reason · F8 store credit / cash · F12 complete</source>
      <translation>Scanner · ↑ ↓ choisir · + / − ou nombre + Entrée : quantité · F4 en rayon / abîmé · F7 motif · F8 avoir / espèces · F12 valider</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the item that comes back first</source>
      <translation>Scannez d'abord l'article rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the items that come back first</source>
      <translation>Scannez d'abord les articles rendus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the new items at the counter first (Esc), then Ctrl+R, the receipt, and F6</source>
      <translation>Scannez d'abord les nouveaux articles en caisse (Échap), puis Ctrl+R, le ticket et F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Scan the receipt first</source>
      <translation>Scannez d'abord le ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. Over-returns flagged by the hub: F10.</source>
      <translation>Scannez le code-barres du ticket (ou tapez son numéro) et Entrée. Pas de ticket ? F9. Retours en trop signalés : F10.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Scan the receipt's barcode or type its number, then Enter</source>
      <translation>Scannez le code-barres du ticket ou tapez son numéro, puis Entrée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Sold</source>
      <translation>Vendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit</source>
      <translation>Avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>Store credit voucher</source>
      <translation>Avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Store credit voucher
{code}</source>
      <translation>Avoir
{code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To cash</source>
      <translation>En espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To credit</source>
      <translation>En avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>To original</source>
      <translation>Paiement initial</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>What the hub found</source>
      <translation>Constat du central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/dialogs.py" />
      <source>Why is it coming back?</source>
      <translation>Pourquoi ce retour ?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With a receipt</source>
      <translation>Avec ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>With a receipt: scan the receipt's barcode or type its number</source>
      <translation>Avec ticket : scannez le code-barres du ticket ou tapez son numéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>With receipt</source>
      <translation>Avec ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>Working out the refund…</source>
      <translation>Calcul du remboursement…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>card</source>
      <translation>carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>cash</source>
      <translation>espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the cash</source>
      <translation>rendez les espèces au client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>give the customer the printed voucher</source>
      <translation>remettez l'avoir imprimé au client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>not chosen yet</source>
      <translation>pas encore choisi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund above the refund limit</source>
      <translation>remboursement au-delà du plafond</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>remboursement en espèces au-delà du plafond espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}</source>
      <translation>la caisse {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>station {station}, store {store}</source>
      <translation>la caisse {station}, magasin {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>store credit</source>
      <translation>avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>take a return without a receipt</source>
      <translation>retour sans ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>the card refund goes back to the card</source>
      <translation>le remboursement carte retourne sur la carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>voucher {code}</source>
      <translation>avoir {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{first} and {second}</source>
      <translation>{first} et {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{needed}. A manager enters their name and PIN.</source>
      <translation>{needed}. Un responsable saisit son nom et son code.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P imprime une copie.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/completing.py" />
      <source>{problem}. Counts updated; choose again.</source>
      <translation>{problem}. Quantités mises à jour ; choisissez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>{product}  (all returned)</source>
      <translation>{product}  (tout repris)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} removed</source>
      <translation>{product} retiré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product} ×{quantity}</source>
      <translation>{product} ×{quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: back on the shelf</source>
      <translation>{product} : remis en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: damaged: written off</source>
      <translation>{product} : abîmé, sorti du stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: not returned</source>
      <translation>{product} : non repris</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back</source>
      <translation>{product} : reprise de {quantity} au plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: only {quantity} can come back — it was already returned in full</source>
      <translation>{product} : seulement {quantity} reprenable — déjà repris en entier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{product}: {quantity} coming back</source>
      <translation>{product} : reprise de {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/state.py" />
      <source>{return_no} was already acknowledged</source>
      <translation>{return_no} a déjà été pris en compte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return</source>
      <translation>↑ ↓ choisir une alerte · F11 la valide · F10 retour au retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete</source>
      <translation>↑ ↓ choisir une ligne · + / − ou nombre + Entrée : combien sont rendus · F3 tout · F4 en rayon / abîmé (sorti du stock) · F7 motif · F8 mode de remboursement · F12 valider</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/returns/view.py" />
      <source>↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return</source>
      <translation>↑ ↓ choisir · F11 valider (responsable) · F10 retour au retour</translation>
    </message>
  </context>
</TS>
