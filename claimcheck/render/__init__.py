"""Renderers: one module per output format, each a function of the Report."""

from __future__ import annotations

FORMATS = ("text", "json", "sarif", "github", "markdown", "html")
