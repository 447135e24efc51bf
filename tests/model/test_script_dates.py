"""A publication date a script writes after its label (`发布时间：<script>document.write("…")</script>`,
a `data-time` span a script fills, a JS variable copied in; tests/sites/mutate.py `scripts`) is a date a
visitor sees. Unrendered (`--render never`, no Chromium) it was not observed: the document's date is
marked `script`, never taken as absent. Before, kpy's 图片新闻 (a picture list of titles only, dates on
its articles, each with a PubDate meta) read every row as an undated article: 「条目均无可识别的发布日期，
视为未更新」, a false stale finding."""

from __future__ import annotations

from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.model.builder import build_site
from govaudit.settings import CrawlSettings
from tests.model.loopback import HTML, serve


def _article(n: int, written: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>图说棠溪区：召开森林防火工作会议</title>'
            f'<meta name="ArticleTitle" content="图说棠溪区：召开森林防火工作会议（{n}）"><meta name="ColumnName" content="图片新闻">'
            '<meta name="PubDate" content="2026-11-17 09:30"><meta name="ContentSource" content="棠溪区人民政府"></head><body>'
            '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tangxi/c100104/common_list.shtml">图片新闻</a></div>'
            f'<div class="detail"><div class="detail-title"><h1>图说棠溪区：召开森林防火工作会议（{n}）</h1></div>'
            f'<div class="detail-info"><span>发布时间：{written}</span><span>来源：棠溪区人民政府</span></div>'
            f'<div class="detail-content" id="zoom"><p>图说棠溪区：召开森林防火工作会议（{n}）。近日，棠溪区有关部门按照区委、'
            '区政府部署，扎实推进相关工作，取得阶段性成效。</p></div></div></body></html>')


def test_a_date_a_script_writes_unrendered_is_not_observed(tmp_path: Path) -> None:
    written = ('<script type="text/javascript">document.write("2026-11-17 09:30");</script>',
               '<script type="text/javascript">var pubDate = "2026-11-17 09:30";</script><span id="pubDate"></span>'
               '<script type="text/javascript">document.getElementById("pubDate").innerHTML = pubDate;</script>')
    rows = "".join(f'<li><a href="c2089{n}/content.shtml"><img src="/p.jpg" alt="图说{n}"></a>'
                   f'<p><a href="c2089{n}/content.shtml">图说棠溪区：召开森林防火工作会议（{n}）</a></p></li>' for n in range(2))
    pages = {"/": (200, HTML, '<html><head><meta charset="utf-8"><title>棠溪区人民政府</title></head><body>'
                              '<a href="/tangxi/c100104/common_list.shtml">图片新闻</a></body></html>'),
             "/tangxi/c100104/common_list.shtml": (200, HTML, '<html><head><meta charset="utf-8"><title>图片新闻</title></head>'
                                                             f'<body><ul class="pic-list">{rows}</ul></body></html>')}
    pages.update({f"/tangxi/c100104/c2089{n}/content.shtml": (200, HTML, _article(n, w)) for n, w in enumerate(written)})
    out = tmp_path / "out"
    with serve(pages) as base:
        crawl_site(base, out, CrawlSettings(rate=0, max_pages=20, render="never"))
    docs = [d for d in build_site(out).documents if "c100104/c2089" in d.url]
    assert len(docs) == 2 and all(d.pub_date_source == "script" for d in docs), docs
