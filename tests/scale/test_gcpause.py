"""The counted pause of the cycle collector: overlapping pauses, threads, and a collector already off."""

from __future__ import annotations

import gc
import threading

import pytest

from eligibility.gcpause import collector_paused


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_nested_pauses_keep_the_collector_off_until_the_outer_one_ends() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_turns_the_collector_back_on() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_on_two_threads_end_with_the_last_one() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    with collector_paused():
        t.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the worker's pause is still running
    release.set()
    t.join(5)
    assert gc.isenabled()


def test_release_gradually_empties_the_list_and_frees_what_it_held() -> None:
    import weakref

    from eligibility.gcpause import release_gradually

    class Item:
        pass

    items = [Item() for _ in range(5_001)]
    watch = weakref.ref(items[0])
    release_gradually(items, step=1_000)
    assert items == []
    assert watch() is None
