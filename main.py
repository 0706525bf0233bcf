"""GridDesk 网格治理工作台 — entry point.

No subcommand: the window. A subcommand: the headless CLI (see --help).
"""

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser, run, safe_output, stdout_may_close, window_args

    safe_output()
    argv = sys.argv[1:] if argv is None else argv
    with stdout_may_close():  # `main.py sites | head -1` ends quietly
        args = window_args(argv) or build_parser().parse_args(argv)
        if args.command:
            from app.logs import setup_logging

            setup_logging()
            return run(args)
    from ui.app import run_gui  # Qt and the splash first: the rest is imported once it is painted

    return run_gui(args, log_to_file=True)


if __name__ == "__main__":
    sys.exit(main())
