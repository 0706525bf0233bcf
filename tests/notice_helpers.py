"""Reading notices back: the text through pdftotext, the fonts through pdffonts."""

import subprocess
from pathlib import Path


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "notice.pdf", *, layout: bool = False) -> str:
    """The text in reading order (`-raw`: a wrapped table cell stays together), or as laid out."""
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout" if layout else "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[dict[str, str]]:
    """One dict per font: name, type, emb (yes/no)."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        rows.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": parts[-5]})
    return rows


def squeeze(text: str) -> str:
    """Text without the spaces and line breaks the layout adds."""
    return "".join(text.split())
