<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>aisle</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Add to the sale</source>
      <translation>Add to the sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Address line 2</source>
      <translation>Address line 2</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub where it is available…</source>
      <translation>Asking the hub where it is available…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Asking the hub…</source>
      <translation>Asking the hub…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Choose how the customer gets it, then Add to the sale</source>
      <translation>Choose how the customer gets it, then Add to the sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect at another store</source>
      <translation>Collect at another store</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Collect here</source>
      <translation>Collect here</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Country (FR, DE…)</source>
      <translation>Country (FR, DE…)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Deliver home</source>
      <translation>Deliver home</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Delivered home: {quantity} available</source>
      <translation>Delivered home: {quantity} available</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Order for the customer</source>
      <translation>Order for the customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Scan or type the product, then Enter</source>
      <translation>Scan or type the product, then Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Street</source>
      <translation>Street</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>Where is it?</source>
      <translation>Where is it?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{code} {name}: {quantity} available</source>
      <translation>{code} {name}: {quantity} available</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/aisle_dialog.py" />
      <source>{name} is available nowhere in the chain</source>
      <translation>{name} is available nowhere in the chain</translation>
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
        <numerusform>%n customer found</numerusform>
        <numerusform>%n customers found</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attach  (Enter)</source>
      <translation>Attach  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Attached: {name}, card {card}</source>
      <translation>Attached: {name}, card {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Create and attach  (F3)</source>
      <translation>Create and attach  (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Creating the customer at the hub...</source>
      <translation>Creating the customer at the hub...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer of this sale</source>
      <translation>Customer of this sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: erased at the hub (the sale keeps their prices)</source>
      <translation>Customer: erased at the hub (the sale keeps their prices)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customer: {name} · card {card}</source>
      <translation>Customer: {name} · card {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Customers found</source>
      <translation>Customers found</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Detach  (F4)</source>
      <translation>Detach  (F4)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find a customer</source>
      <translation>Find a customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Find the customer first, or create them</source>
      <translation>Find the customer first, or create them</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Looking for the customer...</source>
      <translation>Looking for the customer...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>New customer</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The customer agrees to be contacted</source>
      <translation>The customer agrees to be contacted</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>The hub cannot be reached: %n customer(s) found among this station's recent customers</source>
      <translation>
        <numerusform>The hub cannot be reached: %n customer found among this station's recent customers</numerusform>
        <numerusform>The hub cannot be reached: %n customers found among this station's recent customers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>Type the customer's name</source>
      <translation>Type the customer's name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>phone, email, name or scan the card, then Enter</source>
      <translation>phone, email, name or scan the card, then Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>scan a new card, or leave empty: the hub issues one</source>
      <translation>scan a new card, or leave empty: the hub issues one</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card}</source>
      <translation>{name} · card {card}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/customer_dialog.py" />
      <source>{name} · card {card} · {contact}</source>
      <translation>{name} · card {card} · {contact}</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A clerk can authorise it too.</source>
      <translation>A clerk can authorise it too.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>A supervisor can authorise it too.</source>
      <translation>A supervisor can authorise it too.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Amount  (A)</source>
      <translation>Amount  (A)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Apply to</source>
      <translation>Apply to</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>As</source>
      <translation>As</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Cancel  (Esc)</source>
      <translation>Cancel  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Clerk approval</source>
      <translation>Clerk approval</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Manager approval</source>
      <translation>Manager approval</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>New quantity</source>
      <translation>New quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>No, correct it  (Enter)</source>
      <translation>No, correct it  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>OK  (Enter)</source>
      <translation>OK  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Percent %  (P)</source>
      <translation>Percent %  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Selected line  (L)</source>
      <translation>Selected line  (L)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Supervisor approval</source>
      <translation>Supervisor approval</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Type the quantity and Enter</source>
      <translation>Type the quantity and Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Whole sale  (B)</source>
      <translation>Whole sale  (B)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>Yes, it is right  (Y)</source>
      <translation>Yes, it is right  (Y)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>e.g. 10 for 10 %, 0 removes the discount</source>
      <translation>e.g. 10 for 10 %, 0 removes the discount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>manager's user name</source>
      <translation>manager's user name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a clerk or a manager</source>
      <translation>user name of a clerk or a manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>user name of a supervisor or a manager</source>
      <translation>user name of a supervisor or a manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/dialogs.py" />
      <source>{error}: correct it, or Esc</source>
      <translation>{error}: correct it, or Esc</translation>
    </message>
  </context>
  <context>
    <name>giftcards</name>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>A gift card bears no VAT: VAT is due on what it buys</source>
      <translation>A gift card bears no VAT: VAT is due on what it buys</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Add to sale  (Enter)</source>
      <translation>Add to sale  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Asking the hub...</source>
      <translation>Asking the hub...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Card code</source>
      <translation>Card code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Check  (Enter)</source>
      <translation>Check  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card balance</source>
      <translation>Gift card balance</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Gift card {code}: {balance} left. F2 reloads it</source>
      <translation>Gift card {code}: {balance} left. F2 reloads it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload  (F2)</source>
      <translation>Reload  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Reload a gift card</source>
      <translation>Reload a gift card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Scan the gift card first</source>
      <translation>Scan the gift card first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>Sell a gift card</source>
      <translation>Sell a gift card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>amount, at most {most}</source>
      <translation>amount, at most {most}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card</source>
      <translation>scan the card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/gift_card_dialog.py" />
      <source>scan the card, then Enter</source>
      <translation>scan the card, then Enter</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Accept + pick list</source>
      <translation>Accept + pick list</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Acknowledge</source>
      <translation>Acknowledge</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Add user</source>
      <translation>Add user</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Adjust</source>
      <translation>Adjust</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>All lines</source>
      <translation>All lines</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Approve &amp;&amp; post</source>
      <translation>Approve &amp;&amp; post</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Back to sale</source>
      <translation>Back to sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Cancel count</source>
      <translation>Cancel count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Change role</source>
      <translation>Change role</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Check journal</source>
      <translation>Check journal</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Close shift (Z)</source>
      <translation>Close shift (Z)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Complete</source>
      <translation>Complete</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Count</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Disable</source>
      <translation>Disable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Enable</source>
      <translation>Enable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exact cash</source>
      <translation>Exact cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Exchange</source>
      <translation>Exchange</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Find order</source>
      <translation>Find order</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Fiscal records</source>
      <translation>Fiscal records</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Flags</source>
      <translation>Flags</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Gift card</source>
      <translation>Gift card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Hand over</source>
      <translation>Hand over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Labels</source>
      <translation>Labels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Lock</source>
      <translation>Lock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Low / negative</source>
      <translation>Low / negative</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New cycle count</source>
      <translation>New cycle count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New full count</source>
      <translation>New full count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>New return</source>
      <translation>New return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next delivery</source>
      <translation>Next delivery</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Next open count</source>
      <translation>Next open count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No receipt</source>
      <translation>No receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>No sale</source>
      <translation>No sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One less</source>
      <translation>One less</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>One more</source>
      <translation>One more</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Open shift</source>
      <translation>Open shift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pack + labels</source>
      <translation>Pack + labels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid in</source>
      <translation>Paid in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Paid out</source>
      <translation>Paid out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Park / recall</source>
      <translation>Park / recall</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Pickup</source>
      <translation>Pickup</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Post receipt</source>
      <translation>Post receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print closing</source>
      <translation>Print closing</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print last report</source>
      <translation>Print last report</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print pick list</source>
      <translation>Print pick list</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Print variance</source>
      <translation>Print variance</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Receive</source>
      <translation>Receive</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reject line</source>
      <translation>Reject line</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reorder point</source>
      <translation>Reorder point</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint</source>
      <translation>Reprint</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint Z</source>
      <translation>Reprint Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint receipt</source>
      <translation>Reprint receipt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reprint return</source>
      <translation>Reprint return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Reset PIN</source>
      <translation>Reset PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Return to shelf</source>
      <translation>Return to shelf</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Returns</source>
      <translation>Returns</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Role limits</source>
      <translation>Role limits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sale</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Scan item</source>
      <translation>Scan item</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>See and print</source>
      <translation>See and print</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Ship</source>
      <translation>Ship</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Store day (hub)</source>
      <translation>Store day (hub)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>To credit</source>
      <translation>To credit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Transfer out</source>
      <translation>Transfer out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Type a delivery</source>
      <translation>Type a delivery</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Variance (manager)</source>
      <translation>Variance (manager)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Void line</source>
      <translation>Void line</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>Where else?</source>
      <translation>Where else?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keymap.py" />
      <source>X report</source>
      <translation>X report</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Cancelled: nothing was changed</source>
      <translation>Cancelled: nothing was changed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/keyed_panel.py" />
      <source>Sign in first</source>
      <translation>Sign in first</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>%n point(s) taken for {amount}; {balance} left</source>
      <translation>
        <numerusform>%n point taken for {amount}; {balance} left</numerusform>
        <numerusform>%n points taken for {amount}; {balance} left</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A card cannot pay more than what is left; cards give no change</source>
      <translation>A card cannot pay more than what is left; cards give no change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A gift card pays at most what is left; it gives no change</source>
      <translation>A gift card pays at most what is left; it gives no change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>A voucher pays at most what is left; it gives no change</source>
      <translation>A voucher pays at most what is left; it gives no change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the customer's points...</source>
      <translation>Asking the hub for the customer's points...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for the gift card's balance...</source>
      <translation>Asking the hub for the gift card's balance...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Asking the hub for {amount} from voucher {code}...</source>
      <translation>Asking the hub for {amount} from voucher {code}...</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Back (Esc)</source>
      <translation>Back (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card  (F6)</source>
      <translation>Card  (F6)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Card approval</source>
      <translation>Card approval</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Cash  (Enter)</source>
      <translation>Cash  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Change to give: {amount}</source>
      <translation>Change to give: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Check the cash amount</source>
      <translation>Check the cash amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Enter the card terminal's approval code, then F6</source>
      <translation>Enter the card terminal's approval code, then F6</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exact {amount}</source>
      <translation>Exact {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Exchange</source>
      <translation>Exchange</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card</source>
      <translation>Gift card</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card  (F8)</source>
      <translation>Gift card  (F8)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Gift card {code}: {amount} taken, {balance} left on it</source>
      <translation>Gift card {code}: {amount} taken, {balance} left on it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Is that really the amount the customer handed over?</source>
      <translation>Is that really the amount the customer handed over?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}</source>
      <translation>Left: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Left: {amount}   (in cash: {cash})</source>
      <translation>Left: {amount}   (in cash: {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points  (F9)</source>
      <translation>Points  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Points pay at most what is left; they give no change</source>
      <translation>Points pay at most what is left; they give no change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Remove last (Del)</source>
      <translation>Remove last (Del)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Saving the payment of {amount}…</source>
      <translation>Saving the payment of {amount}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the gift card's code, then F8</source>
      <translation>Scan or type the gift card's code, then F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Scan or type the voucher code, then F7</source>
      <translation>Scan or type the voucher code, then F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>To pay {amount}</source>
      <translation>To pay {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher</source>
      <translation>Voucher</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher  (F7)</source>
      <translation>Voucher  (F7)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>Voucher {code}: {amount} taken, {balance} left on it</source>
      <translation>Voucher {code}: {amount} taken, {balance} left on it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>amount handed over</source>
      <translation>amount handed over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>card terminal approval code</source>
      <translation>card terminal approval code</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>gift card code (scan or type), then F8</source>
      <translation>gift card code (scan or type), then F8</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>store credit voucher code (scan or type), then F7</source>
      <translation>store credit voucher code (scan or type), then F7</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{amount} not taken: type the amount handed over</source>
      <translation>{amount} not taken: type the amount handed over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tendered} in cash for {due}?</source>
      <translation>{tendered} in cash for {due}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}</source>
      <translation>{tender}  {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender}  {amount}  ref {reference}</source>
      <translation>{tender}  {amount}  ref {reference}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added</source>
      <translation>{tender} {amount} added</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/payment_dialog.py" />
      <source>{tender} {amount} added and saved</source>
      <translation>{tender} {amount} added and saved</translation>
    </message>
  </context>
  <context>
    <name>sale</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>%n coupon(s): {codes}</source>
      <translation>
        <numerusform>%n coupon: {codes}</numerusform>
        <numerusform>%n coupons: {codes}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n line</numerusform>
        <numerusform>%n lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>%n product(s) found</source>
      <translation>
        <numerusform>%n product found</numerusform>
        <numerusform>%n products found</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>+ VAT {amount}</source>
      <translation>+ VAT {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>A payment is already taken on this sale: F10 or F12 completes it first</source>
      <translation>A payment is already taken on this sale: F10 or F12 completes it first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>A sale of {total}?</source>
      <translation>A sale of {total}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Card {amount}</source>
      <translation>Card {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Cash {amount}</source>
      <translation>Cash {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Change price</source>
      <translation>Change price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Change {amount}</source>
      <translation>Change {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the quantity</source>
      <translation>Check the quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Check the sale total</source>
      <translation>Check the sale total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Close  (Esc)</source>
      <translation>Close  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Exchange {amount}</source>
      <translation>Exchange {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product</source>
      <translation>Find a product</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Find a product  (↑ ↓ choose, Enter add, Esc close)</source>
      <translation>Find a product  (↑ ↓ choose, Enter add, Esc close)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Gift card {amount}</source>
      <translation>Gift card {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Is that really what the customer is buying?</source>
      <translation>Is that really what the customer is buying?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Last sale {number} · {amount}</source>
      <translation>Last sale {number} · {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>New unit price</source>
      <translation>New unit price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Next scan × {quantity}</source>
      <translation>Next scan × {quantity}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>No change</source>
      <translation>No change</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>No parked sales</source>
      <translation>No parked sales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>No product matches</source>
      <translation>No product matches</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Nothing chosen</source>
      <translation>Nothing chosen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>Nothing was changed.</source>
      <translation>Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Ordered line added: it is paid with this sale</source>
      <translation>Ordered line added: it is paid with this sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park or recall a sale</source>
      <translation>Park or recall a sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Park this sale  (F9)</source>
      <translation>Park this sale  (F9)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (number · parked at · by · items · total)</source>
      <translation>Parked sales: {count}  (number · parked at · by · items · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · items · total)</source>
      <translation>Parked sales: {count}  (parked at · by · items · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Parked sales: {count}  (parked at · by · total)</source>
      <translation>Parked sales: {count}  (parked at · by · total)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Points {amount}</source>
      <translation>Points {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Price changes are recorded with your name</source>
      <translation>Price changes are recorded with your name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Promotion {id}: {amount}</source>
      <translation>Promotion {id}: {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recall selected  (Enter)</source>
      <translation>Recall selected  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}).</source>
      <translation>Recalled the sale parked at {at} ({who}, {total}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Recalled the sale parked at {at} ({who}, {total}). Your basket was parked as #{number}.</source>
      <translation>Recalled the sale parked at {at} ({who}, {total}). Your basket was parked as #{number}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Receipt not written yet ({reason}); it is written by itself once there is room</source>
      <translation>Receipt not written yet ({reason}); it is written by itself once there is room</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed</source>
      <translation>Receipt {number} printed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Receipt {number} printed again: duplicate no. {duplicate}</source>
      <translation>Receipt {number} printed again: duplicate no. {duplicate}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/park.py" />
      <source>Sale parked as #{number}. F9 brings it back.</source>
      <translation>Sale parked as #{number}. F9 brings it back.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} is saved; its receipt was not printed:</source>
      <translation>Sale {number} is saved; its receipt was not printed:</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>Sale {number} saved. Printing receipt…</source>
      <translation>Sale {number} saved. Printing receipt…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan a barcode, or type a code and Enter  (3*code = 3 pieces)</source>
      <translation>Scan a barcode, or type a code and Enter  (3*code = 3 pieces)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Scan something before giving a discount</source>
      <translation>Scan something before giving a discount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>Select a line first (↑ ↓)</source>
      <translation>Select a line first (↑ ↓)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount}</source>
      <translation>Still due {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Still due {amount} (in cash {cash})</source>
      <translation>Still due {amount} (in cash {cash})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit} on one line.</source>
      <translation>That is more than {limit} on one line.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>That is more than {limit}.</source>
      <translation>That is more than {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/screen.py" />
      <source>That line is voided</source>
      <translation>That line is voided</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>The payments taken are kept: F10 goes on, F12 takes the rest in cash</source>
      <translation>The payments taken are kept: F10 goes on, F12 takes the rest in cash</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}.</source>
      <translation>The sale total becomes {total}, more than {limit}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a manager can authorise it</source>
      <translation>The sale total becomes {total}, more than {limit}; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>The sale total becomes {total}, more than {limit}; a supervisor or a manager can authorise it</source>
      <translation>The sale total becomes {total}, more than {limit}; a supervisor or a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To collect at {store}: {name}</source>
      <translation>To collect at {store}: {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>To deliver: {name}</source>
      <translation>To deliver: {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/search_dialog.py" />
      <source>Type a name or SKU…</source>
      <translation>Type a name or SKU…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>Voucher {amount}</source>
      <translation>Voucher {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>discounts {amount}</source>
      <translation>discounts {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/totals.py" />
      <source>of which VAT {amount}</source>
      <translation>of which VAT {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>void</source>
      <translation>void</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (price changed)</source>
      <translation>{name} (price changed)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{name} (voided)</source>
      <translation>{name} (voided)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/checkout.py" />
      <source>{problem} Ctrl+P prints a copy.</source>
      <translation>{problem} Ctrl+P prints a copy.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/basket_table.py" />
      <source>{quantity} items</source>
      <translation>{quantity} items</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line.</source>
      <translation>{quantity} × {name} is more than {limit} on one line.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a manager can authorise it</source>
      <translation>{quantity} × {name} is more than {limit} on one line; a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name} is more than {limit} on one line; a supervisor or a manager can authorise it</source>
      <translation>{quantity} × {name} is more than {limit} on one line; a supervisor or a manager can authorise it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sale/limits.py" />
      <source>{quantity} × {name}?</source>
      <translation>{quantity} × {name}?</translation>
    </message>
  </context>
  <context>
    <name>widgets</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} of %n product shown: type more of the name or SKU</numerusform>
        <numerusform>{shown} of %n products shown: type more of the name or SKU</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/widgets.py" />
      <source>{shown} of more than %n product(s) shown: type more of the name or SKU</source>
      <translation>
        <numerusform>{shown} of more than %n product shown: type more of the name or SKU</numerusform>
        <numerusform>{shown} of more than %n products shown: type more of the name or SKU</numerusform>
      </translation>
    </message>
  </context>
</TS>
