-- Staff sign-in: one account per person of the organisation, with a slow salted password hash
-- (ASP.NET Core Identity's PasswordHasher) and the lock-out counters. Usernames are unique regardless of case.
create table staff_accounts (
    username text not null,
    person_id text not null,
    password_hash text not null,
    failed_attempts integer not null default 0,
    locked_until timestamptz null,
    created_at timestamptz not null,
    changed_at timestamptz not null,
    constraint staff_accounts_username check (length(btrim(username)) > 0),
    constraint staff_accounts_failed_attempts check (failed_attempts >= 0),
    constraint staff_accounts_person unique (person_id)
);

create unique index staff_accounts_username_key on staff_accounts (lower(username));

-- Secrets every silo of the cluster must share, generated once by whichever silo starts first
-- (e.g. the token signing key when none is configured).
create table security_settings (
    name text primary key,
    value text not null,
    created_at timestamptz not null default now()
);

-- ASP.NET Core data protection keys (console cookie, antiforgery), shared by every silo of the cluster.
create table security_data_protection_keys (
    name text primary key,
    xml text not null,
    created_at timestamptz not null default now()
);
