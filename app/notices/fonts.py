"""Which Chinese font a notice is set in.

The resolver prefers the fonts of a Chinese Windows (FangSong for the body and
SimHei for titles, as official documents are set; then SimSun, Microsoft YaHei),
then common Linux fonts (WenQuanYi, Droid Sans Fallback, LXGW WenKai, Noto when
it is a TrueType build), then a font file an administrator chose in settings.
A candidate is used only if reportlab can embed it (TrueType outlines: the CFF
fonts of Noto CJK .otc/.otf are skipped) and it has every glyph of a test text;
with no usable font `NoChineseFont` says what to install — never a PDF of empty
boxes. The chosen font is named in the PDF's metadata and in the register.
"""

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.errors import GridDeskError

SETTING_KEY = "notice.font_path"  # KeyValue: a font file an administrator chose
PROBE = "中华人民共和国公示〇一二三四五六七八九十年月日壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整（）、。，：；"

# (file name, subfont index, label): in order of preference per role
BODY = [("simfang.ttf", 0, "仿宋 FangSong"), ("simsun.ttc", 0, "宋体 SimSun"), ("simsun.ttf", 0, "宋体 SimSun"),
        ("msyh.ttc", 0, "微软雅黑 Microsoft YaHei"), ("msyh.ttf", 0, "微软雅黑 Microsoft YaHei")]
TITLE = [("simhei.ttf", 0, "黑体 SimHei"), ("msyhbd.ttc", 0, "微软雅黑 Microsoft YaHei Bold"),
         ("msyh.ttc", 0, "微软雅黑 Microsoft YaHei"), ("simsun.ttc", 0, "宋体 SimSun")]
LINUX = [("LXGWWenKai-Regular.ttf", 0, "霞鹜文楷 LXGW WenKai"), ("wqy-microhei.ttc", 0, "文泉驿微米黑 WenQuanYi Micro Hei"),
         ("wqy-zenhei.ttc", 0, "文泉驿正黑 WenQuanYi Zen Hei"),
         ("DroidSansFallbackFull.ttf", 0, "Droid Sans Fallback"), ("DroidSansFallback.ttf", 0, "Droid Sans Fallback"),
         ("NotoSansSC-Regular.ttf", 0, "Noto Sans SC"), ("NotoSerifSC-Regular.ttf", 0, "Noto Serif SC")]


class NoChineseFont(GridDeskError):
    code = "E_FONT"


@dataclass(frozen=True)
class Font:
    name: str  # the name registered with reportlab
    label: str  # what the clerk reads: 仿宋 FangSong
    path: str


@dataclass(frozen=True)
class FontSet:
    body: Font
    title: Font

    def describe(self) -> str:
        if self.body == self.title:
            return self.body.label
        return f"正文 {self.body.label}，标题 {self.title.label}"


def font_dirs() -> list[Path]:
    dirs = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts",
                 Path.home() / ".fonts"]
    return [d for d in dirs if d.is_dir()]


def _index(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """lower-case file name -> path, for every font file under the folders (first one wins)."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in (".ttf", ".ttc", ".otf") and path.name.lower() not in found:
                found[path.name.lower()] = path
    return found


@cache
def _load(path: str, index: int, label: str) -> Font | None:
    """Register the font with reportlab if it can be embedded and has every probe glyph."""
    name = f"GD-{Path(path).stem}-{index}"
    try:
        font = TTFont(name, path, subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError):
        return None
    cmap = font.face.charToGlyph
    if any(ord(ch) not in cmap for ch in PROBE):
        return None
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
    return Font(name, label, path)


def _first(candidates, files: dict[str, Path]) -> Font | None:
    for file_name, index, label in candidates:
        path = files.get(file_name.lower())
        if path is not None and (font := _load(str(path), index, label)) is not None:
            return font
    return None


def resolve(chosen: str | None = None, dirs: list[Path] | None = None) -> FontSet:
    """The body and title fonts; `chosen` is the administrator's font file (used when none
    of the known fonts is there)."""
    files = _index(tuple(font_dirs() if dirs is None else dirs))
    body = _first(BODY, files) or _first(LINUX, files)
    title = _first(TITLE, files) or body
    if body is None and chosen:
        body = title = _load(str(Path(chosen)), 0, Path(chosen).stem)
        if body is None:
            raise NoChineseFont(f"设置中选择的字体“{Path(chosen).name}”不能用于公示（不是 TrueType 字体，"
                                "或缺少常用汉字）。请改选仿宋、宋体或黑体等 .ttf/.ttc 字体文件。")
    if body is None:
        raise NoChineseFont("这台电脑上没有找到可用于公示的中文字体，公示没有生成。请安装仿宋（simfang.ttf）、"
                            "宋体（simsun.ttc）或文泉驿字体，或由管理员在“设置 → 公示字体”中选择一个中文字体文件。")
    return FontSet(body, title or body)


def check_font_file(path: str) -> Font:
    """For the settings dialog: can this file be used?"""
    font = _load(str(Path(path)), 0, Path(path).stem)
    if font is None:
        raise NoChineseFont(f"“{Path(path).name}”不能用于公示：请选择含常用汉字的 TrueType 字体（.ttf/.ttc）。")
    return font
