"""Pages of the 远略 ylcms 网站群 (漳州, 南平 and their counties; `com.yuanluesoft.cms`): a 信息公开 leaf
directory whose rows are `<div class="menuli">` wrappers inside the list, and a 年报 record that holds only
a one-line text copy beside its PDF.

The markup follows a RAG crawler of jsj.zhangzhou.gov.cn (漳州市住房和城乡建设局, "Built on ylcms CMS",
`find_string` "leafinfodirectory"): leaf directories `/cms/html/zzszfhcxjsj/leafinfodirectory/1200686935.html`
(村镇建设) list `<UL id="infos"> <DIV class="menuli"> <LI><A>title</A><SPAN>date</SPAN></LI>`, later pages at
`/cms/infopublic/index.shtml?directoryId=…&leafInfoDirectoryPageEnable=true&siteId=…&page=N`; publicInfo records
`/cms/infopublic/publicInfo.shtml?id=…&siteId=…` show a PDF.js viewer and a text copy, the PDF in
`li#wjxz span#pdfattachments a`. The list's wrapper `div.mid-mj-list`, the pager `div.mid-mj-page` with
`span.page-tip` and `a.next` are those of a Portia spider of jyj.zhangzhou.gov.cn."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from govaudit.checks.annual_reports import ANNUAL_REPORT_STRUCTURE, ANNUAL_REPORT_TABLES
from govaudit.checks.base import Context
from govaudit.demo.assets import pdf as ascii_pdf
from govaudit.model import reports
from govaudit.model.extract.page import extract_page
from govaudit.model.types import Link
from tests.factories import column, document, site

BASE = "http://jsj.zhangzhou.gov.cn"
LEAF = f"{BASE}/cms/html/zzszfhcxjsj/leafinfodirectory/1200686935.html"
ROWS = (("关于开展2025年度农村危房改造工作的通知", "20684996108160004", "2025-09-18"),
        ("漳州市传统村落保护发展工作方案", "20684996108151234", "2025-07-02"),
        ("关于做好村镇建设统计年报工作的通知", "20684996108142277", "2025-03-11"))


def _leaf_page() -> str:
    rows = "".join(f'<DIV class="menuli"><LI><A href="/cms/infopublic/publicInfo.shtml?id={i}&amp;siteId=40669965560550000" '
                   f'target="_blank" title="{t}">{t}</A><SPAN>{d}</SPAN></LI></DIV>\n' for t, i, d in ROWS)
    return ('<html><head><meta charset="utf-8"><title>村镇建设</title>'
            '<meta name="siteIdMeta" content="40669965560550000"></head><body>'
            '<div class="head"><a href="/cms/html/zzszfhcxjsj/index.html">漳州市住房和城乡建设局</a></div>'
            '<div class="mid-path">当前位置：<a href="/cms/html/zzszfhcxjsj/index.html">首页</a> &gt; '
            '<a href="/cms/html/zzszfhcxjsj/zwgk/index.html">政务公开</a> &gt; <a href="">村镇建设</a></div>'
            f'<div class="mid-mj"><div class="mid-mj-list"><UL id="infos">\n{rows}</UL></div>'
            '<div class="mid-mj-page"><span class="page-tip">共2页</span><span class="current">1</span>'
            '<a class="next" href="/cms/infopublic/index.shtml?directoryId=1200686935&amp;leafInfoDirectoryPageEnable=true'
            '&amp;siteId=40669965560550000&amp;page=2">下一页</a></div></div>'
            '<div class="foot">主办：漳州市住房和城乡建设局</div></body></html>')


def test_a_leaf_directory_lists_the_rows_its_menuli_wrappers_hold():
    facts = extract_page(_leaf_page(), LEAF)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.url.split("id=")[1].split("&")[0], i.date) for i in facts.list_items] == list(ROWS)


def test_a_menu_named_list_outside_a_list_is_still_navigation():
    """Only a <div> a <ul> holds is a row wrapper: a menu-named <ul> of links stays chrome."""
    page = _leaf_page().replace('<div class="head">', '<ul class="menuli"><li><a href="/a/index.html">机构概况</a>'
                                '<span>2025-01-01</span></li><li><a href="/b/index.html">政策法规</a><span>2025-01-02</span>'
                                '</li></ul><div class="head">')
    titles = [i.title for i in extract_page(page, LEAF).list_items]
    assert "机构概况" not in titles and len(titles) == 3


NB = "cms/infopublic/publicInfo.shtml?id=20684996108182025&siteId=830612496518270000"
PDF = f"{BASE}/cms/infopublic/pages/20684996108182025/pdfattachments/2021ndbg.pdf"
INFO = {"year": 2021, "organ": "某县人民政府", "sections": [], "tables": [], "table3": None, "identity_ok": None}


def _record(attachments: list[Link]):
    page = document(NB, "某县人民政府2021年政府信息公开工作年度报告", kind="annual_report", pub_date="2022-03-09")
    return replace(page, attachments=attachments)


def test_a_report_record_whose_pdf_gives_no_text_of_it_is_unread():
    link = Link(f"{BASE}/{NB}", PDF, "某县人民政府2021年政府信息公开工作年度报告.pdf", "attachment", "ok", 200)
    scanned = reports.report_of(_record([link]), INFO, {PDF: ascii_pdf("")}.get)  # an image-only PDF: no text
    not_stored = reports.report_of(_record([link]), INFO, lambda url: None)
    placeholder = reports.report_of(_record([link]), INFO, {PDF: ascii_pdf("scan 0001")}.get)
    assert scanned.text_source == not_stored.text_source == placeholder.text_source == "unread"
    assert reports.report_of(_record([]), INFO, lambda url: None).text_source == "html"  # nothing linked: the page is all
    read = reports.report_of(_record([link]), {**INFO, "sections": ["一", "二"]}, {PDF: ascii_pdf("")}.get)
    assert read.text_source == "html"  # the page's text holds the report


def test_an_unread_report_leaves_its_sections_and_tables_undecided():
    link = Link(f"{BASE}/{NB}", PDF, "年报.pdf", "attachment", "ok", 200)
    r = reports.report_of(_record([link]), INFO, lambda url: None)
    r = replace(r, organ="某区人民政府", organ_type="government")
    model = site(columns=[column("nb/", "政府信息公开年报", "2026-03-20")], annual_reports=[r])
    params = {"organ_pattern": "", "column_pattern": "年报", "deadline": "03-31", "department_deadline": "01-31",
              "years_back": 5, "departments": True, "since_year": 2021}
    for kind in (ANNUAL_REPORT_STRUCTURE, ANNUAL_REPORT_TABLES):
        found = [f for f in kind.run(model, params, Context(date(2026, 9, 30))) if "2021" in f.subject]
        assert [f.status for f in found] == ["incomplete"], kind.name


def _info_list(number: str) -> str:
    """A publicInfo record's `ul.info` (the spider's positions: 1 索引号, 2 发文机关, 6 成文日期, 8 发文字号, 9 有效性)
    when the record has no 有效性, so li#wjxz follows the 发文字号."""
    return ('<html><head><title>x</title></head><body><div class="title"><h1>关于印发《漳州市村镇建设管理办法》的通知</h1></div>'
            '<ul class="info"><li><span>索引号：</span>FJ0601-0500-2025-00031</li><li><span>发文机关：</span>漳州市住房和城乡建设局</li>'
            '<li><span>主题分类：</span>城乡建设</li><li><span>体裁分类：</span>规范性文件</li><li><span>发布日期：</span>2025-09-18</li>'
            '<li><span>成文日期：</span>2025-09-16</li><li><span>内容概述：</span>村镇建设管理</li>'
            f'<li><span>发文字号：</span>{number}</li><li id="wjxz"><span>文件下载：</span><span id="pdfattachments">'
            '<a href="/cms/infopublic/pages/20684996108160004/pdfattachments/202509180.pdf">漳州市村镇建设管理办法2025.pdf</a></span> '
            '<span id="wordattachments"><a href="javascript:void(0);">无word文件</a></span></li></ul>'
            '<div id="Content"><div class="tsrc"><p>各县（区）住建局：现将办法印发给你们。</p></div></div></body></html>')


def test_an_empty_field_before_the_file_list_stays_empty():
    url = f"{BASE}/cms/infopublic/publicInfo.shtml?id=20684996108160004&siteId=40669965560550000"
    assert extract_page(_info_list(""), url).metadata["发文字号"] == ""
    assert extract_page(_info_list("漳建规〔2025〕3号"), url).metadata["发文字号"] == "漳建规〔2025〕3号"
