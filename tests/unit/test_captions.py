from __future__ import annotations

from macros.captions import caption_tables


def test_table_line_becomes_the_caption() -> None:
    html = "<p>Table: Macros &amp; what they render</p>\n<table>\n<thead>"
    assert caption_tables(html) == (
        "<table>\n<caption>Macros &amp; what they render</caption>\n<thead>"
    )


def test_paragraph_not_followed_by_a_table_is_left_alone() -> None:
    html = "<p>Table: not a caption</p>\n<p>text</p><table>"
    assert caption_tables(html) == html
