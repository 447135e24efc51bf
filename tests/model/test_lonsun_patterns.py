"""龙讯 Lonsun (合肥 and its districts, 安徽 departments and counties): the patterns the sample site `lonsun` showed
misread at first contact, each on real markup.

Sources (library tools):
  - tests/model/realpages/hfss-gov-cn_lonsun_xxgk_validity-table_script-wenhao.html (合肥市蜀山区审计局, a Lonsun
    信息公开 record: `信息分类：专项工作`, a news record with `有效性：有效`, the 文号 cell
    `<td id="_fileNum"> <script>var fileNum = "";if(fileNum.indexOf("号") == -1){document.write('号');}</script></td>`);
  - 信息公开 list rows `<ul class="clearfix xxgk_nav_list t4"><li><a href title>…</a><span class="date">…</span></li>`
    (scrapers of mpa.ah.gov.cn, slt.ah.gov.cn, yjt.ah.gov.cn, zczj.haibei.gov.cn: `//ul[@class="clearfix xxgk_nav_list"]/li`,
    `./a/@title`, `./span[@class="date"]/text()`); the trail `div.gk_pos wza-region_nav` is the 蜀山区 page's;
  - the site list's pager `Ls.pagination("#page_6791573", function(pageIndex){ location.href='https://hrss.ah.gov.cn/content/
    column/6791573?pageIndex=' + pageIndex;},{currPage: (0+1),pageCount:3});` under `<ul class="doc_list list-6791573">`
    (a scraper's fixture of hrss.ah.gov.cn; a scraper of zczj.haibei.gov.cn reads `pageCount:(\\d+),` and lists at
    `/content/column/<id>?pageIndex=N`); the 信息公开 list's `Ls.ajax({dataType: "html", url: "/site/label/165919", data:
    {…, pageIndex: pageIndex, …}}).done(function(html) { $("#xxgk_lmcon").html(html); })` (庐山 scraper).
"""

from __future__ import annotations

from pathlib import Path

from govaudit.model.classify import document_kind
from govaudit.model.extract.page import extract_page
from govaudit.pluginpager import PluginPager, plugin_pagers
from tests.model.loopback import HTML, crawl_and_build

_REAL = Path(__file__).parent / "realpages" / "hfss-gov-cn_lonsun_xxgk_validity-table_script-wenhao.html"
_HRSS = ("<script>Ls.pagination(\"#page_6791573\", function(pageIndex){ location.href='https://hrss.ah.gov.cn/content/column/"
         "6791573?pageIndex=' + pageIndex;},{currPage: (0+1),pageCount:3});</script>")
_LUSHAN = ('<script>Ls.pagination("#page_public_info", function (pageIndex) {\n Ls.ajax({dataType: "html", url: "/site/label/165919",'
           ' data : {siteId : "4443205", pageSize : "16", pageIndex: pageIndex, action : "list", organId: "4443193", type: "4",'
           ' catId: "5337461", cId : "", result : "暂无相关信息"}}).done(function(html) { $("#xxgk_lmcon").html(html); });\n'
           '}, {currPage: 1, pageCount:5});</script>')


def _public_list(rows: int) -> str:
    items = "".join(f'<li><a href="/public/14981/7227{k:04d}.html" target="_blank" title="审计局第{k}条工作信息">审计局第{k}条工作信息</a>'
                    f'<span class="date">2026-11-{20 - k:02d}</span></li>' for k in range(1, rows + 1))
    return ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>专项工作_蜀山区审计局</title>'
            '<meta name="SiteName" content="合肥市蜀山区人民政府"></head><body><div class="wza-container">'
            '<div class="ls-header" role="banner"><ul class="navbar-nav"><li><a href="/index.html">网站首页</a></li>'
            '<li><a href="/public/organIndex/13751.html">政府信息公开</a></li></ul></div>'
            '<div class="gk_pos wza-region_nav" aria-label="栏目路径"><span><a href="/index.html">首页</a> &gt; <i>蜀山区审计局</i> <i>&gt;</i> '
            '<a href="/public/column/14981?type=4&amp;catId=7001871&amp;action=list" target="_self">专项工作</a></span></div>'
            f'<div id="xxgk_lmcon"><ul class="clearfix xxgk_nav_list t4">{items}</ul></div>'
            '<div id="page_public_info"></div></div></body></html>')


def test_a_disclosure_list_named_after_the_catalogues_navigation_is_the_pages_list() -> None:
    """`xxgk_nav_list` holds the word nav: before, its rows were navigation and the column page a hub."""
    facts = extract_page(_public_list(4), "http://www.hfss.gov.cn/public/column/14981?type=4&catId=7001871&action=list")
    assert facts.kind == "column" and facts.list_state == "listed"
    assert [(i.title, i.date) for i in facts.list_items][:2] == [("审计局第1条工作信息", "2026-11-19"), ("审计局第2条工作信息", "2026-11-18")]
    assert len(facts.list_items) == 4


def test_ls_pagination_states_the_page_total_and_the_address_its_callback_builds() -> None:
    assert plugin_pagers(_HRSS) == [PluginPager("pagination", 3, "https://hrss.ah.gov.cn/content/column/6791573?pageIndex={n}")]
    assert plugin_pagers(_LUSHAN) == [PluginPager("pagination", 5, None)]  # rows by Ajax: no address, never guessed


def _site_list(n: int, pages: int) -> str:
    rows = "".join(f'<li class="odd"><a href="/ssyw/7{n}{k:02d}.html" title="蜀山要闻第{n}页第{k}条">蜀山要闻第{n}页第{k}条</a>'
                   f'<span class="date">2026-{12 - n:02d}-{20 - k:02d}</span></li><li class="lm_line"></li>' for k in range(1, 4))
    script = _HRSS.replace("https://hrss.ah.gov.cn", "").replace("6791573", "11280011").replace("(0+1)", f"({n - 1}+1)") \
        .replace("pageCount:3", f"pageCount:{pages}")
    return ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>蜀山要闻_合肥市蜀山区人民政府</title>'
            '<meta name="ColumnName" content="蜀山要闻"></head><body>'
            '<div class="wz_top wza-region_nav" role="navigation" aria-label="栏目路径"><span><a href="/index.html">首页</a> &gt; '
            "<a title='蜀山要闻' href='/ssyw/index.html'>蜀山要闻</a></span></div>"
            f'<div class="lmlist"><ul class="doc_list list-11280011">{rows}</ul><div id="page_11280011"></div>{script}</div></body></html>')


def _doc(title: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{title}</title></head><body><h1 class="newstitle">{title}</h1>'
            f'<div class="newsinfo"><span>发布时间：2026-09-01 09:00</span></div><div class="j-fontContent newscontnet">'
            f'<p>{title}。会议强调，要压紧压实工作责任，细化任务举措，加强督促调度，确保各项目标任务按期完成。</p></div></body></html>')


def test_a_static_first_page_whose_script_names_its_later_pages_at_a_dynamic_address_is_one_column(tmp_path: Path) -> None:
    """Page 1 at `/ssyw/index.html`, pages 2 and 3 only at `/content/column/11280011?pageIndex=N` named by Ls.pagination. Before,
    the later pages were not fetched (the column seen by its first page only); fetched, pages 2 and 3 were a second 蜀山要闻
    at `/content/column/11280011` whose first page was never fetched (stale and empty verdicts undecided)."""
    pages = {"/": (200, HTML, '<html><head><meta charset="utf-8"><title>合肥市蜀山区人民政府</title></head><body>'
                   '<a href="/ssyw/index.html">蜀山要闻</a></body></html>'),
             "/ssyw/index.html": (200, HTML, _site_list(1, 3))}
    for n in (2, 3):
        pages[f"/content/column/11280011?pageIndex={n}"] = (200, HTML, _site_list(n, 3))
    for n in (1, 2, 3):
        for k in range(1, 4):
            pages[f"/ssyw/7{n}{k:02d}.html"] = (200, HTML, _doc(f"蜀山要闻第{n}页第{k}条"))
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = [c for c in model.columns if "蜀山要闻" == c.name]
    assert column.url.removeprefix(base) in ("ssyw/", "ssyw/index.html")
    assert (len(column.pages), column.pages_unobserved, len(column.items)) == (3, 0, 9)


def test_the_wenhao_a_script_completes_with_hao_is_read_as_shown() -> None:
    """A stored number without 号 (`var fileNum = "合蜀审〔2017〕3"`): the cell's script writes 号 after it. Before, the 文号 was
    read as 合蜀审〔2017〕3 and failed the number pattern; an empty cell (the real page) stays empty."""
    html = _REAL.read_text(encoding="utf-8")
    url = "http://www.hfss.gov.cn/public/14981/72277321.html"
    assert extract_page(html, url).metadata["发文字号"] == ""
    numbered = html.replace(' <script>var fileNum = "";', '合蜀审〔2017〕3<script>var fileNum = "合蜀审〔2017〕3";') \
        .replace('<td class="pmingcheng"><script>var fileNum = "";', '<td class="pmingcheng">合蜀审〔2017〕3<script>var fileNum = "合蜀审〔2017〕3";')
    assert numbered.count("合蜀审〔2017〕3<script>") == 2
    assert extract_page(numbered, url).metadata["发文字号"] == "合蜀审〔2017〕3号"


def test_lonsuns_information_class_is_the_records_classification() -> None:
    """`<th>信息分类：</th><td class="pmingcheng">专项工作</td>`: before, the field was dropped."""
    facts = extract_page(_REAL.read_text(encoding="utf-8"), "http://www.hfss.gov.cn/public/14981/72277321.html")
    assert facts.metadata["主题分类"] == "专项工作"


def test_a_numbered_notice_with_the_validity_every_lonsun_record_has_is_a_notice() -> None:
    """Every Lonsun record has 有效性 (the 蜀山区 news record: 有效); a 通知公告 column's numbered notice is a notice,
    not a policy document that needs an interpretation. Before, 文号 + 有效性 made it a policy document."""
    metadata = {"索引号": "003178965/202611-00038", "主题分类": "通知公告", "发文机关": "霁湖区人民政府办公室",
                "发文字号": "霁政办秘〔2026〕41号", "有效性": "有效", "成文日期": "2026-11-06"}
    assert document_kind("霁湖区人民政府办公室关于做好2027年元旦春节期间值班工作的通知", "通知公告", metadata, False) == "notice"
    assert document_kind("某区关于印发《某区城市绿化管理办法》的通知", "政策文件", metadata, False) == "policy"
