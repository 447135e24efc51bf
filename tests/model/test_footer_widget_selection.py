"""footer_widgets reads the 找错 script, 找错 links and images and conac.cn links in one pass, and the
conac badge's id through its attributes: it must find exactly what the separate loops over
every script, link and image and the element XPath found, on generated markup."""

from __future__ import annotations

import random

import lxml.etree

from govaudit.htmlpage import parse_document
from govaudit.htmlvocab import HIDDEN_STYLE
from govaudit.model.extract.footer import _JIUCUO_IMAGE, _JIUCUO_LINK, _WRITTEN_JIUCUO, footer_widgets


_ID_CONAC = lxml.etree.XPath('boolean(//*[@id="_ideConac"])')


def _loops(tree: lxml.etree._Element, scripts: str) -> tuple[str | None, bool]:
    """footer_widgets as it was written: Python loops over the elements."""
    code = next((sitecode.strip() for el in tree.iter("script")
                 if el.get("id") == "_jiucuo_" and (sitecode := el.get("sitecode")) is not None), None)
    if code is None and (m := _WRITTEN_JIUCUO.search(scripts)):
        code = m.group(1)
    if code is None:
        code = next((m.group(1) for el in tree.iter("a") if "jiucuo" in (href := el.get("href") or "")
                     and (m := _JIUCUO_LINK.search(href)) and not HIDDEN_STYLE.search(el.get("style") or "")), None)
    if code is None:
        code = next((m.group(1) for el in tree.iter("img") if (m := _JIUCUO_IMAGE.search(el.get("src") or ""))
                     and not HIDDEN_STYLE.search(el.get("style") or "")), None)
    conac = "conac.cn" in scripts or "_ideConac" in scripts or _ID_CONAC(tree) or any(
        "conac.cn" in (el.get("href") or el.get("src") or "") for el in tree.iter("a", "script", "img"))
    return code, conac


TAGS = ["a", "script", "img", "span", "iframe", "A"]
ATTRS = [
    ('id', ["_jiucuo_", "_JIUCUO_", "x", "", "_ideConac", " _ideConac"]),
    ('sitecode', [" 3418020005 ", "", "bm01"]),
    ('href', ["", "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3418020005", "/jiucuo/", "http://www.conac.cn/x",
              "conac.cn", "#", "http://bszs.conac.cn/sitename?site=1", "/exposure/jiucuo.htm?a=1&sitecode=22"]),
    ('src', ["", "http://dcs.conac.cn/js/33/000/0000/60407631/CA330000000604076310002.js", "/j.png", "conac.cn/x.gif",
             "http://pucha.kaipuyun.cn/exposure/images/jiucuo.png?v=2203000001"]),
    ('style', ["display:none", "display: block", ""]),
]


def _markup(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 6)):
        tag = rng.choice(TAGS)
        attrs = " ".join(f'{name}="{rng.choice(values)}"' for name, values in ATTRS if rng.random() < 0.4)
        out.append(f"<{tag} {attrs}>t</{tag}>" if rng.random() < 0.8 else f"<{tag} {attrs}/>")
    return "<html><body><div class='footer'>" + "".join(out) + "</div></body></html>"


def test_selection_finds_what_the_loops_found():
    rng = random.Random(13)
    seen = set()
    for _ in range(4000):
        tree = parse_document(_markup(rng))
        scripts = rng.choice(["", "var x = 1;", "document.write('<span id=\"_ideConac\">')"])
        expected = _loops(tree, scripts)
        assert footer_widgets(tree, scripts) == expected
        seen.add((expected[0] is not None, expected[1]))
    assert seen == {(False, False), (False, True), (True, False), (True, True)}  # every outcome was generated
