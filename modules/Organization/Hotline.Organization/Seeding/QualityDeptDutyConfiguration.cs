using Hotline.BuildingBlocks;
using Hotline.Organization.Contracts;
using Microsoft.Extensions.Configuration;

namespace Hotline.Organization.Seeding;

/// <summary>Reads QualityDept's duty hours at startup; a bad time stops the start naming its key.</summary>
internal static class QualityDeptDutyConfiguration
{
    public static QualityDeptDuty Bind(IConfiguration configuration)
    {
        var options = new QualityDeptDutyOptions();
        configuration.GetSection(QualityDeptDutyOptions.SectionName).Bind(options);
        // Every day (A9.1 "every day"): no day list.
        var hours = new DutyShift([], options.Start?.Trim() ?? "", options.End?.Trim() ?? "");
        foreach (var problem in DutyRoster.Problems(hours))
        {
            var field = problem.StartsWith("end", StringComparison.Ordinal) ? "End" : "Start";
            throw StartupProblem.For($"{QualityDeptDutyOptions.SectionName}:{field}", problem);
        }

        return new QualityDeptDuty(hours);
    }
}
