<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>station</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>%n item(s), {amount}</source>
      <translation>
        <numerusform>%n Artikel, {amount}</numerusform>
        <numerusform>%n Artikel, {amount}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: never</source>
      <translation>Abgleich: nie</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: {time}</source>
      <translation>Abgleich: {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Locked</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>No shift open</source>
      <translation>Keine Schicht offen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Not signed in</source>
      <translation>Nicht angemeldet</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Offline (hub not set up)</source>
      <translation>Offline (keine Zentrale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Shift {number} open since {time}</source>
      <translation>Schicht {number} offen seit {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Station …</source>
      <translation>Kasse …</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The hub refused these events: open the Sync screen (F6) to see why</source>
      <translation>Die Zentrale hat diese Ereignisse abgelehnt: Abgleich-Bildschirm (F6) zeigt den Grund</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The station cannot start</source>
      <translation>Die Kasse kann nicht starten</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting}</source>
      <translation>Zu senden: {waiting}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting} · ⚠ %n rejected by hub — F6</source>
      <translation>
        <numerusform>Zu senden: {waiting} · ⚠ %n abgelehnt — F6</numerusform>
        <numerusform>Zu senden: {waiting} · ⚠ %n abgelehnt — F6</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: –</source>
      <translation>Zu senden: –</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You have %n parked sale(s): F9 recalls them.</source>
      <translation>
        <numerusform>Sie haben %n geparkten Verkauf: F9 ruft ihn auf.</numerusform>
        <numerusform>Sie haben %n geparkte Verkäufe: F9 ruft sie auf.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You took over {owner}'s sale; the takeover is recorded with both names.</source>
      <translation>Sie haben den Verkauf von {owner} übernommen; die Übernahme ist mit beiden Namen erfasst.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>auditor</source>
      <translation>Prüfer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>clerk</source>
      <translation>Kassierer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>manager</source>
      <translation>Filialleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>supervisor</source>
      <translation>Schichtleiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{count} items, {amount}</source>
      <translation>{count} Artikel, {amount}</translation>
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
        <numerusform>Der Verkauf von {owner} ({sale}) wurde für {owner} geparkt. F9 zeigt ihn neben %n eigenen geparkten Verkauf.</numerusform>
        <numerusform>Der Verkauf von {owner} ({sale}) wurde für {owner} geparkt. F9 zeigt ihn neben %n eigenen geparkten Verkäufen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{owner}'s sale ({sale}) was parked for {owner}: F9 recalls it.</source>
      <translation>Der Verkauf von {owner} ({sale}) wurde für {owner} geparkt: F9 ruft ihn auf.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{store} · station {station}</source>
      <translation>{store} · Kasse {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline</source>
      <translation>○ Offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline since {time}</source>
      <translation>○ Offline seit {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>● Online</source>
      <translation>● Online</translation>
    </message>
  </context>
</TS>
