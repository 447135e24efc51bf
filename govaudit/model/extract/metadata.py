"""The disclosure metadata block (索引号, 发文字号, 有效性 …) in its table, list and div forms."""

from __future__ import annotations

import re

import lxml.html

from govaudit.model.extract.dates import first_date
from govaudit.model.extract.text import element_text

# Canonical field -> labels seen on real sites (domain.md §5).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "索引号": ("索引号",),
    "标题": ("标题", "名称", "信息名称", "文件名称"),
    "发文机关": ("发文机关", "发布机构", "发文单位", "发布机关"),
    "发文字号": ("发文字号", "文号", "发布文号", "文件编号"),
    "成文日期": ("成文日期", "生成日期"),
    "发布日期": ("发布日期", "发文日期", "上载日期"),
    "主题分类": ("主题分类", "分类", "组配分类", "公开目录"),
    "主题词": ("主题词", "关键词"),
    "有效性": ("有效性", "时效", "效力状态"),
    "公开方式": ("公开方式",),
}
_LABEL_TO_FIELD = {label: field for field, labels in FIELD_ALIASES.items() for label in labels}
_DATE_FIELDS = ("成文日期", "发布日期")
_LABELED = re.compile(r"^([\u4e00-\u9fa5][\u4e00-\u9fa5 ]{1,14}?)\s*[：:]\s*(.*)$", re.S)
_CANDIDATES = ("th", "td", "dt", "dd", "li", "span", "b", "strong", "label", "em", "p", "div", "font")
# Signals that the block is a metadata block rather than a stray "标题：" in prose.
_CORE_FIELDS = {"索引号", "发文字号", "有效性", "发文机关", "成文日期"}
_WENHAO = re.compile(r"[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]")


def _label_of(text: str) -> tuple[str, str] | None:
    m = _LABELED.match(text)
    if not m:
        return None
    field = _LABEL_TO_FIELD.get(re.sub(r"\s", "", m.group(1)))
    return (field, m.group(2).strip()) if field else None


def _has_labelled_descendant(el: lxml.html.HtmlElement) -> bool:
    return any(_label_of(element_text(d)) for d in el.iterdescendants(*_CANDIDATES))


def _value_after(el: lxml.html.HtmlElement) -> str:
    """The value cell of a label cell: the next sibling, or the parent's next sibling."""
    for node in (el, el.getparent()):
        if node is None:
            break
        nxt = node.getnext()
        if nxt is not None:
            return element_text(nxt)
    return ""


def normalize_value(field: str, value: str) -> str:
    """Normalised value: dates as YYYY-MM-DD, 文号 brackets as 〔〕, blanks removed."""
    value = value.strip()
    if field in _DATE_FIELDS:
        parsed = first_date(value)
        return parsed.isoformat() if parsed else value
    if field == "发文字号":
        return _WENHAO.sub(lambda m: f"〔{m.group(1)}〕", value).replace(" ", "")
    return value


def extract_metadata(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Canonical field -> normalised value for every labelled field found (first wins).

    A field whose label is present with an empty value maps to "" — evaluators treat
    an empty 文号 cell like a missing one, but the difference is kept for evidence.
    Returns {} unless at least two core fields (索引号, 发文字号, 有效性, 发文机关, 成文日期)
    are present, so prose that happens to contain "标题：" is not taken for a block.
    """
    found: dict[str, str] = {}
    for el in tree.iter(*_CANDIDATES):
        text = element_text(el)
        if len(text) > 400:
            continue
        labelled = _label_of(text)
        if labelled is None or labelled[0] in found:
            continue
        if _has_labelled_descendant(el):
            continue
        field, value = labelled
        if not value:
            value = _value_after(el)
            if _label_of(value):  # the next cell is another label: this value is empty
                value = ""
        found[field] = normalize_value(field, value)
    if len(_CORE_FIELDS & found.keys()) < 2:
        return {}
    return found
