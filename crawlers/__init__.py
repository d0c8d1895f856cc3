"""corpusmill's Scrapy project: crawl plans, spiders, WARC and text output, and crawl scheduling.

Run a source with ``corpusmill crawl run PLAN`` (or ``scrapy crawl domain -a plan=PLAN -a
source=NAME`` with ``SCRAPY_SETTINGS_MODULE=corpusmill.crawlers.settings``, which is what scrapyd does).
"""
