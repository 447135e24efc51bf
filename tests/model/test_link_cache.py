"""Links are resolved through caches kept across pages (htmlpage._href, urls): a page's links
must be what a cold resolution gives, whatever pages came before it and at whatever base."""

from __future__ import annotations

import random

from govaudit import htmlpage
from govaudit.htmlpage import extract_links, parse_document

HREFS = ["a.html", "./b/c.htm", "../d.html", "/e/f.html", "//other.gov.cn/x", "http://H.gov.cn/g.html", " https://h/h ",
         "HTTP://h:80/i/index.html", "javascript:void(0)", " mailto:x@y", "#top", "?page=2", "${url}", "j.pdf",
         "../../k/", "http://[::1]/l", "https://h/m#n", "tel:123", "\u3000/o.html"]
BASES = ["http://h/a/b/c.html", "https://h/x/", "http://h:8080/a/", "http://other.gov.cn/", "http://h/a/b/c.html?p=1"]


def _page(rng: random.Random) -> str:
    links = "".join(f'<a href="{rng.choice(HREFS)}">t{rng.randint(0, 3)}</a><img src="{rng.choice(HREFS)}">'
                    for _ in range(rng.randint(1, 8)))
    base = f'<base href="{rng.choice(HREFS)}">' if rng.random() < 0.2 else ""
    return f"<html><head>{base}</head><body>{links}</body></html>"


def test_links_through_warm_caches_are_the_cold_ones():
    rng = random.Random(21)
    pages = [(_page(rng), rng.choice(BASES)) for _ in range(3000)]
    htmlpage.clear_caches()
    warm = [extract_links(parse_document(html), base) for html, base in pages]  # caches kept across pages
    cold = []
    for html, base in pages:
        htmlpage.clear_caches()
        cold.append(extract_links(parse_document(html), base))
    assert warm == cold
    assert any(len({link.url for link in links}) > 1 for links in warm)
