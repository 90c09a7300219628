using System.Net;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Budgeting.Web.Tests.Security;

/// <summary>
/// Every page and handler of the app, from its own endpoint data source, against the one declared
/// <see cref="AccessTable"/>; then every cell of the table (page × verb × handler × who) as a real request in a world
/// with real ids. Allowed: neither 401/403 nor a redirect to sign in or to "access denied" (nor a 5xx, nor, for a post
/// with the user's own antiforgery token, a 400). Denied: the sign-in redirect for whoever has no account, "access
/// denied" (or 403) for an account.
/// </summary>
public sealed class AuthorizationMatrixTests : SecurityFixture
{
    [Test]
    public async Task EveryPageAndHandlerIsInTheTableAndTheTableListsNothingElse()
    {
        var endpoints = (await AppEndpoints.ListAsync(App.Services)).Select(h => h.Key).ToList();
        var table = AccessTable.Rows.Select(r => r.Key).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(endpoints, Has.Count.GreaterThan(50), "The endpoint enumeration found too few pages.");
            Assert.That(table, Is.Unique, "AccessTable lists a row twice.");
            Assert.That(endpoints.Except(table), Is.Empty, "Pages or handlers the app has that AccessTable does not list: add them.");
            Assert.That(table.Except(endpoints), Is.Empty, "AccessTable lists pages or handlers the app does not have: remove them.");
        });
    }

    [TestCase(Who.Visitor)]
    [TestCase(Who.Resident)]
    [TestCase(Who.CodeVoter)]
    [TestCase(Who.Reviewer)]
    [TestCase(Who.PollWorker)]
    [TestCase(Who.Organizer)]
    [TestCase(Who.Admin)]
    public async Task EveryCellAnswersAsTheTableSays(Who who)
    {
        var browser = await BrowserForAsync(who);
        var wrong = new List<string>();
        foreach (var row in AccessTable.Rows.OrderBy(Last))
        {
            var url = World.Url(row.Route, row.Handler);
            using var response = row.Verb == "GET"
                ? await browser.Client.GetAsync(url)
                : await browser.Client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", await TokenAsync(browser, row))]));
            var allowed = row.Allowed.HasFlag(who);
            var answer = Describe(response);
            var refusal = Refusal(response, url);
            if (allowed && (refusal is not null || (int)response.StatusCode >= 500 || (row.Verb == "POST" && response.StatusCode == HttpStatusCode.BadRequest)))
            {
                wrong.Add($"{row.Verb} {url}: allowed for {who}, but answered {answer}");
            }
            else if (!allowed && refusal != (HasAccount(who) ? "access denied" : "sign in"))
            {
                wrong.Add($"{row.Verb} {url}: denied to {who}, but answered {answer}");
            }
        }
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
    }

    private async Task<Browser> BrowserForAsync(Who who)
    {
        var browser = NewBrowser();
        if (who == Who.CodeVoter)
        {
            var ballot = await CodeVoting.RedeemAsync(browser, World.Codes.Dequeue());
            Assert.That(ballot.Url.AbsolutePath, Does.StartWith("/vote/"), "The code voter's code was not accepted.");
        }
        else if (who != Who.Visitor)
        {
            await SecurityWorld.SignInAsync(browser, World.Accounts[who]);
        }
        return browser;
    }

    /// <summary>The token of the page's own form when the user may see it, else of the login page (same user, other form).</summary>
    private async Task<string> TokenAsync(Browser browser, Access row)
    {
        foreach (var page in new[] { World.Url(row.Route), "/account/login" })
        {
            using var response = await browser.Client.GetAsync(page);
            if (response.IsSuccessStatusCode && RawSession.TokenIn(await response.Content.ReadAsStringAsync()) is { } token)
            {
                return token;
            }
        }
        throw new AssertionException($"No antiforgery token for {row}.");
    }

    /// <summary>"sign in" for the challenge (a redirect to the login page that comes back here), "access denied", or null.</summary>
    private static string? Refusal(HttpResponseMessage response, string url)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized)
        {
            return "sign in";
        }
        if (response.StatusCode is HttpStatusCode.Forbidden && url != "/account/access-denied")
        {
            return "access denied";
        }
        if (response.Headers.Location is not { } location)
        {
            return null;
        }
        var target = new Uri(new Uri("http://localhost"), location);
        var back = QueryHelpers.ParseQuery(target.Query).TryGetValue("ReturnUrl", out var value) ? value.ToString() : null;
        return target.AbsolutePath switch
        {
            "/account/access-denied" => "access denied",
            "/account/login" when back == url => "sign in",
            _ => null,
        };
    }

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}" + (response.Headers.Location is { } location ? $" → {location.OriginalString}" : "");

    private static bool HasAccount(Who who) => who is not (Who.Visitor or Who.CodeVoter);

    // Turning two-factor sign-in off, finishing a code vote and signing out change who the browser is: they go last.
    private static int Last(Access row) => !row.EndsSession ? 0 : row.Handler switch
    {
        "Disable" => 1,
        "Finish" => 2,
        _ => 3,
    };
}
