using System.Net;
using System.Text.RegularExpressions;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Budgeting.Web.Tests.Security;

/// <summary>
/// A session whose cookies the test holds itself: it follows no redirect and, once <see cref="Freeze"/>d, keeps its
/// cookies whatever the app answers, so thousands of hostile posts (a sign-out among them) all go out as the same user.
/// </summary>
public sealed partial class RawSession(HttpClient client) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private bool _frozen;

    public string Name { get; init; } = "";

    /// <summary>The antiforgery request token of a form this session was shown.</summary>
    public string Token { get; private set; } = "";

    public static RawSession Open(BudgetingApp app, string name) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false })) { Name = name };

    public void Freeze() => _frozen = true;

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await client.SendAsync(request);
        if (!_frozen && response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var header in values)
            {
                var pair = header.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }
        return response;
    }

    public async Task<(HttpStatusCode Status, string Body, Uri? Location)> GetAsync(string url)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    public async Task<(HttpStatusCode Status, string Body, Uri? Location)> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    /// <summary>Opens <paramref name="url"/> and keeps the antiforgery token of its first form; false when it has none.</summary>
    public async Task<bool> TakeTokenAsync(string url)
    {
        var (_, body, _) = await GetAsync(url);
        if (TokenIn(body) is not { } token)
        {
            return false;
        }
        Token = token;
        return true;
    }

    public static string? TokenIn(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>Signs in through the login page (no second step: the sessions that use this have no two-factor sign-in).</summary>
    public async Task SignInAsync(string email, string password)
    {
        Assert.That(await TakeTokenAsync("/account/login"), Is.True, "No form on the login page.");
        var (status, _, location) = await PostFormAsync("/account/login",
            [new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", Token)]);
        Assert.That((int)status, Is.EqualTo(302), $"{Name} could not sign in as {email}.");
        Assert.That(location?.OriginalString, Is.EqualTo("/"), $"{Name} could not sign in as {email}.");
    }

    /// <summary>Types a voting code on /code; the session then holds the code voter's cookie.</summary>
    public async Task RedeemAsync(string code)
    {
        Assert.That(await TakeTokenAsync("/code"), Is.True, "No form on /code.");
        var (status, _, location) = await PostFormAsync("/code", [new("Code", code), new("__RequestVerificationToken", Token)]);
        Assert.That((int)status, Is.EqualTo(302), $"Code {code} was not accepted.");
        Assert.That(location?.OriginalString, Does.StartWith("/vote/"), $"Code {code} was not accepted.");
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
