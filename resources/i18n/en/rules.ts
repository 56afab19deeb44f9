<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>basket</name>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A card or a voucher cannot pay more than what is left; it gives no change</source>
      <translation>A card or a voucher cannot pay more than what is left; it gives no change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount cannot exceed 100 %</source>
      <translation>A discount cannot exceed 100 %</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A discount must be zero or more</source>
      <translation>A discount must be zero or more</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be parked. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>A payment of {amount} is already taken on this sale, so it cannot be parked. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be set aside. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>A payment of {amount} is already taken on this sale, so it cannot be set aside. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be voided whole. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>A payment of {amount} is already taken on this sale, so it cannot be voided whole. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>A payment of {amount} is already taken on this sale, so it cannot be {becomes}. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</source>
      <translation>A payment of {amount} is already taken on this sale, so it cannot be {becomes}. Complete the sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No payment is taken on this sale</source>
      <translation>No payment is taken on this sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>No such line in the basket</source>
      <translation>No such line in the basket</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity above {limit} refused; check what was typed</source>
      <translation>Quantity above {limit} refused; check what was typed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity has more than 3 decimals</source>
      <translation>Quantity has more than 3 decimals</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be a number</source>
      <translation>Quantity must be a number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Quantity must be more than zero</source>
      <translation>Quantity must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>Scan something before taking a payment</source>
      <translation>Scan something before taking a payment</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That discount is too large; check what was typed</source>
      <translation>That discount is too large; check what was typed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>That line is voided</source>
      <translation>That line is voided</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/basket.py" />
      <source>{amount} is already paid by card or voucher on this sale, so it cannot cost less than that. Give that payment back first (F10, then Del)</source>
      <translation>{amount} is already paid by card or voucher on this sale, so it cannot cost less than that. Give that payment back first (F10, then Del)</translation>
    </message>
  </context>
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>'{text}' is not a denomination of {currency}</source>
      <translation>'{text}' is not a denomination of {currency}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin} cannot be negative</source>
      <translation>Pieces of {coin} cannot be negative</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: '{text}' is not a whole number of pieces</source>
      <translation>Pieces of {coin}: '{text}' is not a whole number of pieces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>Pieces of {coin}: whole numbers only</source>
      <translation>Pieces of {coin}: whole numbers only</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{count} pieces of {coin}? Check what was typed</source>
      <translation>{count} pieces of {coin}? Check what was typed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/cash.py" />
      <source>{text} is not a note or coin of {currency}</source>
      <translation>{text} is not a note or coin of {currency}</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with a gift card</source>
      <translation>A gift card cannot be paid with a gift card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card cannot be paid with loyalty points; give the points back first (F10, then Del)</source>
      <translation>A gift card cannot be paid with loyalty points; give the points back first (F10, then Del)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card is on two lines of this sale; void one</source>
      <translation>A gift card is on two lines of this sale; void one</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card loads exactly its amount: it takes no discount and no other price. Void the line and sell the card again with the right amount</source>
      <translation>A gift card loads exactly its amount: it takes no discount and no other price. Void the line and sell the card again with the right amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card takes at most {most} at a time</source>
      <translation>A gift card takes at most {most} at a time</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>A gift card's amount must be more than zero</source>
      <translation>A gift card's amount must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Gift card {code} is already on this sale</source>
      <translation>Gift card {code} is already on this sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card and type its amount</source>
      <translation>Scan the gift card and type its amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/gift_cards.py" />
      <source>Scan the gift card's code (6 to 32 letters, digits or dashes)</source>
      <translation>Scan the gift card's code (6 to 32 letters, digits or dashes)</translation>
    </message>
  </context>
  <context>
    <name>journal</name>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>a restore's skipped numbers are not valid: {what}</source>
      <translation>a restore's skipped numbers are not valid: {what}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal</source>
      <translation>document {number} missing from the journal</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/fiscal/numbering.py" />
      <source>document {number} missing from the journal, and %n other number(s)</source>
      <translation>
        <numerusform>document {number} missing from the journal, and %n other number</numerusform>
        <numerusform>document {number} missing from the journal, and %n other numbers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>hash does not match its content</source>
      <translation>hash does not match its content</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>no public key to check the signature with</source>
      <translation>no public key to check the signature with</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>previous hash does not match</source>
      <translation>previous hash does not match</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/journal.py" />
      <source>sequence gap: expected {expected}, found {found}</source>
      <translation>sequence gap: expected {expected}, found {found}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature does not match the entry</source>
      <translation>signature does not match the entry</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signature missing</source>
      <translation>signature missing</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by another key ({key}), not one of this station's ({known})</source>
      <translation>signed by another key ({key}), not one of this station's ({known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key} before the station introduced it</source>
      <translation>signed by the key {key} before the station introduced it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed by the key {key}, which is not one of the keys given with --key</source>
      <translation>signed by the key {key}, which is not one of the keys given with --key</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed entry missing from the journal</source>
      <translation>signed entry missing from the journal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/fiscal/signing.py" />
      <source>signed with an unknown algorithm ({algorithm})</source>
      <translation>signed with an unknown algorithm ({algorithm})</translation>
    </message>
  </context>
  <context>
    <name>limits</name>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>The sale total becomes {total}, more than {limit}</source>
      <translation>The sale total becomes {total}, more than {limit}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{first}; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. A {role} may not sell it alone; a manager can authorise it</source>
      <translation>{limits}. A {role} may not sell it alone; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{limits}. Confirm it, or correct it</source>
      <translation>{limits}. Confirm it, or correct it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line</source>
      <translation>{quantity} × {name} is more than {limit} on one line</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Give the customer's name (at most 200 characters)</source>
      <translation>Give the customer's name (at most 200 characters)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>Points cannot be redeemed: the store's loyalty rules set no point value</source>
      <translation>Points cannot be redeemed: the store's loyalty rules set no point value</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{card} is not a loyalty card number</source>
      <translation>{card} is not a loyalty card number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{email} is not an email address</source>
      <translation>{email} is not an email address</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>{phone} is not a phone number</source>
      <translation>{phone} is not a phone number</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' has more decimals than {currency} allows</source>
      <translation>'{text}' has more decimals than {currency} allows</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is not an amount</source>
      <translation>'{text}' is not an amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>'{text}' is too large for an amount; check what was typed</source>
      <translation>'{text}' is too large for an amount; check what was typed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>Enter an amount</source>
      <translation>Enter an amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/money.py" />
      <source>{amount} has more decimals than {currency} allows; check what was typed</source>
      <translation>{amount} has more decimals than {currency} allows; check what was typed</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A gift card payment needs the card's code</source>
      <translation>A gift card payment needs the card's code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A payment must be more than zero</source>
      <translation>A payment must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A points payment needs the customer's loyalty card</source>
      <translation>A points payment needs the customer's loyalty card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A sale total cannot be negative</source>
      <translation>A sale total cannot be negative</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A voucher payment needs the voucher's code</source>
      <translation>A voucher payment needs the voucher's code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>A {tender} payment cannot be taken before the sale completes</source>
      <translation>A {tender} payment cannot be taken before the sale completes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Add a payment first</source>
      <translation>Add a payment first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Card payments exceed the amount due; cards give no change</source>
      <translation>Card payments exceed the amount due; cards give no change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>Enter the card terminal's approval code</source>
      <translation>Enter the card terminal's approval code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>That payment is too large; check what was typed</source>
      <translation>That payment is too large; check what was typed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay</source>
      <translation>{amount} still to pay</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>{amount} still to pay in cash</source>
      <translation>{amount} still to pay in cash</translation>
    </message>
  </context>
  <context>
    <name>permissions</name>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not adjust stock; a manager can authorise it</source>
      <translation>A clerk may not adjust stock; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not change a price; a manager can authorise it</source>
      <translation>A clerk may not change a price; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not close a shift; a manager can authorise it</source>
      <translation>A clerk may not close a shift; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount above your limit; a manager can authorise it</source>
      <translation>A clerk may not give a discount above your limit; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not give a discount; a manager can authorise it</source>
      <translation>A clerk may not give a discount; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not manage staff; a manager can authorise it</source>
      <translation>A clerk may not manage staff; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open a shift; a manager can authorise it</source>
      <translation>A clerk may not open a shift; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not open the drawer without a sale; a manager can authorise it</source>
      <translation>A clerk may not open the drawer without a sale; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not pay cash in or out; a manager can authorise it</source>
      <translation>A clerk may not pay cash in or out; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not print reports; a manager can authorise it</source>
      <translation>A clerk may not print reports; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund above the refund limit; a manager can authorise it</source>
      <translation>A clerk may not refund above the refund limit; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>A clerk may not refund cash above the cash refund limit; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not reprint a receipt; a manager can authorise it</source>
      <translation>A clerk may not reprint a receipt; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>A clerk may not sell a quantity or a total above the store's limits; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return without a receipt; a manager can authorise it</source>
      <translation>A clerk may not take a return without a receipt; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not take a return; a manager can authorise it</source>
      <translation>A clerk may not take a return; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a line; a manager can authorise it</source>
      <translation>A clerk may not void a line; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A clerk may not void a sale; a manager can authorise it</source>
      <translation>A clerk may not void a sale; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not adjust stock; a manager can authorise it</source>
      <translation>A supervisor may not adjust stock; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not change a price; a manager can authorise it</source>
      <translation>A supervisor may not change a price; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not close a shift; a manager can authorise it</source>
      <translation>A supervisor may not close a shift; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount above your limit; a manager can authorise it</source>
      <translation>A supervisor may not give a discount above your limit; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not give a discount; a manager can authorise it</source>
      <translation>A supervisor may not give a discount; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not manage staff; a manager can authorise it</source>
      <translation>A supervisor may not manage staff; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open a shift; a manager can authorise it</source>
      <translation>A supervisor may not open a shift; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not open the drawer without a sale; a manager can authorise it</source>
      <translation>A supervisor may not open the drawer without a sale; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not pay cash in or out; a manager can authorise it</source>
      <translation>A supervisor may not pay cash in or out; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not print reports; a manager can authorise it</source>
      <translation>A supervisor may not print reports; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund above the refund limit; a manager can authorise it</source>
      <translation>A supervisor may not refund above the refund limit; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not refund cash above the cash refund limit; a manager can authorise it</source>
      <translation>A supervisor may not refund cash above the cash refund limit; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not reprint a receipt; a manager can authorise it</source>
      <translation>A supervisor may not reprint a receipt; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not sell a quantity or a total above the store's limits; a manager can authorise it</source>
      <translation>A supervisor may not sell a quantity or a total above the store's limits; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return without a receipt; a manager can authorise it</source>
      <translation>A supervisor may not take a return without a receipt; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not take a return; a manager can authorise it</source>
      <translation>A supervisor may not take a return; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a line; a manager can authorise it</source>
      <translation>A supervisor may not void a line; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A supervisor may not void a sale; a manager can authorise it</source>
      <translation>A supervisor may not void a sale; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>A {role} may not {action}; a manager can authorise it</source>
      <translation>A {role} may not {action}; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>An auditor may only view and print: they may not {action}</source>
      <translation>An auditor may only view and print: they may not {action}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>adjust stock</source>
      <translation>adjust stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>auditor</source>
      <translation>auditor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change a price</source>
      <translation>change a price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>change the store's records</source>
      <translation>change the store's records</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>clerk</source>
      <translation>clerk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>close a shift</source>
      <translation>close a shift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount</source>
      <translation>give a discount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>give a discount above your limit</source>
      <translation>give a discount above your limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manage staff</source>
      <translation>manage staff</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>manager</source>
      <translation>manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open a shift</source>
      <translation>open a shift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>open the drawer without a sale</source>
      <translation>open the drawer without a sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>pay cash in or out</source>
      <translation>pay cash in or out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>print reports</source>
      <translation>print reports</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund above the refund limit</source>
      <translation>refund above the refund limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>refund cash above the cash refund limit</source>
      <translation>refund cash above the cash refund limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>reprint a receipt</source>
      <translation>reprint a receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell</source>
      <translation>sell</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>sell a quantity or a total above the store's limits</source>
      <translation>sell a quantity or a total above the store's limits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return</source>
      <translation>take a return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>take a return without a receipt</source>
      <translation>take a return without a receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>view the fiscal records</source>
      <translation>view the fiscal records</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a line</source>
      <translation>void a line</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/permissions.py" />
      <source>void a sale</source>
      <translation>void a sale</translation>
    </message>
  </context>
  <context>
    <name>pickup</name>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A picked quantity must be more than zero</source>
      <translation>A picked quantity must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>A rejected quantity must be more than zero</source>
      <translation>A rejected quantity must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Choose a reason: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Choose at least one item to hand over</source>
      <translation>Choose at least one item to hand over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Collected</source>
      <translation>Collected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Damaged (the unit is written off)</source>
      <translation>Damaged (the unit is written off)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Extra item: {name} — {picked} of {wanted} already picked. Put it back.</source>
      <translation>Extra item: {name} — {picked} of {wanted} already picked. Put it back.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): only {left} left to pick, cannot reject {asked}</source>
      <translation>Line {line} ({name}): only {left} left to pick, cannot reject {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} ({name}): {picked} picked, cannot hand over {asked}</source>
      <translation>Line {line} ({name}): {picked} picked, cannot hand over {asked}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} is not on this order</source>
      <translation>Line {line} is not on this order</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it</source>
      <translation>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it (and %n more line(s))</source>
      <translation>
        <numerusform>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it (and %n more line)</numerusform>
        <numerusform>Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it (and %n more lines)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Line {line}: only {picked} picked</source>
      <translation>Line {line}: only {picked} picked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Mismatch (the shelf item is not what was ordered: recount)</source>
      <translation>Mismatch (the shelf item is not what was ordered: recount)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Nothing was picked: every line is rejected, so the order cannot be ready</source>
      <translation>Nothing was picked: every line is rejected, so the order cannot be ready</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be accepted now</source>
      <translation>Order {number} cannot be accepted now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be cancelled now</source>
      <translation>Order {number} cannot be cancelled now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be changed now</source>
      <translation>Order {number} cannot be changed now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be expired now</source>
      <translation>Order {number} cannot be expired now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be handed over now</source>
      <translation>Order {number} cannot be handed over now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be marked ready now</source>
      <translation>Order {number} cannot be marked ready now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be picked now</source>
      <translation>Order {number} cannot be picked now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be rejected now</source>
      <translation>Order {number} cannot be rejected now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} cannot be returned to shelf now</source>
      <translation>Order {number} cannot be returned to shelf now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not accept it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not accept it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not cancel it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not cancel it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not expire it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not expire it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not hand over it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not hand over it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not mark ready it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not mark ready it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not pick it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not pick it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject a line of it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not reject a line of it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not reject it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not reject it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} has expired: do not return to shelf it; put its items back on the shelf</source>
      <translation>Order {number} has expired: do not return to shelf it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not accept it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not accept it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not cancel it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not cancel it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not expire it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not expire it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not hand over it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not hand over it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not mark ready it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not mark ready it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not pick it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not pick it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject a line of it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not reject a line of it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not reject it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not reject it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Order {number} was cancelled: do not return to shelf it; put its items back on the shelf</source>
      <translation>Order {number} was cancelled: do not return to shelf it; put its items back on the shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Out of stock (none on the shelf: the count is corrected)</source>
      <translation>Out of stock (none on the shelf: the count is corrected)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Partly collected</source>
      <translation>Partly collected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Picking</source>
      <translation>Picking</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the last 2 to 4 letters or digits of the document number (never the whole number)</source>
      <translation>Type the last 2 to 4 letters or digits of the document number (never the whole number)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Type the name shown on the ID</source>
      <translation>Type the name shown on the ID</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: this product is not on this order. Put it back.</source>
      <translation>Wrong item: this product is not on this order. Put it back.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>Wrong item: {name} is not on this order. Put it back.</source>
      <translation>Wrong item: {name} is not on this order. Put it back.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count already shows none available</source>
      <translation>count already shows none available</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>count corrected by -{quantity} (none left on the shelf)</source>
      <translation>count corrected by -{quantity} (none left on the shelf)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>damaged</source>
      <translation>damaged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>mismatch</source>
      <translation>mismatch</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>no stock change; recount the product</source>
      <translation>no stock change; recount the product</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>out of stock</source>
      <translation>out of stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pickup.py" />
      <source>{quantity} written off as damaged</source>
      <translation>{quantity} written off as damaged</translation>
    </message>
  </context>
  <context>
    <name>pricing</name>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} has no id</source>
      <translation>Promotion number {position} has no id</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion number {position} is not an object</source>
      <translation>Promotion number {position} is not an object</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id} is in the file twice</source>
      <translation>Promotion {id} is in the file twice</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>Promotion {id}: {reason}</source>
      <translation>Promotion {id}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file has unknown fields: {fields}</source>
      <translation>The promotions file has unknown fields: {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file is not JSON: {error}</source>
      <translation>The promotions file is not JSON: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>The promotions file needs a list "promotions" at its top</source>
      <translation>The promotions file needs a list "promotions" at its top</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a threshold promotion needs either amount or percent</source>
      <translation>a threshold promotion needs either amount or percent</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs skus or categories</source>
      <translation>a {kind} promotion needs skus or categories</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>a {kind} promotion needs {fields}</source>
      <translation>a {kind} promotion needs {fields}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>coupon must be a code in quotes</source>
      <translation>coupon must be a code in quotes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty must be an object</source>
      <translation>loyalty must be an object</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: categories must map each category to its points per unit</source>
      <translation>loyalty: categories must map each category to its points per unit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {fields} is not a loyalty field (known: {known})</source>
      <translation>loyalty: {fields} is not a loyalty field (known: {known})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/loyalty.py" />
      <source>loyalty: {field} must be a decimal number in quotes, like "1", not below zero</source>
      <translation>loyalty: {field} must be a decimal number in quotes, like "1", not below zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>percent must be more than 0 and at most 100</source>
      <translation>percent must be more than 0 and at most 100</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>prices must map each SKU to its price</source>
      <translation>prices must map each SKU to its price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>priority must be a whole number</source>
      <translation>priority must be a whole number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>stacking must be exclusive or combinable</source>
      <translation>stacking must be exclusive or combinable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>the kind {kind} is not known (known: {kinds})</source>
      <translation>the kind {kind} is not known (known: {kinds})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>valid_to must come after valid_from</source>
      <translation>valid_to must come after valid_from</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{fields} is not a field of a {kind} promotion</source>
      <translation>{fields} is not a field of a {kind} promotion</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} cannot be negative</source>
      <translation>{field} cannot be negative</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} has more decimals than {currency} allows</source>
      <translation>{field} has more decimals than {currency} allows</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a date or a date and time, like 2026-12-24T08:00</source>
      <translation>{field} must be a date or a date and time, like 2026-12-24T08:00</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a decimal number in quotes, like "2.00"</source>
      <translation>{field} must be a decimal number in quotes, like "2.00"</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a list of codes</source>
      <translation>{field} must be a list of codes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/pricing/file.py" />
      <source>{field} must be a whole number of at least {least}</source>
      <translation>{field} must be a whole number of at least {least}</translation>
    </message>
  </context>
  <context>
    <name>reasons</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Changed mind</source>
      <translation>Changed mind</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Damaged on arrival</source>
      <translation>Damaged on arrival</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Faulty</source>
      <translation>Faulty</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Not as described</source>
      <translation>Not as described</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Unwanted gift</source>
      <translation>Unwanted gift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Wrong size</source>
      <translation>Wrong size</translation>
    </message>
  </context>
  <context>
    <name>returns</name>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>A refund must be zero or more</source>
      <translation>A refund must be zero or more</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose a reason: {reasons}</source>
      <translation>Choose a reason: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Choose at least one line to return</source>
      <translation>Choose at least one line to return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name})</source>
      <translation>Line {line} ({name})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) is chosen twice; enter its quantity once</source>
      <translation>Line {line} ({name}) is chosen twice; enter its quantity once</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}) was already returned in full; nothing is left to return</source>
      <translation>Line {line} ({name}) was already returned in full; nothing is left to return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): only {left} left to return, {asked} asked</source>
      <translation>Line {line} ({name}): only {left} left to return, {asked} asked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity has more than 3 decimals</source>
      <translation>Line {line} ({name}): quantity has more than 3 decimals</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity must be a number</source>
      <translation>Line {line} ({name}): quantity must be a number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): quantity to return must be more than zero</source>
      <translation>Line {line} ({name}): quantity to return must be more than zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} ({name}): whole units only, {asked} asked</source>
      <translation>Line {line} ({name}): whole units only, {asked} asked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>Line {line} is not on this receipt</source>
      <translation>Line {line} is not on this receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{line}: condition must be restock or damaged</source>
      <translation>{line}: condition must be restock or damaged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/returns.py" />
      <source>{total} cannot go back to the original payments: {card} left on card and {cash} in cash. Refund to store credit or ask a manager.</source>
      <translation>{total} cannot go back to the original payments: {card} left on card and {cash} in cash. Refund to store credit or ask a manager.</translation>
    </message>
  </context>
  <context>
    <name>scan</name>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{code}' is not a barcode or SKU</source>
      <translation>'{code}' is not a barcode or SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>'{text}' is not a quantity</source>
      <translation>'{text}' is not a quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>Nothing scanned</source>
      <translation>Nothing scanned</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: a barcode has 8, 12, 13 or 14 digits, not {count}</source>
      <translation>{code}: a barcode has 8, 12, 13 or 14 digits, not {count}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/scan.py" />
      <source>{code}: check digit is wrong; scan it again</source>
      <translation>{code}: check digit is wrong; scan it again</translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A PIN is 4 to 8 digits</source>
      <translation>A PIN is 4 to 8 digits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>A name is at most {limit} printable characters</source>
      <translation>A name is at most {limit} printable characters</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>Give the person's name as it should appear on receipts and screens</source>
      <translation>Give the person's name as it should appear on receipts and screens</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>That PIN is too easy to guess (one digit repeated, a run such as 1234, or a pair such as 1212): choose another</source>
      <translation>That PIN is too easy to guess (one digit repeated, a run such as 1234, or a pair such as 1212): choose another</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>The two PINs differ: type the same new PIN twice</source>
      <translation>The two PINs differ: type the same new PIN twice</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a clerk</source>
      <translation>They are already a clerk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a manager</source>
      <translation>They are already a manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>They are already a supervisor</source>
      <translation>They are already a supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: add or enable another manager first</source>
      <translation>This is the store's last active manager: add or enable another manager first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>This is the store's last active manager: make someone else a manager first</source>
      <translation>This is the store's last active manager: make someone else a manager first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/staff.py" />
      <source>You cannot disable yourself: another manager can</source>
      <translation>You cannot disable yourself: another manager can</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>'{text}' is not a quantity: type a number such as 3 or 0.25</source>
      <translation>'{text}' is not a quantity: type a number such as 3 or 0.25</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Damaged</source>
      <translation>Damaged</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Found</source>
      <translation>Found</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Own use</source>
      <translation>Own use</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Sample</source>
      <translation>Sample</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>The quantity may not be zero</source>
      <translation>The quantity may not be zero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>Theft</source>
      <translation>Theft</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: at most 3 decimals</source>
      <translation>{text}: at most 3 decimals</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: the quantity may not be negative</source>
      <translation>{text}: the quantity may not be negative</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/stock_ops.py" />
      <source>{text}: too large for one line</source>
      <translation>{text}: too large for one line</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>Cannot open {path}: {reason}. Nothing was changed.</source>
      <translation>Cannot open {path}: {reason}. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged.</source>
      <translation>The database file is damaged.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database file is damaged. Nothing was saved; restore the last backup.</source>
      <translation>The database file is damaged. Nothing was saved; restore the last backup.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it).</source>
      <translation>The database is busy (another program holds it).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is busy (another program holds it). Nothing was saved; try again.</source>
      <translation>The database is busy (another program holds it). Nothing was saved; try again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only.</source>
      <translation>The database is read-only.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database is read-only. Nothing was saved.</source>
      <translation>The database is read-only. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}).</source>
      <translation>The database refused the change ({reason}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The database refused the change ({reason}). Nothing was saved.</source>
      <translation>The database refused the change ({reason}). Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full.</source>
      <translation>The disk is full.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/uow.py" />
      <source>The disk is full. Nothing was saved; free some space and try again.</source>
      <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is busy: another program holds it. Close it and try again.</source>
      <translation>{path} is busy: another program holds it. Close it and try again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} is not a readable storedesk database: {reason}</source>
      <translation>{path} is not a readable storedesk database: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/adapters/db.py" />
      <source>{path} was written by a newer storedesk (schema {revision}); this version knows up to {head}. Install the newer storedesk. The file was not changed.</source>
      <translation>{path} was written by a newer storedesk (schema {revision}); this version knows up to {head}. Install the newer storedesk. The file was not changed.</translation>
    </message>
  </context>
  <context>
    <name>tenders</name>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>card</source>
      <translation>card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>cash</source>
      <translation>cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>exchange credit</source>
      <translation>exchange credit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>gift card</source>
      <translation>gift card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>loyalty points</source>
      <translation>loyalty points</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>online payment</source>
      <translation>online payment</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/tenders.py" />
      <source>voucher</source>
      <translation>voucher</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in litres: at most 3 decimals</source>
      <translation>{name} is measured in litres: at most 3 decimals</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is measured in metres: at most 2 decimals</source>
      <translation>{name} is measured in metres: at most 2 decimals</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is priced by its scale label: type a whole number of labels</source>
      <translation>{name} is priced by its scale label: type a whole number of labels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is sold by the piece: type a whole number</source>
      <translation>{name} is sold by the piece: type a whole number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name} is weighed in kg: at most 3 decimals</source>
      <translation>{name} is weighed in kg: at most 3 decimals</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/domain/units.py" />
      <source>{name}: the quantity must be a number</source>
      <translation>{name}: the quantity must be a number</translation>
    </message>
  </context>
</TS>
