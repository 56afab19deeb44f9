<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A card or a voucher cannot pay more than what is left; it gives no change</source>
      <translation>Karte oder Gutschein können nicht mehr als den Rest zahlen; kein Rückgeld</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount cannot exceed 100 %</source>
      <translation>Ein Rabatt kann 100 % nicht überschreiten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount must be zero or more</source>
      <translation>Ein Rabatt muss null oder mehr sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be parked. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Auf diesen Verkauf sind bereits {amount} bezahlt: er kann nicht geparkt werden. Erst abschließen (F10, oder F12 kassiert den Rest bar) oder die Zahlung zurückgeben (F10, dann Entf)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be set aside. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Auf diesen Verkauf sind bereits {amount} bezahlt: er kann nicht beiseitegelegt werden. Erst abschließen (F10, oder F12 kassiert den Rest bar) oder die Zahlung zurückgeben (F10, dann Entf)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be voided whole. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Auf diesen Verkauf sind bereits {amount} bezahlt: er kann nicht ganz storniert werden. Erst abschließen (F10, oder F12 kassiert den Rest bar) oder die Zahlung zurückgeben (F10, dann Entf)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be {becomes}. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Auf diesen Verkauf sind bereits {amount} bezahlt ({becomes} nicht möglich). Erst abschließen (F10, oder F12 kassiert den Rest bar) oder die Zahlung zurückgeben (F10, dann Entf)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No payment is taken on this sale</source>
      <translation>Auf diesem Verkauf ist keine Zahlung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No such line in the basket</source>
      <translation>Diese Position ist nicht im Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity above {limit} refused; check what was typed</source>
      <translation>Menge über {limit} abgelehnt; Eingabe prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity has more than 3 decimals</source>
      <translation>Menge hat mehr als 3 Nachkommastellen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be a number</source>
      <translation>Menge muss eine Zahl sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be more than zero</source>
      <translation>Menge muss größer als null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Scan something before taking a payment</source>
      <translation>Erst einen Artikel scannen, dann kassieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That discount is too large; check what was typed</source>
      <translation>Rabatt zu hoch; Eingabe prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That line is voided</source>
      <translation>Diese Position ist storniert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>{amount} is already paid by card or voucher on this sale, so it cannot cost less than that. Give that payment back first (F10, then Del)</source>
      <translation>{amount} sind bereits per Karte oder Gutschein bezahlt: der Verkauf kann nicht weniger kosten. Erst die Zahlung zurückgeben (F10, dann Entf)</translation>
    </message>
  </context>
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>'{text}' is not a denomination of {currency}</source>
      <translation>„{text}“ ist kein Nennwert in {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin} cannot be negative</source>
      <translation>Anzahl {coin} darf nicht negativ sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: '{text}' is not a whole number of pieces</source>
      <translation>{coin}: „{text}“ ist keine ganze Stückzahl</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: whole numbers only</source>
      <translation>{coin}: nur ganze Stückzahlen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{count} pieces of {coin}? Check what was typed</source>
      <translation>{count} Stück zu {coin}? Eingabe prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{text} is not a note or coin of {currency}</source>
      <translation>{text} ist kein Schein und keine Münze in {currency}</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with a gift card</source>
      <translation>Eine Geschenkkarte kann nicht mit einer Geschenkkarte bezahlt werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with loyalty points; give the points back first (F10, then Del)</source>
      <translation>Eine Geschenkkarte kann nicht mit Treuepunkten bezahlt werden; geben Sie die Punkte zuerst zurück (F10, dann Entf)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card is on two lines of this sale; void one</source>
      <translation>Eine Geschenkkarte steht zweimal im Verkauf; eine stornieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card loads exactly its amount: it takes no discount and no other price. Void the line and sell the card again with the right amount</source>
      <translation>Eine Geschenkkarte lädt genau ihren Betrag: kein Rabatt, kein anderer Preis. Stornieren Sie die Zeile und verkaufen Sie die Karte erneut mit dem richtigen Betrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card takes at most {most} at a time</source>
      <translation>Eine Geschenkkarte nimmt höchstens {most} auf einmal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card's amount must be more than zero</source>
      <translation>Der Betrag einer Geschenkkarte muss über null liegen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Gift card {code} is already on this sale</source>
      <translation>Geschenkkarte {code} ist schon in diesem Verkauf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card and type its amount</source>
      <translation>Geschenkkarte scannen und Betrag tippen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card's code (6 to 32 letters, digits or dashes)</source>
      <translation>Code der Geschenkkarte scannen (6 bis 32 Buchstaben, Ziffern, Striche)</translation>
    </message>
  </context>
  <context>
    <name>journal</name>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>a restore's skipped numbers are not valid: {what}</source>
      <translation>die bei einer Wiederherstellung übersprungenen Nummern sind ungültig: {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal</source>
      <translation>Beleg {number} fehlt im Journal</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal, and %n other number(s)</source>
      <translation>
        <numerusform>Beleg {number} fehlt im Journal, dazu %n weitere Nummer</numerusform>
        <numerusform>Beleg {number} fehlt im Journal, dazu %n weitere Nummern</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>hash does not match its content</source>
      <translation>Hash passt nicht zum Inhalt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>no public key to check the signature with</source>
      <translation>kein öffentlicher Schlüssel zum Prüfen der Signatur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>previous hash does not match</source>
      <translation>vorheriger Hash passt nicht</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>sequence gap: expected {expected}, found {found}</source>
      <translation>Lücke in der Folge: {expected} erwartet, {found} gefunden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature does not match the entry</source>
      <translation>Signatur passt nicht zum Eintrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature missing</source>
      <translation>Signatur fehlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by another key ({key}), not one of this station's ({known})</source>
      <translation>mit einem fremden Schlüssel ({key}) signiert, nicht mit einem dieser Kasse ({known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key} before the station introduced it</source>
      <translation>mit dem Schlüssel {key} signiert, bevor die Kasse ihn eingeführt hat</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key}, which is not one of the keys given with --key</source>
      <translation>mit dem Schlüssel {key} signiert, der nicht zu den mit --key angegebenen gehört</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed entry missing from the journal</source>
      <translation>signierter Eintrag fehlt im Journal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed with an unknown algorithm ({algorithm})</source>
      <translation>mit unbekanntem Verfahren signiert ({algorithm})</translation>
    </message>
  </context>
  <context>
    <name>limits</name>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>The sale total becomes {total}, more than {limit}</source>
      <translation>Die Verkaufssumme wird {total}, mehr als {limit}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{first}; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. A {role} may not sell it alone; a manager can authorise it</source>
      <translation>{limits}. Rolle {role} darf das nicht allein verkaufen; ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. Confirm it, or correct it</source>
      <translation>{limits}. Bestätigen oder korrigieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line</source>
      <translation>{quantity} × {name} ist mehr als {limit} in einer Zeile</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Give the customer's name (at most 200 characters)</source>
      <translation>Namen des Kunden angeben (höchstens 200 Zeichen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Points cannot be redeemed: the store's loyalty rules set no point value</source>
      <translation>Punkte nicht einlösbar: die Treueregeln des Geschäfts legen keinen Punktwert fest</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{card} is not a loyalty card number</source>
      <translation>{card} ist keine Kundenkartennummer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{email} is not an email address</source>
      <translation>{email} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{phone} is not a phone number</source>
      <translation>{phone} ist keine Telefonnummer</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' has more decimals than {currency} allows</source>
      <translation>„{text}“ hat mehr Nachkommastellen, als {currency} erlaubt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is not an amount</source>
      <translation>„{text}“ ist kein Betrag</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is too large for an amount; check what was typed</source>
      <translation>„{text}“ ist als Betrag zu groß; Eingabe prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>Enter an amount</source>
      <translation>Betrag eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>{amount} has more decimals than {currency} allows; check what was typed</source>
      <translation>{amount} hat mehr Nachkommastellen, als {currency} erlaubt; Eingabe prüfen</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A gift card payment needs the card's code</source>
      <translation>Eine Zahlung mit Geschenkkarte braucht den Code der Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A payment must be more than zero</source>
      <translation>Eine Zahlung muss größer als null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A points payment needs the customer's loyalty card</source>
      <translation>Eine Zahlung mit Punkten braucht die Kundenkarte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A sale total cannot be negative</source>
      <translation>Eine Verkaufssumme kann nicht negativ sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A voucher payment needs the voucher's code</source>
      <translation>Gutscheinzahlung braucht den Gutscheincode</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A {tender} payment cannot be taken before the sale completes</source>
      <translation>Eine Zahlung per {tender} ist erst zum Abschluss des Verkaufs möglich</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Add a payment first</source>
      <translation>Zuerst eine Zahlung erfassen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Card payments exceed the amount due; cards give no change</source>
      <translation>Kartenzahlungen übersteigen den Betrag; Karten geben kein Rückgeld</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Enter the card terminal's approval code</source>
      <translation>Genehmigungscode des Kartenterminals eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>That payment is too large; check what was typed</source>
      <translation>Zahlung zu hoch; Eingabe prüfen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay</source>
      <translation>Noch zu zahlen: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay in cash</source>
      <translation>Noch bar zu zahlen: {amount}</translation>
    </message>
  </context>
  <context>
    <name>permissions</name>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not adjust stock; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Bestand korrigieren. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not change a price; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Preis ändern. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not close a shift; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Schicht abschließen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount above your limit; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Rabatt über dem eigenen Limit geben. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Rabatt geben. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not manage staff; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Personal verwalten. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open a shift; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Schicht öffnen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open the drawer without a sale; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Kassenlade ohne Verkauf öffnen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not pay cash in or out; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Bareinlage oder Barentnahme buchen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not print reports; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Berichte drucken. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund above the refund limit; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: über dem Erstattungslimit erstatten. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: bar über dem Bar-Erstattungslimit erstatten. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not reprint a receipt; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Bon nachdrucken. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Menge oder Summe über den Filiallimits verkaufen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return without a receipt; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Rückgabe ohne Bon annehmen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Rückgabe annehmen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a line; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Position stornieren. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a sale; a manager can authorise it</source>
      <translation>Als Kassierer nicht erlaubt: Verkauf stornieren. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not adjust stock; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Bestand korrigieren. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not change a price; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Preis ändern. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not close a shift; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Schicht abschließen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount above your limit; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Rabatt über dem eigenen Limit geben. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Rabatt geben. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not manage staff; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Personal verwalten. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open a shift; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Schicht öffnen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open the drawer without a sale; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Kassenlade ohne Verkauf öffnen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not pay cash in or out; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Bareinlage oder Barentnahme buchen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not print reports; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Berichte drucken. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund above the refund limit; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: über dem Erstattungslimit erstatten. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: bar über dem Bar-Erstattungslimit erstatten. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not reprint a receipt; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Bon nachdrucken. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Menge oder Summe über den Filiallimits verkaufen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return without a receipt; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Rückgabe ohne Bon annehmen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Rückgabe annehmen. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a line; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Position stornieren. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a sale; a manager can authorise it</source>
      <translation>Als Schichtleiter nicht erlaubt: Verkauf stornieren. Ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A {role} may not {action}; a manager can authorise it</source>
      <translation>Rolle {role} darf nicht: {action}; ein Filialleiter kann es freigeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>An auditor may only view and print: they may not {action}</source>
      <translation>Ein Prüfer darf nur ansehen und drucken: er darf nicht {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>adjust stock</source>
      <translation>Bestand korrigieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>auditor</source>
      <translation>Prüfer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change a price</source>
      <translation>Preis ändern</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change the store's records</source>
      <translation>die Daten des Geschäfts ändern</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>clerk</source>
      <translation>Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>close a shift</source>
      <translation>Schicht abschließen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount</source>
      <translation>Rabatt geben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount above your limit</source>
      <translation>Rabatt über dem eigenen Limit geben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manage staff</source>
      <translation>Personal verwalten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manager</source>
      <translation>Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open a shift</source>
      <translation>Schicht öffnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open the drawer without a sale</source>
      <translation>Schublade ohne Verkauf öffnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>pay cash in or out</source>
      <translation>Bareinlage oder -entnahme buchen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>print reports</source>
      <translation>Berichte drucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund above the refund limit</source>
      <translation>über dem Erstattungslimit erstatten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>bar über dem Bar-Erstattungslimit erstatten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>reprint a receipt</source>
      <translation>Bon nachdrucken</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell</source>
      <translation>verkaufen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell a quantity or a total above the store's limits</source>
      <translation>Menge oder Summe über den Filiallimits verkaufen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>supervisor</source>
      <translation>Schichtleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return</source>
      <translation>Rückgabe annehmen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return without a receipt</source>
      <translation>Rückgabe ohne Bon annehmen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>view the fiscal records</source>
      <translation>die Fiskaldaten einsehen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a line</source>
      <translation>Zeile stornieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a sale</source>
      <translation>Verkauf stornieren</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A picked quantity must be more than zero</source>
      <translation>Kommissionierte Menge muss größer als null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A rejected quantity must be more than zero</source>
      <translation>Abgelehnte Menge muss größer als null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Accepted</source>
      <translation>Angenommen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Cancelled</source>
      <translation>Storniert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Grund wählen: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose at least one item to hand over</source>
      <translation>Mindestens einen Artikel zur Übergabe wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Collected</source>
      <translation>Abgeholt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Damaged (the unit is written off)</source>
      <translation>Beschädigt (Artikel wird ausgebucht)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Extra item: {name} — {picked} of {wanted} already picked. Put it back.</source>
      <translation>Zu viel: {name} — {picked} von {wanted} schon kommissioniert. Zurücklegen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): only {left} left to pick, cannot reject {asked}</source>
      <translation>Position {line} ({name}): nur noch {left} offen, {asked} ablehnen nicht möglich</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): {picked} picked, cannot hand over {asked}</source>
      <translation>Position {line} ({name}): {picked} kommissioniert, {asked} übergeben nicht möglich</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} is not on this order</source>
      <translation>Position {line} ist nicht in dieser Bestellung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it</source>
      <translation>Position {line} {name}: {left} von {ordered} noch offen — scannen oder ablehnen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it (and %n more line(s))</source>
      <translation>
        <numerusform>Position {line} {name}: {left} von {ordered} noch offen — scannen oder ablehnen (und %n weitere Position)</numerusform>
        <numerusform>Position {line} {name}: {left} von {ordered} noch offen — scannen oder ablehnen (und %n weitere Positionen)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line}: only {picked} picked</source>
      <translation>Position {line}: nur {picked} kommissioniert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Mismatch (the shelf item is not what was ordered: recount)</source>
      <translation>Abweichung (Regalartikel ist nicht der bestellte: nachzählen)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Nothing was picked: every line is rejected, so the order cannot be ready</source>
      <translation>Nichts kommissioniert: alle Positionen abgelehnt, die Bestellung kann nicht fertig sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be accepted now</source>
      <translation>Bestellung {number} kann jetzt nicht angenommen werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be cancelled now</source>
      <translation>Bestellung {number} kann jetzt nicht storniert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be changed now</source>
      <translation>Bestellung {number} kann jetzt nicht geändert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be expired now</source>
      <translation>Bestellung {number} kann jetzt nicht als abgelaufen markiert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be handed over now</source>
      <translation>Bestellung {number} kann jetzt nicht übergeben werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be marked ready now</source>
      <translation>Bestellung {number} kann jetzt nicht als fertig markiert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be picked now</source>
      <translation>Bestellung {number} kann jetzt nicht kommissioniert werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be rejected now</source>
      <translation>Bestellung {number} kann jetzt nicht abgelehnt werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be returned to shelf now</source>
      <translation>Bestellung {number} kann jetzt nicht ins Regal zurückgelegt werden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not accept it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht annehmen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not cancel it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht stornieren; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not expire it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht ablaufen lassen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not hand over it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht übergeben; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not mark ready it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht als fertig markieren; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not pick it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht kommissionieren; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject a line of it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: keine Position ablehnen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht ablehnen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not return to shelf it; put its items back on the shelf</source>
      <translation>Bestellung {number} ist abgelaufen: nicht als abgelaufen zurücklegen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not accept it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: nicht annehmen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not cancel it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: nicht stornieren; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not expire it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: nicht ablaufen lassen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not hand over it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: nicht übergeben; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not mark ready it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: nicht als fertig markieren; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not pick it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: nicht kommissionieren; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject a line of it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: keine Position ablehnen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: nicht ablehnen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not return to shelf it; put its items back on the shelf</source>
      <translation>Bestellung {number} wurde storniert: nicht als abgelaufen zurücklegen; Artikel zurück ins Regal legen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Out of stock (none on the shelf: the count is corrected)</source>
      <translation>Nicht vorrätig (nichts im Regal: Bestand wird korrigiert)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Partly collected</source>
      <translation>Teilweise abgeholt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Picking</source>
      <translation>In Kommissionierung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Ready</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Rejected</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the last 2 to 4 letters or digits of the document number (never the whole number)</source>
      <translation>Die letzten 2 bis 4 Zeichen der Ausweisnummer eingeben (nie die ganze Nummer)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the name shown on the ID</source>
      <translation>Namen wie auf dem Ausweis eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: this product is not on this order. Put it back.</source>
      <translation>Falscher Artikel: nicht in dieser Bestellung. Zurücklegen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: {name} is not on this order. Put it back.</source>
      <translation>Falscher Artikel: {name} ist nicht in dieser Bestellung. Zurücklegen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count already shows none available</source>
      <translation>Bestand zeigt bereits nichts verfügbar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count corrected by -{quantity} (none left on the shelf)</source>
      <translation>Bestand um -{quantity} korrigiert (nichts mehr im Regal)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>damaged</source>
      <translation>beschädigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>mismatch</source>
      <translation>falsch</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>no stock change; recount the product</source>
      <translation>Bestand unverändert; Artikel nachzählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>out of stock</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>{quantity} written off as damaged</source>
      <translation>{quantity} als beschädigt ausgebucht</translation>
    </message>
  </context>
  <context>
    <name>pricing</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} has no id</source>
      <translation>Aktion Nr. {position} hat keine id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} is not an object</source>
      <translation>Aktion Nr. {position} ist kein Objekt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id} is in the file twice</source>
      <translation>Aktion {id} steht zweimal in der Datei</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id}: {reason}</source>
      <translation>Aktion {id}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file has unknown fields: {fields}</source>
      <translation>Die Aktionsdatei hat unbekannte Felder: {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file is not JSON: {error}</source>
      <translation>Die Aktionsdatei ist kein JSON: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file needs a list "promotions" at its top</source>
      <translation>Die Aktionsdatei braucht oben eine Liste „promotions“</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a threshold promotion needs either amount or percent</source>
      <translation>eine threshold-Aktion braucht entweder amount oder percent</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs skus or categories</source>
      <translation>eine {kind}-Aktion braucht skus oder categories</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs {fields}</source>
      <translation>eine {kind}-Aktion braucht {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>coupon must be a code in quotes</source>
      <translation>coupon muss ein Code in Anführungszeichen sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty must be an object</source>
      <translation>loyalty muss ein Objekt sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: categories must map each category to its points per unit</source>
      <translation>loyalty: categories muss jeder Kategorie ihre Punkte je Einheit zuordnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {fields} is not a loyalty field (known: {known})</source>
      <translation>loyalty: {fields} ist kein Treuefeld (bekannt: {known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {field} must be a decimal number in quotes, like "1", not below zero</source>
      <translation>loyalty: {field} muss eine Dezimalzahl in Anführungszeichen sein, etwa "1", nicht unter null</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>percent must be more than 0 and at most 100</source>
      <translation>percent muss größer als 0 und höchstens 100 sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>prices must map each SKU to its price</source>
      <translation>prices muss jeder SKU ihren Preis zuordnen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>priority must be a whole number</source>
      <translation>priority muss eine ganze Zahl sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>stacking must be exclusive or combinable</source>
      <translation>stacking muss exclusive oder combinable sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>the kind {kind} is not known (known: {kinds})</source>
      <translation>die Art {kind} ist unbekannt (bekannt: {kinds})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>valid_to must come after valid_from</source>
      <translation>valid_to muss nach valid_from liegen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{fields} is not a field of a {kind} promotion</source>
      <translation>{fields} ist kein Feld einer {kind}-Aktion</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} cannot be negative</source>
      <translation>{field} darf nicht negativ sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} has more decimals than {currency} allows</source>
      <translation>{field} hat mehr Nachkommastellen, als {currency} erlaubt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a date or a date and time, like 2026-12-24T08:00</source>
      <translation>{field} muss ein Datum oder Datum mit Uhrzeit sein, z. B. 2026-12-24T08:00</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a decimal number in quotes, like "2.00"</source>
      <translation>{field} muss eine Dezimalzahl in Anführungszeichen sein, z. B. "2.00"</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a list of codes</source>
      <translation>{field} muss eine Liste von Codes sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a whole number of at least {least}</source>
      <translation>{field} muss eine ganze Zahl von mindestens {least} sein</translation>
    </message>
  </context>
  <context>
    <name>reasons</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Changed mind</source>
      <translation>Meinung geändert</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Damaged on arrival</source>
      <translation>Bei Lieferung beschädigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Faulty</source>
      <translation>Defekt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Not as described</source>
      <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Unwanted gift</source>
      <translation>Unerwünschtes Geschenk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Wrong size</source>
      <translation>Falsche Größe</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>A refund must be zero or more</source>
      <translation>Eine Erstattung muss null oder mehr sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Grund wählen: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose at least one line to return</source>
      <translation>Mindestens eine Position zur Rückgabe wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name})</source>
      <translation>Zeile {line} ({name})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) is chosen twice; enter its quantity once</source>
      <translation>Position {line} ({name}) doppelt gewählt; Menge nur einmal eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) was already returned in full; nothing is left to return</source>
      <translation>Position {line} ({name}) wurde schon ganz zurückgegeben; nichts mehr offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Position {line} ({name}): nur noch {left} rückgabefähig, {asked} verlangt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity has more than 3 decimals</source>
      <translation>Position {line} ({name}): Menge hat mehr als 3 Nachkommastellen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity must be a number</source>
      <translation>Position {line} ({name}): Menge muss eine Zahl sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity to return must be more than zero</source>
      <translation>Position {line} ({name}): Rückgabemenge muss größer als null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): whole units only, {asked} asked</source>
      <translation>Position {line} ({name}): nur ganze Stück, {asked} verlangt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} is not on this receipt</source>
      <translation>Position {line} ist nicht auf diesem Bon</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{line}: condition must be restock or damaged</source>
      <translation>{line}: Zustand muss „zurück ins Lager“ oder „beschädigt“ sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{total} cannot go back to the original payments: {card} left on card and {cash} in cash. Refund to store credit or ask a manager.</source>
      <translation>{total} kann nicht auf die ursprünglichen Zahlungen zurück: {card} auf Karte und {cash} bar möglich. Als Gutschein erstatten oder Filialleiter fragen.</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{code}' is not a barcode or SKU</source>
      <translation>„{code}“ ist weder Barcode noch Artikelnummer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{text}' is not a quantity</source>
      <translation>„{text}“ ist keine Menge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>Nothing scanned</source>
      <translation>Nichts gescannt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: a barcode has 8, 12, 13 or 14 digits, not {count}</source>
      <translation>{code}: ein Barcode hat 8, 12, 13 oder 14 Ziffern, nicht {count}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: check digit is wrong; scan it again</source>
      <translation>{code}: Prüfziffer falsch; erneut scannen</translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A PIN is 4 to 8 digits</source>
      <translation>Eine PIN hat 4 bis 8 Ziffern</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A name is at most {limit} printable characters</source>
      <translation>Ein Name hat höchstens {limit} druckbare Zeichen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>Give the person's name as it should appear on receipts and screens</source>
      <translation>Namen so eingeben, wie er auf Bons und Bildschirmen stehen soll</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>That PIN is too easy to guess (one digit repeated, a run such as 1234, or a pair such as 1212): choose another</source>
      <translation>Diese PIN ist zu leicht zu erraten (eine Ziffer wiederholt, eine Folge wie 1234 oder ein Paar wie 1212): andere wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>The two PINs differ: type the same new PIN twice</source>
      <translation>Die beiden PINs sind verschieden: neue PIN zweimal gleich eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a clerk</source>
      <translation>Die Person ist bereits Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a manager</source>
      <translation>Die Person ist bereits Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a supervisor</source>
      <translation>Die Person ist bereits Schichtleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: add or enable another manager first</source>
      <translation>Das ist der letzte aktive Filialleiter: zuerst einen anderen hinzufügen oder aktivieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: make someone else a manager first</source>
      <translation>Das ist der letzte aktive Filialleiter: zuerst jemand anderen zum Filialleiter machen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>You cannot disable yourself: another manager can</source>
      <translation>Sie können sich nicht selbst deaktivieren: ein anderer Filialleiter kann es</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>'{text}' is not a quantity: type a number such as 3 or 0.25</source>
      <translation>„{text}“ ist keine Menge: eine Zahl wie 3 oder 0,25 eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Damaged</source>
      <translation>Beschädigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Found</source>
      <translation>Gefunden</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Own use</source>
      <translation>Eigenverbrauch</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Sample</source>
      <translation>Muster</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>The quantity may not be zero</source>
      <translation>Die Menge darf nicht null sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Theft</source>
      <translation>Diebstahl</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: at most 3 decimals</source>
      <translation>{text}: höchstens 3 Nachkommastellen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: the quantity may not be negative</source>
      <translation>{text}: die Menge darf nicht negativ sein</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: too large for one line</source>
      <translation>{text}: zu groß für eine Position</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>Cannot open {path}: {reason}. Nothing was changed.</source>
      <translation>{path} kann nicht geöffnet werden: {reason}. Nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged.</source>
      <translation>Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged. Nothing was saved; restore the last backup.</source>
      <translation>Die Datenbankdatei ist beschädigt. Nichts wurde gespeichert; letzte Sicherung zurückspielen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it).</source>
      <translation>Die Datenbank ist belegt (ein anderes Programm nutzt sie).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it). Nothing was saved; try again.</source>
      <translation>Die Datenbank ist belegt (ein anderes Programm nutzt sie). Nichts wurde gespeichert; erneut versuchen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only.</source>
      <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only. Nothing was saved.</source>
      <translation>Die Datenbank ist schreibgeschützt. Nichts wurde gespeichert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}).</source>
      <translation>Die Datenbank hat die Änderung abgelehnt ({reason}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}). Nothing was saved.</source>
      <translation>Die Datenbank hat die Änderung abgelehnt ({reason}). Nichts wurde gespeichert.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full.</source>
      <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>Der Datenträger ist voll. Nichts wurde gespeichert; Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is busy: another program holds it. Close it and try again.</source>
      <translation>{path} ist belegt: ein anderes Programm nutzt die Datei. Programm schließen und erneut versuchen.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is not a readable storedesk database: {reason}</source>
      <translation>{path} ist keine lesbare storedesk-Datenbank: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} was written by a newer storedesk (schema {revision}); this version knows up to {head}. Install the newer storedesk. The file was not changed.</source>
      <translation>{path} stammt von einem neueren storedesk (Schema {revision}); diese Version kennt bis {head}. Neueres storedesk installieren. Die Datei wurde nicht geändert.</translation>
    </message>
  </context>
  <context>
    <name>tenders</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>card</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>cash</source>
      <translation>Bar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>exchange credit</source>
      <translation>Umtauschguthaben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>gift card</source>
      <translation>Geschenkkarte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>loyalty points</source>
      <translation>Treuepunkte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>online payment</source>
      <translation>Onlinezahlung</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>voucher</source>
      <translation>Gutschein</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in litres: at most 3 decimals</source>
      <translation>{name} wird in Litern gemessen: höchstens 3 Nachkommastellen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in metres: at most 2 decimals</source>
      <translation>{name} wird in Metern gemessen: höchstens 2 Nachkommastellen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is priced by its scale label: type a whole number of labels</source>
      <translation>{name} hat einen Waagen-Etikettenpreis: ganze Anzahl Etiketten eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is sold by the piece: type a whole number</source>
      <translation>{name} wird stückweise verkauft: ganze Zahl eingeben</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is weighed in kg: at most 3 decimals</source>
      <translation>{name} wird in kg gewogen: höchstens 3 Nachkommastellen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name}: the quantity must be a number</source>
      <translation>{name}: Menge muss eine Zahl sein</translation>
    </message>
  </context>
</TS>
