-- A2: the SMS line, the owners' portal and the call center recognise an owner by phone number through the registry.
create index households_owner_phones on households using gin (owner_phones);
