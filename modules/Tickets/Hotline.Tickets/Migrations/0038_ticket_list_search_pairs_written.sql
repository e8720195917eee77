-- The text's search pairs are written with the row instead of generated on every write (issue 14): a stored generated
-- column calls ticket_search_bigrams, a SQL function PostgreSQL parses and plans again in each statement that writes
-- the row, whether the text changed or not. Rows keep the pairs they have.
alter table ticket_list alter column search_bigrams drop expression;

-- Silos of the previous version keep writing during a rolling upgrade, without the column: their new rows get the
-- pairs here. A row's text does not change after registration, so their updates keep the pairs the row has. This
-- build always sends the pairs (or has the database work them out in the statement), so the trigger never runs for it;
-- its WHEN costs a null test per write.
create function ticket_list_fill_search_pairs() returns trigger
    language plpgsql
    as $fn$
    begin
        new.search_bigrams := ticket_search_bigrams(new.text);
        return new;
    end
    $fn$;

create trigger ticket_list_search_pairs before insert or update on ticket_list
    for each row when (new.search_bigrams is null)
    execute function ticket_list_fill_search_pairs();
