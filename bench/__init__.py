"""Benchmarks; run them as modules, e.g. `python -m bench.bench_resolver`."""
