using System.Net;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>Uploads that are not one photo in a multipart form, or go to no ticket.</summary>
[Collection(PhotosCollection.Name)]
public sealed class TicketPhotoRequestTests(PhotosFixture fixture)
{
    [Fact]
    public async Task Upload_FileInAnotherField_Answers400NamingPhoto()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(), "image/jpeg", field: "file");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await response.PhotoErrors());
    }

    [Fact]
    public async Task Upload_NotMultipart_Answers415NamingPhoto()
    {
        var ticketId = await fixture.NewTicket();
        var body = new ByteArrayContent(SampleImages.Jpeg());
        body.Headers.ContentType = new("image/jpeg");

        var response = await fixture.Agent.PostAsync($"/api/tickets/{ticketId}/photos", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Single(await response.PhotoErrors());
    }

    [Fact]
    public async Task Upload_UnknownTicket_Answers404()
    {
        var response = await fixture.Agent.UploadPhoto(Guid.NewGuid(), SampleImages.Jpeg(), "image/jpeg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
