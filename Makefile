# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/python -m compileall -q tips_nlp
	touch $(STAMP)

run: $(STAMP)
	@if [ -f app.py ]; then \
		$(BIN)/python -m tips_nlp.launch; \
	else \
		$(BIN)/tips-nlp anonymise --example; \
	fi

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# Bytecode first, as a wheel install has it: this machine sets PYTHONDONTWRITEBYTECODE, and an
# editable tree would otherwise compile tips-nlp's modules in every cold-start process.
bench: $(STAMP)
	$(BIN)/python -m compileall -q tips_nlp
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# Headless Chromium + chromedriver from Debian for the app's browser test (CI runs as root on a
# fresh machine). Quick no-op when already installed; non-root machines are told what to run.
.PHONY: browser
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; \
		else \
			echo "browser test needs: sudo apt-get install -y chromium chromium-driver"; \
		fi; \
	fi
