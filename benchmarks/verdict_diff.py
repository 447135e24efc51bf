"""Every rule's verdicts of two kept accuracy runs side by side (run on demand; not a test).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/accuracy.py --template all --size small --keep A
    PYTHONPATH=$PWD .venv/bin/python benchmarks/accuracy.py --template all --size small --mutate … --seed N --keep B
    PYTHONPATH=$PWD .venv/bin/python benchmarks/verdict_diff.py A B [--all-subjects]

`benchmarks/accuracy.py` scores the planted defects by rule family: a document reported with no
interpretation where it has one not linked both ways is the same family's finding, and a rule
no family scores (guide-current, meta-tags …) is not scored at all. A mutation keeps what a
careful reader concludes, so every rule's verdict on every subject should be the same on the
plain and the mutated site: this prints, per template, the grade and score and each rule whose
overall status or per-subject verdicts differ (loopback ports left out of subjects). Subjects
present on one side only are listed too (a column lost, or one that appeared). A difference is
not necessarily wrong (a mutation may hide what only a name told); each is a question.
It also prints how many pages of each kind (site.json: document, column, hub …) the two models hold
where the counts differ by two or more: sixty articles read as hubs changed no verdict of the keys
(seed 29: 上海's, 四川 UCAP's and Z-BlogPHP's short news), yet each was a document lost.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from tests.sites.scoring import same_url

_LOOPBACK = re.compile(r"https?://127\.0\.0\.1:\d+")
_SHOWN = 6  # subject differences shown per rule unless --all-subjects
_KINDS_MOVED = 2  # pages of a kind more or fewer before the counts are shown


def _moved(folder: Path) -> dict[str, str]:
    """A run of the `addresses` mutation: each page's new address (comparison form) -> its old one."""
    path = folder / "addresses.json"
    if not path.is_file():
        return {}
    return {same_url(new): same_url(old) for new, old in json.loads(path.read_text(encoding="utf-8")).items()}


def _load(folder: Path, moved: dict[str, str] | None = None) -> tuple[Any, Any, dict[str, tuple[str, dict[str, str]]]]:
    """A run's grade, score and verdicts; with `moved` (where either run moved its pages: this run's moves, maybe
    none), each subject in comparison form at the address the unmoved site serves it at."""
    results = json.loads((folder / "results.json").read_text(encoding="utf-8"))

    def subject(raw: str) -> str:
        s = _LOOPBACK.sub("", raw)
        return s if moved is None or not s.startswith("/") else moved.get(same_url(s), same_url(s))
    rules = {rule["id"]: (rule["status"], {subject(f["subject"]): f["status"] for f in rule.get("results", [])})
             for rule in results["rules"]}
    return results.get("grade"), results.get("score"), rules


def _kinds(folder: Path) -> Counter[str]:
    """Pages of each kind in the run's site.json (none without one)."""
    model = folder / "site.json"
    if not model.is_file():
        return Counter()
    return Counter(page.get("kind") for page in json.loads(model.read_text(encoding="utf-8")).get("pages", []))


def diff(a: Path, b: Path, shown: int | None = _SHOWN) -> list[str]:
    """The lines describing how the verdicts of run `b` differ from run `a`, template by template."""
    lines: list[str] = []
    for site in sorted(p.name for p in a.iterdir() if (p / "results.json").is_file()):
        if not (b / site / "results.json").is_file():
            continue
        moved_a, moved_b = _moved(a / site), _moved(b / site)
        either = bool(moved_a or moved_b)
        grade_a, score_a, rules_a = _load(a / site, moved_a if either else None)
        grade_b, score_b, rules_b = _load(b / site, moved_b if either else None)
        out: list[str] = []
        for rule in sorted(set(rules_a) | set(rules_b)):
            x, y = rules_a.get(rule), rules_b.get(rule)
            if x is None or y is None:
                out.append(f"  {rule}: {x and x[0]} -> {y and y[0]}")
                continue
            if x[0] != y[0]:
                out.append(f"  {rule}: {x[0]} -> {y[0]}")
            changed = [(s, x[1].get(s), y[1].get(s)) for s in sorted(set(x[1]) | set(y[1])) if x[1].get(s) != y[1].get(s)]
            out += [f"      [{rule}] {s}: {p} -> {q}" for s, p, q in changed[:shown]]
            if shown is not None and len(changed) > shown:
                out.append(f"      [{rule}] … {len(changed) - shown} more")
        kinds_a, kinds_b = _kinds(a / site), _kinds(b / site)
        moved = {k: (kinds_a[k], kinds_b[k]) for k in sorted(set(kinds_a) | set(kinds_b)) if abs(kinds_a[k] - kinds_b[k]) >= _KINDS_MOVED}
        if moved:
            out.append("  page kinds: " + ", ".join(f"{k} {x} -> {y}" for k, (x, y) in moved.items()))
        if out or (grade_a, score_a) != (grade_b, score_b):
            lines += [f"== {site}: {grade_a} {score_a} -> {grade_b} {score_b}", *out]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("plain", type=Path, help="an accuracy --keep folder (e.g. the plain run)")
    parser.add_argument("other", type=Path, help="another --keep folder of the same templates (e.g. a mutated run)")
    parser.add_argument("--all-subjects", action="store_true", help=f"list every subject that differs (default: {_SHOWN} a rule)")
    args = parser.parse_args()
    for line in diff(args.plain, args.other, None if args.all_subjects else _SHOWN):
        print(line)


if __name__ == "__main__":
    main()
