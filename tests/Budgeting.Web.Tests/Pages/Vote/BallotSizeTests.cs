using System.Net.Http.Headers;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Vote;

public sealed class BallotSizeTests : AppFixture
{
    private const int Budget = 30 * 1024;

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task BallotPageAndStylesheetGoCompressedInAtMostThirtyKilobytes(string encoding)
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Knapsack share=5000"));
        var voter = await SignedInUserAsync([], process.Home);

        // The browser's client has no decompressing handler, so these are the bytes that go over the wire.
        var (pageBytes, pageEncoding) = await FetchAsync(voter.Browser.Client, $"/vote/{process.Id}/{process.HomeBox}", encoding);
        var (cssBytes, cssEncoding) = await FetchAsync(voter.Browser.Client, "/css/site.css", encoding);

        await TestContext.Out.WriteLineAsync(
            $"{encoding}: ballot page {pageBytes} B + site.css {cssBytes} B = {pageBytes + cssBytes} B (limit {Budget} B)");
        Assert.Multiple(() =>
        {
            Assert.That(pageEncoding, Is.EqualTo(encoding));
            Assert.That(cssEncoding, Is.EqualTo(encoding));
            Assert.That(pageBytes + cssBytes, Is.LessThanOrEqualTo(Budget));
        });
    }

    private static async Task<(int Bytes, string? Encoding)> FetchAsync(HttpClient client, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (body.Length, response.Content.Headers.ContentEncoding.SingleOrDefault());
    }
}
