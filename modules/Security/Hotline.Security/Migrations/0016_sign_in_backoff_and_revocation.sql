-- Sign-in back-off instead of a hard lock (issue 10): failures counted per user name (whether or not an account
-- has it, so the answer never tells), per client address and per known device. Keys are SHA-256 hashes, so guessed
-- names and addresses are not kept in clear.
create table sign_in_backoff (
    key text primary key,
    failures integer not null,
    blocked_until timestamptz null,
    last_failure_at timestamptz not null,
    constraint sign_in_backoff_failures check (failures >= 0)
);

create index sign_in_backoff_last_failure on sign_in_backoff (last_failure_at);

-- Revocation: every token and console session carries its person's stamp; a new stamp (password reset, lock,
-- removal, sign-out) makes the older ones fail. A person without a row has the empty stamp.
create table security_stamps (
    person_id text primary key,
    stamp text not null,
    changed_at timestamptz not null
);

-- An administrator's lock of an account: no sign-in at all while set (not a lock a stranger can cause).
alter table staff_accounts add column disabled_at timestamptz null;

-- Single sign-on: the identity provider's immutable subject (iss + sub), explicitly linked to one account's person.
create table staff_account_logins (
    issuer text not null,
    subject text not null,
    person_id text not null,
    created_at timestamptz not null,
    primary key (issuer, subject)
);
