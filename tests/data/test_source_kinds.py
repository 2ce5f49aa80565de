"""A fact cites the AWS user or developer guide page that states it.

SDK and CLI references, CDK API references, localised copies and language-tagged addresses are
not where a learner (or a fact-checker) should land; such a source is allowed only when the
fact's note says that no user or developer guide page states the figure.
"""

from __future__ import annotations

import re

import pytest

NOT_A_GUIDE = re.compile(
    r"/sdk-for-|/sdkfornet|boto3\.amazonaws\.com|/AWSJavaSDK/|/AWSJavaScriptSDK/"
    r"|awscli\.amazonaws\.com|docs\.aws\.amazon\.com/cli/|/cdk/api/"
    r"|docs\.amazonaws\.cn|rproxy|docs\.aws\.amazon\.com/[a-z]{2}_[a-z]{2}/"
)
EXPLAINED = re.compile(r"no (user or developer )?guide page states", re.I)


def kind_problem(source: str, note: str | None) -> str | None:
    if not NOT_A_GUIDE.search(source):
        return None
    if note and EXPLAINED.search(note):
        return None
    return f"{source} is not a user or developer guide page"


@pytest.mark.parametrize(
    ("source", "note", "bad"),
    [
        ("https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html", None, False),
        ("https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/x.html", None, True),
        ("https://docs.aws.amazon.com/cli/latest/reference/sqs/y.html", None, True),
        ("https://docs.aws.amazon.com/ja_jp/emr/latest/ReleaseGuide/x.md", None, True),
        ("https://docs.aws.amazon.com/en_us/step-functions/latest/dg/x.html", None, True),
        ("https://docs.aws.amazon.com/cdk/api/v2/docs/x.html",
         "No user or developer guide page states this; the CDK reference does.", False),
    ],
)
def test_source_kinds(source: str, note: str | None, bad: bool) -> None:
    assert (kind_problem(source, note) is not None) is bad


def test_every_fact_cites_a_guide_page(catalog) -> None:  # noqa: ANN001
    problems = [
        f"data/services/{s.id}.yaml: facts.{f.key}: {p}"
        for s in catalog.services.values()
        for f in s.facts
        if (p := kind_problem(f.source, f.note))
    ]
    problems += [
        f"data/comparisons/{c.id}.yaml: sources: {p}"
        for c in catalog.comparisons.values()
        for u in c.sources
        if (p := kind_problem(u, None))
    ]
    assert not problems, "\n".join(problems)
