namespace Hotline.Attachments.Tests.Photos;

[CollectionDefinition(Name)]
public sealed class PhotosCollection : ICollectionFixture<PhotosFixture>
{
    public const string Name = "ticket photos";
}
