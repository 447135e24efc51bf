"""A home page made of frames: `<frameset rows="120,*,80"><frame src="top.html"><frame
src="main.html"><frame src="bottom.html"></frameset>`, or a menu frame beside the main one.

Older portals (and admin-style templates still sold to small governments) serve their home
page as a frameset: the masthead and the menu of columns in one frame, the news in another,
the footer (主办单位, 网站标识码, ICP备案, 公安备案) in a third. The frameset document shows
nothing of its own; a visitor sees one page. So does a wrapper page that shows next to nothing
but pages in iframes: `<iframe src="index_main.html" width="100%" height="100%">` beside a
无障碍 or 手机版 link (so no redirect stub: crawl/clientredirect.py), or a top, a left and a
main iframe laid out as a frameset would be. The model reads the home page as the union of its
same-site frames, each read as a part of the home page: its footer, its links, its columns.
A frame that was not fetched leaves what it would show unobserved, never missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import fields, replace

from govaudit.crawl.soft404 import visible_text
from govaudit.htmlpage import decode_html, parse_html
from govaudit.model.extract.footer import FooterFacts

FRAME_TAG = re.compile(rb"<frame[\s/>]", re.I)  # `<frame …>`, not `<frameset>` nor `<iframe>`
_IFRAME_TAG = re.compile(rb"<iframe[\s/>]", re.I)
_MAX_WRAPPER_TEXT = 200  # a wrapper's own text: a title bar, a 无障碍 or 手机版 link
_MAX_DEPTH = 3  # framesets nest (a middle frame that is itself a menu beside a main frame)


def home_frames(start: str, frames_of: Callable[[str], list[str] | None]) -> tuple[list[str], list[str]]:
    """(frames fetched, frames not fetched) of the home page at `start`, nested framesets
    followed (outer frames first). `frames_of(url)` gives the addresses of the pages framed by
    the fetched page at `url` when it is made of them (frame_tag; empty for any other page), or
    None when it was not fetched as a page of the site."""
    fetched: list[str] = []
    missing: list[str] = []
    seen, level = {start}, frames_of(start) or []
    for _ in range(_MAX_DEPTH):
        deeper: list[str] = []
        for src in level:
            if src in seen:
                continue
            seen.add(src)
            inner = frames_of(src)
            (missing if inner is None else fetched).append(src)
            deeper += inner or []
        level = deeper
    return fetched, missing


def frame_tag(body: bytes, content_type: str | None) -> str | None:
    """The tag of the frames that make up the page `body`: "frame" for a frameset, "iframe" for
    a wrapper (iframes and at most a few words of its own), None for any other page (a portal
    showing a widget in an iframe shows much more)."""
    if FRAME_TAG.search(body):
        return "frame"
    if not _IFRAME_TAG.search(body):
        return None
    return "iframe" if len(visible_text(parse_html(decode_html(body, content_type)[0]))) <= _MAX_WRAPPER_TEXT else None


def merged_footer(footers: Sequence[FooterFacts]) -> tuple[FooterFacts, int]:
    """The footer a home page made of frames shows: each identifier from the first part (the
    frameset document first, then its frames in order) that shows it; and the index of the part
    that shows the most of them, to cite."""
    merged = footers[0]
    for part in footers[1:]:
        merged = replace(merged, **{f.name: getattr(part, f.name) for f in fields(FooterFacts)
                                    if not getattr(merged, f.name) and getattr(part, f.name)})
    return merged, max(range(len(footers)), key=lambda i: (_shown(footers[i]), -i))


def _shown(footer: FooterFacts) -> int:
    return sum(1 for f in fields(FooterFacts) if getattr(footer, f.name))
