"""Page regions: site chrome (navigation, footer, breadcrumb) and related-content boxes."""

from __future__ import annotations

import re

import lxml.html

from govaudit.model.extract.text import element_text
from govaudit.urls import normalize

CHROME = re.compile(r"nav|menu|footer|foot|header|head|position|crumb|location|share|pager|page-?bar", re.I)
CHROME_TAGS = ("nav", "header", "footer")
_RELATED = re.compile(r"related|xgjd|reldoc|relnews|jiedu|zcjd", re.I)
_RELATED_HEADINGS = ("相关解读", "政策解读", "文字解读", "图片解读", "相关文件")
_BREADCRUMB = re.compile(r"position|crumb|location|dqwz|curpos", re.I)


def _marker(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('ms-controller', '')}".strip()


def in_region(el: lxml.html.HtmlElement, pattern: re.Pattern[str], tags: tuple[str, ...] = CHROME_TAGS) -> bool:
    """True when `el` sits inside an element whose class/id matches `pattern` or whose tag is in `tags`."""
    for anc in el.iterancestors():
        if anc.tag in tags:
            return True
        marker = _marker(anc)
        if marker and pattern.search(marker):
            return True
    return False


def _breadcrumb_element(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The trail's element: one marked as a breadcrumb by class/id, else the innermost
    element whose text starts with 当前位置 (outer layout divs start with it too)."""
    for el in tree.iter("div", "p", "span", "ul", "ol", "nav", "td"):
        if _BREADCRUMB.search(_marker(el)):
            return el
    found = None
    for el in tree.iter("div", "p", "span", "ul", "nav", "td"):
        if element_text(el).startswith("当前位置"):
            found = el  # document order visits ancestors first: keep the last (innermost)
    return found


def breadcrumb(tree: lxml.html.HtmlElement, base_url: str) -> list[tuple[str, str | None]]:
    """(text, url) steps of the 当前位置 trail; the last step may have no link."""
    el = _breadcrumb_element(tree)
    if el is None:
        return []
    steps: list[tuple[str, str | None]] = []
    for node in el.iter("a", "span", "em", "font"):
        text = element_text(node).strip(" >›»")
        if not text or text.startswith("当前位置"):
            continue
        url = normalize(node.get("href") or "", base_url) if node.tag == "a" else None
        if url or node.tag != "a":
            steps.append((text, url))
    return steps


def related_boxes(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Boxes that list related interpretations/documents (by class/id or heading)."""
    boxes = []
    for el in tree.iter("div", "ul", "section", "dl", "td", "em"):
        if el.tag == "em" and (el.get("id") or "").startswith("rel_"):
            boxes.append(el)
        elif _RELATED.search(_marker(el)) and not any(b in el.iterancestors() for b in boxes):
            boxes.append(el)
        elif el.tag != "em":
            heading = el.find("./*[1]")
            if heading is not None and element_text(heading) in _RELATED_HEADINGS and el not in boxes:
                boxes.append(el)
    return boxes


def related_slot(boxes: list[lxml.html.HtmlElement]) -> str:
    """none (no box) | static (links or an explicit 暂无 shown) | script_unobserved
    (an empty box or template that script fills in; not observed without rendering)."""
    if not boxes:
        return "none"
    for box in boxes:
        if box.xpath(".//a[@href]") or "暂无" in element_text(box):
            return "static"
    return "script_unobserved"
