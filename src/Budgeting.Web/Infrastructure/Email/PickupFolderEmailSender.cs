using System.Text;
using Microsoft.Extensions.Options;

namespace Budgeting.Web.Infrastructure.Email;

/// <summary>
/// Writes each message as an .eml file into a folder, so confirmation links work on a laptop with no mail server;
/// a mail relay that watches a pickup folder can deliver them in production.
/// </summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, TimeProvider clock, IHostEnvironment env)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var folder = Path.Combine(env.ContentRootPath, options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var text = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(message.To).Append("\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject)))
            .Append("?=\r\n")
            .Append("Date: ").Append(now.ToString("r")).Append("\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.TextBody.ReplaceLineEndings("\r\n"))
            .ToString();
        var name = $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml";
        await File.WriteAllTextAsync(Path.Combine(folder, name), text, new UTF8Encoding(false), ct);
    }
}
