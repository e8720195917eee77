using Hotline.Kernel;
using Hotline.Tickets.Commands;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Hotline.Tickets.Tests;

/// <summary>ITicketGrain.Execute takes the abstract base: every command record crosses the wire as itself, every argument kept.</summary>
public sealed class TicketCommandSerializationTests
{
    private static readonly Actor By = new("cc-agent-1", "CallCenterAgent");
    private static readonly DateTimeOffset At = new(2026, 5, 25, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>One of each command, every argument set to something other than its default.</summary>
    private static readonly TicketCommand[] Commands =
    [
        new Start("r1", By) { Remark = "已到場" }, new Contact("r2", By, "EngineeringDept", "更換門機"), new ReportPlan("r3", By, At, "週五前") { Reason = "材料延誤" },
        new WaitForOwner("r4", By, "業主出差", At.AddDays(1), 2), new ResumeHandling("r5", By), new Resolve("r6", By, "已更換"),
        new Callback("r7", By, true, 5, "很滿意"), new Reopen("r8", By, "又壞了"), new FileStatement("r9", By, "非物業責任"),
        new ReviewStatement("r10", By, false, "屬物業責任"), new Decide("r11", By, false, "感謝建議", "電力容量不足"), new Close("r12", By),
        new Transfer("r13", By, "p-harbour", "south") { Reason = "屬於另一個項目" }, new CorrectCategory("r14", By, "security"), new RaiseSeverity("r15", By, Severity.Serious),
        new RaiseRiskWarning("r16", By, "業主聯繫了電視台"), new ConfirmPlan("r17", By, "同意延期"), new ReturnPlan("r18", By, "完成時間過長"),
        new ConfirmCategory("r19", By) { Remark = "分類無誤" },
        new Rate("r20", By, 4, 3, 5, "師傅很客氣"), new AnswerRating("r21", By, "已調整排班"), new Urge("r22", By, "等了一上午"),
        new ConfirmResolution("r23", By, 5, 4, 3, "修好了"),
        new AssignHandler("r20", By, "sunrise-handler-1"), new TakeTicket("r21", By), new ReturnTicket("r22", By, "需要電工證"),
    ];

    [Fact]
    public void EveryCommand_SerializedAsTheBaseType_ComesBackAsItsOwnRecordWithEveryArgument()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        Assert.Equal(CommandCatalog.All.Select(h => h.CommandType).Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))),
            Commands.Select(c => c.GetType()).Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))));

        foreach (var command in Commands)
        {
            var back = serializer.Deserialize<TicketCommand>(serializer.SerializeToArray(command));

            Assert.Equal(command, back);
        }
    }
}
