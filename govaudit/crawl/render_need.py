"""Does a page's static HTML hide content the rules need behind scripts? (`--render auto`)

Rendering costs a browser and the page's own requests, so only pages with a
sign of script-loaded evidence are rendered: an empty `<em id="rel_…">` or
相关解读 box (interpretation links filled by AJAX), an Avalon/Vue/Angular repeat
template that produces links, a list that declares more items than it shows
(`recordCount`) or a list page with no static items whose scripts load data, a list page whose
rows `document.write` lines write (with no `<noscript>` copy), an
empty list container filled by fetch/XHR, a `document.write` pager that the
static pagination reader could not follow, a single-page app's empty mount element whose
bundle (an external script) builds the whole page, a home page whose footer a script draws
(none of the labels only a footer writes outside its scripts: an empty `<div id="footer">`
filled by footer.js) or whose menus a script writes (it links almost nowhere without them), a
publication date a script writes after its label — unless the crawl's
static readers already recovered what the app draws from the page's own script data (gkmlpt:
the categories of `window._CONFIG.TREE` as list-API and jump_url links, crawl/applists.py): then
the browser would only redraw links the crawl already follows.
"""

from __future__ import annotations

import re

import lxml.html

from govaudit import listdata
from govaudit.htmlvocab import (APP_MOUNT_ATTRS, APP_MOUNT_IDS, BOUND_HREF, LOADING_TEXTS, CHROME, DECLARED_COUNT, EMPTY_MARKERS, FOOTER_SITE_LABEL, PAGER_TEXTS, RELATED_AMBIGUOUS,
                                RELATED_HEADINGS, RELATED_SERVER_FILLED, REPEAT_ATTRS, SCRIPT_DATE_LABEL, SCRIPT_SLOT, loads_data)

# Why a page needs rendering, as the codes the crawl index stores (captures.render_note, before
# any "; error" the renderer adds) and model/rendering.py reads.
RELATED_SLOT_EMPTY = "related_slot_empty"  # an empty <em id="rel_…"> slot
LINK_TEMPLATE = "link_template"  # an Avalon/Vue/Angular repeat template producing links
DECLARED_MORE = "declared_more"  # the list declares more records than it shows
SCRIPT_LIST = "script_list"  # a list page without static items whose scripts load data; rows a script writes
EMPTY_CONTAINER = "empty_container"  # an empty list container that a script fills
JS_PAGER = "js_pager"  # a document.write pager the static pagination reader could not follow
RELATED_BOX_EMPTY = "related_box_empty"  # an empty 相关解读 box beside an article
APP_SHELL = "app_shell"  # a single-page app's empty mount element: the bundle builds the page
FOOTER_SCRIPT = "footer_script"  # a home page whose footer (its identifiers) a script draws
SCRIPT_DATE = "script_date"  # a publication date a script writes after its label
SCRIPT_MENU = "script_menu"  # a home page whose menus scripts write: its static HTML links almost nowhere
REASONS = (RELATED_SLOT_EMPTY, LINK_TEMPLATE, DECLARED_MORE, SCRIPT_LIST, EMPTY_CONTAINER, JS_PAGER, RELATED_BOX_EMPTY,
           APP_SHELL, FOOTER_SCRIPT, SCRIPT_DATE, SCRIPT_MENU)
# Noted after the code when a rendered page's scripts did not all run (a script or its data refused, or
# turned away: render.Rendered.script_failures): the parts they fill were not observed (model/rendering.py).
SCRIPTS_FAILED = "scripts_failed"
LIST_REASONS = frozenset((LINK_TEMPLATE, DECLARED_MORE, SCRIPT_LIST, EMPTY_CONTAINER, JS_PAGER, APP_SHELL))  # about the page's own list

# Labels only a footer writes (ICP备, 网站标识码, 版权所有 …; not 主办, which a news item may say),
# searched outside the page's scripts: a footer string a script writes in is not shown until it runs.
_FOOTER_LABELS = re.compile(FOOTER_SITE_LABEL, re.I)
_SCRIPTS = re.compile(r"<script\b.*?</script\s*>", re.I | re.S)
_EMPTY_REL = re.compile(r"""<em\b[^>]*\bid\s*=\s*["']rel_[^>]*>\s*</em>""", re.I)
_PAGER_WRITE = re.compile(r"document\.write\s*\(.{0,200}?(?:" + "|".join(re.escape(t) for t in sorted(PAGER_TEXTS) if len(t) > 2)
                          + r"|pageNo|page=)", re.I | re.S)
_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
# A row's month and day without the year, opening or closing the row (`<a>…<span>11-18</span></a>`, `[05-06]`): a list the
# server wrote all the same (ThinkCMF themes' `{$vo.create_time|date='m-d'}`).
_MONTH_DAY = r"(?<![\d\-/.年])(?:0?[1-9]|1[0-2])\s*[-/.月]\s*(?:0?[1-9]|[12]\d|3[01])\s*日?(?![\d\-/.])"
_ROW_MONTH_DAY = re.compile(rf"^\s*[\[(（]?\s*{_MONTH_DAY}|{_MONTH_DAY}\s*[\])）]?\s*$")
# A list row written by a script: `document.write('<li><a href="…">…</a><span>2026-09-01</span></li>');`, its href
# quoted or not (`<LI><A HREF=./202611/t20261115_90147989.html TARGET=_blank>`: HTML needs no quotes, a browser shows the row).
_ROW_WRITE = re.compile(r"""document\.write\s*\(\s*["']\s*<(?:li|tr|dd)\b[^;]{0,400}?<a\b[^>]*?\bhref\s*=\s*"""
                        r"""(?:\\?["']([^"'\\]+)|([^\s"'\\<>`=]+))""", re.I)
_LIST_PAGES = ("home", "hub", "column", "pagination")  # priority classes of pages that are lists
_ARTICLE_METAS = ("articletitle", "pubdate", "contentsource")
# Literals (lower case) one of which every match of DECLARED_COUNT / SCRIPT_LOAD contains.
_DECLARED_WORDS = ("recordcount", "totalrecord", "totalcount", "recordtotal", "totalnum", "记录总数")
_SCRIPT_LOAD_WORDS = ("fetch", "xmlhttprequest", "$.", "axios.", "listmodel", ".trsapi", ".load", "callback=")


def render_reason(html: str, tree: lxml.html.HtmlElement, priority: str, pager_found: bool,
                  script_links: int = 0) -> str | None:
    """Why the page at hand should be rendered (one of REASONS), or None when its static HTML
    shows what rules read. `script_links`: how many links the static readers recovered from the
    page's script data (an app shell they read needs no browser)."""
    lower = html.lower()
    if lower.find("<script", 0, 1_000_000) < 0:
        return None
    if "<em" in lower and _EMPTY_REL.search(html):
        return RELATED_SLOT_EMPTY
    # A repeat template over the page's own list literal (read as rows, or counted 0 by the server) would only redraw
    # what the static readers read: no browser, as for gkmlpt's app drawn from its own config.
    if _link_templates(tree, html) and not _own_list_data(tree, html):
        return LINK_TEMPLATE
    static = _dated_rows(tree)
    # Each pattern runs only where a literal it needs occurs: a case-insensitive regex scan of a
    # whole page cost more than parsing it.
    counts = DECLARED_COUNT.findall(lower) if any(w in lower for w in _DECLARED_WORDS) else ()
    declared = max((int(n) for n in counts), default=None)
    if declared is not None and declared > static:
        return DECLARED_MORE
    loads = any(w in lower for w in _SCRIPT_LOAD_WORDS) and loads_data(html)
    # Rows a script writes make a list whatever the crawl guessed from the address (kpy's
    # `c100102/common_list.shtml` is queued as a document).
    if priority in _LIST_PAGES and static == 0 and (loads and not _own_list_data(tree, html) or _written_rows(lower, alone=True)) \
            or _written_rows(lower):
        return SCRIPT_LIST
    if loads and _empty_containers(tree):
        return EMPTY_CONTAINER
    if not script_links and _app_shell(tree):
        return APP_SHELL
    if not pager_found and "document.write" in lower and _PAGER_WRITE.search(html):
        return JS_PAGER
    if _empty_related_box(tree, static):
        return RELATED_BOX_EMPTY
    if SCRIPT_DATE_LABEL.search(html):
        return SCRIPT_DATE
    if priority == "home" and _FOOTER_LABELS.search(_SCRIPTS.sub("", html)) is None:
        return FOOTER_SCRIPT
    if priority == "home" and _links_shown(tree) < _HOME_LINKS:
        return SCRIPT_MENU
    return None


def scripts_failed(note: str | None) -> bool:
    """Whether a rendered page's render_note says its scripts did not all run."""
    return bool(note) and any(part.strip().startswith(SCRIPTS_FAILED) for part in note.split(";")[1:])


def reason_code(note: str | None) -> str | None:
    """The reason code of a crawl index render_note: a code, a code followed by "; error", or
    the English sentence crawls before the codes stored (still read, so old crawls rebuild)."""
    if not note:
        return None
    head = note.split(";", 1)[0].strip()
    if head in REASONS:
        return head
    for sentence, code in _OLD_SENTENCES:
        if head.startswith(sentence):
            return code
    return None


# The sentences render_reason returned before it returned codes (crawl indexes keep them).
_OLD_SENTENCES = (
    ("empty related-document slots", RELATED_SLOT_EMPTY),
    ("repeat template of links", LINK_TEMPLATE),
    ("list declares", DECLARED_MORE),
    ("list page without static items", SCRIPT_LIST),
    ("empty list container", EMPTY_CONTAINER),
    ("document.write pager", JS_PAGER),
    ("empty related-interpretation box", RELATED_BOX_EMPTY),
)


def _own_list_data(tree: lxml.html.HtmlElement, html: str) -> bool:
    """Whether the page's own scripts hold its list as data the parse step read: records expanded into rows
    (htmlpage.expand_script_islands), or a JSON list literal the server counts as 0."""
    return tree.find(".//div[@class='script-island']") is not None or listdata.empty_script_list(html)


def _link_templates(tree: lxml.html.HtmlElement, html: str) -> bool:
    if not any(attr in html for attr in REPEAT_ATTRS):
        return False
    for el in tree.xpath("|".join(f"//*[@{a}]" for a in REPEAT_ATTRS)):
        if BOUND_HREF.search(lxml.html.tostring(el, encoding="unicode")[:4000]):
            return True
    return False


def _app_shell(tree: lxml.html.HtmlElement) -> bool:
    """An empty single-page-app mount element (nothing but a <noscript> notice or a loading
    placeholder in it) on a page that loads an external script: the bundle builds the page."""
    if tree.find(".//script[@src]") is None:
        return False
    for el in tree.iter("div", "main", "section"):
        if el.get("id") in APP_MOUNT_IDS or any(el.get(a) is not None for a in APP_MOUNT_ATTRS):
            text = (el.text or "").strip().rstrip(".…。").lower()
            if (not text or text in LOADING_TEXTS) and all(
                    (child.tag == "noscript" or not isinstance(child.tag, str)) and not (child.tail or "").strip()
                    for child in el):
                return True
    return False


# Fewer links than this on a home page with scripts: its menus are drawn by them (a portal's home
# links dozens of columns; a splash page's one 进入 link is read apart, crawl/splash.py).
_HOME_LINKS = 5


def _links_shown(tree: lxml.html.HtmlElement) -> int:
    """Links of the static HTML that lead somewhere (not `javascript:`, `#` or `mailto:`)."""
    return sum(1 for a in tree.iter("a") if (href := (a.get("href") or "").strip().lower())
               and not href.startswith(("javascript:", "#", "mailto:")))


def _written_rows(lower: str, alone: bool = False) -> bool:
    """Two or more rows with links written by `document.write` lines whose links no `<noscript>` copy
    shows: the list shows only once its scripts run (a template's `document.write('<li>…</li>')` rows).
    `alone`: the page is a list showing no static row, where one written row is enough when it is dated (a
    column of one article, a 公开指南, whose only row a script writes: unrendered, its document was never seen)."""
    if "document.write" not in lower:
        return False
    found = list(_ROW_WRITE.finditer(lower))
    hrefs = [m.group(1) or m.group(2) for m in found]
    if len(hrefs) < 2 and not (alone and hrefs and _DATE.search(_written_text(lower, found[0].start()))):
        return False  # one written link is no list, unless it is a list page's only row, dated
    shown = _SCRIPTS.sub("", lower) if "<noscript" in lower else ""
    return sum(1 for h in hrefs if h not in shown) >= min(2, len(hrefs))


def _written_text(lower: str, at: int) -> str:
    """The `document.write(…)` call starting at `at`, up to its closing `);` (at most 600 characters)."""
    end = lower.find(");", at, at + 600)
    return lower[at:end if end > 0 else at + 600]


def _dated_rows(tree: lxml.html.HtmlElement) -> int:
    """Rows (li/tr/dd) holding a link and a date, or a month and day at either end: the static items of the page's lists."""
    return sum(1 for row in tree.iter("li", "tr", "dd")
               if row.find(".//a[@href]") is not None
               and (_DATE.search(text := row.text_content() or "") or _ROW_MONTH_DAY.search(text)))


def _empty_containers(tree: lxml.html.HtmlElement) -> bool:
    """An element-less list container named like a list (the slot a script fills; empty menus do not count), or an
    element-less `<tbody>` under a table's column heads, whatever its name (吉林 政务公开's `<thead><tr><th>序号</th>
    <th>名称</th>…</thead><tbody id="content"></tbody>`, the rows a JSONP answer writes)."""
    for el in tree.iter("ul", "ol", "tbody", "div", "table"):
        if len(el) or (el.text or "").strip():
            continue
        if SCRIPT_SLOT.search(f"{el.get('id', '')} {el.get('class', '')}") \
                or el.tag == "tbody" and (table := el.getparent()) is not None and table.find(".//th") is not None:
            return True
    return False


def _own_names(tree: lxml.html.HtmlElement) -> set[str]:
    """Names the page gives itself: ColumnName meta, the <title> (site name included), h1."""
    names = set()
    for el in tree.iter("meta"):
        if (el.get("name") or "").lower() == "columnname" and el.get("content"):
            names.add(el.get("content").strip())
    title = tree.find(".//title")
    if title is not None and title.text:
        names.add(title.text.strip())
    names.update((h.text_content() or "").strip() for h in tree.iter("h1"))
    return names


def _is_article(tree: lxml.html.HtmlElement) -> bool:
    """An article page by its metas (ArticleTitle, PubDate …)."""
    return any((el.get("name") or "").lower() in _ARTICLE_METAS for el in tree.iter("meta"))


def _empty_related_box(tree: lxml.html.HtmlElement, dated_rows: int) -> bool:
    """An empty box headed 相关解读 etc. (not one the server fills from tags: RELATED_SERVER_FILLED). A heading
    that is also a column name (政策解读) heads the page's own list on a column page: it counts only on an
    article page not named so."""
    own: set[str] | None = None
    for heading in tree.iter("h2", "h3", "h4", "h5", "span", "div", "p", "dt", "strong", "b", "li"):
        text = (heading.text or "").strip()
        if len(heading) or text not in RELATED_HEADINGS or text in RELATED_SERVER_FILLED:
            continue
        if text in RELATED_AMBIGUOUS:
            own = _own_names(tree) if own is None else own
            # On a column page (no article metas, a dated list) it heads the page's own list.
            if any(text in name for name in own) or not (_is_article(tree) or dated_rows == 0):
                continue
        box = heading.getparent()
        if heading.tag == "li" and box is not None and box.tag in ("ul", "ol"):  # a tab: the box holds the strip
            box = box.getparent()
        while box is not None and len(box) == 1 and box.getparent() is not None:
            # A heading wrapped alone (Metronic's `<div class="portlet-title"><div class="caption"><span
            # class="caption-subject">政策解读</span></div><div class="actions"><a>更多</a>`, XunRuiCMS's stock
            # theme): its box is the first element around it that holds more.
            box = box.getparent()
        if box is None or _in_chrome(heading) or dated_rows and _in_row(box):
            continue
        content = box.text_content()
        if box.find(".//a[@href]") is None and not any(m in content for m in ("暂无", *EMPTY_MARKERS)) \
                and not _shown_by_script(box, tree):
            return True
    return False


def _in_row(box: lxml.html.HtmlElement) -> bool:
    """Inside a dated list row (国家发展改革委's 政策 lists: each `<li>` row, its title link and date, carries its own 相关解读
    pop-up, empty for a 令 without one; 工业和信息化部's rows a `<dl><dt>相关解读</dt>` one): the row's, written with it, no
    box of the page's own."""
    row = next((anc for anc in box.iterancestors() if anc.tag == "li"), None)
    if row is None:
        return False
    inside = set(box.iter())
    return any(a not in inside for a in row.iterfind(".//a[@href]")) and \
        bool(_DATE.search(row.text_content().replace(box.text_content(), "")))


# An inline script showing an element by its class or id: `$(".xgwz").css('display','block')`, `$("#xgjd").show()`.
_SHOWS = re.compile(r"""\$\(\s*["']([.#][\w-]+)["']\s*\)\s*\.\s*(?:show\(\s*\)|css\(\s*["']display["']\s*,\s*["'](?!none)[\w-]*["']\s*\))""")


def _shown_by_script(box: lxml.html.HtmlElement, tree: lxml.html.HtmlElement) -> bool:
    """A box its style hides and the page's own script shows (国家发展改革委's records: `<div class="xgwz"
    style="display:none">` 相关政策与解读, shown by `if (jdFlag ==1 ) $(".xgwz").css('display','block')` when the server
    wrote `jdFlag=1`): the script shows what the server wrote into it, it fills nothing, so rendering shows no more."""
    if "display:none" not in (box.get("style") or "").replace(" ", "").lower():
        return False
    names = {f".{c}" for c in (box.get("class") or "").split()} | ({f"#{box.get('id')}"} if box.get("id") else set())
    return any(sel in names for script in tree.iter("script") if not script.get("src") and script.text
               for sel in _SHOWS.findall(script.text))


def _in_chrome(el: lxml.html.HtmlElement) -> bool:
    """Inside navigation, a menu, the breadcrumb, header or footer (by tag or class/id). <body>'s class or id names
    the whole page (Zoomla!逐浪CMS's stock `<body id="header">`), never one region of it (as model/extract/walk.py)."""
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            return False
        if anc.tag in ("nav", "header", "footer") or CHROME.search(f"{anc.get('class', '')} {anc.get('id', '')}"):
            return True
    return False
