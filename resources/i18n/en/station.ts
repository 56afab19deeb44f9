<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>station</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>%n item(s), {amount}</source>
      <translation>
        <numerusform>%n item, {amount}</numerusform>
        <numerusform>%n items, {amount}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: never</source>
      <translation>Last sync: never</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: {time}</source>
      <translation>Last sync: {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>No shift open</source>
      <translation>No shift open</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Not signed in</source>
      <translation>Not signed in</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Offline (hub not set up)</source>
      <translation>Offline (hub not set up)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Shift {number} open since {time}</source>
      <translation>Shift {number} open since {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Station …</source>
      <translation>Station …</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The hub refused these events: open the Sync screen (F6) to see why</source>
      <translation>The hub refused these events: open the Sync screen (F6) to see why</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The station cannot start</source>
      <translation>The station cannot start</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting}</source>
      <translation>Waiting events: {waiting}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting} · ⚠ %n rejected by hub — F6</source>
      <translation>
        <numerusform>Waiting events: {waiting} · ⚠ %n rejected by hub — F6</numerusform>
        <numerusform>Waiting events: {waiting} · ⚠ %n rejected by hub — F6</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: –</source>
      <translation>Waiting events: –</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You have %n parked sale(s): F9 recalls them.</source>
      <translation>
        <numerusform>You have %n parked sale: F9 recalls it.</numerusform>
        <numerusform>You have %n parked sales: F9 recalls them.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You took over {owner}'s sale; the takeover is recorded with both names.</source>
      <translation>You took over {owner}'s sale; the takeover is recorded with both names.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>auditor</source>
      <translation>auditor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>clerk</source>
      <translation>clerk</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>manager</source>
      <translation>manager</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{count} items, {amount}</source>
      <translation>{count} items, {amount}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{owner}'s sale ({sale}) was parked for {owner}. F9 lists it with your %n parked sale(s).</source>
      <translation>
        <numerusform>{owner}'s sale ({sale}) was parked for {owner}. F9 lists it with your %n parked sale.</numerusform>
        <numerusform>{owner}'s sale ({sale}) was parked for {owner}. F9 lists it with your %n parked sales.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{owner}'s sale ({sale}) was parked for {owner}: F9 recalls it.</source>
      <translation>{owner}'s sale ({sale}) was parked for {owner}: F9 recalls it.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{store} · station {station}</source>
      <translation>{store} · station {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline</source>
      <translation>○ Offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline since {time}</source>
      <translation>○ Offline since {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>● Online</source>
      <translation>● Online</translation>
    </message>
  </context>
</TS>
