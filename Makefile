# labgate — every entry point a developer or CI needs.
PY_BOOT ?= python3
VENV    ?= .venv
PY      := $(VENV)/bin/python
SLURM_VERSION ?= v0.0.42
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup specs regen regen-check test test-fast lint run clean

$(VENV)/.installed: pyproject.toml setup.py
	$(PY_BOOT) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[codegen,test]"
	touch $@

setup: $(VENV)/.installed

specs: setup
	$(PY) -m codegen specs

regen: specs
	$(PY) -m codegen regen --slurm-version $(SLURM_VERSION)

regen-check: specs
	$(PY) -m codegen check --slurm-version $(SLURM_VERSION)

lint: setup
	$(PY) -m ruff check src codegen tests overrides

test-fast: setup
	$(PY) -m pytest -q -m "not live"

test: setup
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) .cache build *.egg-info
