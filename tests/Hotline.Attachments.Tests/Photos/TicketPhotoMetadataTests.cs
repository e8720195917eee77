using System.Net;
using System.Security.Cryptography;
using System.Text;
using ImageMagick;
using static Hotline.Attachments.Tests.Photos.ImageParts;
using static Hotline.Attachments.Tests.Photos.MetadataSamples;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>An owner's phone photo is stored without its EXIF: their home's position does not leave with the ticket.</summary>
[Collection(PhotosCollection.Name)]
public sealed class TicketPhotoMetadataTests(PhotosFixture fixture)
{
    [Fact]
    public async Task Issue10_Upload_JpegWithGpsExifAndGpsTrailer_IsStoredAndServedWithoutGps()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.UploadPhoto(ticketId, JpegWithGps(seed: 400), "image/jpeg");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var photo = await response.Photo();
        var served = await fixture.Agent.GetByteArrayAsync($"/api/tickets/{ticketId}/photos/{photo.Id}");
        Assert.Equal(((int)photo.Size, photo.Sha256), (served.Length, Convert.ToHexStringLower(SHA256.HashData(served))));
        Assert.False(HasGps(served));
        using var image = new MagickImage(served);
        Assert.Null(image.GetExifProfile());
        Assert.Equal((32u, 24u), (image.Width, image.Height));
    }

    [Fact]
    public async Task Upload_SamePictureAgainWithOrWithoutMetadata_AnswersTheStoredPhoto()
    {
        var ticketId = await fixture.NewTicket();
        var first = await (await fixture.Agent.UploadPhoto(ticketId, JpegWithGps(seed: 401), "image/jpeg")).Photo();
        using var picture = SampleImages.Picture(401, 32, 24);

        var repeated = await fixture.Agent.UploadPhoto(ticketId, JpegWithGps(seed: 401), "image/jpeg");
        var otherComment = await fixture.Agent.UploadPhoto(ticketId, JpegWithGps(seed: 401, comment: "another comment"), "image/jpeg");
        var bare = await fixture.Agent.UploadPhoto(ticketId, picture.ToByteArray(MagickFormat.Jpeg), "image/jpeg");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [repeated.StatusCode, otherComment.StatusCode, bare.StatusCode]);
        Assert.Equal([first, first, first], [await repeated.Photo(), await otherComment.Photo(), await bare.Photo()]);
        Assert.Single(await fixture.Agent.ListPhotos(ticketId));
    }

    [Fact]
    public async Task Upload_JpegWhoseSegmentRunsPastTheEnd_Answers400NamingPhotoAndStoresNothing()
    {
        var ticketId = await fixture.NewTicket();
        byte[] broken = [.. JpegSoi, 0xFF, 0xE1, 0x7F, 0xFF, .. Exif, .. Encoding.ASCII.GetBytes(Gps)];

        var response = await fixture.Agent.UploadPhoto(ticketId, broken, "image/jpeg");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("well-formed JPEG", Assert.Single(await response.PhotoErrors()), StringComparison.Ordinal);
        Assert.Empty(await fixture.Agent.ListPhotos(ticketId));
    }

    [Fact]
    public async Task Issue10_Upload_PngWithTextChunks_IsStoredWithoutThem()
    {
        var ticketId = await fixture.NewTicket();
        var png = WithChunksAfterHeader(SampleImages.Png(seed: 402), PngChunk("tEXt", $"Location\0{Gps}"), PngChunk("iTXt", $"Comment\0\0\0\0\0{Comment}"));

        var photo = await (await fixture.Agent.UploadPhoto(ticketId, png, "image/png")).Photo();

        var served = await fixture.Agent.GetByteArrayAsync($"/api/tickets/{ticketId}/photos/{photo.Id}");
        Assert.False(Contains(served, "tEXt"u8) || Contains(served, "iTXt"u8));
        Assert.False(HasGps(served) || Contains(served, Encoding.ASCII.GetBytes(Comment)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(served)), photo.Sha256);
    }

    [Fact]
    public async Task Issue10_Upload_PictureAboveThePixelBound_Answers400NamingPhotoAndStoresNothing()
    {
        var ticketId = await fixture.NewTicket();

        var response = await fixture.Agent.UploadPhoto(ticketId, BlackPng(10_000, 5_000), "image/png");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10000 x 5000 pixels", Assert.Single(await response.PhotoErrors()), StringComparison.Ordinal);
        Assert.Empty(await fixture.Agent.ListPhotos(ticketId));
    }
}
