using Npgsql;
using NpgsqlTypes;

namespace Hotline.Channels;

/// <summary>The typed parameters this module's statements take: text, nullable text, and times (nullable too) always sent as UTC.</summary>
internal static class SqlParameters
{
    public static void AddText(this NpgsqlParameterCollection p, string name, string value) =>
        p.Add(new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = value });

    public static void AddNullable(this NpgsqlParameterCollection p, string name, string? value) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    public static void AddTime(this NpgsqlParameterCollection p, string name, DateTimeOffset value) =>
        p.Add(new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() });

    public static void AddNullableTime(this NpgsqlParameterCollection p, string name, DateTimeOffset? value) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = value is { } time ? time.ToUniversalTime() : DBNull.Value });
}
