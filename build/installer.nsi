; The GridDesk installer for Windows 10 (1809+) and 11: GridDesk-安装程序-<version>.exe.
; Made by build/build.sh --windows (NSIS 3, makensis, on Linux or Windows):
;   makensis -DVERSION=0.1.0 -DDIST=<abs>/build/wine/dist/griddesk -DICON=<abs>/resources/icons/griddesk.ico
;            -DOUTFILE=<abs>/build/dist/GridDesk-安装程序-0.1.0.exe [-DFAST] build/installer.nsi
; (absolute paths: makensis works in the script's folder)
; - per user, no administrator rights: %LOCALAPPDATA%\Programs\GridDesk, uninstall entry in HKCU;
; - Start-menu and desktop shortcuts to griddesk.exe;
; - an upgrade installs over the older version: the program folder is replaced, while the data
;   (%LOCALAPPDATA%\GridDesk: database, backups, logs) and the settings (HKCU\Software\GridDesk)
;   are never touched;
; - the uninstaller removes the program and its shortcuts, never the data folder;
; - /S installs silently (IT staff, tests); /D=<folder> (last argument) picks another folder.

Target amd64-unicode  ; a 64-bit installer: Qt 6 runs on 64-bit Windows only (and Wine here runs 64-bit programs)
ManifestDPIAware true
RequestExecutionLevel user
!ifdef FAST
  SetCompressor zlib  ; the test lane: seconds instead of minutes, a larger file
!else
  SetCompressor /SOLID lzma
!endif

!include "MUI2.nsh"

!ifndef VERSION
  !error "makensis -DVERSION=x.y.z -DDIST=<one-folder build> -DICON=<.ico> -DOUTFILE=<installer.exe>"
!endif

!define APP "GridDesk"
!define TITLE "GridDesk 网格治理工作台"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GridDesk"

Name "${TITLE}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${TITLE} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${TITLE}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileDescription" "${TITLE} 安装程序"
VIAddVersionKey /LANG=2052 "LegalCopyright" "GridDesk"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\griddesk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "启动 ${TITLE}"
!define MUI_WELCOMEPAGE_TEXT "将在本电脑上为当前用户安装 ${TITLE} ${VERSION}，不需要管理员权限。$\r$\n$\r$\n升级时直接安装在旧版本上即可：数据（数据库、备份、日志）和设置都会保留。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!define MUI_UNCONFIRMPAGE_TEXT_TOP "将删除程序文件和快捷方式。数据文件夹（%LOCALAPPDATA%\GridDesk：数据库、备份、日志）不会被删除。"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "GridDesk" main
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; an upgrade: the old program goes first, so no file of it stays behind
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${TITLE}.lnk" "$INSTDIR\griddesk.exe"
  CreateShortCut "$DESKTOP\${TITLE}.lnk" "$INSTDIR\griddesk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${TITLE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\griddesk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "GridDesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${TITLE}.lnk"
  Delete "$DESKTOP\${TITLE}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\griddesk.exe"
  Delete "$INSTDIR\griddesk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: a portable install's griddesk-data\ stays
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; never: %LOCALAPPDATA%\GridDesk (the data) nor HKCU\Software\GridDesk (the settings)
SectionEnd
