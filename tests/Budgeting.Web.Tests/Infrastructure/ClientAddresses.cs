using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// The test server gives every request the same (empty) client address. For tests of limits per address, this hosts a
/// second instance of the app (same database and clock, its own keys and limiter) in which each browser sends the
/// address it comes from in a header, set as the connection's remote address before the app sees the request.
/// </summary>
public sealed class ClientAddresses(BudgetingApp app)
{
    public const string Header = "X-Test-Client-Address";

    private readonly WebApplicationFactory<Program> _host =
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, FromHeader>()));

    /// <summary>A browser of this host whose requests come from <paramref name="address"/>.</summary>
    public Browser NewBrowser(string address)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(Header, address);
        return new Browser(client, app.TwoFactorKeys);
    }

    private sealed class FromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((HttpContext context, RequestDelegate then) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return then(context);
            });
            next(builder);
        };
    }
}
