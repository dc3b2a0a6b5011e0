"""Read-side SQL builders of the store: claim filters and summary counts.

They return SQLAlchemy Core statements and leave executing them to the repository, which
owns connections and transactions; keeping them here keeps the repository about writing.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from watchfloor.store.schema import claims, clusters, documents

#: Sorts after every character an ISO date or timestamp uses, so ``x <= day + _AFTER``
#: includes timestamps within ``day`` (``2025-03-27T10:00`` is within ``2025-03-27``).
_AFTER = "~"

StrFilter = str | Sequence[str] | None


def claim_fields(*, source_label: str | None = None) -> list[ColumnElement]:
    """The SPEC fields of a claim row, in one order for every reader (store and ledger)."""
    c = claims.c
    source = c.source_entity.label(source_label) if source_label else c.source_entity
    return [
        c.channel,
        c.type,
        c.actor,
        c.recipient,
        c.location,
        c.item,
        c.quantity_value,
        c.quantity_low,
        c.quantity_high,
        c.quantity_approx,
        c.quantity_unit,
        c.quantity_basis,
        c.time_start,
        c.time_end,
        c.time_text,
        source,
        c.source_text,
        c.modality,
        c.evidence_start,
        c.evidence_end,
        c.evidence_text,
    ]


def _as_list(value: StrFilter) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def entity_filter(column: ColumnElement, value: StrFilter) -> ColumnElement | None:
    """Match an entity id and everything under it: ``PRK`` matches ``PRK`` and ``PRK.MIL``.

    Written as a range (``>= 'PRK.' AND < 'PRK/'``, ``/`` following ``.``) rather than
    ``LIKE`` so that the column's index serves it on both backends.
    """
    values = _as_list(value)
    if not values:
        return None
    return or_(
        *(
            or_(column == v, and_(column >= v + ".", column < v + "/"))
            for v in values
        )
    )


def claims_select(
    *,
    type: StrFilter = None,  # noqa: A002 - the SPEC field is called type
    actor: StrFilter = None,
    recipient: StrFilter = None,
    source: StrFilter = None,
    item: StrFilter = None,
    modality: StrFilter = None,
    doc_id: str | None = None,
    cluster_id: str | None = None,
    published_from: str | None = None,
    published_to: str | None = None,
    time_from: str | None = None,
    time_to: str | None = None,
    extractor_version: str | None = None,
    canonical_only: bool = False,
) -> Select:
    """Build the ``iter_claims`` query; every filter given must hold (see Store.iter_claims)."""
    d, c, k = documents.c, claims.c, clusters.c
    stmt = (
        select(
            d.id.label("doc_id"),
            c.ordinal,
            d.cluster_id,
            k.canonical_doc_id,
            d.published,
            d.publisher,
            *claim_fields(source_label="source"),
            c.restates,
            c.part_of,
            c.extractor_version,
        )
        .select_from(claims.join(documents).join(clusters))
        .order_by(d.published.is_(None), d.published, d.pk, c.ordinal)
    )
    conditions: list[ColumnElement | None] = [
        entity_filter(c.actor, actor),
        entity_filter(c.recipient, recipient),
        entity_filter(c.source_entity, source),
    ]
    for column, value in ((c.type, type), (c.item, item), (c.modality, modality)):
        values = _as_list(value)
        if values:
            conditions.append(column.in_(values))
    if doc_id is not None:
        conditions.append(d.id == doc_id)
    if cluster_id is not None:
        conditions.append(d.cluster_id == cluster_id)
    if published_from is not None:
        conditions.append(d.published >= published_from)
    if published_to is not None:
        conditions.append(d.published <= published_to + _AFTER)
    if time_from is not None:
        conditions.append(func.coalesce(c.time_end, c.time_start) >= time_from)
    if time_to is not None:
        conditions.append(c.time_start <= time_to + _AFTER)
    if extractor_version is not None:
        conditions.append(c.extractor_version == extractor_version)
    if canonical_only:
        conditions.append(d.id == k.canonical_doc_id)
    return stmt.where(*(cond for cond in conditions if cond is not None))


def count_by(column: ColumnElement, table=None) -> Select:
    """``SELECT column, count(*) ... GROUP BY column``, largest group first."""
    stmt = select(column, func.count()).group_by(column).order_by(func.count().desc(), column)
    return stmt.select_from(table) if table is not None else stmt
