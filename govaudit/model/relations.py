"""Which interpretation (政策解读) explains which document: by hyperlink, by a 《title》
mention, or by the document's 文号 cited in the interpretation; with the direction of the
hyperlinks and both dates. A document's link to an interpretation that three or more documents
link (a sidebar of the newest interpretations) relates them only with other evidence; so does the link of an
interpretation that links three or more documents (a box of policy content beside every interpretation)."""

from __future__ import annotations

import re

from govaudit.htmlvocab import INTERPRETATION_TITLE, PRENEXT_LABEL
from govaudit.model.extract.wenhao import find_wenhao
from govaudit.model.types import Document, Interpretation

_QUOTED = re.compile(r"《([^》]{4,})》")
# An article's previous/next links (DedeCMS {dede:prenext}: 上一篇：<a>《…》政策解读</a>; TRS and
# Hanweb 上一条/下一条) name the column's neighbours, not what the page explains.
_PRENEXT = re.compile(PRENEXT_LABEL + r"\s*[：:]\s*[^《》\n]{0,20}《[^《》]*》")
TARGET_KINDS = ("normative", "policy")
# Documents linking one interpretation before the link alone stops relating them (see below).
_SHARED_BOX = 3


def title_names(title: str) -> set[str]:
    """What another page may call a page titled `title`: the title without 《》, and the names it quotes."""
    return {title.replace("《", "").replace("》", "").strip(), *_QUOTED.findall(title)}


def quoted_names(text: str) -> set[str]:
    """The 《names》 a text quotes."""
    return {q.strip() for q in _QUOTED.findall(text)}


# An interpretation's title around the name of what it explains, unquoted: 一图读懂X, 图解X, 图解：X, X解读,
# 关于X的解读, X政策解读 (a picture interpretation often shows no text that quotes its document).
_INTERPRETED = re.compile(r"^(?:(?:一图读懂|图解|图说|政策解读|解读)\s*[：:]?|关于)?\s*(?P<name>[^《》]{4,}?)\s*(?:的)?(?:政策)?(?:解读|图解)?"
                          r"(?:（图解）|\(图解\))?$")


def interpreted_name(title: str) -> str | None:
    """The unquoted name an interpretation's title gives what it explains (一图读懂青山县家庭经济困难学生认定办法
    → 青山县家庭经济困难学生认定办法), or None: a title without an interpretation word, or quoting its name."""
    if "《" in title or not INTERPRETATION_TITLE.search(title):
        return None
    m = _INTERPRETED.match(title.strip())
    name = m.group("name") if m else None
    return name if name and not INTERPRETATION_TITLE.search(name) else None


def _names(doc: Document) -> set[str]:
    """What an interpretation may call `doc`: its title without 《》, and the names it quotes."""
    return title_names(doc.title)


def interpretations(docs: list[Document], texts: dict[str, str]) -> list[Interpretation]:
    """Relations between interpretation documents and normative/policy documents.
    `texts` maps a document URL to its body text (for 《title》 and 文号 mentions)."""
    interps = [d for d in docs if d.kind == "interpretation"]
    targets = {d.url: d for d in docs if d.kind in TARGET_KINDS}
    by_name: dict[str, list[Document]] = {}
    for d in targets.values():
        for name in _names(d):
            by_name.setdefault(name, []).append(d)
    relations: dict[tuple[str, str], set[str]] = {}
    forward: set[tuple[str, str]] = set()  # document -> interpretation hyperlinks
    backward: set[tuple[str, str]] = set()
    for i in interps:
        text = f"{i.title}\n{_PRENEXT.sub(' ', texts.get(i.url, ''))}"
        for quoted in [*_QUOTED.findall(text), *filter(None, [interpreted_name(i.title)])]:
            for doc in by_name.get(quoted.strip(), []):
                relations.setdefault((i.url, doc.url), set()).add("title")
        for mention in find_wenhao(text):
            for doc in targets.values():
                if doc.wenhao and mention.endswith(doc.wenhao):
                    relations.setdefault((i.url, doc.url), set()).add("wenhao")
    for i in interps:
        linked = set(i.links_to) & targets.keys()
        for url in i.links_to:
            if url not in targets:
                continue
            # PublicCMS's 相关推荐 beside every article, filled by a tag search: each interpretation links most of
            # the site's policy documents. An interpretation linking three or more documents relates none of them
            # by the link alone (its own document is named in its title or text too).
            if len(linked) >= _SHARED_BOX and (i.url, url) not in relations:
                continue
            relations.setdefault((i.url, url), set()).add("hyperlink")
            backward.add((i.url, url))
    interp_urls = {i.url for i in interps}
    linked_from: dict[str, int] = {}  # interpretation -> how many documents link it
    for d in targets.values():
        for url in set(d.links_to) & interp_urls:
            linked_from[url] = linked_from.get(url, 0) + 1
    for d in targets.values():
        for url in d.links_to:
            if url not in interp_urls:
                continue
            # A box of the newest interpretations shown beside every document (a 政策解读 sidebar)
            # links each of them from many documents: such a link alone relates none of them.
            if linked_from[url] >= _SHARED_BOX and (url, d.url) not in relations:
                continue
            relations.setdefault((url, d.url), set()).add("hyperlink")
            forward.add((url, d.url))
    dates = {d.url: d.pub_date for d in docs}
    out = []
    for (i_url, d_url), via in sorted(relations.items()):
        f, b = (i_url, d_url) in forward, (i_url, d_url) in backward
        direction = "both" if f and b else "document_to_interpretation" if f else "interpretation_to_document" if b else "unlinked"
        out.append(Interpretation(i_url, d_url, sorted(via), direction, dates[i_url], dates[d_url]))
    return out
