using System.ComponentModel.DataAnnotations;

namespace Hotline.Host.Configuration;

/// <summary>Section Hotline: settings of the process as a whole.</summary>
public sealed class HostOptions : IValidatableObject
{
    public const string SectionName = "Hotline";

    /// <summary>IANA id of the zone business days and duty hours are counted in.</summary>
    [Required]
    public string BusinessTimeZone { get; set; } = "Asia/Shanghai";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(BusinessTimeZone, out _))
        {
            yield return new ValidationResult($"unknown time zone '{BusinessTimeZone}' (use an IANA id such as Asia/Shanghai)", [nameof(BusinessTimeZone)]);
        }
    }
}
