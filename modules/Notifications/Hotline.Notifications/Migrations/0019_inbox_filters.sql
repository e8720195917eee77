-- Inbox pages filtered by unread or by kind (issue 10 item 14) read an index each, newest first, instead of scanning a
-- person's whole inbox. The unread partial index keyed by time also serves the unread count, so the older one goes.
create index inbox_items_unread_newest on inbox_items (person_id, at, item_id) where read_at is null;
create index inbox_items_kind_newest on inbox_items (person_id, kind, at, item_id);
drop index inbox_items_unread;
