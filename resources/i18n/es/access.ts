<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>accessibility</name>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>A screen of the station</source>
      <translation>Una pantalla de la caja</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Alt+Down opens the list; the arrow keys choose</source>
      <translation>Alt+Down abre la lista; las flechas eligen</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Keys: {keys}</source>
      <translation>Teclas: {keys}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List</source>
      <translation>Lista</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List: {columns}</source>
      <translation>Lista: {columns}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Note</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Space presses it</source>
      <translation>Espacio lo pulsa</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Tabs: {tabs}</source>
      <translation>Pestañas: {tabs}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Text you can select and copy</source>
      <translation>Texto que se puede seleccionar y copiar</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from line to line</source>
      <translation>Las flechas pasan de una línea a otra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from tab to tab</source>
      <translation>Las flechas pasan de una pestaña a otra</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Type, then press Enter</source>
      <translation>Escriba y pulse Enter</translation>
    </message>
  </context>
</TS>
