namespace Hotline.Benchmarks;

/// <summary>
/// One batch of the report fill as one statement: tickets numbered <c>@from</c>..<c>@to</c>-1 of <c>@n</c>, evenly spread
/// over [<c>@t0</c>, <c>@t0</c> + <c>@span</c> s), into <c>ticket_list</c>, with their warnings (~3 %) in <c>warning_list</c>,
/// one deduction per verified warning in <c>penalty_ledger</c>, and same-issue rows for the complaints and repairs of the
/// last 31 days (what the hourly pruning leaves) in <c>same_issue_reports</c>. Ids come from <c>@ids</c> where given, else fresh.
/// The shares (kinds, channels, states by age, clock outcomes, ratings) are a plausible mix, not the regulation's.
/// </summary>
public static class ReportFillSql
{
    /// <summary>Outcome of a clock started when the ticket reached stage <paramref name="created"/> and settled when it reached <paramref name="passed"/> (7 = Invalid).</summary>
    private static string Clock(int created, int passed, string random, string invalid = "null") => $"""
        case when stage = 7 then {invalid}
             when stage >= {passed} then case when {random} < 0.91 then 'met' when {random} < 0.99 then 'late' else 'cancelled' end
             when stage >= {created} then case when {random} < 0.8 then 'running' else 'breached' end end
        """;

    /// <summary>The query store alone (the report step): answers the four row counts and four zeros.</summary>
    public static string Batch => QueryStore + "\n" + """
        select (select count(*) from ins_t), (select count(*) from ins_w), (select count(*) from ins_p), (select count(*) from ins_s), 0::bigint, 0::bigint, 0::bigint, 0::bigint
        """;

    /// <summary>
    /// The query store and, for each ticket, copies of its life's template grain rows (<see cref="PreloadClones"/>) under the
    /// ticket's own id (<c>@ids</c>, keys <c>@n0</c>/<c>@n1</c>, the id's serializer bytes <c>@binhex</c>), and a reminder row
    /// for a ticket whose life's template has one, due from <c>@rem_from</c> over 30 days (after the run); the template's inbox
    /// items (read once the copy is resolved or closed) and owner messages (delivered and recorded), shifted to the copy's
    /// registration time. Answers eight counts.
    /// </summary>
    public static string WithGrains => QueryStore + "\n" + """
        ,
        tp as (
            select * from unnest(@tpl_life::int[], @tpl_state::text[], @tpl_payload::bytea[], @tpl_binhex::text[], @tpl_texthex::text[], @tpl_version::int[])
                as x(life, state, payload, binhex, texthex, version)),
        ins_g as (
            insert into orleans_storage (serviceid, statename, grainidn0, grainidn1, grainidextension, payloadbinary, version, modifiedat)
            select @service, tp.state, (@n0::bigint[])[t.k], (@n1::bigint[])[t.k], null,
                   decode(replace(replace(encode(tp.payload, 'hex'), tp.binhex, (@binhex::text[])[t.k]), tp.texthex, encode(convert_to(t.id::text, 'UTF8'), 'hex')), 'hex'),
                   tp.version, coalesce(t.closed_at, t.resolved_at, t.registered_at)
            from t join tp on tp.life = (@life_of::int[])[t.stage]
            returning 1),
        ins_r as (
            insert into orleans_reminders (serviceid, grainid, remindername, starttime, period, grainhash, version)
            select @service, replace(@rem_grain, '{id}', replace(t.id::text, '-', '')), @rem_name, @rem_from + make_interval(secs => t.r_open * 2592000),
                   @rem_period, (@hashes::int[])[t.k], @rem_version
            from t where (@life_of::int[])[t.stage] = any(@rem_lives::int[])
            returning 1),
        tt as (
            select x.id, x.life, l.registered_at from unnest(@tpl_ids::uuid[], @tpl_id_lives::int[]) as x(id, life) join ticket_list l on l.id = x.id),
        ins_i as (
            insert into inbox_items (person_id, item_id, at, kind, level, warning_id, ticket_id, title, on_behalf_of, read_at)
            select i.person_id, i.item_id || '@' || replace(t.id::text, '-', ''), t.registered_at + (i.at - tt.registered_at), i.kind, i.level, null, t.id,
                   i.title, i.on_behalf_of, case when t.stage > 4 then coalesce(t.closed_at, t.resolved_at) end
            from t join tt on tt.life = (@life_of::int[])[t.stage] join inbox_items i on i.ticket_id = tt.id
            returning person_id, read_at),
        upd_u as (
            update inbox_unread u set unread = u.unread + n.added
            from (select person_id, count(*) filter (where read_at is null) as added from ins_i group by person_id) n where u.person_id = n.person_id
            returning 1),
        ins_o as (
            insert into owner_outbox (message_id, ticket_id, ticket_number, event_key, channel, kind, phone, account_id, owner_name, text, status,
                attempts, next_attempt_at, last_error, created_at, updated_at, delivered_at, ticket_recorded_at)
            select md5(o.message_id || t.id::text)::uuid::text, t.id, o.ticket_number, o.event_key, o.channel, o.kind, null, o.account_id, o.owner_name, o.text,
                   'delivered', 1, null, null, t.registered_at + (o.created_at - tt.registered_at), t.registered_at + (o.created_at - tt.registered_at) + interval '1 minute',
                   t.registered_at + (o.created_at - tt.registered_at) + interval '1 minute', t.registered_at + (o.created_at - tt.registered_at) + interval '2 minutes'
            from t join tt on tt.life = (@life_of::int[])[t.stage] join owner_outbox o on o.ticket_id = tt.id
            returning 1)
        select (select count(*) from ins_t), (select count(*) from ins_w), (select count(*) from ins_p), (select count(*) from ins_s),
               (select count(*) from ins_g), (select count(*) from ins_r), (select count(*) from ins_i), (select count(*) from ins_o)
        """;

    private static readonly string QueryStore = $$"""
        with tpl (n, kind, category, subject, text, local) as (values
            (0, 'Repair', 'engineering', 'elevator', '%s号楼电梯经常故障，按了没反应，请尽快维修', true),
            (1, 'Repair', 'engineering', 'lighting', '%s号楼楼道灯不亮好几天了', true),
            (2, 'Repair', 'engineering', 'water-leak', '%s号楼地下室水管漏水，地面有积水', true),
            (3, 'Repair', 'engineering', 'door-access', '%s号楼单元门门禁坏了，刷卡打不开', true),
            (4, 'Complaint', 'engineering', 'facade', '%s号楼外墙墙皮脱落，担心掉下来', true),
            (5, 'Complaint', 'cleaning', 'garbage', '%s号楼垃圾桶满了一直没人清运，有异味', true),
            (6, 'Complaint', 'cleaning', 'public-area', '%s号楼楼道里有很多小广告和污渍', true),
            (7, 'Complaint', 'landscaping', 'lawn', '%s号楼门口草坪杂草太多，很久没有除草', true),
            (8, 'Complaint', 'landscaping', 'trees', '%s号楼旁边的树枝挡住窗户，需要修剪', true),
            (9, 'Complaint', 'security', 'parking', '%s号楼楼下经常有人乱停车，堵住通道', true),
            (10, 'Complaint', 'security', 'noise', '晚上%s号楼附近噪音扰民，影响休息', true),
            (11, 'Complaint', 'customer-service', 'fees', '物业费发票一直没有开，催了几次', false),
            (12, 'Complaint', 'customer-service', 'unanswered', '客服电话没人接，问题一直不处理', false),
            (13, 'Suggestion', 'customer-service', 'notices', '建议公告栏及时更新停水停电通知，方便业主安排', false)),
        g as materialized (
            select i, i - @from + 1 as k, coalesce((@ids::uuid[])[i - @from + 1], gen_random_uuid()) as id, 1 + floor(random() * cardinality(@projects::text[]))::int as p,
                   random() as r_household, floor(random() * 14)::int as t, random() as r_channel, random() as r_serious,
                   random() as r_status, random() as r_open, random() as c1, random() as c2, random() as c3, random() as c4,
                   random() as r_rating, random() as r_time1, random() as r_time2, random() as r_warn, random() as r_level,
                   random() as w1, random() as w2, random() as w3, random() as w4,
                   @t0 + make_interval(secs => i * @span / @n) as registered_at
            from generate_series(@from, @to - 1) i),
        h as materialized (
            select g.*, tpl.kind, tpl.category, tpl.local, (@projects::text[])[g.p] as project_id, (@branches::text[])[g.p] as branch_id,
                   floor(g.r_household * (@households::int[])[g.p])::int as hh,
                   extract(epoch from @now - g.registered_at) / 86400 as age_days, tpl.subject, tpl.text as template
            from g join tpl on tpl.n = g.t),
        s as materialized (
            select h.*, hh / 40 + 1 as building, (hh / 40 + 1) || '-' || (hh % 40 + 101) as household,
                   category || '/' || subject || '/' || case when local then 'building-' || (hh / 40 + 1) else 'project' end as issue_key,
                   case when kind = 'Complaint' and r_status < 0.02 then 7
                        when r_status < pd * 0.92 then 6
                        when r_status < pd then 5
                        when age_days > 3 then 3 + floor(r_open * 2)::int
                        else 1 + floor(r_open * 4)::int end as stage,
                   case when kind <> 'Suggestion' and not (kind = 'Complaint' and r_status < 0.02) and r_warn < 0.03 then
                        case when r_level < 0.65 then 'Blue' when r_level < 0.92 then 'Yellow' else 'Red' end end as warning_level
            from h, lateral (select case when age_days > 14 then 0.97 when age_days > 3 then 0.8 when age_days > 1 then 0.5 else 0.2 end as pd) d),
        k as materialized (
            select s.*,
                   {{Clock(1, 2, "c1", "'met'")}} as clock_start,
                   case when kind = 'Suggestion' then null when stage = 7 then 'cancelled' else {{Clock(2, 3, "c2")}} end as clock_contact,
                   case when kind = 'Suggestion' then null else {{Clock(3, 4, "c3")}} end as clock_plan,
                   case when kind = 'Suggestion' then null else {{Clock(4, 5, "c4")}} end as clock_resolution,
                   case when kind = 'Suggestion' then {{Clock(2, 5, "c4")}} end as clock_suggestion_reply,
                   case when stage in (5, 6) then least(registered_at + make_interval(secs => 7200 + r_time1 * 252000), @now - interval '5 minutes') end as resolved_at
            from s),
        t as materialized (
            select k.*, case when stage = 6 then least(resolved_at + make_interval(secs => 3600 + r_time2 * 169200), @now - interval '1 minute') end as closed_at,
                   case when stage = 6 and r_rating < 0.6 then
                        case when r_rating < 0.27 then 5 when r_rating < 0.45 then 4 when r_rating < 0.54 then 3 when r_rating < 0.576 then 2 else 1 end end as rating
            from k),
        ins_t as (
            insert into ticket_list (id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text,
                registered_at, breached, next_due_at, updated_at, owner_name_masked, owner_phone_masked, warning_level, household,
                responsible_department, promised_completion_at, assignee, resolved_at, closed_at, clock_start, clock_contact, clock_plan,
                clock_resolution, clock_suggestion_reply, rating_overall, rating_speed, rating_attitude, suggestion_adopted)
            select id, stage, kind, project_id, branch_id, category, case when r_serious < 0.03 then 'Serious' else 'General' end,
                   (array['Dispatched', 'Started', 'Contacted', 'InProgress', 'Resolved', 'Closed', 'Invalid'])[stage], issue_key,
                   case when r_channel < 0.6 then 'call-center' when r_channel < 0.8 then 'web' when r_channel < 0.9 then 'gm-sms' else 'chat' end,
                   format(template, building), registered_at,
                   coalesce('late' in (clock_start, clock_contact, clock_plan, clock_resolution, clock_suggestion_reply)
                       or 'breached' in (clock_start, clock_contact, clock_plan, clock_resolution, clock_suggestion_reply), false),
                   case when stage <= 4 then registered_at + interval '3 days' end,
                   coalesce(closed_at, resolved_at, registered_at + interval '10 minutes'), '业*', '139****' || lpad((hh % 10000)::text, 4, '0'),
                   warning_level, household,
                   case category when 'engineering' then 'EngineeringDept' when 'security' then 'SecurityDept' else 'CustomerServiceDept' end,
                   case when stage between 4 and 6 then registered_at + interval '3 days' end,
                   case when stage <= 4 then 'unit' when stage = 5 then 'call-center' end, resolved_at, closed_at,
                   clock_start, clock_contact, clock_plan, clock_resolution, clock_suggestion_reply,
                   rating, greatest(1, rating - (r_time2 < 0.3)::int), least(5, rating + (r_time2 > 0.8)::int),
                   case when kind = 'Suggestion' and stage in (5, 6) then r_rating < 0.4 end
            from t
            returning 1),
        wr as materialized (
            select gen_random_uuid() as warning_id, t.*, least(registered_at + make_interval(secs => 600 + w4 * 259200), @now - interval '2 minutes') as raised_at
            from t where warning_level is not null),
        ws as materialized (
            select wr.*, case when @now - raised_at > interval '3 days' then case when w1 < 0.08 then 'Dismissed' when w1 < 0.78 then 'Closed' else 'Answered' end
                              when @now - raised_at > interval '1 day' then case when w1 < 0.2 then 'Raised' when w1 < 0.5 then 'Verified' else 'Answered' end
                              else case when w1 < 0.6 then 'Raised' else 'Verified' end end as wstatus
            from wr),
        wv as materialized (
            select ws.*, case when wstatus in ('Verified', 'Answered', 'Closed') then least(raised_at + make_interval(secs => 1800 + w2 * 108000), @now - interval '1 minute') end as verified_at
            from ws),
        w as materialized (
            select wv.*, case when wstatus in ('Answered', 'Closed') then least(verified_at + make_interval(secs => 3600 + w3 * 144000), @now) end as answered_at,
                   case warning_level when 'Blue' then (case when r_warn < 0.018 then 'RepeatComplaint' else 'Overdue' end)
                                      when 'Yellow' then (case when r_warn < 0.02 then 'Overdue' else 'ProjectSameIssue' end)
                                      else (case when r_warn < 0.02 then 'Overdue' else 'EscalationRisk' end) end as trigger
            from wv),
        ins_w as (
            insert into warning_list (warning_id, version, level, status, trigger, project_id, branch_id, ticket_id, issue_key, rule, raised_at,
                verification_due_at, verification_overdue, answer_due_at, answer_overdue, subject_ended, updated_at, verified_at, answered_at, answer)
            select warning_id, case wstatus when 'Raised' then 1 when 'Verified' then 2 when 'Dismissed' then 2 when 'Answered' then 3 else 4 end,
                   warning_level, wstatus, trigger, project_id, branch_id, id, issue_key,
                   case trigger when 'RepeatComplaint' then 'A11.1.1: repeat complaint by household ' || household
                                when 'ProjectSameIssue' then 'A11.3.3' when 'EscalationRisk' then 'A11.4: risk of media coverage or group petition'
                                else 'A11.1.2: unhandled past its time limit' end,
                   raised_at, raised_at + interval '1 day', coalesce(verified_at, @now) > raised_at + interval '1 day',
                   verified_at + interval '1 day', verified_at is not null and coalesce(answered_at, @now) > verified_at + interval '1 day',
                   null, coalesce(answered_at, verified_at, raised_at), verified_at, answered_at,
                   case when answered_at is not null then '已联系业主并安排人员处理，预计三日内完成，完成后回访' end
            from w
            returning 1),
        ins_p as (
            insert into penalty_ledger (entry_id, warning_id, branch_id, month, level, points, kind, reason, booked_by, booked_at)
            select gen_random_uuid(), warning_id, branch_id, to_char(verified_at at time zone @zone, 'YYYY-MM'), warning_level,
                   case warning_level when 'Blue' then 0.2 when 'Yellow' then 0.5 else 1.0 end, 'deduction',
                   'A12: ' || warning_level || ' warning verified', 'hotline', verified_at
            from w where verified_at is not null
            returning 1),
        ins_s as (
            insert into same_issue_reports (ticket_id, issue_key, project_id, branch_id, household, household_key, reported_at, company_key)
            select id, issue_key, project_id, branch_id, household, upper(household), registered_at,
                   case when local then issue_key || '@' || project_id else issue_key end
            from t where kind <> 'Suggestion' and registered_at >= @now - interval '31 days'
            returning 1)
        """;
}
