"""Document kinds from column, title and 文号; the column a document belongs to."""

from __future__ import annotations

import re

from govaudit.model.extract.wenhao import is_normative_number

_INTERPRETATION_TITLE = re.compile(r"解读|一图读懂|图解|答记者问|问答")
_NOTICE_TITLE = re.compile(r"(?:通知|公告|公示|通告)$")


def document_kind(title: str, column_name: str | None, metadata: dict[str, str], is_annual_report: bool) -> str:
    """normative | policy | interpretation | annual_report | notice | news | other, from the
    column first (sites file documents deliberately), then the 文号 series and the
    metadata block, then the title."""
    column = column_name or ""
    wenhao = metadata.get("发文字号", "")
    if is_annual_report:
        return "annual_report"
    if "解读" in column or (_INTERPRETATION_TITLE.search(title) and ("《" in title or not metadata)):
        return "interpretation"
    if "规范性文件" in column or is_normative_number(wenhao) or "规范性文件" in metadata.get("主题分类", ""):
        return "normative"
    if "政策文件" in column or ("文件" in column and metadata) or (wenhao and "有效性" in metadata):
        return "policy"
    if re.search(r"通知|公告|公示", column):
        return "notice"
    if re.search(r"动态|要闻|新闻|资讯", column):
        return "news"
    if metadata and wenhao:
        return "policy"
    if _NOTICE_TITLE.search(title):
        return "notice"
    return "other"


_PAGINATION = re.compile(r"/index_\d+\.s?html?$")
_MONTH_DIR = re.compile(r"/\d{6}/[^/]*$")


def column_url_of_page(url: str) -> str:
    """The column a list page belongs to: `col/index_2.html` -> `col/`."""
    return _PAGINATION.sub("/", url)


def column_url_guess(doc_url: str) -> str:
    """TRS/Hanweb layout guess for a document's column: `col/202609/t…html` -> `col/`."""
    if _MONTH_DIR.search(doc_url):
        return _MONTH_DIR.sub("/", doc_url)
    return doc_url.rsplit("/", 1)[0] + "/"
