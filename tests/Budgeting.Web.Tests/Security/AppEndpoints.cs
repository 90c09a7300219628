using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Security;

/// <summary>One way in: a page's route, an HTTP verb and a handler name ("" for the unnamed one).</summary>
public sealed record PageHandler(string Route, string Verb, string Handler, Type? ModelType, MethodInfo? Method)
{
    public string Key => $"{Verb} {Route}" + (Handler.Length > 0 ? $" ?handler={Handler}" : "");

    public override string ToString() => Key;
}

/// <summary>
/// Every page route of the running app and its handlers, read from the app's own endpoint data source and page loader
/// (as the router sees them), so a new page or handler shows up here without anyone listing it.
/// </summary>
public static class AppEndpoints
{
    public static async Task<IReadOnlyList<PageHandler>> ListAsync(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                if (OtherRoute(endpoint) is { } other)
                {
                    handlers.Add(new PageHandler(other, "GET", "", null, null));
                }
                continue;
            }
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            if (compiled.HandlerMethods.Count == 0)
            {
                handlers.Add(new PageHandler(route, "GET", "", compiled.ModelTypeInfo?.AsType(), null));
                continue;
            }
            handlers.AddRange(compiled.HandlerMethods.Select(h =>
                new PageHandler(route, h.HttpMethod.ToUpperInvariant(), h.Name ?? "", compiled.ModelTypeInfo?.AsType(), h.MethodInfo)));
        }
        return handlers.DistinctBy(h => h.Key).OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
    }

    // Endpoints that are not pages: the health check and the like, but not the static files (CSS and images, and the
    // catch-all "{**path:file}" that serves them while developing, which comes and goes with the build's manifest).
    private static string? OtherRoute(RouteEndpoint endpoint)
    {
        var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
        return endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal))
            || route.EndsWith(":file}", StringComparison.Ordinal)
                ? null
                : route;
    }
}
