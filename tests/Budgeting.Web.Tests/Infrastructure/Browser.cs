using System.Net;
using AngleSharp.Html.Parser;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// A cookie-keeping client that follows redirects itself, so tests can see each hop; with its app's authenticator keys,
/// it answers the second step of a two-factor sign-in as the account's phone would.
/// </summary>
public sealed class Browser(HttpClient client, TwoFactorKeys? twoFactorKeys = null) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    public TwoFactorKeys? TwoFactorKeys => twoFactorKeys;

    /// <summary>The redirects followed by the last request, in order.</summary>
    public List<Uri> Redirects { get; } = [];

    public Task<WebPage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<WebPage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>Posts a ready-made body, such as the multipart/form-data a form with a file input sends.</summary>
    public Task<WebPage> PostAsync(string url, HttpContent content) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });

    public async Task<HttpResponseMessage> GetWithoutRedirectAsync(string url) => await client.GetAsync(url);

    private async Task<WebPage> SendAsync(HttpRequestMessage request)
    {
        Redirects.Clear();
        var response = await client.SendAsync(request);
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
               or HttpStatusCode.MovedPermanently or HttpStatusCode.TemporaryRedirect)
        {
            if (Redirects.Count > 10)
            {
                throw new InvalidOperationException("Too many redirects.");
            }
            var location = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
            Redirects.Add(location);
            response.Dispose();
            response = await client.GetAsync(location);
        }
        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.ParseDocumentAsync(html);
        return new WebPage(this, response.StatusCode, response.RequestMessage!.RequestUri!, document);
    }

    public void Dispose() => client.Dispose();
}
