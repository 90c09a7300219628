using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Budgeting.Core.Eligibility;

namespace Budgeting.Core.Tests.Eligibility;

public sealed class VotingCodeTests
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static readonly byte[] Salt = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static readonly Regex DisplayForm =
        new("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$");

    [Test]
    public void UsesTheReceiptAlphabetOfThirtyOneCharacters() =>
        Assert.That(VotingCode.Alphabet, Is.EqualTo(Alphabet));

    [Test]
    public void DrawsCharactersFromTheRandomSourceAndAppendsTheCheck()
    {
        using var random = new ScriptedRandom([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

        Assert.That(VotingCode.Generate(random), Is.EqualTo("2345-6789-ABCH"));
    }

    [Test]
    public void RedrawsBytesThatWouldFavourTheFirstCharacters()
    {
        using var random = new ScriptedRandom([248, 255, 0, 31, 62, 93, 124, 155, 186, 217, 30, 247, 61]);

        Assert.That(VotingCode.Generate(random), Is.EqualTo("2222-2222-ZZZM"));
    }

    [Test]
    public void RefusesMissingRandomSource() =>
        Assert.That(() => VotingCode.Generate(null!), Throws.ArgumentNullException);

    [Test]
    public void GeneratesAHundredThousandDistinctWellFormedCodesThatReadBack()
    {
        using var random = RandomNumberGenerator.Create();
        var codes = Enumerable.Range(0, 100_000).Select(_ => VotingCode.Generate(random)).ToList();

        var problems = new List<string>();
        foreach (var code in codes)
        {
            if (!DisplayForm.IsMatch(code))
            {
                problems.Add($"{code}: not in display form");
                continue;
            }
            var bare = code.Replace("-", "", StringComparison.Ordinal);
            string[] typed = [code, code.ToLowerInvariant(), bare, bare.ToLowerInvariant(), code.Replace('-', ' ')];
            foreach (var input in typed)
            {
                var reading = VotingCode.Read(input);
                if (reading != new VotingCodeReading(VotingCodeStatus.Valid, bare))
                {
                    problems.Add($"{input}: read as {reading}");
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(codes.Distinct().Count(), Is.EqualTo(codes.Count));
        });
    }

    [Test]
    public void EveryGeneratedCodeHasAWeightedSumDivisibleByThirtyOne()
    {
        using var random = RandomNumberGenerator.Create();

        var sums = Enumerable.Range(0, 1000).Select(_ => WeightedSum(Bare(VotingCode.Generate(random))) % 31);

        Assert.That(sums, Is.All.EqualTo(0));
    }

    [Test]
    public void CatchesEverySubstitutionAndAdjacentSwapInRandomCodes()
    {
        using var random = RandomNumberGenerator.Create();
        var missed = new List<string>();
        var checkedTypos = 0;

        for (var n = 0; n < 300; n++)
        {
            var bare = Bare(VotingCode.Generate(random));
            checkedTypos += SweepTypos(bare, missed);
        }

        Assert.Multiple(() =>
        {
            Assert.That(missed, Is.Empty);
            Assert.That(checkedTypos, Is.GreaterThanOrEqualTo(300 * 12 * 30));
        });
    }

    [TestCase("23456789ABC")]
    [TestCase("22222222222")]
    [TestCase("ZZZZZZZZZZZ")]
    [TestCase("22222222ZZZ")]
    [TestCase("Z2Z2Z2Z2Z2Z")]
    [TestCase("7KQ2MXH4RDA")]
    public void CatchesEverySubstitutionAndAdjacentSwapInEdgeCodes(string first11)
    {
        var bare = first11 + VotingCode.CheckCharacter(first11);
        var missed = new List<string>();

        SweepTypos(bare, missed);

        Assert.Multiple(() =>
        {
            Assert.That(VotingCode.Read(bare).Status, Is.EqualTo(VotingCodeStatus.Valid));
            Assert.That(missed, Is.Empty);
        });
    }

    [TestCase("23456789ABC", ExpectedResult = 'H')]
    [TestCase("22222222ZZZ", ExpectedResult = 'M')]
    [TestCase("22222222222", ExpectedResult = '2')]
    [TestCase("ZZZZZZZZZZZ", ExpectedResult = 'Q')]
    [TestCase("7KQ2MXH4RDA", ExpectedResult = '9')]
    public char ComputesTheCheckCharacter(string first11) => VotingCode.CheckCharacter(first11);

    [TestCase("7KQ2-MXH4-RDA9")]
    [TestCase("7kq2-mxh4-rda9")]
    [TestCase("7KQ2MXH4RDA9")]
    [TestCase("7KQ2 MXH4 RDA9")]
    [TestCase(" 7kq2 - mxh4 - rda9 ")]
    [TestCase("7K-Q2M-XH4R-DA9")]
    [TestCase("7KQ2\u2013MXH4\u2013RDA9")]
    [TestCase("7KQ2\u2010MXH4\u2011RDA9")]
    [TestCase("7KQ2\u2212MXH4\u2212RDA9")]
    [TestCase("7KQ2\tMXH4\u00A0RDA9\n")]
    public void ReadsWhatVotersType(string input) =>
        Assert.That(VotingCode.Read(input), Is.EqualTo(new VotingCodeReading(VotingCodeStatus.Valid, "7KQ2MXH4RDA9")));

    [TestCase("7KQ2-MXH4-RDA8")]
    [TestCase("7KQ2-MXH4-RAD9")]
    [TestCase("K7Q2-MXH4-RDA9")]
    public void ReportsATypo(string input) =>
        Assert.That(VotingCode.Read(input), Is.EqualTo(new VotingCodeReading(VotingCodeStatus.TypoDetected, "")));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("----")]
    [TestCase("7KQ2-MXH4-RDA")]
    [TestCase("7KQ2-MXH4")]
    [TestCase("7KQ2-MXH4-RDA9-2")]
    [TestCase("7KQ2-MXH4-RDA92")]
    [TestCase("7KQ2-MXH4-RD09")]
    [TestCase("7KQ2-MXH4-RDO9")]
    [TestCase("7KQ2-MXH4-RD19")]
    [TestCase("7KQ2-MXH4-RDI9")]
    [TestCase("7KQ2-MXH4-RDL9")]
    [TestCase("7KQ2-MXH4-RDl9")]
    [TestCase("7KQ2-MXH4-RDo9")]
    [TestCase("7KQ2_MXH4_RDA9")]
    [TestCase("7KQ2.MXH4.RDA9")]
    [TestCase("7KQ2/MXH4/RDA9")]
    [TestCase("7KQ2-MXH4-RDÁ9")]
    [TestCase("７ＫＱ２-ＭＸＨ４-ＲＤＡ９")]
    public void ReadsMalformedInputAsMalformed(string? input) =>
        Assert.That(VotingCode.Read(input), Is.EqualTo(new VotingCodeReading(VotingCodeStatus.Malformed, "")));

    [Test]
    public void RefusesEveryCharacterOutsideTheAlphabet()
    {
        const string valid = "7KQ2MXH4RDA9";
        var outside = Enumerable.Range(33, 94).Select(i => (char)i)
            .Where(c => c != '-' && !Alphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal));

        var accepted = outside.Where(c => VotingCode.Read(valid[..5] + c + valid[6..]).Status != VotingCodeStatus.Malformed);

        Assert.That(accepted, Is.Empty);
    }

    [Test]
    public void DisplaysThreeGroupsOfFour() =>
        Assert.That(VotingCode.Display("7KQ2MXH4RDA9"), Is.EqualTo("7KQ2-MXH4-RDA9"));

    [Test]
    public void HashesTheBareCodeAsKnownHmac() =>
        Assert.That(VotingCode.Hash(Salt, "23456789ABCH"),
            Is.EqualTo("273bb14abff5dab268a7c97a691d5dd6bff05e1c3325331ee9d74223f4ac692e"));

    [Test]
    public void HashesEveryTypedFormOfACodeAlike()
    {
        var hashes = new[] { "7KQ2-MXH4-RDA9", "7kq2mxh4rda9", " 7kq2 mxh4 rda9 " }
            .Select(input => VotingCode.Hash(Salt, VotingCode.Read(input).Bare));

        Assert.That(hashes.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void HashIsDeterministicPerSaltAndDiffersAcrossSaltsAndCodes()
    {
        var otherSalt = RandomNumberGenerator.GetBytes(32);
        var hash = VotingCode.Hash(Salt, "7KQ2MXH4RDA9");

        Assert.Multiple(() =>
        {
            Assert.That(hash, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(VotingCode.Hash(Salt.ToArray(), "7KQ2MXH4RDA9"), Is.EqualTo(hash));
            Assert.That(VotingCode.Hash(otherSalt, "7KQ2MXH4RDA9"), Is.Not.EqualTo(hash));
            Assert.That(VotingCode.Hash(Salt, "23456789ABCH"), Is.Not.EqualTo(hash));
        });
    }

    [Test]
    public void DrawsCharactersWithoutModuloBias()
    {
        using var random = RandomNumberGenerator.Create();
        var counts = new long[Alphabet.Length];
        const int codes = 20_000;
        for (var n = 0; n < codes; n++)
        {
            var bare = Bare(VotingCode.Generate(random));
            foreach (var c in bare[..11])
            {
                counts[Alphabet.IndexOf(c, StringComparison.Ordinal)]++;
            }
        }

        var expected = codes * 11.0 / Alphabet.Length;
        var chiSquare = counts.Sum(observed => (observed - expected) * (observed - expected) / expected);

        // 30 degrees of freedom: above 85 happens by chance less than once in a million runs, whereas taking bytes
        // modulo 31 without redrawing (9/256 for the first eight characters against 8/256) gives several hundred.
        Assert.That(chiSquare, Is.LessThan(85), () => "counts: " + string.Join(", ", counts));
    }

    private static string Bare(string display) => display.Replace("-", "", StringComparison.Ordinal);

    private static int WeightedSum(string bare) =>
        bare.Select((c, i) => (i + 1) * Alphabet.IndexOf(c, StringComparison.Ordinal)).Sum();

    private static int SweepTypos(string bare, List<string> missed)
    {
        var count = 0;
        for (var i = 0; i < bare.Length; i++)
        {
            foreach (var other in Alphabet.Where(c => c != bare[i]))
            {
                var typo = bare[..i] + other + bare[(i + 1)..];
                count++;
                if (VotingCode.Read(typo).Status != VotingCodeStatus.TypoDetected)
                {
                    missed.Add($"{bare} → {typo}");
                }
            }
        }
        for (var i = 0; i + 1 < bare.Length; i++)
        {
            if (bare[i] == bare[i + 1])
            {
                continue;
            }
            var swapped = bare[..i] + bare[i + 1] + bare[i] + bare[(i + 2)..];
            count++;
            if (VotingCode.Read(swapped).Status != VotingCodeStatus.TypoDetected)
            {
                missed.Add($"{bare} → {swapped}");
            }
        }
        return count;
    }

    private sealed class ScriptedRandom(byte[] script) : RandomNumberGenerator
    {
        private int _next;

        public override void GetBytes(byte[] data) => GetBytes(data.AsSpan());

        public override void GetBytes(Span<byte> data)
        {
            if (_next >= script.Length)
            {
                throw new InvalidOperationException("The script ran out of bytes.");
            }
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = _next < script.Length ? script[_next++] : (byte)255;
            }
        }
    }

    [TestCase("")]
    [TestCase("7KQ2MXH4RD")]
    [TestCase("7KQ2MXH4RDA9")]
    [TestCase("7KQ2MXH4RD0")]
    public void CheckCharacterNeedsElevenCharactersOfTheAlphabet(string first) =>
        Assert.That(() => VotingCode.CheckCharacter(first), Throws.ArgumentException);
}
