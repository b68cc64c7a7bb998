# alliance-kg: two commands do all setup on a fresh machine (Python 3.11+).
#   make run   - create .venv, install alliance-kg, build the graph from seeds/ into output/
#   make test  - create .venv, install alliance-kg with the test extras, run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install install-test smoke clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# What running needs, and what the tests add; each stamp is redone when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run
install-test: $(VENV)/.installed-test

run: $(VENV)/.installed-run
	$(BIN)/kg build seeds --out output
	$(BIN)/kg validate --graph output/graph.ttl

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

# A wheel installed into a fresh venv outside the checkout runs the seed through every command.
smoke:
	bash .ci/smoke

clean:
	rm -rf $(VENV) output/*.ttl output/*.html output/*.json output/*.md output/.kg
