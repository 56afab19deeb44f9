<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>closing</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Base excl. VAT</source>
      <translation>Base HT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closed at</source>
      <translation>Clôturée le</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing number</source>
      <translation>Numéro de clôture</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Closing of fiscal year {year}</source>
      <translation>Clôture de l'exercice {year}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closing of {day}</source>
      <translation>Clôture journalière du {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Daily closings included</source>
      <translation>Clôtures journalières incluses</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>First document</source>
      <translation>Premier document</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Fiscal closing</source>
      <translation>Clôture fiscale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {first_month} to {last_month}</source>
      <translation>De {first_month} à {last_month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>From {start} to {end}</source>
      <translation>Du {start} au {end}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Last document</source>
      <translation>Dernier document</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closing of {month}</source>
      <translation>Clôture mensuelle de {month}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Monthly closings included</source>
      <translation>Clôtures mensuelles incluses</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Period total incl. VAT</source>
      <translation>Total de la période TTC</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Perpetual grand total</source>
      <translation>Grand total perpétuel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Returns</source>
      <translation>Retours</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Sales</source>
      <translation>Ventes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Total incl. VAT</source>
      <translation>Total TTC</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals</source>
      <translation>Totaux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>Totals by VAT rate (sales minus returns)</source>
      <translation>Totaux par taux de TVA (ventes moins retours)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT</source>
      <translation>TVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT number {id}</source>
      <translation>N° TVA {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>VAT rate</source>
      <translation>Taux de TVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>page {number}</source>
      <translation>page {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number}</source>
      <translation>{software} {version} - clôture {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{software} {version} - closing {number} - signature {fingerprint}</source>
      <translation>{software} {version} - clôture {number} - signature {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/closing_pdf.py" />
      <source>{store} ({code}) - station {station} - amounts in {currency}</source>
      <translation>{store} ({code}) - caisse {station} - montants en {currency}</translation>
    </message>
  </context>
  <context>
    <name>handover</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>CLICK &amp; COLLECT - HANDOVER</source>
      <translation>CLICK &amp; COLLECT - REMISE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handed over</source>
      <translation>Remis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Handover {number}</source>
      <translation>Remise {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Item</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Order {number}</source>
      <translation>Commande {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Received in good order:</source>
      <translation>Reçu en bon état :</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Status: {status}</source>
      <translation>État : {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Verified by: {how}</source>
      <translation>Vérifié par : {how}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>damaged</source>
      <translation>abîmé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>mismatch</source>
      <translation>non conforme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>not supplied: {quantity} ({reason})</source>
      <translation>non fourni : {quantity} ({reason})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>out of stock</source>
      <translation>en rupture</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>{time} · station {station} · {clerk}</source>
      <translation>{time} · caisse {station} · {clerk}</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>No labels to print.</source>
      <translation>Aucune étiquette à imprimer.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Price labels</source>
      <translation>Étiquettes prix</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>Shelf labels</source>
      <translation>Étiquettes de rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day}</source>
      <translation>à partir du {day}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>from {day} {time}</source>
      <translation>à partir du {day} {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>was {price}</source>
      <translation>avant {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per kg</source>
      <translation>{sku} · prix au kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per litre</source>
      <translation>{sku} · prix au litre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per metre</source>
      <translation>{sku} · prix au mètre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per piece</source>
      <translation>{sku} · prix à la pièce</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/labels_pdf.py" />
      <source>{sku} · per {unit}</source>
      <translation>{sku} · par {unit}</translation>
    </message>
  </context>
  <context>
    <name>notify</name>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it has been shipped.</source>
      <translation>Bonjour {name}, merci pour votre commande {number}. Nous vous écrirons de nouveau dès son expédition.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, thank you for your order {number}. We will write to you again when it is ready for pickup at {store}.</source>
      <translation>Bonjour {name}, merci pour votre commande {number}. Nous vous écrirons de nouveau dès qu'elle sera prête à retirer chez {store}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s).</source>
      <translation>
        <numerusform>Bonjour {name}, votre commande {number} est partie de {store} en %n colis.</numerusform>
        <numerusform>Bonjour {name}, votre commande {number} est partie de {store} en %n colis.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} has left {store} in %n parcel(s). Tracking: {tracking}.</source>
      <translation>
        <numerusform>Bonjour {name}, votre commande {number} est partie de {store} en %n colis. Suivi : {tracking}.</numerusform>
        <numerusform>Bonjour {name}, votre commande {number} est partie de {store} en %n colis. Suivi : {tracking}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is ready at {store}. Show pickup code {code}. We keep it until {until}.</source>
      <translation>Bonjour {name}, votre commande {number} est prête chez {store}. Présentez le code de retrait {code}. Nous la gardons jusqu'au {until}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} is still waiting at {store} until {until}. Pickup code {code}.</source>
      <translation>Bonjour {name}, votre commande {number} vous attend encore chez {store} jusqu'au {until}. Code de retrait {code}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Hello {name}, your order {number} was not collected in time at {store} and has been cancelled.</source>
      <translation>Bonjour {name}, votre commande {number} n'a pas été retirée à temps chez {store} et a été annulée.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} has expired</source>
      <translation>La commande {number} a expiré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Order {number} is ready for pickup</source>
      <translation>Votre commande {number} est prête à retirer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Reminder: order {number} is waiting for you</source>
      <translation>Rappel : votre commande {number} vous attend</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>We have received your order {number}</source>
      <translation>Nous avons bien reçu votre commande {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/notify.py" />
      <source>Your order {number} has been shipped</source>
      <translation>Votre commande {number} a été expédiée</translation>
    </message>
  </context>
  <context>
    <name>pick_list</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n ligne</numerusform>
        <numerusform>%n lignes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Due {time}</source>
      <translation>Pour le {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Items: {quantity}</source>
      <translation>Articles : {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Line</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Ordered {time}</source>
      <translation>Commandé le {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Pick list  {number}</source>
      <translation>Liste de préparation  {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked</source>
      <translation>Prélevé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Picked by: {name}    Time: {time}    Shelf / bin: {bin}</source>
      <translation>Préparé par : {name}    Heure : {time}    Étagère / bac : {bin}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Qty</source>
      <translation>Qté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>SKU</source>
      <translation>Réf.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Scan each item at the desk (F4 on the Pickup screen). Short or damaged? Reject the line with its reason (F6).</source>
      <translation>Scannez chaque article au comptoir (F4 sur l'écran Retrait). Manquant ou abîmé ? Refusez la ligne avec son motif (F6).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>Shelf barcode</source>
      <translation>Code-barres rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>page {number}</source>
      <translation>page {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>rej.</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/pick_list_pdf.py" />
      <source>{store} · printed {time}</source>
      <translation>{store} · imprimé le {time}</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Collected</source>
      <translation>Retirée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Paid online</source>
      <translation>Payé en ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Partly collected</source>
      <translation>Retirée en partie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/handover_pdf.py" />
      <source>Pickup code</source>
      <translation>Code de retrait</translation>
    </message>
  </context>
  <context>
    <name>receipt</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices excl. VAT</source>
      <translation>Prix hors TVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>All prices incl. VAT</source>
      <translation>Prix TTC (TVA incluse)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Approved by {name} (manager)</source>
      <translation>Validé par {name} (responsable)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - DUPLICATE</source>
      <translation>COPIE - DUPLICATA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Cash rounding</source>
      <translation>Arrondi espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Change</source>
      <translation>Rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Changed mind</source>
      <translation>Changement d'avis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Clerk {name}</source>
      <translation>Caissier {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Customer signature</source>
      <translation>Signature du client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>DUPLICATE No. {number}</source>
      <translation>DUPLICATA n° {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged (written off)</source>
      <translation>Abîmé (mis au rebut)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Damaged on arrival</source>
      <translation>Abîmé à la livraison</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Discount</source>
      <translation>Remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Faulty</source>
      <translation>Défectueux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Gift card</source>
      <translation>Carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Gift card {code}</source>
      <translation>Carte cadeau {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Gross</source>
      <translation>TTC</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Items returned</source>
      <translation>Articles retournés</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Left on the gift card</source>
      <translation>Reste sur la carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Loyalty card {card}</source>
      <translation>Carte de fidélité {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Net</source>
      <translation>HT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>No receipt</source>
      <translation>Sans ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Not as described</source>
      <translation>Non conforme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Nothing to pay out</source>
      <translation>Rien à rembourser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Original receipt</source>
      <translation>Ticket d'origine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Paid out</source>
      <translation>Remboursé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/receipts.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points balance: %n</source>
      <translation>
        <numerusform>Solde de points : %n</numerusform>
        <numerusform>Solde de points : %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points earned: %n</source>
      <translation>
        <numerusform>Points gagnés : %n</numerusform>
        <numerusform>Points gagnés : %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points given back: %n</source>
      <translation>
        <numerusform>Point rendu : %n</numerusform>
        <numerusform>Points rendus : %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Points redeemed: %n</source>
      <translation>
        <numerusform>Points utilisés : %n</numerusform>
        <numerusform>Points utilisés : %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Points taken back: %n</source>
      <translation>
        <numerusform>Point repris : %n</numerusform>
        <numerusform>Points repris : %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Price changed</source>
      <translation>Prix modifié</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>Promotion {id}</source>
      <translation>Promo {id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND</source>
      <translation>RETOUR / REMBOURSEMENT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - COPY</source>
      <translation>RETOUR / REMBOURSEMENT - COPIE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>RETURN / REFUND - DUPLICATE No. {number}</source>
      <translation>RETOUR / REMBOURSEMENT - DUPLICATA n° {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Rate</source>
      <translation>Taux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Reason: {reason}</source>
      <translation>Motif : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Receipt</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/receipt_pdf.py" />
      <source>Receipt (copy)</source>
      <translation>Ticket (copie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Refunded to</source>
      <translation>Remboursé en</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Restock</source>
      <translation>Remis en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return no.</source>
      <translation>Retour n°</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt</source>
      <translation>Ticket de retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Return receipt (copy)</source>
      <translation>Ticket de retour (copie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>STORE CREDIT VOUCHER</source>
      <translation>AVOIR</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Station {station}</source>
      <translation>Caisse {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/receipt.py" />
      <source>Store credit</source>
      <translation>Avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Store credit voucher</source>
      <translation>Avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Subtotal</source>
      <translation>Sous-total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>TOTAL</source>
      <translation>TOTAL TTC</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>TOTAL REFUND</source>
      <translation>TOTAL REMBOURSÉ</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked at sync</source>
      <translation>Pris hors ligne : vérifié à la synchro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Taken offline: checked with the central system at sync</source>
      <translation>Pris hors ligne : vérifié par le central à la synchronisation</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Tax</source>
      <translation>TVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Tax refunded (prices incl. VAT)</source>
      <translation>TVA remboursée (prix TTC)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>These points are added to your card at the next sync</source>
      <translation>Ces points seront crédités sur votre carte à la prochaine synchronisation</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To collect at {store} — order {number}</source>
      <translation>À retirer à {store} — commande {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>To deliver — order {number}</source>
      <translation>À livrer — commande {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>To pay</source>
      <translation>À payer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Unwanted gift</source>
      <translation>Cadeau non souhaité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores</source>
      <translation>Valable comme espèces dans nos magasins</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Use it like cash at any of our stores. Keep this receipt: the code is the voucher.</source>
      <translation>Utilisable comme des espèces dans tous nos magasins. Conservez ce ticket : le code est l'avoir.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT</source>
      <translation>TVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>VAT ID {tax_id}</source>
      <translation>N° TVA {tax_id}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>VAT {code} {rate} on {amount}</source>
      <translation>TVA {code} {rate} sur {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Value {amount}</source>
      <translation>Valeur {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Web order {number}</source>
      <translation>Commande web {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>Wrong size</source>
      <translation>Mauvaise taille</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned · {condition}</source>
      <translation>{quantity} retourné(s) · {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/return_receipt_pdf.py" />
      <source>{quantity} returned, {condition}</source>
      <translation>{quantity} retourné(s), {condition}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/escpos_printer.py" />
      <source>{quantity} x {price}</source>
      <translation>{quantity} x {price}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - receipt {number} - signature {fingerprint}</source>
      <translation>{software} {version} - ticket {number} - signature {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{tender} ref {reference}</source>
      <translation>{tender} réf. {reference}</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n point(s)</source>
      <translation>
        <numerusform>%n point</numerusform>
        <numerusform>%n points</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n return(s)</source>
      <translation>
        <numerusform>%n retour</numerusform>
        <numerusform>%n retours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n vente</numerusform>
        <numerusform>%n ventes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>(made with no shift open: not in the drawer)</source>
      <translation>(faites sans session ouverte : pas dans le tiroir)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>(no category)</source>
      <translation>(sans catégorie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>* not counted separately: taken as expected (cash expected = float + cash net + paid in - paid out - cash refunds; card expected = card total - card refunds).</source>
      <translation>* non compté à part : pris comme attendu (espèces attendues = fond de caisse + espèces nettes + entrées - sorties - remboursements espèces ; carte attendue = total carte - remboursements carte).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash refunds outside the shift ({count})</source>
      <translation>+ Remb. espèces hors session ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Cash sales (tendered - change)</source>
      <translation>+ Ventes espèces (reçu - rendu)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>+ Paid in ({count})</source>
      <translation>+ Entrées ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash refunds (returns)</source>
      <translation>- Remboursements espèces (retours)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Cash sales outside the shift ({count})</source>
      <translation>- Ventes espèces hors session ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>- Paid out ({count})</source>
      <translation>- Sorties ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>= Expected in the drawer</source>
      <translation>= Attendu dans le tiroir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CATEGORY</source>
      <translation>PAR CATÉGORIE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY CLERK</source>
      <translation>PAR CAISSIER</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>BY HOUR</source>
      <translation>PAR HEURE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Before discounts</source>
      <translation>Avant remises</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Business day</source>
      <translation>Journée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By category</source>
      <translation>Par catégorie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>By clerk</source>
      <translation>Par caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>CASH DRAWER</source>
      <translation>TIROIR-CAISSE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY</source>
      <translation>COPIE</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>COPY - REPRINT</source>
      <translation>COPIE - RÉIMPRESSION</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted</source>
      <translation>Espèces comptées</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash counted at closing</source>
      <translation>Espèces comptées à la clôture</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Cash drawer</source>
      <translation>Tiroir-caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Cash rounding</source>
      <translation>Arrondi espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Change</source>
      <translation>Rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Checked by: {line}</source>
      <translation>Vérifié par : {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Clerk</source>
      <translation>Caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted</source>
      <translation>Compté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Counted by: {line}</source>
      <translation>Compté par : {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>DISCOUNTS BY PROMOTION</source>
      <translation>REMISES PAR PROMOTION</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Difference</source>
      <translation>Écart</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Difference (counted - expected)</source>
      <translation>Écart (compté - attendu)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Discounts (%n sale(s))</source>
      <translation>
        <numerusform>Remises (%n vente)</numerusform>
        <numerusform>Remises (%n ventes)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Discounts by promotion</source>
      <translation>Remises par promotion</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Expected</source>
      <translation>Attendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Gift cards redeemed (in the payments)</source>
      <translation>Cartes cadeaux encaissées (dans les paiements)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Gross</source>
      <translation>TTC</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Journal no. {number}</source>
      <translation>Journal n° {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Last journal entry before this report: no. {number}, hash {hash}</source>
      <translation>Dernière écriture du journal avant ce rapport : n° {number}, empreinte {hash}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Lines</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Net</source>
      <translation>HT</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>No sale</source>
      <translation>Ouverture tiroir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>No sales</source>
      <translation>Aucune vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>None.</source>
      <translation>Aucun.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Note / coin</source>
      <translation>Billet / pièce</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>OUTSIDE THE SHIFT</source>
      <translation>HORS SESSION</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>OVER-RETURNS FLAGGED BY THE HUB ({count}) - check with the manager</source>
      <translation>RETOURS EN TROP SIGNALÉS PAR LE CENTRAL ({count}) - voir avec le responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opened</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Opening float</source>
      <translation>Fond de caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Opening float (counted)</source>
      <translation>Fond de caisse (compté)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Outside the shift</source>
      <translation>Hors session</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Outside the shift: {sales} (cash kept {kept}) and {returns} (cash refunded {refunded}) were made while no shift was open, before this shift's float was counted. They are in this report's totals; their cash is not expected in the drawer again.</source>
      <translation>Hors session : {sales} (espèces gardées {kept}) et {returns} (espèces remboursées {refunded}) ont été faits sans session ouverte, avant le comptage du fond de caisse de cette session. Ils sont dans les totaux de ce rapport ; leurs espèces ne sont plus attendues dans le tiroir.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>PAID IN / OUT, NO-SALE (%n no-sale)</source>
      <translation>
        <numerusform>ENTRÉES / SORTIES, OUV. TIROIR (%n ouverture)</numerusform>
        <numerusform>ENTRÉES / SORTIES, OUV. TIROIR (%n ouvertures)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid in</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Paid in, paid out and no-sale ({paid_in} in, {paid_out} out, {no_sale} no-sale)</source>
      <translation>Entrées, sorties et ouvertures tiroir (entrées : {paid_in}, sorties : {paid_out}, ouvertures : {no_sale})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Paid out</source>
      <translation>Sortie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Payments</source>
      <translation>Paiements</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Period total</source>
      <translation>Total de la période</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Perpetual grand total</source>
      <translation>Grand total perpétuel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Pieces</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points given back by returns</source>
      <translation>Points rendus par les retours</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points issued: %n sale(s)</source>
      <translation>
        <numerusform>Points émis : %n vente</numerusform>
        <numerusform>Points émis : %n ventes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points redeemed: %n sale(s)</source>
      <translation>
        <numerusform>Points utilisés : %n vente</numerusform>
        <numerusform>Points utilisés : %n ventes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Points taken back by returns</source>
      <translation>Points repris par les retours</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Promotion</source>
      <translation>Promotion</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>RESTORED FROM BACKUP WITHOUT THE HUB: DOCUMENTS MISSING ({count})</source>
      <translation>RESTAURÉ D'UNE SAUVEGARDE SANS LE CENTRAL : DOCUMENTS MANQUANTS ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Rate</source>
      <translation>Taux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Read</source>
      <translation>Lu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Reading: nothing reset</source>
      <translation>Lecture : rien n'est remis à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Receipts</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Refunds by tender: {refunds}</source>
      <translation>Remboursements par moyen de paiement : {refunds}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Report (copy)</source>
      <translation>Rapport (copie)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Returns ({count})</source>
      <translation>Retours ({count})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Returns ({count}), cash refunded</source>
      <translation>Retours ({count}), espèces remboursées</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>SALES</source>
      <translation>VENTES</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales</source>
      <translation>Ventes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales (receipts)</source>
      <translation>Ventes (tickets)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Sales ({count}), cash kept</source>
      <translation>Ventes ({count}), espèces gardées</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour</source>
      <translation>Ventes par heure</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Sales by hour, {currency} incl. tax (figures on bars: receipts)</source>
      <translation>Ventes par heure, {currency} TTC (chiffres sur les barres : tickets)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales excl. gift cards</source>
      <translation>Ventes hors cartes cadeaux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Sales incl. tax</source>
      <translation>Ventes TTC</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Shift {number}</source>
      <translation>Session {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>Station {station}</source>
      <translation>Caisse {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Store credit</source>
      <translation>Avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TAX BY RATE</source>
      <translation>TVA PAR TAUX</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>TENDERS (expected / counted / difference)</source>
      <translation>PAIEMENTS (attendu / compté / écart)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Taken</source>
      <translation>Encaissé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax</source>
      <translation>TVA</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tax by rate</source>
      <translation>TVA par taux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tender</source>
      <translation>Paiement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tendered</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Tenders: expected, counted, difference</source>
      <translation>Paiements : attendu, compté, écart</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Voided lines ({count}), not charged</source>
      <translation>Lignes annulées ({count}), non facturées</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report</source>
      <translation>Rapport X</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>X report (reading: nothing reset)</source>
      <translation>Rapport X (lecture : rien n'est remis à zéro)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>Z report no. {number}</source>
      <translation>Rapport Z n° {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>difference</source>
      <translation>écart</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>exact</source>
      <translation>juste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_roll.py" />
      <source>expected / counted</source>
      <translation>attendu / compté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>not counted</source>
      <translation>non compté</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which gift cards sold (%n)</source>
      <translation>
        <numerusform>dont carte cadeau vendue (%n)</numerusform>
        <numerusform>dont cartes cadeaux vendues (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>of which made while no shift was open</source>
      <translation>dont faites sans session ouverte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>over by {amount}</source>
      <translation>excédent de {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>page {number}</source>
      <translation>page {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>paid (in the payments)</source>
      <translation>payé (dans les paiements)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>short by {amount}</source>
      <translation>manque {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth</source>
      <translation>valeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>worth (not paid out)</source>
      <translation>valeur (non remboursée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_rows.py" />
      <source>{first} to {last}</source>
      <translation>{first} à {last}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{hour}h</source>
      <translation>{hour}h</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/words.py" />
      <source>{software} {version} - Z report {number} - signature {fingerprint}</source>
      <translation>{software} {version} - rapport Z {number} - signature {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{store} ({code}) - station {station} - shift {shift} - business day {day} - amounts in {currency}</source>
      <translation>{store} ({code}) - caisse {station} - session {shift} - journée du {day} - montants en {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/report_pdf.py" />
      <source>{time}  by {name}</source>
      <translation>{time}  par {name}</translation>
    </message>
  </context>
  <context>
    <name>shipping_label</name>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Deliver to</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>From</source>
      <translation>Expéditeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Order {number}</source>
      <translation>Commande {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Parcel {parcel}/{parcels}</source>
      <translation>Colis {parcel}/{parcels}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Phone {phone}</source>
      <translation>Tél. {phone}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Tracking {tracking}</source>
      <translation>Suivi {tracking}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/shipping_label_pdf.py" />
      <source>Weight {weight} kg</source>
      <translation>Poids {weight} kg</translation>
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
        <numerusform>%n ligne</numerusform>
        <numerusform>%n lignes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Advance shipping notice</source>
      <translation>Avis d'expédition</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Approved by</source>
      <translation>Validé par</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Checked by: {line}   Signature: {line}</source>
      <translation>Vérifié par : {line}   Signature : {line}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Count variance report {number}</source>
      <translation>Écarts d'inventaire {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Counted</source>
      <translation>Compté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Cycle count, {status}</source>
      <translation>Inventaire tournant, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Delivery</source>
      <translation>Livraison</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Expected</source>
      <translation>Attendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Full count, {status}</source>
      <translation>Inventaire complet, {status}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Manager approval: {line}   Date: {date}</source>
      <translation>Validation du responsable : {line}   Date : {date}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Over / short</source>
      <translation>Plus / moins</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Prepared</source>
      <translation>Préparé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Products</source>
      <translation>Produits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Receiving report {number}</source>
      <translation>Rapport de réception {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>SKU</source>
      <translation>Réf.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Source</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Transfer from another store</source>
      <translation>Transfert d'un autre magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Typed in</source>
      <translation>Saisi à la main</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>Variance</source>
      <translation>Écart</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>approved</source>
      <translation>validé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>cancelled</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>net {net} (over {over}, short {short}) at retail price</source>
      <translation>net {net} (en plus {over}, en moins {short}) au prix de vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not expected</source>
      <translation>non prévu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>not yet approved</source>
      <translation>pas encore validé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>on-hand at each product's first counted unit; later sales stay in the ledger</source>
      <translation>stock au premier article compté de chaque produit ; les ventes suivantes restent au registre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>open</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>over</source>
      <translation>en plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>page {number}</source>
      <translation>page {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>short</source>
      <translation>en moins</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{lines}: {expected} as expected, {over} over, {short} short, {unexpected} not on the notice</source>
      <translation>{lines} : {expected} conformes, {over} en plus, {short} en moins, {unexpected} hors avis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/printing/stock_report_pdf.py" />
      <source>{products} ({varied} with a variance)</source>
      <translation>{products} ({varied} avec un écart)</translation>
    </message>
  </context>
</TS>
