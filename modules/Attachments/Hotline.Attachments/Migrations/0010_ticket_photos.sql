-- Photos attached to tickets (complaints, repair requests) by agents, liaisons and later the owners' portal.
-- The bytes live here, beside their metadata: photos are capped (Hotline:Photos:MaxBytes, MaxPerTicket),
-- so the database stays the one thing to back up. The content type is the one the bytes were found to be
-- (JPEG, PNG, WebP, HEIC), never the uploader's claim or file name (which is not stored at all).
create table ticket_photos (
    photo_id uuid primary key,          -- derived from ticket id and sha256: the same bytes get the same id
    ticket_id uuid not null,
    content_type text not null,
    size_bytes integer not null,
    sha256 char(64) not null,           -- lower-case hex
    uploaded_by text not null,          -- the signed-in person
    uploaded_at timestamptz not null,
    bytes bytea not null,
    constraint ticket_photos_content_type check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'image/heic')),
    constraint ticket_photos_size check (size_bytes > 0 and size_bytes = octet_length(bytes)),
    constraint ticket_photos_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    -- A repeated upload of the same bytes to the same ticket is the same photo (and serves lists by ticket).
    constraint ticket_photos_once unique (ticket_id, sha256)
);

-- Images are compressed already: store them out of line without trying to compress them again.
alter table ticket_photos alter column bytes set storage external;
