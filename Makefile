# Aimant — routine commands. `make help` lists them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt
# One lock for every platform (markers), from Python 3.11 up, runtime and dev extras, with hashes.
LOCK_ARGS := pyproject.toml --extra dev --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock" --quiet --output-file $(LOCK)
NODE_STAMP := node_modules/.installed
TEMPLATES := templates
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install lock lock-upgrade run serve worker scheduler migrate seed test test-fast test-e2e bench \
	lint lint-python lint-templates lint-js format format-python format-templates format-js \
	messages check-migrations check-deploy clean

help: ## List the routine commands
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_-]+:.*## / {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP) ## Create the virtual environment and install the locked dependencies (requirements/lock.txt)

lock: $(STAMP) ## Refresh requirements/lock.txt after editing pyproject.toml (keeps the other pins)
	$(VENV)/bin/uv pip compile $(LOCK_ARGS)

lock-upgrade: $(STAMP) ## Re-resolve requirements/lock.txt to the newest versions pyproject.toml allows
	$(VENV)/bin/uv pip compile --upgrade $(LOCK_ARGS)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the JavaScript lint: apt-get install nodejs npm" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

migrate: $(STAMP) ## Apply database migrations
	$(PY) manage.py migrate --noinput

seed: migrate ## Create the bilingual demo content and accounts (idempotent)
	$(PY) manage.py seed_demo

run: seed ## Start the platform with demo content: web server, task worker and scheduler
	@echo "Aimant at http://$(HOST):$(PORT)/ (admin: /admin/) — Ctrl-C stops everything."
	@trap 'kill 0' INT TERM EXIT; \
	$(PY) manage.py db_worker --no-reload & \
	$(PY) manage.py run_scheduler & \
	$(PY) manage.py runserver $(HOST):$(PORT)

serve: $(STAMP) ## Start only the web server
	$(PY) manage.py runserver $(HOST):$(PORT)

worker: $(STAMP) ## Start only the task worker (database queue)
	$(PY) manage.py db_worker

scheduler: $(STAMP) ## Start only the periodic-job scheduler
	$(PY) manage.py run_scheduler

# pytest-xdist: one worker per core (each with its own test database and Redis database).
# TEST_WORKERS=0 runs everything in one process (easier to debug with breakpoints).
TEST_WORKERS ?= auto

test: $(STAMP) ## Run the whole test suite on every core (browser tests skip when Chromium is missing)
	$(PY) -m pytest -n $(TEST_WORKERS)

test-fast: $(STAMP) ## Run the tests without the browser tests
	$(PY) -m pytest -n $(TEST_WORKERS) -m "not e2e"

test-e2e: $(STAMP) ## Run only the browser tests (needs /usr/bin/chromium)
	$(PY) -m pytest -m e2e

bench: $(STAMP) ## Run the benchmarks (white-paper PDFs: personalised vs cached copies)
	$(PY) benchmarks/whitepapers_pdf.py

lint: lint-python lint-templates lint-js ## Check code style: Python (ruff, import contracts), templates (djLint), JavaScript (ESLint)

lint-python: $(STAMP) ## Check the Python code (ruff check, ruff format --check, import contracts)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

lint-templates: $(STAMP) ## Check the HTML templates' format and lint rules (djLint; config in pyproject.toml)
	$(VENV)/bin/djlint $(TEMPLATES) --check
	$(VENV)/bin/djlint $(TEMPLATES) --lint

lint-js: $(NODE_STAMP) ## Lint static/**/*.js (ESLint, pinned in package-lock.json; needs npm)
	node_modules/.bin/eslint

format: format-python format-templates format-js ## Reformat the Python code, templates and JavaScript and fix what the linters can

format-python: $(STAMP) ## Reformat the Python code and fix what ruff can
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

format-templates: $(STAMP) ## Reformat the HTML templates (djLint)
	@# djLint exits 1 when it changed a file: what counts is that the result is clean.
	$(VENV)/bin/djlint $(TEMPLATES) --reformat --quiet || $(VENV)/bin/djlint $(TEMPLATES) --check --quiet

format-js: $(NODE_STAMP) ## Fix what ESLint can in static/**/*.js
	node_modules/.bin/eslint --fix

messages: $(STAMP) ## Refresh and compile the French catalogue (needs gettext)
	$(PY) manage.py makemessages -l fr --no-obsolete --ignore=.venv --ignore=static_collected --ignore=node_modules
	$(PY) manage.py compilemessages -l fr --ignore=.venv --ignore=node_modules

check-migrations: $(STAMP) ## Fail if models changed without a migration
	$(PY) manage.py makemigrations --check --dry-run

check-deploy: $(STAMP) ## Run Django's deployment checks on production settings
	DJANGO_SETTINGS_MODULE=website.settings.production \
	SECRET_KEY=$${SECRET_KEY:-check-deploy-$$(date +%s)-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-aimant.example.com} \
	DATABASE_URL=$${DATABASE_URL:-sqlite:///$(CURDIR)/db.sqlite3} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-https://aimant.example.com} \
	$(PY) manage.py check --deploy --fail-level WARNING

clean: ## Remove the virtual environment, node_modules, caches and the local database
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache static_collected db.sqlite3 db.sqlite3-*
