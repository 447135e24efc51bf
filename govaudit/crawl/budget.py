"""The crawl budget: requests for pages and for existence checks counted apart, and what each left out.

Pages (home, hubs, columns, list pages, documents, and the requests rendered pages' scripts
make) spend `max_pages`; attachment and image checks (HEAD) spend `max_checks`, so checks never
starve list pages and pages never starve checks. What a budget leaves out is counted by
priority class, apart for disclosure evidence, with a few example URLs (snapshot meta `budget_cut`).
"""

from __future__ import annotations

from collections import Counter

from govaudit.crawl.frontier import CHECKS, Why

_EXAMPLES = 5  # URLs kept per class


class Budget:
    """Requests spent and refused, for pages and for checks."""

    def __init__(self, max_pages: int, max_checks: int) -> None:
        self.max_pages = max_pages
        self.max_checks = max_checks
        self.pages = 0  # page requests reserved or made, rendered pages' script requests included
        self.checks = 0
        self.cut: Counter[str] = Counter()  # URLs left unfetched, by class (disclosure ones apart)
        self.examples: dict[str, list[str]] = {}
        self.exhausted: list[str] = []  # max_pages / max_checks, in the order they ran out

    @staticmethod
    def _label(why: Why) -> str:
        return f"disclosure_{why.priority}" if why.disclosure else why.priority

    def spend(self, url: str, why: Why) -> bool:
        """Reserve one request for `url`; False (and counted as left out) when its budget is spent."""
        check = why.priority in CHECKS
        if (self.checks >= self.max_checks) if check else (self.pages >= self.max_pages):
            reason = "max_checks" if check else "max_pages"
            if reason not in self.exhausted:
                self.exhausted.append(reason)
            self.leave_out(url, why)
            return False
        if check:
            self.checks += 1
        else:
            self.pages += 1
        return True

    def reserve(self) -> bool:
        """Hold one more page request for a fetch already under way (a record group that may have to
        be asked again by POST); False when the page budget is spent."""
        if self.pages >= self.max_pages:
            return False
        self.pages += 1
        return True

    def release(self) -> None:
        """Give back a page request held by `reserve` and not used."""
        self.pages -= 1

    def refund(self, why: Why) -> None:
        """Give back a request whose fetch is taken back (its host was down; it is queued again)."""
        if why.priority in CHECKS:
            self.checks -= 1
        else:
            self.pages -= 1

    def leave_out(self, url: str, why: Why) -> None:
        """Count a queued URL the crawl did not fetch."""
        label = self._label(why)
        self.cut[label] += 1
        examples = self.examples.setdefault(label, [])
        if len(examples) < _EXAMPLES:
            examples.append(url)

    def reason(self) -> str | None:
        """max_pages when pages were left out, else max_checks when checks were, else None."""
        return next((r for r in ("max_pages", "max_checks") if r in self.exhausted), None)

    def report(self) -> dict[str, object]:
        """The snapshot's `budget_cut` meta: limits, requests spent, URLs left out by class, examples."""
        return {"max_pages": self.max_pages, "max_checks": self.max_checks, "pages": self.pages,
                "checks": self.checks, "exhausted": self.exhausted, "cut": dict(sorted(self.cut.items())),
                "cut_total": sum(self.cut.values()),
                "disclosure_cut": sum(n for k, n in self.cut.items() if k.startswith("disclosure_")),
                "examples": dict(sorted(self.examples.items()))}
