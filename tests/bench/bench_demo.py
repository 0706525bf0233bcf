"""Benchmark of the demo data generator (a script, not a test: pytest does not collect tests/bench).

    .venv/bin/python tests/bench/bench_demo.py [small shangzhou city ...] [--seed N]

Times generate() per scale into a temporary file and prints the seconds, the
records written per second (trigger-written change_log and audit_log rows not
counted) and the file size. `1m` is run only when asked for: until requests are
generated its records are those of `city`.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.demo import SCALES, generate  # noqa: E402

DEFAULT_SCALES = ["small", "shangzhou", "city"]


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {model}, Python {sys.version.split()[0]}"


def bench(scale: str, seed: int, folder: Path) -> tuple[float, int, int]:
    path = folder / f"demo-{scale}.sqlite3"
    result = generate(path, scale=scale, seed=seed)
    size = path.stat().st_size
    path.unlink()
    return result.seconds, result.rows, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time the demo data generator per scale")
    parser.add_argument("scales", nargs="*", help=f"any of {', '.join(SCALES)} (default: small shangzhou city)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    scales = args.scales or DEFAULT_SCALES
    unknown = [s for s in scales if s not in SCALES]
    if unknown:
        parser.error(f"unknown scale {', '.join(unknown)}")
    print(f"machine: {machine()}")
    print(f"{'scale':<10} {'seconds':>8} {'records':>9} {'records/s':>10} {'file MB':>8}")
    with tempfile.TemporaryDirectory(prefix="griddesk-bench-") as tmp:
        os.environ.setdefault("GRIDDESK_DATA_DIR", str(Path(tmp) / "data"))
        for scale in scales:
            seconds, rows, size = bench(scale, args.seed, Path(tmp))
            print(f"{scale:<10} {seconds:8.2f} {rows:9,} {rows / seconds:10,.0f} {size / 1e6:8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
