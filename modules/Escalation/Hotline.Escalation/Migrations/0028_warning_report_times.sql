-- How fast warnings were verified and answered (issue 12's reports, A11): projected by the warning grain with the rest of
-- its row. Rows written before this migration read NULL until the warning next changes.
alter table warning_list
    add column verified_at timestamptz null,     -- verified (the last verifier's act for a red one); NULL: not verified
    add column answered_at timestamptz null,     -- the first answer to it; NULL: not answered
    add column answer text null;                 -- that answer's text as given (the weekly summary lists warnings with their answers)
