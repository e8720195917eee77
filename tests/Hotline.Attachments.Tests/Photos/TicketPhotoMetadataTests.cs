using System.Net;
using System.Security.Cryptography;
using System.Text;
using static Hotline.Attachments.Tests.Photos.ImageParts;
using static Hotline.Attachments.Tests.Photos.MetadataSamples;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>An owner's phone photo is stored without its EXIF: their home's position does not leave with the ticket.</summary>
[Collection(PhotosCollection.Name)]
public sealed class TicketPhotoMetadataTests(PhotosFixture fixture)
{
    private static byte[] Picture(int seed) => [.. JpegSoi, .. Jfif(), .. JpegQuantisation(), .. JpegFrame(), .. JpegHuffman(), .. JpegScan(Noise(seed, 2000))];

    private static byte[] WithExif(byte[] picture, string comment = Comment) =>
        [.. picture[..2], .. JpegApp1Exif(), .. JpegSegment(0xFE, comment), .. picture[2..]];

    [Fact]
    public async Task Upload_JpegWithExif_IsStoredAndServedWithoutIt()
    {
        var ticketId = await fixture.NewTicket();
        var picture = Picture(seed: 400);

        var response = await fixture.Agent.UploadPhoto(ticketId, WithExif(picture), "image/jpeg");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var photo = await response.Photo();
        Assert.Equal((picture.Length, Convert.ToHexStringLower(SHA256.HashData(picture))), ((int)photo.Size, photo.Sha256));
        var served = await fixture.Agent.GetByteArrayAsync($"/api/tickets/{ticketId}/photos/{photo.Id}");
        Assert.Equal(picture, served);
        Assert.False(Contains(served, Exif));
        Assert.False(Contains(served, Encoding.ASCII.GetBytes(Gps)));
    }

    [Fact]
    public async Task Upload_SamePictureAgainWithOrWithoutMetadata_AnswersTheStoredPhoto()
    {
        var ticketId = await fixture.NewTicket();
        var picture = Picture(seed: 401);
        var first = await (await fixture.Agent.UploadPhoto(ticketId, WithExif(picture), "image/jpeg")).Photo();

        var repeated = await fixture.Agent.UploadPhoto(ticketId, WithExif(picture), "image/jpeg");
        var otherComment = await fixture.Agent.UploadPhoto(ticketId, WithExif(picture, "another comment"), "image/jpeg");
        var bare = await fixture.Agent.UploadPhoto(ticketId, picture, "image/jpeg");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [repeated.StatusCode, otherComment.StatusCode, bare.StatusCode]);
        Assert.Equal([first, first, first], [await repeated.Photo(), await otherComment.Photo(), await bare.Photo()]);
        Assert.Single(await fixture.Agent.ListPhotos(ticketId));
    }

    [Fact]
    public async Task Upload_JpegWhoseSegmentRunsPastTheEnd_Answers400NamingPhotoAndStoresNothing()
    {
        var ticketId = await fixture.NewTicket();
        byte[] broken = [.. JpegSoi, .. Jfif(), 0xFF, 0xE1, 0x7F, 0xFF, .. ExifPayload()];

        var response = await fixture.Agent.UploadPhoto(ticketId, broken, "image/jpeg");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("well-formed JPEG", Assert.Single(await response.PhotoErrors()), StringComparison.Ordinal);
        Assert.Empty(await fixture.Agent.ListPhotos(ticketId));
    }

    [Fact]
    public async Task Upload_PngWithTextChunks_IsStoredWithoutThem()
    {
        var ticketId = await fixture.NewTicket();
        var idat = PngChunk("IDAT", Noise(402, 500));
        var png = Png(PngHeader(), PngChunk("tEXt", $"Location\0{Gps}"), idat, PngChunk("IEND", []));

        var photo = await (await fixture.Agent.UploadPhoto(ticketId, png, "image/png")).Photo();

        var served = await fixture.Agent.GetByteArrayAsync($"/api/tickets/{ticketId}/photos/{photo.Id}");
        Assert.Equal(Png(PngHeader(), idat, PngChunk("IEND", [])), served);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(served)), photo.Sha256);
    }
}
