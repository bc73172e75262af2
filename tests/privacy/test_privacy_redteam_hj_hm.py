"""Rules read from redteam-hj to -hm (twenty-sixth session), and the last misses of the read
blind splits gw and hh. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ('"near the bell green pub", not sure of pc but started cv2', "postcode", "cv2"),
    ("postcode not known, starts with DN4", "postcode", "DN4"),
    ("dad seen outside moat community college at 15:15 by sch staff", "named-place", "moat community college"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("pc unknown but the plan started s47 today", "postcode"),
    ("pc unknown, the plan started with B12 injections", "postcode"),
    ("the castle has a moat and the children loved it", "named-place"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
