"""mkdocs-macros module: wiring only. Loads the catalog once and registers the macros."""

from __future__ import annotations

import time
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import calculators, coverage, diagrams, lifecycle, practice, render, worked_examples
from .catalog import Catalog, DataError, load_catalog
from .export import write_exports
from .page_errors import PageErrors
from .timing import Timings

ROOT = Path(__file__).resolve().parent.parent


def _unknown(kind: str, value: object, known: object) -> KeyError:
    listed = ", ".join(str(k) for k in sorted(known))  # type: ignore[call-overload]
    return KeyError(f"unknown {kind} {value!r}; known: {listed}")


def define_env(env) -> None:  # noqa: ANN001 - the plugin's own object
    timings = Timings()
    started = time.perf_counter()
    try:
        cat: Catalog = load_catalog(ROOT)
    except DataError as exc:
        # A PluginError stops the build with the message alone, without a traceback.
        raise PluginError(str(exc)) from None
    env.variables["catalog"] = cat
    # Glossary terms become <abbr> tooltips on every page. Handing them to the abbr extension as
    # its glossary, rather than appending a definition line per term to every page, spares
    # Markdown's block parser thousands of extra blocks (about a third of the build).
    glossary = {g.term: g.expansion for g in cat.glossary}
    env.conf["mdx_configs"].setdefault("abbr", {})["glossary"] = glossary
    marks = coverage.scan_docs(ROOT / "docs")
    problems = coverage.unknown_skills(marks, cat.skills)
    if problems:
        raise PluginError("\n".join(problems))
    timings.add("load", started)  # the catalog and the scan of the pages for skill marks
    env.variables["timings"] = timings

    def here() -> str:
        return env.page.file.src_uri if env.page else "index.md"

    def url(ref: str) -> str:
        # Read at call time: the offline plugin turns directory URLs off after define_env runs.
        return render.page_url(ref, here(), env.conf["use_directory_urls"])

    def service(sid: str):
        if sid not in cat.services:
            raise _unknown("service id", sid, cat.services)
        return cat.services[sid]

    @env.macro
    def fact(service_id: str, key: str) -> str:
        return render.fact(service(service_id), key)

    @env.macro
    def service_facts(service_id: str) -> str:
        return render.service_facts(service(service_id))

    @env.macro
    def service_card(service_id: str) -> str:
        svc = service(service_id)
        names = {r: cat.services[r].name for r in svc.related}
        urls = {r: url(cat.services[r].page) for r in svc.related}
        return render.service_card(svc, names, urls)

    @env.macro
    def compare(comparison_id: str) -> str:
        if comparison_id not in cat.comparisons:
            raise _unknown("comparison id", comparison_id, cat.comparisons)
        return render.comparison(cat.comparisons[comparison_id])

    @env.macro
    def task(task_id: str, heading_level: int = 3) -> str:
        if task_id not in cat.tasks:
            raise _unknown("task id", task_id, cat.tasks)
        return render.task_block(cat.tasks[task_id], heading_level)

    @env.macro
    def domain_tasks(domain_id: int, heading_level: int = 3) -> str:
        domains = {d.id: d for d in cat.exam.domains}
        if domain_id not in domains:
            raise _unknown("domain", domain_id, domains)
        return render.domain_tasks(domains[domain_id], heading_level)

    @env.macro
    def domain_weights() -> str:
        urls = {d.id: url(f"{d.slug}/index.md") for d in cat.exam.domains}
        return render.domain_weights(cat.exam, urls)

    @env.macro
    def task_outline() -> str:
        return render.task_outline(cat.exam, here())

    @env.macro
    def exam_format() -> str:
        return render.exam_format(cat.exam)

    @env.macro
    def comparison_index() -> str:
        return render.link_list((c.title, f"#{c.id}", c.caption) for c in cat.comparisons.values())

    @env.macro
    def services_index() -> str:
        items = sorted(
            cat.services.values(),
            key=lambda s: s.name.removeprefix("Amazon ").removeprefix("AWS ").lower(),
        )
        return render.link_list((s.name, url(s.page), s.summary) for s in items)

    @env.macro
    def comparisons_all() -> str:
        blocks = []
        for c in cat.comparisons.values():
            taught = render.md_ref(c.page, here())
            blocks.append(
                f"## {render.inline(c.title)} {{ #{c.id} }}\n\n"
                f"{render.compare_intro(c, taught)}\n\n{render.comparison(c, searchable=False)}\n"
            )
        return "\n".join(blocks)

    @env.macro
    def skills(*skill_ids: str) -> str:
        """Names the exam skills the section above teaches; the coverage map collects them."""
        for sid in skill_ids:
            if sid not in cat.skills:
                raise _unknown("skill id", sid, cat.skills)
        coverage_url = url("exam/coverage.md")
        return coverage.skill_tags(((s, cat.skills[s].text) for s in skill_ids), coverage_url)

    @env.macro
    def coverage_summary() -> str:
        return coverage.summary(coverage.coverage(cat, marks))

    @env.macro
    def domain_coverage() -> str:
        """Per domain: pages, skills taught and practised, questions (the home page)."""
        urls = {d.id: url(f"{d.slug}/index.md") for d in cat.exam.domains}
        pages = {
            d.id: sum(1 for p in (ROOT / "docs" / d.slug).glob("*.md") if p.name != "index.md")
            for d in cat.exam.domains
        }
        return coverage.domain_table(cat, coverage.coverage(cat, marks), urls, pages)

    @env.macro
    def coverage_map() -> str:
        cov = coverage.coverage(cat, marks)

        def url_of(mark: coverage.Mark) -> str:
            ref = f"{mark.page}#{mark.anchor}" if mark.anchor else mark.page
            return url(ref)

        blocks = []
        for domain in cat.exam.domains:
            blocks.append(f"## Domain {domain.id}: {render.inline(domain.title)}\n")
            blocks.extend(coverage.task_table(cat, t.id, cov, url_of) + "\n" for t in domain.tasks)
        return "\n".join(blocks)

    @env.macro
    def diagram(name: str) -> str:
        """An architecture diagram rendered from docs/diagrams/<name>.yaml (make diagrams)."""
        path = diagrams.DIAGRAM_DIR / f"{name}.yaml"
        if not path.is_file():
            raise _unknown("diagram", name, [p.stem for p in diagrams.sources()])
        try:
            drawing = diagrams.parse(path)
        except diagrams.DiagramError as exc:
            raise PluginError(str(exc)) from None
        _, width, height = diagrams.layout(drawing)
        src = render.asset_url(f"diagrams/{name}.svg", here(), env.conf["use_directory_urls"])
        return render.figure(drawing.title, drawing.description, src, width, height)

    @env.macro
    def kinesis_shards_example(records_per_second: int, record_kb: float, consumers: int) -> str:
        kds = service("kinesis-data-streams")
        est = calculators.kinesis_shards(kds, records_per_second, record_kb, consumers)
        more = calculators.kinesis_shards(kds, records_per_second, record_kb, consumers + 1)
        return render.kinesis_shards_example(est, more, consumers)

    @env.macro
    def dynamodb_capacity_example(
        item_kb: float, reads_per_second: float, writes_per_second: float
    ) -> str:
        cap = calculators.dynamodb_capacity(
            service("amazon-dynamodb"), item_kb, reads_per_second, writes_per_second
        )
        return render.dynamodb_capacity_example(cap)

    # Practice tools (docs/practice/): quizzes, mock exam, flashcards, progress.
    practice.register(env, cat, here)

    @env.macro
    def glue_cost_example(
        worker_type: str, workers: int, runtime_seconds: float, runs: int = 1
    ) -> str:
        cost = calculators.glue_run_cost(
            service("aws-glue"), worker_type, workers, runtime_seconds, runs
        )
        return render.glue_cost_example(cost)

    @env.macro
    def athena_cost_example(
        scanned: float, unit: str = "GB", queries: int = 1, label: str = ""
    ) -> str:
        """A worked Athena per-query cost: rounding, the per-query minimum and the TB rate."""
        athena = service("amazon-athena")
        cost = calculators.athena_query_cost(athena, calculators.to_bytes(scanned, unit), queries)
        return render.athena_cost_example(cost, label)

    @env.macro
    def lifecycle_example(transitions: list, expire_days: int, first: str = "STANDARD") -> str:
        """An object's stays per class under a lifecycle rule, with minimum-duration charges."""
        stays = lifecycle.lifecycle_stays(service("amazon-s3"), transitions, expire_days, first)
        return lifecycle.lifecycle_example_md(stays)

    @env.macro
    def lambda_concurrency_example(requests_per_second: float, duration_ms: float) -> str:
        """A worked Lambda concurrency estimate, against the default quota and scaling rate."""
        est = calculators.lambda_concurrency(
            service("aws-lambda"), requests_per_second, duration_ms
        )
        return worked_examples.lambda_concurrency_md(est)

    @env.macro
    def s3_cost_example(
        objects: int, object_kb: float, classes: list, days: int = 30, retrieval_gb: float = 0
    ) -> str:
        """The same objects priced in several S3 storage classes, minimums and fees included."""
        s3 = service("amazon-s3")
        costs = [
            calculators.s3_cost(s3, c, objects, object_kb, days, retrieval_gb) for c in classes
        ]
        return worked_examples.s3_costs_md(costs)

    @env.macro
    def firehose_flush_example(
        mib_per_second: float, buffer_mib: float, buffer_seconds: float
    ) -> str:
        """When a Firehose buffer flushes (size or time) and how big the objects are."""
        flush = calculators.firehose_flush(
            service("amazon-data-firehose"), mib_per_second, buffer_mib, buffer_seconds
        )
        return worked_examples.firehose_flush_md(flush)

    @env.macro
    def calculator(name: str, title: str) -> str:
        """A browser calculator (practice/calculators.md) with its limits from the data."""
        if name not in calculators.CALCULATORS:
            raise _unknown("calculator", name, calculators.CALCULATORS)
        calc = calculators.CALCULATORS[name]
        return practice.calculator(name, title, calc.limits(service(calc.service)))

    @env.macro
    def num(value: int) -> str:
        """A whole number with thousands separators, as the guide writes numbers."""
        return f"{value:,}"

    @env.macro
    def stats() -> dict[str, int]:
        return {
            "services": len(cat.services),
            "comparisons": len(cat.comparisons),
            "questions": len(cat.questions),
            "tasks": len(cat.tasks),
            "skills": len(cat.skills),
        }

    # Last: a wrong argument in a page becomes "page:line: macro(): message", not a traceback.
    errors = PageErrors()
    errors.wrap_all(env.macros, __name__)
    env.variables["page_errors"] = errors


def on_pre_page_macros(env) -> None:  # noqa: ANN001
    env.variables["timings"].page_started()
    # Each page is compiled as a template and rendered once, so Jinja's constant-folding pass
    # costs more than it saves (about a tenth of the compile time); the output is the same.
    env.env.optimized = False


def on_post_page_macros(env) -> None:  # noqa: ANN001
    env.variables["page_errors"].raise_for(env.page.file.src_uri, env.page.file.abs_src_path)
    env.variables["timings"].page_done()


def on_post_build(env) -> None:  # noqa: ANN001
    started = time.perf_counter()
    write_exports(env.variables["catalog"], Path(env.conf["site_dir"]))
    practice.on_post_build(env)
    timings: Timings = env.variables["timings"]
    timings.add("export", started)
    timings.write()
