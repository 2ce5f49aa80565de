"""Skill marks: which section they belong to, the anchors they link, and bad marks."""

from __future__ import annotations

import pytest

from macros import coverage

PAGE = """\
# Streaming ingestion

{{ skills("1.1.1") }}

## Kinesis `PutRecords` and *KPL* { #producers }

```python
# {{ skills("9.9.9") }} inside a fence is code, not a mark
```

## Retries and [duplicates](x.md)

Text {{ skills("1.1.2", '1.1.3') }} more text.
"""


def test_marks_belong_to_the_nearest_heading_with_its_anchor():
    marks = coverage.scan_page("ingestion/streaming.md", PAGE)
    assert [(m.line, m.heading, m.anchor, m.skills) for m in marks] == [
        (3, "Streaming ingestion", "", ("1.1.1",)),
        (13, "Retries and duplicates", "retries-and-duplicates", ("1.1.2", "1.1.3")),
    ]
    assert {m.page_title for m in marks} == {"Streaming ingestion"}


def test_custom_heading_id_wins_over_the_slug():
    assert coverage.heading_anchor("Kinesis `PutRecords` { #producers }") == (
        "Kinesis PutRecords",
        "producers",
    )
    assert coverage.heading_anchor("Lambda *and* Glue") == ("Lambda and Glue", "lambda-and-glue")


def test_an_underscore_inside_a_word_stays_in_the_anchor():
    # toc keeps word underscores in slugs; only emphasis underscores are markup.
    assert coverage.heading_anchor("Deduplicate with ROW_NUMBER") == (
        "Deduplicate with ROW_NUMBER",
        "deduplicate-with-row_number",
    )
    assert coverage.heading_anchor("An _emphasised_ word") == (
        "An emphasised word",
        "an-emphasised-word",
    )


@pytest.mark.parametrize("call", ["{{ skills(x) }}", "{{ skills() }}", '{{ skills("1.1.1", y) }}'])
def test_a_mark_must_name_skills_as_strings(call):
    with pytest.raises(ValueError, match=r"docs/p\.md:2: skills\(\) takes skill ids"):
        coverage.scan_page("p.md", f"# P\n{call}\n")


def test_unknown_skill_names_page_and_line():
    marks = coverage.scan_page("p.md", '# P\n\n{{ skills("1.1.1", "1.1.99") }}\n')
    assert coverage.unknown_skills(marks, {"1.1.1"}) == [
        "docs/p.md:3: skills(): unknown skill id '1.1.99'"
    ]


def test_coverage_counts_sections_and_questions(catalog):
    marks = coverage.scan_page(
        "p.md", '# P\n## A\n{{ skills("1.1.1") }}\n## B\n{{ skills("1.1.1") }}\n'
    )
    cov = coverage.coverage(catalog, marks)
    assert len(cov) == len(catalog.skills)
    assert [m.anchor for m in cov["1.1.1"].sections] == ["a", "b"]
    assert cov["1.1.1"].questions == sum("1.1.1" in q.skills for q in catalog.questions)
    assert cov["4.5.7"].sections == ()


def test_task_table_escapes_and_shows_gaps(catalog):
    marks = coverage.scan_page("p.md", '# P <b>\n## A & B\n{{ skills("1.1.1") }}\n')
    html = coverage.task_table(
        catalog, "1.1", coverage.coverage(catalog, marks), lambda m: "u?a=1&b"
    )
    assert '<a href="u?a=1&amp;b">P &lt;b&gt; › A &amp; B</a>' in html
    assert "Not taught yet" in html and "<caption>Task 1.1:" in html
    assert html.count("<tr id=") == len(catalog.tasks["1.1"].skills)
