using System.Reflection;
using Budgeting.Core.Eligibility;

namespace Budgeting.Core.Tests.Eligibility;

public sealed class CensusEntryTests
{
    private static readonly DateTime Imported = new(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime First = new(2027, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = new(2027, 3, 5, 18, 30, 0, DateTimeKind.Utc);

    [Test]
    public void StartsUnclaimed()
    {
        var entry = new CensusEntry(1, 10, "hash", Imported);

        Assert.Multiple(() =>
        {
            Assert.That((entry.ProcessId, entry.DistrictId, entry.IdentifierHash, entry.ImportedAtUtc), Is.EqualTo((1, 10, "hash", Imported)));
            Assert.That(entry.AccountId, Is.Null);
            Assert.That(entry.ClaimedAtUtc, Is.Null);
        });
    }

    [Test]
    public void MatchesTheFirstAccount()
    {
        var entry = new CensusEntry(1, 10, "hash", Imported);

        var result = entry.Claim("account-1", First);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(DomainResult.Ok));
            Assert.That(entry.AccountId, Is.EqualTo("account-1"));
            Assert.That(entry.ClaimedAtUtc, Is.EqualTo(First));
        });
    }

    [Test]
    public void LetsTheSameAccountClaimAgainAndKeepsTheFirstTime()
    {
        var entry = new CensusEntry(1, 10, "hash", Imported);
        entry.Claim("account-1", First);

        var result = entry.Claim("account-1", Later);

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(entry.AccountId, Is.EqualTo("account-1"));
            Assert.That(entry.ClaimedAtUtc, Is.EqualTo(First));
        });
    }

    [TestCase("account-2")]
    [TestCase("ACCOUNT-1")]
    [TestCase("account-1 ")]
    public void RefusesAnotherAccount(string other)
    {
        var entry = new CensusEntry(1, 10, "hash", Imported);
        entry.Claim("account-1", First);

        var result = entry.Claim(other, Later);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.CensusEntryTaken));
            Assert.That(entry.AccountId, Is.EqualTo("account-1"));
            Assert.That(entry.ClaimedAtUtc, Is.EqualTo(First));
        });
    }

    [TestCase(1L, ExpectedResult = "census:1")]
    [TestCase(42L, ExpectedResult = "census:42")]
    [TestCase(9_007_199_254_740_993L, ExpectedResult = "census:9007199254740993")]
    public string KeysTheVoterByEntry(long id)
    {
        var entry = new CensusEntry(1, 10, "hash", Imported);
        SetId(entry, id);
        return entry.VoterKey;
    }

    [TestCase(42L, ExpectedResult = "code:42")]
    public string KeysACodeVoterByCode(long id)
    {
        var code = new IssuedCode(1, 10, 3, "hash");
        SetId(code, id);
        return code.VoterKey;
    }

    [Test]
    [SetCulture("ar-SA")]
    public void KeysVotersTheSameInEveryCulture()
    {
        var entry = new CensusEntry(1, 10, "hash", Imported);
        SetId(entry, 1234567);

        Assert.That(entry.VoterKey, Is.EqualTo("census:1234567"));
    }

    [Test]
    public void KeysCensusAndCodeVotersApartForTheSameId()
    {
        var entry = new CensusEntry(1, 10, "hash", Imported);
        var code = new IssuedCode(1, 10, 3, "hash");
        SetId(entry, 5);
        SetId(code, 5);

        Assert.That(entry.VoterKey, Is.Not.EqualTo(code.VoterKey));
    }

    private static void SetId(object entity, long id) =>
        entity.GetType().GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!.SetValue(entity, id);
}
