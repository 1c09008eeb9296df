using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.BuildingBlocks.Email;

public static class EmailRegistration
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EmailOptions.SectionName);
        services.Configure<EmailOptions>(section);
        var delivery = section.GetValue(nameof(EmailOptions.Delivery), EmailDelivery.PickupDirectory);
        if (delivery == EmailDelivery.Smtp)
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();
        }

        return services;
    }
}
