"""The roles table: each role does what the one below it does and more; refusals carry a code."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usu_desktop.domain.permissions import (
    ALLOWED,
    GRANTS,
    ROLES,
    Actor,
    Permission,
    PermissionDenied,
    Role,
    actor_of,
    denial_code,
    parse_role,
)

P = Permission


def test_the_table_names_each_permission_once():
    assert sorted(row[0] for row in GRANTS) == sorted(Permission)


@pytest.mark.parametrize(("role", "may", "may_not"), [
    (Role.RECEPTIONIST, {P.PATIENTS, P.INVOICES, P.DESK_PAYMENTS, P.RECEIPTS, P.LINKS, P.REMINDERS},
     {P.CANCEL_INVOICES, P.REFUNDS, P.MATCHES, P.REPORTS, P.CLOSE_DAY, P.SETTINGS, P.BACKUP}),
    (Role.MANAGER, {P.CANCEL_INVOICES, P.REFUNDS, P.MATCHES, P.REPORTS, P.CLOSE_DAY, P.INVOICES},
     {P.SETTINGS, P.CONNECTIONS, P.USERS, P.BACKUP}),
    (Role.ADMINISTRATOR, set(Permission), set()),
])
def test_what_each_role_may_do(role, may, may_not):
    assert may <= ALLOWED[role]
    assert not may_not & ALLOWED[role]


def test_each_role_does_all_the_one_below_does_and_more():
    for lower, higher in pairwise(ROLES):
        assert ALLOWED[lower] < ALLOWED[higher]


@given(st.sampled_from(ROLES), st.sampled_from(list(Permission)))
def test_require_refuses_exactly_what_can_denies(role, permission):
    actor = Actor("someone", role)
    if actor.can(permission):
        actor.require(permission)
    else:
        with pytest.raises(PermissionDenied) as err:
            actor.require(permission)
        assert err.value.code == denial_code(permission)
        assert err.value.params["role"] == role.value


def test_a_bare_name_acts_as_an_administrator_and_roles_parse():
    assert actor_of("usu-admin") == Actor("usu-admin", Role.ADMINISTRATOR)
    assert actor_of(Actor("ann", Role.MANAGER)).role is Role.MANAGER
    assert parse_role(" Manager ") is Role.MANAGER
    with pytest.raises(Exception, match="unknown_role"):
        parse_role("janitor")


def test_every_refusal_has_a_sentence():
    from usu_desktop.ui.errors import MESSAGES

    assert {denial_code(p) for p in Permission} <= MESSAGES.keys()
