using System.Net;

namespace Hotline.Attachments.Tests.Photos;

[Collection(PhotosCollection.Name)]
public sealed class TicketPhotoReadTests(PhotosFixture fixture)
{
    [Fact]
    public async Task List_TicketWithPhotos_GivesMetadataInUploadOrder()
    {
        var ticketId = await fixture.NewTicket();
        var jpeg = await (await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(seed: 200), "image/jpeg")).Photo();
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var png = await (await fixture.Agent.UploadPhoto(ticketId, SampleImages.Png(seed: 201), "image/png")).Photo();

        var listed = await fixture.Agent.ListPhotos(ticketId);

        Assert.Equal([jpeg, png], listed);
        Assert.Equal(fixture.Clock.GetUtcNow(), png.UploadedAt);
        Assert.Equal(TimeSpan.FromMinutes(1), png.UploadedAt - jpeg.UploadedAt);
    }

    [Fact]
    public async Task List_TicketWithoutPhotos_IsEmpty() =>
        Assert.Empty(await fixture.Agent.ListPhotos(await fixture.NewTicket()));

    [Fact]
    public async Task List_UnknownTicket_Answers404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Agent.GetAsync($"/api/tickets/{Guid.NewGuid()}/photos")).StatusCode);

    [Fact]
    public async Task Download_UnknownPhoto_Answers404()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.GetAsync($"/api/tickets/{ticketId}/photos/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Download_PhotoThroughAnotherTicket_Answers404()
    {
        var photo = await (await fixture.Agent.UploadPhoto(await fixture.NewTicket(), SampleImages.WebP(seed: 202), "image/webp")).Photo();
        var otherTicket = await fixture.NewTicket();

        var response = await fixture.Agent.GetAsync($"/api/tickets/{otherTicket}/photos/{photo.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
