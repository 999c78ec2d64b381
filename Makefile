# Every target installs what it needs: a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Exact versions with their hashes (`make lock` writes them from pyproject.toml): a fresh
# machine installs what the tests passed with. The image installs requirements.lock.
LOCK := requirements-dev.lock
LOCK_FLAGS := --quiet --generate-hashes --universal --python-version 3.11
SPEC_SOURCE ?=

.PHONY: install run console test lint typecheck pytest bench eval soak lock spec clean

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	@# Derives what a start needs once and keeps it (knowledge/kept.py: the compiled patterns,
	@# the language model unpacked, the parsed content), as the image does: the first
	@# `make run` starts warm. A broken content file is named here
	@# and again by the start and by the tests, so it does not stop the install.
	-$(BIN)/cramp-bot check
	touch $(STAMP)

install: $(STAMP)

# Python keeps the compiled project between processes (some machines set
# PYTHONDONTWRITEBYTECODE, and every start would compile all of it again: a fifth of a
# start), as an installed package's modules are compiled when pip installs them.
run console bench eval soak pytest: export PYTHONDONTWRITEBYTECODE :=

run: $(STAMP)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ] || grep -qs '^TELEGRAM_BOT_TOKEN=.' .env; then \
		echo "TELEGRAM_BOT_TOKEN is set: starting the bot (long polling)."; \
		$(BIN)/cramp-bot run; \
	else \
		echo "No TELEGRAM_BOT_TOKEN: starting the local console chat (the real bot against the local Bot API stand-in)."; \
		$(BIN)/cramp-bot console; \
	fi

console: $(STAMP)
	$(BIN)/cramp-bot console

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Two workers per core: many tests wait (for a bot process to start, for a rate window, for
# PostgreSQL), so on CI's two cores four workers took 2 min 16 s where two took 2 min 55 s,
# and passed beside a busy loop as well. A file's tests stay on one worker, so what its
# fixtures build once (the evaluation's reports, a migrated database) is built once. Tests
# that time several processes (marked serial) run alone afterwards. PYTEST_WORKERS=0 runs
# the first part in this process too.
PYTEST_WORKERS ?= $(shell echo $$(( 2 * $$(nproc 2>/dev/null || echo 1) )))
# The compiled project and the rewritten test modules are kept (above): the serial part and
# every bot the tests start as a process would otherwise compile them all again.
pytest: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile -m "not serial"
	$(BIN)/pytest -m serial

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m bench

# Free-text understanding on the labelled real messages (evaluation/dev.yaml, test.yaml).
eval: $(STAMP)
	$(BIN)/python -m evaluation

# SIGKILL the bot at random points of a reminder fan-out, restart it, count at the stand-in.
# SOAK_REMINDERS (5000), SOAK_KILLS (10), SOAK_SEED, SOAK_RATE (1000/s) change it.
soak: $(STAMP)
	$(BIN)/python -m bench.soak

# Refresh both lock files from pyproject.toml (newest versions it allows). Needs uv, which
# only this target installs: `make test` installs from the lock files with pip alone.
lock: $(STAMP)
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) --output-file requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev $(LOCK_FLAGS) --output-file requirements-dev.lock

# Refresh the vendored Bot API description (standin/data/): from upstream, or from
# SPEC_SOURCE=path/or/url.
spec: $(STAMP)
	$(BIN)/python -m standin.refresh_spec $(SPEC_SOURCE)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
