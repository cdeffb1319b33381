"""The job's wiring: options, runners, the Beam graph (run.py), streaming, and the finish that reconciles every record and writes the summary and report."""
