using Npgsql;
using NpgsqlTypes;
using Orleans.Runtime;

namespace Hotline.Benchmarks;

/// <summary>
/// The grain rows of the template tickets (<see cref="PreloadTemplates"/>) as the host stored them, to be copied under fresh
/// ticket ids by <see cref="ReportFillSql.WithGrains"/>: every <c>orleans_storage</c> row keyed by a template's id (any
/// state name), and the template's reminder row where it has one. A copy's payload carries its own id (the template's id
/// replaced, in the serializer's 16-byte form and as text), its key is what Orleans' ADO.NET storage computes for that id,
/// and its reminder row has Orleans' grain id and ring hash; the template rows are checked against the same computation first.
/// </summary>
public sealed class PreloadClones
{
    private readonly List<(int Life, string State, byte[] Payload, string BinHex, string TextHex, int Version)> _states = [];
    private readonly Dictionary<int, (string Pattern, string Name, long Period, int Version)> _reminders = [];
    private readonly List<(int Life, Guid Id)> _templates = [];
    private string _service = "";

    public static async Task<PreloadClones> ReadAsync(string connectionString, IReadOnlyList<(int Life, Guid Id)> templates, CancellationToken ct)
    {
        var clones = new PreloadClones();
        clones._templates.AddRange(templates);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var (life, id) in templates)
        {
            var (n0, n1) = StorageKeyOf(id);
            await using (var rows = new NpgsqlCommand("select serviceid, statename, payloadbinary, version from orleans_storage where grainidn0 = @n0 and grainidn1 = @n1 and payloadbinary is not null", connection))
            {
                rows.Parameters.AddWithValue("n0", n0);
                rows.Parameters.AddWithValue("n1", n1);
                await using var reader = await rows.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var payload = (byte[])reader[2];
                    var binHex = Convert.ToHexStringLower(id.ToByteArray());
                    var textHex = Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(id.ToString()));
                    var hex = Convert.ToHexStringLower(payload);
                    if (!hex.Contains(binHex, StringComparison.Ordinal) && !hex.Contains(textHex, StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"the {reader.GetString(1)} payload of template {id} does not carry its id as 16 bytes or text: a copy could not be given its own");
                    }

                    clones._service = reader.GetString(0);
                    clones._states.Add((life, reader.GetString(1), payload, binHex, textHex, reader.GetInt32(3)));
                }
            }

            if (!clones._states.Any(s => s.Life == life))
            {
                throw new InvalidOperationException($"template {id} has no grain state under the key (grainidn0 {n0}, grainidn1 {n1})");
            }

            await using var reminder = new NpgsqlCommand("select grainid, remindername, period, grainhash, version from orleans_reminders where grainid like '%' || @key", connection);
            reminder.Parameters.AddWithValue("key", id.ToString("N"));
            await using var found = await reminder.ExecuteReaderAsync(ct);
            if (await found.ReadAsync(ct))
            {
                var pattern = found.GetString(0).Replace(id.ToString("N"), "{id}", StringComparison.Ordinal);
                if (RingHashOf(pattern, id) != found.GetInt32(3))
                {
                    throw new InvalidOperationException($"template {id}'s reminder hash {found.GetInt32(3)} is not Orleans' ring hash of {found.GetString(0)}");
                }

                clones._reminders[life] = (pattern, found.GetString(1), found.GetInt64(2), found.GetInt32(4));
            }
        }

        return clones;
    }

    /// <summary>What the copies are made of, for the run's notes.</summary>
    public string Describe() =>
        string.Join("; ", _states.Select(s => $"life {s.Life}: {s.State} {s.Payload.Length} bytes")) +
        $"; reminders for lives {string.Join(",", _reminders.Keys.Order())} ({string.Join(", ", _reminders.Values.Select(r => $"{r.Name} every {r.Period} ms").Distinct())})";

    /// <summary>Fresh ids for <paramref name="count"/> tickets and everything the statement needs to copy the templates under them.</summary>
    public void AddParameters(NpgsqlParameterCollection p, int count, DateTimeOffset remindersFrom)
    {
        var ids = new Guid[count];
        var n0 = new long[count];
        var n1 = new long[count];
        var hex = new string[count];
        var hashes = new int[count];
        var reminder = _reminders.Values.FirstOrDefault();
        for (var i = 0; i < count; i++)
        {
            ids[i] = Guid.NewGuid();
            (n0[i], n1[i]) = StorageKeyOf(ids[i]);
            hex[i] = Convert.ToHexStringLower(ids[i].ToByteArray());
            hashes[i] = reminder.Pattern is null ? 0 : RingHashOf(reminder.Pattern, ids[i]);
        }

        p.Add(new NpgsqlParameter<Guid[]>("ids", ids));
        p.Add(new NpgsqlParameter<long[]>("n0", n0));
        p.Add(new NpgsqlParameter<long[]>("n1", n1));
        p.Add(new NpgsqlParameter<string[]>("binhex", hex));
        p.Add(new NpgsqlParameter<int[]>("hashes", hashes));
        p.Add(new NpgsqlParameter<string>("service", _service));
        p.Add(new NpgsqlParameter<int[]>("life_of", [.. Enumerable.Range(1, 7).Select(PreloadTemplates.LifeOf)]));
        p.Add(new NpgsqlParameter<int[]>("tpl_life", [.. _states.Select(s => s.Life)]));
        p.Add(new NpgsqlParameter<string[]>("tpl_state", [.. _states.Select(s => s.State)]));
        p.Add(new NpgsqlParameter<byte[][]>("tpl_payload", [.. _states.Select(s => s.Payload)]) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        p.Add(new NpgsqlParameter<string[]>("tpl_binhex", [.. _states.Select(s => s.BinHex)]));
        p.Add(new NpgsqlParameter<string[]>("tpl_texthex", [.. _states.Select(s => s.TextHex)]));
        p.Add(new NpgsqlParameter<int[]>("tpl_version", [.. _states.Select(s => s.Version)]));
        p.Add(new NpgsqlParameter<Guid[]>("tpl_ids", [.. _templates.Select(t => t.Id)]));
        p.Add(new NpgsqlParameter<int[]>("tpl_id_lives", [.. _templates.Select(t => t.Life)]));
        p.Add(new NpgsqlParameter<int[]>("rem_lives", [.. _reminders.Keys]));
        p.Add(new NpgsqlParameter<string>("rem_grain", reminder.Pattern ?? ""));
        p.Add(new NpgsqlParameter<string>("rem_name", reminder.Name ?? ""));
        p.Add(new NpgsqlParameter<long>("rem_period", reminder.Period));
        p.Add(new NpgsqlParameter<int>("rem_version", reminder.Version));
        p.Add(new NpgsqlParameter<DateTimeOffset>("rem_from", NpgsqlDbType.TimestampTz) { TypedValue = remindersFrom.ToUniversalTime() });
    }

    /// <summary>(grainidn0, grainidn1) of a Guid-keyed grain, as Orleans' ADO.NET grain storage files it: the two halves of its bytes.</summary>
    public static (long N0, long N1) StorageKeyOf(Guid id)
    {
        var bytes = id.ToByteArray();
        return (BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8));
    }

    /// <summary>The reminder table's <c>grainhash</c>: Orleans' uniform hash of the grain id, as a signed int.</summary>
    private static int RingHashOf(string pattern, Guid id) =>
        unchecked((int)GrainId.Parse(pattern.Replace("{id}", id.ToString("N"), StringComparison.Ordinal)).GetUniformHashCode());
}
