using AngleSharp.Html.Parser;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Budgeting.Web.Tests.Hardening;

public sealed class SecurityHeadersTests : AppFixture
{
    private static readonly string[] Paths = ["/", "/account/login", "/code", "/css/site.css", "/healthz", "/no-such-page"];

    [TestCaseSource(nameof(Paths))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var response = await NewBrowser().GetWithoutRedirectAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Multiple(() =>
        {
            Assert.That(csp, Does.Contain("default-src 'self'"));
            Assert.That(csp, Does.Contain("script-src 'self';"));
            Assert.That(csp, Does.Contain("style-src 'self';"));
            Assert.That(csp, Does.Contain("img-src 'self' data:"));
            Assert.That(csp, Does.Contain("frame-ancestors 'none'"));
            Assert.That(csp, Does.Contain("base-uri 'self'"));
            Assert.That(csp, Does.Contain("form-action 'self'"));
            Assert.That(csp, Does.Contain("object-src 'none'"));
            Assert.That(csp, Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval"));
            Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"));
            Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("same-origin"));
            Assert.That(Header(response, "Permissions-Policy"), Does.Contain("camera=()"));
        });
    }

    [Test]
    public async Task ACodeAddressSendsNoReferrerAtAll()
    {
        using var response = await NewBrowser().GetWithoutRedirectAsync("/c/" + EligibilitySetup.UnknownCode().Replace("-", "", StringComparison.Ordinal));

        Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("no-referrer"));
    }

    [TestCase("https://vote.example.org/", true)]
    [TestCase("http://vote.example.org/", false)]
    public async Task StrictTransportSecurityIsSentOverHttpsOutsideDevelopment(string address, bool expected)
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.EqualTo(expected));
    }

    /// <summary>The policy allows no inline script or style: every page must keep them in files.</summary>
    [Test]
    public async Task PagesHaveNoInlineScriptStyleOrEventHandler()
    {
        var visitor = NewBrowser();
        var organizer = await SignedInWithRolesAsync(Roles.Organizer);
        var pages = new List<WebPage>();
        foreach (var path in new[] { "/", "/account/login", "/account/register", "/code" })
        {
            pages.Add(await visitor.GetAsync(path));
        }
        foreach (var path in new[] { "/account/two-factor", "/organize", "/organize/processes/new" })
        {
            pages.Add(await organizer.GetAsync(path));
        }

        var offending = pages.SelectMany(p => p.Document.All
                .Where(e => (e.LocalName == "script" && !e.HasAttribute("src")) || e.LocalName == "style"
                    || e.HasAttribute("style") || e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                .Select(e => $"{p.Url.AbsolutePath}: <{e.LocalName}>"))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => (int)p.Status), Is.All.EqualTo(200));
            Assert.That(pages.Count(p => p.Document.QuerySelector("script[src]") is not null), Is.GreaterThan(0), "the check sees scripts");
            Assert.That(offending, Is.Empty);
        });
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
