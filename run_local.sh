#!/usr/bin/env bash
# Run the newsnorm job locally. The first run installs the pinned dependencies into .venv.
#
#   ./run_local.sh                                  # the bundled sample feed -> output/
#   ./run_local.sh --input my_dump.jsonl.gz --output out/
#   ./run_local.sh --direct_num_workers 2 --direct_running_mode multi_processing
#   ./run_local.sh --help                           # every option, with defaults
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure_venv.sh
args=("$@")
have() { local a; for a in "${args[@]}"; do [[ "$a" == "$1" || "$a" == "$1="* ]] && return 0; done; return 1; }
if have --help || have -h; then exec .venv/bin/python -m pipeline.run --help; fi
have --input || args+=(--input data/sample_feed.jsonl.gz)
have --output || args+=(--output output)
exec .venv/bin/python -m pipeline.run "${args[@]}"
