<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>accessibility</name>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>A screen of the station</source>
      <translation>Una schermata della cassa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Alt+Down opens the list; the arrow keys choose</source>
      <translation>Alt+Down apre l'elenco; le frecce scelgono</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Done</source>
      <translation>Fatto</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Error</source>
      <translation>Errore</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Keys: {keys}</source>
      <translation>Tasti: {keys}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List</source>
      <translation>Elenco</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List: {columns}</source>
      <translation>Elenco: {columns}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Note</source>
      <translation>Avviso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Space presses it</source>
      <translation>Spazio lo preme</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Tabs: {tabs}</source>
      <translation>Schede: {tabs}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Text you can select and copy</source>
      <translation>Testo da selezionare e copiare</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from line to line</source>
      <translation>Le frecce passano da una riga all'altra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from tab to tab</source>
      <translation>Le frecce passano da una scheda all'altra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Type, then press Enter</source>
      <translation>Digitare, poi Invio</translation>
    </message>
  </context>
</TS>
