-- The silos' least-privilege role (docs/operations.md, "External PostgreSQL"): data rights only, no DDL.
--
-- Before: as a superuser (or a role with CREATEROLE and CREATEDB), once:
--   CREATE ROLE hotline_owner LOGIN PASSWORD '...';     -- migrates: `hotline migrate` runs with this role
--   CREATE ROLE hotline_silo LOGIN PASSWORD '...';      -- every silo runs with this role
--   CREATE DATABASE hotline OWNER hotline_owner;
--
-- Then run this file AS hotline_owner, in the hotline database, before the first `hotline migrate`:
--   psql "host=db dbname=hotline user=hotline_owner" -f silo-role.sql
-- The default privileges give hotline_silo its rights on every table, sequence and function that a later migration
-- (run by hotline_owner) creates; the GRANT ... ON ALL lines cover what exists already, so running it again is harmless.

-- Only the owner creates objects (PostgreSQL 15 and later already withhold CREATE on public from other roles).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO hotline_silo;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hotline_silo;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hotline_silo;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO hotline_silo;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hotline_silo;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO hotline_silo;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO hotline_silo;
