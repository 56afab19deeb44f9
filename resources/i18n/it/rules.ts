<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A card or a voucher cannot pay more than what is left; it gives no change</source>
      <translation>Una carta o un buono non può pagare più del rimanente; non dà resto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount cannot exceed 100 %</source>
      <translation>Uno sconto non può superare il 100 %</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount must be zero or more</source>
      <translation>Uno sconto deve essere zero o più</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be parked. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Su questa vendita è già stato incassato un pagamento di {amount}, quindi non può essere sospesa. Prima completa la vendita (F10, o F12 incassa il resto in contanti) o restituisci il pagamento (F10, poi Canc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be set aside. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Su questa vendita è già stato incassato un pagamento di {amount}, quindi non può essere messa da parte. Prima completa la vendita (F10, o F12 incassa il resto in contanti) o restituisci il pagamento (F10, poi Canc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be voided whole. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Su questa vendita è già stato incassato un pagamento di {amount}, quindi non può essere annullata per intero. Prima completa la vendita (F10, o F12 incassa il resto in contanti) o restituisci il pagamento (F10, poi Canc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be {becomes}. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>Su questa vendita è già stato incassato un pagamento di {amount} ({becomes}: non possibile). Prima completa la vendita (F10, o F12 incassa il resto in contanti) o restituisci il pagamento (F10, poi Canc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No payment is taken on this sale</source>
      <translation>Nessun pagamento incassato su questa vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No such line in the basket</source>
      <translation>Questa riga non è nella vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity above {limit} refused; check what was typed</source>
      <translation>Quantità oltre {limit} rifiutata; controlla quanto digitato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity has more than 3 decimals</source>
      <translation>La quantità ha più di 3 decimali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be a number</source>
      <translation>La quantità deve essere un numero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be more than zero</source>
      <translation>La quantità deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Scan something before taking a payment</source>
      <translation>Scansiona un articolo prima di incassare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That discount is too large; check what was typed</source>
      <translation>Sconto troppo alto; controlla quanto digitato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That line is voided</source>
      <translation>Questa riga è annullata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>{amount} is already paid by card or voucher on this sale, so it cannot cost less than that. Give that payment back first (F10, then Del)</source>
      <translation>Su questa vendita sono già stati pagati {amount} con carta o buono, quindi non può costare meno. Prima restituisci quel pagamento (F10, poi Canc)</translation>
    </message>
  </context>
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>'{text}' is not a denomination of {currency}</source>
      <translation>'{text}' non è un taglio di {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin} cannot be negative</source>
      <translation>I pezzi da {coin} non possono essere negativi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: '{text}' is not a whole number of pieces</source>
      <translation>Pezzi da {coin}: '{text}' non è un numero intero di pezzi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: whole numbers only</source>
      <translation>Pezzi da {coin}: solo numeri interi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{count} pieces of {coin}? Check what was typed</source>
      <translation>{count} pezzi da {coin}? Controlla quanto digitato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{text} is not a note or coin of {currency}</source>
      <translation>{text} non è una banconota né una moneta in {currency}</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with a gift card</source>
      <translation>Una carta regalo non si paga con una carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with loyalty points; give the points back first (F10, then Del)</source>
      <translation>Una carta regalo non si paga con punti fedeltà; restituisci prima i punti (F10, poi Canc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card is on two lines of this sale; void one</source>
      <translation>Una carta regalo è su due righe di questa vendita; annullane una</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card loads exactly its amount: it takes no discount and no other price. Void the line and sell the card again with the right amount</source>
      <translation>Una carta regalo carica esattamente il suo importo: nessuno sconto né altro prezzo. Annulla la riga e vendi di nuovo la carta con l'importo giusto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card takes at most {most} at a time</source>
      <translation>Una carta regalo accetta al massimo {most} alla volta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card's amount must be more than zero</source>
      <translation>L'importo di una carta regalo deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Gift card {code} is already on this sale</source>
      <translation>La carta regalo {code} è già in questa vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card and type its amount</source>
      <translation>Scansiona la carta regalo e digita l'importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card's code (6 to 32 letters, digits or dashes)</source>
      <translation>Scansiona il codice della carta regalo (da 6 a 32 lettere, cifre o trattini)</translation>
    </message>
  </context>
  <context>
    <name>journal</name>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>a restore's skipped numbers are not valid: {what}</source>
      <translation>i numeri saltati da un ripristino non sono validi: {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal</source>
      <translation>documento {number} mancante nel giornale</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal, and %n other number(s)</source>
      <translation>
        <numerusform>documento {number} mancante nel giornale, e %n altro numero</numerusform>
        <numerusform>documento {number} mancante nel giornale, e altri %n numeri</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>hash does not match its content</source>
      <translation>l'hash non corrisponde al contenuto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>no public key to check the signature with</source>
      <translation>nessuna chiave pubblica per verificare la firma</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>previous hash does not match</source>
      <translation>l'hash precedente non corrisponde</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>sequence gap: expected {expected}, found {found}</source>
      <translation>salto nella sequenza: atteso {expected}, trovato {found}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature does not match the entry</source>
      <translation>la firma non corrisponde alla registrazione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature missing</source>
      <translation>firma mancante</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by another key ({key}), not one of this station's ({known})</source>
      <translation>firmato con un'altra chiave ({key}), non con una di questa cassa ({known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key} before the station introduced it</source>
      <translation>firmato con la chiave {key} prima che la cassa la dichiarasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key}, which is not one of the keys given with --key</source>
      <translation>firmato con la chiave {key}, che non è tra quelle indicate con --key</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed entry missing from the journal</source>
      <translation>registrazione firmata mancante nel giornale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed with an unknown algorithm ({algorithm})</source>
      <translation>firmato con un algoritmo sconosciuto ({algorithm})</translation>
    </message>
  </context>
  <context>
    <name>limits</name>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>The sale total becomes {total}, more than {limit}</source>
      <translation>Il totale della vendita diventa {total}, più di {limit}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{first}; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. A {role} may not sell it alone; a manager can authorise it</source>
      <translation>{limits}. Un {role} non può venderlo da solo; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. Confirm it, or correct it</source>
      <translation>{limits}. Confermalo o correggilo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line</source>
      <translation>{quantity} × {name} è più di {limit} su una riga</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Give the customer's name (at most 200 characters)</source>
      <translation>Indica il nome del cliente (al massimo 200 caratteri)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Points cannot be redeemed: the store's loyalty rules set no point value</source>
      <translation>Punti non utilizzabili: le regole fedeltà del negozio non fissano il valore del punto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{card} is not a loyalty card number</source>
      <translation>{card} non è un numero di carta fedeltà</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{email} is not an email address</source>
      <translation>{email} non è un indirizzo e-mail</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{phone} is not a phone number</source>
      <translation>{phone} non è un numero di telefono</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' has more decimals than {currency} allows</source>
      <translation>'{text}' ha più decimali di quanti ne consenta {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is not an amount</source>
      <translation>'{text}' non è un importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is too large for an amount; check what was typed</source>
      <translation>'{text}' è troppo grande per un importo; controlla quanto digitato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>Enter an amount</source>
      <translation>Inserisci un importo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>{amount} has more decimals than {currency} allows; check what was typed</source>
      <translation>{amount} ha più decimali di quanti ne consenta {currency}; controlla quanto digitato</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A gift card payment needs the card's code</source>
      <translation>Un pagamento con carta regalo richiede il codice della carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A payment must be more than zero</source>
      <translation>Un pagamento deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A points payment needs the customer's loyalty card</source>
      <translation>Un pagamento a punti richiede la carta fedeltà del cliente</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A sale total cannot be negative</source>
      <translation>Il totale di una vendita non può essere negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A voucher payment needs the voucher's code</source>
      <translation>Un pagamento con buono richiede il codice del buono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A {tender} payment cannot be taken before the sale completes</source>
      <translation>Un pagamento con {tender} non si può incassare prima di chiudere la vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Add a payment first</source>
      <translation>Aggiungi prima un pagamento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Card payments exceed the amount due; cards give no change</source>
      <translation>I pagamenti con carta superano l'importo dovuto; le carte non danno resto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Enter the card terminal's approval code</source>
      <translation>Inserisci il codice di autorizzazione del POS</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>That payment is too large; check what was typed</source>
      <translation>Pagamento troppo alto; controlla quanto digitato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay</source>
      <translation>Restano da pagare {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay in cash</source>
      <translation>Restano da pagare in contanti {amount}</translation>
    </message>
  </context>
  <context>
    <name>permissions</name>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not adjust stock; a manager can authorise it</source>
      <translation>Un cassiere non può rettificare le giacenze; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not change a price; a manager can authorise it</source>
      <translation>Un cassiere non può cambiare un prezzo; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not close a shift; a manager can authorise it</source>
      <translation>Un cassiere non può chiudere un turno; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount above your limit; a manager can authorise it</source>
      <translation>Un cassiere non può fare uno sconto oltre il proprio limite; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount; a manager can authorise it</source>
      <translation>Un cassiere non può fare uno sconto; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not manage staff; a manager can authorise it</source>
      <translation>Un cassiere non può gestire il personale; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open a shift; a manager can authorise it</source>
      <translation>Un cassiere non può aprire un turno; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open the drawer without a sale; a manager can authorise it</source>
      <translation>Un cassiere non può aprire il cassetto senza vendita; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not pay cash in or out; a manager can authorise it</source>
      <translation>Un cassiere non può fare un versamento o un prelievo di contanti; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not print reports; a manager can authorise it</source>
      <translation>Un cassiere non può stampare i report; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund above the refund limit; a manager can authorise it</source>
      <translation>Un cassiere non può rimborsare oltre il limite di rimborso; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>Un cassiere non può rimborsare in contanti oltre il limite per i contanti; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not reprint a receipt; a manager can authorise it</source>
      <translation>Un cassiere non può ristampare uno scontrino; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>Un cassiere non può vendere una quantità o un totale oltre i limiti del negozio; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return without a receipt; a manager can authorise it</source>
      <translation>Un cassiere non può accettare un reso senza scontrino; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return; a manager can authorise it</source>
      <translation>Un cassiere non può accettare un reso; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a line; a manager can authorise it</source>
      <translation>Un cassiere non può annullare una riga; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a sale; a manager can authorise it</source>
      <translation>Un cassiere non può annullare una vendita; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not adjust stock; a manager can authorise it</source>
      <translation>Un supervisore non può rettificare le giacenze; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not change a price; a manager can authorise it</source>
      <translation>Un supervisore non può cambiare un prezzo; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not close a shift; a manager can authorise it</source>
      <translation>Un supervisore non può chiudere un turno; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount above your limit; a manager can authorise it</source>
      <translation>Un supervisore non può fare uno sconto oltre il proprio limite; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount; a manager can authorise it</source>
      <translation>Un supervisore non può fare uno sconto; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not manage staff; a manager can authorise it</source>
      <translation>Un supervisore non può gestire il personale; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open a shift; a manager can authorise it</source>
      <translation>Un supervisore non può aprire un turno; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open the drawer without a sale; a manager can authorise it</source>
      <translation>Un supervisore non può aprire il cassetto senza vendita; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not pay cash in or out; a manager can authorise it</source>
      <translation>Un supervisore non può fare un versamento o un prelievo di contanti; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not print reports; a manager can authorise it</source>
      <translation>Un supervisore non può stampare i report; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund above the refund limit; a manager can authorise it</source>
      <translation>Un supervisore non può rimborsare oltre il limite di rimborso; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>Un supervisore non può rimborsare in contanti oltre il limite per i contanti; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not reprint a receipt; a manager can authorise it</source>
      <translation>Un supervisore non può ristampare uno scontrino; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>Un supervisore non può vendere una quantità o un totale oltre i limiti del negozio; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return without a receipt; a manager can authorise it</source>
      <translation>Un supervisore non può accettare un reso senza scontrino; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return; a manager can authorise it</source>
      <translation>Un supervisore non può accettare un reso; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a line; a manager can authorise it</source>
      <translation>Un supervisore non può annullare una riga; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a sale; a manager can authorise it</source>
      <translation>Un supervisore non può annullare una vendita; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A {role} may not {action}; a manager can authorise it</source>
      <translation>Un {role} non può {action}; un responsabile può autorizzarlo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>An auditor may only view and print: they may not {action}</source>
      <translation>Un revisore può solo consultare e stampare: non può {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>adjust stock</source>
      <translation>rettificare la giacenza</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>auditor</source>
      <translation>revisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change a price</source>
      <translation>cambiare un prezzo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change the store's records</source>
      <translation>modificare i dati del negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>clerk</source>
      <translation>cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>close a shift</source>
      <translation>chiudere un turno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount</source>
      <translation>fare uno sconto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount above your limit</source>
      <translation>fare uno sconto oltre il proprio limite</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manage staff</source>
      <translation>gestire il personale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manager</source>
      <translation>responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open a shift</source>
      <translation>aprire un turno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open the drawer without a sale</source>
      <translation>aprire il cassetto senza vendita</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>pay cash in or out</source>
      <translation>fare versamenti o prelievi di contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>print reports</source>
      <translation>stampare i report</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund above the refund limit</source>
      <translation>rimborsare oltre il limite di rimborso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>rimborsare in contanti oltre il limite in contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>reprint a receipt</source>
      <translation>ristampare uno scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell</source>
      <translation>vendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell a quantity or a total above the store's limits</source>
      <translation>vendere una quantità o un totale oltre i limiti del negozio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>supervisor</source>
      <translation>supervisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return</source>
      <translation>accettare un reso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return without a receipt</source>
      <translation>accettare un reso senza scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>view the fiscal records</source>
      <translation>consultare i registri fiscali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a line</source>
      <translation>stornare una riga</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a sale</source>
      <translation>stornare una vendita</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A picked quantity must be more than zero</source>
      <translation>La quantità preparata deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A rejected quantity must be more than zero</source>
      <translation>La quantità rifiutata deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Accepted</source>
      <translation>Accettato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Cancelled</source>
      <translation>Annullato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Scegli un motivo: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose at least one item to hand over</source>
      <translation>Scegli almeno un articolo da consegnare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Collected</source>
      <translation>Ritirato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Damaged (the unit is written off)</source>
      <translation>Danneggiato (l'unità viene scaricata)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Expired</source>
      <translation>Scaduto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Extra item: {name} — {picked} of {wanted} already picked. Put it back.</source>
      <translation>Articolo in più: {name} — {picked} di {wanted} già preparati. Rimettilo a posto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): only {left} left to pick, cannot reject {asked}</source>
      <translation>Riga {line} ({name}): restano solo {left} da preparare, impossibile rifiutarne {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): {picked} picked, cannot hand over {asked}</source>
      <translation>Riga {line} ({name}): {picked} preparati, impossibile consegnarne {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} is not on this order</source>
      <translation>La riga {line} non è in questo ordine</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it</source>
      <translation>Riga {line} {name}: {left} di {ordered} ancora da preparare — scansionala o rifiutala</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it (and %n more line(s))</source>
      <translation>
        <numerusform>Riga {line} {name}: {left} di {ordered} ancora da preparare — scansionala o rifiutala (e %n altra riga)</numerusform>
        <numerusform>Riga {line} {name}: {left} di {ordered} ancora da preparare — scansionala o rifiutala (e altre %n righe)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line}: only {picked} picked</source>
      <translation>Riga {line}: solo {picked} preparati</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Mismatch (the shelf item is not what was ordered: recount)</source>
      <translation>Non corrisponde (l'articolo a scaffale non è quello ordinato: ricontare)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>New</source>
      <translation>Nuovo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Nothing was picked: every line is rejected, so the order cannot be ready</source>
      <translation>Nulla è stato preparato: tutte le righe sono rifiutate, l'ordine non può essere pronto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be accepted now</source>
      <translation>L'ordine {number} non può essere accettato ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be cancelled now</source>
      <translation>L'ordine {number} non può essere annullato ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be changed now</source>
      <translation>L'ordine {number} non può essere modificato ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be expired now</source>
      <translation>L'ordine {number} non può essere segnato come scaduto ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be handed over now</source>
      <translation>L'ordine {number} non può essere consegnato ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be marked ready now</source>
      <translation>L'ordine {number} non può essere segnato come pronto ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be picked now</source>
      <translation>L'ordine {number} non può essere preparato ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be rejected now</source>
      <translation>L'ordine {number} non può essere rifiutato ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be returned to shelf now</source>
      <translation>L'ordine {number} non può essere rimesso a scaffale ora</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not accept it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non accettarlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not cancel it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non annullarlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not expire it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non farlo scadere; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not hand over it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non consegnarlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not mark ready it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non segnarlo come pronto; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not pick it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non prepararlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject a line of it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non rifiutarne righe; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non rifiutarlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not return to shelf it; put its items back on the shelf</source>
      <translation>L'ordine {number} è scaduto: non rimetterlo a scaffale come scaduto; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not accept it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non accettarlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not cancel it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non annullarlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not expire it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non farlo scadere; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not hand over it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non consegnarlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not mark ready it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non segnarlo come pronto; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not pick it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non prepararlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject a line of it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non rifiutarne righe; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non rifiutarlo; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not return to shelf it; put its items back on the shelf</source>
      <translation>L'ordine {number} è stato annullato: non rimetterlo a scaffale come scaduto; rimetti gli articoli a scaffale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Out of stock (none on the shelf: the count is corrected)</source>
      <translation>Esaurito (niente a scaffale: la giacenza viene corretta)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Partly collected</source>
      <translation>Ritirato in parte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Picking</source>
      <translation>In preparazione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Ready</source>
      <translation>Pronto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Rejected</source>
      <translation>Rifiutato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the last 2 to 4 letters or digits of the document number (never the whole number)</source>
      <translation>Digita gli ultimi 2-4 caratteri del numero del documento (mai il numero intero)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the name shown on the ID</source>
      <translation>Digita il nome riportato sul documento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: this product is not on this order. Put it back.</source>
      <translation>Articolo sbagliato: questo prodotto non è nell'ordine. Rimettilo a posto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: {name} is not on this order. Put it back.</source>
      <translation>Articolo sbagliato: {name} non è nell'ordine. Rimettilo a posto.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count already shows none available</source>
      <translation>la giacenza non ne indica già nessuno disponibile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count corrected by -{quantity} (none left on the shelf)</source>
      <translation>giacenza corretta di -{quantity} (niente sullo scaffale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>damaged</source>
      <translation>danneggiato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>mismatch</source>
      <translation>errato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>no stock change; recount the product</source>
      <translation>giacenza invariata; riconta l'articolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>out of stock</source>
      <translation>esaurito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>{quantity} written off as damaged</source>
      <translation>{quantity} scaricato/i come danneggiato/i</translation>
    </message>
  </context>
  <context>
    <name>pricing</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} has no id</source>
      <translation>La promozione n. {position} non ha un id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} is not an object</source>
      <translation>La promozione n. {position} non è un oggetto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id} is in the file twice</source>
      <translation>La promozione {id} è due volte nel file</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id}: {reason}</source>
      <translation>Promozione {id}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file has unknown fields: {fields}</source>
      <translation>Il file delle promozioni ha campi sconosciuti: {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file is not JSON: {error}</source>
      <translation>Il file delle promozioni non è JSON: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file needs a list "promotions" at its top</source>
      <translation>Il file delle promozioni deve iniziare con una lista «promotions»</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a threshold promotion needs either amount or percent</source>
      <translation>una promozione threshold richiede amount oppure percent</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs skus or categories</source>
      <translation>una promozione {kind} richiede skus o categories</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs {fields}</source>
      <translation>una promozione {kind} richiede {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>coupon must be a code in quotes</source>
      <translation>coupon deve essere un codice tra virgolette</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty must be an object</source>
      <translation>loyalty deve essere un oggetto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: categories must map each category to its points per unit</source>
      <translation>loyalty: categories deve associare a ogni categoria i suoi punti per unità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {fields} is not a loyalty field (known: {known})</source>
      <translation>loyalty: {fields} non è un campo fedeltà (noti: {known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {field} must be a decimal number in quotes, like "1", not below zero</source>
      <translation>loyalty: {field} deve essere un numero decimale tra virgolette, come "1", non negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>percent must be more than 0 and at most 100</source>
      <translation>percent deve essere maggiore di 0 e al massimo 100</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>prices must map each SKU to its price</source>
      <translation>prices deve indicare il prezzo di ogni SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>priority must be a whole number</source>
      <translation>priority deve essere un numero intero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>stacking must be exclusive or combinable</source>
      <translation>stacking deve essere exclusive o combinable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>the kind {kind} is not known (known: {kinds})</source>
      <translation>il tipo {kind} non è noto (noti: {kinds})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>valid_to must come after valid_from</source>
      <translation>valid_to deve venire dopo valid_from</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{fields} is not a field of a {kind} promotion</source>
      <translation>{fields} non è un campo di una promozione {kind}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} cannot be negative</source>
      <translation>{field} non può essere negativo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} has more decimals than {currency} allows</source>
      <translation>{field} ha più decimali di quanti ne consenta {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a date or a date and time, like 2026-12-24T08:00</source>
      <translation>{field} deve essere una data o una data e ora, come 2026-12-24T08:00</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a decimal number in quotes, like "2.00"</source>
      <translation>{field} deve essere un numero decimale tra virgolette, come "2.00"</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a list of codes</source>
      <translation>{field} deve essere una lista di codici</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a whole number of at least {least}</source>
      <translation>{field} deve essere un numero intero di almeno {least}</translation>
    </message>
  </context>
  <context>
    <name>reasons</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Changed mind</source>
      <translation>Ripensamento</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Damaged on arrival</source>
      <translation>Arrivato danneggiato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Faulty</source>
      <translation>Difettoso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Not as described</source>
      <translation>Non conforme alla descrizione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Other</source>
      <translation>Altro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Unwanted gift</source>
      <translation>Regalo non gradito</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Wrong size</source>
      <translation>Taglia sbagliata</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>A refund must be zero or more</source>
      <translation>Un rimborso deve essere zero o più</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Scegli un motivo: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose at least one line to return</source>
      <translation>Scegli almeno una riga da rendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name})</source>
      <translation>Riga {line} ({name})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) is chosen twice; enter its quantity once</source>
      <translation>Riga {line} ({name}) scelta due volte; inserisci la quantità una sola volta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) was already returned in full; nothing is left to return</source>
      <translation>Riga {line} ({name}) già resa per intero; non resta nulla da rendere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Riga {line} ({name}): restano solo {left} da rendere, richiesti {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity has more than 3 decimals</source>
      <translation>Riga {line} ({name}): la quantità ha più di 3 decimali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity must be a number</source>
      <translation>Riga {line} ({name}): la quantità deve essere un numero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity to return must be more than zero</source>
      <translation>Riga {line} ({name}): la quantità da rendere deve essere maggiore di zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): whole units only, {asked} asked</source>
      <translation>Riga {line} ({name}): solo unità intere, richiesti {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} is not on this receipt</source>
      <translation>La riga {line} non è su questo scontrino</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{line}: condition must be restock or damaged</source>
      <translation>{line}: lo stato deve essere «rimettere in giacenza» o «danneggiato»</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{total} cannot go back to the original payments: {card} left on card and {cash} in cash. Refund to store credit or ask a manager.</source>
      <translation>{total} non può tornare sui pagamenti originali: restano {card} su carta e {cash} in contanti. Rimborsa con un buono o chiama un responsabile.</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{code}' is not a barcode or SKU</source>
      <translation>'{code}' non è un codice a barre né un codice articolo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{text}' is not a quantity</source>
      <translation>'{text}' non è una quantità</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>Nothing scanned</source>
      <translation>Nessuna scansione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: a barcode has 8, 12, 13 or 14 digits, not {count}</source>
      <translation>{code}: un codice a barre ha 8, 12, 13 o 14 cifre, non {count}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: check digit is wrong; scan it again</source>
      <translation>{code}: cifra di controllo errata; scansiona di nuovo</translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A PIN is 4 to 8 digits</source>
      <translation>Un PIN ha da 4 a 8 cifre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A name is at most {limit} printable characters</source>
      <translation>Un nome ha al massimo {limit} caratteri stampabili</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>Give the person's name as it should appear on receipts and screens</source>
      <translation>Indica il nome della persona come deve apparire su scontrini e schermate</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>That PIN is too easy to guess (one digit repeated, a run such as 1234, or a pair such as 1212): choose another</source>
      <translation>Questo PIN è troppo facile da indovinare (una cifra ripetuta, una sequenza come 1234 o una coppia come 1212): scegline un altro</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>The two PINs differ: type the same new PIN twice</source>
      <translation>I due PIN sono diversi: digita due volte lo stesso nuovo PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a clerk</source>
      <translation>È già cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a manager</source>
      <translation>È già responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a supervisor</source>
      <translation>È già supervisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: add or enable another manager first</source>
      <translation>È l'ultimo responsabile attivo del negozio: prima aggiungi o riattiva un altro responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: make someone else a manager first</source>
      <translation>È l'ultimo responsabile attivo del negozio: prima nomina responsabile un'altra persona</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>You cannot disable yourself: another manager can</source>
      <translation>Non puoi disattivare te stesso: può farlo un altro responsabile</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>'{text}' is not a quantity: type a number such as 3 or 0.25</source>
      <translation>'{text}' non è una quantità: digita un numero come 3 o 0,25</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Damaged</source>
      <translation>Danneggiato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Expired</source>
      <translation>Scaduto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Found</source>
      <translation>Ritrovato</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Own use</source>
      <translation>Uso interno</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Sample</source>
      <translation>Campione</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>The quantity may not be zero</source>
      <translation>La quantità non può essere zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Theft</source>
      <translation>Furto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: at most 3 decimals</source>
      <translation>{text}: al massimo 3 decimali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: the quantity may not be negative</source>
      <translation>{text}: la quantità non può essere negativa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: too large for one line</source>
      <translation>{text}: troppo grande per una riga</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>Cannot open {path}: {reason}. Nothing was changed.</source>
      <translation>Impossibile aprire {path}: {reason}. Nulla è stato modificato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged.</source>
      <translation>Il file del database è danneggiato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged. Nothing was saved; restore the last backup.</source>
      <translation>Il file del database è danneggiato. Nulla è stato salvato; ripristina l'ultimo backup.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it).</source>
      <translation>Il database è occupato (un altro programma lo usa).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it). Nothing was saved; try again.</source>
      <translation>Il database è occupato (un altro programma lo usa). Nulla è stato salvato; riprova.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only.</source>
      <translation>Il database è in sola lettura.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only. Nothing was saved.</source>
      <translation>Il database è in sola lettura. Nulla è stato salvato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}).</source>
      <translation>Il database ha rifiutato la modifica ({reason}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}). Nothing was saved.</source>
      <translation>Il database ha rifiutato la modifica ({reason}). Nulla è stato salvato.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full.</source>
      <translation>Il disco è pieno.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>Il disco è pieno. Nulla è stato salvato; libera spazio e riprova.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is busy: another program holds it. Close it and try again.</source>
      <translation>{path} è occupato: un altro programma lo usa. Chiudilo e riprova.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is not a readable storedesk database: {reason}</source>
      <translation>{path} non è un database storedesk leggibile: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} was written by a newer storedesk (schema {revision}); this version knows up to {head}. Install the newer storedesk. The file was not changed.</source>
      <translation>{path} è stato scritto da uno storedesk più recente (schema {revision}); questa versione conosce fino a {head}. Installa lo storedesk più recente. Il file non è stato modificato.</translation>
    </message>
  </context>
  <context>
    <name>tenders</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>card</source>
      <translation>carta</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>cash</source>
      <translation>contanti</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>exchange credit</source>
      <translation>credito di cambio</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>gift card</source>
      <translation>carta regalo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>loyalty points</source>
      <translation>punti fedeltà</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>online payment</source>
      <translation>pagamento online</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>voucher</source>
      <translation>buono</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in litres: at most 3 decimals</source>
      <translation>{name} si misura in litri: al massimo 3 decimali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in metres: at most 2 decimals</source>
      <translation>{name} si misura in metri: al massimo 2 decimali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is priced by its scale label: type a whole number of labels</source>
      <translation>{name} ha il prezzo sull'etichetta della bilancia: digita un numero intero di etichette</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is sold by the piece: type a whole number</source>
      <translation>{name} si vende al pezzo: digita un numero intero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is weighed in kg: at most 3 decimals</source>
      <translation>{name} si pesa in kg: al massimo 3 decimali</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name}: the quantity must be a number</source>
      <translation>{name}: la quantità deve essere un numero</translation>
    </message>
  </context>
</TS>
