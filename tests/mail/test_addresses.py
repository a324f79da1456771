"""Address lists as people type them: commas or semicolons, names with accents and commas, and no
way to smuggle a header in."""

from __future__ import annotations

import pytest

from clientvault.core.mail import MailError, address_problem, parse_addresses, split_addresses


def test_lists_split_on_commas_and_semicolons_outside_quotes() -> None:
    text = 'a@b.co; "Pérez, Ana" <ana@x.co>,c@d.com ;'
    assert split_addresses(text) == ["a@b.co", '"Pérez, Ana" <ana@x.co>', "c@d.com"]
    found = parse_addresses(text, "To")
    assert [a.addr_spec for a in found] == ["a@b.co", "ana@x.co", "c@d.com"]
    assert found[1].display_name == "Pérez, Ana"


@pytest.mark.parametrize("bad", ["x", "a@b", "foo bar@x.com", "José <jose@x.co", "a@@b.co", "ana@x.co\nBcc: e@x.co"])
def test_bad_addresses_are_named(bad: str) -> None:
    problem = address_problem(bad, "To", required=True)
    assert problem and ("is not a valid e-mail address" in problem or "line breaks" in problem)
    with pytest.raises(MailError):
        parse_addresses(bad, "To")


def test_empty_is_fine_unless_required() -> None:
    assert address_problem("  ", "CC", required=False) == ""
    assert "at least one address" in address_problem("", "To", required=True)
