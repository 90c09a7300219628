using Budgeting.Reports.Fonts;
using Budgeting.Reports.Model;
using SkiaSharp;

namespace Budgeting.Reports.Rendering;

/// <summary>
/// Turns a laid-out <see cref="Document"/> into PDF bytes with SkiaSharp. This is the only code that knows the PDF
/// library. The same document gives the same bytes: every date comes from <see cref="DocumentInfo.Created"/>.
/// Safe to call from several threads; fonts and paints are created per call because Skia's are not thread-safe.
/// </summary>
public static class PdfRenderer
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => LoadTypeface(FontWeight.Regular));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => LoadTypeface(FontWeight.Bold));

    /// <summary>Renders the document to a new byte array.</summary>
    public static byte[] Render(Document document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }

    /// <summary>Renders the document into <paramref name="output"/>.</summary>
    public static void Render(Document document, Stream output)
    {
        var created = document.Info.Created.UtcDateTime;
        // SkiaSharp cannot write /Lang or a structure tree; Info.Language stays in the model for the HTML side.
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Info.Title,
            Author = document.Info.Author,
            Subject = document.Info.Subject,
            Creator = "Budgeting",
            Producer = "Budgeting (Skia/PDF)",
            Creation = created,
            Modified = created,
        };
        using var pdf = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        using var resources = new DrawingResources();
        foreach (var page in document.Pages)
        {
            var canvas = pdf.BeginPage(page.Size.Width, page.Size.Height);
            foreach (var element in page.Elements)
            {
                Draw(canvas, element, resources);
            }
            pdf.EndPage();
        }
        pdf.Close();
    }

    /// <summary>Skia's own advance width for a line, for checking it against the layout's metrics.</summary>
    internal static float MeasureWithSkia(string text, TextStyle style)
    {
        using var resources = new DrawingResources();
        return resources.Font(style).MeasureText(text);
    }

    private static void Draw(SKCanvas canvas, PageElement element, DrawingResources resources)
    {
        switch (element)
        {
            case TextRun run:
                canvas.DrawText(run.Text, run.X, run.Baseline, SKTextAlign.Left, resources.Font(run.Style), resources.Fill(run.Style.Colour));
                break;
            case RectangleElement rect:
                if (rect.Fill is { } fill)
                {
                    canvas.DrawRect(ToRect(rect.Bounds), resources.Fill(fill));
                }
                if (rect.Stroke is { } stroke)
                {
                    canvas.DrawRect(ToRect(rect.Bounds), resources.Stroke(stroke, rect.StrokeWidth));
                }
                break;
            case LineElement line:
                canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, resources.Stroke(line.Colour, line.Width));
                break;
            case LinkArea link:
                canvas.DrawUrlAnnotation(ToRect(link.Bounds), link.Uri)?.Dispose();
                break;
            case QrCodeElement qr:
                DrawQrCode(canvas, qr, resources.Fill(qr.Dark));
                break;
            default:
                throw new NotSupportedException($"The PDF renderer cannot draw {element.GetType().Name}.");
        }
    }

    private static void DrawQrCode(SKCanvas canvas, QrCodeElement qr, SKPaint dark)
    {
        var module = qr.Bounds.Width / qr.Modules.Size;
        // One path for all modules, so viewers show no hairline seams between neighbouring squares.
        using var builder = new SKPathBuilder();
        for (var r = 0; r < qr.Modules.Size; r++)
        {
            var c = 0;
            while (c < qr.Modules.Size)
            {
                if (!qr.Modules[r, c])
                {
                    c++;
                    continue;
                }
                var start = c;
                while (c < qr.Modules.Size && qr.Modules[r, c])
                {
                    c++;
                }
                var left = qr.Bounds.X + start * module;
                var top = qr.Bounds.Y + r * module;
                builder.AddRect(new SKRect(left, top, left + (c - start) * module, top + module), SKPathDirection.Clockwise);
            }
        }
        using var path = builder.Detach();
        canvas.DrawPath(path, dark);
    }

    private static SKRect ToRect(Box box) => new(box.X, box.Y, box.Right, box.Bottom);

    private static SKTypeface LoadTypeface(FontWeight weight)
    {
        var bytes = EmbeddedFonts.Get(TextStyle.NotoSans, weight);
        using var data = SKData.CreateCopy(bytes.Span);
        var typeface = SKTypeface.FromData(data, 0);
        // SkiaSharp 4 has no system fonts: a null or empty typeface would draw nothing, silently.
        if (typeface is null || typeface.GlyphCount == 0)
        {
            throw new InvalidOperationException($"Could not load the embedded {weight} Noto Sans font into Skia.");
        }
        return typeface;
    }

    private sealed class DrawingResources : IDisposable
    {
        private readonly Dictionary<(FontWeight, float), SKFont> _fonts = [];
        private readonly SKPaint _fill = new() { Style = SKPaintStyle.Fill, IsAntialias = true };
        private readonly SKPaint _stroke = new() { Style = SKPaintStyle.Stroke, IsAntialias = true };

        public SKPaint Fill(Rgb colour)
        {
            _fill.Color = new SKColor(colour.R, colour.G, colour.B);
            return _fill;
        }

        public SKPaint Stroke(Rgb colour, float width)
        {
            _stroke.Color = new SKColor(colour.R, colour.G, colour.B);
            _stroke.StrokeWidth = width;
            return _stroke;
        }

        public SKFont Font(TextStyle style)
        {
            if (style.Family != TextStyle.NotoSans)
            {
                throw new NotSupportedException($"Font family \"{style.Family}\" is not embedded.");
            }
            if (!_fonts.TryGetValue((style.Weight, style.Size), out var font))
            {
                var face = style.Weight == FontWeight.Bold ? BoldFace.Value : RegularFace.Value;
                // Unhinted linear metrics: the advances the layout measured from the font tables are the ones drawn.
                font = new SKFont(face, style.Size)
                {
                    Hinting = SKFontHinting.None,
                    LinearMetrics = true,
                    Subpixel = true,
                    Edging = SKFontEdging.Antialias,
                };
                _fonts[(style.Weight, style.Size)] = font;
            }
            return font;
        }

        public void Dispose()
        {
            foreach (var font in _fonts.Values)
            {
                font.Dispose();
            }
            _fill.Dispose();
            _stroke.Dispose();
        }
    }
}
