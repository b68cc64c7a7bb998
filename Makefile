# alliance-kg: two commands do all setup on a fresh machine (Python 3.11+).
#   make run   - create .venv, install, build the graph from seeds/ into output/
#   make test  - create .venv, install with test extras, run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/kg build seeds --out output
	$(BIN)/kg validate --graph output/graph.ttl

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) output/*.ttl output/*.html output/*.json output/*.md
