"""The real recogniser and resolver over short texts written for the tests, loaded once per test run."""
import pytest

from gazetteer.resolver import ArticleResolver
from pipeline.loaders import GazetteerLoader, RecogniserLoader
from transforms.records import Article
from transforms.resolve import resolve_article


@pytest.fixture(scope="session")
def resolve():
    """`resolve(text, date="2022-04-07", disabled=())` -> the text's resolved mentions, as the job resolves
    them (datelines and debates read); `resolve.resolver` is the resolver (its `.gaz` the packaged gazetteer). `disabled` switches evidence off (ablation)."""
    loader = GazetteerLoader()
    recogniser = RecogniserLoader(None, loader, 8)()
    resolver = ArticleResolver(loader())

    def _resolve(text, date="2022-04-07", disabled=()):
        (rec,) = recogniser.recognise([Article("t", text, published_date=date)])
        r = ArticleResolver(resolver.gaz, disabled=disabled) if disabled else resolver
        return list(resolve_article(r, rec).mentions)   # as the job does: datelines, debates, the text
    _resolve.resolver = resolver
    return _resolve
