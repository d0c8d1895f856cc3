"""Scrapy settings of the corpusmill crawler project (``SCRAPY_SETTINGS_MODULE=crawlers.settings``).

The module-level values are the project defaults; :func:`plan_settings` turns one source of a
crawl plan into the per-spider overrides that the spiders apply in ``from_crawler``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpusmill.crawlers.plan import CrawlPlan, SourcePlan

BOT_NAME = "corpusmill"
SPIDER_MODULES = ["corpusmill.crawlers.spiders"]
NEWSPIDER_MODULE = "corpusmill.crawlers.spiders"

ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"
# Scrapy re-parses the source of generator callbacks on every response to warn about `return x`
# in them; profiling a 1,169-page crawl showed that to be ~15% of its CPU time.
WARN_ON_GENERATOR_RETURN_VALUE = False

# Breadth-first, so that a page budget is spent on the pages closest to the start URLs.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

SPIDER_MIDDLEWARES = {"corpusmill.crawlers.middlewares.UrlFilterMiddleware": 650}
DOWNLOADER_MIDDLEWARES = {
    "corpusmill.crawlers.middlewares.ReplayMiddleware": 40,
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "corpusmill.crawlers.middlewares.ScopeMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "corpusmill.crawlers.middlewares.BackoffRetryMiddleware": 550,
    "corpusmill.crawlers.middlewares.BudgetMiddleware": 930,
    "corpusmill.crawlers.middlewares.ConditionalRequestMiddleware": 940,
    "corpusmill.crawlers.middlewares.WireMiddleware": 950,
}
ITEM_PIPELINES = {
    "corpusmill.crawlers.pipelines.WarcPipeline": 100,
    "corpusmill.crawlers.pipelines.TextPipeline": 200,
    "corpusmill.crawlers.pipelines.StatePipeline": 300,
}


def plan_settings(plan: CrawlPlan, source: SourcePlan) -> dict[str, Any]:
    folder = plan.source_dir(source.name)
    return {
        "USER_AGENT": plan.user_agent,
        "ROBOTSTXT_OBEY": source.obey_robots,
        # No more requests in flight than the per-domain limits allow: requests queued in the
        # downloader have already passed the budget check, so this also bounds budget overshoot.
        "CONCURRENT_REQUESTS": source.concurrency_per_domain * max(1, len(source.scope.hosts)),
        "CONCURRENT_REQUESTS_PER_DOMAIN": source.concurrency_per_domain,
        "DOWNLOAD_DELAY": source.delay,
        "AUTOTHROTTLE_ENABLED": source.autothrottle,
        # Start at the configured delay and let AutoThrottle slow down when the server does: it never
        # lowers the delay on non-200 answers, so a high start would stall recrawls full of 304s.
        "AUTOTHROTTLE_START_DELAY": source.delay,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(source.concurrency_per_domain),
        "DOWNLOAD_MAXSIZE": source.max_response_size,
        "DOWNLOAD_WARNSIZE": source.max_response_size // 2,
        "DOWNLOAD_TIMEOUT": source.timeout,
        "RETRY_TIMES": source.retries,
        "CORPUSMILL_RETRY_BACKOFF": source.backoff,
        "JOBDIR": str(folder / "job"),
        "LOG_FILE": str(folder / "crawl.log"),
        "LOG_FILE_APPEND": True,
    }
