using System.Security.Cryptography;
using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Processes;

public sealed class ReceiptsTests : AppFixture
{
    [Test]
    public async Task ListIsHiddenUntilVotingCloses()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess(), ("Centro", "1000"));
        var receipt = NewReceipt();
        await StoreBallotAsync(id, receipt);

        var page = await NewBrowser().GetAsync($"/processes/{id}/receipts");

        Assert.Multiple(() =>
        {
            Assert.That(page.Find("#receipts-later"), Is.Not.Null);
            Assert.That(page.Find("#receipt-hashes"), Is.Null);
            Assert.That(page.Document.Body!.TextContent, Does.Not.Contain(ReceiptCode.Hash(receipt)));
        });
    }

    [TestCase("lower case with a space", "Tu voto está en la lista: se contó.")]
    [TestCase("without the dash", "Tu voto está en la lista: se contó.")]
    [TestCase("another code", "Ese código no está en la lista. Revisa que lo escribiste bien; si votaste de nuevo, solo cuenta tu último comprobante.")]
    [TestCase("not a code", "Ese no es un código de comprobante: son 10 letras y números, como 7KQ2M-XH4RD.")]
    public async Task AfterTheCloseVotersCheckTheirReceipt(string typing, string answer)
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess(), ("Centro", "1000"));
        var mine = NewReceipt();
        var other = NewReceipt();
        await StoreBallotAsync(id, mine);
        await StoreBallotAsync(id, other);
        var typed = typing switch
        {
            "lower case with a space" => mine.ToLowerInvariant().Replace('-', ' '),
            "without the dash" => mine.Replace("-", "", StringComparison.Ordinal),
            "another code" => NewReceipt(),
            _ => "hola",
        };
        await (await PhasePage.OpenAsync(admin, id)).OverrideAsync("Closed", null, "Cierre");

        var page = await NewBrowser().GetAsync($"/processes/{id}/receipts");
        var checkedPage = await page.Form("receipt-check").Set("code", typed).SubmitAsync();

        var hashes = new[] { ReceiptCode.Hash(mine), ReceiptCode.Hash(other) }.Order(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("#receipt-hashes code"), Is.EqualTo(hashes));
            Assert.That(checkedPage.Find("#receipt-result")?.TextContent.Trim(), Is.EqualTo(answer));
        });
    }

    private static string NewReceipt() => ReceiptCode.Generate(RandomNumberGenerator.Create());

    private Task<int> StoreBallotAsync(int processId, string receipt) => DbAsync(async db =>
    {
        var district = db.Districts.Single(d => d.ProcessId == processId);
        var ballot = new CanonicalBallot(new BallotBoxId(processId, district.Id), BallotType.Approval, []);
        db.Ballots.Add(StoredBallot.From(ballot, receipt, RandomNumberGenerator.Create()));
        return await db.SaveChangesAsync();
    });
}
