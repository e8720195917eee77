using Hotline.Attachments.Photos;

namespace Hotline.Attachments.Tests.Photos;

public sealed class PhotoFormatTests
{
    [Theory]
    [InlineData("image/jpeg", "image/jpeg")]
    [InlineData("IMAGE/JPEG", "image/jpeg")]
    [InlineData("image/jpg", "image/jpeg")]
    [InlineData("image/png; charset=binary", "image/png")]
    [InlineData("image/webp", "image/webp")]
    [InlineData("image/heif", "image/heic")]
    public void FromContentType_AcceptedImageType_NamesItsFormat(string declared, string stored) =>
        Assert.Equal(stored, PhotoFormat.FromContentType(declared)?.ContentType);

    [Theory]
    [InlineData("image/svg+xml")]
    [InlineData("text/html")]
    [InlineData("image")]
    [InlineData("not a type")]
    public void FromContentType_AnythingElse_IsNull(string declared) => Assert.Null(PhotoFormat.FromContentType(declared));

    [Fact]
    public void AcceptedNames_ListsEveryFormat() => Assert.Equal("JPEG, PNG, WebP or HEIC", PhotoFormat.AcceptedNames);
}
