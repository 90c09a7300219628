using System.Security.Cryptography;
using Budgeting.Core.Voting;

namespace Budgeting.Core.Tests.Voting;

public sealed class ReceiptCodeTests
{
    [Test]
    public void DrawsCharactersFromTheRandomSource()
    {
        using var random = new ScriptedRandom([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

        Assert.That(ReceiptCode.Generate(random), Is.EqualTo("23456-789AB"));
    }

    [Test]
    public void RedrawsBytesThatWouldFavourTheFirstCharacters()
    {
        using var random = new ScriptedRandom([248, 255, 0, 31, 62, 30, 247, 252, 9, 40, 71, 102, 133]);

        Assert.That(ReceiptCode.Generate(random), Is.EqualTo("222ZZ-BBBBB"));
    }

    [Test]
    public void GeneratesDistinctWellFormedCodes()
    {
        using var random = RandomNumberGenerator.Create();

        var codes = Enumerable.Range(0, 1000).Select(_ => ReceiptCode.Generate(random)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(codes, Is.All.Match("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$"));
            Assert.That(codes, Is.Unique);
        });
    }

    [TestCase("7KQ2M-XH4RD", ExpectedResult = "7KQ2M-XH4RD")]
    [TestCase("7kq2mxh4rd", ExpectedResult = "7KQ2M-XH4RD")]
    [TestCase(" 7kq2m - xh4rd ", ExpectedResult = "7KQ2M-XH4RD")]
    [TestCase("7KQ-2MX-H4RD", ExpectedResult = "7KQ2M-XH4RD")]
    [TestCase("7KQ2M\u2013XH4RD", ExpectedResult = "7KQ2M-XH4RD")]
    [TestCase("7KQ2M-XH4R", ExpectedResult = null)]
    [TestCase("7KQ2M-XH4RDD", ExpectedResult = null)]
    [TestCase("7KQ2M-XH4R0", ExpectedResult = null)]
    [TestCase("7KQ2M-XH4RO", ExpectedResult = null)]
    [TestCase("7KQ2M-XH4R1", ExpectedResult = null)]
    [TestCase("7KQ2M-XH4RI", ExpectedResult = null)]
    [TestCase("7KQ2M-XH4RL", ExpectedResult = null)]
    [TestCase("7KQ2M_XH4RD", ExpectedResult = null)]
    [TestCase("", ExpectedResult = null)]
    [TestCase(null, ExpectedResult = null)]
    public string? NormalizesWhatVotersType(string? input) => ReceiptCode.TryNormalize(input, out var code) ? code : null;

    [TestCase("7KQ2M-XH4RD", ExpectedResult = "a61c6c36ea5224bb114aaa1097e6703c787c66f272c8da650ff6d3c5cea9fa57")]
    [TestCase("7kq2m xh4rd", ExpectedResult = "a61c6c36ea5224bb114aaa1097e6703c787c66f272c8da650ff6d3c5cea9fa57")]
    [TestCase("22222-22222", ExpectedResult = "965f69baefb60286c60262b40dcf40717a2227eef5db00c9b717d5de24453511")]
    public string HashesTheBareUpperCaseCode(string code) => ReceiptCode.Hash(code);

    [Test]
    public void RefusesToHashWhatIsNotACode() =>
        Assert.That(() => ReceiptCode.Hash("not a code"), Throws.InstanceOf<FormatException>());

    private sealed class ScriptedRandom(byte[] script) : RandomNumberGenerator
    {
        private int _next;

        public override void GetBytes(byte[] data) => GetBytes(data.AsSpan());

        public override void GetBytes(Span<byte> data)
        {
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = _next < script.Length ? script[_next++] : (byte)255;
            }
        }
    }
}
