using Npgsql;

namespace Hotline.Security.Identity.Settings;

/// <summary>Cluster-wide security settings in PostgreSQL: the first silo to need one creates it, every other silo reads the same value.</summary>
public sealed class SecuritySettingsStore(NpgsqlDataSource database)
{
    public string GetOrCreate(string name, Func<string> create)
    {
        using var connection = database.OpenConnection();
        using (var insert = new NpgsqlCommand("insert into security_settings (name, value) values ($1, $2) on conflict (name) do nothing", connection))
        {
            insert.Parameters.AddWithValue(name);
            insert.Parameters.AddWithValue(create());
            insert.ExecuteNonQuery();
        }

        using var select = new NpgsqlCommand("select value from security_settings where name = $1", connection);
        select.Parameters.AddWithValue(name);
        return (string)select.ExecuteScalar()!;
    }
}
