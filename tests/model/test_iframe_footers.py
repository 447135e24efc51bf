"""A footer the site serves once and every page shows in an iframe (builder._framed_footer, frames.fold_frames,
builder._Kept.blank).

济南市人民政府's Hanweb pages end in `<div class="bottom" ergodic="serve"><iframe src="/col/col97620/index.html"
frameborder="0" scrolling="no" style="width: 100%; margin: 0 auto;height:120px"></iframe></div>` (tests/model/realpages,
jinan-gov-cn_hanweb_article_hrefless-trail_iframe-footer.html); 石家庄's WebIMS pages and 国资委's do the same
(sjz-gov-cn_…_iframe-footer.html, sasac-gov-cn_…_iframe-footer.html). The framed page below holds 石家庄's footer lines
as its page shows them (主办, 网站标识码, ICP and 公网安备), with no <title>, as such includes are served. Under
tests/sites/mutate.py's `frames` mutation (Hanweb, 2026-12): every template's footer read as missing its identifiers
(not observed), the untitled footer page reported as a blank error page — so every document's 解读 rule said one of its
links could not be opened — and an empty column, whose only frame was its footer, taken for a column whose list lives
in a frame: not observed, never judged empty."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.crawl.snapshot import Capture
from govaudit.model.builder import build_site_and_texts
from govaudit.model.extract.page import extract_page
from govaudit.model.rendering import observed_facts
from govaudit.model.types import SiteModel
from govaudit.settings import CrawlSettings
from tests.model.loopback import HTML, crawl_and_build, serve
from tests.sites import TEMPLATES, mutate

_FRAME = ('<div class="bottom" ergodic="serve"><iframe src="/col/col97620/index.html" frameborder="0" scrolling="no" '
          'style="width: 100%; margin: 0 auto;height:120px"></iframe></div>')
_FOOTER_PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><base target="_parent"></head>'
                '<body><div class="dbdhsrw"><div style="text-align: center;"><a href="/col/col97621/index.html">关于本站</a>'
                '<span>|</span><a href="/col/col97622/index.html">网站地图</a></div>'
                '<div style="text-align: center;">石家庄市人民政府办公室主办</div>'
                '<div style="text-align: center;">石家庄市电子政务中心承办</div>'
                '<div style="text-align: center;">网站标识码：1301000003</div>'
                '<div style="text-align: center;">冀ICP备20013865号 冀公网安备 13010202001704号</div></div></body></html>')
_PICS = [(f"/art/2026/11/{d}/art_1229402_{3200 + k}.html", f"图说石家庄：{name}", f"2026-11-{d:02d}")
         for k, (d, name) in enumerate(((17, "召开森林防火工作会议"), (11, "举办农民丰收节活动"), (5, "推进老旧小区改造"), (2, "开展义务教育督导")))]
_NEWS = [(f"/art/2026/11/{d}/art_1229401_{3100 + k}.html", f"全市召开第{k + 1}次优化营商环境工作推进会议", f"2026-11-{d:02d}")
         for k, d in enumerate((18, 12, 6))]


def _page(title: str, trail: str, main: str, frame: str = _FRAME) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title} 石家庄市人民政府</title></head><body>'
            '<div class="nav"><a href="/index.html">首页</a><a href="/col/col1229401/index.html">本市要闻</a>'
            '<a href="/col/col1229500/index.html">政务公开</a><a href="/col/col1229402/index.html">图片新闻</a></div>'
            f'<div class="position">当前位置：<a href="/index.html">首页</a> &gt; {trail}</div>{main}{frame}</body></html>')


def _site(frame: str = _FRAME, footer: tuple[int, str, str] = (200, HTML, _FOOTER_PAGE)) -> dict[str, tuple[int, str, str]]:
    rows = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in _NEWS)
    news = '<a href="/col/col1229401/index.html">本市要闻</a>'
    return {
        "/": (200, HTML, _page("首页", "", '<div class="box"><h3>本市要闻</h3><ul>' + rows + "</ul></div>"
                               '<div class="intro"><h3>走进石家庄</h3><p>石家庄是河北省省会，地处华北平原腹地，北靠京津，东临渤海，'
                               '西倚太行，是全省政治、经济、科技、金融、文化和信息中心，国务院批准实行沿海开放政策和金融对外开放的城市。'
                               '全市总面积一万四千余平方公里，辖八个区、十一个县（市）。</p></div>', frame)),
        "/col/col1229401/index.html": (200, HTML, _page("本市要闻", news, f'<ul class="list">{rows}</ul>', frame)),
        # 空白栏目: the menu's highlighted item, Hanweb's empty record island, nothing else but the framed footer
        "/col/col1229507/index.html": (200, HTML, _page(
            "财政预决算", '<a href="/col/col1229507/index.html">财政预决算</a>',
            '<div class="left-nav"><ul><li><a href="/col/col1229401/index.html">本市要闻</a></li>'
            '<li class="on"><a href="/col/col1229507/index.html">财政预决算</a></li>'
            '<li><a href="/col/col1229508/index.html">重大项目</a></li></ul></div>'
            '<div class="lm-list"><div id="4568307"><script type="text/xml"><datastore><recordset>'
            '</recordset></datastore></script></div></div>', frame)),
        "/col/col1229508/index.html": (200, HTML, _page("重大项目", '<a href="/col/col1229508/index.html">重大项目</a>',
                                                        f'<ul class="list">{rows}</ul>', frame)),
        **{u: (200, HTML, _page(t, news, f'<h1>{t}</h1><div class="info">发布时间：{d} 10:00</div>'
                                         '<div class="content"><p>会议强调，要持续优化营商环境，推动各项政策落地见效。</p></div>', frame))
           for u, t, d in _NEWS},
        # 政务公开: a hub of its child columns (the shtml sample site's `/gk/fdzdgknr.shtml`, tests/sites/shtml.py)
        "/col/col1229500/index.html": (200, HTML, _page(
            "政务公开", '<a href="/col/col1229500/index.html">政务公开</a>',
            '<div class="wrap"><h2>政务公开</h2><ul>' + "".join(
                f'<li><a href="/col/col12295{n:02d}/index.html">{name}</a></li>' for n, name in (
                    (1, "通知公告"), (3, "规范性文件"), (4, "政策文件"), (5, "政策解读"), (7, "财政预决算"), (8, "重大项目"),
                    (9, "建议提案"), (13, "政府信息公开年报"))) + '</ul></div>', frame)),
        # 图片新闻: pictures and captions, no dates (the jee sample site's `ul.pic-list`, tests/sites/jee.py)
        "/col/col1229402/index.html": (200, HTML, _page(
            "图片新闻", '<a href="/col/col1229402/index.html">图片新闻</a>', '<div class="list-title"><h3>图片新闻</h3></div>'
            '<ul class="pic-list">' + "".join(
                f'<li><a href="{u}" target="_blank"><img src="/u/cms/pic{k}.jpg" alt="{t}"></a><p><a href="{u}" '
                f'target="_blank">{t}</a></p></li>' for k, (u, t, _) in enumerate(_PICS)) + "</ul>", frame)),
        **{u: (200, HTML, _page(t, '<a href="/col/col1229402/index.html">图片新闻</a>',
                                f'<h1>{t}</h1><div class="info">发布时间：{d} 09:30</div>'
                                '<div class="content"><p><img src="/u/cms/pic.jpg"></p><p>图为活动现场。</p></div>', frame))
           for u, t, d in _PICS},
        "/col/col97620/index.html": footer,
    }


def _shown(model: SiteModel) -> set[tuple[str, bool, bool, bool, bool]]:
    return {(f.template, bool(f.site_id_code), bool(f.icp), bool(f.psb), bool(f.sponsor)) for f in model.footers}


def test_a_footer_shown_in_an_iframe_is_each_pages_footer(tmp_path: Path) -> None:
    model, _ = crawl_and_build(_site(), tmp_path / "out")
    assert (model.footer.site_id_code, model.footer.icp, model.footer.sponsor) == (
        "1301000003", "冀ICP备20013865号", "石家庄市人民政府办公室")
    assert _shown(model) == {(t, True, True, True, True) for t in ("home", "list", "article")}


def test_an_untitled_page_showing_links_and_text_is_no_blank_page(tmp_path: Path) -> None:
    """Its kept facts hold neither links nor text (parked): it was reported as a blank error page."""
    model, base = crawl_and_build(_site(), tmp_path / "out")
    framed = next(p for p in model.pages if p.url.startswith(base + "col/col97620/"))
    assert (framed.kind, framed.outcome) == ("other", "ok")


def test_an_untitled_page_other_pages_frame_is_a_part_of_them(tmp_path: Path) -> None:
    """No page tags or footer template of its own are judged (the gxjy sample site under `frames`, seed 2: its footer
    include, a hub by its ten links, failed the site tags SiteName, SiteDomain and SiteIDCode)."""
    model, base = crawl_and_build(_site(), tmp_path / "out")
    assert [u.removeprefix(base) for u in model.fragments] == [next(
        p.url for p in model.pages if p.url.startswith(base + "col/col97620/")).removeprefix(base)]


def test_a_footer_frame_never_read_shows_no_identifier(tmp_path: Path) -> None:
    """The framed page not served: what it would show is unread (the check says not observed), never missing."""
    model, _ = crawl_and_build(_site(footer=(503, HTML, "<html><body>Service Unavailable</body></html>")), tmp_path / "out")
    assert not (model.footer.site_id_code or model.footer.icp or model.footer.sponsor)
    assert _shown(model) == {(t, False, False, False, False) for t in ("home", "list", "article")}


def test_an_empty_column_whose_only_frame_is_its_footer_is_empty(tmp_path: Path) -> None:
    model, base = crawl_and_build(_site(), tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert (columns["col/col1229507/"].state, columns["col/col1229401/"].state) == ("empty", "listed")


def test_a_column_framing_a_page_never_read_stays_not_observed(tmp_path: Path) -> None:
    """A frame the crawl could not read may hold the column's list (frames.py's `<iframe src="list.aspx?cid=21">`)."""
    model, base = crawl_and_build(_site(footer=(503, HTML, "<html><body>Service Unavailable</body></html>")), tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert columns["col/col1229507/"].state == "not_observed"


def test_pages_framing_their_footer_read_as_with_the_footer_written_in(tmp_path: Path) -> None:
    """A hub of its child columns was read as a column whose list lives in its (footer) frame, never judged; a picture
    list counted the frame as one more row that is no document, so it was no undated list of documents (a hub)."""
    inline = '<div class="footer">' + _FOOTER_PAGE.split("<body>")[1].split("</body>")[0] + "</div>"
    framed, base = crawl_and_build(_site(), tmp_path / "framed")
    written, base2 = crawl_and_build(_site(frame=inline), tmp_path / "written")
    kinds = {p.url.removeprefix(base): p.kind for p in framed.pages if "col97620" not in p.url}
    assert kinds == {p.url.removeprefix(base2): p.kind for p in written.pages}
    assert kinds["col/col1229500/"] == "hub" and kinds["col/col1229402/"] == "column"
    states = {c.url.removeprefix(base): (c.state, len(c.items)) for c in framed.columns}
    assert states == {c.url.removeprefix(base2): (c.state, len(c.items)) for c in written.columns}
    assert states["col/col1229402/"] == ("listed", 4) and states["col/col1229507/"] == ("empty", 0)


_ZBLOG_PAGE = """<html><head><meta charset="utf-8"><title>机构职能-岚溪乡人民政府</title></head><body class="single page">
<div id="divAll"><div id="divPage"><div id="divMiddle">
<div id="divTop"><h1 id="BlogTitle"><a href="/">岚溪乡人民政府</a></h1><h3 id="BlogSubTitle">福建省宁化县岚溪乡</h3></div>
<div id="divNavBar"><ul><li><a href="/">首页</a></li></ul></div>
<div id="divMain"><div class="post page"><h2 class="post-title">机构职能</h2>
<div class="post-body"><p>岚溪乡人民政府负责本乡经济社会发展规划、社会管理和公共服务，设党政综合办公室等5个内设机构。</p></div></div></div>
{footer}<div class="clear"></div></div></div></div></body></html>"""


def test_a_single_page_framing_its_footer_below_its_folder_is_still_a_single_page() -> None:
    """Z-BlogPHP's single page `/?id=4` (the zblog sample site's, tests/sites/zblog.py) whose footer is framed from
    `/inc/footer.html`: the frame's address lies below the page's folder `/`, which made the page a hub leading to its
    children (extract.page._leads_below), no static page."""
    written = extract_page(_ZBLOG_PAGE.format(footer='<div id="divBottom"><h3 id="BlogCopyRight">主办：岚溪乡人民政府　'
                                                     '网站标识码：3507250022</h3></div>'), "http://h/?id=4")
    framed = extract_page(_ZBLOG_PAGE.format(footer='<iframe src="/inc/footer.html" frameborder="0" scrolling="no" '
                                                    'width="100%" height="200"></iframe>'), "http://h/?id=4")
    assert (framed.kind, framed.list_state, framed.single_article) == (written.kind, written.list_state, True) == (
        "column", "listed", True)


def _sample_page(template: str, path: str) -> tuple[str, str]:
    """(written, framed): a sample site's page as generated and under tests/sites/mutate.py's `frames` (its footer in
    `<iframe src="/inc/footer.html">`)."""
    site = TEMPLATES[template][0]("small")
    framed = mutate.frame_footers(replace(site, name="iframe footer"))  # (a name that picks the iframe form)
    assert mutate._pick(replace(site, name="iframe footer frames"), mutate._FRAME_FORMS) == "iframe"
    return (site.resources[path].body.decode("utf-8"), framed.resources[path].body.decode("utf-8"))


def test_an_empty_columns_containers_wait_for_its_frame() -> None:
    """Drupal 7's empty 便民服务 term page (the drupal sample site's `/bmfw`): its empty containers, which the build compares
    with the listed pages' (builder._template_empties), were dropped with the page taken for a framed list; they are
    kept for the page as it shows itself (PageFacts.unframed), counted only once the frame holds no list."""
    written, framed = (extract_page(text, "http://h/bmfw") for text in _sample_page("drupal", "/bmfw"))
    assert written.empty_boxes and (framed.framed, framed.empty_boxes) == ("http://h/inc/footer.html", ())
    assert framed.unframed[:2] == (written.kind, written.list_state) and framed.unframed[4] == written.empty_boxes


def test_a_rendered_empty_list_beside_a_footer_frame_was_observed_empty() -> None:
    """ThinkCMF's empty 便民服务 list (the thinkcmf sample site's `/portal/list/index/id/5.html`, its `$.ajax` header
    loader) rendered with its scripts run: empty, whatever its frame holds (model/rendering.observed_facts)."""
    _, framed = _sample_page("thinkcmf", "/portal/list/index/id/5.html")
    facts = extract_page(framed, "http://h/portal/list/index/id/5.html")
    assert facts.unframed[:2] == ("column", "not_observed")
    rendered = Capture("http://h/portal/list/index/id/5.html", None, "GET", 200, "ok", "text/html", "utf-8", None, None,
                       None, None, None, 1, None, render="rendered", render_note="empty_container", rendered_record="x#1")
    seen = observed_facts(facts, rendered)
    assert (seen.list_state, seen.unframed[:2]) == ("not_observed", ("column", "empty"))  # the frame may yet hold the list


def test_a_guide_read_as_a_hub_beside_its_footer_frame_keeps_its_text(tmp_path: Path) -> None:
    """Drupal 7's 政府信息公开指南 (the drupal sample site's `/xxgk/xxgkzn`, a hub beside a 热门内容 widget), its footer
    framed: first taken for a framed list, its text was kept as a list page's (none but a column's first), so the guide
    rule no longer read its `本指南自2026年2月10日起施行` (guide-current pass → incomplete)."""
    site = mutate.frame_footers(replace(TEMPLATES["drupal"][0]("small"), name="iframe footer"))
    pages = {path: (r.status, r.content_type, r.body) for path, r in site.resources.items()}
    with serve(pages) as base:
        crawl_site(base, tmp_path / "out", CrawlSettings(rate=0, max_pages=300))
    model, texts = build_site_and_texts(tmp_path / "out")
    assert next(p.kind for p in model.pages if p.url == base + "xxgk/xxgkzn") == "hub"
    assert "起施行" in next(t.text for t in texts if t.url == base + "xxgk/xxgkzn")


def test_a_footer_include_of_text_alone_is_no_blank_page(tmp_path: Path) -> None:
    """An include showing its footer lines and no link (DedeCMS's footer under all 22 mutations, seed 36: 主办, 网站标识码
    and an unlinked ICP number): its text is footer text, no body text, and it was reported as a blank error page — every
    document's 解读 rule then said one of its links could not be opened."""
    include = ('<html><head><meta charset="utf-8"></head><body><div class="foot"><p>龙溪镇人民政府主办　承办：龙溪镇党政综合办公室</p>'
               '<p><span>网站标识码：</span><span>1311250016</span>　版权所有：龙溪镇人民政府　备案号：冀ICP备10023456号-1</p>'
               '</div></body></html>')
    model, base = crawl_and_build(_site(footer=(200, HTML, include)), tmp_path / "out")
    framed = next(p for p in model.pages if p.url.startswith(base + "col/col97620/"))
    assert (framed.kind, framed.outcome) == ("other", "ok")
    assert model.footer.site_id_code == "1311250016"
