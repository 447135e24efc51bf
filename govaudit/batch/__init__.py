"""Batch audits for researchers: many sites under one rule set and one as-of date.

    sites.py     the SITES.csv list (validated before anything is fetched)
    pacing.py    politeness shared across the batch's crawls, per resolved IP address
    site.py      one site's crawl → build → check → report into DIR/sites/<name>/, never raising
    executor.py  sites run in threads, or as tasks on Dask distributed
    resultsdb.py DIR/results.sqlite, written by the client only, one transaction per site
    run.py       `batch` and `rescore`: the runs, skip/resume, progress
    league.py    `compare`: league tables (HTML, Markdown, CSV) with coverage and trends
"""
