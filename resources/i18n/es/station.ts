<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>station</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>%n item(s), {amount}</source>
      <translation>
        <numerusform>%n artículo, {amount}</numerusform>
        <numerusform>%n artículos, {amount}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: never</source>
      <translation>Sincronizado: nunca</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: {time}</source>
      <translation>Sincronizado: {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Locked</source>
      <translation>Bloqueada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>No shift open</source>
      <translation>Ningún turno abierto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Not signed in</source>
      <translation>Sin sesión iniciada</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Offline (hub not set up)</source>
      <translation>Sin conexión (sin central)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Shift {number} open since {time}</source>
      <translation>Turno {number} abierto desde las {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Station …</source>
      <translation>Caja …</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The hub refused these events: open the Sync screen (F6) to see why</source>
      <translation>La central rechazó estos eventos: abra la pantalla Sincronización (F6) para ver por qué</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The station cannot start</source>
      <translation>La caja no puede arrancar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting}</source>
      <translation>Por enviar: {waiting}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting} · ⚠ %n rejected by hub — F6</source>
      <translation>
        <numerusform>Por enviar: {waiting} · ⚠ %n rechazado — F6</numerusform>
        <numerusform>Por enviar: {waiting} · ⚠ %n rechazados — F6</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: –</source>
      <translation>Por enviar: –</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You have %n parked sale(s): F9 recalls them.</source>
      <translation>
        <numerusform>Tiene %n venta aparcada: F9 la recupera.</numerusform>
        <numerusform>Tiene %n ventas aparcadas: F9 las recupera.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You took over {owner}'s sale; the takeover is recorded with both names.</source>
      <translation>Ha tomado la venta de {owner}; el traspaso queda registrado con ambos nombres.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>auditor</source>
      <translation>auditor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>clerk</source>
      <translation>cajero</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>manager</source>
      <translation>encargado</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{count} items, {amount}</source>
      <translation>{count} artículos, {amount}</translation>
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
        <numerusform>La venta de {owner} ({sale}) se aparcó para {owner}. F9 la muestra con %n venta aparcada suya.</numerusform>
        <numerusform>La venta de {owner} ({sale}) se aparcó para {owner}. F9 la muestra con %n ventas aparcadas suyas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{owner}'s sale ({sale}) was parked for {owner}: F9 recalls it.</source>
      <translation>La venta de {owner} ({sale}) se aparcó para {owner}: F9 la recupera.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{store} · station {station}</source>
      <translation>{store} · caja {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline</source>
      <translation>○ Sin conexión</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline since {time}</source>
      <translation>○ Sin conexión desde las {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>● Online</source>
      <translation>● En línea</translation>
    </message>
  </context>
</TS>
