#!/usr/bin/env bash
# Run the test suite. The first run installs the pinned dependencies (and test tools) into .venv.
#   ./run_tests.sh                 # everything
#   ./run_tests.sh tests/gazetteer # a part; any pytest arguments pass through
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure_venv.sh test
exec .venv/bin/python -m pytest "$@"
