<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>station</name>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>%n item(s), {amount}</source>
      <translation>
        <numerusform>%n article, {amount}</numerusform>
        <numerusform>%n articles, {amount}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: never</source>
      <translation>Synchro : jamais</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Last sync: {time}</source>
      <translation>Synchro : {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Locked</source>
      <translation>Verrouillée</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>No shift open</source>
      <translation>Aucune session de caisse ouverte</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Not signed in</source>
      <translation>Personne n'est connecté</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Offline (hub not set up)</source>
      <translation>Hors ligne (sans serveur)</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Shift {number} open since {time}</source>
      <translation>Session {number} ouverte depuis {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Station …</source>
      <translation>Caisse …</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The hub refused these events: open the Sync screen (F6) to see why</source>
      <translation>Le serveur central a refusé ces événements : ouvrez l'écran Synchro (F6) pour savoir pourquoi</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>The station cannot start</source>
      <translation>La caisse ne peut pas démarrer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting}</source>
      <translation>À envoyer : {waiting}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: {waiting} · ⚠ %n rejected by hub — F6</source>
      <translation>
        <numerusform>À envoyer : {waiting} · ⚠ %n refusé — F6</numerusform>
        <numerusform>À envoyer : {waiting} · ⚠ %n refusés — F6</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>Waiting events: –</source>
      <translation>À envoyer : –</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You have %n parked sale(s): F9 recalls them.</source>
      <translation>
        <numerusform>Vous avez %n vente en attente : F9 la rappelle.</numerusform>
        <numerusform>Vous avez %n ventes en attente : F9 les rappelle.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>You took over {owner}'s sale; the takeover is recorded with both names.</source>
      <translation>Vous avez repris la vente de {owner} ; la reprise est enregistrée avec les deux noms.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>auditor</source>
      <translation>auditeur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>clerk</source>
      <translation>caissier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>manager</source>
      <translation>responsable</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>supervisor</source>
      <translation>superviseur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{count} items, {amount}</source>
      <translation>{count} articles, {amount}</translation>
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
        <numerusform>La vente de {owner} ({sale}) a été mise en attente pour {owner}. F9 l'affiche avec %n vente en attente à votre nom.</numerusform>
        <numerusform>La vente de {owner} ({sale}) a été mise en attente pour {owner}. F9 l'affiche avec %n ventes en attente à votre nom.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{owner}'s sale ({sale}) was parked for {owner}: F9 recalls it.</source>
      <translation>La vente de {owner} ({sale}) a été mise en attente pour {owner} : F9 la rappelle.</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>{store} · station {station}</source>
      <translation>{store} · caisse {station}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline</source>
      <translation>○ Hors ligne</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>○ Offline since {time}</source>
      <translation>○ Hors ligne depuis {time}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/main_window.py" />
      <source>● Online</source>
      <translation>● En ligne</translation>
    </message>
  </context>
</TS>
