"""The pseudonymisation samples on the data privacy page behave as the page says, in DuckDB.

pseudonymise_patients.sql must drop direct identifiers, generalise quasi-identifiers and give a
stable, keyed patient_key; reverse_unsalted_hash.sql must recover every blood type from its
unsalted hash, and recover nothing once the same column is hashed with the secret.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.examples.duckdb_samples import run_file

SQL = Path(__file__).resolve().parents[2] / "docs" / "examples" / "privacy"
SECRET = "s3cr3t-from-secrets-manager"


def run(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple]:
    return run_file(con, SQL / name)


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(":memory:")
    connection.execute(f"""
        CREATE TABLE pipeline_secret (secret VARCHAR);
        INSERT INTO pipeline_secret VALUES ('{SECRET}');
        CREATE TABLE patients (patient_id VARCHAR, full_name VARCHAR, birth_date DATE,
                               postcode VARCHAR, blood_type VARCHAR, diagnosis_code VARCHAR);
        INSERT INTO patients VALUES
            ('P-001', 'Ana Silva',   '1984-03-12', 'SW1A 1AA', 'O+',  'E11'),
            ('P-002', 'Ben Okafor',  '1990-11-02', 'M1 4BT',   'AB-', 'J45'),
            ('P-003', 'Chen Wei',    '1975-07-30', 'EH1 2NG',  'B+',  'I10');
    """)
    yield connection
    connection.close()


def test_every_privacy_sample_has_a_test() -> None:
    assert {p.name for p in SQL.glob("*.sql")} == {
        "pseudonymise_patients.sql",
        "reverse_unsalted_hash.sql",
    }


def test_pseudonymised_copy_keeps_no_direct_identifiers(con) -> None:
    run(con, "pseudonymise_patients.sql")
    columns = [r[0] for r in con.execute("DESCRIBE patients_pseudonymised").fetchall()]
    assert columns == [
        "patient_key", "blood_type_hash", "birth_year", "postcode_area", "diagnosis_code",
    ]  # fmt: skip
    rows = con.execute(
        "SELECT birth_year, postcode_area FROM patients_pseudonymised ORDER BY birth_year"
    ).fetchall()
    assert rows == [(1975, "EH1"), (1984, "SW1A"), (1990, "M1")]
    flat = " ".join(str(v) for row in con.execute("FROM patients_pseudonymised").fetchall()
                    for v in row)
    for identifier in ("P-001", "Ana Silva", "SW1A 1AA", "1984-03-12"):
        assert identifier not in flat


def test_patient_key_is_stable_and_needs_the_secret(con) -> None:
    run(con, "pseudonymise_patients.sql")
    keys = "SELECT patient_key FROM patients_pseudonymised ORDER BY 1"
    first = con.execute(keys).fetchall()
    run(con, "pseudonymise_patients.sql")  # a rerun gives the same keys, so joins keep working
    assert con.execute(keys).fetchall() == first
    unsalted = con.execute("SELECT sha256(patient_id) FROM patients ORDER BY 1").fetchall()
    assert set(first).isdisjoint(unsalted)  # hashing the bare ID does not reproduce the key


def test_unsalted_hash_of_a_small_domain_is_reversed(con) -> None:
    run(con, "pseudonymise_patients.sql")
    recovered = run(con, "reverse_unsalted_hash.sql")
    assert [r[1] for r in recovered] == ["B+", "O+", "AB-"]  # ordered by birth year


def test_hashing_with_the_secret_defeats_the_dictionary(con) -> None:
    run(con, "pseudonymise_patients.sql")
    con.execute(f"""
        UPDATE patients_pseudonymised AS p
        SET blood_type_hash = sha256('{SECRET}' || ':' || src.blood_type)
        FROM patients AS src
        WHERE p.patient_key = sha256('{SECRET}' || ':' || src.patient_id)
    """)
    assert run(con, "reverse_unsalted_hash.sql") == []
