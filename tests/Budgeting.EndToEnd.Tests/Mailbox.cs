using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>An e-mail the app wrote to its pickup folder, as the person it was sent to would read it.</summary>
public sealed record Mail(string To, string Subject, string Body);

/// <summary>Reads the .eml files that the app writes into <see cref="AppServer.MailFolder"/> instead of sending them.</summary>
public static partial class Mailbox
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The first message to <paramref name="to"/> that <paramref name="matches"/>; waits up to 15 s for it. Reads the shared
    /// app's mail unless <paramref name="app"/> names another one.
    /// </summary>
    public static async Task<Mail> WaitForAsync(string to, Func<Mail, bool> matches, AppServer? app = null)
    {
        var folder = (app ?? EndToEndSetUp.App).MailFolder;
        var clock = Stopwatch.StartNew();
        var seen = new List<Mail>();
        while (true)
        {
            seen = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(Read)
                    .Where(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase)).ToList()
                : [];
            if (seen.FirstOrDefault(matches) is { } mail)
            {
                return mail;
            }
            if (clock.Elapsed > Timeout)
            {
                throw new AssertionException(
                    $"No matching e-mail to {to} in {folder} within {Timeout.TotalSeconds:0} s; messages to {to}:\n"
                    + string.Join("\n", seen.Select(m => $"- {m.Subject}")));
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The link in the sign-up confirmation message to <paramref name="to"/>.</summary>
    public static async Task<string> WaitForConfirmationLinkAsync(string to, AppServer? app = null)
    {
        var mail = await WaitForAsync(to, m => ConfirmationLink().IsMatch(m.Body), app);
        return ConfirmationLink().Match(mail.Body).Value;
    }

    private static Mail Read(string path)
    {
        // PickupFolderEmailSender writes headers, a blank line and an 8-bit UTF-8 text body, with CRLF line ends.
        var text = File.ReadAllText(path, Encoding.UTF8);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = (split < 0 ? text : text[..split]).Split("\r\n");
        var body = split < 0 ? "" : text[(split + 4)..].ReplaceLineEndings("\n");
        string Header(string name) =>
            headers.FirstOrDefault(h => h.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))?[(name.Length + 2)..] ?? "";
        return new Mail(Header("To"), DecodeWord(Header("Subject")), body);
    }

    // RFC 2047 encoded word, as the app writes the subject: =?utf-8?B?<base64>?=
    private static string DecodeWord(string value)
    {
        var match = EncodedWord().Match(value);
        return match.Success ? Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value)) : value;
    }

    [GeneratedRegex(@"^=\?utf-8\?B\?([A-Za-z0-9+/=]*)\?=$", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmationLink();
}
