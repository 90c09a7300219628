using System.IO.Compression;
using System.Net;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Budgeting.Web.Tests.Hardening;

/// <summary>
/// Pages go out whole, compressed, with their length; large answers still stream, complete. Run on Kestrel with a bare
/// pipeline in the app's order: whole responses, then compression.
/// </summary>
public sealed class WholeResponsesTests
{
    private IHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await new HostBuilder().ConfigureWebHost(web => web.UseKestrel().UseUrls("http://127.0.0.1:0")
            .ConfigureServices(s => s.AddResponseCompression(o => o.MimeTypes = ["text/plain"]))
            .Configure(app =>
            {
                app.UseWholeResponses();
                app.UseResponseCompression();
                app.Run(async http =>
                {
                    http.Response.ContentType = "text/plain";
                    var size = int.Parse(http.Request.Query["size"]!, System.Globalization.CultureInfo.InvariantCulture);
                    var text = string.Concat(Enumerable.Range(0, size / 8).Select(i => i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + "\n"));
                    foreach (var piece in text.Chunk(1000))
                    {
                        // Pages write bytes to the body stream; WriteAsync(string), as the rate-limit page and the
                        // health check use it, goes through the pipe writer and starts the response on purpose.
                        if (http.Request.Query.ContainsKey("text"))
                        {
                            await http.Response.WriteAsync(new string(piece));
                        }
                        else
                        {
                            await http.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(piece));
                        }
                        await http.Response.Body.FlushAsync();
                    }
                });
            })).StartAsync();
        var address = _host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _host.StopAsync();
        _host.Dispose();
    }

    [TestCase(800)]
    [TestCase(8_000)]
    public async Task ASmallAnswerGoesOutCompressedWithItsLength(int size)
    {
        var (response, text) = await GetAsync(size);
        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        Assert.That(response.Content.Headers.ContentLength, Is.GreaterThan(0));
        Assert.That(response.Headers.TransferEncodingChunked, Is.Not.True);
        Assert.That(text, Is.EqualTo(Expected(size)));
    }

    [Test]
    public async Task ALargeAnswerStreamsAndArrivesWhole()
    {
        var size = 2 * WholeResponses.Limit * 8;
        var (response, text) = await GetAsync(size);
        Assert.That(response.Headers.TransferEncodingChunked, Is.True, "streamed, so its length is not known ahead");
        Assert.That(text, Is.EqualTo(Expected(size)));
    }

    [TestCase(800)]
    [TestCase(300_000)]
    public async Task AnAnswerStartedOnPurposeStreamsAndArrivesWhole(int size)
    {
        var (response, text) = await GetAsync(size, "&text");
        Assert.That(response.Headers.TransferEncodingChunked, Is.True);
        Assert.That(text, Is.EqualTo(Expected(size)));
    }

    private async Task<(HttpResponseMessage Response, string Text)> GetAsync(int size, string more = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/?size={size}{more}");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await _client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return (response, await reader.ReadToEndAsync());
    }

    private static string Expected(int size) =>
        string.Concat(Enumerable.Range(0, size / 8).Select(i => i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + "\n"));
}
