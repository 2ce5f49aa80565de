from macros.abbreviations import first_per_section

API = '<abbr title="Application programming interface">API</abbr>'
DMS = '<abbr title="AWS Database Migration Service">DMS</abbr>'


def test_each_term_is_marked_once_per_section() -> None:
    html = (
        f"<p>{API} and {DMS}, then {API} again.</p>"
        f'<h2 id="next">Next</h2><p>{API}, {API}; {DMS}</p>'
    )
    assert first_per_section(html) == (
        f"<p>{API} and {DMS}, then API again.</p>"
        f'<h2 id="next">Next</h2><p>{API}, API; {DMS}</p>'
    )


def test_h3_does_not_start_a_section() -> None:
    html = f"<p>{API}</p><h3>Sub</h3><p>{API}</p>"
    assert first_per_section(html) == f"<p>{API}</p><h3>Sub</h3><p>API</p>"
