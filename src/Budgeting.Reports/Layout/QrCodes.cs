using Budgeting.Reports.Model;
using QRCoder;

namespace Budgeting.Reports.Layout;

/// <summary>QR encoding through QRCoder's generator; only its module matrix is used, never its renderers.</summary>
public static class QrCodes
{
    /// <summary>The modules for <paramref name="text"/> at error-correction level M, including the 4-module quiet zone.</summary>
    public static QrMatrix Encode(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var dark = new bool[rows.Count, rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows.Count; c++)
            {
                dark[r, c] = rows[r][c];
            }
        }
        return new QrMatrix(dark);
    }
}
