@echo off
chcp 65001 >nul
rem Creates .venv if missing, installs GridDesk into it and starts the window.
cd /d "%~dp0"
if not exist .venv\Scripts\python.exe (
  py -3 -m venv .venv || python -m venv .venv || goto :error
)
rem pip returns quickly when everything is already installed; this also picks up a changed pyproject.toml
.venv\Scripts\python.exe -m pip install -q --disable-pip-version-check -e . || goto :error
.venv\Scripts\python.exe build\i18n.py --if-missing || goto :error
.venv\Scripts\python.exe main.py %*
exit /b %errorlevel%
:error
echo 安装失败：请确认已安装 Python 3.11 或更新版本，并能连接软件源。
exit /b 1
