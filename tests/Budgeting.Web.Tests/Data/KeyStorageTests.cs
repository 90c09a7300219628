using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Data;

/// <summary>
/// The keys that unseal receipts stay out of a SQLite database: a copy of the database file alone must not lead from
/// a voter to their ballot. (On PostgreSQL the nodes share them through the database; see MultiNode.)
/// </summary>
public sealed class KeyStorageTests : AppFixture
{
    [Test, Category(BudgetingApp.SqliteOnly)]
    public async Task SqliteDatabaseHoldsNoDataProtectionKeysAfterAVote()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1 max=2"));
        var voter = await SignedInUserAsync([], process.Home);
        var counted = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .VoteAsync(BallotPage.Choices((process.HomeProjects[0], 1)));
        Assert.That(counted.Find("#receipt"), Is.Not.Null, "the vote was counted, so a receipt was sealed");

        var keys = await App.WithDbAsync(db => db.DataProtectionKeys.CountAsync());

        Assert.That(keys, Is.Zero);
    }

    [Test]
    public void NewKeysSealWithAesGcm()
    {
        var keys = App.Services.GetRequiredService<IKeyManager>();

        var key = keys.CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));

        var descriptor = key.Descriptor.ExportToXml().SerializedDescriptorElement;
        Assert.That(descriptor.Element("encryption")?.Attribute("algorithm")?.Value, Is.EqualTo(nameof(EncryptionAlgorithm.AES_256_GCM)));
    }
}
