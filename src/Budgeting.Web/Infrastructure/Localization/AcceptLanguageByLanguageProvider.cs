using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Budgeting.Web.Infrastructure.Localization;

/// <summary>
/// Picks the first language of the browser's Accept-Language that we speak, matching on the language alone, so that
/// es-ES, es-419 or en-GB are served es-MX and en rather than falling through to the default.
/// </summary>
public sealed class AcceptLanguageByLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var header = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        var match = header
            .Where(h => h.Quality is null or > 0)
            .OrderByDescending(h => h.Quality ?? 1)
            .Select(h => Languages.Match(h.Value.Value))
            .FirstOrDefault(c => c is not null);
        return Task.FromResult(match is null ? null : new ProviderCultureResult(match.Name));
    }
}
