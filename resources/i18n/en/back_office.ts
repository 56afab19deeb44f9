<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>cash</name>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Coins</source>
      <translation>Coins</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Counted</source>
      <translation>Counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>Pieces</source>
      <translation>Pieces</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>e.g. {amount}</source>
      <translation>e.g. {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_count_widget.py" />
      <source>pieces of {face}</source>
      <translation>pieces of {face}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/cash_move_dialog.py" />
      <source>what the cash is for (required)</source>
      <translation>what the cash is for (required)</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>The database is not open yet</source>
      <translation>The database is not open yet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. Nothing was saved; tell the manager.</source>
      <translation>Unexpected error: {error}. Nothing was saved; tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>Unexpected error: {error}. What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>Unexpected error: {error}. What was done before the error is saved: look at it before doing it again, and tell the manager.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/ops.py" />
      <source>{problem} What was done before the error is saved: look at it before doing it again, and tell the manager.</source>
      <translation>{problem} What was done before the error is saved: look at it before doing it again, and tell the manager.</translation>
    </message>
  </context>
  <context>
    <name>fiscal</name>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Checking the journal…</source>
      <translation>Checking the journal…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Choose a closing first (↑ ↓).</source>
      <translation>Choose a closing first (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closed at</source>
      <translation>Closed at</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing</source>
      <translation>Closing</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}</source>
      <translation>Closing {closing}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closing {closing}, duplicate no. {number}</source>
      <translation>Closing {closing}, duplicate no. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Closings</source>
      <translation>Closings</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>F3 checks the journal: every entry's hash and signature.</source>
      <translation>F3 checks the journal: every entry's hash and signature.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Fiscal records</source>
      <translation>Fiscal records</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Journal checked: no fault found.</source>
      <translation>Journal checked: no fault found.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} (Ctrl+P prints it again)</source>
      <translation>Last paper: {paper}, saved as {file} (Ctrl+P prints it again)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last paper: {paper}, saved as {file} and printed on {printer}</source>
      <translation>Last paper: {paper}, saved as {file} and printed on {printer}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: X of shift {shift}</source>
      <translation>Last report: X of shift {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Last report: Z {z}, a copy</source>
      <translation>Last report: Z {z}, a copy</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No closing yet: each day, month and year is closed once it has ended.</source>
      <translation>No closing yet: each day, month and year is closed once it has ended.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z.</source>
      <translation>No report on this screen yet: F8 makes an X report, F10 reprints a Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Perpetual total</source>
      <translation>Perpetual total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Saved: {paper}, {file}</source>
      <translation>Saved: {paper}, {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}, document {document}: {reason}</source>
      <translation>The journal fails at entry {seq}, document {document}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal fails at entry {seq}: {reason}</source>
      <translation>The journal fails at entry {seq}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is being checked: its answer comes here.</source>
      <translation>The journal is being checked: its answer comes here.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries, {signatures} signatures checked.</source>
      <translation>
        <numerusform>The journal is intact: %n entry, {signatures} signatures checked.</numerusform>
        <numerusform>The journal is intact: %n entries, {signatures} signatures checked.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal is intact: %n entries.</source>
      <translation>
        <numerusform>The journal is intact: %n entry.</numerusform>
        <numerusform>The journal is intact: %n entries.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The journal was not checked: {reason}</source>
      <translation>The journal was not checked: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last receipt was printed again as a duplicate: {file}</source>
      <translation>The last receipt was printed again as a duplicate: {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The last return receipt was printed again as a duplicate: {file}</source>
      <translation>The last return receipt was printed again as a duplicate: {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The list is up to date.</source>
      <translation>The list is up to date.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>The store's fiscal country has no closings: there are none to list.</source>
      <translation>The store's fiscal country has no closings: there are none to list.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
  </context>
  <context>
    <name>login</name>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>A payment of {amount} was already taken on it and stays with the sale.</source>
      <translation>A payment of {amount} was already taken on it and stays with the sale.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Locked by {user}.</source>
      <translation>Locked by {user}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Nobody is signed in: choose your own PIN when you sign in.</source>
      <translation>Nobody is signed in: choose your own PIN when you sign in.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Opening the station…</source>
      <translation>Opening the station…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>P  or  Enter</source>
      <translation>P  or  Enter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Park it for {owner}</source>
      <translation>Park it for {owner}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Sign in  (Enter)</source>
      <translation>Sign in  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>Take it over</source>
      <translation>Take it over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} left a sale open on this till: {sale}.

Take it over: the sale becomes yours, and the takeover is recorded with both names.
Park it: {owner} recalls it with F9, and you start a new sale.</source>
      <translation>{owner} left a sale open on this till: {sale}.

Take it over: the sale becomes yours, and the takeover is recorded with both names.
Park it: {owner} recalls it with F9, and you start a new sale.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner} locked this till with no sale open. Any user can sign in.</source>
      <translation>{owner} locked this till with no sale open. Any user can sign in.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is open</source>
      <translation>{owner}'s sale is open</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/login_screen.py" />
      <source>{owner}'s sale is still open: {sale}. {owner} can sign in to go on with it, or a manager to take it over. Anyone else who signs in starts a new sale, and {owner}'s sale is parked for {owner}: F9 recalls it.</source>
      <translation>{owner}'s sale is still open: {sale}. {owner} can sign in to go on with it, or a manager to take it over. Anyone else who signs in starts a new sale, and {owner}'s sale is parked for {owner}: F9 recalls it.</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>4 to 8 digits</source>
      <translation>4 to 8 digits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A PIN for {name}</source>
      <translation>A PIN for {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A manager may do everything, so a manager's limits are fixed.</source>
      <translation>A manager may do everything, so a manager's limits are fixed.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>A new PIN for {name}</source>
      <translation>A new PIN for {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>A sale {name} left open is parked under their name: F9 at the counter recalls it. F8 enables {name} again, with the same PIN.</source>
      <translation>A sale {name} left open is parked under their name: F9 at the counter recalls it. F8 enables {name} again, with the same PIN.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Add a user</source>
      <translation>Add a user</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Added {name} ({username}) as {role}. They can sign in now.</source>
      <translation>Added {name} ({username}) as {role}. They can sign in now.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Any amount</source>
      <translation>Any amount</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>As it appears on receipts and screens</source>
      <translation>As it appears on receipts and screens</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Auditor</source>
      <translation>Auditor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change a price</source>
      <translation>Change a price</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the language  (Enter)</source>
      <translation>Change the language  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Change the role  (Enter)</source>
      <translation>Change the role  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Choose your own PIN</source>
      <translation>Choose your own PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}</source>
      <translation>Disable {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disable {name}?</source>
      <translation>Disable {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Empty: the store's refund limit</source>
      <translation>Empty: the store's refund limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}</source>
      <translation>Enable {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Enable {name}?</source>
      <translation>Enable {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>For example ana or j.smith</source>
      <translation>For example ana or j.smith</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it.</source>
      <translation>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it. If {name} is not here, type a one-time PIN and tick the box below: {name} then chooses their own PIN at the next sign-in.</source>
      <translation>Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy to guess. The PIN stays hidden: the manager does not see it. If {name} is not here, type a one-time PIN and tick the box below: {name} then chooses their own PIN at the next sign-in.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest discount (%)</source>
      <translation>Largest discount (%)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Largest refund</source>
      <translation>Largest refund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN</source>
      <translation>New PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New PIN again</source>
      <translation>New PIN again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>New role</source>
      <translation>New role</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next  (Enter)</source>
      <translation>Next  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Next, the new user types their own PIN twice.</source>
      <translation>Next, the new user types their own PIN twice.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>No sale (open drawer)</source>
      <translation>No sale (open drawer)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>No, leave it  (Enter)</source>
      <translation>No, leave it  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Not set (the till's or the store's)</source>
      <translation>Not set (the till's or the store's)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Nothing was changed: change a limit first</source>
      <translation>Nothing was changed: change a limit first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Open the drawer without a sale</source>
      <translation>Open the drawer without a sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Role limits</source>
      <translation>Role limits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Save the limits  (Enter)</source>
      <translation>Save the limits  (Enter)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Screen language</source>
      <translation>Screen language</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Select a user first (↑ ↓).</source>
      <translation>Select a user first (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Staff and role limits</source>
      <translation>Staff and role limits</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The Manager screen is for managers: lock the till (Ctrl+L) and a manager signs in for it.</source>
      <translation>The Manager screen is for managers: lock the till (Ctrl+L) and a manager signs in for it.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The clerk limits are changed; they apply at once.</source>
      <translation>The clerk limits are changed; they apply at once.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The limits are not shown yet: press F5 to list them again.</source>
      <translation>The limits are not shown yet: press F5 to list them again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The list is up to date.</source>
      <translation>The list is up to date.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The role of {name}</source>
      <translation>The role of {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The same PIN again</source>
      <translation>The same PIN again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screen language of {name}</source>
      <translation>The screen language of {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The screens of {name} are already in {language}: choose another</source>
      <translation>The screens of {name} are already in {language}: choose another</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The screens of {name} are in {language} from their next sign-in.</source>
      <translation>The screens of {name} are in {language} from their next sign-in.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The store's limit</source>
      <translation>The store's limit</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>The supervisor limits are changed; they apply at once.</source>
      <translation>The supervisor limits are changed; they apply at once.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>The username {username} is taken by {name}; choose another</source>
      <translation>The username {username} is taken by {name}; choose another</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>This clears the lockout of {name} and their wrong PINs ({count}).</source>
      <translation>This clears the lockout of {name} and their wrong PINs ({count}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}</source>
      <translation>Unlock {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Unlock {name}?</source>
      <translation>Unlock {name}?</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Username</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Void a line or a sale</source>
      <translation>Void a line or a sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>Welcome, {name}. You signed in with a one-time PIN: choose your own now and type it twice, 4 to 8 digits that are not easy to guess. No one else sees it.</source>
      <translation>Welcome, {name}. You signed in with a one-time PIN: choose your own now and type it twice, 4 to 8 digits that are not easy to guess. No one else sees it.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>What each role may do without a manager's PIN (F10 changes it):</source>
      <translation>What each role may do without a manager's PIN (F10 changes it):</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Wrong PINs</source>
      <translation>Wrong PINs</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, disable {name}</source>
      <translation>Yes, disable {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, enable {name}</source>
      <translation>Yes, enable {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>Yes, unlock {name}</source>
      <translation>Yes, unlock {name}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a clerk</source>
      <translation>a clerk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a manager</source>
      <translation>a manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>a supervisor</source>
      <translation>a supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>an auditor</source>
      <translation>an auditor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{error}. Correct it, or press Esc.</source>
      <translation>{error}. Correct it, or press Esc.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can no longer sign in.</source>
      <translation>{name} can no longer sign in.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in again.</source>
      <translation>{name} can sign in again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} can sign in at once.</source>
      <translation>{name} can sign in at once.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} chooses their own PIN at the next sign-in  (F2)</source>
      <translation>{name} chooses their own PIN at the next sign-in  (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a new PIN and can sign in with it now.</source>
      <translation>{name} has a new PIN and can sign in with it now.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has a one-time PIN: they choose their own at the next sign-in.</source>
      <translation>{name} has a one-time PIN: they choose their own at the next sign-in.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} has no screen language of their own now: from their next sign-in, the till's or the store's.</source>
      <translation>{name} has no screen language of their own now: from their next sign-in, the till's or the store's.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} has no screen language of their own yet: choose one</source>
      <translation>{name} has no screen language of their own yet: choose one</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already active.</source>
      <translation>{name} is already active.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is already disabled: F8 enables them again.</source>
      <translation>{name} is already disabled: F8 enables them again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in.</source>
      <translation>{name} is disabled and can no longer sign in.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is disabled and can no longer sign in. Their open sale was parked as {label}: F9 at the counter recalls it.</source>
      <translation>{name} is disabled and can no longer sign in. Their open sale was parked as {label}: F9 at the counter recalls it.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is enabled and can sign in again.</source>
      <translation>{name} is enabled and can sign in again.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is not locked and has no wrong PINs to clear.</source>
      <translation>{name} is not locked and has no wrong PINs to clear.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is now {role}.</source>
      <translation>{name} is now {role}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} is unlocked and can sign in now.</source>
      <translation>{name} is unlocked and can sign in now.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name} is {role} now. Choose the new role with the arrow keys.</source>
      <translation>{name} is {role} now. Choose the new role with the arrow keys.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{name} signs in with the PIN they had.</source>
      <translation>{name} signs in with the PIN they had.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{name}'s screens use the language chosen here from their next sign-in; receipts stay in the store's language.</source>
      <translation>{name}'s screens use the language chosen here from their next sign-in; receipts stay in the store's language.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/dialogs.py" />
      <source>{note} Press Y to go ahead; Enter or Esc leaves it as it is.</source>
      <translation>{note} Press Y to go ahead; Enter or Esc leaves it as it is.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/manager/screen.py" />
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
  </context>
  <context>
    <name>report_print</name>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>80 mm roll</source>
      <translation>80 mm roll</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>80 mm roll (F3)</source>
      <translation>80 mm roll (F3)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet</source>
      <translation>A4 sheet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>A4 sheet (F2)</source>
      <translation>A4 sheet (F2)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Choose a printer first (↑ ↓).</source>
      <translation>Choose a printer first (↑ ↓).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Enter prints the report on {printer}, on {paper}.</source>
      <translation>Enter prints the report on {printer}, on {paper}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Look again</source>
      <translation>Look again</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Looking for this computer's printers…</source>
      <translation>Looking for this computer's printers…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Next page</source>
      <translation>Next page</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>No preview</source>
      <translation>No preview</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Page {page} of {pages} · {file}</source>
      <translation>Page {page} of {pages} · {file}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the preview…</source>
      <translation>Preparing the preview…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Preparing the report on {paper}…</source>
      <translation>Preparing the report on {paper}…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Previous page</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Print the report</source>
      <translation>Print the report</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Printer (↑ ↓ to choose)</source>
      <translation>Printer (↑ ↓ to choose)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Still looking for this computer's printers: Enter again in a moment.</source>
      <translation>Still looking for this computer's printers: Enter again in a moment.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The report on {paper} is still being prepared: Enter again in a moment.</source>
      <translation>The report on {paper} is still being prepared: Enter again in a moment.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This computer lists no printer: add one in the system's printer settings, then F5 looks again. Its PDF stays saved.</source>
      <translation>This computer lists no printer: add one in the system's printer settings, then F5 looks again. Its PDF stays saved.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>This paper is printed on an A4 sheet only.</source>
      <translation>This paper is printed on an A4 sheet only.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>X report of shift {shift} at {time}</source>
      <translation>X report of shift {shift} at {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}</source>
      <translation>Z report {z} of shift {shift}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Z report {z} of shift {shift}, a copy</source>
      <translation>Z report {z} of shift {shift}, a copy</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>an A4 sheet</source>
      <translation>an A4 sheet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>the 80 mm roll</source>
      <translation>the 80 mm roll</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer)</source>
      <translation>{printer} (default printer)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (default printer, offline)</source>
      <translation>{printer} (default printer, offline)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (offline)</source>
      <translation>{printer} (offline)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} (printing)</source>
      <translation>{printer} (printing)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer} is offline (stopped, or in error): check that it is on and has paper, then F5 looks again; or choose another printer. Its PDF stays saved.</source>
      <translation>{printer} is offline (stopped, or in error): check that it is on and has paper, then F5 looks again; or choose another printer. Its PDF stays saved.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{printer}, the printer chosen last time, is not among this computer's printers any more: choose another one, or F5 looks again. Its PDF stays saved.</source>
      <translation>{printer}, the printer chosen last time, is not among this computer's printers any more: choose another one, or F5 looks again. Its PDF stays saved.</translation>
    </message>
  </context>
  <context>
    <name>shift</name>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>'{text}' is not a Z number</source>
      <translation>'{text}' is not a Z number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Cash sales (net of change)</source>
      <translation>+ Cash sales (net of change)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>+ Paid in</source>
      <translation>+ Paid in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>= Expected in the drawer</source>
      <translation>= Expected in the drawer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A clerk counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>A clerk counts blind: the figures are hidden. The X report (F8) needs {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>A supervisor counts blind: the figures are hidden. The X report (F8) needs {approval}.</source>
      <translation>A supervisor counts blind: the figures are hidden. The X report (F8) needs {approval}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Asking the hub…</source>
      <translation>Asking the hub…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>But the drawer did not open: {reason}</source>
      <translation>But the drawer did not open: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card terminal total</source>
      <translation>Card terminal total</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Card: expected / counted</source>
      <translation>Card: expected / counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash put into the drawer; the drawer opens</source>
      <translation>Cash put into the drawer; the drawer opens</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Cash taken out of the drawer; the drawer opens. Keep the receipt for it</source>
      <translation>Cash taken out of the drawer; the drawer opens. Keep the receipt for it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Counted {counted}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>Close shift {number}? Counted {counted}. F9 again closes it and makes the Z; Esc goes back to counting.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Close shift {number}? Expected {expected}, counted {counted}, difference {difference}. F9 again closes it and makes the Z; Esc goes back to counting.</source>
      <translation>Close shift {number}? Expected {expected}, counted {counted}, difference {difference}. F9 again closes it and makes the Z; Esc goes back to counting.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Closing count: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F9 closes the shift and makes the Z.</source>
      <translation>Closing count: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F9 closes the shift and makes the Z.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Counted</source>
      <translation>Counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Empty: the last Z. A reprint is a numbered duplicate</source>
      <translation>Empty: the last Z. A reprint is a numbered duplicate</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: X of shift {shift} at {time}</source>
      <translation>Last report: X of shift {shift} at {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z} (shift {shift})</source>
      <translation>Last report: Z {z} (shift {shift})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Last report: Z {z}, reprinted as duplicate no. {number}</source>
      <translation>Last report: Z {z}, reprinted as duplicate no. {number}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Last report: none yet</source>
      <translation>Last report: none yet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No printer set up: open the drawer by hand.</source>
      <translation>No printer set up: open the drawer by hand.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No report on this screen yet: F8 makes an X report, F10 reprints a Z</source>
      <translation>No report on this screen yet: F8 makes an X report, F10 reprints a Z</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale</source>
      <translation>No sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No sale recorded ({doc}).</source>
      <translation>No sale recorded ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift is open: count the float and press F2 first</source>
      <translation>No shift is open: count the float and press F2 first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>No shift open</source>
      <translation>No shift open</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Not closed. Go on counting; F9 closes the shift.</source>
      <translation>Not closed. Go on counting; F9 closes the shift.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Opening float</source>
      <translation>Opening float</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opening float: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F2 opens the shift.</source>
      <translation>Opening float: type how many of each note and coin are in the drawer (Enter: next field; empty counts 0), then F2 opens the shift.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Opens the drawer without a sale; counted on the X and Z reports</source>
      <translation>Opens the drawer without a sale; counted on the X and Z reports</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in</source>
      <translation>Paid in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid in {amount} recorded ({doc}).</source>
      <translation>Paid in {amount} recorded ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out</source>
      <translation>Paid out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Paid out {amount} recorded ({doc}).</source>
      <translation>Paid out {amount} recorded ({doc}).</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Reprint a Z report</source>
      <translation>Reprint a Z report</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>Sales</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>Sending {file} to the printer {printer}, on {paper}. You can go on meanwhile.</source>
      <translation>Sending {file} to the printer {printer}, on {paper}. You can go on meanwhile.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift &amp; reports</source>
      <translation>Shift &amp; reports</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} is already open</source>
      <translation>Shift {number} is already open</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} open since {since} · opened by {user} · float {amount}</source>
      <translation>Shift {number} open since {since} · opened by {user} · float {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {number} opened with a float of {amount}</source>
      <translation>Shift {number} opened with a float of {amount}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} closed: Z {z}, %n sale(s), {total}; cash {verdict} {difference}.</source>
      <translation>
        <numerusform>Shift {shift} closed: Z {z}, %n sale, {total}; cash {verdict} {difference}.</numerusform>
        <numerusform>Shift {shift} closed: Z {z}, %n sales, {total}; cash {verdict} {difference}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Shift {shift} so far (X)</source>
      <translation>Shift {shift} so far (X)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store today (all stations, hub): %n sale(s), {gross} incl. VAT {tax}; {tenders}; {z} Z, cash difference {difference}</source>
      <translation>
        <numerusform>Store today (all stations, hub): %n sale, {gross} incl. VAT {tax}; {tenders}; {z} Z, cash difference {difference}</numerusform>
        <numerusform>Store today (all stations, hub): %n sales, {gross} incl. VAT {tax}; {tenders}; {z} Z, cash difference {difference}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Store-wide figures need the hub: {reason}</source>
      <translation>Store-wide figures need the hub: {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>The drawer opened.</source>
      <translation>The drawer opened.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>The printer {printer} took {file}: {said}.</source>
      <translation>The printer {printer} took {file}: {said}.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>This shift so far</source>
      <translation>This shift so far</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/fiscal_screen.py" />
      <source>X report saved (nothing reset): {file} (Ctrl+P prints it)</source>
      <translation>X report saved (nothing reset): {file} (Ctrl+P prints it)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z number</source>
      <translation>Z number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z} reprint saved as duplicate no. {number}: {file} (Ctrl+P prints it)</source>
      <translation>Z {z} reprint saved as duplicate no. {number}: {file} (Ctrl+P prints it)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>Z {z}: shift {shift}, closed {time}</source>
      <translation>Z {z}: shift {shift}, closed {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>as expected</source>
      <translation>as expected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>exact</source>
      <translation>exact</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>no tenders</source>
      <translation>no tenders</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>over</source>
      <translation>over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>short</source>
      <translation>short</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>the card terminal's total; empty: as expected</source>
      <translation>the card terminal's total; empty: as expected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{closed} Z saved: {file} (Ctrl+P prints it)</source>
      <translation>{closed} Z saved: {file} (Ctrl+P prints it)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_screen.py" />
      <source>{difference} ({verdict})</source>
      <translation>{difference} ({verdict})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/report_print_dialog.py" />
      <source>{file} was not printed. {reason}</source>
      <translation>{file} was not printed. {reason}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/shift_figures.py" />
      <source>− Paid out</source>
      <translation>− Paid out</translation>
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Last try: {error}</source>
      <translation>Last try: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/pending_receipts_watch.py" />
      <source>Receipts not written: {count}</source>
      <translation>Receipts not written: {count}</translation>
    </message>
  </context>
  <context>
    <name>stock</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n label(s) saved: {path}</source>
      <translation>
        <numerusform>%n label saved: {path}</numerusform>
        <numerusform>%n labels saved: {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>%n late scan(s) (after closing) kept, not posted</source>
      <translation>
        <numerusform>%n late scan (after closing) kept, not posted</numerusform>
        <numerusform>%n late scans (after closing) kept, not posted</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) low, {negative} negative. F8 goes back</source>
      <translation>
        <numerusform>%n product low, {negative} negative. F8 goes back</numerusform>
        <numerusform>%n products low, {negative} negative. F8 goes back</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>%n product(s) shown</source>
      <translation>
        <numerusform>%n product shown</numerusform>
        <numerusform>%n products shown</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>(no product selected)</source>
      <translation>(no product selected)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ASN (hub)</source>
      <translation>ASN (hub)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Added</source>
      <translation>Added</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Also in %n warehouse(s): delivery only</source>
      <translation>
        <numerusform>Also in %n warehouse: delivery only</numerusform>
        <numerusform>Also in %n warehouses: delivery only</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Asking the hub…</source>
      <translation>Asking the hub…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Choose a delivery first</source>
      <translation>Choose a delivery first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Close  (Esc)</source>
      <translation>Close  (Esc)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Copies each</source>
      <translation>Copies each</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Count cancelled: nothing was posted</source>
      <translation>Count cancelled: nothing was posted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Count correction</source>
      <translation>Count correction</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted</source>
      <translation>Counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Counted so far</source>
      <translation>Counted so far</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter saves; the items are then received by scanning</source>
      <translation>Ctrl+Enter saves; the items are then received by scanning</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Ctrl+Enter sends: the stock leaves now; the other store receives it by scanning</source>
      <translation>Ctrl+Enter sends: the stock leaves now; the other store receives it by scanning</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Delivery saved: scan the items as they arrive</source>
      <translation>Delivery saved: scan the items as they arrive</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected</source>
      <translation>Expected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Expected = on-hand when each product's first unit was counted</source>
      <translation>Expected = on-hand when each product's first unit was counted</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected delivery (typed in)</source>
      <translation>Expected delivery (typed in)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Expected lines</source>
      <translation>Expected lines</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>F1-F6 choose the reason. Large adjustments need a manager's PIN</source>
      <translation>F1-F6 choose the reason. Large adjustments need a manager's PIN</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Find by name or SKU (empty: lowest stock first)</source>
      <translation>Find by name or SKU (empty: lowest stock first)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>In stock in %n other store(s): most at {store}</source>
      <translation>
        <numerusform>In stock in %n other store: most at {store}</numerusform>
        <numerusform>In stock in %n other stores: most at {store}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Labels</source>
      <translation>Labels</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Low stock (at or below the reorder point)</source>
      <translation>Low stock (at or below the reorder point)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of the selected product (newest first)</source>
      <translation>Movements of the selected product (newest first)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Movements of {product} ({sku}), newest first</source>
      <translation>Movements of {product} ({sku}), newest first</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Negative stock (sold more than the ledger holds)</source>
      <translation>Negative stock (sold more than the ledger holds)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No count selected: F2 starts a cycle count, F3 a full count</source>
      <translation>No count selected: F2 starts a cycle count, F3 a full count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery chosen: F2 types one in</source>
      <translation>No delivery chosen: F2 types one in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>No delivery expected: F2 types one in</source>
      <translation>No delivery expected: F2 types one in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>No open count: F2 starts a cycle count, F3 a full count</source>
      <translation>No open count: F2 starts a cycle count, F3 a full count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock</source>
      <translation>No other store has it in stock</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>No other store has it in stock; %n warehouse(s) can deliver it</source>
      <translation>
        <numerusform>No other store has it in stock; %n warehouse can deliver it</numerusform>
        <numerusform>No other store has it in stock; %n warehouses can deliver it</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>No product matches</source>
      <translation>No product matches</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>On hand</source>
      <translation>On hand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Opening stock</source>
      <translation>Opening stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Over / short</source>
      <translation>Over / short</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Pickup</source>
      <translation>Pickup</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Post a delivery first: its report is printed then</source>
      <translation>Post a delivery first: its report is printed then</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for every price change received: %n waiting  (C)</source>
      <translation>
        <numerusform>Price labels for every price change received: %n waiting  (C)</numerusform>
        <numerusform>Price labels for every price change received: %n waiting  (C)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Price labels for {product}  (P)</source>
      <translation>Price labels for {product}  (P)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Products</source>
      <translation>Products</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving</source>
      <translation>Receiving</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Receiving report saved: {path}</source>
      <translation>Receiving report saved: {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point</source>
      <translation>Reorder point</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Reorder point of {sku} saved</source>
      <translation>Reorder point of {sku} saved</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder point · {product}</source>
      <translation>Reorder point · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Reorder quantity</source>
      <translation>Reorder quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Sale</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Scan each item received (6*code for a case of six, -1*code takes one back)</source>
      <translation>Scan each item received (6*code for a case of six, -1*code takes one back)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scan what is on the shelf (5*code for five, 0*code when none is there)</source>
      <translation>Scan what is on the shelf (5*code for five, 0*code when none is there)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Scans</source>
      <translation>Scans</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Select a product first (type its name or SKU)</source>
      <translation>Select a product first (type its name or SKU)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shelf labels for {product}  (S)</source>
      <translation>Shelf labels for {product}  (S)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Shipped to customer</source>
      <translation>Shipped to customer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Start a count first (F2 cycle, F3 full)</source>
      <translation>Start a count first (F2 cycle, F3 full)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Stock adjustment</source>
      <translation>Stock adjustment</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Stock count</source>
      <translation>Stock count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Store</source>
      <translation>Store</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>Suggested order</source>
      <translation>Suggested order</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>The {shown} lowest of %n product shown: type a name or SKU</numerusform>
        <numerusform>The {shown} lowest of %n products shown: type a name or SKU</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>The {shown} lowest of more than %n product(s) shown: type a name or SKU</source>
      <translation>
        <numerusform>The {shown} lowest of more than %n product shown: type a name or SKU</numerusform>
        <numerusform>The {shown} lowest of more than %n products shown: type a name or SKU</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>To store</source>
      <translation>To store</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Transfer</source>
      <translation>Transfer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer in</source>
      <translation>Transfer in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer out</source>
      <translation>Transfer out</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Transfer to another store</source>
      <translation>Transfer to another store</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>Typed</source>
      <translation>Typed</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance</source>
      <translation>Variance</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance of {doc}: {differ} of %n product(s) differ · net {value} at retail price (F9 approves and posts)</source>
      <translation>
        <numerusform>Variance of {doc}: {differ} of %n product differ · net {value} at retail price (F9 approves and posts)</numerusform>
        <numerusform>Variance of {doc}: {differ} of %n products differ · net {value} at retail price (F9 approves and posts)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>Variance report saved: {path}</source>
      <translation>Variance report saved: {path}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>Where else? · {product}</source>
      <translation>Where else? · {product}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle</source>
      <translation>cycle</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>cycle count</source>
      <translation>cycle count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>full</source>
      <translation>full</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>full count</source>
      <translation>full count</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>list as low stock at or below this on-hand</source>
      <translation>list as low stock at or below this on-hand</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>not on the notice</source>
      <translation>not on the notice</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>one line per product: barcode or SKU, then the quantity</source>
      <translation>one line per product: barcode or SKU, then the quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>over</source>
      <translation>over</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>scan or type the barcode or SKU</source>
      <translation>scan or type the barcode or SKU</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>short</source>
      <translation>short</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>store code, e.g. LYO01</source>
      <translation>store code, e.g. LYO01</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the supplier's delivery note number</source>
      <translation>the supplier's delivery note number</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>the usual order quantity</source>
      <translation>the usual order quantity</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>the {count} largest shown, all on the printed report (F10)</source>
      <translation>the {count} largest shown, all on the printed report (F10)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} approved by {approver}: %n correction(s) posted, net {value}</source>
      <translation>
        <numerusform>{doc} approved by {approver}: %n correction posted, net {value}</numerusform>
        <numerusform>{doc} approved by {approver}: %n corrections posted, net {value}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{doc} posted: %n product(s) into stock · {over} over, {short} short, {unexpected} not expected. Printing the report…</source>
      <translation>
        <numerusform>{doc} posted: %n product into stock · {over} over, {short} short, {unexpected} not expected. Printing the report…</numerusform>
        <numerusform>{doc} posted: %n products into stock · {over} over, {short} short, {unexpected} not expected. Printing the report…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc} sent to {store}: %n product(s) left the stock. {store} receives it through the hub</source>
      <translation>
        <numerusform>{doc} sent to {store}: %n product left the stock. {store} receives it through the hub</numerusform>
        <numerusform>{doc} sent to {store}: %n products left the stock. {store} receives it through the hub</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} started ({kind}). Scan the shelf; each scan is saved at once</source>
      <translation>{doc} started ({kind}). Scan the shelf; each scan is saved at once</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning</source>
      <translation>{doc} · {kind} · scanning</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{doc} · {kind} · scanning · started on {station}, approved there</source>
      <translation>{doc} · {kind} · scanning · started on {station}, approved there</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}), approved by {approver}. On hand now {on_hand}</source>
      <translation>{doc}: {product} {quantity} ({reason}, {value}), approved by {approver}. On hand now {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_screen.py" />
      <source>{doc}: {product} {quantity} ({reason}, {value}). On hand now {on_hand}</source>
      <translation>{doc}: {product} {quantity} ({reason}, {value}). On hand now {on_hand}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/count_screen.py" />
      <source>{product}: +{added} (counted so far {counted})</source>
      <translation>{product}: +{added} (counted so far {counted})</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received (not on the notice)</source>
      <translation>{product}: {received} received (not on the notice)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/receiving_screen.py" />
      <source>{product}: {received} received of {expected} expected</source>
      <translation>{product}: {received} received of {expected} expected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (this store)</source>
      <translation>{store}  (this store)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/stock_dialogs.py" />
      <source>{store}  (warehouse)</source>
      <translation>{store}  (warehouse)</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>%n rejected event(s) queued again</source>
      <translation>
        <numerusform>%n rejected event queued again</numerusform>
        <numerusform>%n rejected events queued again</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Back to sale</source>
      <translation>Back to sale</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Cursor</source>
      <translation>Cursor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Events waiting for the hub or rejected by it (oldest first)</source>
      <translation>Events waiting for the hub or rejected by it (oldest first)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Feed items set aside (not applied)</source>
      <translation>Feed items set aside (not applied)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Hub's answer / last error</source>
      <translation>Hub's answer / last error</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Not connected to the hub: ask a manager. Sales are kept on this station until then.</source>
      <translation>Not connected to the hub: ask a manager. Sales are kept on this station until then.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Retry rejected</source>
      <translation>Retry rejected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync now</source>
      <translation>Sync now</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Sync with the hub</source>
      <translation>Sync with the hub</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>This station is not registered at a hub: run `storedesk register --hub URL --token TOKEN` on this PC (the token comes from `storedesk-hub add-station`). Sales keep their events until then.</source>
      <translation>This station is not registered at a hub: run `storedesk register --hub URL --token TOKEN` on this PC (the token comes from `storedesk-hub add-station`). Sales keep their events until then.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Tries</source>
      <translation>Tries</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>Why it was set aside</source>
      <translation>Why it was set aside</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected} · last error: {error}</source>
      <translation>{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected} · last error: {error}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/sync_screen.py" />
      <source>{hub} · online · last sync {last} · waiting {waiting} · rejected {rejected}</source>
      <translation>{hub} · online · last sync {last} · waiting {waiting} · rejected {rejected}</translation>
    </message>
  </context>
</TS>
