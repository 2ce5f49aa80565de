"""Generate data/schemas/*.json from the models, for editors (yaml-language-server).

Run `make schemas` after changing macros/models.py; a test fails while the files are stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import RootModel

from .models import Comparison, Exam, GlossaryEntry, Question, Service

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "data" / "schemas"

KINDS = {
    "exam": Exam,
    "service": Service,
    "comparison": Comparison,
    "question-file": RootModel[list[Question]],
    "glossary": RootModel[list[GlossaryEntry]],
}


def schema_texts() -> dict[str, str]:
    out = {}
    for name, model in KINDS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"DEA-C01 study guide: {name}"
        out[f"{name}.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def main() -> int:
    SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in schema_texts().items():
        (SCHEMA_DIR / name).write_text(text, encoding="utf-8")
        print(f"wrote data/schemas/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
