namespace Hotline.Benchmarks;

/// <summary>
/// The real tickets the preload clones: registered through <c>POST /api/tickets</c> like any intake, then taken through
/// their life with the API's commands by the people whose job each is (the liaison starts, contacts, reports the plan and
/// resolves; the call center calls back with the owner's rating), so their grain payloads and rows are what the host writes.
/// One ticket per life stage the fill knows: still open (InProgress), Resolved, and Closed.
/// </summary>
public static class PreloadTemplates
{
    /// <summary>The fill's stage of a cloned ticket (<c>ReportFillSql</c>: 1–4 open, 5 Resolved, 6 Closed, 7 Invalid) → the template it copies.</summary>
    public static int LifeOf(int stage) => stage switch
    {
        <= 4 => Open,
        5 => Resolved,
        _ => Closed,
    };

    public const int Open = 1;
    public const int Resolved = 2;
    public const int Closed = 3;

    /// <summary>Registers and walks the three templates; answers (life, ticket id).</summary>
    public static async Task<IReadOnlyList<(int Life, Guid Id)>> CreateAsync(HotlineApi agent, HotlineApi liaison, Complaints complaints, CancellationToken ct)
    {
        var made = new List<(int, Guid)>();
        foreach (var life in new[] { Open, Resolved, Closed })
        {
            var id = await agent.RegisterOneAsync(complaints.Next(), ct);
            await liaison.CommandAsync(id, "start", new { }, ct);
            await liaison.CommandAsync(id, "contact", new { department = "EngineeringDept", plan = "已安排维修人员上门查看" }, ct);
            await liaison.CommandAsync(id, "report-plan", new { completionDueAt = DateTimeOffset.UtcNow.AddDays(2), plan = "两日内完成维修" }, ct);
            if (life >= Resolved)
            {
                await liaison.CommandAsync(id, "resolve", new { note = "已维修完毕并测试" }, ct);
            }

            if (life == Closed)
            {
                await agent.CommandAsync(id, "callback", new { reached = true, rating = 5, note = "业主表示满意" }, ct);
            }

            made.Add((life, id));
        }

        return made;
    }
}
