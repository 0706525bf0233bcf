"""GridDesk 网格治理工作台 — entry point.

No subcommand: the window. A subcommand: the headless CLI (see --help).
"""

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser, run, safe_output, stdout_may_close, window_args
    from app.logs import setup_logging

    safe_output()
    argv = sys.argv[1:] if argv is None else argv
    with stdout_may_close():  # `main.py sites | head -1` ends quietly
        args = window_args(argv) or build_parser().parse_args(argv)
        setup_logging()
        if args.command:
            return run(args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
