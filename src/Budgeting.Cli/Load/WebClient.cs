using System.Net;
using System.Net.Http.Headers;

namespace Budgeting.Cli.Load;

/// <summary>An answer of the app: status, redirect target and the (decompressed) body.</summary>
public readonly record struct WebPage(int Status, string? Location, string Body)
{
    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308;
}

/// <summary>
/// One HTTP connection pool to the app, shared by every virtual browser: cookies travel per request from each
/// browser's <see cref="CookieJar"/>, redirects are followed by the caller, and bodies come compressed as a browser
/// asks for them.
/// </summary>
public sealed class WebClient : IDisposable
{
    private readonly HttpClient _http;

    public WebClient(Uri baseAddress, int connections, bool decompress = true)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = decompress ? DecompressionMethods.All : DecompressionMethods.None,
            MaxConnectionsPerServer = Math.Max(1, connections),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("budgeting-loadtest/1");
    }

    public Uri BaseAddress => _http.BaseAddress!;

    public Task<WebPage> GetAsync(string path, CookieJar cookies, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cookies, ct);

    public Task<WebPage> PostAsync(string path, CookieJar cookies, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = Form(fields) }, cookies, ct);

    /// <summary>The body as sent over the wire (not decompressed) and its Content-Encoding, asking for <paramref name="encodings"/>.</summary>
    public async Task<(long Bytes, string? Encoding)> WireSizeAsync(string path, CookieJar cookies, string encodings, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encodings);
        AddCookies(request, cookies);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        cookies.Take(response);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new LoadTestException($"GET {path} answered {(int)response.StatusCode}");
        }
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return (body.LongLength, response.Content.Headers.ContentEncoding.FirstOrDefault());
    }

    public void Dispose() => _http.Dispose();

    private async Task<WebPage> SendAsync(HttpRequestMessage request, CookieJar cookies, CancellationToken ct)
    {
        using (request)
        {
            AddCookies(request, cookies);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            cookies.Take(response);
            var body = await response.Content.ReadAsStringAsync(ct);
            return new WebPage((int)response.StatusCode, response.Headers.Location?.OriginalString, body);
        }
    }

    private static void AddCookies(HttpRequestMessage request, CookieJar cookies)
    {
        if (cookies.Header is { } header)
        {
            request.Headers.TryAddWithoutValidation("Cookie", header);
        }
    }

    private static ByteArrayContent Form(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var text = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }
}

/// <summary>The app did not answer as a load test needs (setup refused, server unreachable, pages not as expected).</summary>
public sealed class LoadTestException(string message, Exception? inner = null) : Exception(message, inner);
