-- A12: the penalty ledger. Each verified warning deducts from QualityDept's "400 platform complaints"
-- item and from its branch's assessment in the month it was verified (business time zone).
-- Append-only: a correction is a new, reversing entry, never an update or a delete.
-- Levels and kinds are stored by name (text), like the ticket list.
create table penalty_ledger (
    entry_id uuid primary key,
    warning_id uuid not null,
    branch_id text null,                  -- NULL for a company-wide warning (A11.3.2): QualityDept's item only
    month char(7) not null,               -- 'YYYY-MM' of the verification in the business time zone
    level text not null,
    points numeric(6,2) not null,         -- a deduction is positive; its reversal negates it
    kind text not null,
    reason text not null,
    booked_by text not null,              -- 'hotline' for deductions; the person for a reversal
    booked_at timestamptz not null,
    constraint penalty_ledger_month check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    constraint penalty_ledger_level check (level in ('Blue', 'Yellow', 'Red')),
    constraint penalty_ledger_kind check (kind in ('deduction', 'reversal')),
    constraint penalty_ledger_sign check ((kind = 'deduction' and points > 0) or (kind = 'reversal' and points < 0)),
    constraint penalty_ledger_reason check (length(btrim(reason)) > 0),
    -- Exactly one deduction and at most one reversal per warning, however often booking is retried
    -- or by however many silos: the second insert meets this constraint and does nothing.
    constraint penalty_ledger_once unique (warning_id, kind)
);

-- Monthly scores read one month, grouped by branch.
create index penalty_ledger_month_branch on penalty_ledger (month, branch_id);

create function penalty_ledger_append_only() returns trigger language plpgsql as $fn$
begin
    raise exception 'penalty_ledger is append-only: book a reversing entry instead of %', tg_op;
end
$fn$;

create trigger penalty_ledger_append_only before update or delete on penalty_ledger
    for each row execute function penalty_ledger_append_only();
