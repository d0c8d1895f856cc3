"""Spiders driven by a crawl plan: ``domain`` follows links, ``sitemap`` fetches what sitemaps list."""
