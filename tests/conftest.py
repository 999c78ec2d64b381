"""Fixtures every test package may use: databases on SQLite and PostgreSQL
(tests/support/postgres.py)."""

import os
import tempfile

pytest_plugins = ["tests.support.postgres"]

# The bots the tests start keep what a start derives (knowledge/kept.py) in a
# folder of the run's own, never in the user's ~/.cache.
os.environ.setdefault("PATTERN_CACHE_DIR", tempfile.mkdtemp(prefix="cramp-test-patterns-"))
