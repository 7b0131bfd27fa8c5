"""The HTML report: a pure page renderer (page.py) with its chart, words and inline assets."""
