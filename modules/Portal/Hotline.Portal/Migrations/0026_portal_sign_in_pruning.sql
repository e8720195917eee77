-- Old code requests and expired codes are pruned by time (anyone's, a batch per request), not only the asking owner's.
create index portal_code_requests_by_time on portal_code_requests (requested_at);
create index portal_sign_in_codes_by_expiry on portal_sign_in_codes (expires_at);
