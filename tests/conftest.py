"""Fixtures every test package may use: databases on SQLite and PostgreSQL
(tests/support/postgres.py)."""

pytest_plugins = ["tests.support.postgres"]
