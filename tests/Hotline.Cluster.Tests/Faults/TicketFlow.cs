namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// What the load driver does with ticket i of a run: registers a complaint in p-sunrise, then by i mod 3 leaves it
/// unstarted (its start clock falls due during the run: a deadline to act on), starts it, or starts and contacts it.
/// Request ids are fixed per run and ticket, so the client's retry of a request is the same request.
/// </summary>
public static class TicketFlow
{
    public const string Project = "p-sunrise";
    public const string Liaison = "sunrise-liaison";

    private static readonly string[] Problems = ["電梯停在兩層之間", "樓道燈不亮", "地下車庫漏水", "垃圾房氣味很大", "門禁卡失靈", "外牆瓷磚鬆動"];

    public static object Registration(string run, int i) => new
    {
        requestId = $"{run}-register-{i}",
        kind = "Complaint",
        projectId = Project,
        text = $"{i % 40 + 1}號樓{Problems[i % Problems.Length]}（{run}-{i}）",
        location = $"{i % 40 + 1}號樓",
        householdNotGiven = true,
    };

    public static IEnumerable<(string Command, object Body)> Commands(string run, int i)
    {
        if (i % 3 == 0)
        {
            yield break;
        }

        yield return ("start", new { requestId = $"{run}-start-{i}", personId = Liaison });
        if (i % 3 == 2)
        {
            yield return ("contact", new { requestId = $"{run}-contact-{i}", personId = Liaison, department = "EngineeringDept", plan = "明早上門查看" });
        }
    }
}
