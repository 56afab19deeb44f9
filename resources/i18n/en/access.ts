<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>accessibility</name>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>A screen of the station</source>
      <translation>A screen of the station</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Alt+Down opens the list; the arrow keys choose</source>
      <translation>Alt+Down opens the list; the arrow keys choose</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Keys: {keys}</source>
      <translation>Keys: {keys}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List</source>
      <translation>List</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>List: {columns}</source>
      <translation>List: {columns}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Space presses it</source>
      <translation>Space presses it</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Tabs: {tabs}</source>
      <translation>Tabs: {tabs}</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Text you can select and copy</source>
      <translation>Text you can select and copy</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from line to line</source>
      <translation>The arrow keys move from line to line</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>The arrow keys move from tab to tab</source>
      <translation>The arrow keys move from tab to tab</translation>
    </message>
    <message>
      <location filename="../../../src/storedesk/ui/accessibility.py" />
      <source>Type, then press Enter</source>
      <translation>Type, then press Enter</translation>
    </message>
  </context>
</TS>
