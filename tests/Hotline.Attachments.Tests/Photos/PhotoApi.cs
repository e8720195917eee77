using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hotline.Attachments.Contracts;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>The photo endpoints as a client sees them.</summary>
internal static class PhotoApi
{
    public static async Task<HttpResponseMessage> UploadPhoto(
        this HttpClient http, Guid ticketId, byte[] bytes, string contentType, string fileName = "photo.jpg", string field = "photo")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, field, fileName);
        return await http.PostAsync($"/api/tickets/{ticketId}/photos", form);
    }

    public static async Task<TicketPhoto> Photo(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<TicketPhoto>(TicketApi.Json))!;

    public static async Task<IReadOnlyList<TicketPhoto>> ListPhotos(this HttpClient http, Guid ticketId) =>
        (await http.GetFromJsonAsync<List<TicketPhoto>>($"/api/tickets/{ticketId}/photos", TicketApi.Json))!;

    /// <summary>The messages a refusal gives for the field <c>photo</c>.</summary>
    public static async Task<string[]> PhotoErrors(this HttpResponseMessage response)
    {
        var problem = await response.Problem();
        return [.. problem.GetProperty("errors").GetProperty("photo").EnumerateArray().Select(e => e.GetString()!)];
    }
}
