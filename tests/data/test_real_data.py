"""The project's own data: complete exam outline, sourced facts, schemas, question bank basics."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from macros.catalog import Catalog
from macros.schemas import SCHEMA_DIR, schema_texts

DATA = Path(__file__).resolve().parents[2] / "data"

# Skills per task statement, counted in exam guide v1.1 (../shared/exam-guide.md, section 2).
SKILLS_PER_TASK = {
    "1.1": 12, "1.2": 10, "1.3": 4, "1.4": 11,
    "2.1": 8, "2.2": 6, "2.3": 6, "2.4": 6,
    "3.1": 9, "3.2": 6, "3.3": 8, "3.4": 5,
    "4.1": 7, "4.2": 6, "4.3": 4, "4.4": 5, "4.5": 7,
}  # fmt: skip


def test_exam_outline_matches_guide_1_1(catalog: Catalog) -> None:
    fmt = catalog.exam.format
    assert fmt.guide_version == "1.1"
    assert (fmt.questions_total, fmt.questions_scored, fmt.minutes) == (65, 50, 130)
    assert (fmt.score_min, fmt.score_max, fmt.passing_score) == (100, 1000, 720)
    assert [d.weight for d in catalog.exam.domains] == [34, 26, 22, 18]
    assert {t: len(task.skills) for t, task in catalog.tasks.items()} == SKILLS_PER_TASK
    assert len(catalog.skills) == 120


def test_skill_ids_are_numbered_without_gaps(catalog: Catalog) -> None:
    for task in catalog.tasks.values():
        assert [s.id for s in task.skills] == [
            f"{task.id}.{n}" for n in range(1, len(task.skills) + 1)
        ]


def test_eight_skills_are_marked_new_in_1_1(catalog: Catalog) -> None:
    new = sorted(s.id for s in catalog.skills.values() if s.new_in_1_1)
    assert new == ["1.2.10", "2.1.7", "2.1.8", "2.2.6", "2.4.6", "4.1.7", "4.5.6", "4.5.7"]


def test_every_data_file_names_its_schema() -> None:
    kinds = {"services": "service", "comparisons": "comparison", "questions": "question-file"}
    for folder, kind in kinds.items():
        for path in sorted((DATA / folder).glob("*.yaml")):
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first == f"# yaml-language-server: $schema=../schemas/{kind}.json", path
    for name, kind in (("exam.yaml", "exam"), ("glossary.yaml", "glossary")):
        first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=schemas/{kind}.json", name


def test_json_schemas_are_current() -> None:
    for name, text in schema_texts().items():
        on_disk = (SCHEMA_DIR / name).read_text(encoding="utf-8")
        assert on_disk == text, f"data/schemas/{name} is stale: run `make schemas`"
        json.loads(on_disk)


def test_the_three_must_have_comparisons_exist(catalog: Catalog) -> None:
    assert {"s3-storage-classes", "streaming-and-messaging", "cloudwatch-cloudtrail-config"} <= set(
        catalog.comparisons
    )


def test_s3_storage_class_table_lists_every_current_class(catalog: Catalog) -> None:
    labels = " | ".join(s.label for s in catalog.comparisons["s3-storage-classes"].subjects)
    for name in (
        "Standard", "Intelligent-Tiering", "Standard-IA", "One Zone-IA",
        "Glacier Instant Retrieval", "Glacier Flexible Retrieval", "Glacier Deep Archive",
        "Express One Zone",
    ):  # fmt: skip
        assert name in labels, name


def test_every_number_in_a_fact_has_an_aws_source(catalog: Catalog) -> None:
    for service in catalog.services.values():
        for fact in service.facts:
            if re.search(r"\d", fact.value):
                assert re.match(r"https://([a-z0-9-]+\.)*aws\.amazon\.com/", fact.source) or (
                    fact.source.startswith("https://docs.aws.amazon.com/")
                ), f"{service.id}.{fact.key}: {fact.source}"


def test_every_task_statement_has_practice_questions(catalog: Catalog) -> None:
    per_task = Counter(q.task for q in catalog.questions)
    thin = {t: per_task[t] for t in catalog.tasks if per_task[t] < 2}
    assert not thin, f"task statements with fewer than two questions: {thin}"


def test_no_two_stems_are_the_same(catalog: Catalog) -> None:
    def norm(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()

    seen: dict[str, str] = {}
    for q in catalog.questions:
        key = norm(q.stem)
        assert key not in seen, f"{q.id} repeats the stem of {seen.get(key)}"
        seen[key] = q.id


def test_questions_use_current_service_names(catalog: Catalog) -> None:
    stale = ("Kinesis Data Firehose", "Kinesis Data Analytics", "customer master key")
    for q in catalog.questions:
        # The explanation may name the former name once, in brackets, for recognition.
        text = " ".join([q.stem] + [c.text for c in q.choices])
        for name in stale:
            assert name not in text, f"{q.id} uses the former name {name!r}"
