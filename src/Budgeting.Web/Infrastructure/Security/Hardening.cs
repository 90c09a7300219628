using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Budgeting.Web.Infrastructure.Security;

public static class Hardening
{
    /// <summary>Rate limits, two-factor sign-in required on admin pages, and logs kept free of personal data.</summary>
    public static IServiceCollection AddHardening(this IServiceCollection services)
    {
        services.AddRateLimits();
        services.AddScoped<RequireTwoFactorFilter>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddFolderApplicationModelConvention(
            "/Admin", m => m.Filters.Add(new ServiceFilterAttribute(typeof(RequireTwoFactorFilter)))));
        services.AddLogging(b =>
        {
            // Addresses can hold a voting code (/c/{code}) or a confirmation token. Hosting writes them in its request lines and
            // in the request scope (RequestPath) it adds to every entry whenever it logs at all, so it is off.
            b.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
            // These write handler arguments and route values.
            b.AddFilter("Microsoft.AspNetCore.Mvc", LogLevel.Warning);
            b.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        });
        return services;
    }
}
