using System.Net;
using Hotline.Attachments.Photos;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Attachments.Tests.Photos;

[Collection(PhotosCollection.Name)]
public sealed class TicketPhotoLimitTests(PhotosFixture fixture)
{
    [Fact]
    public async Task Upload_OneByteOverMaxBytes_Answers413NamingPhoto()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(size: (int)PhotosFixture.MaxBytes + 1), "image/jpeg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(PhotosFixture.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(await response.PhotoErrors()), StringComparison.Ordinal);
        Assert.Empty(await fixture.Agent.ListPhotos(ticketId));
    }

    [Fact]
    public async Task Upload_ExactlyMaxBytes_IsAccepted()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(size: (int)PhotosFixture.MaxBytes), "image/jpeg");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Upload_BodyBeyondTheRequestLimit_Answers413()
    {
        var ticketId = await fixture.NewTicket();

        // Past MaxBytes plus the multipart allowance: the endpoint's body limit refuses it before the form is read.
        var response = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(size: 2 * 1024 * 1024), "image/jpeg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await fixture.Agent.ListPhotos(ticketId));
    }

    [Fact]
    public async Task Upload_BeyondMaxPerTicket_Answers409AndKeepsThePhotosItHas()
    {
        var ticketId = await fixture.NewTicket();
        var first = SampleImages.Jpeg(seed: 100);
        Assert.Equal(HttpStatusCode.Created, (await fixture.Agent.UploadPhoto(ticketId, first, "image/jpeg")).StatusCode);
        for (var seed = 101; seed < 100 + PhotosFixture.MaxPerTicket; seed++)
        {
            Assert.Equal(HttpStatusCode.Created, (await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(seed), "image/jpeg")).StatusCode);
        }

        var refused = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Jpeg(seed: 999), "image/jpeg");
        var repeated = await fixture.Agent.UploadPhoto(ticketId, first, "image/jpeg");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Single(await refused.PhotoErrors());
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal(PhotosFixture.MaxPerTicket, (await fixture.Agent.ListPhotos(ticketId)).Count);
    }

    [Fact]
    public async Task Upload_SameBytesTwice_AnswersTheSamePhoto()
    {
        var ticketId = await fixture.NewTicket();
        var bytes = SampleImages.Png(seed: 42);

        var first = await fixture.Agent.UploadPhoto(ticketId, bytes, "image/png", "a.png");
        var second = await fixture.Agent.UploadPhoto(ticketId, bytes, "image/png", "b.png");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Photo(), await second.Photo());
        Assert.Single(await fixture.Agent.ListPhotos(ticketId));
    }

    [Fact]
    public async Task Upload_SameBytesToAnotherTicket_IsAnotherPhoto()
    {
        var bytes = SampleImages.Png(seed: 43);
        var one = await (await fixture.Agent.UploadPhoto(await fixture.NewTicket(), bytes, "image/png")).Photo();

        var other = await fixture.Agent.UploadPhoto(await fixture.NewTicket(), bytes, "image/png");

        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.NotEqual(one.Id, (await other.Photo()).Id);
    }

    [Fact]
    public async Task Upload_PastTheTicketsByteBudget_Answers409AndStoresNothing()
    {
        // Issue 10: only the photo count was bounded (10 x 5 MiB per ticket). The budget counts the stored (re-encoded)
        // bytes; PNGs of grey noise stay a little over one byte a pixel: 62,500 + 44,100 > 102,400 >= 62,500 + 32,400.
        var ticketId = await fixture.NewTicket();
        var first = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Png(seed: 501, width: 250, height: 250), "image/png");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.InRange((await first.Photo()).Size, 62_500, 64_000);

        var refused = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Png(seed: 502, width: 210, height: 210), "image/png");
        var fits = await fixture.Agent.UploadPhoto(ticketId, SampleImages.Png(seed: 503, width: 180, height: 180), "image/png");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
        Assert.Equal(2, (await fixture.Agent.ListPhotos(ticketId)).Count);
    }

    [Fact]
    public async Task Save_PastThePersonsDailyByteBudget_IsRefusedUntilTheDayHasPassed()
    {
        // The store with a 10,000-byte daily budget: 6,000 + 6,000 bytes in one day is too much, the next day is not.
        var store = fixture.Host.App.Services.GetRequiredService<TicketPhotoStore>();
        var person = $"budget-{Guid.NewGuid():N}";
        PhotoUpload Upload(int seed) => new(PhotoFormat.Jpeg, SampleImages.Jpeg(seed, size: 6000));

        var first = await store.Save(await fixture.NewTicket(), Upload(601), person, 10, maxBytesPerPersonPerDay: 10_000);
        var second = await store.Save(await fixture.NewTicket(), Upload(602), person, 10, maxBytesPerPersonPerDay: 10_000);
        fixture.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        var nextDay = await store.Save(await fixture.NewTicket(), Upload(603), person, 10, maxBytesPerPersonPerDay: 10_000);

        Assert.Equal(PhotoSaveOutcome.Created, first.Outcome);
        Assert.Equal(PhotoSaveOutcome.PersonDailyBytesFull, second.Outcome);
        Assert.Equal(PhotoSaveOutcome.Created, nextDay.Outcome);
    }
}
