"""A minimal valid Service whose facts carry only the amounts a calculator reads."""

from __future__ import annotations

from macros.models import Service


def service_with_amounts(sid: str, page: str, amounts: dict[str, dict[str, float]]) -> Service:
    facts = [
        {
            "key": key,
            "label": key,
            "value": "see amounts",
            "source": "https://docs.aws.amazon.com/",
            "verified": "2026-11",
            "amounts": values,
        }
        for key, values in amounts.items()
    ]
    return Service.model_validate(
        {
            "id": sid,
            "name": sid,
            "category": "analytics",
            "tasks": ["1.1"],
            "summary": "s",
            "use_when": ["u"],
            "avoid_when": ["a"],
            "facts": facts,
            "page": page,
        }
    )
