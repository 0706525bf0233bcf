"""docs/figures.md — the page app/stats.py cites for its keys — is what build/figures_doc.py renders
from the registry today: every registered figure is listed once, with the module that computes it."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import figures_doc  # noqa: E402


def test_the_figures_page_is_current():
    assert (ROOT / "docs" / "figures.md").read_text(encoding="utf-8") == figures_doc.render(), \
        "run: python build/figures_doc.py"


def test_every_registered_figure_is_listed_once_with_the_module_that_computes_it():
    from app import stats

    stats._load_modules()
    rows = re.findall(r"^\| `([^`]+)` \| .* \| `([\w.]+)` \|$", figures_doc.render(), re.M)
    assert sorted(key for key, _ in rows) == sorted(stats.REGISTRY)
    modules = dict(rows)
    assert modules["funds.allocated"] == "app.funds.kpis"  # a functools.partial, unwrapped
    assert modules["org.grids"] == "app.stats"  # a figure of the present state, through its wrapper
    assert {modules[key] for key in stats.REGISTRY if key.startswith("orders.")} == {"app.orders.kpis"}
