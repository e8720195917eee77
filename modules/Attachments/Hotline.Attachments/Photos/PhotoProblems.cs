using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Attachments.Photos;

/// <summary>Refusals of an upload, shaped like validation problems: <c>errors.photo</c> says what is wrong.</summary>
internal static class PhotoProblems
{
    public static Dictionary<string, string[]> Errors(string message) => new() { [PhotoUploadReader.Field] = [message] };

    public static ProblemHttpResult Problem(int status, string title, string message) => TypedResults.Problem(
        statusCode: status,
        title: title,
        detail: message,
        extensions: new Dictionary<string, object?> { ["errors"] = Errors(message) });
}
