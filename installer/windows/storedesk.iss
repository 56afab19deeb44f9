; storedesk - Windows installer (Inno Setup 6) for the PyInstaller bundle.
;
; On a Windows build PC, from the repository:
;   py -m venv .venv && .venv\Scripts\pip install -e ".[test]" tzdata
;   .venv\Scripts\python installer\build.py      (makes dist\storedesk\, then runs iscc if found)
; or by hand:  iscc installer\windows\storedesk.iss   -> dist\storedesk-<version>-windows-x64-setup.exe
;
; Installs for all users (administrator rights), in C:\Program Files\storedesk:
;   storedesk.exe       the station (no console window)
;   storedesk-cli.exe   the same program with a console, for the commands (status, config, backup)
; The till's data folder is per machine: C:\ProgramData\storedesk, writable by all local users,
; named in the Start-menu shortcut (--data-dir) and in the machine-wide STOREDESK_DATA_DIR
; variable (for storedesk-cli in any console). Uninstalling never deletes it.
;
; tests/installer/test_bundle.py checks that the paths below match installer/storedesk.spec.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\storedesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppExe "storedesk.exe"
#define CliExe "storedesk-cli.exe"
#define DataDir "{commonappdata}\storedesk"

[Setup]
AppId={{7B4DE2FF-BD80-4C55-B156-5FEB7A3594A2}
AppName=storedesk
AppVersion={#AppVersion}
AppVerName=storedesk {#AppVersion}
AppPublisher=storedesk
DefaultDirName={autopf}\storedesk
DefaultGroupName=storedesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=storedesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\storedesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=storedesk {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
; the till's data: every local user may change it; never removed by the uninstaller
Name: "{#DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the whole program folder (no stale libraries from an older version)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\storedesk"; Filename: "{app}\{#AppExe}"; Parameters: "--data-dir ""{#DataDir}"""; WorkingDir: "{app}"; Comment: "Point of sale and store orders"
Name: "{group}\storedesk command line"; Filename: "{cmd}"; Parameters: "/k cd /d ""{app}"" && storedesk-cli.exe --help"; WorkingDir: "{app}"; Comment: "storedesk-cli status | config show | backup --out FILE"
Name: "{group}\{cm:UninstallProgram,storedesk}"; Filename: "{uninstallexe}"
Name: "{commondesktop}\storedesk"; Filename: "{app}\{#AppExe}"; Parameters: "--data-dir ""{#DataDir}"""; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; machine-wide, so storedesk-cli in any console uses the till's folder (--data-dir overrides it)
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "STOREDESK_DATA_DIR"; ValueData: "{#DataDir}"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "--data-dir ""{#DataDir}"""; Description: "{cm:LaunchProgram,storedesk}"; Flags: nowait postinstall skipifsilent runasoriginaluser
