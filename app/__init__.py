"""What the office does: use cases, rules, workflows, statistics. Never imports Qt or ui/."""

__version__ = "0.1.0"
APP_NAME = "GridDesk"
