@echo off
rem Builds the one-folder GridDesk program on Windows: compiles the translations,
rem runs PyInstaller on build\griddesk.spec, prints the output folder, its size
rem and the build time. Output: build\dist\griddesk\ (griddesk.exe, griddesk-cli.exe).
rem Uses the .venv that run.bat makes and adds the dev extras (PyInstaller) when they are
rem missing. Needs no PowerShell; leaves the console's code page as it found it.
setlocal
for /f "tokens=*" %%a in ('chcp') do for %%b in (%%a) do set "OLDCP=%%b"
chcp 65001 >nul
pushd "%~dp0.."
set "PY=.venv\Scripts\python.exe"
if not exist "%PY%" (
  echo 找不到 .venv\Scripts\python.exe：请先运行 run.bat 一次（它会建立虚拟环境）。
  goto :fail
)
"%PY%" -c "import PyInstaller" >nul 2>&1
if errorlevel 1 (
  echo 正在安装构建工具（开发依赖 .[dev]）……
  "%PY%" -m pip install -q --disable-pip-version-check -e .[dev]
  if errorlevel 1 goto :error
)
for /f %%t in ('call "%PY%" -c "import time; print(time.time())"') do set "START=%%t"
"%PY%" build\i18n.py
if errorlevel 1 goto :error
"%PY%" -m PyInstaller build\griddesk.spec --distpath build\dist --workpath build\work --noconfirm --log-level WARN %*
if errorlevel 1 goto :error
"%PY%" build\build_report.py build\dist\griddesk %START%
popd
chcp %OLDCP% >nul
exit /b 0
:error
echo 构建失败（见上面的错误信息）。
:fail
popd
chcp %OLDCP% >nul
exit /b 1
