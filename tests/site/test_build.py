"""One strict build of the real site: no warnings, every page in the nav, no third-party asset."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import DOCS, ROOT, Build
from tests.site.htmlindex import index_site


def test_strict_build_has_no_warning(build: Build) -> None:
    assert build.returncode == 0, build.log
    warnings = [line for line in build.log.splitlines() if "WARNING" in line]
    assert not warnings, "\n".join(warnings)


def _nav_pages(items) -> list[str]:
    out: list[str] = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                out += [value] if isinstance(value, str) else _nav_pages(value)
    return out


def test_every_page_is_in_the_nav() -> None:
    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    nav = set(_nav_pages(config["nav"]))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert pages - nav == set(), "pages missing from nav in mkdocs.yml"
    assert nav - pages == set(), "nav entries without a page"


def test_every_domain_and_service_page_is_built(site: Path, catalog) -> None:
    for domain in catalog.exam.domains:
        assert (site / domain.slug / "index.html").is_file()
    for service in catalog.services.values():
        page = service.page.split("#")[0].removesuffix(".md")
        assert (site / page / "index.html").is_file(), service.id


def test_custom_404_page(site: Path) -> None:
    text = (site / "404.html").read_text(encoding="utf-8")
    assert "Page not found" in text


def test_no_asset_is_loaded_from_another_site(site: Path) -> None:
    offenders = []
    for page, info in index_site(site).items():
        for url in info.assets:
            if re.match(r"^(https?:)?//", url):
                offenders.append(f"{page.relative_to(site)}: {url}")
    assert not offenders, "\n".join(offenders)
    css = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.css"))
    assert "fonts.googleapis.com" not in css and "@import url(http" not in css


def test_site_description_is_set(site: Path) -> None:
    assert re.search(
        r'<meta name="description" content="[^"]{50,}"',
        (site / "index.html").read_text(encoding="utf-8"),
    )


@pytest.mark.parametrize("name", ["index.html", "compare/index.html"])
def test_tables_have_captions_and_header_scopes(site: Path, name: str) -> None:
    text = (site / name).read_text(encoding="utf-8")
    # Tables rendered from data carry a caption; Markdown tables in prose cannot.
    tables = [t for t in re.findall(r"<table>.*?</table>", text, flags=re.S) if "<caption>" in t]
    assert tables, f"no data table on {name}"
    for table in tables:
        assert 'scope="col"' in table and 'scope="row"' in table
