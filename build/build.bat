@echo off
rem Builds the one-folder GridDesk program on Windows: compiles the translations,
rem runs PyInstaller on build\griddesk.spec, prints the output folder, its size
rem and the build time. Output: build\dist\griddesk\ (griddesk.exe, griddesk-cli.exe).
rem Needs the venv with the dev extras: .venv\Scripts\python -m pip install -e .[dev]
setlocal
chcp 65001 >nul
cd /d "%~dp0.."
set "PY=.venv\Scripts\python.exe"
if not exist "%PY%" (
  echo 找不到 .venv\Scripts\python.exe：请先运行 run.bat 一次，或建立虚拟环境并执行 pip install -e .[dev]
  exit /b 1
)
for /f %%t in ('powershell -NoProfile -Command "[DateTimeOffset]::Now.ToUnixTimeMilliseconds()"') do set START=%%t
"%PY%" build\i18n.py || goto :error
"%PY%" -m PyInstaller build\griddesk.spec --distpath build\dist --workpath build\work --noconfirm --log-level WARN %* || goto :error
for /f %%t in ('powershell -NoProfile -Command "[DateTimeOffset]::Now.ToUnixTimeMilliseconds()"') do set END=%%t
set "OUT=%CD%\build\dist\griddesk"
echo build: output   %OUT%
for /f "usebackq delims=" %%s in (`powershell -NoProfile -Command "$f = Get-ChildItem -Recurse -File '%OUT%'; '{0:N0} MB ({1} files)' -f (($f | Measure-Object Length -Sum).Sum / 1MB), $f.Count"`) do echo build: size     %%s
for /f "usebackq delims=" %%s in (`powershell -NoProfile -Command "'{0:N1} s' -f ((%END% - %START%) / 1000)"`) do echo build: time     %%s
exit /b 0
:error
echo 构建失败（见上面的错误信息）。
exit /b 1
