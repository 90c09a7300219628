using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Hardening;

/// <summary>
/// Every post handler of every page, found from the app's own pages and endpoints, refuses a post without an
/// antiforgery token. Posted by the admin, who passes every authorization, so the token is what is checked.
/// </summary>
public sealed partial class AntiforgeryTests : AdminFixture
{
    /// <summary>The only page that accepts posts without a token: the language switcher, which only sets a cookie.</summary>
    private static readonly string[] Exempt = ["/Language"];

    [Test]
    public void OnlyTheLanguageSwitcherIgnoresTheToken()
    {
        var ignoring = PageModels().Where(t => t.Type.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null && PostHandlers(t.Type).Any())
            .Select(t => t.Page);

        Assert.That(ignoring, Is.EquivalentTo(Exempt));
    }

    [Test]
    public async Task EveryPostHandlerRefusesAPostWithoutToken()
    {
        var routes = PageRoutes();
        var handlers = PageModels().Where(t => !Exempt.Contains(t.Page))
            .SelectMany(t => PostHandlers(t.Type).Select(h => (t.Page, Handler: h)))
            .ToList();
        var answers = new List<string>();

        foreach (var (page, handler) in handlers)
        {
            Assert.That(routes.TryGetValue(page, out var route), Is.True, $"no endpoint for {page}");
            var url = route + (handler.Length == 0 ? "" : "?handler=" + handler);
            using var response = await Admin.Client.PostAsync(url, new FormUrlEncodedContent([new("Input.Name", "x")]));
            answers.Add($"{url} {(int)response.StatusCode}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(handlers, Has.Count.GreaterThan(20), "the handlers are found");
            Assert.That(answers.Where(a => !a.EndsWith(" 400", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public async Task TheLanguageSwitcherWorksWithoutToken()
    {
        using var response = await NewBrowser().Client.PostAsync("/language", new FormUrlEncodedContent([new("culture", "en"), new("returnUrl", "/")]));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.GetValues("Set-Cookie").Single(), Does.Contain("c%3Den"));
        });
    }

    /// <summary>Page models by their page path: <c>Budgeting.Web.Pages.Account.LoginModel</c> is <c>/Account/Login</c>.</summary>
    private static IEnumerable<(string Page, Type Type)> PageModels() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(PageModel).IsAssignableFrom(t) && t.Name.EndsWith("Model", StringComparison.Ordinal))
            .Select(t => (t.FullName!["Budgeting.Web.Pages".Length..^"Model".Length].Replace('.', '/'), t));

    private static IEnumerable<string> PostHandlers(Type model) =>
        model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => HandlerName().Match(m.Name))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct();

    /// <summary>The first route of each page, with every parameter filled with 1 and optional ones left out.</summary>
    private Dictionary<string, string> PageRoutes()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is { } page)
            {
                var template = OptionalParameter().Replace(endpoint.RoutePattern.RawText ?? "", "");
                routes.TryAdd(page.ViewEnginePath, "/" + Parameter().Replace(template, "1").Trim('/'));
            }
        }
        return routes;
    }

    [GeneratedRegex("^OnPost(.*?)(?:Async)?$")]
    private static partial Regex HandlerName();

    [GeneratedRegex(@"/?\{[^}]*\?\}")]
    private static partial Regex OptionalParameter();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
