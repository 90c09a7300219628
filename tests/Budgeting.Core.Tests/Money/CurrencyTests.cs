using System.Globalization;
using Budgeting.Core.Money;

namespace Budgeting.Core.Tests.Money;

public sealed class CurrencyTests
{
    [TestCase("MXN", "MXN", 2)]
    [TestCase("mxn", "MXN", 2)]
    [TestCase(" eur ", "EUR", 2)]
    [TestCase("CLP", "CLP", 0)]
    [TestCase("jpy", "JPY", 0)]
    public void FindsKnownCurrency(string code, string expected, int digits) =>
        Assert.That(Currency.Find(code), Is.EqualTo(new Currency(expected, digits)));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("XXX")]
    [TestCase("MX")]
    public void FindsNothingForUnknownCode(string? code) => Assert.That(Currency.Find(code), Is.Null);

    [Test]
    public void ListsEachCurrencyOnce() =>
        Assert.That(Currency.All.Select(c => c.Code), Is.Unique.And.Contains("MXN").And.Contains("USD"));

    [TestCase("MXN", "1500000", 150_000_000L)]
    [TestCase("MXN", "0.01", 1L)]
    [TestCase("MXN", "1234.5", 123_450L)]
    [TestCase("MXN", "1000000000000", 100_000_000_000_000L)]
    [TestCase("CLP", "1500000", 1_500_000L)]
    [TestCase("MXN", "0", 0L)]
    public void ConvertsToMinorUnits(string code, string major, long expected)
    {
        var ok = Currency.Find(code)!.TryToMinorUnits(Parse(major), out var minor);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.True);
            Assert.That(minor, Is.EqualTo(expected));
        });
    }

    [TestCase("MXN", "0.001")]
    [TestCase("MXN", "10.005")]
    [TestCase("CLP", "10.5")]
    [TestCase("MXN", "1000000000000.01")]
    [TestCase("MXN", "-1000000000000.01")]
    [TestCase("MXN", "1000000000001")]
    [TestCase("CLP", "1000000000001")]
    [TestCase("MXN", "79228162514264337593543950335")]
    [TestCase("MXN", "-79228162514264337593543950335")]
    public void RefusesAmountItCannotHold(string code, string major)
    {
        var ok = Currency.Find(code)!.TryToMinorUnits(Parse(major), out var minor);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(minor, Is.Zero);
        });
    }

    [TestCase("MXN", 150_000_000L, "1500000")]
    [TestCase("MXN", 1L, "0.01")]
    [TestCase("CLP", 1_500_000L, "1500000")]
    public void ConvertsToMajorUnits(string code, long minor, string expected) =>
        Assert.That(Currency.Find(code)!.ToMajorUnits(minor), Is.EqualTo(Parse(expected)));

    [TestCase("MXN", "123.45")]
    [TestCase("CLP", "98765")]
    [TestCase("USD", "1000000000000")]
    public void RoundTripsThroughMinorUnits(string code, string major)
    {
        var currency = Currency.Find(code)!;
        currency.TryToMinorUnits(Parse(major), out var minor);

        Assert.That(currency.ToMajorUnits(minor), Is.EqualTo(Parse(major)));
    }

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
