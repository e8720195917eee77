using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.CallCenter;

/// <summary>The checks the workspace's requests share; every failure names its field.</summary>
internal sealed class Fields
{
    public const int MaxShortLength = 200;

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool Ok => Errors.Count == 0;

    public void Fail(string field, string message) => Errors.TryAdd(field, [message]);

    /// <summary>The trimmed value; a failure when it is missing and <paramref name="required"/>, or longer than <paramref name="max"/>.</summary>
    public string? Text(string field, string? value, bool required, int max = MaxShortLength)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            Fail(field, "is required");
        }
        else if (text is not null && (text.Length > max || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))))
        {
            Fail(field, $"must be at most {max} characters, without control characters other than line breaks and tabs");
            return null;
        }

        return text;
    }

    /// <summary>The number's one spelling (<see cref="PhoneNumbers"/>), or a failure naming <paramref name="field"/>.</summary>
    public string? Phone(string field, string? value, bool required)
    {
        if (Text(field, value, required) is not { } text)
        {
            return null;
        }

        var phone = PhoneNumbers.Normalize(text);
        if (phone is null)
        {
            Fail(field, "is not a phone number (5 to 20 digits, optionally starting with '+')");
        }

        return phone;
    }

    /// <summary>The project, when <paramref name="projectId"/> names one; else a failure naming <paramref name="field"/>.</summary>
    public async Task<ProjectInfo?> Project(string field, string? projectId, IGrainFactory grains)
    {
        if (Text(field, projectId, required: true) is not { } id)
        {
            return null;
        }

        var project = await grains.GetGrain<IProjectGrain>(id).GetInfo();
        if (project is null)
        {
            Fail(field, $"project '{id}' does not exist");
        }

        return project;
    }
}
