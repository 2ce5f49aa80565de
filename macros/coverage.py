"""Which sections teach which exam skills, read from the pages' `skills(...)` marks.

A section says what it teaches with `{{ skills("1.1.1", "1.1.7") }}` under its heading. The
coverage map needs every page's marks before any page is rendered, so the Markdown sources are
scanned here once per build, without rendering them; a mark belongs to the nearest heading
above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify

from .catalog import Catalog
from .render import esc

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$")
_ATTR_ID = re.compile(r"\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}\s*$")
_ATTRS = re.compile(r"\s*\{[^}]*\}\s*$")
_CALL = re.compile(r"\{\{\s*skills\(([^)]*)\)\s*\}\}")
_ARG = re.compile(r"""^\s*["']([^"']+)["']\s*$""")
# Emphasis underscores only: an underscore inside a word (ROW_NUMBER) stays, as toc keeps it.
_MARKUP = re.compile(r"[`*]|(?<!\w)_|_(?!\w)|\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class Mark:
    """One skills(...) call: where it is and the section it belongs to."""

    page: str  # docs-relative source path, e.g. ingestion/streaming.md
    line: int
    page_title: str
    heading: str
    anchor: str  # "" when the mark sits above the first subheading
    skills: tuple[str, ...]


def heading_anchor(raw: str) -> tuple[str, str]:
    """(visible text, anchor) of a Markdown heading as the toc extension will slug it."""
    custom = _ATTR_ID.search(raw)
    text = _ATTRS.sub("", raw)
    text = _MARKUP.sub(lambda m: m.group(1) or "", text).strip()
    return text, custom.group(1) if custom else slugify(text, "-")


def parse_args(args: str) -> tuple[str, ...] | None:
    """The string arguments of a call, or None when one is not a plain string literal."""
    parts = [p for p in args.split(",") if p.strip()]
    found = [_ARG.match(p) for p in parts]
    if not parts or not all(found):
        return None
    return tuple(m.group(1) for m in found if m)


def scan_page(src: str, text: str) -> list[Mark]:
    marks: list[Mark] = []
    page_title, heading, anchor = src, "", ""
    in_fence = False
    for number, line in enumerate(text.splitlines(), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        found = _HEADING.match(line)
        if found:
            visible, slug = heading_anchor(found.group(2))
            if len(found.group(1)) == 1:
                page_title, heading, anchor = visible, "", ""
            else:
                heading, anchor = visible, slug
            continue
        for call in _CALL.finditer(line):
            ids = parse_args(call.group(1))
            if ids is None:
                raise ValueError(f"docs/{src}:{number}: skills() takes skill ids as strings")
            marks.append(Mark(src, number, page_title, heading or page_title, anchor, ids))
    return marks


def scan_docs(docs: Path) -> list[Mark]:
    marks: list[Mark] = []
    for path in sorted(docs.rglob("*.md")):
        marks.extend(scan_page(path.relative_to(docs).as_posix(), path.read_text("utf-8")))
    return marks


def unknown_skills(marks: Iterable[Mark], known: Iterable[str]) -> list[str]:
    """Problems as 'docs/<page>:<line>: unknown skill id ...', for the build and the tests."""
    known = set(known)
    return [
        f"docs/{m.page}:{m.line}: skills(): unknown skill id {s!r}"
        for m in marks
        for s in m.skills
        if s not in known
    ]


@dataclass(frozen=True)
class SkillCoverage:
    skill_id: str
    sections: tuple[Mark, ...]
    questions: int


def coverage(cat: Catalog, marks: Iterable[Mark]) -> dict[str, SkillCoverage]:
    sections: dict[str, list[Mark]] = {s: [] for s in cat.skills}
    for m in marks:
        for s in dict.fromkeys(m.skills):  # a mark naming a skill twice lists its section once
            if s in sections:
                sections[s].append(m)
    asked = dict.fromkeys(cat.skills, 0)
    for q in cat.questions:
        for s in set(q.skills):
            if s in asked:
                asked[s] += 1
    return {s: SkillCoverage(s, tuple(sections[s]), asked[s]) for s in cat.skills}


# --- rendering ---------------------------------------------------------------------------


def skill_anchor(skill_id: str) -> str:
    return "skill-" + skill_id.replace(".", "-")


def skill_tags(skills: Iterable[tuple[str, str]], coverage_url: str) -> str:
    """The line under a heading that names the exam skills a section teaches."""
    links = ", ".join(
        f'<a href="{esc(coverage_url)}#{skill_anchor(sid)}" title="{esc(text)}">{esc(sid)}</a>'
        for sid, text in skills
    )
    return f'<p class="dea-skills">Exam skills: {links}</p>'


def summary(cov: dict[str, SkillCoverage]) -> str:
    total = len(cov)
    taught = sum(1 for c in cov.values() if c.sections)
    asked = sum(1 for c in cov.values() if c.questions)
    return (
        f"**{taught} of {total}** skills are taught in at least one section, and "
        f"**{asked} of {total}** are practised by at least one question."
    )


def domain_table(
    cat: Catalog, cov: dict[str, SkillCoverage], urls: dict[int, str], pages: dict[int, int]
) -> str:
    """Per domain: weight, teaching pages, skills taught and practised, practice questions."""
    rows = []
    for d in cat.exam.domains:
        skills = [s.id for t in d.tasks for s in t.skills]
        taught = sum(1 for s in skills if cov[s].sections)
        practised = sum(1 for s in skills if cov[s].questions)
        questions = sum(1 for q in cat.questions if cat.domain_of_task[q.task] == d.id)
        rows.append(
            f'<tr><th scope="row"><a href="{esc(urls[d.id])}">{d.id}. {esc(d.title)}</a></th>'
            f"<td>{d.weight}%</td><td>{pages[d.id]}</td><td>{taught} of {len(skills)}</td>"
            f"<td>{practised} of {len(skills)}</td><td>{questions}</td></tr>"
        )
    head = "".join(
        f'<th scope="col">{h}</th>'
        for h in ("Domain", "Weight", "Pages", "Skills taught", "Skills practised", "Questions")
    )
    return (
        '<div class="dea-coverage-domains" markdown="0"><table><caption>What this guide covers '
        f"today, per exam domain</caption><thead><tr>{head}</tr></thead>"
        f'<tbody>{"".join(rows)}</tbody></table></div>'
    )


def task_table(
    cat: Catalog, task_id: str, cov: dict[str, SkillCoverage], url_of: Callable[[Mark], str]
) -> str:
    task = cat.tasks[task_id]
    rows = []
    for skill in task.skills:
        c = cov[skill.id]
        if c.sections:
            taught = "<br>".join(
                f'<a href="{esc(url_of(m))}">{esc(m.page_title)} › {esc(m.heading)}</a>'
                if m.heading != m.page_title
                else f'<a href="{esc(url_of(m))}">{esc(m.page_title)}</a>'
                for m in c.sections
            )
        else:
            taught = '<strong class="dea-gap">Not taught yet</strong>'
        count = str(c.questions) if c.questions else '<strong class="dea-gap">0</strong>'
        rows.append(
            f'<tr id="{skill_anchor(skill.id)}"><th scope="row">{esc(skill.id)}</th>'
            f"<td>{esc(skill.text)}</td><td>{taught}</td>"
            f'<td class="dea-count">{count}</td></tr>'
        )
    asked = len(cat.questions_for(task_id))
    return (
        # Out of the search index: the skills and links repeat the domain pages' own.
        f'<div class="dea-coverage" data-task="{esc(task_id)}" markdown="0" data-search-exclude>'
        "<table>"
        f"<caption>Task {esc(task_id)}: {esc(task.title)}. {asked} practice question"
        f"{'' if asked == 1 else 's'} in all.</caption>"
        '<thead><tr><th scope="col">Skill</th><th scope="col">What it asks</th>'
        '<th scope="col">Taught in</th><th scope="col">Questions</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
