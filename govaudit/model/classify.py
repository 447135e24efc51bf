"""Document kinds from column, title and 文号; the column a document belongs to."""

from __future__ import annotations

import re

_NORMATIVE_WENHAO = re.compile(r"规\s*〔")
_INTERPRETATION_TITLE = re.compile(r"解读|一图读懂|图解")


def document_kind(title: str, column_name: str | None, metadata: dict[str, str], is_annual_report: bool) -> str:
    """normative | policy | interpretation | annual_report | notice | news | other."""
    column = column_name or ""
    if is_annual_report:
        return "annual_report"
    if "解读" in column or (_INTERPRETATION_TITLE.search(title) and "《" in title):
        return "interpretation"
    if "规范性文件" in column or _NORMATIVE_WENHAO.search(metadata.get("发文字号", "")):
        return "normative"
    if "政策文件" in column or ("文件" in column and metadata):
        return "policy"
    if re.search(r"通知|公告|公示", column):
        return "notice"
    if re.search(r"动态|要闻|新闻|资讯", column):
        return "news"
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
