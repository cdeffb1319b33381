#!/usr/bin/env bash
# Run the test suite. The first run installs the pinned dependencies (and test tools) into .venv.
#   ./run_tests.sh                 # everything
#   ./run_tests.sh tests/gazetteer # a part; any pytest arguments pass through
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure_venv.sh test
# The report test renders DIR/report/index.html in a real headless browser: Debian's chromium.
# Installed here when missing and we may (root with apt-get); else that one test skips, saying why.
if ! command -v chromium >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "newsnorm: installing Debian's chromium for the report test ..." >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; } \
    >/tmp/newsnorm-apt-chromium.log 2>&1 \
    || echo "newsnorm: could not install chromium (see /tmp/newsnorm-apt-chromium.log); the browser test will skip" >&2
fi
exec .venv/bin/python -m pytest "$@"
