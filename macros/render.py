"""Pure renderers: catalog objects in, escaped Markdown or HTML out.

Nothing here knows about MkDocs; tests call these functions directly. Every string that comes
from data passes through esc() (HTML blocks) or inline() (Markdown text) before it is emitted.
Tables are raw HTML so that they can carry captions and row headers, and so that Markdown
syntax inside a data string is never interpreted.
"""

from __future__ import annotations

import html
import math
import posixpath
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from .calculators import MB_PER_TB, AthenaQueryCost, DynamoCapacity, GlueRunCost, ShardEstimate
from .models import Comparison, Domain, Exam, Service, Task

# One pass over the original text, so entities produced here are never escaped twice.
_INLINE = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_[]{}<>#|!~$&\"'"})


def esc(text: str) -> str:
    """Escape for HTML text and attribute values."""
    return html.escape(text, quote=True)


def inline(text: str) -> str:
    """Escape for Markdown text: HTML plus Markdown's own syntax characters."""
    return text.translate(_INLINE)


def page_dir(src: str) -> str:
    """Site-root URL of a docs page, without slashes at either end: store/x.md -> store/x.

    Assumes use_directory_urls, as mkdocs.yml sets; an index page maps to its folder.
    """
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index").rstrip("/")
    return stem


def page_url(ref: str, from_page: str, directory_urls: bool = True) -> str:
    """URL of docs page ref ('store/x.md#a') relative to the page whose source is from_page.

    directory_urls=False is the file-per-page layout of the offline build (store/x.html), where
    a folder URL would open a directory listing instead of the page.
    """
    path, _, anchor = ref.partition("#")
    if directory_urls:
        rel = posixpath.relpath(page_dir(path) or ".", page_dir(from_page) or ".")
        url = "./" if rel == "." else rel + "/"
    else:
        target = path.removesuffix(".md") + ".html"
        url = posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    return f"{url}#{anchor}" if anchor else url


def asset_url(path: str, from_page: str, directory_urls: bool = True) -> str:
    """URL of a site file ('diagrams/x.svg') relative to the page whose source is from_page."""
    base = page_dir(from_page) if directory_urls else posixpath.dirname(from_page)
    return posixpath.relpath(path, base or ".")


def _list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def _source_link(url: str, label: str = "AWS docs") -> str:
    return f'<a href="{esc(url)}" rel="noopener">{esc(label)}</a>'


def source_label(url: str) -> str:
    """A readable name for a documentation address: its page name and the guide it sits in.

    https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
    -> "service sizes and limits (docs.aws.amazon.com/streams)"
    """
    parts = urlsplit(url)
    path = [p for p in parts.path.split("/") if p]
    page = path[-1] if path else parts.netloc
    page = re.sub(r"\.(html?|md)$", "", page).replace("-", " ").replace("_", " ")
    if page in ("index", "welcome", "what is") and len(path) > 1:
        page = path[0] + " " + page
    where = f"{parts.netloc}/{path[0]}" if len(path) > 1 else parts.netloc
    return f"{page} ({where})"


def sources_block(urls: Iterable[str], checked: Iterable[str], anchor: str = "") -> str:
    """The sources of a table, folded: readers open it when they want to check a figure."""
    unique = list(dict.fromkeys(urls))
    months = sorted(set(checked))
    when = ""
    if months:
        span = months[0] if len(months) == 1 else f"{months[0]} to {months[-1]}"
        when = f", checked {esc(span)}"
    items = "".join(
        f'<li{f" id={chr(34)}{anchor}-src-{i}{chr(34)}" if anchor else ""}>'
        f"{_source_link(u, source_label(u))}</li>"
        for i, u in enumerate(unique, start=1)
    )
    noun = "page" if len(unique) == 1 else "pages"
    return (
        # Left out of the search index: addresses and page titles are not what a reader searches.
        f'<details class="dea-sources" data-search-exclude><summary>Sources: {len(unique)} AWS '
        f"documentation {noun}{when}</summary><ol>{items}</ol></details>"
    )


# --- facts and services -----------------------------------------------------------------


def fact(service: Service, key: str) -> str:
    for item in service.facts:
        if item.key == key:
            return (
                f'<span class="dea-fact" title="{esc(item.label)} (source: {esc(item.source)})">'
                f"{inline(item.value)}</span>"
            )
    keys = ", ".join(f.key for f in service.facts)
    raise KeyError(f"service {service.id!r} has no fact {key!r}; its facts: {keys}")


def service_facts(service: Service) -> str:
    anchor = f"facts-{service.id}"
    numbers = {u: i for i, u in enumerate(dict.fromkeys(f.source for f in service.facts), 1)}
    rows = "".join(
        f'<tr><th scope="row">{esc(f.label)}</th><td>{esc(f.value)}'
        f'<sup><a href="#{anchor}-src-{numbers[f.source]}" '
        f'aria-label="source {numbers[f.source]}">{numbers[f.source]}</a></sup>'
        + "</td></tr>"
        for f in service.facts
    )
    return (
        f'<div class="dea-facts" id="{anchor}" markdown="0">'
        f"<table><caption>Key facts: {esc(service.name)}</caption>"
        '<thead><tr><th scope="col">Fact</th><th scope="col">Value</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        + sources_block((f.source for f in service.facts), (f.verified for f in service.facts),
                        anchor)  # fmt: skip
        + "</div>"
    )


def service_card(service: Service, names: dict[str, str], urls: dict[str, str]) -> str:
    """A summary card; names and urls map related service ids to display names and links."""
    former = (
        f"<p><small>Formerly {esc(' / '.join(service.former_names))}.</small></p>"
        if service.former_names
        else ""
    )
    parts = [
        f'<div class="admonition abstract dea-card" markdown="0">'
        f'<p class="admonition-title">{esc(service.name)} at a glance</p>',
        f"<p>{esc(service.summary)}</p>{former}",
        f"<p><strong>Choose it when</strong></p>{_list(service.use_when)}",
        f"<p><strong>Look elsewhere when</strong></p>{_list(service.avoid_when)}",
    ]
    if service.signals:
        chips = "".join(f'<li class="dea-signal">{esc(s)}</li>' for s in service.signals)
        parts.append(f'<p><strong>Exam signals</strong></p><ul class="dea-signals">{chips}</ul>')
    if service.related:
        links = ", ".join(f'<a href="{esc(urls[r])}">{esc(names[r])}</a>' for r in service.related)
        parts.append(f"<p><strong>Related:</strong> {links}</p>")
    parts.append("</div>")
    return "".join(parts)


# --- comparisons ------------------------------------------------------------------------


def comparison(comp: Comparison, searchable: bool = True) -> str:
    """The comparison table with its notes and sources. searchable=False keeps it out of the
    search index (the compare/ page repeats tables that the teaching sections already hold)."""
    labels = {c.key: c.label for c in comp.criteria}
    if comp.subjects_as == "columns":
        head = [comp.corner] + [s.label for s in comp.subjects]
        body = [
            (labels[c.key], [comp.cells[s.key][c.key] for s in comp.subjects])
            for c in comp.criteria
        ]
    else:
        head = [comp.corner] + [c.label for c in comp.criteria]
        body = [(s.label, [comp.cells[s.key][c.key] for c in comp.criteria]) for s in comp.subjects]
    thead = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    rows = "".join(
        f'<tr><th scope="row">{esc(label)}</th>'
        + "".join(f"<td>{esc(v)}</td>" for v in values)
        + "</tr>"
        for label, values in body
    )
    notes = _list(comp.notes) if comp.notes else ""
    exclude = "" if searchable else " data-search-exclude"
    return (
        f'<div class="dea-compare" id="table-{esc(comp.id)}" markdown="0"{exclude}>'
        f"<table><caption>{esc(comp.caption)}</caption>"
        f"<thead><tr>{thead}</tr></thead><tbody>{rows}</tbody></table>{notes}"
        f"{sources_block(comp.sources, [comp.verified])}</div>"
    )


# --- exam -------------------------------------------------------------------------------


def task_block(task: Task, heading_level: int = 3) -> str:
    """Markdown, so that the heading joins the page's table of contents."""
    hashes = "#" * heading_level
    anchor = "task-" + task.id.replace(".", "-")
    lines = [f"{hashes} Task {task.id}: {inline(task.title)} {{ #{anchor} }}", ""]
    for skill in task.skills:
        badge = ' <span class="dea-new">new in 1.1</span>' if skill.new_in_1_1 else ""
        lines.append(f"- **{skill.id}** {inline(skill.text)}{badge}")
    return "\n".join(lines) + "\n"


def domain_tasks(domain: Domain, heading_level: int = 3) -> str:
    return "\n".join(task_block(t, heading_level) for t in domain.tasks)


def domain_weights(exam: Exam, urls: dict[int, str]) -> str:
    scored = exam.format.questions_scored
    rows = "".join(
        f'<tr><th scope="row"><a href="{esc(urls[d.id])}">Domain {d.id}: {esc(d.title)}</a></th>'
        f"<td>{d.weight}%</td><td>about {round(scored * d.weight / 100)}</td>"
        f"<td>{len(d.tasks)}</td><td>{sum(len(t.skills) for t in d.tasks)}</td></tr>"
        for d in exam.domains
    )
    return (
        '<div class="dea-weights" markdown="0"><table><caption>The four exam domains and their '
        f"share of the {scored} scored questions</caption><thead><tr>"
        '<th scope="col">Domain</th><th scope="col">Weight</th>'
        '<th scope="col">Scored questions (estimate)</th><th scope="col">Task statements</th>'
        f'<th scope="col">Skills</th></tr></thead><tbody>{rows}</tbody></table></div>'
    )


def exam_format(exam: Exam) -> str:
    f = exam.format
    rows = [
        ("Exam", f"{f.name} ({f.code})"),
        ("Exam guide we follow", f"version {f.guide_version}, {f.guide_date}"),
        (
            "Questions",
            f"{f.questions_total} ({f.questions_scored} scored, "
            f"{f.questions_unscored} unscored and not marked)",
        ),
        ("Time", f"{f.minutes} minutes"),
        ("Score", f"scaled from {f.score_min} to {f.score_max:,}; pass at {f.passing_score}"),
    ] + [(t.name, t.description) for t in f.question_types]
    body = "".join(f'<tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    return (
        '<div class="dea-format" markdown="0"><table><caption>The DEA-C01 exam at a glance'
        '</caption><thead><tr><th scope="col">Item</th><th scope="col">Detail</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
        + sources_block(f.sources, []).replace("AWS documentation", "AWS")
        + "</div>"
    )


def figure(title: str, description: str, src: str, width: float, height: float) -> str:
    """A diagram image with its description as alt text and its title as caption."""
    return (
        f'<figure class="diagram">\n<img src="{esc(src)}" alt="{esc(description)}" '
        f'width="{width:.0f}" height="{height:.0f}" loading="lazy">\n'
        f"<figcaption>{esc(title)}</figcaption>\n</figure>"
    )


def link_list(items: Iterable[tuple[str, str, str]]) -> str:
    """Rows of (title, url, description) as an HTML definition list."""
    body = "".join(
        f'<dt><a href="{esc(url)}">{esc(title)}</a></dt><dd>{esc(desc)}</dd>'
        for title, url, desc in items
    )
    return f'<dl class="dea-index" markdown="0">{body}</dl>'


def md_ref(ref: str, from_page: str) -> str:
    """Relative Markdown link target to ref ('store/x.md#a') from the page from_page.

    Markdown links stay .md links so that MkDocs resolves and validates them.
    """
    path, _, anchor = ref.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return f"{rel}#{anchor}" if anchor else rel


def compare_intro(comp: Comparison, taught_at: str) -> str:
    """One Markdown line under a comparison's heading on the compare/ page."""
    label = "Task statement" if len(comp.tasks) == 1 else "Task statements"
    tasks = ", ".join(comp.tasks)
    return f"{label} {tasks}. Taught in [the section that explains it]({taught_at})."


def task_outline(exam: Exam, from_page: str) -> str:
    """Markdown list: each domain, its weight and its task statements, linked to their anchors."""
    lines = []
    for d in exam.domains:
        home = md_ref(f"{d.slug}/index.md", from_page)
        lines.append(f"- **[Domain {d.id}: {inline(d.title)}]({home})** ({d.weight}%)")
        for t in d.tasks:
            anchor = "task-" + t.id.replace(".", "-")
            lines.append(
                f"    - [Task {t.id}: {inline(t.title)}]({home}#{anchor}) ({len(t.skills)} skills)"
            )
    return "\n".join(lines) + "\n"


def _n(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def kinesis_shards_example(
    est: ShardEstimate, more: ShardEstimate, consumers: int, indent: int = 4
) -> str:
    """Markdown bullets of the shard calculation; `more` is the same load with one more reader.

    Continuation lines are indented so that the block can sit inside an admonition.
    """
    headroom = math.ceil(est.shards * 1.25)
    lines = [
        f"- **Writes by volume:** {_n(est.records)} × {_n(est.write_kb / est.records)} KB = "
        f"{_n(est.write_kb)} KB/s. At {_n(est.write_kb_limit)} KB per shard per second that is "
        f"{est.write_kb / est.write_kb_limit:.1f}, so {est.by_volume} shards.",
        f"- **Writes by count:** {_n(est.records)} records/s ÷ {_n(est.records_limit)} per shard "
        f"= {est.by_count} shards.",
        f"- **Reads:** {consumers} shared-throughput consumers each read everything, so "
        f"{_n(est.read_kb)} KB/s leave the stream. At {_n(est.read_kb_limit)} KB per shard per "
        f"second that is {est.read_kb / est.read_kb_limit:.1f}, so {est.by_reads} shards.",
        f"- **Answer:** the largest of the three, {est.shards} shards, plus about 25% headroom "
        f"for peaks ({headroom} shards).",
        "",
        f"Add one more shared-throughput consumer and reads become {_n(more.read_kb)} KB/s, or "
        f"{more.by_reads} shards"
        + (
            ": readers, not writers, now drive the cost."
            if more.by_reads > max(more.by_volume, more.by_count)
            else "; writes still decide the size."
        ),
    ]
    return ("\n" + " " * indent).join(lines)


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{_n(seconds)} seconds"
    minutes = seconds / 60
    return f"{_n(minutes)} minute" + ("" if minutes == 1 else "s")


def glue_cost_example(cost: GlueRunCost, indent: int = 4) -> str:
    """Markdown bullets of a Glue job's DPU-hours and cost, indented to sit in an admonition."""
    billed = _duration(cost.billed_seconds)
    if cost.runtime_seconds < cost.minimum_seconds:
        billed += (
            f" (the run took {_duration(cost.runtime_seconds)}, but every run is billed at least "
            f"{_duration(cost.minimum_seconds)})"
        )
    lines = [
        f"- **Capacity:** {cost.workers} × {cost.worker_type} workers × {_n(cost.dpu_per_worker)} "
        f"DPU each = {_n(cost.dpus)} DPUs.",
        f"- **Billed time:** {billed} = {cost.billed_seconds / 3600:.4g} hours.",
        f"- **DPU-hours per run:** {_n(cost.dpus)} × {cost.billed_seconds / 3600:.4g} = "
        f"{cost.dpu_hours:.4g} DPU-hours.",
        f"- **Cost per run** at the example rate of ${cost.usd_per_dpu_hour:.2f} per DPU-hour: "
        f"${cost.usd_per_run:,.{2 if cost.usd_per_run >= 0.1 else 4}f}.",
    ]
    if cost.runs > 1:
        lines.append(f"- **Per month** ({cost.runs} runs): ${cost.usd_total:,.2f}.")
    return ("\n" + " " * indent).join(lines)


def _kb(value: float) -> str:
    return f"{_n(value)} KB"


def _rounding(item_kb: float, units: int, unit_kb: float, kind: str) -> str:
    """How one item's size turns into whole units of unit_kb for a read or a write."""
    rounded = units * unit_kb
    if rounded == item_kb:
        return f"{_kb(item_kb)} is exactly {units} × {_kb(unit_kb)}, so each {kind} needs {units} "
    return f"{_kb(item_kb)} rounds up to {_kb(rounded)}, so each {kind} needs {units} "


def dynamodb_capacity_example(cap: DynamoCapacity, indent: int = 4) -> str:
    """Markdown bullets of a DynamoDB read and write unit calculation, indented for an admonition.

    Shows each rounding step and every consistency level, so the reader sees why eventually
    consistent reads cost half and transactional requests double.
    """
    reads, writes = cap.reads_per_second, cap.writes_per_second
    r_units, w_units = cap.read_units_per_item, cap.write_units_per_item
    f = cap.read_factors
    parts = cap.min_partitions
    lines = [
        "- **Item size for reads:** "
        + _rounding(cap.item_kb, r_units, cap.read_unit_kb, "strongly consistent read")
        + f"read unit{'s' if r_units != 1 else ''}.",
        "- **Item size for writes:** "
        + _rounding(cap.item_kb, w_units, cap.write_unit_kb, "write")
        + f"write unit{'s' if w_units != 1 else ''}.",
        f"- **Strongly consistent reads:** {_n(reads)} × {r_units} = "
        f"**{cap.rcu('strong'):,} RCU**.",
        f"- **Eventually consistent reads** (the default): {_n(reads)} × {r_units} × "
        f"{f['eventual']:g} = **{cap.rcu('eventual'):,} RCU**.",
        f"- **Transactional reads:** {_n(reads)} × {r_units} × {f['transactional']:g} = "
        f"**{cap.rcu('transactional'):,} RCU**.",
        f"- **Standard writes:** {_n(writes)} × {w_units} = **{cap.wcu('standard'):,} WCU**.",
        f"- **Transactional writes:** {_n(writes)} × {w_units} × "
        f"{cap.write_factors['transactional']:g} = **{cap.wcu('transactional'):,} WCU**.",
        f"- **Partition check:** one partition serves at most {_n(cap.partition_read_units)} "
        f"read units and {_n(cap.partition_write_units)} write units per second, so this load "
        f"needs at least {parts} partition{'s' if parts != 1 else ''}"
        + (
            "; a single hot partition key value could not carry it."
            if parts > 1
            else "; even a single busy key value would fit."
        ),
    ]
    return ("\n" + " " * indent).join(lines)


def _size(mb: float) -> str:
    """Megabytes written the way a reader thinks of them: KB, MB, GB or TB by magnitude."""
    for unit, scale in (("TB", 1024 * 1024), ("GB", 1024), ("MB", 1)):
        if mb >= scale:
            value = mb / scale
            return f"{value:,.0f} {unit}" if value == int(value) else f"{value:,.2f} {unit}"
    return f"{mb * 1024:,.0f} KB"


def usd(value: float) -> str:
    """Dollars as worked examples write them: cents, or more digits for fractions of a cent."""
    if value >= 1:
        return f"${value:,.2f}"
    if value >= 0.01:
        return f"${value:.4f}"
    return f"${value:.6f}"


def athena_cost_example(cost: AthenaQueryCost, label: str = "", indent: int = 4) -> str:
    """Markdown bullets for one Athena query's billed data and cost, indented for an admonition.

    Shows the rounding step and whether the per-query minimum applied, so the reader sees why
    a tiny query still costs something and why a large one costs what it does.
    """
    scanned = _size(cost.scanned_mb)
    if cost.minimum_applies:
        billed = (
            f"{scanned} rounds up to {_size(cost.rounded_mb)}, below the "
            f"{_n(cost.minimum_mb)} MB minimum, so the query is billed "
            f"**{_n(cost.billed_mb)} MB**"
        )
    elif cost.rounded_mb != cost.scanned_mb:
        billed = f"{scanned} rounds up to **{_n(cost.billed_mb)} MB**"
    else:
        billed = f"**{scanned}** ({_n(cost.billed_mb)} MB), a whole number of megabytes"
    prefix = f"{label}: " if label else ""
    lines = [
        f"- {prefix}**Billed data:** {billed}.",
        f"- **Cost per query:** {_n(cost.billed_mb)} MB ÷ {_n(MB_PER_TB)} MB per TB × "
        f"${cost.usd_per_tb:.2f} per TB = **{usd(cost.usd_per_query)}**.",
    ]
    if cost.queries > 1:
        lines.append(
            f"- **{cost.queries:,} queries:** {usd(cost.usd_per_query)} × {cost.queries:,} = "
            f"**{usd(cost.usd_total)}**."
        )
    return ("\n" + " " * indent).join(lines)
