namespace Budgeting.Web.Tests.Security;

/// <summary>The values hostile posts are made of, and the marks an unescaped script payload would leave in a page.</summary>
public static class HostileValues
{
    /// <summary>Each leaves one of <see cref="Unescaped"/> in a page only if the page wrote it without HTML-encoding it.</summary>
    public static readonly string[] Scripts =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg/onload=alert(1)>",
        "\" autofocus onfocus=\"alert(1)",
        "</textarea></title><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
    ];

    public static readonly string[] Unescaped =
    [
        "<script>alert(",
        "<img src=x onerror",
        "<svg/onload",
        "\" autofocus onfocus=\"alert",
        "<a href=\"javascript:alert",
    ];

    public static readonly string[] Sql =
    [
        "' OR '1'='1",
        "'; DROP TABLE \"Ballots\"; --",
        "1; DELETE FROM \"Processes\"",
        "\" OR 1=1 --",
        "1' UNION SELECT \"Email\", \"PasswordHash\" FROM \"AspNetUsers\" --",
        "%' --",
    ];

    public static readonly string[] Numbers =
    [
        "-1", "0", "-0", "1e30", "-1e30", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "2147483647", "2147483648", "-2147483649", "99999999999999999999999999", "NaN", "Infinity", "1.5", "-0.01",
        "1,000,000.00", "0x7FFFFFFF", "١٢٣", "  7  ", "7abc", "1/0", "+5", "5-",
    ];

    public static readonly string[] Junk =
    [
        "", " ", "\t\r\n", "\0", "a\r\nX-Hostile: 1", "../../../../etc/passwd", "%00", "\u202eevil\u202c", "\u200b", "😀😀😀",
        "null", "undefined", "[]", "{}", "__proto__", "${7*7}", "{{7*7}}", "%s%s%s%n", "@(1+1)", "\\\\server\\share",
        "ABCD-EFGH-JK2M", "C1-C2",
    ];

    public static readonly string[] Flags = ["true", "false", "on", "off", "maybe", "1", "0", "", "TRUE", "<script>alert(1)</script>"];

    public static readonly string[] Dates =
    [
        "2026-13-45", "0001-01-01T00:00", "9999-12-31T23:59", "abc", "2026-06-01T25:00", "-1", "1e30", "2026-02-30",
        "2026-06-01T12:00:00+99:00", "2026-06-01",
    ];

    /// <summary>Values no number, flag, choice or date binds from.</summary>
    public static readonly string[] Unbindable = ["abc", "12abc", "<script>alert(1)</script>", "' OR '1'='1", "1e30x", "--1"];

    /// <summary>Field names no handler asks for, as a tampering client adds them.</summary>
    public static readonly string[] ExtraNames =
    [
        "Id", "Input.Id", "ProcessId", "AuthorId", "Input.AuthorId", "IsAdmin", "Role", "Roles", "handler", "__proto__",
        "Input.Input.Input.Name", "Form.VoterKey", "VoterKey", "Status", "Input.Status", "<script>alert(1)</script>",
        "a[0][1][2][3][4][5][6][7][8][9]", "Input[<script>]",
    ];

    private static readonly Dictionary<int, string> LongCache = [];

    /// <summary>A payload padded to <paramref name="length"/> characters (cached: the same few lengths recur).</summary>
    public static string Long(int length)
    {
        lock (LongCache)
        {
            if (!LongCache.TryGetValue(length, out var value))
            {
                value = Scripts[0] + new string('x', Math.Max(0, length - Scripts[0].Length));
                LongCache[length] = value;
            }
            return value;
        }
    }
}
