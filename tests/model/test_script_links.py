"""Links written as scripts (govaudit/jsurls.py via htmlpage.element_link): list rows and pagers
with no href, as fzgg.tj.gov.cn and fgw.ln.gov.cn (慧点 CMS) serve them. Read by href alone,
the list below had no row: a column page read as a hub with nothing listed."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "https://fzgg.example.gov.cn/xxfb/tzggx/"


def _row(m: int) -> str:
    href = f"https://fzgg.example.gov.cn/xxfb/tzggx/2026{m:02d}/t2026{m:02d}11_73728{m:02d}.html"
    title = f"关于第{m}批节能审查项目的公告"
    return (f'<li><a style="cursor:pointer" onclick="isDownLoad(this,\'{href}\')" title="{title}">{title}</a>'
            f'<span>2026-{m:02d}-11</span></li>')


PAGE = f"""<html><head><title>通知公告</title><meta name="ColumnName" content="通知公告"></head><body>
<div class="header"><a href="/">首页</a> <a href="/xxfb/">信息发布</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxfb/">信息发布</a> &gt; 通知公告</div>
<div class="list"><ul>{"".join(_row(m) for m in range(1, 10))}</ul></div>
<div class="page"><a href="javascript:void(0)" title="下一页" style="cursor:pointer"
  onclick="queryArticleByCondition(this,'/xxfb/tzggx/be842d3c-2.shtml')">下一页</a>
  <a href="javascript:void(0)" onclick="jumpTo(this,'7','1')">尾页</a></div>
<div class="share"><a href="javascript:void(0)"
  onclick="window.open('http://service.weibo.com/share/share.php?url='+encodeURIComponent(location.href))">微博</a></div>
<div class="footer">主办：某市发展和改革委员会</div></body></html>"""


def test_rows_opened_by_script_are_the_lists_rows():
    facts = extract_page(PAGE, URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.url, i.date) for i in facts.list_items] == [
        (f"https://fzgg.example.gov.cn/xxfb/tzggx/2026{m:02d}/t2026{m:02d}11_73728{m:02d}.html", f"2026-{m:02d}-11")
        for m in range(1, 10)]


def test_a_pager_opened_by_script_is_a_link_and_computed_addresses_are_not():
    urls = {link.url for link in extract_page(PAGE, URL).links}
    assert "https://fzgg.example.gov.cn/xxfb/tzggx/be842d3c-2.shtml" in urls
    assert not any("weibo" in u for u in urls)  # built by concatenation: no address of its own


VIEWER_PAGE = """<html><head><title>白鹭区2023年政府信息公开工作年度报告</title></head><body><div class="article">
<h1>白鹭区2023年政府信息公开工作年度报告</h1><p>发布日期：2024-01-20</p><div class="content">
<iframe src="/static/pdfjs/web/viewer.html?file=/uploadfile/2024/01/20/nb2023.pdf" width="100%"></iframe>
<p>附件：<a href="/pdfjs/web/viewer.html?file=%2Fuploadfile%2F2024%2F01%2F20%2Fnb2023.pdf">年度报告.pdf</a></p>
<p><a href="/download.jsp?file=/uploadfile/2024/01/20/nb2023.pdf">下载</a></p></div></div></body></html>"""


def test_a_pdfjs_viewer_link_is_a_link_to_the_file_it_shows():
    # domain.md §7.5: attachments sit in pdf.js viewers (viewer?file=…pdf) as well as in <a>.
    # A download script's ?file= is not rewritten: the file may not be served at its own address.
    links = extract_page(VIEWER_PAGE, "http://www.bailu.gov.cn/zwgk/nb/202401/t20240120_1.html").body_links
    assert [(link.tag, link.kind, link.url) for link in links] == [
        ("iframe", "attachment", "http://www.bailu.gov.cn/uploadfile/2024/01/20/nb2023.pdf"),
        ("a", "attachment", "http://www.bailu.gov.cn/uploadfile/2024/01/20/nb2023.pdf"),
        ("a", "page", "http://www.bailu.gov.cn/download.jsp?file=/uploadfile/2024/01/20/nb2023.pdf")]
