"""Does a page's static HTML hide content the rules need behind scripts? (`--render auto`)

Rendering costs a browser and the page's own requests, so only pages with a
sign of script-loaded evidence are rendered: an empty `<em id="rel_…">` or
相关解读 box (interpretation links filled by AJAX), an Avalon/Vue/Angular repeat
template that produces links, a list that declares more items than it shows
(`recordCount`) or a list page with no static items whose scripts load data, an
empty list container filled by fetch/XHR, a `document.write` pager that the
static pagination reader could not follow.
"""

from __future__ import annotations

import re

import lxml.html

_TEMPLATE_ATTRS = ("ms-repeat", "ms-for", "ms-each", "v-for", "ng-repeat")
_BOUND_HREF = re.compile(r"""(?:ms-attr-href|ms-href|v-bind:href|\s:href|ng-href)\s*=|href\s*=\s*["']\{\{""")
_DECLARED = re.compile(r"(?:recordCount|totalRecord|totalCount|记录总数)\s*[=:：]\s*['\"]?(\d+)", re.I)
_EMPTY_REL = re.compile(r"""<em\b[^>]*\bid\s*=\s*["']rel_[^>]*>\s*</em>""", re.I)
_SCRIPT_LOAD = re.compile(r"\bfetch\s*\(|XMLHttpRequest|\$\.(?:ajax|get|post|getJSON)\s*\(|axios\.|listModel\s*\(|"
                          r"\.trsapi|\.load\s*\(\s*['\"]/", re.I)
_PAGER_WRITE = re.compile(r"document\.write\s*\(.{0,200}?(?:下一页|上一页|尾页|末页|pageNo|page=)", re.I | re.S)
_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
_RELATED_HEADINGS = re.compile(r"^(?:相关解读|政策解读|文字解读|图片解读|相关文件|相关政策)$")
_LIST_NAME = re.compile(r"list|news|item|data|result|wj|jd|xxgk|gk|rel", re.I)
_LIST_PAGES = ("home", "hub", "column", "pagination")  # priority classes of pages that are lists


def render_reason(html: str, tree: lxml.html.HtmlElement, priority: str, pager_found: bool) -> str | None:
    """Why the page at hand should be rendered, or None when its static HTML shows what rules read."""
    if "<script" not in html[:1_000_000].lower():
        return None
    if _EMPTY_REL.search(html):
        return "empty related-document slots (em id=rel_...)"
    if _link_templates(tree, html):
        return "repeat template of links (Avalon/Vue/Angular)"
    static = _dated_rows(tree)
    declared = max((int(n) for n in _DECLARED.findall(html)), default=None)
    if declared is not None and declared > static:
        return f"list declares {declared} items, shows {static}"
    if priority in _LIST_PAGES and static == 0 and _SCRIPT_LOAD.search(html):
        return "list page without static items, filled by its scripts"
    if _SCRIPT_LOAD.search(html) and _empty_containers(tree):
        return "empty list container filled by script"
    if _PAGER_WRITE.search(html) and not pager_found:
        return "document.write pager"
    if _empty_related_box(tree):
        return "empty related-interpretation box"
    return None


def _link_templates(tree: lxml.html.HtmlElement, html: str) -> bool:
    if not any(attr in html for attr in _TEMPLATE_ATTRS):
        return False
    for el in tree.xpath("|".join(f"//*[@{a}]" for a in _TEMPLATE_ATTRS)):
        if _BOUND_HREF.search(lxml.html.tostring(el, encoding="unicode")[:4000]):
            return True
    return False


def _dated_rows(tree: lxml.html.HtmlElement) -> int:
    """Rows (li/tr/dd) holding a link and a date: the static items of the page's lists."""
    return sum(1 for row in tree.iter("li", "tr", "dd")
               if row.find(".//a[@href]") is not None and _DATE.search(row.text_content() or ""))


def _empty_containers(tree: lxml.html.HtmlElement) -> bool:
    """An element-less list container named like a list (the slot a script fills; empty menus do not count)."""
    for el in tree.iter("ul", "ol", "tbody", "div", "table"):
        named = _LIST_NAME.search(f"{el.get('id', '')} {el.get('class', '')}")
        if named and len(el) == 0 and not (el.text or "").strip():
            return True
    return False


def _empty_related_box(tree: lxml.html.HtmlElement) -> bool:
    for heading in tree.iter("h2", "h3", "h4", "span", "div", "p", "dt"):
        if len(heading) == 0 and _RELATED_HEADINGS.match((heading.text or "").strip()):
            box = heading.getparent()
            if box is not None and box.find(".//a[@href]") is None and "暂无" not in box.text_content():
                return True
    return False
