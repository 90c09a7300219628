using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Budgeting.Web.Infrastructure.Localization;

public static class Languages
{
    public const string Default = "es-MX";

    public static readonly CultureInfo[] Supported = [new("es-MX"), new("en")];

    /// <summary>The supported culture for a language tag, by its language alone: es-ES and es-AR read es-MX.</summary>
    public static CultureInfo? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var language = tag.Split('-', 2)[0].Trim();
        return Supported.FirstOrDefault(c =>
            string.Equals(c.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase));
    }

    public static void Configure(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(Default);
        options.SupportedCultures = Supported;
        options.SupportedUICultures = Supported;
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageByLanguageProvider(),
        ];
    }
}
