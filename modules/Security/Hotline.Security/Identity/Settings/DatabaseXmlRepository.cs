using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Hotline.Security.Identity.Settings;

/// <summary>
/// Data protection keys (console cookie, antiforgery tokens) in PostgreSQL, so a cookie issued by one silo is read by every other.
/// Stored as the framework writes them: whoever can read the database can sign in anyway (it holds the token signing key too).
/// </summary>
internal sealed class DatabaseXmlRepository(NpgsqlDataSource database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = database.CreateCommand("select xml from security_data_protection_keys order by created_at");
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
        using var command = database.CreateCommand("insert into security_data_protection_keys (name, xml) values ($1, $2) on conflict (name) do nothing");
        command.Parameters.AddWithValue(friendlyName);
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
