using Hotline.Escalation.Contracts;
using Hotline.Escalation.Routing;
using Hotline.Kernel;

namespace Hotline.Escalation.Api;

/// <summary>The one path of a warning command: the parser names the fields at fault, else the warning grain decides.</summary>
public sealed class WarningCommands(IGrainFactory grains) : IWarningCommands
{
    public IReadOnlyList<string> Departments { get; } = [.. Routing.Departments.Codes];

    public async Task<WarningCommandResult> Execute(Guid warningId, string command, WarningCommandRequest request, Actor by)
    {
        var (call, errors) = WarningCommandParser.Parse(command, request, by);
        return call is null
            ? new WarningCommandResult(null, errors)
            : new WarningCommandResult(await call(grains.GetGrain<IWarningGrain>(warningId)), errors);
    }
}
