using System.Net;
using System.Security.Cryptography;
using ImageMagick;

namespace Hotline.Attachments.Tests.Photos;

[Collection(PhotosCollection.Name)]
public sealed class TicketPhotoUploadTests(PhotosFixture fixture)
{
    [Theory]
    [InlineData("jpeg", "image/jpeg", "jpg")]
    [InlineData("png", "image/png", "png")]
    [InlineData("webp", "image/webp", "webp")]
    [InlineData("heic", "image/jpeg", "jpg")] // decoded, but this ImageMagick build writes no HEIC: kept as a JPEG
    public async Task Upload_AcceptedImage_IsStoredReencodedAndServedAsItsType(string sample, string storedType, string extension)
    {
        var ticketId = await fixture.NewTicket();
        var bytes = SampleImages.ByName(sample);
        using var uploaded = new MagickImage(bytes);

        var response = await fixture.Agent.UploadPhoto(ticketId, bytes, $"image/{sample}", "../../etc/passwd.html");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var photo = await response.Photo();
        Assert.Equal($"/api/tickets/{ticketId}/photos/{photo.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((ticketId, storedType, PhotosFixture.Uploader), (photo.TicketId, photo.ContentType, photo.UploadedBy));

        var download = await fixture.Agent.GetAsync($"/api/tickets/{ticketId}/photos/{photo.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var served = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(((int)photo.Size, photo.Sha256), (served.Length, Convert.ToHexStringLower(SHA256.HashData(served))));
        using var stored = new MagickImage(served);
        Assert.Equal((uploaded.Width, uploaded.Height), (stored.Width, stored.Height));
        Assert.Equal(storedType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"inline; filename={photo.Id}.{extension}", download.Content.Headers.ContentDisposition?.ToString());
    }

    [Fact]
    public async Task Upload_HtmlRenamedJpg_Answers415NamingPhoto()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Html(), "image/jpeg", "holiday.jpg");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("content", Assert.Single(await response.PhotoErrors()), StringComparison.Ordinal);
        Assert.Empty(await fixture.Agent.ListPhotos(ticketId));
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("pdf")]
    [InlineData("svg")]
    public async Task Upload_DeclaredPngWithOtherBytes_Answers415NamingPhoto(string sample)
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.UploadPhoto(ticketId, SampleImages.ByName(sample), "image/png", "photo.png");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Single(await response.PhotoErrors());
    }

    [Theory]
    [InlineData("image/svg+xml")]
    [InlineData("text/html")]
    [InlineData("application/octet-stream")]
    public async Task Upload_DeclaredTypeNotAnAcceptedImage_Answers415NamingPhoto(string declared)
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(), declared);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("declared type", Assert.Single(await response.PhotoErrors()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_PngDeclaredAsJpeg_IsStoredAndServedAsPng()
    {
        var ticketId = await fixture.NewTicket();

        var photo = await (await fixture.Agent.UploadPhoto(ticketId, SampleImages.Png(seed: 7), "image/jpeg")).Photo();

        Assert.Equal("image/png", photo.ContentType);
        var download = await fixture.Agent.GetAsync($"/api/tickets/{ticketId}/photos/{photo.Id}");
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".png", download.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }
}
