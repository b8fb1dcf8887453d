# yuanzhi — the two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.db
HOST   ?= 127.0.0.1
PORT   ?= 8000

PG_DIR ?= .build/pg

.PHONY: setup run test lint bench clean demo-pdf pg-start pg-stop train-orgs

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

# test: the PostgreSQL tests use the throwaway cluster of pg-start (URL in YUANZHI_TEST_PG);
# when it cannot start they fail under CI=true and are skipped, saying why, elsewhere
test: setup lint
	@url="$$(scripts/pg-start.sh $(PG_DIR))" || url=""; \
	YUANZHI_TEST_PG="$$url" $(BIN)/python -m pytest -q

# pg-start / pg-stop: a local PostgreSQL for the tests (Debian's package; Unix socket only,
# under $(PG_DIR), run as the unprivileged postgres user when started by root); prints its URL
pg-start: setup
	@scripts/pg-start.sh $(PG_DIR)

pg-stop:
	@scripts/pg-stop.sh $(PG_DIR)

lint: setup
	@$(BIN)/ruff check --no-cache src tests bench
	@$(BIN)/mypy src/yuanzhi

# bench: all sections, or some (`make bench pdf facts`); BENCH_ARGS=--quick for smaller sizes
ifeq (bench,$(firstword $(MAKECMDGOALS)))
BENCH_SECTIONS := $(wordlist 2,$(words $(MAKECMDGOALS)),$(MAKECMDGOALS))
$(eval $(BENCH_SECTIONS):;@:)
endif
bench: setup
	@$(BIN)/python -m bench $(BENCH_SECTIONS) $(BENCH_ARGS)

# train-orgs: retrain the statistical body reader's model (src/yuanzhi/extract/models/) on every gold file
train-orgs: setup
	@$(BIN)/python bench/train_org_reader.py

clean: pg-stop
	rm -rf .build $(VENV) .pytest_cache .ruff_cache .mypy_cache test-artifacts $(DEMO_DB)*
