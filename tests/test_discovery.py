"""Tests for claimcheck.ingest's discovery and read errors: which files a scan takes (suffixes,
hidden folders, excludes, symlinks, loops, FIFOs, unreadable folders) and what a file that
cannot be read becomes. Every file is made in tmp_path at run time."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from claimcheck.ingest import BINARY_REASON, discover, load, read_document, walk
from claimcheck.ingest import read as reading
from claimcheck.records import Skipped
from tests.ingest_files import PNG, read, write


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # displayed paths are relative to cwd


# ---------------------------------------------------------------------------------------
# Read errors


def test_file_vanishing_between_discover_and_read() -> None:
    write("art/a.md", "x")
    files, skipped = discover(["art"])
    assert (files, skipped) == ([Path("art/a.md")], [])
    files[0].unlink()
    assert read_document(files[0]) == Skipped(
        path="art/a.md", reason="cannot read: no such file or directory"
    )


def test_permission_denied_file() -> None:
    path = write("secret.md", "x")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read a mode-000 file (root)")
        assert read_document(path) == Skipped(
            path="secret.md", reason="cannot read: permission denied"
        )
    finally:
        path.chmod(0o644)


def test_permission_error_on_open(monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("secret.md", "x")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reading, "open", deny, raising=False)
    assert read_document(path) == Skipped(path="secret.md", reason="cannot read: permission denied")


def test_unexpected_error_becomes_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("a.md", "x")

    def fail(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(reading, "decode", fail)
    assert read_document(path) == Skipped(path="a.md", reason="cannot read: boom")


def test_read_document_on_a_folder() -> None:
    Path("d.md").mkdir()
    assert read_document(Path("d.md")) == Skipped(path="d.md", reason="cannot read: is a directory")


# ---------------------------------------------------------------------------------------
# Discovery


def names(files: list[Path]) -> list[str]:
    return [f.as_posix() for f in files]


def test_walk_suffixes_hidden_claims_and_order() -> None:
    for name in [
        "art/z.md", "art/b.TXT", "art/a.html", "art/c.Markdown", "art/d.htm", "art/sub/e.md",
        "art/x.pdf", "art/y.json", "art/.hidden.md", "art/.git/f.md", "art/claims/g.md",
        "art/sub/claims/h.md", "art/notes", "art/résumé 2026 ü.md",
    ]:  # fmt: skip
        write(name, "x")
    expected = [
        "art/a.html", "art/b.TXT", "art/c.Markdown", "art/claims/g.md", "art/d.htm",
        "art/résumé 2026 ü.md", "art/sub/claims/h.md", "art/sub/e.md", "art/z.md",
    ]  # fmt: skip
    assert discover(["art"]) == ([Path(n) for n in expected], [])
    assert discover([Path("art")]) == discover(["art"])
    # Only the project's own claims folder is skipped, never another folder of that name.
    files, _ = discover(["art"], skip_folders=[Path("art/claims")])
    assert [Path(n) for n in expected if n != "art/claims/g.md"] == files


def test_explicit_files_are_taken_whatever_their_suffix_or_name() -> None:
    write("notes.log", "GPT-5 89.5")
    write(".hidden.md", "x")
    write("claims/c.md", "x")
    files, skipped = discover(["notes.log", ".hidden.md", "claims"])
    assert (names(files), skipped) == ([".hidden.md", "claims/c.md", "notes.log"], [])
    assert read("notes.log").text == "GPT-5 89.5"


def test_explicit_binary_file_is_skipped_by_load() -> None:
    write("image.bin", PNG)
    write("a.md", "x")
    docs, skipped = load(["image.bin", "a.md"])
    assert [d.path for d in docs] == ["a.md"]
    assert skipped == [Skipped(path="image.bin", reason=BINARY_REASON)]


def test_missing_path() -> None:
    assert discover(["nope", "nope.md"]) == (
        [],
        [
            Skipped(path="nope", reason="no such file or directory"),
            Skipped(path="nope.md", reason="no such file or directory"),
        ],
    )


def test_skip_dirs_parameter() -> None:
    write("art/claims/a.md", "x")
    write("art/drafts/b.md", "x")
    assert names(discover(["art"], skip_dirs=("drafts",))[0]) == ["art/claims/a.md"]


EXCLUDES = [
    (["drafts"], ["art/a.md", "art/b.html", "art/old.md", "art/sub/c.md", "art/sub/old.md"]),
    (["*.html"], ["art/a.md", "art/drafts/d.md", "art/old.md", "art/sub/c.md", "art/sub/old.md"]),
    (["drafts/*", "sub/*"], ["art/a.md", "art/b.html", "art/old.md"]),
    (["old.md"], ["art/a.md", "art/b.html", "art/drafts/d.md", "art/sub/c.md"]),
    (["**/old.md"], ["art/a.md", "art/b.html", "art/drafts/d.md", "art/sub/c.md"]),
    (["sub/old.md"], ["art/a.md", "art/b.html", "art/drafts/d.md", "art/old.md", "art/sub/c.md"]),
    (["art/sub/"], ["art/a.md", "art/b.html", "art/drafts/d.md", "art/old.md"]),
    (["*"], []),
    (
        [],
        [
            "art/a.md",
            "art/b.html",
            "art/drafts/d.md",
            "art/old.md",
            "art/sub/c.md",
            "art/sub/old.md",
        ],
    ),
]


@pytest.mark.parametrize(("exclude", "expected"), EXCLUDES)
def test_exclude_globs(exclude: list[str], expected: list[str]) -> None:
    for name in ["a.md", "b.html", "old.md", "drafts/d.md", "sub/c.md", "sub/old.md"]:
        write(f"art/{name}", "x")
    files, skipped = discover(["art"], exclude=exclude)
    assert (names(files), skipped) == (expected, [])


def test_exclude_applies_to_explicit_files() -> None:
    write("a.md", "x")
    write("b.md", "x")
    assert names(discover(["a.md", "b.md"], exclude=["b.*"])[0]) == ["a.md"]


def test_order_is_deterministic() -> None:
    wanted = [f"art/{c}/{n}.md" for c in "cab" for n in (3, 1, 2)]
    for name in random.Random(3).sample(wanted, len(wanted)):
        write(name, "x")
    files, _ = discover(["art/c", "art"])
    assert names(files) == sorted(wanted)
    assert discover(["art"]) == discover(["art/b", "art/a", "art"])


def test_absolute_paths_are_shown_relative_to_cwd(tmp_path: Path) -> None:
    write("art/a.md", "x")
    files, _ = discover([tmp_path / "art", "art/a.md", "./art/a.md"])
    assert files == [tmp_path / "art" / "a.md"]
    assert read(files[0]).path == "art/a.md"


def test_path_outside_cwd_is_shown_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("art/a.md", "x")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    docs, skipped = load(["../art"])
    assert ([d.path for d in docs], skipped) == (["../art/a.md"], [])


def test_non_ascii_names_with_spaces() -> None:
    write("arts ü/résumé 2026 ü.md", "Ünïcode 89.5%")
    docs, skipped = load(["arts ü"])
    assert skipped == []
    assert [(d.path, d.text) for d in docs] == [("arts ü/résumé 2026 ü.md", "Ünïcode 89.5%")]


def test_deep_tree_of_200_levels() -> None:
    deep = Path("deep", *(f"d{n}" for n in range(200)))
    write(deep / "bottom.md", "GPT-5 89.5")
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 100)  # a walk recursing once per level would hit this
    try:
        docs, skipped = load(["deep"])
    finally:
        sys.setrecursionlimit(limit)
    assert skipped == []
    assert [d.path for d in docs] == [(deep / "bottom.md").as_posix()]


needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")


@needs_symlinks
def test_symlink_loop_is_reported_once_and_the_scan_finishes() -> None:
    write("art/a.md", "x")
    write("art/sub/b.md", "x")
    os.symlink("..", "art/sub/up")
    os.symlink(".", "art/self")
    files, skipped = discover(["art"])
    assert names(files) == ["art/a.md", "art/sub/b.md"]
    assert skipped == [
        Skipped(path="art/self", reason="symbolic link loop (points back to art)"),
        Skipped(path="art/sub/up", reason="symbolic link loop (points back to art)"),
    ]


@needs_symlinks
def test_symlinks_are_followed_and_duplicates_reported() -> None:
    write("art/real/a.md", "x")
    write("outside/o.md", "x")
    os.symlink("real", "art/alias")  # sorts before "real": the real path must still win
    os.symlink("real/a.md", "art/0-a.md")
    os.symlink("../outside", "art/out")
    os.symlink("missing.md", "art/broken.md")
    os.symlink("missing", "art/broken-dir")  # neither a folder nor an article: ignored
    files, skipped = discover(["art"])
    assert names(files) == ["art/out/o.md", "art/real/a.md"]
    assert skipped == [
        Skipped(path="art/0-a.md", reason="same file as art/real/a.md (already scanned)"),
        Skipped(path="art/alias", reason="same folder as art/real (already scanned)"),
        Skipped(path="art/broken.md", reason="no such file or directory (broken symbolic link)"),
    ]


@needs_symlinks
def test_mutual_symlink_loop() -> None:
    write("x/a.md", "x")
    write("y/b.md", "x")
    os.symlink("../y", "x/to-y")
    os.symlink("../x", "y/to-x")
    files, skipped = discover(["x"])
    assert names(files) == ["x/a.md", "x/to-y/b.md"]
    assert skipped == [Skipped(path="x/to-y/to-x", reason="symbolic link loop (points back to x)")]


@needs_symlinks
def test_explicit_broken_symlink() -> None:
    os.symlink("gone.md", "link.md")
    assert discover(["link.md"]) == (
        [],
        [Skipped(path="link.md", reason="no such file or directory (broken symbolic link)")],
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_not_read() -> None:
    Path("art").mkdir()
    os.mkfifo("art/pipe.md")
    assert discover(["art"]) == ([], [Skipped(path="art/pipe.md", reason="not a regular file")])
    assert discover(["art/pipe.md"]) == (
        [],
        [Skipped(path="art/pipe.md", reason="not a regular file or folder")],
    )
    assert read_document(Path("art/pipe.md")) == Skipped(
        path="art/pipe.md", reason="not a regular file"
    )


def test_unreadable_folder() -> None:
    write("art/a.md", "x")
    write("art/locked/b.md", "x")
    Path("art/locked").chmod(0)
    try:
        if os.access("art/locked", os.R_OK):
            pytest.skip("running as a user who can read a mode-000 folder (root)")
        assert discover(["art"]) == (
            [Path("art/a.md")],
            [Skipped(path="art/locked", reason="cannot read folder: permission denied")],
        )
    finally:
        Path("art/locked").chmod(0o755)


def test_unreadable_folder_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    write("art/a.md", "x")
    write("art/locked/b.md", "x")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)
    assert discover(["art"]) == (
        [Path("art/a.md")],
        [Skipped(path="art/locked", reason="cannot read folder: permission denied")],
    )


def test_load_reads_in_order_and_collects_skips() -> None:
    write("art/b.md", "GPT-5 89.5")
    write("art/a.html", "<p>o3 88.9</p>")
    write("art/c.txt", PNG)
    docs, skipped = load(["art", "missing"])
    assert [(d.path, d.kind, d.text) for d in docs] == [
        ("art/a.html", "html", "o3 88.9"),
        ("art/b.md", "md", "GPT-5 89.5"),
    ]
    assert skipped == [
        Skipped(path="art/c.txt", reason=BINARY_REASON),
        Skipped(path="missing", reason="no such file or directory"),
    ]
