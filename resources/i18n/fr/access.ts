<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>accessibility</name>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>A screen of the station</source>
      <translation>Un écran de la caisse</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Alt+Down opens the list; the arrow keys choose</source>
      <translation>Alt+Down ouvre la liste ; les flèches choisissent</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Keys: {keys}</source>
      <translation>Touches : {keys}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List</source>
      <translation>Liste</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List: {columns}</source>
      <translation>Liste : {columns}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Note</source>
      <translation>Info</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Space presses it</source>
      <translation>Espace pour l'activer</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Tabs: {tabs}</source>
      <translation>Onglets : {tabs}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Text you can select and copy</source>
      <translation>Texte à sélectionner et copier</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from line to line</source>
      <translation>Les flèches passent d'une ligne à l'autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from tab to tab</source>
      <translation>Les flèches passent d'un onglet à l'autre</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Type, then press Enter</source>
      <translation>Tapez, puis Entrée</translation>
    </message>
  </context>
</TS>
