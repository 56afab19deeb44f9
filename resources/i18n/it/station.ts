<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>station</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>%n item(s), {amount}</source>
      <translation>
        <numerusform>%n articolo, {amount}</numerusform>
        <numerusform>%n articoli, {amount}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: never</source>
      <translation>Sincronizzato: mai</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: {time}</source>
      <translation>Sincronizzato: {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Locked</source>
      <translation>Bloccata</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>No shift open</source>
      <translation>Nessun turno aperto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Not signed in</source>
      <translation>Nessun accesso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Offline (hub not set up)</source>
      <translation>Offline (senza centrale)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Shift {number} open since {time}</source>
      <translation>Turno {number} aperto dalle {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Station …</source>
      <translation>Cassa …</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The hub refused these events: open the Sync screen (F6) to see why</source>
      <translation>La centrale ha rifiutato questi eventi: aprire la schermata Sincronizzazione (F6) per il motivo</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The station cannot start</source>
      <translation>La cassa non può avviarsi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting}</source>
      <translation>Da inviare: {waiting}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting} · ⚠ %n rejected by hub — F6</source>
      <translation>
        <numerusform>Da inviare: {waiting} · ⚠ %n rifiutato — F6</numerusform>
        <numerusform>Da inviare: {waiting} · ⚠ %n rifiutati — F6</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: –</source>
      <translation>Da inviare: –</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You have %n parked sale(s): F9 recalls them.</source>
      <translation>
        <numerusform>Hai %n vendita sospesa: F9 la richiama.</numerusform>
        <numerusform>Hai %n vendite sospese: F9 le richiama.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You took over {owner}'s sale; the takeover is recorded with both names.</source>
      <translation>Hai preso in carico la vendita di {owner}; il passaggio è registrato con entrambi i nomi.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>auditor</source>
      <translation>revisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>clerk</source>
      <translation>cassiere</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>manager</source>
      <translation>responsabile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>supervisor</source>
      <translation>supervisore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{count} items, {amount}</source>
      <translation>{count} articoli, {amount}</translation>
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
        <numerusform>La vendita di {owner} ({sale}) è stata sospesa per {owner}. F9 la mostra con %n tua vendita sospesa.</numerusform>
        <numerusform>La vendita di {owner} ({sale}) è stata sospesa per {owner}. F9 la mostra con le tue %n vendite sospese.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{owner}'s sale ({sale}) was parked for {owner}: F9 recalls it.</source>
      <translation>La vendita di {owner} ({sale}) è stata sospesa per {owner}: F9 la richiama.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{store} · station {station}</source>
      <translation>{store} · cassa {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline</source>
      <translation>○ Offline</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline since {time}</source>
      <translation>○ Offline dalle {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>● Online</source>
      <translation>● Online</translation>
    </message>
  </context>
</TS>
