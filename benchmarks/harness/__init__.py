"""The quality harness: labelled drafts, errors planted in real prose, and noise on real news.

``benchmarks/quality.py`` is its command; the modules here are its parts, each usable alone:
``labels`` scores findings against the labelled drafts, ``plant`` holds one mutator per
phenomenon, ``stories`` lays real articles out as drafts, ``noise`` counts warnings on
untouched articles, ``table`` renders docs/quality.md and ``floors`` holds CI to its floors.
"""
