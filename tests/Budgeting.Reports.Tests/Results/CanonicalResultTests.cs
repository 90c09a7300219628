using System.Text;
using Budgeting.Reports.Results;

namespace Budgeting.Reports.Tests.Results;

public class CanonicalResultTests
{
    private static readonly CanonicalResult Sample = new(
        "mes_cost_sat",
        100_000,
        0,
        ["2", "11", "9"],
        76_700,
        new Dictionary<string, long> { ["9"] = 12, ["Ñ\"\\\n\u0001"] = 1, ["2"] = 31, ["11"] = 40 });

    [Test]
    public void WritesSortedKeysAndNoWhitespace()
    {
        var json = Encoding.UTF8.GetString(Sample.ToUtf8Json());

        Assert.That(json, Is.EqualTo("{\"budget\":100000,\"money_decimals\":0,\"rule\":\"mes_cost_sat\",\"selected\":[\"11\",\"2\",\"9\"],\"total_cost\":76700,\"votes\":{\"11\":40,\"2\":31,\"9\":12,\"Ñ\\\"\\\\\\n\\u0001\":1}}"));
    }

    [Test]
    public void HashesToWhatPythonsSortedCompactJsonGives()
    {
        // python3: json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(), then sha256.
        Assert.That(Sample.Sha256(), Is.EqualTo("cc52ddb473a92717b386ece1fe02b337085b9c070a614f4b77cde9e36a2a21b4"));
    }

    [Test]
    public void DoesNotDependOnTheOrderOfTheInput()
    {
        var shuffled = Sample with
        {
            Selected = ["9", "2", "11"],
            Votes = Sample.Votes.Reverse().ToDictionary(v => v.Key, v => v.Value),
        };

        Assert.That(shuffled.Sha256(), Is.EqualTo(Sample.Sha256()));
    }

    [Test]
    public void RefusesIntegersBeyondWhatJsonNumbersHoldExactly()
    {
        Assert.That(() => (Sample with { Budget = 1L << 53 }).Sha256(), Throws.InvalidOperationException);
    }
}
