"""The hand-written BM25 behind search_operations: ranking, idf, ties, empty results."""

from __future__ import annotations

import math
import random

import pytest

from labgate.config import load
from labgate.discovery import K1, B, SearchIndex, document
from labgate.errors import ArgumentError
from labgate.registry import Operation
from labgate.tools import ToolBuilder


def op(name: str, description: str = "", backend: str = "demo", args: tuple = ()) -> Operation:
    schema = {"type": "object", "properties": {a: {"type": "string"} for a in args}}
    return Operation(
        backend, name, name, description, schema, {}, "read", name, "GET", "", [], "all"
    )


def names(hits: list) -> list[str]:
    return [o.name for o, _ in hits]


def test_a_word_in_one_description_ranks_that_operation_first():
    ops = [
        op("alpha", "lists things in a pool"),
        op("beta", "lists things with a checkpoint"),
        op("gamma", "lists things"),
    ]
    hits = SearchIndex(ops).search("checkpoint")
    assert names(hits) == ["beta"]


def test_a_rare_word_outweighs_a_common_one():
    # "widget" is in every operation, "sprocket" in one; both documents have the same length
    ops = [op("common", "widget widget thing")] + [
        op(f"filler{i}", f"widget item{i} thing") for i in range(8)
    ]
    ops.append(op("rare", "sprocket thing other"))
    hits = SearchIndex(ops).search("widget sprocket")
    assert names(hits)[0] == "rare"
    scores = dict((o.name, s) for o, s in hits)
    assert scores["rare"] > scores["common"] > scores["filler0"]


def test_shorter_document_wins_for_the_same_term():
    ops = [op("long", "quota " + " ".join(f"pad{i}" for i in range(20))), op("short", "quota")]
    assert names(SearchIndex(ops).search("quota")) == ["short", "long"]


def test_repeated_term_saturates():
    ops = [op("once", "lease xa xb xc"), op("twice", "lease lease xa xb"), op("none", "xa xb xc")]
    scores = dict((o.name, s) for o, s in SearchIndex(ops).search("lease"))
    assert scores["twice"] > scores["once"]
    assert scores["twice"] < 2 * scores["once"]
    assert "none" not in scores


def test_score_is_okapi_bm25_with_lucene_idf():
    ops = [op("first", "tensor board"), op("second", "tensor"), op("third", "board game night")]
    index = SearchIndex(ops)
    docs = [document(o) for o in ops]
    avg = sum(map(len, docs)) / len(docs)

    def expected(doc: list[str], term: str) -> float:
        df = sum(term in d for d in docs)
        idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
        tf = doc.count(term)
        return idf * tf / (tf + K1 * (1 - B + B * len(doc) / avg))

    got = dict((o.name, s) for o, s in index.search("tensor board"))
    for o, doc in zip(ops, docs, strict=True):
        want = expected(doc, "tensor") + expected(doc, "board")
        assert got[o.name] == pytest.approx(want, rel=1e-12)


def test_ties_break_by_name_whatever_the_input_order():
    ops = [op(n, "same words here") for n in ("delta", "bravo", "charlie", "alpha")]
    for seed in range(5):
        shuffled = ops[:]
        random.Random(seed).shuffle(shuffled)
        hits = SearchIndex(shuffled).search("words")
        assert names(hits) == ["alpha", "bravo", "charlie", "delta"]
        assert len({s for _, s in hits}) == 1


@pytest.mark.parametrize("query", ["", "   ", "the of and", "xyzzy", "!!!"])
def test_empty_or_unknown_query_finds_nothing(query):
    assert SearchIndex([op("alpha", "lists things")]).search(query) == []


def test_empty_corpus_finds_nothing():
    assert SearchIndex([]).search("anything") == []


def test_backend_filter_and_limit():
    ops = [op(f"m{i}", "metric", backend="mlflow") for i in range(5)]
    ops += [op(f"s{i}", "metric", backend="slurm") for i in range(5)]
    index = SearchIndex(ops)
    assert names(index.search("metric", "slurm", 3)) == ["s0", "s1", "s2"]
    assert len(index.search("metric", limit=50)) == 10


def test_synonym_reaches_what_the_spec_calls_differently():
    ops = [op("delete_job", "removes a job"), op("get_job", "one job")]
    assert names(SearchIndex(ops).search("cancel job"))[0] == "delete_job"


def test_argument_names_are_searchable():
    ops = [op("runs", "find runs", args=("experiment_ids",)), op("jobs", "find jobs")]
    assert names(SearchIndex(ops).search("experiment ids")) == ["runs"]


@pytest.fixture
def builder(fake_env):
    return ToolBuilder(load(env=fake_env))


def test_real_index_is_sorted_and_independent_of_operation_order(builder):
    ops = [o for o in builder.registry.all_operations() if not o.hidden]
    shuffled = ops[:]
    random.Random(1).shuffle(shuffled)
    a, b = SearchIndex(ops), SearchIndex(shuffled)
    for query in ("list jobs", "run metric history", "cancel task", "queue"):
        hits = a.search(query, limit=50)
        assert hits and names(hits) == names(b.search(query, limit=50))
        keys = [(-s, o.name) for o, s in hits]
        assert keys == sorted(keys)


async def test_tool_answers_unknown_words_with_no_items_and_refuses_an_empty_query(builder):
    out = await builder._search({"query": "xyzzy plugh"})
    assert out["items"] == []
    with pytest.raises(ArgumentError, match="`query`"):
        await builder._search({"query": "  "})
