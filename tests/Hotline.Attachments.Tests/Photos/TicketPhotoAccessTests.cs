using System.Net;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>The photo endpoints as the access table admits them (tickets here are on project p-sunrise).</summary>
[Collection(PhotosCollection.Name)]
public sealed class TicketPhotoAccessTests(PhotosFixture fixture)
{
    [Fact]
    public async Task Upload_ByTheTicketProjectsLiaison_IsRecordedAsThem()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Host.ClientAs("sunrise-liaison").UploadPhoto(ticketId, SampleImages.Jpeg(seed: 300), "image/jpeg");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("sunrise-liaison", (await response.Photo()).UploadedBy);
    }

    [Fact]
    public async Task UploadAndRead_ByAnotherProjectsLiaison_Answer404AsIfTheTicketDidNotExist()
    {
        var ticketId = await fixture.NewTicket();
        var photo = await (await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(seed: 301), "image/jpeg")).Photo();
        var outsider = fixture.Host.ClientAs("riverside-liaison");

        var upload = await outsider.UploadPhoto(ticketId, SampleImages.Jpeg(seed: 302), "image/jpeg");
        var list = await outsider.GetAsync($"/api/tickets/{ticketId}/photos");
        var download = await outsider.GetAsync($"/api/tickets/{ticketId}/photos/{photo.Id}");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [upload.StatusCode, list.StatusCode, download.StatusCode]);
        Assert.Single(await fixture.Agent.ListPhotos(ticketId));
    }

    [Fact]
    public async Task Upload_WithoutSignIn_Answers401()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Host.Anonymous.UploadPhoto(ticketId, SampleImages.Jpeg(seed: 303), "image/jpeg");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
