"""Scale: output independent of --jobs, extract+reconcile equal to scan, the extract step as a
Dask map (docs/scale.md's snippet, run as written), and the benchmark corpus generator.

No timing here, ever: bench/run.py measures.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimcheck import api
from claimcheck.render.json import render

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from generate_corpus import MANIFEST, generate  # noqa: E402

ARTICLES = 30
SEED = 1


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode in (0, 1), done.stderr
    return done


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding `corpus/`, 30 generated articles (paths are shown relative to it)."""
    root = tmp_path_factory.mktemp("scale")
    generate(root / "corpus", ARTICLES, SEED)
    (root / "corpus" / MANIFEST).unlink()  # not an article; keep the folder to articles only
    return root


@pytest.fixture(scope="module")
def scan_json(work: Path) -> str:
    return cli("scan", "corpus", "--format", "json", "--no-write", "--jobs", "1", cwd=work).stdout


@pytest.fixture()
def in_work(work: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(work)
    return work


# --- the generator -------------------------------------------------------------------------


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_generator_is_deterministic(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", 12, seed=7)
    generate(tmp_path / "b", 12, seed=7)
    generate(tmp_path / "c", 12, seed=8)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    assert len(first.articles) == 12


def test_generator_shape(tmp_path: Path) -> None:
    manifest = generate(tmp_path, 60, seed=3)
    files = [tmp_path / name for name in manifest.articles]
    assert {p.suffix for p in files} == {".md", ".txt", ".html"}
    sizes = [p.stat().st_size for p in files]
    assert min(sizes) >= 2000 and max(sizes) <= 6500
    assert len(manifest.contradictions) == 60 // 25
    texts = [p.read_text(encoding="utf-8") for p in files]
    assert any("|---|" in t for t in texts)  # pipe tables
    assert any("<table>" in t for t in texts)  # HTML tables
    assert any(re.search(r"^\S.*\S {2,}\d", t, re.M) for t in texts)  # space-aligned tables
    for planted in manifest.contradictions:
        assert len(planted.sources) >= 3
        assert planted.article in planted.sources
        assert abs(planted.planted_value - planted.true_value) >= 3
    data = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    assert data["articles"] == 60


def test_generator_cli(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate_corpus.py"), str(tmp_path), "-n", "3"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("0000*"))) == 3


# --- --jobs --------------------------------------------------------------------------------


def test_jobs_1_and_2_give_identical_json_cli(work: Path, scan_json: str) -> None:
    two = cli("scan", "corpus", "--format", "json", "--no-write", "--jobs", "2", cwd=work)
    assert two.stdout == scan_json
    assert json.loads(scan_json)["summary"]["claims"] > ARTICLES  # not trivially equal


def test_jobs_1_and_2_give_identical_json_api(in_work: Path, scan_json: str) -> None:
    one = render(api.scan(["corpus"], api.Options(jobs=1)))
    two = render(api.scan(["corpus"], api.Options(jobs=2)))
    assert one == two
    assert one == scan_json  # the CLI adds nothing to the report without resolutions


# --- extract + reconcile -------------------------------------------------------------------


def test_extract_then_reconcile_equals_scan(work: Path, scan_json: str) -> None:
    cli("extract", "corpus", "-o", "claims.jsonl", "--jobs", "2", cwd=work)
    reconciled = cli("reconcile", "claims.jsonl", "--format", "json", cwd=work).stdout
    # Every field, not only claims and conflicts: on a corpus where each article has a claim
    # and no file is skipped, `sources`, `skipped` and `notes` agree too.
    assert json.loads(reconciled) == json.loads(scan_json)
    assert reconciled == scan_json


def test_extract_then_reconcile_keeps_empty_and_skipped_files(tmp_path: Path, work: Path) -> None:
    """An article without claims is still a source (0 claims) and a file that is not text is
    still reported as skipped after the round trip through JSONL, as in a scan."""
    corpus = tmp_path / "corpus"
    shutil.copytree(work / "corpus", corpus)
    (corpus / "zz-no-claims.md").write_text("# Notes\n\nNothing measured here.\n")
    (corpus / "zz-binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    scan = cli("scan", "corpus", "--format", "json", "--no-write", cwd=tmp_path).stdout
    extracted = cli("extract", "corpus", "-o", "claims.jsonl", cwd=tmp_path)
    reconciled = cli("reconcile", "claims.jsonl", "--format", "json", cwd=tmp_path).stdout
    assert reconciled == scan
    report = json.loads(reconciled)
    assert "corpus/zz-no-claims.md" in {s["path"] for s in report["sources"]}
    assert [s["path"] for s in report["skipped"]] == ["corpus/zz-binary.txt"]
    assert "corpus/zz-binary.txt" in extracted.stderr


def test_sharded_extract_then_reconcile_equals_scan(work: Path, scan_json: str) -> None:
    """Shards extracted apart (here interleaved, so each shard's tables lack the evidence
    the other holds) reconcile to the same report: the cross-document step runs once, in
    `reconcile`, over every document."""
    files = sorted(p.relative_to(work).as_posix() for p in (work / "corpus").iterdir())
    cli("extract", *files[0::2], "-o", "a.jsonl", cwd=work)
    cli("extract", *files[1::2], "-o", "b.jsonl", "--jobs", "2", cwd=work)
    reconciled = cli("reconcile", "b.jsonl", "a.jsonl", "--format", "json", cwd=work).stdout
    assert reconciled == scan_json


def test_reconcile_of_a_shard_alone_differs_from_the_whole(work: Path, scan_json: str) -> None:
    """The shards are not reconciled apart: one shard's report is not the whole's (so the
    test above could fail)."""
    files = sorted(p.relative_to(work).as_posix() for p in (work / "corpus").iterdir())
    cli("extract", *files[0::2], "-o", "half.jsonl", cwd=work)
    half = json.loads(cli("reconcile", "half.jsonl", "--format", "json", cwd=work).stdout)
    assert half["summary"]["claims"] < json.loads(scan_json)["summary"]["claims"]


def test_reconcile_names_a_bad_line_and_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text('{"claimcheck_extraction": 1, "path": 3}\n')
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "reconcile", "bad.jsonl"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "bad.jsonl:1" in done.stderr
    assert "claimcheck extract" in done.stderr
    assert "Traceback" not in done.stderr


# --- Dask: docs/scale.md's recipe, run as written ------------------------------------------


def doc_snippet() -> Callable[..., Any]:
    """The first Python block of docs/scale.md, executed; returns its `dask_scan`."""
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", text, re.S)
    assert block, "docs/scale.md lost its Python snippet"
    namespace: dict[str, Any] = {"__name__": "scale_doc"}
    exec(compile(block.group(1), "docs/scale.md", "exec"), namespace)
    return namespace["dask_scan"]


def test_dask_map_processes_equals_scan(in_work: Path, scan_json: str) -> None:
    pytest.importorskip("dask.bag")
    dask_scan = doc_snippet()
    report = dask_scan(["corpus"], scheduler="processes")
    assert render(report) == scan_json


def test_dask_local_cluster_equals_scan(in_work: Path, scan_json: str) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    dask_scan = doc_snippet()
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        report = dask_scan(["corpus"], scheduler=client)
    assert render(report) == scan_json
