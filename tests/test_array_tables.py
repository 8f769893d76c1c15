"""Tables a page's code writes as arrays (tests/corpora/real-39): an MDX post's `<Table
data={{ columns: [...], rows: [[...], ...] }} />`, names in links and bold figures; a column
beside the models that describes them ("Dataset": 114k) is no condition."""

from __future__ import annotations

from pathlib import Path

from tests.records import records

MDX = """# Open models

<Table
  data={{
    columns: [
      "Model",
      "Dataset",
      "AIME24",
      "MATH500"
    ],
    rows: [
      [<a href="https://example.org/corvid-7b">Corvid-7B</a>, "114k", "31.3", "84.4"],
      ["Pell-7B", "17k", <b>20.0</b>, "82.0"],
      ["Wren-7B", "-", "9.3", "-"]
    ]
  }}
/>
"""


def test_an_mdx_table_of_arrays_gives_its_cells(tmp_path: Path) -> None:
    assert records(tmp_path, MDX, "post.md") == {
        ("Corvid-7B", "AIME 2024", 31.3, "", ()),
        ("Corvid-7B", "MATH-500", 84.4, "", ()),
        ("Pell-7B", "AIME 2024", 20.0, "", ()),
        ("Pell-7B", "MATH-500", 82.0, "", ()),
        ("Wren-7B", "AIME 2024", 9.3, "", ()),
    }


def test_arrays_that_are_no_table_give_nothing(tmp_path: Path) -> None:
    code = (
        "```js\nconst headers = ['Authorization', 'Content-Type'];\n"
        "fetch(url, { headers: ['Authorization', 'Bearer 123'] });\n```\n"
    )
    assert records(tmp_path, code) == set()
