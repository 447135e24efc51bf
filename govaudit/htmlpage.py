"""Decode and parse fetched HTML, and list its links. Shared by crawl and build.

Everything fetched is hostile input: decoding never raises, parsing is lxml's
forgiving HTML parser, and nothing is ever executed.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
from charset_normalizer import from_bytes

from govaudit import listdata, urls
from govaudit.htmlvocab import ANCHOR_ADDRESS_ATTRS, PRENEXT_LABEL
from govaudit.jsurls import attribute_address, jump_menu, option_address, script_link
from govaudit.model.extract.metadata import FIELD_ALIASES
from govaudit.model.extract.text import is_placeholder
from govaudit.urls import normalize_resolved, resolve, resolved_kind, viewed_file

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)
# GB2312 and GBK pages routinely contain characters outside those sets.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "windows-1252"}


# Tags whose address a page shows inside itself (`<iframe src="/inc/footer.html">`, a frameset's frames): part of the
# page, not a link a reader follows away from it.
FRAME_TAGS = frozenset(("iframe", "frame"))


@dataclass(frozen=True)
class RawLink:
    url: str  # normalised absolute URL: the key to compare and look up
    text: str
    tag: str  # a | area | frame | img | iframe | embed | object | option (a jump menu's) | link | script
    kind: str  # page | attachment | image
    href: str = ""  # the absolute URL as linked (urls.resolve): the one to fetch and cite

    @property
    def target(self) -> str:
        """The URL to fetch: as linked, else the key."""
        return self.href or self.url


def _canonical(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    return _SUPERSETS.get(codec, _SUPERSETS.get(name.strip().lower(), codec))


def detect_charset(body: bytes, content_type: str | None = None) -> str:
    """Charset to decode `body` with: BOM, header, <meta>, then detection."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m and (name := _canonical(m.group(1))):
            return name
    m = _META_CHARSET.search(body[:4096])
    if m and (name := _canonical(m.group(1).decode("ascii", "replace"))):
        return name
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(body[:65536]).best()
    return _canonical(best.encoding if best else None) or "gb18030"


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode `body`; returns (text, charset used). Undecodable bytes become U+FFFD."""
    charset = detect_charset(body, content_type)
    text = body.decode(charset, errors="replace")
    return text.lstrip("\ufeff"), charset


# Server-side includes leave a header's own </body></html> mid-page (www.gov.cn does);
# libxml2 drops everything after it. The parser closes both at the end anyway.
_EARLY_CLOSE = re.compile(r"</\s*(?:html|body)\s*>", re.I)
# XHTML templates start with <?xml ... encoding="utf-8"?>; lxml refuses a decoded str that
# declares an encoding, so the declaration goes (the text is already decoded).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


# Hanweb JCMS lists: rows inside `<script type="text/xml"><datastore><recordset><record>
# <![CDATA[<li>…</li>]]></record>…`, put into the page by script. The records are the list.
_XML_ISLAND = re.compile(r"<script\b[^>]*?\btype\s*=\s*[\"']?text/xml[\"']?[^>]*>(.*?)</script\s*>", re.I | re.S)
_RECORD = re.compile(r"<record\b[^>]*>(.*?)</record\s*>", re.I | re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


def _island(match: re.Match[str]) -> str:
    """A script island's records as ordinary markup, in place of the script (which lxml would drop)."""
    records = _RECORD.findall(match.group(1))
    if not records:
        return match.group(0)
    rows = []
    for record in records:
        parts = _CDATA.findall(record)
        # Without CDATA the record's markup is escaped (&lt;li&gt;) or plain.
        rows.append("".join(parts) if parts else html.unescape(record) if "&lt;" in record else record)
    return '<div class="script-island">' + "".join(rows) + "</div>"


# Lists written as a JSON literal into the page's own script (listdata.script_list); a script
# loading a file (src=…) holds none.
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.I | re.S)


def _json_island(match: re.Match[str]) -> str:
    """A script's JSON document list as ordinary rows, in place of the script; other scripts stay.
    A literal stating more rows than it holds is one page of its list (a Vue page's first rows, the rest
    only answers of the API its pager calls): its stated count and pages follow the rows as a visible
    pager states them, so the pages not seen stay unobserved (a report on page 2 is not missing)."""
    found = listdata.script_list(match.group(1))
    if found is None:
        return match.group(0)
    pages = listdata.page_total(found)
    pager = f'<div class="script-island-pager">共{found.total}条 共{pages}页</div>' if pages else ""
    return f'<div class="script-island"><ul>{listdata.rows_html(found)}</ul>{pager}</div>'


def expand_script_islands(text: str) -> str:
    """`text` with each `<script type="text/xml">` list island, and each script holding a JSON
    document list, replaced by its records' HTML."""
    if "text/xml" in text or "TEXT/XML" in text:  # most pages: one literal scan, no regex
        text = _XML_ISLAND.sub(_island, text)
    if listdata.may_hold_script_list(text):
        text = _INLINE_SCRIPT.sub(_json_island, text)
    return text


def _parseable(text: str) -> str:
    text = expand_script_islands(text)
    return _EARLY_CLOSE.sub("", _XML_DECLARATION.sub("", text, count=1)) or "<html></html>"


# huge_tree: libxml2 otherwise stops at a text node, attribute or comment over 10 MB (an article
# with a pasted scan as a base64 image, a padded list page) and drops the rest of the page, rows
# and footer with it, silently. Bodies are capped (CrawlSettings.max_body_bytes), so memory is too.
_HTML_PARSER = lxml.html.HTMLParser(huge_tree=True)


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse decoded HTML; an empty or non-HTML document yields an empty <html>."""
    try:
        return lxml.html.document_fromstring(_parseable(text), parser=_HTML_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html></html>")


# Plain elements: lxml.html's per-element class lookup costs more than the model's walk.
# Comments are dropped at parse time; libxml2 builds the same tree around them (their
# tails join the neighbouring text), so the page text is unchanged. No table of id
# attributes is kept (about a seventh of the parse): nothing looks elements up by id().
_PARSER = lxml.etree.HTMLParser(remove_comments=True, collect_ids=False, huge_tree=True)


def parse_document(text: str) -> lxml.etree._Element:
    """parse_html's tree as plain lxml.etree elements without comments (the model's parse)."""
    try:
        root = lxml.etree.fromstring(_parseable(text), _PARSER)
    except (lxml.etree.ParserError, ValueError):
        root = None
    return root if root is not None else lxml.etree.fromstring("<html></html>", _PARSER)


# What lxml.html's text_content() runs; works on plain elements too.
_STRING = lxml.etree.XPath("string()", smart_strings=False)


def text_content(el: lxml.etree._Element) -> str:
    """All text inside `el` (lxml.html's text_content()), without an XPath call for the
    common element that holds only text."""
    return (el.text or "") if not len(el) else _STRING(el)


# Interned links: site chrome repeats the same links on every page, and a frozen
# dataclass costs more to build than to look up.
_LINKS: dict[tuple[str, str, str], RawLink] = {}


_new_link, _set_attr = object.__new__, object.__setattr__


def _link(href: str, text: str, tag: str) -> RawLink:
    link = _LINKS.get((href, text, tag))
    if link is None:
        if len(_LINKS) >= 65536:
            _LINKS.clear()
        url = normalize_resolved(href)
        kind = "image" if tag == "img" else resolved_kind(url)
        # RawLink(url=…, …) without the frozen dataclass's five object.__setattr__ calls
        link = _new_link(RawLink)
        _set_attr(link, "__dict__", {"url": url, "text": text, "tag": tag, "kind": kind, "href": href})
        _LINKS[href, text, tag] = link
    return link


# href or src as written -> the URL to fetch, or None for a link that is no HTTP(S) link
# (javascript:, mailto:, a template placeholder), for the answers that do not depend on the
# page's base: refusals and absolute links (most links; a site's chrome repeats them on every
# page). Relative links are left to urls.resolve, whose caches are per directory and origin.
_HREFS: dict[str, str | None] = {}
_HREFS_KEPT = 8192  # entries: the chrome's links stay, a large site's document links come and go
_UNSEEN = object()
_SCHEME_HEADS = frozenset("jJmMtT#")  # first letters of the schemes (and `#`) element_link refuses


def _href(raw: str, base: str) -> str | None:
    href = _HREFS.get(raw, _UNSEEN)
    if href is not _UNSEEN:
        return href  # type: ignore[return-value]
    # the prefix test only where it can hold: a first letter of those schemes, or blanks it strips
    if (raw[0] in _SCHEME_HEADS or raw[0].isspace()) and raw.lstrip()[:11].lower().startswith(
            ("javascript:", "mailto:", "tel:", "#")) or is_placeholder(raw):
        href = None
    else:
        href = resolve(raw, base)
        if href is not None and "ile=" in href:  # the file a pdf.js viewer link shows is the link's target
            href = viewed_file(href) or href
        if not raw.strip()[:8].lower().startswith(("http://", "https://")):  # resolve's test: relative
            return href
    if len(_HREFS) >= _HREFS_KEPT:
        _HREFS.clear()
    _HREFS[raw] = href
    return href


def clear_caches() -> None:
    """Forget interned links and URL normalisations (benchmarks measure cold runs with it)."""
    _LINKS.clear()
    _HREFS.clear()
    urls.clear_caches()


_LINK_ATTRS = {"a": "href", "area": "href", "frame": "src", "img": "src", "iframe": "src", "embed": "src", "object": "data"}
LINK_TAGS = tuple(_LINK_ATTRS)


def element_link(el: lxml.etree._Element, base: str) -> RawLink | None:
    """The HTTP(S) link an <a>/<area>/<frame>/<img>/<iframe>/<embed>/<object> element carries, or
    None. An <a> whose href is missing or a script opens the one address its script names (jsurls),
    else the address another attribute keeps for it (EasySite's pager `tagname`)."""
    tag = el.tag
    raw = el.get(_LINK_ATTRS[tag])
    href = _href(raw, base) if raw else None
    if href is None:
        if tag != "a" or (raw := script_link(el.get("onclick")) or script_link(raw) or _kept_address(el)) is None \
                or (href := _href(raw, base)) is None:
            return None
    if tag == "a":
        return _link(href, " ".join(text_content(el).split()), tag)
    return _link(href, el.get("alt") or "", tag)


def _kept_address(el: lxml.etree._Element) -> str | None:
    """The address an <a> keeps in an attribute of htmlvocab.ANCHOR_ADDRESS_ATTRS, if any."""
    return next((found for name in ANCHOR_ADDRESS_ATTRS if (found := attribute_address(el.get(name)))), None)


def jump_links(select: lxml.etree._Element, base: str) -> list[RawLink]:
    """The links a page-jump or link-menu `<select>` holds: its options' addresses, each with its
    option's text, when its change handler opens the chosen value (jsurls.jump_menu); else none."""
    if not jump_menu(select.get("onchange")):  # lxml's HTML parser lowercases attribute names
        return []
    links = []
    for option in select.iter("option"):
        if (raw := option_address(option.get("value"))) is not None and (href := _href(raw, base)) is not None:
            links.append(_link(href, " ".join(text_content(option).split()), "option"))
    return links


# Rows a list opens as a whole, with no anchor of their own (`<tr onclick="window.open('…')">`,
# `<li onclick="location.href='…'">`); a <div> only as one of a run of such rows.
ROW_CLICK_TAGS = ("tr", "li", "dd", "div")
# One scan of the tree (a union of four `//` paths costs four).
_CLICKED_ROWS = lxml.etree.XPath("boolean(//*[@onclick][" + " or ".join(f"self::{tag}" for tag in ROW_CLICK_TAGS) + "])")


def _cjk(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _headed_cell(row: lxml.etree._Element) -> lxml.etree._Element | None:
    """The cell of a table row under its table's 标题/名称 header (metadata.FIELD_ALIASES), when
    the header row has as many cells as the row."""
    table = next(row.iterancestors("table"), None)
    if table is None:
        return None
    head = next((tr for tr in table.iter("tr") if tr is not row and next(tr.iterchildren("th"), None) is not None), None)
    if head is None:
        return None
    heads = [" ".join(text_content(c).split()) for c in head.iterchildren("th", "td")]
    cells = list(row.iterchildren("td", "th"))
    titles = set(FIELD_ALIASES["标题"])
    at = next((i for i, h in enumerate(heads) if h.replace(" ", "") in titles), None)
    return cells[at] if at is not None and len(cells) == len(heads) else None


def _title_cell(row: lxml.etree._Element) -> lxml.etree._Element:
    """The element of a clicked row that holds its title: a table row's cell under its 标题/名称
    header; else the child with the most Chinese text (a title outweighs an 索引号, a 序号 or a
    date), followed down while one child holds more of it than the element's own text; the row
    itself when its own text is the title."""
    cell = _headed_cell(row) if row.tag == "tr" else None
    if cell is not None:
        return cell
    cell = row
    while True:
        best, weight = None, (0, 0)
        for child in cell.iterchildren():
            if isinstance(child.tag, str):
                text = "".join(text_content(child).split())
                if (w := (_cjk(text), len(text))) > weight:
                    best, weight = child, w
        own = "".join(((cell.text or "") + "".join(c.tail or "" for c in cell.iterchildren())).split())
        if best is None or (_cjk(own), len(own)) >= weight:
            return cell
        cell = best


def row_link(el: lxml.etree._Element, base: str) -> tuple[RawLink, lxml.etree._Element] | None:
    """The page a list row (tr/li/dd, or a <div> beside another clicked <div>) opens by its
    onclick, read as a link's script is (jsurls.script_link), and the element that titles it
    (_title_cell; the link's text); None when an anchor or a nested clicked row inside the row
    links anywhere (the row's own link is then that one) or the script names no one address."""
    raw = script_link(el.get("onclick"))
    if raw is None or (href := _href(raw, base)) is None:
        return None
    if el.tag == "div":
        parent = el.getparent()
        if parent is None or sum(1 for s in parent.iterchildren("div") if s.get("onclick")) < 2:
            return None
    for inner in el.iter("a", "area", *ROW_CLICK_TAGS):
        if inner is not el and (element_link(inner, base) if inner.tag in ("a", "area") else inner.get("onclick")):
            return None
    cell = _title_cell(el)
    text = " ".join(text_content(cell).split())
    # a truncated title (政策文件标…) whose element carries the whole one: the list reads its title attribute
    titled = _titled(cell, el, text)
    return _link(href, text, "a"), cell if titled is None else titled


def _titled(cell: lxml.etree._Element, row: lxml.etree._Element, text: str) -> lxml.etree._Element | None:
    """The element around `cell` (below `row`) or inside it that shows `text` and carries a title attribute."""
    around = []
    for up in () if cell is row else cell.iterancestors():
        if up is row:
            break
        around.append(up)
    return next((d for d in (*around, *cell.iter()) if isinstance(d.tag, str) and d.get("title")
                 and " ".join(text_content(d).split()) == text), None)


def base_of(tree: lxml.etree._Element, base_url: str) -> str:
    """The URL relative links resolve against: <base href>, else `base_url`."""
    base_el = tree.find(".//base[@href]")
    base = resolve(base_el.get("href"), base_url) if base_el is not None else None
    return base or base_url


def extract_links(tree: lxml.etree._Element, base_url: str) -> list[RawLink]:
    """All HTTP(S) links of the page, in document order, resolved against <base> or `base_url`
    (a jump menu's options included, see jump_links)."""
    base = base_of(tree, base_url)
    clicked = _CLICKED_ROWS(tree)  # rare: rows opened by script, read in document order with the rest
    links: list[RawLink] = []
    for el in tree.iter(*LINK_TAGS, "select", *(ROW_CLICK_TAGS if clicked else ())):
        if el.tag == "select":
            links += jump_links(el, base)
        elif el.tag in _LINK_ATTRS:
            if (link := element_link(el, base)) is not None:
                links.append(link)
        elif el.get("onclick") and (found := row_link(el, base)):
            links.append(found[0])
    return links


# An article's 上一篇：/下一篇： label: just before its link (in the parent's text or a preceding
# element), or opening the link's own text; a link whose whole text is the label.
_SEQUEL_BEFORE = re.compile(PRENEXT_LABEL + r"\s*[：:]?\s*$")
_SEQUEL_TEXT = re.compile("^" + PRENEXT_LABEL + r"(?:\s*[：:]|\s*$)")


def _text_before(el: lxml.etree._Element) -> str:
    """The text shown right before `el` inside its parent: a preceding element's tail, or the text
    of a preceding element holding no other (`<span>上一篇：</span>`), or the parent's own text."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # a comment
        prev = prev.getprevious()
    if prev is None:
        parent = el.getparent()
        return (parent.text or "") if parent is not None else ""
    tail = prev.tail or ""
    return tail if tail.strip() or len(prev) else (prev.text or "") + tail


def sequel_links(tree: lxml.etree._Element, base_url: str) -> frozenset[str]:
    """The URLs (RawLink.url) of an article's links to its previous and next articles (PageAdmin's
    `<li>上一篇：<a …>…</a></li>`, JEECMS's `<span>上一篇：<a>`, DedeCMS's {dede:prenext}, TRS and
    Hanweb's 上一条/下一条): a column's articles in a chain, as its list's pages are."""
    base = base_of(tree, base_url)
    found = set()
    for el in tree.iter("a"):
        if el.get("href") is None:
            continue
        text = " ".join(text_content(el).split())
        if (_SEQUEL_TEXT.match(text) or _SEQUEL_BEFORE.search(_text_before(el)[-12:])) \
                and (link := element_link(el, base)) is not None:
            found.add(link.url)
    return frozenset(found)
