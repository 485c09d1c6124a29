"""prospection: prospects, stages, activities, internationalisation requests; leads -> prospects

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 12:05:00.000000

Existing leads of event debriefs become prospects of the cluster that
debriefed (one per cluster and company, the earliest lead giving the source
event), and each lead is linked to its prospect.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

STAGES = "('identified', 'contacted', 'meeting', 'site_visit', 'proposal', 'joined', 'lost')"
STAGE_OF_LEAD_STATUS = {
    "new": "identified",
    "contacted": "contacted",
    "qualified": "meeting",
    "joined": "joined",
    "dropped": "lost",
}


def _entity_fk(table: str, column: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["entities.id"], name=op.f(f"fk_{table}_{column}_entities"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "prospects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("stage_since", sa.String(length=10), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("next_action", sa.Text(), nullable=True),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("interest", sa.Text(), nullable=True),
        sa.Column("lost_reason", sa.Text(), nullable=True),
        sa.Column("source_event_id", sa.Integer(), nullable=True),
        sa.Column("source_partner_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(f"stage IN {STAGES}", name=op.f("ck_prospects_stage")),
        _entity_fk("prospects", "cluster_id", "CASCADE"),
        _entity_fk("prospects", "organisation_id", "CASCADE"),
        _entity_fk("prospects", "source_event_id", "SET NULL"),
        _entity_fk("prospects", "source_partner_id", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prospects")),
        sa.UniqueConstraint("cluster_id", "organisation_id", name=op.f("uq_prospects_cluster_id")),
    )
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        for column in (
            "cluster_id", "organisation_id", "stage", "due", "source_event_id", "source_partner_id"
        ):  # fmt: skip
            batch_op.create_index(batch_op.f(f"ix_prospects_{column}"), [column], unique=False)

    op.create_table(
        "prospect_stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prospect_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("entered_on", sa.String(length=10), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(f"stage IN {STAGES}", name=op.f("ck_prospect_stage_changes_stage")),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
            name=op.f("fk_prospect_stage_changes_prospect_id_prospects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prospect_stage_changes")),
    )
    with op.batch_alter_table("prospect_stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_prospect_stage_changes_prospect_id"), ["prospect_id"], unique=False
        )

    op.create_table(
        "prospect_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prospect_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("happened_on", sa.String(length=10), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('call', 'email', 'meeting', 'site_visit', 'note')",
            name=op.f("ck_prospect_activities_kind"),
        ),
        _entity_fk("prospect_activities", "event_id", "SET NULL"),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
            name=op.f("fk_prospect_activities_prospect_id_prospects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prospect_activities")),
    )
    with op.batch_alter_table("prospect_activities", schema=None) as batch_op:
        for column in ("prospect_id", "happened_on", "event_id"):
            batch_op.create_index(
                batch_op.f(f"ix_prospect_activities_{column}"), [column], unique=False
            )

    op.create_table(
        "internationalisation_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("sector", sa.String(length=60), nullable=True),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'answered', 'closed')",
            name=op.f("ck_internationalisation_requests_status"),
        ),
        _entity_fk("internationalisation_requests", "cluster_id", "CASCADE"),
        _entity_fk("internationalisation_requests", "organisation_id", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_internationalisation_requests")),
    )
    with op.batch_alter_table("internationalisation_requests", schema=None) as batch_op:
        for column in ("cluster_id", "organisation_id", "status"):
            batch_op.create_index(
                batch_op.f(f"ix_internationalisation_requests_{column}"), [column], unique=False
            )

    with op.batch_alter_table("programme_leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prospect_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_programme_leads_prospect_id"), ["prospect_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_programme_leads_prospect_id_prospects"),
            "prospects",
            ["prospect_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _leads_to_prospects()


def _leads_to_prospects() -> None:
    """Each debriefed lead becomes (or joins) the prospect of its company for that cluster."""
    bind = op.get_bind()
    meta = sa.MetaData()
    leads = sa.Table("programme_leads", meta, autoload_with=bind)
    debriefs = sa.Table("programme_debriefs", meta, autoload_with=bind)
    prospects = sa.Table("prospects", meta, autoload_with=bind)
    changes = sa.Table("prospect_stage_changes", meta, autoload_with=bind)
    rows = bind.execute(
        sa.select(
            leads.c.id, leads.c.organisation_id, leads.c.event_id, leads.c.interest,
            leads.c.owner, leads.c.status, leads.c.created_at, debriefs.c.organisation_id,
        )
        .join(debriefs, debriefs.c.id == leads.c.debrief_id)
        .order_by(leads.c.created_at, leads.c.id)
    ).all()  # fmt: skip
    made: dict[tuple[int, int], int] = {}
    now = datetime.now()
    for lead_id, company, event, interest, owner, status, created, cluster in rows:
        key = (cluster, company)
        if key not in made:
            stage = STAGE_OF_LEAD_STATUS.get(status, "identified")
            day = (created or now).date().isoformat()
            inserted = bind.execute(
                prospects.insert().values(
                    cluster_id=cluster, organisation_id=company, stage=stage, stage_since=day,
                    owner=owner, interest=interest, source_event_id=event, version=1,
                    created_at=created or now, updated_at=now,
                )
            ).inserted_primary_key  # fmt: skip
            assert inserted is not None
            prospect_id = inserted[0]
            bind.execute(
                changes.insert().values(
                    prospect_id=prospect_id, stage=stage, entered_on=day, created_at=now
                )
            )
            made[key] = prospect_id
        bind.execute(leads.update().where(leads.c.id == lead_id).values(prospect_id=made[key]))


def downgrade() -> None:
    with op.batch_alter_table("programme_leads", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_programme_leads_prospect_id_prospects"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_programme_leads_prospect_id"))
        batch_op.drop_column("prospect_id")
    op.drop_table("internationalisation_requests")
    op.drop_table("prospect_activities")
    op.drop_table("prospect_stage_changes")
    op.drop_table("prospects")
