"""Pages speak to learners: repository paths and build notes belong in CONTRIBUTING only."""

from __future__ import annotations

import re
from pathlib import Path

REPO_TALK = re.compile(
    r"\bdata/(services|comparisons|questions|schemas)/|\bdata/[\w.-]+\.yaml"
    r"|[Gg]enerated from\s+`?data/|\bmacros/\w+\.py|\bdocs/examples/|\btests/\w+"
)
TAG = re.compile(r"<[^>]+>")


def visible_text(html: str) -> str:
    html = re.sub(r"(?s)<(script|style|template)\b.*?</\1>", " ", html)
    return TAG.sub(" ", html)


def test_no_learner_page_mentions_repository_paths(site: Path) -> None:
    offenders = []
    for page in sorted(site.rglob("index.html")):
        rel = page.relative_to(site).as_posix()
        if rel.startswith(("contributing/", "assets/", "search/")):
            continue
        for match in REPO_TALK.finditer(visible_text(page.read_text(encoding="utf-8"))):
            offenders.append(f"{rel}: {match.group(0)!r}")
    assert not offenders, "\n".join(offenders)


def test_the_check_sees_repository_talk() -> None:
    assert REPO_TALK.search(visible_text("<p>Generated from data/services/x.yaml.</p>"))
    assert not REPO_TALK.search(visible_text("<p>s3://bucket/data/2026/</p>"))
