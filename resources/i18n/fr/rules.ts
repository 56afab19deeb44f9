<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A card or a voucher cannot pay more than what is left; it gives no change</source>
      <translation>Une carte ou un avoir ne peut pas payer plus que le reste dû : pas de rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount cannot exceed 100 %</source>
      <translation>Une remise ne peut pas dépasser 100 %</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount must be zero or more</source>
      <translation>Une remise doit être de zéro ou plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be parked. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Un paiement de {amount} est déjà encaissé sur cette vente : elle ne peut pas être mise en attente. Terminez d'abord la vente (F10, ou F12 encaisse le reste en espèces) ou rendez le paiement (F10, puis Suppr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be set aside. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Un paiement de {amount} est déjà encaissé sur cette vente : elle ne peut pas être mise de côté. Terminez d'abord la vente (F10, ou F12 encaisse le reste en espèces) ou rendez le paiement (F10, puis Suppr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be voided whole. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Un paiement de {amount} est déjà encaissé sur cette vente : elle ne peut pas être annulée entièrement. Terminez d'abord la vente (F10, ou F12 encaisse le reste en espèces) ou rendez le paiement (F10, puis Suppr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be {becomes}. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Un paiement de {amount} est déjà encaissé sur cette vente ({becomes} impossible). Terminez d'abord la vente (F10, ou F12 encaisse le reste en espèces) ou rendez le paiement (F10, puis Suppr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No payment is taken on this sale</source>
      <translation>Aucun paiement encaissé sur cette vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No such line in the basket</source>
      <translation>Cette ligne n'est pas dans le panier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity above {limit} refused; check what was typed</source>
      <translation>Quantité supérieure à {limit} refusée : vérifiez la saisie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity has more than 3 decimals</source>
      <translation>La quantité a plus de 3 décimales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be a number</source>
      <translation>La quantité doit être un nombre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be more than zero</source>
      <translation>La quantité doit être supérieure à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Scan something before taking a payment</source>
      <translation>Scannez un article avant d'encaisser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That discount is too large; check what was typed</source>
      <translation>Remise trop élevée : vérifiez la saisie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That line is voided</source>
      <translation>Cette ligne est annulée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>{amount} is already paid by card or voucher on this sale, so it cannot cost less than that. Give that payment back first (F10, then Del)</source>
      <translation>{amount} sont déjà payés par carte ou avoir sur cette vente : elle ne peut pas coûter moins. Rendez d'abord ce paiement (F10, puis Suppr)</translation>
    </message>
  </context>
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>'{text}' is not a denomination of {currency}</source>
      <translation>« {text} » n'est pas une valeur de {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin} cannot be negative</source>
      <translation>Le nombre de {coin} ne peut pas être négatif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: '{text}' is not a whole number of pieces</source>
      <translation>{coin} : « {text} » n'est pas un nombre entier de pièces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: whole numbers only</source>
      <translation>{coin} : nombres entiers uniquement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{count} pieces of {coin}? Check what was typed</source>
      <translation>{count} pièces de {coin} ? Vérifiez la saisie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{text} is not a note or coin of {currency}</source>
      <translation>{text} n'est ni un billet ni une pièce en {currency}</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with a gift card</source>
      <translation>Une carte cadeau ne se paie pas avec une carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with loyalty points; give the points back first (F10, then Del)</source>
      <translation>Une carte cadeau ne se paie pas avec des points de fidélité ; rendez d'abord les points (F10, puis Suppr)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card is on two lines of this sale; void one</source>
      <translation>Une carte cadeau figure sur deux lignes de cette vente ; annulez-en une</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card loads exactly its amount: it takes no discount and no other price. Void the line and sell the card again with the right amount</source>
      <translation>Une carte cadeau charge exactement son montant : ni remise ni autre prix. Annulez la ligne et vendez la carte de nouveau avec le bon montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card takes at most {most} at a time</source>
      <translation>Une carte cadeau se charge d'au plus {most} à la fois</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card's amount must be more than zero</source>
      <translation>Le montant d'une carte cadeau doit être supérieur à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Gift card {code} is already on this sale</source>
      <translation>La carte cadeau {code} est déjà sur cette vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card and type its amount</source>
      <translation>Scannez la carte cadeau et tapez son montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card's code (6 to 32 letters, digits or dashes)</source>
      <translation>Scannez le code de la carte cadeau (6 à 32 lettres, chiffres ou tirets)</translation>
    </message>
  </context>
  <context>
    <name>journal</name>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>a restore's skipped numbers are not valid: {what}</source>
      <translation>les numéros sautés par une restauration ne sont pas valides : {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal</source>
      <translation>document {number} absent du journal</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal, and %n other number(s)</source>
      <translation>
        <numerusform>document {number} absent du journal, et %n autre numéro</numerusform>
        <numerusform>document {number} absent du journal, et %n autres numéros</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>hash does not match its content</source>
      <translation>l'empreinte ne correspond pas à son contenu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>no public key to check the signature with</source>
      <translation>aucune clé publique pour vérifier la signature</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>previous hash does not match</source>
      <translation>l'empreinte précédente ne correspond pas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>sequence gap: expected {expected}, found {found}</source>
      <translation>numérotation interrompue : {expected} attendu, {found} trouvé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature does not match the entry</source>
      <translation>la signature ne correspond pas à l'écriture</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature missing</source>
      <translation>signature manquante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by another key ({key}), not one of this station's ({known})</source>
      <translation>signé par une autre clé ({key}), qui n'est pas une clé de cette caisse ({known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key} before the station introduced it</source>
      <translation>signé par la clé {key} avant que la caisse ne l'ait déclarée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key}, which is not one of the keys given with --key</source>
      <translation>signé par la clé {key}, qui n'est pas une des clés données avec --key</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed entry missing from the journal</source>
      <translation>écriture signée absente du journal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed with an unknown algorithm ({algorithm})</source>
      <translation>signé avec un algorithme inconnu ({algorithm})</translation>
    </message>
  </context>
  <context>
    <name>limits</name>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>The sale total becomes {total}, more than {limit}</source>
      <translation>Le total de la vente passe à {total}, plus de {limit}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{first}; {second}</source>
      <translation>{first} ; {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. A {role} may not sell it alone; a manager can authorise it</source>
      <translation>{limits}. Un {role} ne peut pas le vendre seul ; un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. Confirm it, or correct it</source>
      <translation>{limits}. Confirmez, ou corrigez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line</source>
      <translation>{quantity} × {name}, c'est plus de {limit} sur une ligne</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Give the customer's name (at most 200 characters)</source>
      <translation>Indiquez le nom du client (200 caractères au plus)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Points cannot be redeemed: the store's loyalty rules set no point value</source>
      <translation>Points inutilisables : les règles de fidélité du magasin ne fixent pas de valeur du point</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{card} is not a loyalty card number</source>
      <translation>{card} n'est pas un numéro de carte de fidélité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{email} is not an email address</source>
      <translation>{email} n'est pas une adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{phone} is not a phone number</source>
      <translation>{phone} n'est pas un numéro de téléphone</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' has more decimals than {currency} allows</source>
      <translation>« {text} » a plus de décimales que {currency} n'en permet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is not an amount</source>
      <translation>« {text} » n'est pas un montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is too large for an amount; check what was typed</source>
      <translation>« {text} » est trop grand pour un montant : vérifiez la saisie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>Enter an amount</source>
      <translation>Saisissez un montant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>{amount} has more decimals than {currency} allows; check what was typed</source>
      <translation>{amount} a plus de décimales que {currency} n'en permet : vérifiez la saisie</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A gift card payment needs the card's code</source>
      <translation>Un paiement par carte cadeau demande le code de la carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A payment must be more than zero</source>
      <translation>Un paiement doit être supérieur à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A points payment needs the customer's loyalty card</source>
      <translation>Un paiement en points demande la carte de fidélité du client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A sale total cannot be negative</source>
      <translation>Le total d'une vente ne peut pas être négatif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A voucher payment needs the voucher's code</source>
      <translation>Un paiement par avoir demande le code de l'avoir</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A {tender} payment cannot be taken before the sale completes</source>
      <translation>Un paiement {tender} ne peut pas être pris avant la fin de la vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Add a payment first</source>
      <translation>Ajoutez d'abord un paiement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Card payments exceed the amount due; cards give no change</source>
      <translation>Les paiements par carte dépassent le montant dû : pas de rendu sur carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Enter the card terminal's approval code</source>
      <translation>Saisissez le code d'autorisation du terminal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>That payment is too large; check what was typed</source>
      <translation>Paiement trop élevé : vérifiez la saisie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay</source>
      <translation>Reste à payer : {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay in cash</source>
      <translation>Reste à payer en espèces : {amount}</translation>
    </message>
  </context>
  <context>
    <name>permissions</name>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not adjust stock; a manager can authorise it</source>
      <translation>Un caissier ne peut pas corriger le stock : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not change a price; a manager can authorise it</source>
      <translation>Un caissier ne peut pas modifier un prix : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not close a shift; a manager can authorise it</source>
      <translation>Un caissier ne peut pas clôturer une session de caisse : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount above your limit; a manager can authorise it</source>
      <translation>Un caissier ne peut pas faire une remise au-delà de sa limite : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount; a manager can authorise it</source>
      <translation>Un caissier ne peut pas faire une remise : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not manage staff; a manager can authorise it</source>
      <translation>Un caissier ne peut pas gérer le personnel : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open a shift; a manager can authorise it</source>
      <translation>Un caissier ne peut pas ouvrir une session de caisse : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open the drawer without a sale; a manager can authorise it</source>
      <translation>Un caissier ne peut pas ouvrir le tiroir sans vente : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not pay cash in or out; a manager can authorise it</source>
      <translation>Un caissier ne peut pas faire une entrée ou une sortie d'espèces : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not print reports; a manager can authorise it</source>
      <translation>Un caissier ne peut pas imprimer les rapports : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund above the refund limit; a manager can authorise it</source>
      <translation>Un caissier ne peut pas rembourser au-delà du plafond de remboursement : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>Un caissier ne peut pas rembourser en espèces au-delà du plafond espèces : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not reprint a receipt; a manager can authorise it</source>
      <translation>Un caissier ne peut pas réimprimer un ticket : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>Un caissier ne peut pas vendre une quantité ou un total au-delà des limites du magasin : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return without a receipt; a manager can authorise it</source>
      <translation>Un caissier ne peut pas prendre un retour sans ticket : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return; a manager can authorise it</source>
      <translation>Un caissier ne peut pas prendre un retour : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a line; a manager can authorise it</source>
      <translation>Un caissier ne peut pas annuler une ligne : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a sale; a manager can authorise it</source>
      <translation>Un caissier ne peut pas annuler une vente : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not adjust stock; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas corriger le stock : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not change a price; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas modifier un prix : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not close a shift; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas clôturer une session de caisse : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount above your limit; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas faire une remise au-delà de sa limite : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas faire une remise : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not manage staff; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas gérer le personnel : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open a shift; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas ouvrir une session de caisse : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open the drawer without a sale; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas ouvrir le tiroir sans vente : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not pay cash in or out; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas faire une entrée ou une sortie d'espèces : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not print reports; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas imprimer les rapports : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund above the refund limit; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas rembourser au-delà du plafond de remboursement : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas rembourser en espèces au-delà du plafond espèces : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not reprint a receipt; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas réimprimer un ticket : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas vendre une quantité ou un total au-delà des limites du magasin : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return without a receipt; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas prendre un retour sans ticket : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas prendre un retour : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a line; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas annuler une ligne : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a sale; a manager can authorise it</source>
      <translation>Un superviseur ne peut pas annuler une vente : un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A {role} may not {action}; a manager can authorise it</source>
      <translation>Un {role} ne peut pas {action} ; un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>An auditor may only view and print: they may not {action}</source>
      <translation>Un auditeur peut seulement consulter et imprimer : il ne peut pas {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>adjust stock</source>
      <translation>corriger le stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>auditor</source>
      <translation>auditeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change a price</source>
      <translation>modifier un prix</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change the store's records</source>
      <translation>modifier les données du magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>clerk</source>
      <translation>caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>close a shift</source>
      <translation>clôturer une session</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount</source>
      <translation>accorder une remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount above your limit</source>
      <translation>accorder une remise au-delà de sa limite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manage staff</source>
      <translation>gérer le personnel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manager</source>
      <translation>responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open a shift</source>
      <translation>ouvrir une session</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open the drawer without a sale</source>
      <translation>ouvrir le tiroir sans vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>pay cash in or out</source>
      <translation>faire une entrée ou une sortie d'espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>print reports</source>
      <translation>imprimer les rapports</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund above the refund limit</source>
      <translation>rembourser au-delà de la limite de remboursement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>rembourser en espèces au-delà de la limite en espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>reprint a receipt</source>
      <translation>réimprimer un ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell</source>
      <translation>vendre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell a quantity or a total above the store's limits</source>
      <translation>vendre une quantité ou un total au-delà des limites du magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>supervisor</source>
      <translation>superviseur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return</source>
      <translation>prendre un retour</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return without a receipt</source>
      <translation>prendre un retour sans ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>view the fiscal records</source>
      <translation>consulter les registres fiscaux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a line</source>
      <translation>annuler une ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a sale</source>
      <translation>annuler une vente</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A picked quantity must be more than zero</source>
      <translation>La quantité préparée doit être supérieure à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A rejected quantity must be more than zero</source>
      <translation>La quantité refusée doit être supérieure à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Choisissez un motif : {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose at least one item to hand over</source>
      <translation>Choisissez au moins un article à remettre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Collected</source>
      <translation>Retirée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Damaged (the unit is written off)</source>
      <translation>Abîmé (l'article est sorti du stock)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Expired</source>
      <translation>Expirée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Extra item: {name} — {picked} of {wanted} already picked. Put it back.</source>
      <translation>Article en trop : {name} — {picked} sur {wanted} déjà préparés. Remettez-le en rayon.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): only {left} left to pick, cannot reject {asked}</source>
      <translation>Ligne {line} ({name}) : il reste {left} à préparer, impossible d'en refuser {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): {picked} picked, cannot hand over {asked}</source>
      <translation>Ligne {line} ({name}) : {picked} préparés, impossible d'en remettre {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} is not on this order</source>
      <translation>La ligne {line} n'est pas sur cette commande</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it</source>
      <translation>Ligne {line} {name} : {left} sur {ordered} encore à préparer — scannez-la ou refusez-la</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it (and %n more line(s))</source>
      <translation>
        <numerusform>Ligne {line} {name} : {left} sur {ordered} encore à préparer — scannez-la ou refusez-la (et %n autre ligne)</numerusform>
        <numerusform>Ligne {line} {name} : {left} sur {ordered} encore à préparer — scannez-la ou refusez-la (et %n autres lignes)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line}: only {picked} picked</source>
      <translation>Ligne {line} : seulement {picked} préparé(s)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Mismatch (the shelf item is not what was ordered: recount)</source>
      <translation>Erreur d'article (le rayon ne contient pas l'article commandé : recompter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>New</source>
      <translation>Nouvelle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Nothing was picked: every line is rejected, so the order cannot be ready</source>
      <translation>Rien n'a été préparé : toutes les lignes sont refusées, la commande ne peut pas être prête</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be accepted now</source>
      <translation>La commande {number} ne peut pas être acceptée maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be cancelled now</source>
      <translation>La commande {number} ne peut pas être annulée maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be changed now</source>
      <translation>La commande {number} ne peut pas être modifiée maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be expired now</source>
      <translation>La commande {number} ne peut pas être marquée expirée maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be handed over now</source>
      <translation>La commande {number} ne peut pas être remise au client maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be marked ready now</source>
      <translation>La commande {number} ne peut pas être marquée prête maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be picked now</source>
      <translation>La commande {number} ne peut pas être préparée maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be rejected now</source>
      <translation>La commande {number} ne peut pas être refusée maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be returned to shelf now</source>
      <translation>La commande {number} ne peut pas être remise en rayon maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not accept it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : ne pas l'accepter ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not cancel it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : ne pas l'annuler ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not expire it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : ne pas la faire expirer ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not hand over it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : ne pas la remettre ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not mark ready it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : ne pas la marquer prête ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not pick it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : ne pas la préparer ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject a line of it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : n'en refuser aucune ligne ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : ne pas la refuser ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not return to shelf it; put its items back on the shelf</source>
      <translation>La commande {number} a expiré : ne pas la remettre en rayon comme expirée ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not accept it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : ne pas l'accepter ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not cancel it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : ne pas l'annuler ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not expire it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : ne pas la faire expirer ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not hand over it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : ne pas la remettre ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not mark ready it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : ne pas la marquer prête ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not pick it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : ne pas la préparer ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject a line of it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : n'en refuser aucune ligne ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : ne pas la refuser ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not return to shelf it; put its items back on the shelf</source>
      <translation>La commande {number} a été annulée : ne pas la remettre en rayon comme expirée ; remettez ses articles en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Out of stock (none on the shelf: the count is corrected)</source>
      <translation>Rupture (rien en rayon : le stock est corrigé)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Partly collected</source>
      <translation>Retirée en partie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Picking</source>
      <translation>En préparation</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Ready</source>
      <translation>Prête</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Rejected</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the last 2 to 4 letters or digits of the document number (never the whole number)</source>
      <translation>Saisissez les 2 à 4 derniers caractères du numéro de la pièce (jamais le numéro entier)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the name shown on the ID</source>
      <translation>Saisissez le nom indiqué sur la pièce d'identité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: this product is not on this order. Put it back.</source>
      <translation>Mauvais article : ce produit n'est pas sur cette commande. Remettez-le en rayon.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: {name} is not on this order. Put it back.</source>
      <translation>Mauvais article : {name} n'est pas sur cette commande. Remettez-le en rayon.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count already shows none available</source>
      <translation>le stock n'en indique déjà plus de disponible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count corrected by -{quantity} (none left on the shelf)</source>
      <translation>stock corrigé de -{quantity} (plus rien en rayon)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>damaged</source>
      <translation>abîmé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>mismatch</source>
      <translation>erreur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>no stock change; recount the product</source>
      <translation>stock inchangé ; recomptez l'article</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>out of stock</source>
      <translation>rupture</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>{quantity} written off as damaged</source>
      <translation>{quantity} sorti(s) du stock comme abîmé(s)</translation>
    </message>
  </context>
  <context>
    <name>pricing</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} has no id</source>
      <translation>La promotion n° {position} n'a pas d'id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} is not an object</source>
      <translation>La promotion n° {position} n'est pas un objet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id} is in the file twice</source>
      <translation>La promotion {id} figure deux fois dans le fichier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id}: {reason}</source>
      <translation>Promotion {id} : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file has unknown fields: {fields}</source>
      <translation>Le fichier de promotions a des champs inconnus : {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file is not JSON: {error}</source>
      <translation>Le fichier de promotions n'est pas du JSON : {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file needs a list "promotions" at its top</source>
      <translation>Le fichier de promotions doit commencer par une liste « promotions »</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a threshold promotion needs either amount or percent</source>
      <translation>une promotion threshold demande soit amount, soit percent</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs skus or categories</source>
      <translation>une promotion {kind} demande skus ou categories</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs {fields}</source>
      <translation>une promotion {kind} demande {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>coupon must be a code in quotes</source>
      <translation>coupon doit être un code entre guillemets</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty must be an object</source>
      <translation>loyalty doit être un objet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: categories must map each category to its points per unit</source>
      <translation>loyalty : categories doit associer chaque catégorie à ses points par unité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {fields} is not a loyalty field (known: {known})</source>
      <translation>loyalty : {fields} n'est pas un champ de fidélité (connus : {known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {field} must be a decimal number in quotes, like "1", not below zero</source>
      <translation>loyalty : {field} doit être un nombre décimal entre guillemets, comme "1", positif ou nul</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>percent must be more than 0 and at most 100</source>
      <translation>percent doit être supérieur à 0 et au plus 100</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>prices must map each SKU to its price</source>
      <translation>prices doit donner le prix de chaque SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>priority must be a whole number</source>
      <translation>priority doit être un nombre entier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>stacking must be exclusive or combinable</source>
      <translation>stacking doit valoir exclusive ou combinable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>the kind {kind} is not known (known: {kinds})</source>
      <translation>le type {kind} est inconnu (connus : {kinds})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>valid_to must come after valid_from</source>
      <translation>valid_to doit être après valid_from</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{fields} is not a field of a {kind} promotion</source>
      <translation>{fields} n'est pas un champ d'une promotion {kind}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} cannot be negative</source>
      <translation>{field} ne peut pas être négatif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} has more decimals than {currency} allows</source>
      <translation>{field} a plus de décimales que {currency} n'en permet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a date or a date and time, like 2026-12-24T08:00</source>
      <translation>{field} doit être une date ou une date et une heure, comme 2026-12-24T08:00</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a decimal number in quotes, like "2.00"</source>
      <translation>{field} doit être un nombre décimal entre guillemets, comme "2.00"</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a list of codes</source>
      <translation>{field} doit être une liste de codes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a whole number of at least {least}</source>
      <translation>{field} doit être un nombre entier d'au moins {least}</translation>
    </message>
  </context>
  <context>
    <name>reasons</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Changed mind</source>
      <translation>Changement d'avis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Damaged on arrival</source>
      <translation>Abîmé à la livraison</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Faulty</source>
      <translation>Défectueux</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Not as described</source>
      <translation>Non conforme à la description</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Unwanted gift</source>
      <translation>Cadeau non souhaité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Wrong size</source>
      <translation>Mauvaise taille</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>A refund must be zero or more</source>
      <translation>Un remboursement doit être de zéro ou plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Choisissez un motif : {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose at least one line to return</source>
      <translation>Choisissez au moins une ligne à retourner</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name})</source>
      <translation>Ligne {line} ({name})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) is chosen twice; enter its quantity once</source>
      <translation>Ligne {line} ({name}) choisie deux fois : saisissez sa quantité une seule fois</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) was already returned in full; nothing is left to return</source>
      <translation>Ligne {line} ({name}) déjà entièrement retournée : plus rien à retourner</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Ligne {line} ({name}) : seulement {left} à retourner, {asked} demandé(s)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity has more than 3 decimals</source>
      <translation>Ligne {line} ({name}) : la quantité a plus de 3 décimales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity must be a number</source>
      <translation>Ligne {line} ({name}) : la quantité doit être un nombre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity to return must be more than zero</source>
      <translation>Ligne {line} ({name}) : la quantité retournée doit être supérieure à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): whole units only, {asked} asked</source>
      <translation>Ligne {line} ({name}) : unités entières uniquement, {asked} demandé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} is not on this receipt</source>
      <translation>La ligne {line} n'est pas sur ce ticket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{line}: condition must be restock or damaged</source>
      <translation>{line} : l'état doit être « remise en stock » ou « abîmé »</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{total} cannot go back to the original payments: {card} left on card and {cash} in cash. Refund to store credit or ask a manager.</source>
      <translation>{total} ne peut pas être remboursé sur les paiements d'origine : reste {card} sur carte et {cash} en espèces. Remboursez en avoir ou appelez un responsable.</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{code}' is not a barcode or SKU</source>
      <translation>« {code} » n'est ni un code-barres ni une référence</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{text}' is not a quantity</source>
      <translation>« {text} » n'est pas une quantité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>Nothing scanned</source>
      <translation>Rien n'a été scanné</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: a barcode has 8, 12, 13 or 14 digits, not {count}</source>
      <translation>{code} : un code-barres a 8, 12, 13 ou 14 chiffres, pas {count}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: check digit is wrong; scan it again</source>
      <translation>{code} : clé de contrôle fausse, scannez à nouveau</translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A PIN is 4 to 8 digits</source>
      <translation>Un code PIN a 4 à 8 chiffres</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A name is at most {limit} printable characters</source>
      <translation>Un nom fait au plus {limit} caractères imprimables</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>Give the person's name as it should appear on receipts and screens</source>
      <translation>Indiquez le nom de la personne tel qu'il doit figurer sur les tickets et les écrans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>That PIN is too easy to guess (one digit repeated, a run such as 1234, or a pair such as 1212): choose another</source>
      <translation>Ce code PIN est trop facile à deviner (un chiffre répété, une suite comme 1234 ou une paire comme 1212) : choisissez-en un autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>The two PINs differ: type the same new PIN twice</source>
      <translation>Les deux codes PIN diffèrent : saisissez deux fois le même nouveau code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a clerk</source>
      <translation>Cette personne est déjà caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a manager</source>
      <translation>Cette personne est déjà responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a supervisor</source>
      <translation>Cette personne est déjà superviseur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: add or enable another manager first</source>
      <translation>C'est le dernier responsable actif du magasin : ajoutez ou réactivez d'abord un autre responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: make someone else a manager first</source>
      <translation>C'est le dernier responsable actif du magasin : nommez d'abord quelqu'un d'autre responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>You cannot disable yourself: another manager can</source>
      <translation>Vous ne pouvez pas vous désactiver vous-même : un autre responsable le peut</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>'{text}' is not a quantity: type a number such as 3 or 0.25</source>
      <translation>« {text} » n'est pas une quantité : saisissez un nombre comme 3 ou 0,25</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Damaged</source>
      <translation>Abîmé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Expired</source>
      <translation>Périmé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Found</source>
      <translation>Retrouvé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Own use</source>
      <translation>Usage interne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Sample</source>
      <translation>Échantillon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>The quantity may not be zero</source>
      <translation>La quantité ne peut pas être zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Theft</source>
      <translation>Vol</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: at most 3 decimals</source>
      <translation>{text} : 3 décimales au plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: the quantity may not be negative</source>
      <translation>{text} : la quantité ne peut pas être négative</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: too large for one line</source>
      <translation>{text} : trop grand pour une ligne</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>Cannot open {path}: {reason}. Nothing was changed.</source>
      <translation>Impossible d'ouvrir {path} : {reason}. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged.</source>
      <translation>Le fichier de la base de données est endommagé.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged. Nothing was saved; restore the last backup.</source>
      <translation>Le fichier de la base de données est endommagé. Rien n'a été enregistré : restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it).</source>
      <translation>La base de données est occupée (un autre programme l'utilise).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it). Nothing was saved; try again.</source>
      <translation>La base de données est occupée (un autre programme l'utilise). Rien n'a été enregistré : réessayez.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only.</source>
      <translation>La base de données est en lecture seule.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only. Nothing was saved.</source>
      <translation>La base de données est en lecture seule. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}).</source>
      <translation>La base de données a refusé la modification ({reason}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}). Nothing was saved.</source>
      <translation>La base de données a refusé la modification ({reason}). Rien n'a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full.</source>
      <translation>Le disque est plein.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>Le disque est plein. Rien n'a été enregistré : libérez de la place et réessayez.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is busy: another program holds it. Close it and try again.</source>
      <translation>{path} est occupé : un autre programme l'utilise. Fermez-le et réessayez.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is not a readable storedesk database: {reason}</source>
      <translation>{path} n'est pas une base storedesk lisible : {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} was written by a newer storedesk (schema {revision}); this version knows up to {head}. Install the newer storedesk. The file was not changed.</source>
      <translation>{path} a été écrit par un storedesk plus récent (schéma {revision}) ; cette version connaît jusqu'à {head}. Installez le storedesk plus récent. Le fichier n'a pas été modifié.</translation>
    </message>
  </context>
  <context>
    <name>tenders</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>card</source>
      <translation>carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>cash</source>
      <translation>espèces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>exchange credit</source>
      <translation>avoir d'échange</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>gift card</source>
      <translation>carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>loyalty points</source>
      <translation>points de fidélité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>online payment</source>
      <translation>paiement en ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>voucher</source>
      <translation>bon d'achat</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in litres: at most 3 decimals</source>
      <translation>{name} se vend au litre : 3 décimales au plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in metres: at most 2 decimals</source>
      <translation>{name} se vend au mètre : 2 décimales au plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is priced by its scale label: type a whole number of labels</source>
      <translation>{name} est vendu à l'étiquette de balance : saisissez un nombre entier d'étiquettes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is sold by the piece: type a whole number</source>
      <translation>{name} se vend à la pièce : saisissez un nombre entier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is weighed in kg: at most 3 decimals</source>
      <translation>{name} se pèse en kg : 3 décimales au plus</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name}: the quantity must be a number</source>
      <translation>{name} : la quantité doit être un nombre</translation>
    </message>
  </context>
</TS>
