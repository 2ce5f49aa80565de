"""The conftest hook that names a failing test's sample file finds the right file."""

from __future__ import annotations

from tests.examples.conftest import function_texts, sample_paths, samples_named

KNOWN = sample_paths()
TLS = "s3-deny-insecure-transport.json"


def _helper() -> str:
    return TLS


def test_a_file_name_in_text_is_found_with_its_path() -> None:
    assert samples_named(["run(con, 'dedup_latest.sql')"], KNOWN) == [
        "docs/examples/sql/dedup_latest.sql"
    ]


def test_a_longer_name_is_not_mistaken_for_a_shorter_one() -> None:
    assert samples_named(["upsert_merge.sql.bak"], KNOWN) == []
    assert samples_named(["my_dedup_latest.sql"], KNOWN) == []


def test_constants_and_helpers_a_test_uses_are_followed() -> None:
    def a_test() -> None:
        assert _helper()

    assert samples_named(function_texts(a_test), KNOWN) == [
        "docs/examples/policies/s3-deny-insecure-transport.json"
    ]


def test_every_sample_has_a_unique_or_disambiguated_name() -> None:
    for name, paths in KNOWN.items():
        for path in paths:
            folder_and_name = path.split("docs/examples/", 1)[1]
            assert samples_named([folder_and_name], KNOWN)[:1] == [path], name
