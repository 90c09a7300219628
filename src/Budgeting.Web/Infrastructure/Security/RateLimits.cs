using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Eligibility;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Budgeting.Web.Infrastructure.Security;

/// <summary>
/// ASP.NET Core's rate limiting on the posts worth guessing or flooding: sign-in, sign-up, voting codes and ballots.
/// Only posts count (reading a page is free), and each limit is partitioned so that a polling station where hundreds of
/// voters share one address is not locked out: sign-in per address and account name (with a per-address ceiling),
/// ballots per voter and codes per code. Limits live in memory, per web node.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";

    /// <summary>An e-mail address is at most this long (sign-up's own limit); longer input only needs a key, not all of it.</summary>
    private const int MaxAccountLength = 256;

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        services.Configure<RazorPagesOptions>(o =>
        {
            Attach(o, "/Account/Login", SignIn);
            Attach(o, "/Account/Register", SignUp);
            o.Conventions.AddPageApplicationModelConvention("/Codes/Redeem", m => m.EndpointMetadata.Add(CodePage.Instance));
            o.Conventions.AddFolderApplicationModelConvention("/Vote", m => m.EndpointMetadata.Add(BallotPage.Instance));
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, TimeProvider>(
            (o, limits, clock) => Configure(o, limits.Value, clock));
        return services;
    }

    /// <summary>Reads the form of sign-in and code posts first (the page would anyway), so the limits can see the account or code.</summary>
    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType && (PolicyOf(http) is SignIn || Marks<CodePage>(http)))
            {
                try
                {
                    await http.Request.ReadFormAsync(http.RequestAborted);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
                {
                    // A broken form is refused further on, where antiforgery reads it again; here it counts without an account.
                }
            }
            await next(http);
        });
        return app.UseRateLimiter();
    }

    private static void Attach(RazorPagesOptions options, string page, string policy) =>
        options.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));

    private static void Configure(RateLimiterOptions options, RateLimitOptions limits, TimeProvider clock)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, ct) => RejectAsync(context, limits, ct);
        // The middleware takes the global limiter first, and a refusal further on still spends what came before (twice, in
        // fact, as it retries once): so the narrow per-account limit comes first and never eats into the address's ceiling.
        // Ballots and codes count in limiters of their own: a vote day brings a new voter and code with nearly every post.
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsPost(http) && PolicyOf(http) == SignIn
                    ? Partition(Address(http) + "\n" + SignInAccount(http), limits.SignInPerAccount)
                    : RateLimitPartition.GetNoLimiter("")),
            new KeyWindows(limits.BallotPerVoter, clock, http => IsPost(http) && Marks<BallotPage>(http) ? VoterOf(http.User) : null),
            new KeyWindows(limits.CodePerCode, clock, http =>
                IsPost(http) && Marks<CodePage>(http) && string.IsNullOrEmpty(http.Request.Query["handler"]) ? SubmittedCode(http) : null));
        options.AddPolicy(SignIn, http =>
            IsPost(http) ? Partition(Address(http), limits.SignInPerAddress) : RateLimitPartition.GetNoLimiter(""));
        options.AddPolicy(SignUp, http =>
            IsPost(http) ? Partition(Address(http), limits.SignUpPerAddress) : RateLimitPartition.GetNoLimiter(""));
    }

    private static RateLimitPartition<string> Partition(string key, WindowLimit limit) =>
        limit.IsOff
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
            });

    private static bool Marks<TPage>(HttpContext http) where TPage : class => http.GetEndpoint()?.Metadata.GetMetadata<TPage>() is not null;

    private static bool IsPost(HttpContext http) => HttpMethods.IsPost(http.Request.Method);

    private static string? PolicyOf(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static IFormCollection? FormOf(HttpContext http) => http.Features.Get<IFormFeature>()?.Form;

    /// <summary>
    /// The account typed on the sign-in form. The second step (a code) is not limited here: Identity counts a wrong code
    /// as a failed sign-in, and locks the account after five.
    /// </summary>
    private static string SignInAccount(HttpContext http)
    {
        var account = (FormOf(http)?["Input.Email"].ToString() ?? "").Trim().ToUpperInvariant();
        return account.Length > MaxAccountLength ? account[..MaxAccountLength] : account;
    }

    /// <summary>A well-formed code, as stored; anything else is refused before any lookup, and counted as a failure.</summary>
    private static string? SubmittedCode(HttpContext http)
    {
        var reading = VotingCode.Read(FormOf(http)?["Code"].ToString());
        return reading.Status == VotingCodeStatus.Valid ? "code:" + reading.Bare : null;
    }

    /// <summary>The code or account a ballot page authenticated (the voter scheme runs in authorization, before this).</summary>
    private static string? VoterOf(ClaimsPrincipal user)
    {
        if (CodeVoter.From(user) is { } code)
        {
            return "code:" + code.CodeId.ToString(CultureInfo.InvariantCulture);
        }
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } account ? "account:" + account : null;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitOptions limits, CancellationToken ct)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : LongestWindow(limits);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var html = HtmlEncoder.Default;
        var title = html.Encode(l["RateLimit.Title"]);
        var waitText = seconds < 120
            ? l["RateLimit.WaitSeconds", seconds]
            : l["RateLimit.WaitMinutes", (seconds + 59) / 60];
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{html.Encode(CultureInfo.CurrentUICulture.Name)}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · {html.Encode(l["App.Name"])}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main"><h1>{title}</h1>
            <p role="alert" id="rate-limited">{html.Encode(l["RateLimit.Text"])} {html.Encode(waitText)}</p>
            <p><a href="/">{html.Encode(l["NotFound.Home"])}</a></p></main></body>
            </html>
            """, ct);
    }

    private static TimeSpan LongestWindow(RateLimitOptions limits) =>
        new[] { limits.SignInPerAccount, limits.SignInPerAddress, limits.SignUpPerAddress, limits.CodePerCode, limits.BallotPerVoter }
            .Max(w => w.Window);

    /// <summary>Marks the ballot pages, whose posts count per voter.</summary>
    private sealed class BallotPage
    {
        public static readonly BallotPage Instance = new();
    }

    /// <summary>Marks the code page, whose posts count per code.</summary>
    private sealed class CodePage
    {
        public static readonly CodePage Instance = new();
    }
}
