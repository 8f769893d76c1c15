"""What the ingest tests share: files made in tmp_path at run time, read back as documents."""

from __future__ import annotations

from pathlib import Path

from claimcheck.ingest import Document, read_document

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64))


def write(path: str | Path, content: bytes | str) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    p.write_bytes(content)
    return p


def read(path: str | Path, **kwargs: int) -> Document:
    result = read_document(Path(path), **kwargs)
    assert isinstance(result, Document), result
    return result


def lines(doc: Document) -> list[tuple[int, str]]:
    return list(zip(doc.line_of, doc.text.split("\n"), strict=True))
