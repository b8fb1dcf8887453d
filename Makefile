# yuanzhi — the two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.db
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: setup run test lint bench clean demo-pdf

# setup: Debian packages (fonts, chromium), the virtualenv and the project; quick when nothing changed
setup: $(STAMP)

$(STAMP): pyproject.toml deps/apt-packages.txt scripts/install-apt.sh
	@scripts/install-apt.sh deps/apt-packages.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "installing Python packages into $(VENV) (a minute or two the first time)…"
	@$(BIN)/python -m pip install -qq --upgrade pip
	@$(BIN)/python -m pip install -qq -e '.[dev]'
	@touch $(STAMP)
	@echo "setup done: $(BIN)/yuanzhi"

# run: ingest the bundled sample issue and serve the archive
run: setup
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(BIN)/yuanzhi parse src/yuanzhi/samples/demo_issue.txt
	@$(BIN)/yuanzhi ingest src/yuanzhi/samples/demo_issue.pdf --db $(DEMO_DB)
	@$(BIN)/yuanzhi serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

test: setup lint
	@$(BIN)/python -m pytest -q

lint: setup
	@$(BIN)/ruff check --no-cache src tests bench
	@$(BIN)/mypy src/yuanzhi

bench: setup
	@$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache test-artifacts $(DEMO_DB)*
