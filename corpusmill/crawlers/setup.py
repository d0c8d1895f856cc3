"""Egg build for scrapyd: ``cd corpusmill/crawlers && scrapyd-deploy`` runs this file.

scrapyd-deploy builds its egg in the folder of ``scrapy.cfg`` (this one); the ``crawlers``
package *is* that folder, so it is mapped here explicitly as ``corpusmill.crawlers`` (scrapyd-deploy's
generated setup.py would package ``spiders`` alone). The ``scrapy`` entry point tells scrapyd the settings module.
"""

if __name__ == "__main__":
    from setuptools import setup

    setup(
        name="corpusmill-crawlers",
        version="0.1.0",
        packages=["corpusmill", "corpusmill.crawlers", "corpusmill.crawlers.spiders"],
        package_dir={"corpusmill": "..", "corpusmill.crawlers": ".", "corpusmill.crawlers.spiders": "spiders"},
        entry_points={"scrapy": ["settings = corpusmill.crawlers.settings"]},
    )
