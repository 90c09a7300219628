using System.Globalization;
using Budgeting.Reports.Results;

namespace Budgeting.Reports.Tests.Results;

public class AmountTextTests
{
    [TestCase(124_850_000, "MXN", "es-MX", "1,248,500.00 MXN")]
    [TestCase(5, "MXN", "es-MX", "0.05 MXN")]
    [TestCase(124_850_000, "USD", "en-US", "1,248,500.00 USD")]
    [TestCase(1_500_000, "CLP", "es-MX", "1,500,000 CLP")]
    [TestCase(12_345, "XYZ", "es-MX", "123.45 XYZ")]
    [TestCase(12_345, "", "es-MX", "123.45")]
    public void WritesAmountsAsTheWebAppDoes(long minor, string currency, string culture, string expected)
    {
        Assert.That(AmountText.Format(minor, currency, new CultureInfo(culture)), Is.EqualTo(expected));
    }
}
