"""The defects planted in the demo site, machine-readable (DEFECTS.md is the prose copy).

Paths are root-relative; join them with the base URL the server yields. An end-to-end
test can assert that the audit finds each of these, with this subject, and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from govaudit.demo.content_docs import DOCS, doc_url, interp_url
from govaudit.demo.content_news import BROKEN_LINK_TARGET
from govaudit.demo.content_zwgk import MISSING_ATTACHMENT


@dataclass(frozen=True)
class Defect:
    number: str
    family: str  # column_freshness | empty_column | annual_report | normative_metadata | interpretation | links
    subject: str  # root-relative URL path, or the missing year for a missing annual report
    evidence: str  # root-relative path of the page that shows it
    summary: str


def _doc(doc_id: int) -> str:
    return doc_url(next(d for d in DOCS if d.id == doc_id))


_ONE_WAY = next(d for d in DOCS if not d.linked_back)

PLANTED: tuple[Defect, ...] = (
    Defect("1", "column_freshness", "/xwzx/bmdt/", "/xwzx/bmdt/", "动态要闻类栏目“部门动态”最新信息为 2026-09-08，超过 14 天未更新"),
    Defect("2", "column_freshness", "/zwgk/tzgg/", "/zwgk/tzgg/", "通知公告类栏目“通知公告”最新信息为 2026-02-10，超过 6 个月未更新"),
    Defect("3", "empty_column", "/zwgk/zxzj/", "/zwgk/zxzj/", "栏目“专项资金”无任何信息（暂无信息）"),
    Defect("4a", "annual_report", "2024", "/zwgk/nb/", "缺少 2024 年政府信息公开工作年度报告"),
    Defect("4b", "annual_report", "/zwgk/nb/202604/t20260420_2005.html", "/zwgk/nb/202604/t20260420_2005.html",
           "2025 年年度报告于 2026-04-20 发布，晚于 3 月 31 日的法定期限"),
    Defect("5", "normative_metadata", _doc(1404), _doc(1404), "行政规范性文件缺少“有效性”"),
    Defect("6", "normative_metadata", _doc(1405), _doc(1405), "行政规范性文件“发文字号”为空"),
    Defect("7", "interpretation", _doc(1407), _doc(1407), "行政规范性文件无任何政策解读"),
    Defect("8", "interpretation", doc_url(_ONE_WAY), str(interp_url(_ONE_WAY)),
           "政策解读链接到文件，但文件未链接回解读（单向关联）"),
    Defect("9", "links", BROKEN_LINK_TARGET, "/xwzx/qyyw/202609/t20260919_1026.html", "站内链接指向不存在的页面（404）"),
    Defect("10", "links", MISSING_ATTACHMENT, "/zwgk/gsgg/202608/t20260817_1312.html", "附件链接指向不存在的文件（404）"),
)
