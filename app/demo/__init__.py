"""Demo data: a new database with a district site and the Shangzhou org data.

    from app.demo import generate
    result = generate(Path("demo.sqlite3"), scale="shangzhou", seed=1,
                      progress=lambda percent, message: ..., cancelled=lambda: False)

Scales: small (tests), shangzhou (the article's figures), city (about 10x),
1m (city's org data and one million requests). Every scale includes the four
orders (app/demo/orders.py). The same scale
and seed give the same records (keys included); only clock stamps differ.
"""

from app.demo.generator import DEMO_ADMIN, DEMO_PASSWORD, DemoResult, discard, generate
from app.demo.scales import SCALES, Scale, get_scale
from app.demo.writer import Cancelled

__all__ = ["DEMO_ADMIN", "DEMO_PASSWORD", "SCALES", "Cancelled", "DemoResult", "Scale", "discard", "generate",
           "get_scale"]
