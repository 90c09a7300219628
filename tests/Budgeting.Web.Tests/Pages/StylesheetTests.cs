using System.IO.Compression;
using System.Text.RegularExpressions;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages;

/// <summary>
/// The one stylesheet goes out compressed at build time and cached for good under its fingerprinted address: on a
/// phone on patchy data, every page after the first costs only its HTML.
/// </summary>
public sealed partial class StylesheetTests : AppFixture
{
    [Test]
    public async Task StylesheetIsServedPrecompressedAndImmutable()
    {
        var page = await (await App.CreateClient().GetAsync(new Uri("/", UriKind.Relative))).Content.ReadAsStringAsync();
        var href = StylesheetLink().Match(page).Groups["href"].Value;
        Assert.That(href, Does.Match(@"^/css/site\.[a-z0-9]+\.css$"), "the layout links the fingerprinted stylesheet");

        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.Add("Accept-Encoding", "gzip");
        using var response = await App.CreateClient().SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var css = new MemoryStream();
        await gzip.CopyToAsync(css);

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
            Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("immutable"));
            Assert.That(compressed.Length, Is.LessThan(css.Length / 2), "compressed, not merely wrapped in gzip");
        });
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"?]+)")]
    private static partial Regex StylesheetLink();
}
