using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HealthAiAcademy.Host.Web;

/// <summary>
/// Behind the hospital's TLS proxy the host sees the proxy's address and plain HTTP. X-Forwarded-For and -Proto are
/// believed only from the proxies and networks named in <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>
/// (loopback always): then rate limits and the sign-in back-off count the real client, links say https and cookies are
/// Secure. From anyone else the headers are ignored, so a client cannot pick its own address.
/// </summary>
internal static class ProxyRegistration
{
    public static IServiceCollection AddAcademyProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
