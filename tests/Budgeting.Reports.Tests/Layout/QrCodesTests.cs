using Budgeting.Reports.Layout;
using QRCoder;

namespace Budgeting.Reports.Tests.Layout;

public class QrCodesTests
{
    [TestCase("https://presupuesto.example.mx/votar?codigo=K7Q2M9XD", 33 + 8)]
    [TestCase("K7Q2M9XD", 21 + 8)]
    public void EncodesWithQuietZoneAtLevelM(string text, int expectedSize)
    {
        var matrix = QrCodes.Encode(text);

        using var expected = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        Assert.That(matrix.Size, Is.EqualTo(expectedSize));
        Assert.That(matrix.Size, Is.EqualTo(expected.ModuleMatrix.Count));
        for (var r = 0; r < matrix.Size; r++)
        {
            for (var c = 0; c < matrix.Size; c++)
            {
                Assert.That(matrix[r, c], Is.EqualTo(expected.ModuleMatrix[r][c]), $"module {r},{c}");
            }
        }
    }

    [Test]
    public void LeavesTheQuietZoneLightAndDrawsTheFinderPatterns()
    {
        var matrix = QrCodes.Encode("K7Q2M9XD");

        Assert.That(Enumerable.Range(0, matrix.Size).Any(i => matrix[0, i] || matrix[i, 3]), Is.False);
        Assert.That(matrix[4, 4] && matrix[4, 10] && matrix[10, 4] && !matrix[5, 5], Is.True);
    }
}
