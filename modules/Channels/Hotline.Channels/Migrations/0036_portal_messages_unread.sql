-- The portal header's unread count reads only unread rows: without these the count visited every message a household
-- ever had, so each page view cost more as the household's history grew.
create index portal_messages_household_unread on portal_messages (project_id, household) where read_at is null;
create index portal_messages_owner_unread on portal_messages (owner_key) where read_at is null and household is null;
