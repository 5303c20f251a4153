# Kutip: set-up, run, test. Every target uses the project's own virtualenv.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
# Tests and CI use the small models in ../shared; elsewhere models/stanza (see `make models`).
STANZA_DIR ?= $(if $(wildcard ../shared/models/stanza/resources.json),$(abspath ../shared/models/stanza),$(abspath models/stanza))
export STANZA_DIR

.PHONY: setup models test test-unit lint eval run cli bench bench-archive profile load audit compose-check \
	docker-lint clean

# axe-core for the page's accessibility tests and eslint for its script, from npm
# (tests/web/package-lock.json).
AXE := tests/web/node_modules/axe-core/axe.min.js

setup: $(BIN)/.installed $(AXE)

$(AXE): tests/web/package.json tests/web/package-lock.json
	npm ci --prefix tests/web --no-audit --no-fund --silent
	touch $@

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

models: setup
	@if [ -f "$(STANZA_DIR)/resources.json" ]; then \
		echo "Stanza models present in $(STANZA_DIR)"; \
	else \
		STANZA_DOWNLOAD=1 $(BIN)/python -m service models; \
	fi

# The whole suite, with the share of service/ the in-process tests run (gunicorn and worker
# processes are not counted); below COVERAGE_FLOOR the run fails.
COVERAGE_FLOOR ?= 80
test: setup
	$(BIN)/python -m pytest -q --cov=service --cov-report=term:skip-covered \
		--cov-fail-under=$(COVERAGE_FLOOR)

# The rules on hand-built views, no models, no servers: seconds.
test-unit: setup
	$(BIN)/python -m pytest -q tests/unit

ESLINT := tests/web/node_modules/.bin/eslint --config tests/web/eslint.config.mjs

lint: setup
	$(BIN)/ruff check service tests scripts docker
	$(BIN)/mypy
	$(ESLINT) service/web tests/web

eval: setup
	$(BIN)/python -m service.eval

# The first run sets everything up: the virtualenv, then the models when they are absent.
run: models
	$(BIN)/gunicorn -c docker/gunicorn.conf.py 'service.app:create_app()'

cli: models
	$(BIN)/python -m service extract seeds/altman-openai.txt

bench: setup
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_jobs.py

# The archive at scale in a PostgreSQL database of its own (QUOTES=1000000 by default).
bench-archive: setup
	$(BIN)/python scripts/bench_archive.py --quotes $(or $(QUOTES),1000000)

# Where an uncached answer's time goes, by stage (cProfile over the dev set).
profile: setup
	$(BIN)/python scripts/stage_profile.py

load: setup
	$(BIN)/python scripts/load.py

audit: setup
	scripts/audit.sh

docker-lint: setup
	$(BIN)/hadolint Dockerfile

compose-check: setup
	$(BIN)/python scripts/check_compose.py docker-compose.yml

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
