<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>hub</name>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the email address {value}</source>
      <translation>Un autre client a l'adresse e-mail {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the loyalty card {value}</source>
      <translation>Un autre client a la carte de fidélité {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the phone number {value}</source>
      <translation>Un autre client a le numéro de téléphone {value}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Another customer has the same details</source>
      <translation>Un autre client a les mêmes coordonnées</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Customer {id} is not known</source>
      <translation>Le client {id} est inconnu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} has {left} left</source>
      <translation>Il reste {left} sur la carte cadeau {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is in {currency}; this store takes {ours}</source>
      <translation>La carte cadeau {code} est en {currency} ; ce magasin accepte {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>Gift card {code} is not known or not yet activated</source>
      <translation>La carte cadeau {code} est inconnue ou pas encore activée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): nothing left to return ({sold} sold, all returned or being returned), {asked} asked</source>
      <translation>Ligne {line} ({name}) : plus rien à retourner ({sold} vendu, tout est déjà retourné ou en cours de retour), {asked} demandé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Ligne {line} ({name}) : il ne reste que {left} à retourner, {asked} demandé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store can promise every line of this order for collection now: nothing was ordered</source>
      <translation>Aucun magasin ne peut garantir toutes les lignes de cette commande à retirer pour le moment : rien n'a été commandé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/service.py" />
      <source>No store or warehouse can promise every line of this delivery now: nothing was ordered</source>
      <translation>Aucun magasin ni entrepôt ne peut garantir toutes les lignes de cette livraison pour le moment : rien n'a été commandé</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} is already being prepared: it can no longer be cancelled</source>
      <translation>La commande {order} est déjà en préparation : elle ne peut plus être annulée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/store_orders.py" />
      <source>Order {order} was not made by this sale</source>
      <translation>La commande {order} n'a pas été passée par cette vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} has no line {lines}</source>
      <translation>Le ticket {receipt} n'a pas de ligne {lines}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>Receipt {receipt} is not known at the hub</source>
      <translation>Le ticket {receipt} est inconnu au serveur central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>The customer has {balance} points; {asked} were asked</source>
      <translation>Le client a {balance} points ; {asked} demandés</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>This payment was already used by sale {receipt_no}; it cannot be given back</source>
      <translation>Ce paiement a déjà servi à la vente {receipt_no} ; il ne peut pas être rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left</source>
      <translation>Il reste {left} sur l'avoir {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} has {left} left (spent)</source>
      <translation>Il reste {left} sur l'avoir {code} (épuisé)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is in {currency}; this store takes {ours}</source>
      <translation>L'avoir {code} est en {currency} ; ce magasin accepte {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Avoir {code} inconnu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>a {kind} token cannot use station endpoints</source>
      <translation>un jeton {kind} ne peut pas servir aux caisses</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>ask for at least one line</source>
      <translation>demandez au moins une ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>consent must be true or false: ask the customer</source>
      <translation>consent doit valoir true ou false : demandez au client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request (receipt {receipt}, at {at}); ask again under a new grant id</source>
      <translation>l'autorisation de retour {grant_id} a déjà servi à une autre demande (ticket {receipt}, le {at}) ; redemandez avec un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another station; ask again under a new grant id</source>
      <translation>l'autorisation de retour {grant_id} a déjà servi à une autre demande, d'une autre caisse ; redemandez avec un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant id {grant_id} was already used for another request, by another store; ask again under a new grant id</source>
      <translation>l'autorisation de retour {grant_id} a déjà servi à une autre demande, d'un autre magasin ; redemandez avec un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another station; only the station that asked for it releases it</source>
      <translation>l'autorisation de retour {grant_id} appartient à une autre caisse ; seule la caisse qui l'a demandée peut la libérer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} belongs to another store; only the station that asked for it releases it</source>
      <translation>l'autorisation de retour {grant_id} appartient à un autre magasin ; seule la caisse qui l'a demandée peut la libérer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} is not known</source>
      <translation>autorisation de retour {grant_id} inconnue</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant {grant_id} was already used by return {return_id}; it cannot be released</source>
      <translation>l'autorisation de retour {grant_id} a déjà servi au retour {return_id} ; elle ne peut plus être libérée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>grant_id must be a uuid in lowercase hex (32 characters)</source>
      <translation>grant_id doit être un uuid en hexadécimal minuscule (32 caractères)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line} is asked twice; give its quantity once</source>
      <translation>la ligne {line} est demandée deux fois ; indiquez sa quantité une seule fois</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>line {line}: the quantity to return must be more than zero</source>
      <translation>ligne {line} : la quantité à retourner doit être supérieure à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>missing bearer token</source>
      <translation>jeton d'accès manquant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no order {order}</source>
      <translation>aucune commande {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>no such order</source>
      <translation>commande introuvable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be a public key in PEM</source>
      <translation>public_key doit être une clé publique au format PEM</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stations/keys.py" />
      <source>public_key must be an ECDSA P-256 (secp256r1) public key</source>
      <translation>public_key doit être une clé publique ECDSA P-256 (secp256r1)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used for another redemption (gift card {code}, {amount}); use a new id</source>
      <translation>l'identifiant d'encaissement {redemption_id} a déjà servi pour un autre encaissement (carte cadeau {code}, {amount}) ; utilisez un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption (voucher {code}, {amount}); use a new id</source>
      <translation>le paiement par avoir {redemption_id} a déjà servi à un autre paiement (avoir {code}, {amount}) ; utilisez un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another station; use a new id</source>
      <translation>le paiement par avoir {redemption_id} a déjà servi à un autre paiement, d'une autre caisse ; utilisez un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/vouchers.py" />
      <source>redemption id {redemption_id} was already used for another redemption, by another store; use a new id</source>
      <translation>le paiement par avoir {redemption_id} a déjà servi à un autre paiement, d'un autre magasin ; utilisez un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/customers/loyalty.py" />
      <source>redemption id {redemption_id} was already used for another redemption; use a new id</source>
      <translation>l'identifiant d'utilisation {redemption_id} a déjà servi à une autre utilisation ; prenez un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/gift_cards/service.py" />
      <source>redemption id {redemption_id} was already used; use a new id</source>
      <translation>l'identifiant d'encaissement {redemption_id} a déjà servi ; utilisez un nouvel identifiant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} is not known</source>
      <translation>paiement par avoir {redemption_id} inconnu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another station; only the station that made it cancels it</source>
      <translation>le paiement par avoir {redemption_id} a été fait par une autre caisse ; seule cette caisse peut l'annuler</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/redemptions.py" />
      <source>redemption {redemption_id} was made by another store; only the station that made it cancels it</source>
      <translation>le paiement par avoir {redemption_id} a été fait par un autre magasin ; seule la caisse qui l'a fait peut l'annuler</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/orders/api.py" />
      <source>this token may not read order {order}</source>
      <translation>ce jeton n'a pas accès à la commande {order}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>this token may not read store {store}</source>
      <translation>ce jeton n'a pas accès au magasin {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/stock/api.py" />
      <source>unknown SKU {sku}</source>
      <translation>article {sku} inconnu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/auth.py" />
      <source>unknown or revoked token</source>
      <translation>jeton inconnu ou révoqué</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/reports/api.py" />
      <source>unknown store {store}</source>
      <translation>magasin {store} inconnu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/hub/returns/grants.py" />
      <source>{first}; {rest}</source>
      <translation>{first} ; {rest}</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/hub/customers/service.py" />
      <source>Give a phone number, an email address or a loyalty card</source>
      <translation>Indiquez un téléphone, une adresse e-mail ou une carte de fidélité</translation>
    </message>
  </context>
</TS>
