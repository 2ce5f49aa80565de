"""MkDocs hook: the search index is downloaded when a reader first opens search, not on every visit.

Material fetches search/search_index.json as soon as any page loads over HTTP (it waits for the
search dialog only on file://). At full size the index is the largest download of a first
visit, and most readers never search. After the build, this hook changes the one condition in
Material's bundle that starts the download, so that it waits for search to open on every
protocol. If a Material upgrade changes that code, the build stops here rather than silently
shipping the eager download again.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

# Material 9.8's bundle, in two places. The search dialog: merge(of(protocol is not file:),
# the "search" toggle) -> fetch the index. Search highlighting: combineLatest(index, location
# with ?h=) subscribes to the index on every page; it now does so only when ?h= is present.
REWRITES = (
    ('L($(location.protocol!=="file:"),Je("search"))', 'L($(!1),Je("search"))'),
    (
        'z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))])',
        'r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),b(n=>t.pipe(m(o=>[o,n]))))',
    ),
)


def make_lazy(bundle: str) -> str:
    for eager, lazy in REWRITES:
        if lazy in bundle and eager not in bundle:
            continue  # already changed (a dirty rebuild keeps unchanged assets)
        if eager not in bundle:
            raise PluginError(
                "lazy_search: Material's bundle no longer contains the eager search-index "
                f"fetch {eager!r}; update macros/lazy_search.py for this Material version"
            )
        bundle = bundle.replace(eager, lazy, 1)
    return bundle


def on_post_build(config, **_: object) -> None:  # noqa: ANN001 - MkDocs' own config type
    scripts = Path(config["site_dir"]) / "assets" / "javascripts"
    bundles = sorted(scripts.glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise PluginError(f"lazy_search: expected one Material bundle in {scripts}: {bundles}")
    text = bundles[0].read_text(encoding="utf-8")
    bundles[0].write_text(make_lazy(text), encoding="utf-8")
