"""The knowledge base's pages: records and framework in, an engine-neutral MkDocs tree out.

    settings = load_site_settings(project)
    problems = generate(project, framework, published, settings)   # writes build/
    from generator.site.mkdocs_driver import build_html, serve       # the only module that imports MkDocs
    from generator.site.search_index import index_site               # Pagefind over the built HTML

See index.py for the cross-links, urls.py for every path and anchor, figures.py
for small-number suppression, inline.py for how record text is made safe.
"""

from .generate import Generated, generate, generate_site, render_tree
from .settings import SiteSettings, load_site_settings

__all__ = ["Generated", "generate", "generate_site", "render_tree", "SiteSettings", "load_site_settings"]
