<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>accessibility</name>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>A screen of the station</source>
      <translation>Ein Bildschirm der Kasse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Alt+Down opens the list; the arrow keys choose</source>
      <translation>Alt+Down öffnet die Liste; Pfeiltasten wählen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Keys: {keys}</source>
      <translation>Tasten: {keys}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List</source>
      <translation>Liste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List: {columns}</source>
      <translation>Liste: {columns}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Space presses it</source>
      <translation>Leertaste drückt ihn</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Tabs: {tabs}</source>
      <translation>Reiter: {tabs}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Text you can select and copy</source>
      <translation>Text zum Markieren und Kopieren</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from line to line</source>
      <translation>Pfeiltasten wechseln die Zeile</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from tab to tab</source>
      <translation>Pfeiltasten wechseln den Reiter</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Type, then press Enter</source>
      <translation>Eingeben, dann Enter</translation>
    </message>
  </context>
</TS>
