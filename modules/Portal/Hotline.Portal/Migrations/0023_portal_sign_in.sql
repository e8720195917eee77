-- The owners' portal signs owners in by a one-time code sent to their registered phone. Owners are keyed by the
-- digest their actor carries (OwnerActors), never by the number itself.

-- At most one live code per owner: stored hashed, with its expiry and the wrong tries so far.
create table portal_sign_in_codes (
    owner_key text primary key,
    code_hash bytea not null,
    expires_at timestamptz not null,
    wrong_tries integer not null default 0
);

-- Every code request (for registered numbers and unknown ones alike, so answers cannot tell them apart): the
-- per-number rate limit counts these.
create table portal_code_requests (
    owner_key text not null,
    requested_at timestamptz not null
);
create index portal_code_requests_by_owner on portal_code_requests (owner_key, requested_at desc);
