using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Notifications.Tests.Support;

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
