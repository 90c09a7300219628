namespace Budgeting.Cli.Load;

/// <summary>
/// One virtual browser's cookies for the one app under test: names and values only (path, expiry and flags do not
/// matter against a single loopback origin), so many voters can share one connection pool.
/// </summary>
public sealed class CookieJar
{
    private readonly List<KeyValuePair<string, string>> _cookies = new(4);
    private string? _header;

    /// <summary>The Cookie request header, or null when there is no cookie.</summary>
    public string? Header
    {
        get
        {
            lock (_cookies)
            {
                return _header ??= _cookies.Count == 0 ? null : string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value));
            }
        }
    }

    public string? this[string name]
    {
        get
        {
            lock (_cookies)
            {
                return _cookies.FirstOrDefault(c => c.Key == name).Value;
            }
        }
    }

    /// <summary>Takes the Set-Cookie headers of a response: sets, replaces or (empty or expired) removes.</summary>
    public void Take(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }
        foreach (var line in values)
        {
            var end = line.IndexOf(';', StringComparison.Ordinal);
            var pair = end < 0 ? line : line[..end];
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }
            var name = pair[..eq].Trim();
            var value = pair[(eq + 1)..].Trim();
            var expired = value.Length == 0 || line.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
            lock (_cookies)
            {
                _cookies.RemoveAll(c => c.Key == name);
                if (!expired)
                {
                    _cookies.Add(new(name, value));
                }
                _header = null;
            }
        }
    }
}
