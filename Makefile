# Two commands on a fresh machine (Python ≥ 3.11 and make): `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Test processes: much of the suite waits on servers, browsers and subprocesses, so two keep two cores busy. Each
# test file (each of browser/ and screenreader/) runs whole on one, handed out in the order collected: the long
# browser and screen reader packages first (tests/conftest.py).
TEST_WORKERS ?= 2
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench key check clean harden

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Python >= 3.11 is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-engines.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

## run: set up and start the service at http://127.0.0.1:$${TTS_PORT:-8000} (demo page at /)
run: $(VENV)/.runtime
	$(BIN)/python -m tts_service check
	@echo "Đọc bài viết: http://127.0.0.1:$${TTS_PORT:-8000}/  (Ctrl-C to stop)"
	PROMETHEUS_MULTIPROC_DIR=$$(mktemp -d) $(BIN)/gunicorn --bind 127.0.0.1:$${TTS_PORT:-8000} --workers $${TTS_WORKERS:-2} --threads 4 \
		--worker-class tts_service.serving.AudioWorker --timeout 120 --access-logfile - 'tts_service:create_app()'

## test: set up and run the whole suite (TEST_WORKERS=0: in this process, one test at a time)
test: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder $(PYTEST_ARGS)

## harden: hostile inputs and faults against the service as `make run` starts it; one table (HARDEN_SHORT=1: CI's)
harden: $(VENV)/.dev
	$(BIN)/python -m harden $(if $(HARDEN_SHORT),--short)

lint: $(VENV)/.dev
	$(BIN)/ruff check .

## bench: benchmarks, each printing our path against a baseline measured in the same run
bench: $(VENV)/.dev
	@for b in bench/bench_*.py; do echo "== $$b"; PYTHONPATH=. $(BIN)/python $$b || exit 1; done

## key: print a random API key for TTS_API_KEYS (development)
key: | $(BIN)/python
	@$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(32))'

check: $(VENV)/.runtime
	$(BIN)/python -m tts_service check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis test-artifacts
