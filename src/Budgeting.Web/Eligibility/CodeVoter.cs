using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Budgeting.Web.Eligibility;

/// <summary>
/// A voter holding a redeemed voting code: a session cookie of its own scheme (no account), whose claims name the
/// code, its process and its district. The ballot pages authenticate with <see cref="VoterScheme"/>, which picks this
/// cookie when the browser has one and the account cookie otherwise.
/// </summary>
public static class CodeVoter
{
    public const string Scheme = "VotingCode";
    public const string VoterScheme = "Voter";
    public const string CookieName = ".Budgeting.VotingCode";

    private const string CodeClaim = "budgeting:code";
    private const string ProcessClaim = "budgeting:process";
    private const string DistrictClaim = "budgeting:district";

    /// <summary>The code's id, process and district when <paramref name="user"/> is a code voter.</summary>
    public static (long CodeId, int ProcessId, int DistrictId)? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = user.FindFirstValue(CodeClaim);
        var process = user.FindFirstValue(ProcessClaim);
        var district = user.FindFirstValue(DistrictClaim);
        return code is null || process is null || district is null
            ? null
            : (long.Parse(code, CultureInfo.InvariantCulture), int.Parse(process, CultureInfo.InvariantCulture),
                int.Parse(district, CultureInfo.InvariantCulture));
    }

    public static Task SignInAsync(HttpContext http, long codeId, int processId, int districtId)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(CodeClaim, codeId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ProcessClaim, processId.ToString(CultureInfo.InvariantCulture)),
                new Claim(DistrictClaim, districtId.ToString(CultureInfo.InvariantCulture)),
            ],
            Scheme);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);

    public static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(2);
        options.SlidingExpiration = true;
        options.LoginPath = "/code";
        options.AccessDeniedPath = "/account/access-denied";
    }

    /// <summary>The scheme a ballot page authenticates with: the code cookie when present, else the account.</summary>
    public static string SelectScheme(HttpContext http, string accountScheme) =>
        http.Request.Cookies.ContainsKey(CookieName) ? Scheme : accountScheme;
}
