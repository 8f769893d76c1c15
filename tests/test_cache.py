"""The cache (issue 15, item 3): `.claimcheck_cache/` at the project root, per document,
never trusted when it is corrupt or from another version, and the same report as
`--no-cache` whatever it holds."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import cache, report_cache
from claimcheck.cli import app
from claimcheck.ingest import DEFAULT_MAX_BYTES

A = "Orbit-7 scored 81.2% on FooBench, the lab said.\n"
B = "In our test, Orbit-7 scored 74.0% on FooBench.\n"
C = "Stellar Sage reached 81.2% on FooBench.\n"


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    art = tmp_path / "articles"
    art.mkdir()
    for name, text in (("a.md", A), ("b.md", B), ("c.md", C)):
        (art / name).write_text(text)
    (tmp_path / "claimcheck.toml").write_text('paths = ["articles"]\n')
    return tmp_path


def scan(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["scan", "-f", "json", "--no-write", *args])
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def entries(root: Path) -> list[Path]:
    return sorted((root / cache.CACHE_DIR).rglob("*.json"))


def test_the_cache_is_at_the_root_and_git_ignored(project: Path) -> None:
    scan()
    folder = project / cache.CACHE_DIR
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert len(entries(project)) == 3
    assert scan() == scan("--no-cache")


def test_a_corrupt_entry_is_rescanned_and_rewritten(project: Path) -> None:
    expected = scan("--no-cache")
    scan()
    shutil.rmtree(project / cache.CACHE_DIR / "reports")  # else the kept report answers
    for number, entry in enumerate(entries(project)):
        # Garbage, valid JSON of the wrong shape, and an entry of another key.
        entry.write_text(["{not json", '{"format": 1, "key": "x"}', "[]"][number % 3])
    store = cache.open_cache(project, [], DEFAULT_MAX_BYTES)
    assert store is not None
    for entry in entries(project):
        assert store.get(entry.stem) is None
    assert store.stats.rejected == 3
    assert scan() == expected
    store = cache.open_cache(project, [], DEFAULT_MAX_BYTES)
    assert store is not None
    assert all(store.get(entry.stem) is not None for entry in entries(project))


def test_a_changed_catalog_rescans_and_gives_the_no_cache_report(project: Path) -> None:
    code, before = scan()
    assert code == 1
    assert {c["model"] for c in before["claims"]} == {"Orbit-7", "Stellar Sage"}
    (project / "ours.toml").write_text('[[model]]\nname = "Orbit-7"\naliases = ["Stellar Sage"]\n')
    (project / "claimcheck.toml").write_text('paths = ["articles"]\ncatalog = ["ours.toml"]\n')
    after = scan()
    assert after == scan("--no-cache")
    assert {c["model"] for c in after[1]["claims"]} == {"Orbit-7"}
    assert after != (code, before)


def test_a_changed_article_is_read_again(project: Path) -> None:
    scan()
    (project / "articles" / "b.md").write_text("In our test, Orbit-7 scored 81.2% on FooBench.\n")
    assert scan() == scan("--no-cache")
    assert scan()[0] == 0


def test_clean_removes_the_cache(project: Path) -> None:
    scan()
    result = CliRunner().invoke(app, ["clean"])
    assert result.exit_code == 0, result.stderr
    assert not (project / cache.CACHE_DIR).exists()
    assert "removed .claimcheck_cache" in result.stdout


def test_another_version_misses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan()
    monkeypatch.setattr("claimcheck.__version__", "0.0.0-other")
    store = cache.open_cache(project, [], DEFAULT_MAX_BYTES)
    assert store is not None
    data = (project / "articles" / "a.md").read_bytes()
    assert store.get(store.key("articles/a.md", data)) is None


def test_a_cache_committed_to_the_repository_is_never_trusted(
    project: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A contributor scans on their machine, rewrites their own entries to say the articles
    # hold no claims, and commits the folder; CI has its own secret and rescans.
    expected = scan("--no-cache")
    assert expected[0] == 1  # the contradiction gates
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("contributor")))
    scan()
    for entry in entries(project):
        envelope = json.loads(entry.read_text())
        envelope["extraction"]["raws"] = []
        entry.write_text(json.dumps(envelope))
    shutil.rmtree(project / cache.CACHE_DIR / "reports")
    assert scan()[0] == 0  # on the contributor's machine the forged entries are read...
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("ci")))
    assert scan() == expected  # ...on another they are never found


def test_no_usable_secret_means_no_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = project / "not-a-folder"
    home.write_text("a file where the cache home should be\n")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    assert cache.open_cache(project, [], DEFAULT_MAX_BYTES) is None
    assert scan() == scan("--no-cache")


def kept_reports(root: Path) -> list[Path]:
    return sorted((root / cache.CACHE_DIR / "reports").glob("*.pickle"))


def test_a_warm_scan_with_nothing_changed_reads_the_kept_report(project: Path) -> None:
    expected = scan("--no-cache")
    scan()
    assert len(kept_reports(project)) == 1
    for entry in entries(project):
        entry.unlink()  # the entries are not needed when no document changed
    assert scan() == expected
    assert entries(project) == []


_LOADED = """
import sys
from claimcheck import cli
sys.argv = ["claimcheck", "scan", "--no-write", "-f", "json"]
try:
    cli.main()
except SystemExit:
    pass
print(sorted(m for m in ("claimcheck.extract", "claimcheck.reconcile") if m in sys.modules),
      file=sys.stderr)
"""


def test_a_warm_scan_with_nothing_changed_loads_neither_extractor_nor_reconcile(
    project: Path,
) -> None:
    # What makes `claimcheck scan` start fast when nothing changed (bench/cache_run.py).
    first, second = (
        subprocess.run([sys.executable, "-c", _LOADED], cwd=project, capture_output=True, text=True)
        for _ in range(2)
    )
    assert json.loads(first.stdout)["claims"] == json.loads(second.stdout)["claims"] != []
    assert first.stderr.splitlines()[-1] == "['claimcheck.extract', 'claimcheck.reconcile']"
    assert second.stderr.splitlines()[-1] == "[]"


class _Planted:
    """A pickle that writes a file when it is loaded: what a forged entry would carry."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (Path.write_text, (str(self.target), "pwned"))  # type: ignore[return-value]


def test_a_kept_report_not_written_by_this_user_is_never_unpickled(project: Path) -> None:
    # The worst case: the attacker knows the file name the report is kept under (they cannot
    # without the user's secret) and commits a pickle there, or edits the one kept.
    expected = scan("--no-cache")
    scan()
    (path,) = kept_reports(project)
    marker = project / "planted"
    for forged in (
        pickle.dumps(_Planted(marker)),
        path.read_bytes()[:-1] + b"!",  # one byte of ours changed: the MAC fails
        report_cache._MAGIC + b"0" * 32 + pickle.dumps(_Planted(marker)),
    ):
        path.write_bytes(forged)
        assert scan() == expected
        assert not marker.exists()
        store = cache.open_cache(project, [], DEFAULT_MAX_BYTES)
        assert store is not None
        assert report_cache.load(store, path.stem) is not None  # rewritten by the scan


def kept_texts(project: Path) -> list[Path]:
    return sorted((project / ".claimcheck_cache" / "texts").glob("*.pickle"))


def test_a_warm_json_report_reuses_the_kept_claim_texts_and_follows_the_resolutions(
    project: Path,
) -> None:
    expected = scan("--no-cache")
    scan()
    assert len(kept_texts(project)) == 1
    assert scan() == expected  # the claims' text read back
    # A resolution changes the report the same documents give: never the old findings.
    code, report = scan()
    finding = next(k["id"] for k in report["conflicts"] if k["kind"] == "contradiction")
    result = CliRunner().invoke(
        app, ["resolve", finding, "--accept", "81.2", "--reason", "the lab's figure"]
    )
    assert result.exit_code == 0, result.stderr
    code, resolved = scan()
    assert resolved == scan("--no-cache")[1]
    assert code == 0 and resolved != expected[1]
    # One article changed: its claims are encoded afresh, the others' text is reused.
    (project / "articles" / "b.md").write_text(B.replace("74.0", "75.0"))
    assert scan() == scan("--no-cache")
    assert 75.0 in {c["value"] for c in scan()[1]["claims"]}


def test_corrupt_kept_claim_texts_are_rendered_again(project: Path) -> None:
    expected = scan("--no-cache")
    scan()
    (path,) = kept_texts(project)
    body = path.read_bytes()
    path.write_bytes(body.replace(b"81.2", b"99.9"))  # the MAC no longer holds
    assert scan() == expected
    path.write_bytes(body[: len(body) // 2])
    assert scan() == expected
    # A well-formed entry not signed by this user is never read either.
    path.write_bytes(report_cache._MAGIC + b"0" * 32 + pickle.dumps({"x": b"{}"}))
    assert scan() == expected


def test_claims_read_back_from_the_kept_report_find_their_kept_texts(project: Path) -> None:
    # The same claims, made afresh (one source string shared by all a document's claims)
    # or read back from the kept report (each its own copy), must find one text: else every
    # document is encoded again on the run after a change.
    from operator import itemgetter

    from claimcheck import api, claim_texts
    from claimcheck.records import Claim

    report = api.scan([project / "articles"])
    store = cache.open_cache(project, [], DEFAULT_MAX_BYTES)
    assert store is not None
    report_cache.save(store, "k", report)
    back = report_cache.load(store, "k")
    assert back is not None and back.claims == report.claims
    fields = itemgetter(*Claim.model_fields)
    assert claim_texts._digest([fields(c.__dict__) for c in report.claims]) == claim_texts._digest(
        [fields(c.__dict__) for c in back.claims]
    )
    source = "articles/a.md"
    one = (source, source)  # the same object twice, as fresh claims share it
    apart = ("".join(["articles/", "a.md"]), "".join(["articles/", "a.md"]))
    assert one[0] is one[1] and apart[0] is not apart[1]
    assert claim_texts._digest([one]) == claim_texts._digest([apart])


def test_one_changed_document_among_many_does_not_rewrite_the_kept_texts(
    project: Path,
) -> None:
    # Rewriting every document's text for one changed article was half a second at 10,000;
    # the text is kept again only once a hundredth of the documents has new text.
    for i in range(150):
        (project / "articles" / f"n{i:03}.md").write_text(f"Orbit-{i} scored {i}.5% on FooBench.\n")
    scan()
    (path,) = kept_texts(project)
    kept = path.stat().st_mtime_ns
    (project / "articles" / "n007.md").write_text("Orbit-7 scored 99.5% on FooBench.\n")
    assert scan() == scan("--no-cache")
    assert path.stat().st_mtime_ns == kept
    for i in range(8, 10):
        (project / "articles" / f"n{i:03}.md").write_text(f"Orbit-{i} scored 1.5% on BarBench.\n")
    assert scan() == scan("--no-cache")
    assert path.stat().st_mtime_ns != kept


def test_unchanged_files_are_not_read_again_and_a_changed_one_is(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck import stat_index

    monkeypatch.setattr(stat_index, "_RACY_NS", 0)  # no write here shares the index's tick
    read: list[str] = []
    real = cache._read
    monkeypatch.setattr(cache, "_read", lambda p, m: read.append(p.name) or real(p, m))
    expected = scan("--no-cache")
    scan()
    read.clear()
    assert scan() == expected
    assert read == []  # every key from the kept stamps
    (project / "articles" / "b.md").write_text(B.replace("74.0", "75.5"))
    assert scan() == scan("--no-cache")
    assert read == ["b.md"]


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(project: Path) -> None:
    scan()
    path = project / "articles" / "b.md"
    before = path.stat()
    path.write_text(B.replace("74.0", "75.0"))  # the same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the same mtime
    assert scan() == scan("--no-cache")
    assert 75.0 in {c["value"] for c in scan()[1]["claims"]}
