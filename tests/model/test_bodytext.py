"""Page body text as a model fact: normalised, capped, with the section headings of the body."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from govaudit import pipeline
from govaudit.crawl import crawl_site
from govaudit.model.extract.bodytext import TEXT_CAP, page_text
from govaudit.model.extract.page import extract_page
from govaudit.model.pagetext import TEXT_FILE, open_texts
from govaudit.settings import CrawlSettings
from tests.model.loopback import serve_handler

# A TRS-style 机构职能 page: a ColumnName meta, a breadcrumb, the duties under numbered <p> headings.
DUTIES_TRS = """<html><head><title>机构职能_某县市场监督管理局</title><meta name="ColumnName" content="机构职能"></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 机构职能</div>
<div class="TRS_Editor">
<p>一、主要职责</p><p>（一）负责市场综合监督管理。起草有关规范性文件草案，组织实施质量强县战略。</p>
<p>（二）负责市场主体统一登记注册。指导各类企业、农民专业合作社和个体工商户登记注册工作。</p>
<p>二、内设机构</p><p>办公室、综合执法科、登记注册科、食品安全协调科。</p>
<p>三、联系方式</p><p>办公地址：某县人民路 8 号　　联系电话：0571-12345678　　办公时间：工作日 8:30-17:00</p>
</div>
<div class="footer">主办单位：某县市场监督管理局</div></body></html>"""

# A Hanweb-style guide: <h3> section headings inside the article body, a 来源 label line above.
GUIDE_HANWEB = """<html><head><title>某区政府信息公开指南</title><meta name="ArticleTitle" content="某区人民政府政府信息公开指南"></head>
<body><div id="zoom" class="article-content"><div class="info">来源：区政府办公室 发布时间：2026-03-01</div>
<h3>受理机构</h3><div>某区人民政府办公室政务公开科，地址：某区府前路 1 号，电话：0571-87654321。</div>
<h3>办理流程</h3><div>申请人可通过网上申请、信函申请、当面申请等方式提出政府信息公开申请，受理机构依法答复。</div>
<h3>收费标准</h3><div>行政机关依申请提供政府信息，不收取费用；申请数量明显超过合理范围的，可以收取信息处理费。</div>
</div></body></html>"""


def test_numbered_paragraphs_are_headings_and_the_text_is_normalised():
    facts = extract_page(DUTIES_TRS, "http://x.test/jgzn/")
    assert [h for h in facts.body_headings if "、" in h and h[0] in "一二三"] == ["一、主要职责", "二、内设机构", "三、联系方式"]
    assert "二、内设机构" in facts.body_headings and "三、联系方式" in facts.body_headings
    assert not any("负责市场综合监督管理。" in h for h in facts.body_headings)  # a sentence is not a heading
    text = page_text("http://x.test/jgzn/", facts.body_text, facts.body_headings)
    assert text is not None and "联系电话：0571-12345678" in text.text and "  " not in text.text
    assert "首页" not in text.text  # the menu and breadcrumb are not the body
    assert "主办单位" not in text.text


def test_short_heading_elements_are_headings_but_label_lines_are_not():
    facts = extract_page(GUIDE_HANWEB, "http://x.test/art/2026/3/1/art_1_2.html")
    assert ["受理机构", "办理流程", "收费标准"] == [h for h in facts.body_headings if h in ("受理机构", "办理流程", "收费标准")]
    assert not any(h.startswith("来源") for h in facts.body_headings)


def test_text_is_capped_and_the_cap_is_recorded():
    text = page_text("http://x.test/a.html", "字" * (TEXT_CAP + 10), ())
    assert text is not None and len(text.text) == TEXT_CAP and text.chars == TEXT_CAP + 10 and text.truncated
    assert page_text("http://x.test/b.html", " \n ", ()) is None


PAGES = {
    "/": "<html><head><title>某县人民政府</title></head><body><a href='/jgzn/'>机构职能</a>"
         "<a href='https://zwfw.zj.gov.cn/'>浙江政务服务网</a></body></html>",
    "/jgzn/": DUTIES_TRS,
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = PAGES.get(self.path, "<html><body>doc</body></html>").encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_build_writes_page_texts_beside_the_model_and_keeps_offsite_links(tmp_path: Path):
    with serve_handler(_Handler) as base:
        crawl_site(base, tmp_path, CrawlSettings(rate=0, max_pages=20))
    site = pipeline.build(tmp_path)
    assert site.page_text is not None and site.page_text.file == TEXT_FILE and site.page_text.pages >= 1
    lines = [json.loads(line) for line in (tmp_path / TEXT_FILE).read_text(encoding="utf-8").splitlines()]
    assert base + "jgzn/" in {line["url"] for line in lines}
    assert base not in {line["url"] for line in lines}  # the homepage is not a body text
    texts = open_texts(tmp_path, pipeline.load_site(tmp_path).page_text)
    duties = texts.get(base + "jgzn/")
    assert duties is not None and "内设机构" in duties.text and "二、内设机构" in duties.headings
    (portal,) = site.offsite_links
    assert portal.host == "zwfw.zj.gov.cn" and portal.text == "浙江政务服务网" and portal.source == base
    assert "page_text" not in json.loads((tmp_path / "site.json").read_text(encoding="utf-8"))["pages"][0]


CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")
def test_a_real_trs_guide_keeps_its_sections_and_contacts():
    """平潭's 政府信息公开指南 (TRS): numbered <p> headings of two levels, contacts in the text."""
    path = next((CORPUS / "pingtan" / "zwgk" / "zfxxgk" / "zfxxgkzn").rglob("page.html"))
    facts = extract_page(path.read_text(encoding="utf-8"), "http://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgkzn/202311/t20231101_51587.htm")
    assert facts.body_headings[:2] == ("一、主动公开", "（一）主动公开工作机构")
    assert {"二、依申请公开", "（一）受理政府信息公开申请机构", "三、监督方式及程序"} <= set(facts.body_headings)
    text = page_text(facts.url, facts.body_text, facts.body_headings)
    assert text is not None and "地址" in text.text and "电话" in text.text and not text.truncated


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")
def test_widget_labels_and_dates_of_real_articles_are_not_headings():
    """平潭 documents carry 全真版/文字版/附件下载 widgets and a signature date in short blocks."""
    for path in (CORPUS / "pingtan" / "zwgk").rglob("page.html"):
        facts = extract_page(path.read_text(encoding="utf-8"), "http://www.pingtan.gov.cn/zwgk/x/t20240101_1.htm")
        assert not {"全真版", "文字版", "附件下载", "扫一扫在手机上查看当前页面"} & set(facts.body_headings), path
        assert all(any("\u4e00" <= c <= "\u9fff" for c in h) for h in facts.body_headings), path
