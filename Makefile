# Every target installs what it needs: a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run console test lint typecheck pytest bench eval soak clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

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

pytest: $(STAMP)
	$(BIN)/pytest

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

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
