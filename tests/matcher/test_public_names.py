"""The public names of ``matcher`` stay the functions, whatever was imported before."""

import importlib


def test_compare_is_the_function_even_after_every_submodule_is_imported() -> None:
    import matcher

    for name in ("matcher.comparator", "matcher.gallery", "matcher.api", "matcher.mcc"):
        importlib.import_module(name)
    for public in ("compare", "extract", "quality", "load_image", "threshold_for_fmr"):
        assert callable(getattr(matcher, public)), public
        assert not hasattr(getattr(matcher, public), "__path__")
    assert type(matcher.compare).__name__ == "function"
