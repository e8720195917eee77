using Hotline.BuildingBlocks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Attachments.Photos;

public static class TicketPhotosRegistration
{
    /// <summary>Checks Hotline:Photos now and registers the photo store (on the host's NpgsqlDataSource).</summary>
    public static IHostApplicationBuilder AddTicketPhotos(this IHostApplicationBuilder builder)
    {
        builder.Services.BindChecked<PhotoOptions>(builder.Configuration, PhotoOptions.SectionName);
        builder.Services.TryAddSingleton<TicketPhotoStore>();
        builder.Services.TryAddSingleton<Hotline.Attachments.Contracts.ITicketPhotoList>(sp => sp.GetRequiredService<TicketPhotoStore>());
        builder.Services.TryAddSingleton<Hotline.Attachments.Contracts.ITicketPhotoIntake, TicketPhotoIntake>();
        return builder;
    }
}
