using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Budgeting.Reports.Layout;

namespace Budgeting.Web.Infrastructure.Security;

/// <summary>A QR code as inline SVG markup: one path of dark modules, no style attribute, so the page's CSP holds.</summary>
public static class QrSvg
{
    public static string Render(string text, string label)
    {
        var matrix = QrCodes.Encode(text);
        var path = new StringBuilder();
        for (var row = 0; row < matrix.Size; row++)
        {
            for (var column = 0; column < matrix.Size; column++)
            {
                if (matrix[row, column])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{column} {row}h1v1h-1z");
                }
            }
        }
        var size = matrix.Size.ToString(CultureInfo.InvariantCulture);
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="220" height="220" role="img" aria-label="{HtmlEncoder.Default.Encode(label)}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }
}
