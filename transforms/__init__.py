"""The stages of the job, each a composite transform around plain functions: read, recognise, resolve, extract (expulsions/), aggregate and write."""
