"""Egg build for scrapyd: ``cd crawlers && scrapyd-deploy`` runs this file.

scrapyd-deploy builds its egg in the folder of ``scrapy.cfg`` (this one). The spiders import the
rest of corpusmill (the extractor is ``corpusmill.filters.extract``, which needs the text helpers),
so the egg holds the whole ``corpusmill`` package mapped from the repository's top-level folders,
exactly as the wheel does; ``tests/crawlers/test_egg.py`` builds it and imports the pipelines from it.
The ``scrapy`` entry point tells scrapyd the settings module.
"""

if __name__ == "__main__":
    from setuptools import find_packages, setup

    folders = {"corpusmill": "../corpusmill", "corpusmill.pipeline": "../pipeline", "corpusmill.filters": "../filters"}
    folders["corpusmill.crawlers"] = "."
    packages = [
        f"{package}.{sub}" if sub else package
        for package, folder in folders.items()
        for sub in ["", *find_packages(folder, exclude=["build*"])]
    ]
    setup(
        name="corpusmill-crawlers",
        version="0.1.0",
        packages=packages,
        package_dir=folders,
        package_data={"corpusmill.filters": ["assets/**/*"], "corpusmill.filters.quality": ["spacy_rules.json.gz"]},
        entry_points={"scrapy": ["settings = corpusmill.crawlers.settings"]},
    )
