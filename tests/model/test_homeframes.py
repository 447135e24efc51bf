"""A home page made of frames (model/homeframes.py): its frames, nested framesets followed, and the
footer its frames show together.

Real markup (GitHub public code): the frameset is zengxianghui93/wlp
`wlp/WebRoot/WEB-INF/jsp/manage/main.jsp` (`<frameset rows="86,*,0">` with a top frame, a
`<frameset cols="231,*">` of a menu frame and a main frame, and a bottom frame); the iframe
layout is guochao2299/electronicchamber `ElectronicChamber/WebContent/main.jsp` (a top, a left
and a main `<iframe>`, nothing else in the body)."""

from __future__ import annotations

from govaudit.model.extract.footer import FooterFacts
from govaudit.model.extract.page import extract_page
from govaudit.model.homeframes import FRAME_TAG, frame_tag, home_frames, merged_footer

H = "http://www.bailu.gov.cn"
FRAMESET = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>白鹭区人民政府</title></head>
<frameset rows="86,*,0" framespacing="0" border="0" frameborder="no">
	<frame name="top" scrolling="no" src="/manage/topTo.html">
	<frameset cols="231,*">
		<frame name="menu"  src="/manage/leftMenu.html" scrolling="auto"/>
		<frame name="main" src="/manage/homePage.html" scrolling="auto"/>
	</frameset>
	<frame name="bottom" scrolling="no" src="/manage/bottom.html"/>
	<noframes><body><p>此网页使用了框架，但您的浏览器不支持框架。</p></body></noframes>
</frameset></html>"""


def _frames(html: str, url: str) -> list[str]:
    return [l.url for l in extract_page(html, url, is_home=True).links if l.tag == "frame"]


def test_the_frames_of_a_frameset_home_page_are_its_parts_nested_framesets_too():
    fetched = {f"{H}/": _frames(FRAMESET, f"{H}/"), f"{H}/manage/topTo.html": [], f"{H}/manage/leftMenu.html": [],
               f"{H}/manage/bottom.html": [],
               # the main frame is itself a frameset (a list beside its own menu)
               f"{H}/manage/homePage.html": [f"{H}/manage/news.html", f"{H}/manage/topTo.html"], f"{H}/manage/news.html": []}
    parts, missing = home_frames(f"{H}/", fetched.get)
    assert parts == [f"{H}/manage/topTo.html", f"{H}/manage/leftMenu.html", f"{H}/manage/homePage.html",
                     f"{H}/manage/bottom.html", f"{H}/manage/news.html"] and missing == []


def test_a_frame_not_fetched_is_reported_not_dropped():
    fetched = {f"{H}/": _frames(FRAMESET, f"{H}/"), f"{H}/manage/topTo.html": [], f"{H}/manage/leftMenu.html": [],
               f"{H}/manage/homePage.html": []}
    parts, missing = home_frames(f"{H}/", fetched.get)
    assert missing == [f"{H}/manage/bottom.html"] and f"{H}/manage/bottom.html" not in parts


def test_a_page_that_is_no_frameset_has_no_parts():
    assert home_frames(f"{H}/", {f"{H}/": []}.get) == ([], [])
    assert FRAME_TAG.search(FRAMESET.encode()) and not FRAME_TAG.search(b'<iframe src="/list.html"></iframe><frameset rows="*">')


def test_the_footer_of_a_frameset_home_is_what_its_frames_show():
    frameset = FooterFacts(None, "3399000001", None, None, None, False)
    top = FooterFacts(None, None, None, None, None, False)
    bottom = FooterFacts("3399000001", None, "3399000001", "浙ICP备00000001号-1", "浙公网安备33990002000001号", True, "白鹭区人民政府办公室")
    footer, shown = merged_footer([frameset, top, bottom])
    assert footer == FooterFacts("3399000001", "3399000001", "3399000001", "浙ICP备00000001号-1", "浙公网安备33990002000001号",
                                 True, "白鹭区人民政府办公室")
    assert shown == 2  # the bottom frame is cited
    assert merged_footer([frameset]) == (frameset, 0)


IFRAMES = """<html><head><title>白鹭区人民政府</title>
<style>#frameTop { position: absolute; top: 0; left: 0; height: 100px; width: 100%; }</style></head>
<body>
	<div>
        <iframe id="frameTop" src="top.jsp"></iframe>
    </div>
    <div>
        <iframe id="frameContentLeft" src="left.jsp"></iframe>
        <iframe id="frameContentRight" name="mainFrame" src="index.jsp"></iframe>
    </div>
</body>
</html>"""


def test_a_page_of_frames_or_of_iframes_only_is_made_of_them_a_portal_with_a_widget_is_not():
    assert frame_tag(FRAMESET.encode(), "text/html; charset=utf-8") == "frame"
    assert frame_tag(IFRAMES.encode("gb18030"), "text/html; charset=GB18030") == "iframe"
    wrapper = '<html><body><a href="/wza/">无障碍</a><iframe src="index_main.html" width="100%" height="100%"></iframe></body></html>'
    assert frame_tag(wrapper.encode(), None) == "iframe"
    portal = IFRAMES.replace("<div>", "<div><p>" + "白鹭区人民政府门户网站要闻。" * 30 + "</p>", 1)
    assert frame_tag(portal.encode(), "text/html; charset=utf-8") is None
    assert frame_tag(b"<html><body><p>plain</p></body></html>", None) is None
    assert [l.target for l in extract_page(IFRAMES, f"{H}/", is_home=True).links if l.tag == "iframe"] == \
        [f"{H}/top.jsp", f"{H}/left.jsp", f"{H}/index.jsp"]
