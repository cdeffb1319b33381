"""The job never reaches for the network: not to fetch a runner, a model, a feed's external
entity or a URL found in the input.

It also checks that values from the input never become paths outside the output folder.

The run happens in a child process, as a user runs it (`python -m pipeline.run`), with a
`sitecustomize` that records and refuses every connection and name lookup that is not to this
machine; where `unshare -n` works, the child also has no network at all.
"""
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow.dataset as ds

ROOT = Path(__file__).resolve().parents[2]

SITECUSTOMIZE = textwrap.dedent("""
    import os, socket
    LOG = os.environ["NEWSNORM_NET_LOG"]
    LOCAL = ("127.", "::1", "localhost", "0.0.0.0")

    def _refuse(what, target):
        with open(LOG, "a") as f:
            f.write(f"{what} {target!r}\\n")
        raise OSError(f"network blocked by test: {what} {target!r}")

    _connect, _getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not str(address[0]).startswith(LOCAL):
            _refuse("connect", address)
        return _connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if host is not None and not str(host).startswith(LOCAL):
            _refuse("getaddrinfo", host)
        return _getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect
    socket.getaddrinfo = getaddrinfo
""")

RSS = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY remote SYSTEM "http://203.0.113.7/entity.xml">]>
<rss version="2.0"><channel><title>Wire</title>
<item><guid>n1</guid><link>http://203.0.113.7/story</link>
<description>Poland expelled 45 Russian diplomats, the ministry said. &remote;</description></item>
</channel></rss>"""


def test_a_run_makes_no_connection(tmp_path):
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "network.log"
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "a", "text": "Ecuador expelled the American ambassador.",
                    "url": "https://example.org/a"}) + "\n"
        + json.dumps({"id": "b", "text": "<p>See <a href='https://example.org/b'>this</a> story.</p>"}) + "\n"
        # Values that would escape the output folder if a path were ever built from them.
        + json.dumps({"id": "../../../escape", "text": "Oslo news.", "source": "/tmp/../../escape"}) + "\n")
    (tmp_path / "feed.rss").write_text(RSS)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.run", "--input", str(tmp_path / "feed.jsonl"),
           "--input", str(tmp_path / "feed.rss"), "--output", str(out), "--runner", "DirectRunner"]
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"]).returncode == 0:
        cmd = ["unshare", "-n"] + cmd
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": f"{hooks}:{ROOT}", "NEWSNORM_NET_LOG": str(log),
           "HOME": str(hooks)}
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('203.0.113.7', 80), 1)"],
                           cwd=ROOT, env=env, capture_output=True, text=True)
    assert probe.returncode != 0 and "203.0.113.7" in log.read_text()   # the guard is really in place
    log.unlink()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not log.exists(), log.read_text()
    assert "every record accounted for" in done.stdout + done.stderr
    articles = ds.dataset(str(out / "articles"), format="parquet").to_table().to_pylist()
    assert sorted(a["article_id"] for a in articles) == ["../../../escape", "a", "b", "n1"]
    outside = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")
               if p.is_file() and out not in p.parents and hooks not in p.parents}
    assert outside == {"feed.jsonl", "feed.rss"}   # nothing was written anywhere but the output folder
