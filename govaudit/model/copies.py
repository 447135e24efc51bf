"""One document served at two addresses.

CMSs serve an article at its static address and at a dynamic one: 博达 VSB's `/info/1041/4012.htm`
is also `content.jsp?urltype=news.NewsContentUrl&wbtreeid=1041&wbnewsid=4012`, and a page (or an
interpretation's 相关文件 link) may use either. To a reader that is one document; two documents
would split its links (the interpretation links one copy, the list shows the other) and count it
twice. Pages with the same title, the same metadata and the same body text are copies of one
document when exactly one of them sits at an address without a query: they are kept there, with
the links of all, and links to a copy lead to the kept address. 万户 ezEIP serves a document at
one script whose column parameter may be left out (`info.aspx?itemid=2301&lcid=139`, also
`info.aspx?itemid=2301`; its lists write the first, a home page block may write the second):
copies at one script whose queries only add parameters to one another are one document too, kept
at the address with the most (the column's own). Two such pages at static addresses, or at one
script in two columns (`&lcid=31`, `&lcid=33`), are not merged: a notice cross-posted to two
columns (通知公告 and 政策文件) is each column's document, and merging would take it from one
column's newest date and class. PbootCMS's 兼容模式 writes every address as a query on the site's
folder, linked both with and without its index script (`/?tzgg/37.html`, `/index.php?tzgg/37.html`):
one address, so one document, kept at the shorter. Jspxcms generates an article at `/gfxwj/1280.html` and serves it
at the script address `/info/1280.jspx` as well: no query on either, but one static address, so one document, kept
there. ThinkPHP (ThinkCMF) writes parameters as path pairs: a list links `/portal/article/index/id/340/cid/3.html`, a side
box `/portal/article/index/id/340.html` — one route whose second address only leaves out a pair, so one document, kept at
the longer (the lists').

A redirect and its target are one fetch indexed at two addresses (one WARC record): always one
document, kept at the address without a query, else the shorter. Fetched apart (WordPress's shortlink
after the permalink it answers 301 with: two records, the redirect's read off the target's answer),
they are one document too, kept at the target's address, whatever the addresses' shapes.

Addresses need not say which copy is the alias: a site may serve its script copy at a static-looking
address too (`/show/1058.html` beside the generated `/show/1010.html`). Copies in one column of which
exactly one is among the column's listed rows are one document, kept at the listed address: the other is
reached only through links (a 解读's 相关文件), and a notice cross-posted to two columns is listed in both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from govaudit.model.classify import directory_alias, dynamic_address
from govaudit.model.types import Document

_MIN_TEXT = 20  # characters of body text before two pages can be told to be one document


def _copies(docs: list[Document], text_of: Callable[[str], str],
            listed: frozenset[str]) -> list[tuple[list[Document], Document]]:
    """Sets of two or more copies with the copy kept; body texts are read only for documents that share a
    title. `listed`: the addresses the site's columns list as rows."""
    by_title: dict[tuple[str, tuple[tuple[str, str], ...]], list[Document]] = {}
    for d in docs:
        if d.kind != "static" and d.title:
            by_title.setdefault((d.title, tuple(sorted(d.metadata.items()))), []).append(d)
    out = []
    for same in by_title.values():
        if len(same) < 2:
            continue
        by_text: dict[str, list[Document]] = {}
        for d in same:
            if len(text := " ".join(text_of(d.url).split())) >= _MIN_TEXT:
                by_text.setdefault(text, []).append(d)
        for copies in by_text.values():
            if len(copies) < 2:
                continue
            if (sum("?" not in d.url for d in copies) == 1 or _one_static(copies) or _one_script(copies)
                    or _one_directory(copies) or _one_route(copies)):
                out.append((copies, _kept(copies)))
            elif _one_listed(copies, listed):
                out.append((copies, next(d for d in copies if d.url in listed)))
    return out


def _pairs(url: str) -> frozenset[str]:
    return frozenset(p for p in urlsplit(url).query.split("&") if p)


def _one_static(copies: list[Document]) -> bool:
    """True when exactly one copy sits at a static address, the others at a script's without a query: Jspxcms
    generates an article as `/gfxwj/1280.html` and serves it at `/info/1280.jspx` too (Info.getUrlDynamic), which
    an editor may paste into a 解读's 相关文件 link."""
    return sum(not dynamic_address(d.url) for d in copies) == 1


def _one_script(copies: list[Document]) -> bool:
    """True when the copies are one script's address whose queries each add parameters to the
    previous one's (`info.aspx?itemid=7`, `info.aspx?itemid=7&lcid=31`)."""
    if len({urlsplit(d.url)._replace(query="") for d in copies}) != 1:
        return False
    chain = sorted(map(_pairs, (d.url for d in copies)), key=len)
    return all(a < b for a, b in zip(chain, chain[1:]))


def _route_pairs(url: str) -> tuple[str, list[str]] | None:
    """(host and extension, path segments) of an address without a query, or None."""
    parts = urlsplit(url)
    if parts.query:
        return None
    stem, dot, ext = parts.path.rpartition(".")
    if not dot or "/" in ext:
        stem, ext = parts.path, ""
    return f"{parts.netloc} {ext}", stem.strip("/").split("/")


def _one_route(copies: list[Document]) -> bool:
    """True when the copies are one route of a framework writing its parameters as path pairs, each address adding
    `/key/value` pairs to the previous one's: ThinkPHP (ThinkCMF) lists link `/portal/article/index/id/340/cid/3.html`,
    a side box the same article as `/portal/article/index/id/340.html`."""
    read = [_route_pairs(d.url) for d in copies]
    if any(r is None for r in read) or len({r[0] for r in read if r}) != 1:
        return False
    chain = sorted((r[1] for r in read if r), key=len)
    for a, b in zip(chain, chain[1:]):
        extra = b[len(a):]
        if b[: len(a)] != a or not extra or len(extra) % 2 or not all(key.isalpha() for key in extra[::2]):
            return False
    return True


def _one_directory(copies: list[Document]) -> bool:
    """True when the copies are one address written with and without its folder's index script:
    PbootCMS links `/?tzgg/37.html` from its lists and `/index.php?tzgg/37.html` from other blocks."""
    return len({directory_alias(d.url) or d.url for d in copies}) == 1


def _one_listed(copies: list[Document], listed: frozenset[str]) -> bool:
    """True when the copies are in one column and exactly one of them is a row of a column's list."""
    return len({d.column_url for d in copies} - {None}) == 1 and sum(d.url in listed for d in copies) == 1


def _kept(copies: list[Document]) -> Document:
    """The copy kept: the one without a query, else (one script) the one with the most parameters; of
    those, one at a static address before a script's, then the shorter address."""
    if all("?" in d.url for d in copies) and _one_script(copies):
        return max(copies, key=lambda d: len(_pairs(d.url)))
    if _one_route(copies):  # the lists' address, with the column's parameter
        return max(copies, key=lambda d: len(d.url))
    return min(copies, key=lambda d: ("?" in d.url, dynamic_address(d.url), len(d.url), d.url))


def _fetched_once(docs: list[Document]) -> list[list[Document]]:
    """Sets of documents read off one WARC record (a redirect and its target)."""
    by_record: dict[str, list[Document]] = {}
    for d in docs:
        if d.evidence.record:
            by_record.setdefault(d.evidence.record, []).append(d)
    return [same for same in by_record.values() if len(same) > 1]


def _redirected(docs: list[Document], seen: set[str]) -> list[list[Document]]:
    """Sets of a document and the documents fetched apart at an address that redirected to it (their own records, read
    off its answer: a shortlink fetched after the permalink), the target first."""
    at = {d.url: d for d in docs}
    sets: dict[str, list[Document]] = {}
    for d in docs:
        target = d.evidence.url
        if target != d.url and target in at and not {target, d.url} & seen:
            sets.setdefault(target, [at[target]]).append(d)
    return list(sets.values())


def merge_copies(docs: list[Document], text_of: Callable[[str], str], listed: frozenset[str] = frozenset()) -> list[Document]:
    """`docs` with each set of copies (see the module docstring) merged into one document, and
    every document's links to a dropped copy pointed at the kept one. `text_of` gives a
    document's body text; `listed` the addresses the site's columns list as rows."""
    kept_for: dict[str, str] = {}
    merged: dict[str, Document] = {}
    once = _fetched_once(docs)
    seen = {d.url for same in once for d in same}
    redirected = _redirected(docs, seen)
    seen |= {d.url for same in redirected for d in same}
    sets = [(same, _kept(same)) for same in once] + [(same, same[0]) for same in redirected]
    for copies, keep in sets + _copies([d for d in docs if d.url not in seen], text_of, listed):
        for d in copies:
            kept_for[d.url] = keep.url
        links = {u for d in copies for u in d.links_to}
        merged[keep.url] = replace(keep, links_to=sorted(links))
    if not kept_for:
        return docs
    out = []
    for d in docs:
        if kept_for.get(d.url, d.url) != d.url:
            continue  # a copy of the kept document
        d = merged.get(d.url, d)
        links = sorted({kept_for.get(u, u) for u in d.links_to})
        out.append(d if links == d.links_to else replace(d, links_to=links))
    return out
