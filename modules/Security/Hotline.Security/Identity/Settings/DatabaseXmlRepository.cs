using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Hotline.Security.Identity.Settings;

/// <summary>
/// Data protection keys (console cookie, antiforgery tokens) in PostgreSQL, so a cookie issued by one silo is read by every other.
/// Stored as the framework writes them: whoever can read the database can sign in anyway (it holds the token signing key too).
/// The data source is asked for at first use: the framework builds this repository while the app is assembled
/// (UseAntiforgery), before the host has opened (started, migrated) the database.
/// </summary>
internal sealed class DatabaseXmlRepository(Func<NpgsqlDataSource> dataSource) : IXmlRepository
{
    private NpgsqlDataSource Database => dataSource();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = Database.CreateCommand("select xml from security_data_protection_keys order by created_at");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var command = Database.CreateCommand("insert into security_data_protection_keys (name, xml) values ($1, $2) on conflict (name) do nothing");
        command.Parameters.AddWithValue(friendlyName);
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
