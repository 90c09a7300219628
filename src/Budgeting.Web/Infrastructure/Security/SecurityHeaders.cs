namespace Budgeting.Web.Infrastructure.Security;

/// <summary>
/// Headers every response carries. The pages have no inline script, style or event handler (scripts and styles are
/// files under wwwroot, charts and QR codes are inline SVG markup), so the policy allows only this origin.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>Paths whose address carries a secret (a voting code), which no other page may receive as referrer.</summary>
    private static readonly string[] SecretPaths = ["/c/", "/account/confirm-email"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = SecretPaths.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                    ? "no-referrer"
                    : "same-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
