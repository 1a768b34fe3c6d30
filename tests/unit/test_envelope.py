import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from labgate import envelope as envelope_module
from labgate.envelope import (
    _cap_any,
    cap_document,
    decode_cursor,
    encode_cursor,
    envelope,
    project,
)
from labgate.errors import ArgumentError


def test_projection_keeps_only_dotted_fields():
    item = {
        "info": {"run_id": "r1", "status": "FINISHED"},
        "data": {"params": [{"key": "lr", "value": "1"}]},
    }
    assert project(item, ["info.run_id", "data.params.key"]) == {
        "info": {"run_id": "r1"},
        "data": {"params": [{"key": "lr"}]},
    }


def test_page_passes_backend_token_when_not_cut():
    out = envelope([{"i": i} for i in range(3)], page_token=None, next_token="NEXT", total=9)
    assert out["items"] == [{"i": 0}, {"i": 1}, {"i": 2}]
    assert out["truncated"] is False and out["total"] == 9
    assert decode_cursor(out["next_cursor"]) == ("NEXT", 0)


def test_last_page_has_no_cursor():
    out = envelope([1, 2], next_token=None)
    assert out["next_cursor"] is None and out["truncated"] is False


def test_max_items_cut_resumes_inside_the_same_page():
    page = list(range(10))
    first = envelope(page, page_token="P1", next_token="P2", max_items=4)
    assert first["items"] == [0, 1, 2, 3] and first["truncated"] is True
    assert "max_items" in first["note"]
    token, offset = decode_cursor(first["next_cursor"])
    assert (token, offset) == ("P1", 4)
    second = envelope(page, page_token=token, offset=offset, next_token="P2", max_items=10)
    assert second["items"] == [4, 5, 6, 7, 8, 9]
    assert decode_cursor(second["next_cursor"]) == ("P2", 0)


def test_byte_cap_never_truncates_silently():
    page = [{"blob": "x" * 500, "i": i} for i in range(100)]
    out = envelope(page, byte_cap=5_000)
    assert len(orjson.dumps(out)) <= 5_000
    assert out["truncated"] is True and "byte cap" in out["note"]
    seen = [i["i"] for i in out["items"]]
    token, offset = decode_cursor(out["next_cursor"])
    assert offset == len(seen) and seen == list(range(len(seen)))


def test_bad_cursor_names_the_field():
    with pytest.raises(ArgumentError, match="cursor"):
        decode_cursor("not-a-cursor!!")


def test_cursor_roundtrip_with_structured_token():
    assert decode_cursor(encode_cursor({"offset": 500}, 3)) == ({"offset": 500}, 3)


def test_cap_document_trims_largest_list_and_says_so():
    doc = {"meta": {"n": 1}, "jobs": [{"id": i, "pad": "y" * 200} for i in range(500)]}
    out = cap_document(doc, 10_000)
    assert len(orjson.dumps(out)) <= 10_000
    assert out["truncated"] is True and "jobs" in out["note"] and "of 500" in out["note"]
    assert out["meta"] == {"n": 1} and out["jobs"][0]["id"] == 0


def test_cap_document_leaves_small_documents_alone():
    assert cap_document({"a": [1, 2]}, 1000) == {"a": [1, 2]}


def test_cap_document_keeps_the_longest_prefix_that_fits():
    doc = {"meta": {"n": 1}, "jobs": [{"id": i, "pad": "y" * (i % 7) * 30} for i in range(300)]}
    keep = len(cap_document(doc, 10_000)["jobs"])

    def fits(k: int) -> bool:  # 300 bytes stay free for the note
        return len(orjson.dumps({**doc, "jobs": doc["jobs"][:k]})) <= 10_000 - 300

    assert fits(keep) and not fits(keep + 1)


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(
    st.dictionaries(st.text(max_size=5), JSON | st.lists(JSON, max_size=40), max_size=5),
    st.integers(400, 3000),
)
def test_measuring_an_object_item_by_item_caps_it_as_serialising_it_whole(doc, cap):
    assert cap_document(doc, cap) == _cap_any(doc, cap)


def test_an_answer_around_one_long_list_is_cut_without_serialising_it_whole(monkeypatch):
    job = {"job_id": 1, "name": "x" * 900, "tres": {"cpu": 4, "gpu": 1}}
    doc = {
        "meta": {"plugin": "shim"},
        "errors": [],
        "jobs": [{**job, "job_id": i} for i in range(500)],
    }
    expected = _cap_any(doc, 20_000)
    seen: list[int] = []
    real = envelope_module.dumps
    monkeypatch.setattr(envelope_module, "dumps", lambda d: seen.append(len(real(d))) or real(d))
    out = cap_document(doc, 20_000)
    assert out == expected and out["truncated"] and "`jobs` cut to" in out["note"]
    assert len(orjson.dumps(out)) <= 20_000
    assert sum(seen) < 3 * 20_000  # never the 470 KB answer, only what it takes to pass the cap
