"""The knowledge the job links names to: canonical entities and their aliases, built from licensed sources (build.py), and the resolver that answers one name at a time."""
