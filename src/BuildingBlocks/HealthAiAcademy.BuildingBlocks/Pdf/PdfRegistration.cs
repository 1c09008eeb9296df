using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAiAcademy.BuildingBlocks.Pdf;

public static class PdfRegistration
{
    /// <summary>Every module that writes PDFs calls this; the options are bound once, however many modules ask.</summary>
    public static IServiceCollection AddPdfDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(PdfDocuments)))
        {
            return services;
        }

        services.AddOptions<PdfOptions>().Bind(configuration.GetSection(PdfOptions.SectionName));
        services.TryAddSingleton<PdfDocuments>();
        return services;
    }
}
