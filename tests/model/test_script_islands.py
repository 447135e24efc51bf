"""Hanweb JCMS script-island lists: rows inside `<script type="text/xml"><datastore>…<record>
<![CDATA[<li>…</li>]]></record>` are expanded in the shared parse step, so the model's list
extractor reads them as list rows, with their dates (markup modelled on Hanweb column pages)."""

from __future__ import annotations

import pytest

from govaudit.htmlpage import decode_html, expand_script_islands
from govaudit.model.extract.page import extract_page

URL = "http://www.example.gov.cn/col/col1229/index.html"
ROWS = [("2026/9/3", "art_1229_5003", "关于做好2026年秋季开学工作的通知", "2026-09-03"),
        ("2026/8/28", "art_1229_5002", "区政府办公室关于印发某某实施方案的通知", "2026-08-28"),
        ("2026/8/1", "art_1229_5001", "关于公布2026年区级行政许可事项清单的公告", "2026-08-01")]


def _record(path: str, doc: str, title: str, date: str, attrs: str = "", style: str = "li") -> str:
    if style == "li":
        row = f'<li><a href="/art/{path}/{doc}.html" title="{title}" target="_blank">{title}</a><span class="bt-data-time">{date}</span></li>'
    else:  # table rows, as some Hanweb templates write them
        row = f'<table width="100%"><tr><td><a href="/art/{path}/{doc}.html">{title}</a></td><td>[{date}]</td></tr></table>'
    return f"<record{attrs}><![CDATA[\n{row}\n]]></record>"


def _page(records: str, *, nextgroup: bool = True, pager: str = "", charset: str = "utf-8", extra: str = "") -> str:
    group = ('<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid=1229'
             '&unitid=5001&permissiontype=0"></a>]]></nextgroup>') if nextgroup else ""
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>通知公告 某某区人民政府</title>
<meta name="ColumnName" content="通知公告"><meta name="SiteName" content="某某区人民政府"></head><body>
<div class="header"><a href="/">首页</a><a href="/col/col1228/index.html">政务公开</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229/index.html">通知公告</a></div>
<div class="main-list"><div id="5001"><script type="text/xml"><datastore>{group}
<recordset>{records}</recordset></datastore></script></div>{pager}</div>{extra}
<div class="footer">主办单位：某某区人民政府办公室</div></body></html>"""


def _facts(text: str):
    return extract_page(text, URL)


def _listed(facts) -> list[tuple[str, str | None]]:
    return [(item.url, item.date) for item in facts.list_items]


EXPECTED = [(f"http://www.example.gov.cn/art/{p}/{d}.html", date) for p, d, _, date in ROWS]


@pytest.mark.parametrize("nextgroup", [True, False])
def test_island_rows_are_list_rows_with_dates(nextgroup: bool):
    facts = _facts(_page("".join(_record(*r) for r in ROWS), nextgroup=nextgroup))
    assert facts.kind == "column" and facts.list_state == "listed"
    assert _listed(facts) == EXPECTED


def test_records_with_attributes_and_table_rows():
    records = "".join(_record(*r, attrs=f' id="{i}" type="li"', style="table") for i, r in enumerate(ROWS))
    assert _listed(_facts(_page(records))) == EXPECTED


def test_gbk_page_decoded_then_expanded():
    raw = _page("".join(_record(*r) for r in ROWS), charset="gb2312").encode("gb18030")
    text, charset = decode_html(raw, "text/html")
    assert charset == "gb18030"
    facts = _facts(text)
    assert _listed(facts) == EXPECTED and facts.list_items[1].title == ROWS[1][2]


def test_island_only_page_with_a_pager_states_its_count():
    pager = ('<div class="pager">共18条&nbsp;第1/2页&nbsp;<a href="?uid=5001&pageNum=1">首页</a>'
             '<a href="?uid=5001&pageNum=1">上一页</a><a href="?uid=5001&pageNum=2">下一页</a>'
             '<a href="?uid=5001&pageNum=2">尾页</a></div>')
    records = "".join(_record("2026/9/%d" % (i + 1), f"art_1229_{6000 + i}", f"第{i + 1}号通知事项", f"2026-09-{i + 1:02d}")
                      for i in range(15))
    facts = _facts(_page(records, pager=pager))
    assert facts.kind == "column" and len(facts.list_items) == 15
    assert all(item.date for item in facts.list_items)
    assert facts.list_items[0].date == "2026-09-01" and facts.list_items[-1].date == "2026-09-15"
    assert all("pageNum" not in item.url for item in facts.list_items)  # the pager is not a row


def test_escaped_records_and_ordinary_xml_scripts():
    escaped = "".join(f"<record>{_record(*r)[8:-9].replace('<![CDATA[', '').replace(']]>', '').replace('<', '&lt;').replace('>', '&gt;')}</record>"
                      for r in ROWS)
    assert _listed(_facts(_page(escaped))) == EXPECTED
    # A text/xml script without records is left alone; a page without one is returned as is.
    other = '<script type="text/xml"><config><item>1</item></config></script>'
    assert expand_script_islands(other) == other
    plain = "<html><body><ul><li>x</li></ul></body></html>"
    assert expand_script_islands(plain) is plain
