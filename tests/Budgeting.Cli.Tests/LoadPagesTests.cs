using System.Net;
using Budgeting.Cli.Load;
using Budgeting.Core.Voting;

namespace Budgeting.Cli.Tests;

/// <summary>The load tool's readings of the app's pages and answers, on markup as the app renders it.</summary>
public class LoadPagesTests
{
    [Test]
    public void ReadsTheBallotForm()
    {
        const string html = """
            <form method="post" id="ballot" novalidate data-type="Approval">
                <input type="hidden" name="Form.FormKey" value="0123456789abcdef0123456789abcdef">
                <div class="choice" data-cost="100000"><input type="checkbox" id="mark-12" name="Form.Marked" value="12" class="mark"></div>
                <div class="choice" data-cost="200000"><input type="checkbox" id="mark-9" name="Form.Marked" value="9" class="mark"></div>
            <input name="__RequestVerificationToken" type="hidden" value="CfDJ8abc-_xyz" /></form>
            """;

        Assert.Multiple(() =>
        {
            Assert.That(Html.Token(html), Is.EqualTo("CfDJ8abc-_xyz"));
            Assert.That(Html.FormKey(html), Is.EqualTo("0123456789abcdef0123456789abcdef"));
            Assert.That(Html.MarkableProjects(html), Is.EqualTo(new[] { 12, 9 }));
            Assert.That(Html.Token("<p>no form</p>"), Is.Null);
        });
    }

    [Test]
    public void ReadsTheReceiptTurnoutAndPublishedHashes()
    {
        var hash = ReceiptCode.Hash("7KQ2M-XH4RD");
        Assert.Multiple(() =>
        {
            Assert.That(Html.Receipt("<p class=\"receipt\" id=\"receipt\">7KQ2M-XH4RD</p>"), Is.EqualTo("7KQ2M-XH4RD"));
            Assert.That(Html.TurnoutTotal("""
                <tr data-box="4/7"><td class="code">1,234</td><td class="total">1,234</td></tr>
                <tr data-box="4/8"><td class="total">56</td></tr>
                <tr id="turnout-total"><td>1,290</td></tr>
                """), Is.EqualTo(1290));
            Assert.That(Html.ReceiptHashes($"<ol class=\"hashes\"><li><code>{hash}</code></li></ol>"), Is.EqualTo(new[] { hash }));
            Assert.That(Html.Options("""<select id="Input_Ballot" name="Input.Ballot"><option value="">Elige</option><option value="5">Distrito 1</option></select>""", "Input.Ballot"),
                Is.EqualTo(new[] { ("5", "Distrito 1") }));
        });
    }

    [Test]
    public void ComparesAcknowledgedReceiptsWithThePublishedList()
    {
        string[] acknowledged = ["7KQ2M-XH4RD", "22222-33333", "ABCDE-FGHJK"];
        var published = new[] { ReceiptCode.Hash("7KQ2M-XH4RD"), ReceiptCode.Hash("ABCDE-FGHJK"), ReceiptCode.Hash("ABCDE-FGHJK"), ReceiptCode.Hash("99999-99999") };

        var check = ReceiptCheck.Compare(acknowledged, published);

        Assert.Multiple(() =>
        {
            Assert.That(check.Missing, Is.EqualTo(new[] { "22222-33333" }));
            Assert.That(check.Repeated, Is.EqualTo(1));
            Assert.That(check.Published, Is.EqualTo(4));
        });
    }

    [Test]
    public void CookiesAreSetReplacedAndExpired()
    {
        var jar = new CookieJar();
        Take(jar, "a=1; path=/; httponly", ".AspNetCore.Antiforgery.x=tok; path=/; samesite=strict");
        Assert.That(jar.Header, Is.EqualTo("a=1; .AspNetCore.Antiforgery.x=tok"));

        Take(jar, "a=2; path=/");
        Assert.That(jar["a"], Is.EqualTo("2"));

        Take(jar, "a=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/");
        Assert.That(jar.Header, Is.EqualTo(".AspNetCore.Antiforgery.x=tok"));
    }

    [Test]
    public void TheJsonHasTheNamedFiguresAndNotTheReceipts()
    {
        var json = new LoadResult { BallotsPerSecond = 1234.5, P95Ms = 88.25, Receipts = ["7KQ2M-XH4RD"] }.ToJson();

        Assert.That(json, Does.Contain("\"ballots_per_second\":1234.5").And.Contain("\"p95_ms\":88.25").And.Contain("\"ballot_page_bytes\":0")
            .And.Not.Contain("7KQ2M"));
    }

    private static void Take(CookieJar jar, params string[] setCookies)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        foreach (var line in setCookies)
        {
            response.Headers.TryAddWithoutValidation("Set-Cookie", line);
        }
        jar.Take(response);
    }
}
