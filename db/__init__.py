"""Storage: peewee models, the connection bootstrap, migrations and triggers.

Never imports app/ or ui/. Everything here runs without a window.
"""
