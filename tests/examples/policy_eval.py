"""A small IAM policy evaluator for the JSON policy samples under docs/examples/policies/.

The pages make claims about what a policy does ("this denies any request without TLS", "the
reader may decrypt only through S3"). The tests turn each claim into sample requests and ask
this module for the decision, so an edit that widens or breaks a sample fails its test.

It models the part of IAM's logic that the samples rely on, and refuses what it does not know:

- one policy: an explicit deny wins, else an allow, else the implicit deny;
- several policies (``access``): a deny in any of them wins; every guardrail (an SCP, an
  endpoint policy) must allow; then an identity policy's allow, or a resource policy's allow that
  names the caller (or ``*``), allows. A resource policy that names only the caller's *account*
  (``arn:aws:iam::111122223333:root``) delegates to that account's identity policies, so it
  allows only together with one of them: the rule behind "the key policy's root statement keeps
  IAM policies working". Where the resource policy must allow too, say so: ``resource_must_allow``
  for KMS keys, ``cross_account`` when caller and resource live in different accounts;
- Principal/NotPrincipal, Action/NotAction (case-insensitive), Resource/NotResource
  (case-sensitive), with the ``*`` and ``?`` wildcards;
- condition operators String*, Arn*, Bool, Numeric*, Null and IpAddress, the ``IfExists``
  suffix and the ``ForAllValues:``/``ForAnyValue:`` set prefixes; condition key names are
  case-insensitive, values are not (except ``...IgnoreCase`` and ``Bool``);
- a key missing from the request: positive operators do not match; negated ones
  (StringNotEquals, StringNotLike, ArnNotEquals, ArnNotLike, NumericNotEquals, NotIpAddress)
  do; ``...IfExists`` matches; ``ForAllValues`` matches; ``ForAnyValue`` does not;
- policy variables such as ``${aws:PrincipalTag/project}`` in condition values and resources,
  resolved from the request; one that cannot be resolved makes that value match nothing.

It does not model permission boundaries, session policies, cross-account trust between accounts,
or date operators. An operator it does not know raises ``UnknownOperator`` with its name.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Decision = Literal["allow", "explicit-deny", "implicit-deny"]
ContextValue = str | bool | int | float | Sequence[str]

NEGATED = {
    "StringNotEquals",
    "StringNotEqualsIgnoreCase",
    "StringNotLike",
    "ArnNotEquals",
    "ArnNotLike",
    "NumericNotEquals",
    "NotIpAddress",
}
_VARIABLE = re.compile(r"\$\{([^}]+)\}")


class UnknownOperator(ValueError):
    """The policy uses a condition operator this evaluator does not model."""


class Unresolved(Exception):
    """A policy variable names a key the request does not carry."""


@dataclass(frozen=True)
class Request:
    """One API call as IAM sees it.

    ``principal`` is the caller's ARN (a role, a user, an account root, or a service name such as
    ``s3.amazonaws.com``); leave it out for identity policies, which have no Principal element.
    ``context`` holds the condition keys the request carries (``aws:SecureTransport``,
    ``aws:PrincipalTag/project``, ``s3:prefix`` ...); a multivalued key is a list.
    """

    action: str
    resource: str = "*"
    principal: str | None = None
    context: Mapping[str, ContextValue] = field(default_factory=dict)

    def value(self, key: str) -> ContextValue | None:
        """The request's value for a condition key; key names compare case-insensitively."""
        wanted = key.lower()
        for name, value in self.context.items():
            if name.lower() == wanted:
                return value
        return None


def as_list(value: Any) -> list[Any]:
    """IAM accepts a single value or a list almost everywhere."""
    return list(value) if isinstance(value, list | tuple) else [value]


def _wildcard(pattern: str, value: str, ignore_case: bool) -> bool:
    """IAM's wildcards: * is any run of characters (slashes included), ? is one character."""
    regex = "".join(
        ".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern
    )
    flags = re.IGNORECASE | re.DOTALL if ignore_case else re.DOTALL
    return re.fullmatch(regex, value, flags) is not None


def _substitute(text: str, request: Request) -> str:
    """Replace policy variables with the request's values; raise Unresolved for a missing one."""

    def one(match: re.Match[str]) -> str:
        inner = match.group(1)
        if inner in {"*", "?", "$"}:  # ${*}, ${?}, ${$} stand for the literal characters
            return inner
        value = request.value(inner)
        if value is None or isinstance(value, list | tuple):
            raise Unresolved(inner)
        return str(value).lower() if isinstance(value, bool) else str(value)

    return _VARIABLE.sub(one, text)


def _resolved(values: Iterable[Any], request: Request) -> list[str]:
    """Condition or resource values with variables filled in; unresolvable ones are dropped."""
    out = []
    for value in values:
        text = str(value).lower() if isinstance(value, bool) else str(value)
        try:
            out.append(_substitute(text, request))
        except Unresolved:
            continue
    return out


def _arn_parts_like(pattern: str, arn: str) -> bool:
    """ArnLike compares the six colon-separated parts of an ARN, each with wildcards."""
    want, got = pattern.split(":", 5), arn.split(":", 5)
    if len(want) != 6 or len(got) != 6:
        return False
    return all(_wildcard(w, g, ignore_case=False) for w, g in zip(want, got, strict=True))


def _compare(base: str, policy_value: str, actual: str) -> bool:
    """Does one request value match one policy value under a positive base operator?"""
    if base in {"StringEquals", "StringNotEquals"}:
        return actual == policy_value
    if base in {"StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase"}:
        return actual.lower() == policy_value.lower()
    if base in {"StringLike", "StringNotLike"}:
        return _wildcard(policy_value, actual, ignore_case=False)
    if base in {"ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"}:
        return _arn_parts_like(policy_value, actual)
    if base == "Bool":
        return actual.lower() == policy_value.lower()
    if base.startswith("Numeric"):
        a, p = float(actual), float(policy_value)
        return {
            "NumericEquals": a == p,
            "NumericNotEquals": a == p,
            "NumericLessThan": a < p,
            "NumericLessThanEquals": a <= p,
            "NumericGreaterThan": a > p,
            "NumericGreaterThanEquals": a >= p,
        }[base]
    if base in {"IpAddress", "NotIpAddress"}:
        return ipaddress.ip_address(actual) in ipaddress.ip_network(policy_value, strict=False)
    raise UnknownOperator(base)  # pragma: no cover - filtered by _split_operator


KNOWN_BASES = {
    "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase",
    "StringLike", "StringNotLike", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Bool",
    "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
    "NumericGreaterThan", "NumericGreaterThanEquals", "IpAddress", "NotIpAddress", "Null",
}  # fmt: skip


def _split_operator(operator: str) -> tuple[str | None, str, bool]:
    """'ForAllValues:StringEqualsIfExists' -> ('ForAllValues', 'StringEquals', True)."""
    qualifier, _, base = operator.rpartition(":")
    if qualifier not in {"", "ForAllValues", "ForAnyValue"}:
        raise UnknownOperator(operator)
    if_exists = base.endswith("IfExists") and base != "IfExists"
    base = base.removesuffix("IfExists") if if_exists else base
    if base not in KNOWN_BASES:
        raise UnknownOperator(operator)
    return qualifier or None, base, if_exists


def condition_matches(operator: str, key: str, expected: Any, request: Request) -> bool:
    """Evaluate one operator on one key: values within the policy are ORed."""
    qualifier, base, if_exists = _split_operator(operator)
    actual = request.value(key)
    if base == "Null":
        # "Null": {"key": "true"} asks "is the key absent?"
        want_absent = str(as_list(expected)[0]).lower() == "true"
        return (actual is None) == want_absent
    if actual is None:
        if if_exists or qualifier == "ForAllValues":
            return True
        return qualifier is None and base in NEGATED
    wanted = _resolved(as_list(expected), request)
    negated = base in NEGATED
    actuals = [str(a).lower() if isinstance(a, bool) else str(a) for a in as_list(actual)]

    def one(value: str) -> bool:
        hit = any(_compare(base, w, value) for w in wanted)
        return not hit if negated else hit

    if qualifier == "ForAllValues":
        return all(one(a) for a in actuals)
    if qualifier == "ForAnyValue":
        return any(one(a) for a in actuals)
    if len(actuals) != 1:
        raise ValueError(f"{key} is multivalued; use ForAllValues or ForAnyValue with {operator}")
    return one(actuals[0])


def principal_match(element: Any, principal: str) -> Literal["direct", "account", None]:
    """How a Principal element covers a caller: by name (or *), through its account, or not."""
    if element == "*":
        return "direct"
    found: Literal["direct", "account", None] = None
    for kind, values in element.items():
        for value in as_list(values):
            if value == "*" or value == principal:
                return "direct"
            # An account (its root ARN or bare ID) stands for every principal of that account.
            account = value.split(":")[4] if value.endswith(":root") else value
            if kind == "AWS" and account.isdigit() and principal.split(":")[4:5] == [account]:
                found = "account"
    return found


def statement_applies(
    statement: Mapping[str, Any], request: Request, *, direct_only: bool = False
) -> bool:
    """True when principal, action, resource and every condition of the statement cover it.

    With ``direct_only``, a Principal that covers the caller only through its account does not
    count (see ``access``).
    """
    if request.principal is not None:
        if "Principal" in statement:
            how = principal_match(statement["Principal"], request.principal)
            if how is None or (direct_only and how == "account"):
                return False
        if "NotPrincipal" in statement and principal_match(
            statement["NotPrincipal"], request.principal
        ):
            return False
    if "NotAction" in statement:
        if any(_wildcard(p, request.action, True) for p in as_list(statement["NotAction"])):
            return False
    elif not any(_wildcard(p, request.action, True) for p in as_list(statement["Action"])):
        return False
    if "NotResource" in statement:
        patterns = _resolved(as_list(statement["NotResource"]), request)
        if any(_wildcard(p, request.resource, False) for p in patterns):
            return False
    elif "Resource" in statement:
        patterns = _resolved(as_list(statement["Resource"]), request)
        if not any(_wildcard(p, request.resource, False) for p in patterns):
            return False
    return all(
        condition_matches(operator, key, expected, request)
        for operator, block in statement.get("Condition", {}).items()
        for key, expected in block.items()
    )


def statements(policy: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return as_list(policy["Statement"])


def evaluate(policy: Mapping[str, Any], request: Request) -> Decision:
    """IAM's order within one policy: an explicit deny wins, then an allow, else implicit deny."""
    applying = [s for s in statements(policy) if statement_applies(s, request)]
    if any(s["Effect"] == "Deny" for s in applying):
        return "explicit-deny"
    if any(s["Effect"] == "Allow" for s in applying):
        return "allow"
    return "implicit-deny"


def access(
    request: Request,
    *,
    identity: Iterable[Mapping[str, Any]] = (),
    resource: Iterable[Mapping[str, Any]] = (),
    guardrails: Iterable[Mapping[str, Any] | Sequence[Mapping[str, Any]]] = (),
    resource_must_allow: bool = False,
    cross_account: bool = False,
) -> Decision:
    """The decision over every policy that applies to one request.

    ``identity``: the caller's IAM policies. ``resource``: bucket, key, queue or trust policies.
    ``guardrails``: policies that grant nothing but must allow (VPC endpoint policies, SCPs); a
    list inside the list is one level whose policies allow together, as the SCPs attached to one
    OU do (a deny-only SCP next to FullAWSAccess).
    Within one account, S3 and SQS accept either an identity allow or a resource allow.
    ``resource_must_allow``: a KMS key policy must allow, by naming the caller or through the
    account's root statement together with an identity allow.
    ``cross_account``: the caller's account and the resource's owner must both allow, so an
    identity allow and a resource allow are both needed.
    """
    identity, resource = list(identity), list(resource)
    levels = [[g] if isinstance(g, Mapping) else list(g) for g in guardrails]
    everything = identity + resource + [p for level in levels for p in level]
    if any(evaluate(p, request) == "explicit-deny" for p in everything):
        return "explicit-deny"
    if not all(any(evaluate(p, request) == "allow" for p in level) for level in levels):
        return "implicit-deny"
    by_identity = any(evaluate(p, request) == "allow" for p in identity)
    by_name = any(
        s["Effect"] == "Allow" and statement_applies(s, request, direct_only=True)
        for p in resource
        for s in statements(p)
    )
    by_account = any(evaluate(p, request) == "allow" for p in resource)
    if cross_account:
        allowed = by_identity and by_account
    elif resource_must_allow:
        allowed = by_name or (by_identity and by_account)
    else:
        allowed = by_name or by_identity
    return "allow" if allowed else "implicit-deny"


def allows(policy: Mapping[str, Any], request: Request) -> bool:
    return evaluate(policy, request) == "allow"


def denies(policy: Mapping[str, Any], request: Request) -> bool:
    """True for an explicit deny: the kind no allow anywhere can override."""
    return evaluate(policy, request) == "explicit-deny"


def operators(policy: Mapping[str, Any]) -> set[str]:
    """Every condition operator a policy uses (for a test that the evaluator knows them all)."""
    return {op for s in statements(policy) for op in s.get("Condition", {})}
