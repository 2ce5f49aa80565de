import pytest

from macros.review_stamp import month_name, stamp


def test_the_stamp_follows_the_title() -> None:
    html = stamp('<h1 id="x">Title</h1>\n<p>Text</p>', "2026-12")
    assert html.startswith('<h1 id="x">Title</h1>\n<p class="dea-reviewed">')
    assert "Facts checked December 2026" in html and html.endswith("<p>Text</p>")


@pytest.mark.parametrize("bad", ["2026-13", "Dec 2026", "2026-1", ""])
def test_a_malformed_month_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        month_name(bad)
