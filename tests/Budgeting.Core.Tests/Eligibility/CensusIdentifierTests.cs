using System.Security.Cryptography;
using Budgeting.Core.Eligibility;

namespace Budgeting.Core.Tests.Eligibility;

public sealed class CensusIdentifierTests
{
    private static readonly byte[] Salt = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [TestCase("GMVLMR80070501M100", ExpectedResult = "GMVLMR80070501M100")]
    [TestCase("gmvlmr80070501m100", ExpectedResult = "GMVLMR80070501M100")]
    [TestCase("  GMVL MR80 0705 01M1 00  ", ExpectedResult = "GMVLMR80070501M100")]
    [TestCase("GMVL-MR80-0705-01M1-00", ExpectedResult = "GMVLMR80070501M100")]
    [TestCase("12.345.678", ExpectedResult = "12345678")]
    [TestCase("AB/1234/5", ExpectedResult = "AB12345")]
    [TestCase("ab\t12\u00A034", ExpectedResult = "AB1234")]
    [TestCase("ＧＭＶＬ１２３４", ExpectedResult = "GMVL1234")]
    [TestCase("ＡＢＣ－１２３", ExpectedResult = "ABC123")]
    [TestCase("ａｂｃ／１２３", ExpectedResult = "ABC123")]
    [TestCase("ABC\u3000123", ExpectedResult = "ABC123")]
    [TestCase("A-B-C-D", ExpectedResult = "ABCD")]
    [TestCase("AB\u2011CD\u2013EF\u2212GH\u2010IJ", ExpectedResult = "ABCDEFGHIJ")]
    public string NormalizesCaseSeparatorsAndWidth(string input) =>
        CensusIdentifier.TryNormalize(input, out var normal) ? normal : "refused";

    [TestCase("ABC", ExpectedResult = false)]
    [TestCase("ABCD", ExpectedResult = true)]
    [TestCase("AB-C", ExpectedResult = false)]
    [TestCase("A B C", ExpectedResult = false)]
    [TestCase("A-B.C/D", ExpectedResult = true)]
    [TestCase("ＡＢＣ", ExpectedResult = false)]
    public bool CountsLengthAfterNormalizing(string input) => CensusIdentifier.TryNormalize(input, out _);

    [TestCase(39, ExpectedResult = true)]
    [TestCase(40, ExpectedResult = true)]
    [TestCase(41, ExpectedResult = false)]
    [TestCase(200, ExpectedResult = false)]
    public bool AcceptsAtMostFortyCharacters(int length) =>
        CensusIdentifier.TryNormalize(new string('7', length), out _);

    [Test]
    public void AcceptsFortyCharactersWithSeparatorsAround() =>
        Assert.That(CensusIdentifier.TryNormalize(" " + string.Join("-", Enumerable.Repeat("ABCD", 10)) + " ", out var normal)
            && normal.Length == 40, Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("    ")]
    [TestCase("-./-")]
    [TestCase("PEÑA800705")]
    [TestCase("ñoño1234")]
    [TestCase("GÓMEZ1234")]
    [TestCase("ABC_1234")]
    [TestCase("ABC,1234")]
    [TestCase("ABC;1234")]
    [TestCase("ABC'1234")]
    [TestCase("ABC\"1234")]
    [TestCase("ABC+1234")]
    [TestCase("ABC\u200B1234")]
    [TestCase("ABCД1234")]
    [TestCase("ABC🙂1234")]
    public void RefusesWhatIsNotAsciiLettersAndDigits(string? input)
    {
        var accepted = CensusIdentifier.TryNormalize(input, out var normal);

        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.False);
            Assert.That(normal, Is.Empty);
        });
    }

    [Test]
    public void RefusesAccentedLettersRatherThanStrippingThem()
    {
        // Stripping would turn PEÑA into PENA, another person's key; INE and RENAPO write Ñ as X in their keys.
        var decomposed = "PEN\u0303A800705";

        Assert.Multiple(() =>
        {
            Assert.That(CensusIdentifier.TryNormalize("PEÑA800705", out _), Is.False);
            Assert.That(CensusIdentifier.TryNormalize(decomposed, out _), Is.False);
            Assert.That(CensusIdentifier.TryNormalize("PEXA800705", out var normal) ? normal : null, Is.EqualTo("PEXA800705"));
        });
    }

    [Test]
    public void HashesTheNormalFormAsKnownHmac() =>
        Assert.That(CensusIdentifier.Hash(Salt, "GMVLMR80070501M100"),
            Is.EqualTo("72458f131444d97bd992df44831be84c905b0b5a0602317f4a94e841dc4cb7eb"));

    [Test]
    public void HashIsDeterministicPerSaltAndDiffersAcrossSaltsAndIdentifiers()
    {
        var hash = CensusIdentifier.Hash(Salt, "GMVLMR80070501M100");

        Assert.Multiple(() =>
        {
            Assert.That(hash, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(CensusIdentifier.Hash(Salt.ToArray(), "GMVLMR80070501M100"), Is.EqualTo(hash));
            Assert.That(CensusIdentifier.Hash(RandomNumberGenerator.GetBytes(32), "GMVLMR80070501M100"), Is.Not.EqualTo(hash));
            Assert.That(CensusIdentifier.Hash(Salt, "GMVLMR80070501M101"), Is.Not.EqualTo(hash));
        });
    }

    [Test]
    public void HashesEveryWrittenFormOfAnIdentifierAlike()
    {
        var hashes = new[] { "GMVLMR80070501M100", "gmvl-mr80-0705-01m1-00", "ＧＭＶＬＭＲ８００７０５０１Ｍ１００" }
            .Select(input => CensusIdentifier.TryNormalize(input, out var normal) ? CensusIdentifier.Hash(Salt, normal) : "refused");

        Assert.That(hashes, Is.All.EqualTo(CensusIdentifier.Hash(Salt, "GMVLMR80070501M100")));
    }
}
