using System.Globalization;
using System.Text;

namespace Budgeting.Web.Tests.Security;

/// <summary>How a hostile post's antiforgery token is: the session's own, none, another session's, or made up.</summary>
public enum TokenUse
{
    Own,
    Missing,
    Replayed,
    Garbage,
}

/// <summary>One generated post, replayable from its description: what it is, where it goes and the exact body.</summary>
public sealed record HostilePost(int Number, string Kind, TokenUse Token, string Url, string? ContentType, byte[] Body)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url);
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = null;
        if (ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        request.Content = content;
        return request;
    }

    public override string ToString()
    {
        var body = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 600)).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return $"#{Number} {Kind} (token {Token}) POST {Url} [{ContentType ?? "no content type"}] {Body.Length} bytes: {body}";
    }
}

/// <summary>
/// What must be true of a form's input for the form to refuse it, so that a post with a valid token stores nothing:
/// the named field gets one of the values. A form without a breaker stores nothing on any input (a sign-in, a
/// check); a form that acts on the token alone (turning two-factor sign-in off) gets only posts without a valid token.
/// </summary>
public sealed record Breaker(string? Field, string[] Values, bool TokenOnly = false)
{
    public static readonly Breaker None = new(null, []);
}

/// <summary>Where a hostile post may go: the form's own URL, or the same route on other processes, districts and ids.</summary>
public sealed record HostileTargets(IReadOnlyList<string> Own, IReadOnlyList<string> Elsewhere);

/// <summary>
/// Generates hostile posts to one form from a seed: missing and extra fields, wrong types, huge and negative numbers,
/// other processes' and districts' ids, closed processes, script and SQL payloads, invalid UTF-8, wrong content types,
/// missing, replayed and made-up antiforgery tokens, and bodies over the form limits. With a valid token a post
/// always carries the form's <see cref="Breaker"/>.
/// </summary>
public sealed class HostilePosts(
    IReadOnlyList<FormField> fields,
    Breaker breaker,
    HostileTargets targets,
    string ownToken,
    IReadOnlyList<string> otherTokens,
    IReadOnlyList<string> ids,
    int seed)
{
    private const string TokenName = "__RequestVerificationToken";
    private readonly Random _random = new(seed);

    /// <summary><paramref name="count"/> random posts, then the three that break the form reader's limits.</summary>
    public IEnumerable<HostilePost> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i);
        }
        yield return Oversized(count, "value over 4 MB", [new("x", new string('x', 4 * 1024 * 1024 + 10))]);
        yield return Oversized(count + 1, "1,100 fields", Enumerable.Range(0, 1100).Select(n => new KeyValuePair<string, string>("f" + n, "1")).ToList());
        yield return Oversized(count + 2, "key of 3,000 characters", [new(new string('k', 3000), "1")]);
    }

    private HostilePost Next(int number)
    {
        var token = breaker.TokenOnly ? Pick(TokenUse.Missing, TokenUse.Replayed, TokenUse.Garbage) : Roll() switch
        {
            < 0.07 => TokenUse.Missing,
            < 0.14 => TokenUse.Replayed,
            < 0.17 => TokenUse.Garbage,
            _ => TokenUse.Own,
        };
        var url = _random.NextDouble() < 0.65 ? Pick(targets.Own) : Pick(targets.Elsewhere);
        var values = Fields(token);
        return Roll() switch
        {
            < 0.06 => WrongContentType(number, url, token, values),
            < 0.13 => InvalidUtf8(number, url, token, values),
            < 0.28 => Multipart(number, url, token, values),
            _ => new HostilePost(number, "fields", token, url, "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(UrlEncoded(values))),
        };
    }

    private List<KeyValuePair<string, string>> Fields(TokenUse token)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var field in fields)
        {
            if (field.Kind == FieldKind.File || _random.NextDouble() < 0.25)
            {
                continue;
            }
            var entries = field.KeyKind is not null || field.Repeated ? _random.Next(0, 6) : 1;
            for (var e = 0; e < entries; e++)
            {
                var name = field.KeyKind is { } keyKind ? $"{field.Name}[{Value(keyKind, null)}]" : field.Name;
                values.Add(new(name, Value(field.Kind, field.Type)));
            }
        }
        if (_random.NextDouble() < 0.3)
        {
            for (var e = _random.Next(1, 4); e > 0; e--)
            {
                values.Add(new(Pick(HostileValues.ExtraNames), Text()));
            }
        }
        if (values.Count > 1 && _random.NextDouble() < 0.1)
        {
            values.Add(new(values[_random.Next(values.Count)].Key, Text()));
        }
        if (breaker.Field is { } broken)
        {
            values.RemoveAll(v => v.Key == broken);
            values.Add(new(broken, Pick(breaker.Values)));
        }
        values = values.OrderBy(_ => _random.Next()).ToList();
        switch (token)
        {
            case TokenUse.Own:
                values.Add(new(TokenName, ownToken));
                break;
            case TokenUse.Replayed:
                values.Add(new(TokenName, Pick(otherTokens)));
                break;
            case TokenUse.Garbage:
                values.Add(new(TokenName, Pick("abc", "", ownToken[..^4] + "AAAA", ownToken + ownToken, HostileValues.Scripts[0], HostileValues.Long(5000))));
                break;
        }
        return values;
    }

    private string Value(FieldKind kind, Type? type) => kind switch
    {
        FieldKind.Whole => Roll() < 0.4 ? Pick(ids) : Roll() < 0.7 ? Pick(HostileValues.Numbers) : Text(),
        FieldKind.Decimal => Roll() < 0.7 ? Pick(HostileValues.Numbers) : Text(),
        FieldKind.Flag => Pick(HostileValues.Flags),
        FieldKind.Choice => Roll() < 0.5 && type is { IsEnum: true } ? Pick(Enum.GetNames(type)) : Pick(["999", "-1", "0", "abc", .. HostileValues.Scripts]),
        FieldKind.Date => Roll() < 0.7 ? Pick(HostileValues.Dates) : Text(),
        _ => Text(),
    };

    private string Text() => Roll() switch
    {
        < 0.30 => Pick(HostileValues.Scripts),
        < 0.45 => Pick(HostileValues.Sql),
        < 0.60 => Pick(HostileValues.Numbers),
        < 0.70 => Pick(ids),
        < 0.88 => Pick(HostileValues.Junk),
        < 0.99 => HostileValues.Long(Pick(257, 1001, 10_001)),
        < 0.9995 => HostileValues.Long(100_001),
        _ => HostileValues.Long(1_000_001),
    };

    private HostilePost WrongContentType(int number, string url, TokenUse token, List<KeyValuePair<string, string>> values)
    {
        var json = "{" + string.Join(",", values.Select(v => $"\"{Json(v.Key)}\":\"{Json(v.Value)}\"")) + "}";
        var (type, body) = _random.Next(6) switch
        {
            0 => ("application/json", json),
            1 => ("text/plain", UrlEncoded(values)),
            2 => ("application/xml", "<form>" + string.Join("", values.Select(v => $"<f name=\"{v.Key}\">{v.Value}</f>")) + "</form>"),
            3 => ((string?)null, UrlEncoded(values)),
            4 => ("multipart/form-data", UrlEncoded(values)),
            _ => ("multipart/form-data; boundary=\"never-used\"", UrlEncoded(values)),
        };
        return new HostilePost(number, "wrong content type", token, url, type, Encoding.UTF8.GetBytes(body));
    }

    // Bytes that are not UTF-8, raw and percent-encoded, in names and values; the rest of the form as usual.
    private HostilePost InvalidUtf8(int number, string url, TokenUse token, List<KeyValuePair<string, string>> values)
    {
        byte[][] bad = [[0xFF, 0xFE], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]];
        var body = new MemoryStream();
        var target = _random.Next(values.Count + 1);
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                body.WriteByte((byte)'&');
            }
            body.Write(Encoding.ASCII.GetBytes(Uri.EscapeDataString(values[i].Key) + "="));
            // The breaker's value stays as it is: a replacement character would make an empty required field valid.
            if ((i == target || _random.NextDouble() < 0.2) && values[i].Key != breaker.Field && values[i].Key != TokenName)
            {
                var bytes = Pick(bad);
                var raw = _random.NextDouble() < 0.5;
                body.Write(raw ? bytes : Encoding.ASCII.GetBytes(string.Concat(bytes.Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture)))));
            }
            body.Write(Encoding.ASCII.GetBytes(Uri.EscapeDataString(values[i].Value)));
        }
        if (target == values.Count)
        {
            body.Write([(byte)'&', 0xFF, 0xC3, (byte)'=', 0xC0, 0xAF]);
        }
        return new HostilePost(number, "invalid UTF-8", token, url, "application/x-www-form-urlencoded", body.ToArray());
    }

    // Built by hand: a hostile client is not held to the header syntax a well-behaved one checks.
    private HostilePost Multipart(int number, string url, TokenUse token, List<KeyValuePair<string, string>> values)
    {
        var boundary = "hostile-" + number.ToString(CultureInfo.InvariantCulture);
        var body = new MemoryStream();
        void Part(string name, string? fileName, string? type, byte[] data)
        {
            var header = $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name.Replace("\"", "%22", StringComparison.Ordinal)}\""
                + (fileName is null ? "" : $"; filename=\"{fileName}\"") + "\r\n"
                + (type is null ? "" : $"Content-Type: {type}\r\n") + "\r\n";
            body.Write(Encoding.UTF8.GetBytes(header));
            body.Write(data);
            body.Write("\r\n"u8);
        }
        foreach (var (name, value) in values)
        {
            Part(name, null, null, Encoding.UTF8.GetBytes(value));
        }
        foreach (var field in fields.Where(f => f.Kind == FieldKind.File || _random.NextDouble() < 0.05))
        {
            if (_random.NextDouble() < 0.3)
            {
                continue;
            }
            var (fileName, type, data) = _random.Next(6) switch
            {
                0 => ("../../../../etc/passwd", "image/jpeg", Encoding.UTF8.GetBytes(HostileValues.Scripts[0])),
                1 => ("x.svg", "image/svg+xml", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")),
                2 => ("empty.csv", "text/csv", Array.Empty<byte>()),
                3 => ("padron.csv", "text/csv", Encoding.UTF8.GetBytes("identificador,colonia\n=cmd|' /C calc'!A0,<script>alert(1)</script>\n' OR 1=1 --,Colonia Inexistente\n")),
                4 => ("big.jpg", "image/jpeg", new byte[1_100_000]),
                _ => ("<script>alert(1)</script>.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE]),
            };
            Part(field.Name, fileName, type, data);
        }
        body.Write(Encoding.ASCII.GetBytes($"--{boundary}--\r\n"));
        return new HostilePost(number, "multipart", token, url, $"multipart/form-data; boundary={boundary}", body.ToArray());
    }

    private HostilePost Oversized(int number, string what, List<KeyValuePair<string, string>> values)
    {
        values.Add(new(TokenName, ownToken));
        return new HostilePost(number, "oversized: " + what, TokenUse.Own, targets.Own[0], "application/x-www-form-urlencoded",
            Encoding.UTF8.GetBytes(UrlEncoded(values)));
    }

    private static string UrlEncoded(IEnumerable<KeyValuePair<string, string>> values) =>
        string.Join("&", values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));

    private static string Json(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private double Roll() => _random.NextDouble();

    private T Pick<T>(params IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
