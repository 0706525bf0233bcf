@echo off
rem Starts GridDesk from the source folder. The first time it makes .venv with a supported
rem Python (3.13, 3.12 or 3.11 through the py launcher, else "python" if that is one of them);
rem it installs GridDesk only when pyproject.toml changed since the last install (as run.sh
rem does), so an offline PC starts without pip. Arguments go to main.py.
rem Written with "if errorlevel" rather than && and || so that Wine's cmd runs it the same.
setlocal
for /f "tokens=*" %%a in ('chcp') do for %%b in (%%a) do set "OLDCP=%%b"
chcp 65001 >nul
set "CLICKED="
for %%x in (%cmdcmdline%) do if /i "%%~x"=="/c" set "CLICKED=1"
pushd "%~dp0"
if not exist pyproject.toml goto :nofolder
set "PY=.venv\Scripts\python.exe"
set "SUPPORTED=import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))"
if exist "%PY%" call :check_venv
if not exist "%PY%" call :make_venv
if not exist "%PY%" goto :fail
for %%f in (pyproject.toml) do set "STAMP=%%~tf %%~zf"
set "DONE="
if exist .venv\griddesk-installed.txt set /p DONE=<.venv\griddesk-installed.txt
set "INSTALL_FAILED="
if not "%DONE%"=="%STAMP%" call :install
if defined INSTALL_FAILED goto :fail
"%PY%" build\i18n.py --if-missing
if errorlevel 1 goto :error
"%PY%" main.py %*
set "CODE=%errorlevel%"
popd
chcp %OLDCP% >nul
exit /b %CODE%

:check_venv
rem a .venv made by an unsupported Python (3.14, or a half-made one) is made again
"%PY%" -c "%SUPPORTED%" >nul 2>&1
if errorlevel 1 rmdir /s /q .venv
exit /b 0

:make_venv
set "BASE="
for %%v in (3.13 3.12 3.11) do if not defined BASE call :try_python py -%%v
if not defined BASE call :try_python python
if not defined BASE (
  echo 找不到可用的 Python：GridDesk 需要 64 位的 Python 3.11、3.12 或 3.13（3.14 还不支持）。请从 python.org 安装其中一个版本后重试。
  exit /b 1
)
echo 正在用 %BASE% 建立虚拟环境 .venv ……
call %BASE% -m venv .venv
if errorlevel 1 (
  echo 建立虚拟环境失败（见上面的错误信息）。
  if exist .venv rmdir /s /q .venv
)
exit /b 0

:try_python
call %* -c "%SUPPORTED%" >nul 2>&1
if not errorlevel 1 set "BASE=%*"
exit /b 0

:install
"%PY%" -m pip install -q --disable-pip-version-check -e .
if errorlevel 1 (
  if not exist .venv\griddesk-installed.txt rmdir /s /q .venv
  echo 安装失败：首次安装和 pyproject.toml 改动后需要连接软件源（或内部镜像）。请联网后重试。
  set "INSTALL_FAILED=1"
  exit /b 1
)
>.venv\griddesk-installed.txt echo %STAMP%
exit /b 0

:nofolder
echo 无法进入文件夹 %~dp0。
goto :fail

:error
echo 启动失败（见上面的错误信息）。

:fail
popd
if defined CLICKED pause
chcp %OLDCP% >nul
exit /b 1
