"""The benchmark's table: figures, units, budgets and the over-budget mark."""

from __future__ import annotations

from bench.run import Figure, format_table, transfer_size


def test_table_marks_a_figure_over_budget_and_a_missing_page() -> None:
    table = format_table(
        [
            Figure("full strict build", 2.5, "s", 10),
            Figure("search index, gzip", 512.25, "KB", 400),
            Figure("macros share", 22.4, "%", 35),
            Figure("transfer: mock exam", None, "KB", 120),
        ]
    )
    assert table.splitlines() == [
        "| measure | value | budget | status |",
        "|---|---:|---:|---|",
        "| full strict build | 2.50 s | 10.00 s | ok |",
        "| search index, gzip | 512.2 KB | 400.0 KB | **OVER BUDGET** |",
        "| macros share | 22 % | 35 % | ok |",
        "| transfer: mock exam | not built | 120.0 KB | page not built yet |",
    ]


def test_transfer_size_counts_local_css_and_js_but_not_remote(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "a.css").write_text("body{}" * 100)
    (tmp_path / "index.html").write_text(
        '<link rel="stylesheet" href="a.css"><script src="https://cdn.example/x.js"></script>'
    )
    only_html = transfer_size(tmp_path, "")
    assert only_html is not None and only_html > 0
    (tmp_path / "a.css").write_text("")
    assert transfer_size(tmp_path, "") < only_html + 1
    assert transfer_size(tmp_path, "missing/") is None


def test_each_benchmark_replaces_only_its_own_section() -> None:
    from bench.results_file import replace_section

    text = replace_section("", "Build", "build v1")
    text = replace_section(text, "Lighthouse (mobile)", "scores v1")
    text = replace_section(text, "Build", "build v2")
    assert text == (
        "# Benchmark results\n\n## Build\n\nbuild v2\n\n## Lighthouse (mobile)\n\nscores v1\n"
    )
