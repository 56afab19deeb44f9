<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Choose where the customer gets it: delivered home, or collected at a store</source>
      <translation>Choisissez comment le client le reçoit : livré à domicile ou retiré en magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Orders are made at the hub, and this station has no hub</source>
      <translation>Les commandes passent par le serveur central, et cette caisse n'en a pas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Scan or type the product to order</source>
      <translation>Scannez ou saisissez l'article à commander</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That email address is not valid</source>
      <translation>Cette adresse e-mail n'est pas valide</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>That phone number is not valid (digits, spaces, + - . ( ))</source>
      <translation>Ce numéro de téléphone n'est pas valide (chiffres, espaces, + - . ( ))</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached, so the ordered items cannot be ordered now: nothing was sold. Take the ordered lines off (Del), or try again</source>
      <translation>Le serveur central est injoignable : les articles commandés ne peuvent pas être commandés maintenant, rien n'a été vendu. Retirez les lignes commandées (Suppr) ou réessayez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub cannot be reached: {sku} cannot be ordered now</source>
      <translation>Le serveur central est injoignable : {sku} ne peut pas être commandé maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused the order of {item}: {detail}. Nothing was sold: take the line off (Del), or try again</source>
      <translation>Le serveur central a refusé la commande de {item} : {detail}. Rien n'a été vendu : retirez la ligne (Suppr) ou réessayez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub refused to say where {sku} is: {detail}</source>
      <translation>Le serveur central n'a pas indiqué où se trouve {sku} : {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about the order is malformed; nothing was sold</source>
      <translation>La réponse du serveur central sur la commande est illisible ; rien n'a été vendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The hub's answer about {sku} is malformed</source>
      <translation>La réponse du serveur central sur {sku} est illisible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>The sale changed while its orders were made; nothing was sold. Try again</source>
      <translation>La vente a changé pendant la création de ses commandes ; rien n'a été vendu. Réessayez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>This sale's orders were cancelled too many times: start the sale again</source>
      <translation>Les commandes de cette vente ont été annulées trop de fois : recommencez la vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the city for the delivery</source>
      <translation>Saisissez la ville de livraison</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the country for the delivery (two letters, such as FR)</source>
      <translation>Saisissez le pays de livraison (deux lettres, par exemple FR)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's email or phone, to tell them about the order</source>
      <translation>Saisissez l'e-mail ou le téléphone du client, pour le tenir informé de la commande</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the customer's name</source>
      <translation>Saisissez le nom du client</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the postcode for the delivery (letters, digits, spaces and dashes)</source>
      <translation>Saisissez le code postal de livraison (lettres, chiffres, espaces et tirets)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>Type the street and number for the delivery</source>
      <translation>Saisissez la rue et le numéro de livraison</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be collected at {store}</source>
      <translation>{name} : seulement {left} à retirer à {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/aisle.py" />
      <source>{name}: only {left} can be delivered from the chain</source>
      <translation>{name} : seulement {left} livrable(s) par l'enseigne</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Audit export of the store {store}, station {station}, from {start} to {end} (made {at} UTC).</source>
      <translation>Export pour le contrôle fiscal du magasin {store}, caisse {station}, du {start} au {end} (fait le {at} UTC).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Each payment: its kind, amount and reference, separated by semicolons.</source>
      <translation>Chaque paiement : son mode, son montant et sa référence, séparés par des points-virgules.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every entry of the tamper-evident journal, in order.</source>
      <translation>Toutes les écritures du journal inaltérable, dans l'ordre.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Every figure comes from the station's signed journal (journal.csv).</source>
      <translation>Chaque chiffre provient du journal signé de la caisse (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>For a return: the number of the sale it takes back.</source>
      <translation>Pour un retour : le numéro de la vente reprise.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>SHA-256 of the previous entry's hash followed by this entry's content.</source>
      <translation>SHA-256 de l'empreinte de l'écriture précédente suivie du contenu de cette écriture.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount with tax at this rate.</source>
      <translation>Le montant TTC à ce taux.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The amount without tax at this rate.</source>
      <translation>Le montant HT à ce taux.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The cash rounding.</source>
      <translation>L'arrondi espèces.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The change given back in cash.</source>
      <translation>Le rendu monnaie en espèces.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closing's number: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 or the Z's.</source>
      <translation>Le numéro de la clôture : DAY-2026-11-05, MONTH-2026-11, YEAR-2026 ou celui du Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The closings: per day, month and fiscal year, and each Z (shift closing).</source>
      <translation>Les clôtures : journalières, mensuelles et annuelles, et chaque Z (clôture de caisse).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The currency of the amounts (ISO 4217).</source>
      <translation>La devise des montants (ISO 4217).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The date in the store's local time (YYYY-MM-DD).</source>
      <translation>La date à l'heure locale du magasin (AAAA-MM-JJ).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discount on the line, promotions included.</source>
      <translation>La remise sur la ligne, promotions comprises.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The discounts given on the sale.</source>
      <translation>Les remises accordées sur la vente.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The document's number, as printed on it.</source>
      <translation>Le numéro du document, tel qu'imprimé.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's content as it was signed (JSON).</source>
      <translation>Le contenu de l'écriture tel qu'il a été signé (JSON).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's kind: sale, return, shift_close, fiscal_close, reprint, setting, ...</source>
      <translation>Le type d'écriture : sale (vente), return (retour), shift_close (Z), fiscal_close (clôture), reprint (duplicata), setting (paramètre), ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The entry's number in the journal: one more for each entry, no gaps.</source>
      <translation>Le numéro de l'écriture dans le journal : un de plus à chaque écriture, sans trou.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The event's kind.</source>
      <translation>Le type d'événement.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The files are CSV (comma-separated), UTF-8. Amounts are decimal numbers with a dot, in {currency}; a return's amounts are negative.</source>
      <translation>Les fichiers sont au format CSV (séparateur virgule), UTF-8. Les montants sont des nombres décimaux avec un point, en {currency} ; les montants d'un retour sont négatifs.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fingerprint of the station key that signed the entry.</source>
      <translation>L'empreinte de la clé de la caisse qui a signé l'écriture.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The fiscal events besides documents and closings: reprints, voided lines, settings, ...</source>
      <translation>Les événements fiscaux autres que les documents et les clôtures : duplicatas, lignes annulées, paramètres, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's amount with tax, after discounts (negative on a return).</source>
      <translation>Le montant TTC de la ligne, après remises (négatif pour un retour).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The line's number on the document.</source>
      <translation>Le numéro de la ligne sur le document.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The lines of the documents, one row each.</source>
      <translation>Les lignes des documents, une par ligne.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The manager who approved a return, when one did.</source>
      <translation>Le responsable qui a validé un retour, le cas échéant.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The number of the document's entry in the journal (journal.csv).</source>
      <translation>Le numéro de l'écriture du document dans le journal (journal.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The period's grand total with tax.</source>
      <translation>Le grand total TTC de la période.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The perpetual grand total since the station began.</source>
      <translation>Le grand total perpétuel depuis la mise en service de la caisse.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The previous entry's hash: each entry is chained to the one before.</source>
      <translation>L'empreinte de l'écriture précédente : chaque écriture est chaînée à la précédente.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's code.</source>
      <translation>Le code de l'article.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The product's name.</source>
      <translation>Le nom de l'article.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The quantity (negative on a return).</source>
      <translation>La quantité (négative pour un retour).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The sales and returns, one row each.</source>
      <translation>Les ventes et les retours, un par ligne.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The same moment in UTC (ISO 8601).</source>
      <translation>Le même instant en UTC (ISO 8601).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The signature's algorithm.</source>
      <translation>L'algorithme de la signature.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The station's ECDSA P-256 signature of the entry's number and hash (base64).</source>
      <translation>La signature ECDSA P-256 de la caisse sur le numéro et l'empreinte de l'écriture (base64).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax at this rate.</source>
      <translation>La taxe à ce taux.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code of the line.</source>
      <translation>Le code TVA de la ligne.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax code.</source>
      <translation>Le code TVA.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax of the line (empty on a return: see taxes.csv).</source>
      <translation>La TVA de la ligne (vide pour un retour : voir taxes.csv).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax rate in per cent.</source>
      <translation>Le taux de TVA en pourcentage.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The tax.</source>
      <translation>La TVA.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The taxes of each document by rate.</source>
      <translation>La TVA de chaque document par taux.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The time in the store's local time (HH:MM:SS).</source>
      <translation>L'heure à l'heure locale du magasin (HH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total with tax, after discounts and cash rounding.</source>
      <translation>Le total TTC, après remises et arrondi espèces.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The total without tax.</source>
      <translation>Le total HT.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The unit price with tax (empty on a return).</source>
      <translation>Le prix unitaire TTC (vide pour un retour).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>The user who made the document.</source>
      <translation>L'utilisateur qui a fait le document.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Times are given in the store's local time ({zone}) and in UTC.</source>
      <translation>Les heures sont données à l'heure locale du magasin ({zone}) et en UTC.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>What the entry is about: a document's number, a setting's name, a user, ...</source>
      <translation>Ce que concerne l'écriture : un numéro de document, un nom de paramètre, un utilisateur, ...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>Who did it: a user, or the terminal or the hub.</source>
      <translation>Qui l'a fait : un utilisateur, le terminal ou le hub.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>day, month, year or z.</source>
      <translation>day (jour), month (mois), year (exercice) ou z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/audit_export.py" />
      <source>sale or return.</source>
      <translation>sale (vente) ou return (retour).</translation>
    </message>
  </context>
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A gift card line is one card; scan the gift card again for another</source>
      <translation>Une ligne de carte cadeau est une seule carte ; scannez à nouveau pour une autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A price cannot be negative</source>
      <translation>Un prix ne peut pas être négatif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's price comes from its label</source>
      <translation>Le prix d'un article pesé vient de son étiquette</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>A weighed item's quantity comes from its label</source>
      <translation>La quantité d'un article pesé vient de son étiquette</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Nothing to park</source>
      <translation>Rien à mettre en attente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>Scan something before giving a discount</source>
      <translation>Scannez un article avant de faire une remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That parked sale is gone (recalled elsewhere?)</source>
      <translation>Cette vente en attente n'existe plus (reprise ailleurs ?)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That payment was already given back</source>
      <translation>Ce paiement a déjà été rendu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is cancelled; it cannot change</source>
      <translation>Cette vente est annulée ; elle ne peut plus changer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is completed; it cannot change</source>
      <translation>Cette vente est terminée ; elle ne peut plus changer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is no longer open; it cannot change</source>
      <translation>Cette vente n'est plus ouverte ; elle ne peut plus changer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale is parked; it cannot change</source>
      <translation>Cette vente est en attente ; elle ne peut pas changer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>That sale no longer exists; start a new one</source>
      <translation>Cette vente n'existe plus ; commencez-en une nouvelle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/tax_rates.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing added</source>
      <translation>{name} n'est pas en vente avant le {day}, jour où son taux de TVA commence ; rien n'a été ajouté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket.py" />
      <source>{sku} is not a gift card product</source>
      <translation>{sku} n'est pas un article carte cadeau</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Customers are kept at the hub, and this station has no hub</source>
      <translation>Les clients sont gérés au siège, et cette caisse n'a pas de siège</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>No customer has the loyalty card {card}</source>
      <translation>Aucun client n'a la carte de fidélité {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Points are already taken on this sale; give them back first</source>
      <translation>Des points sont déjà pris sur cette vente : rendez-les d'abord</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached, and the loyalty card {card} is not among this station's recent customers</source>
      <translation>Siège injoignable, et la carte de fidélité {card} n'est pas parmi les clients récents de cette caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub cannot be reached: customers cannot be created offline; try again later</source>
      <translation>Siège injoignable : impossible de créer un client hors ligne ; réessayez plus tard</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused the search ({detail})</source>
      <translation>Le siège a refusé la recherche ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused to look up the loyalty card {card} ({detail})</source>
      <translation>Le siège a refusé de rechercher la carte de fidélité {card} ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>The hub refused: {detail}</source>
      <translation>Le siège a refusé : {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/customers.py" />
      <source>Type at least two characters, or scan the card</source>
      <translation>Saisissez au moins deux caractères, ou scannez la carte</translation>
    </message>
  </context>
  <context>
    <name>disk</name>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Le retour {number} est enregistré et son ticket imprimé ; son PDF n'a pas pu être gardé ({reason}) : prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Return {number} is saved: do not take it back again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Le retour {number} est enregistré : ne le reprenez pas une seconde fois. Son ticket n'a pas pu être écrit ({reason}) : prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>La vente {number} est enregistrée et son ticket imprimé ; son PDF n'a pas pu être gardé ({reason}) : prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Sale {number} is saved: do not ring it up again. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>La vente {number} est enregistrée : ne l'encaissez pas une seconde fois. Son ticket n'a pas pu être écrit ({reason}) : prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>The copy of {number} could not be written: {reason}. Free some disk space and try again.</source>
      <translation>La copie de {number} n'a pas pu être écrite : {reason}. Libérez de la place sur le disque et réessayez.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.</source>
      <translation>Le Z {number} est enregistré et imprimé ; son PDF n'a pas pu être gardé ({reason}) : prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>Z report {number} is saved. Its receipt could not be written ({reason}): tell the manager.</source>
      <translation>Le Z {number} est enregistré. Son ticket n'a pas pu être écrit ({reason}) : prévenez le responsable.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the disk is read-only</source>
      <translation>le disque est en lecture seule</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>the receipts folder may not be written to (permission denied)</source>
      <translation>le dossier des tickets n'est pas accessible en écriture (permission refusée)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pending_receipts.py" />
      <source>{number} not written: {reason}</source>
      <translation>{number} non écrit : {reason}</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>A closing is of a day, a month or a year (got {kind})</source>
      <translation>Une clôture porte sur un jour, un mois ou une année (reçu : {kind})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal_records.py" />
      <source>A closing is printed on an A4 sheet only</source>
      <translation>Une clôture s'imprime sur une feuille A4 uniquement</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>No closing is numbered {number}</source>
      <translation>Aucune clôture ne porte le numéro {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The closing {number} does not match its journal entry; run `storedesk journal verify`</source>
      <translation>La clôture {number} ne correspond pas à son entrée du journal ; lancez `storedesk journal verify`</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The station's clock ({today}) is behind the last closing {number}: check its date and time</source>
      <translation>L'horloge de la caisse ({today}) est antérieure à la dernière clôture {number} : vérifiez sa date et son heure</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>The store's fiscal country has no fiscal closings</source>
      <translation>Le pays fiscal du magasin ne prévoit pas de clôtures fiscales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This fiscal year is already closed ({number})</source>
      <translation>Cet exercice est déjà clôturé ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>This month is already closed ({number})</source>
      <translation>Ce mois est déjà clôturé ({number})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/fiscal/closings.py" />
      <source>Today is already closed ({number})</source>
      <translation>La journée est déjà clôturée ({number})</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has nothing left (balance {balance})</source>
      <translation>La carte cadeau {code} est vide (solde {balance})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} has only {balance} left</source>
      <translation>Il ne reste que {balance} sur la carte cadeau {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is in {currency}: this store takes {ours}</source>
      <translation>La carte cadeau {code} est en {currency} : ce magasin accepte {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code} is not known or not activated yet</source>
      <translation>La carte cadeau {code} est inconnue ou pas encore activée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift card {code}: the hub refused ({detail})</source>
      <translation>Carte cadeau {code} : le serveur central a refusé ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>Gift cards are kept at the hub, and this station has no hub</source>
      <translation>Les cartes cadeaux sont gérées par le serveur central, et cette caisse n'en a pas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>No answer from the hub: gift cards cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>Serveur central sans réponse : pas de carte cadeau hors ligne. Si elle a été débitée, la caisse la recrédite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The amount to take from the gift card must be more than zero</source>
      <translation>Le montant à prendre sur la carte cadeau doit être supérieur à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The catalog has no gift card product</source>
      <translation>Le catalogue n'a pas d'article carte cadeau</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: gift cards cannot be checked offline</source>
      <translation>Serveur central injoignable : impossible de vérifier une carte cadeau hors ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub cannot be reached: the gift card payment stays taken; try again later</source>
      <translation>Serveur central injoignable : le paiement par carte cadeau reste encaissé ; réessayez plus tard</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub did not give the gift card payment back ({detail})</source>
      <translation>Le serveur central n'a pas rendu le paiement par carte cadeau ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/gift_cards.py" />
      <source>The hub's answer about this gift card is malformed</source>
      <translation>La réponse du serveur central sur cette carte cadeau est illisible</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price change labels · {store}</source>
      <translation>Étiquettes de changement de prix · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Price labels · {store}</source>
      <translation>Étiquettes de prix · {store}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Shelf labels · {store}</source>
      <translation>Étiquettes de rayon · {store}</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Attach the customer to the sale first (Ctrl+K)</source>
      <translation>Associez d'abord le client à la vente (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>No answer from the hub: points cannot be redeemed offline. If the hub took them, the till gives them back</source>
      <translation>Serveur central sans réponse : pas de points hors ligne. S'ils ont été débités, la caisse les recrédite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>Points are kept at the hub, and this station has no hub</source>
      <translation>Les points sont gérés au siège, et cette caisse n'a pas de siège</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The amount to pay with points must be more than zero</source>
      <translation>Le montant à payer en points doit être supérieur à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub cannot be reached: the points payment stays taken; try again later</source>
      <translation>Siège injoignable : le paiement en points reste pris ; réessayez plus tard</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub did not give the points back ({detail})</source>
      <translation>Le siège n'a pas rendu les points ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/loyalty.py" />
      <source>The hub refused the points: {detail}</source>
      <translation>Le siège a refusé les points : {detail}</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>A parcel weighs at most {most} kg</source>
      <translation>Un colis pèse au plus {most} kg</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}</source>
      <translation>Ligne {line} refusée ({reason}) : {effect}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Line {line} rejected ({reason}): {effect}. Nothing can be supplied: the order is rejected; the hub re-routes or cancels it</source>
      <translation>Ligne {line} refusée ({reason}) : {effect}. Rien ne peut être fourni : la commande est refusée ; le central la réoriente ou l'annule</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>No such order at this store</source>
      <translation>Commande inconnue dans ce magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} accepted: print the pick list and pick it</source>
      <translation>Commande {number} acceptée : imprimez la liste de préparation et préparez-la</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} cannot be packed now</source>
      <translation>La commande {number} ne peut pas être emballée maintenant</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not pack it</source>
      <translation>La commande {number} a expiré : ne l'emballez pas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} has expired: do not ship it</source>
      <translation>La commande {number} a expiré : ne l'expédiez pas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Order {number} has not been handed over</source>
      <translation>La commande {number} n'a pas été remise</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} has nothing set aside to return to the shelf</source>
      <translation>La commande {number} n'a rien de réservé à remettre en rayon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is already accepted</source>
      <translation>La commande {number} est déjà acceptée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is already shipped</source>
      <translation>La commande {number} est déjà expédiée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is collected at the desk, not shipped</source>
      <translation>La commande {number} est retirée au comptoir, pas expédiée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer until {until}; it is not expired yet</source>
      <translation>La commande {number} est gardée pour le client jusqu'au {until} ; elle n'est pas encore expirée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is held for the customer; it is not expired yet</source>
      <translation>La commande {number} est gardée pour le client ; elle n'est pas encore expirée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} is not packed yet: pack it first (F11)</source>
      <translation>La commande {number} n'est pas encore emballée : emballez-la d'abord (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number} is packed: ship it (F12)</source>
      <translation>La commande {number} est emballée : expédiez-la (F12)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is ready; the customer is notified. Held %n day(s).</source>
      <translation>
        <numerusform>Commande {number} prête ; le client est prévenu. Gardée %n jour.</numerusform>
        <numerusform>Commande {number} prête ; le client est prévenu. Gardée %n jours.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Order {number} is shipped to the customer: it is not handed over here</source>
      <translation>La commande {number} est expédiée au client : elle n'est pas remise ici</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>Order {number} is shipped to the customer: pack it (F11) instead</source>
      <translation>La commande {number} est expédiée au client : emballez-la plutôt (F11)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} packed in %n parcel(s): the labels are printing</source>
      <translation>
        <numerusform>Commande {number} emballée en %n colis : les étiquettes s'impriment</numerusform>
        <numerusform>Commande {number} emballée en %n colis : les étiquettes s'impriment</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} shipped: %n parcel(s)</source>
      <translation>
        <numerusform>Commande {number} expédiée : %n colis</numerusform>
        <numerusform>Commande {number} expédiée : %n colis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by} ({reason}): do not hand it over.</source>
      <translation>La commande {number} a été annulée par {by} ({reason}) : ne la remettez pas.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was cancelled by {by}: do not hand it over.</source>
      <translation>La commande {number} a été annulée par {by} : ne la remettez pas.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not pack it</source>
      <translation>La commande {number} a été annulée : ne l'emballez pas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Order {number} was cancelled: do not ship it</source>
      <translation>La commande {number} a été annulée : ne l'expédiez pas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by} ({reason}): do not hand it over.</source>
      <translation>La commande {number} a été expirée par {by} ({reason}) : ne la remettez pas.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>Order {number} was expired by {by}: do not hand it over.</source>
      <translation>La commande {number} a été expirée par {by} : ne la remettez pas.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shelf.py" />
      <source>Order {number}: items back on the shelf, reservation released</source>
      <translation>Commande {number} : articles remis en rayon, réservation libérée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Pack into 1 to {most} parcels</source>
      <translation>Emballez en 1 à {most} colis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel} has no label yet: print the labels (F11)</source>
      <translation>Le colis {parcel} n'a pas encore d'étiquette : imprimez les étiquettes (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcel {parcel}: type its weight</source>
      <translation>Colis {parcel} : saisissez son poids</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: type or scan its tracking number</source>
      <translation>Colis {parcel} : saisissez ou scannez son n° de suivi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Parcel {parcel}: {tracking} is not a tracking number (4 to 40 letters, digits or dashes)</source>
      <translation>Colis {parcel} : {tracking} n'est pas un n° de suivi (4 à 40 lettres, chiffres ou tirets)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>Parcels {first} and {second} have the same tracking number</source>
      <translation>Les colis {first} et {second} ont le même n° de suivi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Take the payment first: {total} to pay at pickup</source>
      <translation>Encaissez d'abord : {total} à payer au retrait</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>That pickup code does not match this order. Ask the customer again, or check an ID</source>
      <translation>Ce code de retrait ne correspond pas à cette commande. Redemandez au client ou vérifiez une pièce d'identité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/carriers.py" />
      <source>Unknown carrier {carrier}</source>
      <translation>Transporteur inconnu {carrier}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/queues.py" />
      <source>Unknown queue {tab}</source>
      <translation>File inconnue {tab}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>Verify the customer: type or scan the pickup code, or record the ID shown</source>
      <translation>Vérifiez le client : tapez ou scannez le code de retrait, ou notez la pièce d'identité présentée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/handover.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; nothing was handed over</source>
      <translation>{name} n'est pas en vente avant le {day}, jour où son taux de TVA commence ; rien n'a été remis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: one taken back off</source>
      <translation>{name} : un retiré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked</source>
      <translation>{name} : {picked} sur {wanted} préparé(s)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F11 packs it</source>
      <translation>{name} : {picked} sur {wanted} préparés — toutes les lignes faites : F11 emballe</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/picking.py" />
      <source>{name}: {picked} of {wanted} picked — all lines done: F9 marks it ready</source>
      <translation>{name} : {picked} sur {wanted} préparé(s) — toutes les lignes sont faites : F9 la marque prête</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/feed.py" />
      <source>{stop} Its items are set aside: put them back on the shelf (Return to shelf).</source>
      <translation>{stop} Ses articles sont mis de côté : remettez-les en rayon (Remise en rayon).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/shipping.py" />
      <source>{typed} is not a weight: type the kilograms, such as 1.2</source>
      <translation>{typed} n'est pas un poids : saisissez les kilos, par ex. 1,2</translation>
    </message>
  </context>
  <context>
    <name>pickup_slip</name>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID card</source>
      <translation>carte d'identité</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name}</source>
      <translation>Pièce présentée : {document} …{reference}, {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>ID shown: {document} …{reference}, {name} for {customer}</source>
      <translation>Pièce présentée : {document} …{reference}, {name} pour {customer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>Paid at pickup, receipt {receipt}</source>
      <translation>Payé au retrait, ticket {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>To pay at pickup: {amount}</source>
      <translation>À payer au retrait : {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>driving licence</source>
      <translation>permis de conduire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>other document</source>
      <translation>autre pièce</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/pickup/slips.py" />
      <source>passport</source>
      <translation>passeport</translation>
    </message>
  </context>
  <context>
    <name>promotions</name>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} added</source>
      <translation>Coupon {code} ajouté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/promotions.py" />
      <source>Coupon {code} removed</source>
      <translation>Coupon {code} retiré</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>A Z report number is a whole number from 1</source>
      <translation>Un numéro de Z est un nombre entier à partir de 1</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No Z report yet on this station</source>
      <translation>Pas encore de Z sur cette caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>No shift is open: an X report reads the open shift</source>
      <translation>Aucune session ouverte : un X lit la session ouverte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The counted total of {tender} cannot be negative</source>
      <translation>Le total compté en {tender} ne peut pas être négatif</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>The paper must be one of {papers}</source>
      <translation>Le papier doit être l'un de : {papers}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/reports.py" />
      <source>There is no Z report {number}</source>
      <translation>Il n'y a pas de Z {number}</translation>
    </message>
  </context>
  <context>
    <name>restore</name>
    <message>
      <location filename="../../../src/storedesk/services/restore/pending.py" />
      <source>This station was restored from a backup and has not caught up with the hub yet: nothing can be numbered until it has. Run `{command}` (with the hub reachable).</source>
      <translation>Cette caisse a été restaurée depuis une sauvegarde et n'est pas encore à jour avec le serveur central : aucun document ne peut être numéroté d'ici là. Lancez `{command}` (serveur central joignable).</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>A payment of {amount} is already taken on the counter's sale: complete it at the counter first (F12 takes the rest in cash), then do the exchange</source>
      <translation>Un paiement de {amount} est déjà pris sur la vente en caisse : terminez-la d'abord en caisse (F12 encaisse le reste en espèces), puis faites l'échange</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>Ligne {line} ({item}) : une carte cadeau vendue n'est pas remboursée ; son solde reste sur la carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>Line {line} ({item}): only {left} left to return (another return was just recorded)</source>
      <translation>Ligne {line} ({item}) : il ne reste que {left} à retourner (un autre retour vient d'être enregistré)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): the return window (%n day(s)) is over for this sale</source>
      <translation>
        <numerusform>Ligne {line} ({item}) : le délai de retour (%n jour) est dépassé pour cette vente</numerusform>
        <numerusform>Ligne {line} ({item}) : le délai de retour (%n jours) est dépassé pour cette vente</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/planning.py" />
      <source>Line {line} ({item}): {category} cannot be returned</source>
      <translation>Ligne {line} ({item}) : la catégorie {category} ne peut pas être retournée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Line {line} is not on receipt {receipt}</source>
      <translation>La ligne {line} n'est pas sur le ticket {receipt}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station and the hub cannot be reached: returns of other stations' sales need the hub</source>
      <translation>Le ticket {receipt} ne vient pas de cette caisse et le serveur central est injoignable : les retours des ventes d'autres caisses en ont besoin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not from this station, and this station has no hub to ask</source>
      <translation>Le ticket {receipt} ne vient pas de cette caisse, et cette caisse n'a pas de serveur central à interroger</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Receipt {receipt} is not known here nor at the hub</source>
      <translation>Le ticket {receipt} est inconnu ici et au serveur central</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Scan at least one item to return</source>
      <translation>Scannez au moins un article à retourner</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>Scan the receipt's barcode or type its number</source>
      <translation>Scannez le code-barres du ticket ou tapez son numéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The counter's sale changed while the hub was asked: nothing was done; look at it and exchange again</source>
      <translation>La vente en caisse a changé pendant la demande au serveur central : rien n'a été fait ; vérifiez-la et refaites l'échange</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached and this store takes no returns offline</source>
      <translation>Le serveur central est injoignable et ce magasin ne prend pas de retours hors ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub cannot be reached: only this station's own sales can be returned offline</source>
      <translation>Le serveur central est injoignable : hors ligne, seules les ventes de cette caisse peuvent être retournées</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub refused the lookup: {detail}</source>
      <translation>Le serveur central a refusé la recherche : {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused the return: {detail}</source>
      <translation>Le serveur central a refusé le retour : {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>The hub refused: {detail}</source>
      <translation>Refusé par le serveur central : {detail}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/lookup.py" />
      <source>The hub's answer about this sale is malformed; nothing was changed</source>
      <translation>La réponse du serveur central sur cette vente est illisible ; rien n'a été modifié</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/exchange.py" />
      <source>The new items cost {amount} more than the returned ones: take a payment</source>
      <translation>Les nouveaux articles coûtent {amount} de plus que ceux rendus : encaissez la différence</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>Unknown SKU {sku}</source>
      <translation>Référence inconnue {sku}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/complete.py" />
      <source>{item}: SKU {sku} is not in this store's catalog; it cannot be restocked</source>
      <translation>{item} : la référence {sku} n'est pas au catalogue de ce magasin ; impossible de la remettre en stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: a gift card sold is not refunded; what is on it stays on the card</source>
      <translation>{item} : une carte cadeau vendue n'est pas remboursée ; son solde reste sur la carte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: the quantity must be more than zero</source>
      <translation>{item} : la quantité doit être supérieure à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{item}: {category} cannot be returned</source>
      <translation>{item} : la catégorie {category} ne peut pas être retournée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/returns/no_receipt.py" />
      <source>{name} is not on sale before {day}, the day its tax rate starts; it cannot be returned</source>
      <translation>{name} n'est pas en vente avant le {day}, jour où son taux de TVA commence ; il ne peut pas être retourné</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>An ordered line has no order from the hub yet; nothing was saved</source>
      <translation>Une ligne commandée n'a pas encore de commande du serveur central ; rien n'a été enregistré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>No shift is open: sales need an open shift. A manager opens one on the Shift screen (F11)</source>
      <translation>Aucune session ouverte : il faut une session pour vendre. Un responsable l'ouvre sur l'écran Session (F11)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The basket is empty</source>
      <translation>Le panier est vide</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>The user {username} who approved a change to this sale is unknown; nothing was saved</source>
      <translation>L'utilisateur {username} qui a validé une modification de cette vente est inconnu ; rien n'a été enregistré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>This sale is marked paid but its receipt is missing; nothing was saved</source>
      <translation>Cette vente est marquée payée mais son ticket manque ; rien n'a été enregistré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sale.py" />
      <source>{cash} in cash for {due} due is more than a customer hands over; check the amount, and confirm it if it is right</source>
      <translation>{cash} en espèces pour {due} à payer, c'est plus qu'un client ne donne ; vérifiez le montant et validez-le s'il est juste</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: no product with this code; nothing added</source>
      <translation>{code} : aucun article avec ce code ; rien n'a été ajouté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: scale item {plu} is not in the catalog</source>
      <translation>{code} : l'article pesé {plu} n'est pas au catalogue</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/catalog.py" />
      <source>{code}: unknown barcode; nothing added</source>
      <translation>{code} : code-barres inconnu ; rien n'a été ajouté</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Count the cash in the drawer before closing the shift</source>
      <translation>Comptez les espèces du tiroir avant de clôturer la session</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Give a reason (what the cash is for)</source>
      <translation>Indiquez un motif (à quoi servent les espèces)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open on this station</source>
      <translation>Aucune session ouverte sur cette caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>No shift is open: open the shift first (the drawer belongs to a shift)</source>
      <translation>Aucune session ouverte : ouvrez d'abord la session (le tiroir appartient à une session)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is already open (since {since}); close it before opening another</source>
      <translation>La session {number} est déjà ouverte (depuis le {since}) ; clôturez-la avant d'en ouvrir une autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Shift {number} is no longer the open shift (shift {open} is); count again</source>
      <translation>La session {number} n'est plus la session ouverte (c'est la {open}) ; recomptez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The amount must be more than zero</source>
      <translation>Le montant doit être supérieur à zéro</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>The reason is too long: at most %n characters</source>
      <translation>
        <numerusform>Le motif est trop long : %n caractère au plus</numerusform>
        <numerusform>Le motif est trop long : %n caractères au plus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} does not match the open period {period}; nothing was saved</source>
      <translation>Le Z {z} ne correspond pas à la période ouverte {period} ; rien n'a été enregistré</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/shift.py" />
      <source>Z {z} is recorded but its PDF could not be written: {reason}</source>
      <translation>Le Z {z} est enregistré mais son PDF n'a pas pu être écrit : {reason}</translation>
    </message>
  </context>
  <context>
    <name>signin</name>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>Only a manager can take over the sale of {name}</source>
      <translation>Seul un responsable peut reprendre la vente de {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/basket_owner.py" />
      <source>The sale of {name} is no longer open here</source>
      <translation>La vente de {name} n'est plus ouverte ici</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN</source>
      <translation>Utilisateur inconnu ou code PIN erroné</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Unknown user or wrong PIN (%n tries left)</source>
      <translation>
        <numerusform>Utilisateur inconnu ou code PIN erroné (%n essai restant)</numerusform>
        <numerusform>Utilisateur inconnu ou code PIN erroné (%n essais restants)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>Wrong PIN. {name} is now locked for %n minute(s)</source>
      <translation>
        <numerusform>Code PIN erroné. {name} est bloqué(e) pour %n minute</numerusform>
        <numerusform>Code PIN erroné. {name} est bloqué(e) pour %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} ({role}) may not {action} either</source>
      <translation>{name} ({role}) n'a pas le droit non plus de : {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is an auditor: an auditor's PIN approves nothing</source>
      <translation>{name} est auditeur : le code d'un auditeur n'autorise rien</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is disabled at this store; a manager can enable them again</source>
      <translation>{name} est désactivé(e) dans ce magasin ; un responsable peut le réactiver</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/services/auth.py" />
      <source>{name} is locked after too many wrong PINs; try again in %n min or ask a manager</source>
      <translation>
        <numerusform>{name} est bloqué(e) après trop de codes PIN erronés ; réessayez dans %n min ou appelez un responsable</numerusform>
        <numerusform>{name} est bloqué(e) après trop de codes PIN erronés ; réessayez dans %n min ou appelez un responsable</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Choose a PIN other than the one you were given</source>
      <translation>Choisissez un code PIN différent de celui qu'on vous a donné</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>No user {username} at this store (`storedesk user list` shows them)</source>
      <translation>Aucun utilisateur {username} dans ce magasin (`storedesk user list` les affiche)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>Your PIN is your own already: a manager can reset it for you</source>
      <translation>Votre code PIN est déjà le vôtre : un responsable peut le réinitialiser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is a {role}: only a manager may {action}</source>
      <translation>{name} est {role} : seul un responsable peut : {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already active</source>
      <translation>{name} est déjà actif/active</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is already disabled</source>
      <translation>{name} est déjà désactivé(e)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is managed by the hub: change them with `storedesk-hub staff`, not at the till</source>
      <translation>{name} est géré(e) par le serveur central : modifiez-le avec `storedesk-hub staff`, pas à la caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} is not locked and has no wrong PINs to clear</source>
      <translation>{name} n'est pas bloqué(e) et n'a pas de code PIN erroné à effacer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/staff.py" />
      <source>{name} may no longer {action}</source>
      <translation>{name} n'a plus le droit de : {action}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>A count is a cycle count or a full count</source>
      <translation>Un inventaire est tournant ou complet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A large adjustment (over 10 units or 50.00) needs a manager's approval</source>
      <translation>Un gros ajustement (plus de 10 unités ou 50,00) demande l'accord d'un responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>A transfer goes to another store, not to this one</source>
      <translation>Un transfert va vers un autre magasin, pas vers celui-ci</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>A {role} may not adjust stock; a manager can authorise it</source>
      <translation>Un {role} ne peut pas ajuster le stock ; un responsable peut l'autoriser</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Add at least one product to the transfer</source>
      <translation>Ajoutez au moins un article au transfert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/adjust.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Choisissez un motif : {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved on station {station}: no more scans</source>
      <translation>L'inventaire {doc} est validé sur la caisse {station} : plus de scan possible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is approved: no more scans</source>
      <translation>L'inventaire {doc} est validé : plus de scan possible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled on station {station}: no more scans</source>
      <translation>L'inventaire {doc} est annulé sur la caisse {station} : plus de scan possible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is cancelled: no more scans</source>
      <translation>L'inventaire {doc} est annulé : plus de scan possible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} is closed: no more scans</source>
      <translation>L'inventaire {doc} est clos : plus de scan possible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: approve it there</source>
      <translation>L'inventaire {doc} a été lancé sur la caisse {station} : validez-le là-bas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Count {doc} was started on station {station}: cancel it there</source>
      <translation>L'inventaire {doc} a été lancé sur la caisse {station} : annulez-le là-bas</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Delivery {reference} is already {status}; nothing was changed</source>
      <translation>La livraison {reference} est déjà clôturée ({status}) ; rien n'a été modifié</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Give the delivery a reference (the supplier's delivery note number)</source>
      <translation>Donnez une référence à la livraison (le numéro du bon de livraison du fournisseur)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>No price change is waiting for a label</source>
      <translation>Aucun changement de prix n'attend d'étiquette</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>No such count</source>
      <translation>Inventaire inconnu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>No such delivery</source>
      <translation>Livraison inconnue</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>Nothing was counted: scan products first, or cancel the count</source>
      <translation>Rien n'a été compté : scannez d'abord des articles, ou annulez l'inventaire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Nothing was scanned yet: scan the items received, then post</source>
      <translation>Rien n'a encore été scanné : scannez les articles reçus, puis validez</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>Offline: the hub cannot be reached, so other stores' stock is unknown right now. Try again when the station is online</source>
      <translation>Hors ligne : le serveur central est injoignable, le stock des autres magasins est inconnu pour l'instant. Réessayez quand la caisse sera en ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/reorder.py" />
      <source>Reorder points are set by a supervisor or a manager</source>
      <translation>Les seuils de réappro sont fixés par un superviseur ou un responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>Scan or type a barcode or SKU</source>
      <translation>Scannez ou tapez un code-barres ou une référence</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>Select at least one product for labels</source>
      <translation>Sélectionnez au moins un article pour les étiquettes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub does not know {sku} in any store yet</source>
      <translation>Le serveur central ne connaît encore {sku} dans aucun magasin</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>The hub refused the question ({status})</source>
      <translation>Le serveur central a refusé la demande ({status})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>The receiving report is printed once the delivery is posted</source>
      <translation>Le rapport de réception s'imprime une fois la livraison validée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/where.py" />
      <source>This station is not connected to a hub, so other stores' stock is not known here</source>
      <translation>Cette caisse n'est pas reliée à un serveur central : le stock des autres magasins n'est pas connu ici</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>Type at least one expected line</source>
      <translation>Saisissez au moins une ligne attendue</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/transfer.py" />
      <source>Type the store code the goods go to</source>
      <translation>Tapez le code du magasin destinataire</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/posting.py" />
      <source>{code}: no product has this barcode or SKU</source>
      <translation>{code} : aucun article n'a ce code-barres ou cette référence</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/receiving.py" />
      <source>{item}: only {received} received so far; cannot take back {taken}</source>
      <translation>{item} : seulement {received} reçu(s) jusqu'ici ; impossible d'en retirer {taken}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/stock/counts.py" />
      <source>{item}: the count cannot go below zero</source>
      <translation>{item} : le comptage ne peut pas descendre sous zéro</translation>
    </message>
  </context>
  <context>
    <name>stock_report</name>
    <message>
      <location filename="../../../src/storedesk/services/stock/printing.py" />
      <source>{store} ({code}) · station {station}</source>
      <translation>{store} ({code}) · caisse {station}</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>The hub refused this station's copy of its journal or archives: {reason}. It is tried again once a day.</source>
      <translation>Le serveur central a refusé la copie du journal ou des archives de cette caisse : {reason}. Nouvel essai une fois par jour.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/sync.py" />
      <source>This station is not registered at a hub: run `{command}`</source>
      <translation>Cette caisse n'est pas enregistrée sur un serveur central : lancez `{command}`</translation>
    </message>
  </context>
  <context>
    <name>vouchers</name>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No answer from the hub: vouchers cannot be taken offline. If the hub took it, the till gives it back</source>
      <translation>Serveur central sans réponse : pas d'avoir hors ligne. S'il a été débité, la caisse le recrédite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>No payment is taken on this sale</source>
      <translation>Aucun paiement n'est pris sur cette vente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Scan or type the voucher's code (letters, digits and dashes)</source>
      <translation>Scannez ou tapez le code de l'avoir (lettres, chiffres et tirets)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The amount to take from the voucher must be more than zero</source>
      <translation>Le montant à prendre sur l'avoir doit être supérieur à zéro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: the voucher payment stays taken; try again later</source>
      <translation>Le serveur central est injoignable : le paiement par avoir reste pris ; réessayez plus tard</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub cannot be reached: vouchers cannot be checked offline</source>
      <translation>Le serveur central est injoignable : les avoirs ne peuvent pas être vérifiés hors ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back ({detail})</source>
      <translation>Le serveur central n'a pas rendu le paiement par avoir ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub did not give the voucher payment back, and the sale changed meanwhile: voucher {code} keeps {amount} taken; tell the manager</source>
      <translation>Le serveur central n'a pas rendu le paiement par avoir, et la vente a changé entre-temps : l'avoir {code} garde {amount} pris ; prévenez le responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>The hub's answer about this voucher is malformed</source>
      <translation>La réponse du serveur central sur cet avoir est illisible</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} has only {balance} left</source>
      <translation>Il ne reste que {balance} sur l'avoir {code}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is already used: nothing is left on it</source>
      <translation>L'avoir {code} est déjà utilisé : il n'y reste rien</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is in {currency}: this store takes {ours}</source>
      <translation>L'avoir {code} est en {currency} : ce magasin accepte {ours}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code} is not known</source>
      <translation>Avoir {code} inconnu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Voucher {code}: the hub refused ({detail})</source>
      <translation>Avoir {code} : refusé par le serveur central ({detail})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/services/vouchers.py" />
      <source>Vouchers are kept at the hub, and this station has no hub</source>
      <translation>Les avoirs sont gérés par le serveur central, et cette caisse n'en a pas</translation>
    </message>
  </context>
</TS>
