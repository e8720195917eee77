-- A10.1.3.4: each project's weekly summary, signed by the project manager, then the branch head. One row per version;
-- a correction adds version n+1 and marks the old row replaced (kept, never deleted). The content is the exact
-- canonical JSON that was shown and signed (text, not jsonb: jsonb would reorder keys and change the hash).
create table weekly_summaries (
    project_id text not null,
    branch_id text not null,
    week text not null,                    -- ISO week of its due Friday, e.g. '2026-W49'
    version integer not null,              -- 1 = the drafted summary; n+1 = a correction of n
    period_from timestamptz not null,      -- the week's period [from, to), whole local days
    period_to timestamptz not null,
    due_at timestamptz not null,           -- Friday 17:00 business time (or the last working day before it)
    drafted_at timestamptz not null,
    status text not null,                  -- 'Draft' | 'ManagerSigned' | 'Signed'
    late boolean not null default false,   -- not fully signed at due_at (set once by the deadline, stays set)
    signed_at timestamptz null,            -- the second signature: frozen from then on
    replaced boolean not null default false,
    correction_reason text null,           -- why this version was drafted (NULL for version 1)
    remarks text null,                     -- the liaison's remarks, part of the content
    content text not null,                 -- canonical JSON (figures, carried-over items, warnings, remarks)
    content_sha256 text not null,          -- lowercase hex SHA-256 of content's UTF-8 bytes
    primary key (project_id, week, version)
);

-- At most one current (not replaced) version per project and week.
create unique index weekly_summaries_current on weekly_summaries (project_id, week) where not replaced;
-- The list by week (QualityDept), the deadline's one update, and the bulletin's late count by month.
create index weekly_summaries_week on weekly_summaries (week, branch_id, project_id);
create index weekly_summaries_due on weekly_summaries (due_at) where late;

-- One row per signature: the signer, the role they acted in, when, and the hash of the exact content they signed.
create table weekly_summary_signatures (
    project_id text not null,
    week text not null,
    version integer not null,
    step smallint not null,                -- 1 = project manager, 2 = branch head
    signer text not null,                  -- person id
    acting_role text not null,
    signed_at timestamptz not null,
    content_sha256 text not null,
    primary key (project_id, week, version, step),
    foreign key (project_id, week, version) references weekly_summaries (project_id, week, version)
);
