using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

/// <summary>One bar: a label, a non-negative value that sets the bar length, and the text printed after the bar.</summary>
public sealed record BarChartItem(string Label, long Value, string ValueText);

public sealed partial class FlowLayout
{
    private const float ChartGap = 6;
    private const float BarThicknessShare = 0.7f;

    /// <summary>
    /// A horizontal bar chart drawn with rectangles and text: labels on the left (wrapped), bars scaled to the largest
    /// value, value texts after each bar. Kept on one page when it fits on one.
    /// </summary>
    public FlowLayout BarChart(IReadOnlyList<BarChartItem> items, string? title = null)
    {
        if (items.Any(i => i.Value < 0))
        {
            throw new ArgumentException("Bar chart values must not be negative.", nameof(items));
        }
        var content = _settings.ContentBox;
        var style = _settings.TableCell;
        var measurer = _settings.Measurer;
        var lineHeight = measurer.LineHeight(style);
        var labelWidth = Math.Min(content.Width * 0.35f, items.Select(i => measurer.Width(Clean(i.Label, style), style)).DefaultIfEmpty(0).Max());
        var valueWidth = items.Select(i => measurer.Width(Clean(i.ValueText, style), style)).DefaultIfEmpty(0).Max();
        var barArea = content.Width - labelWidth - valueWidth - 2 * ChartGap;
        var max = items.Select(i => i.Value).DefaultIfEmpty(0).Max();
        var rows = items.Select(i => (Item: i, Lines: Wrap(i.Label, style, labelWidth))).ToList();

        void Draw(FlowLayout target)
        {
            if (title is not null)
            {
                target.WriteLines(target.Wrap(title, _settings.Heading3, content.Width), _settings.Heading3, TextAlign.Left);
            }
            foreach (var (item, lines) in rows)
            {
                var height = lines.Count * lineHeight + 2;
                target.EnsureSpace(height);
                var canvas = target.CanvasAtCursor(height);
                var top = canvas.Bounds.Y;
                for (var l = 0; l < lines.Count; l++)
                {
                    canvas.Text(lines[l], style, content.X + labelWidth, top + l * lineHeight + measurer.Ascent(style), TextAlign.Right);
                }
                var barLeft = content.X + labelWidth + ChartGap;
                // Bar length is a drawing ratio only; the amounts themselves stay integers in ValueText.
                var barLength = max == 0 ? 0 : (float)((double)item.Value / max * barArea);
                var thickness = lineHeight * BarThicknessShare;
                var barTop = top + (lineHeight - thickness) / 2;
                if (barLength > 0)
                {
                    canvas.Rectangle(new Box(barLeft, barTop, barLength, thickness), _settings.Accent);
                }
                canvas.Text(item.ValueText, style, barLeft + barLength + ChartGap / 2, top + measurer.Ascent(style));
                canvas.Line(barLeft, top, barLeft, top + height, _settings.Rule, 0.5f);
                target._y += height;
            }
        }

        var total = (title is null ? 0 : measurer.LineHeight(_settings.Heading3)) + rows.Sum(r => r.Lines.Count * lineHeight + 2);
        if (total <= content.Height)
        {
            KeepTogether(Draw);
        }
        else
        {
            Draw(this);
        }
        _y += _settings.BlockSpacing;
        return this;
    }

    /// <summary>
    /// A square QR code of <paramref name="size"/> points (quiet zone included) for <paramref name="text"/>, with an
    /// optional caption under it; an http(s) text is also a link. The block is never split.
    /// </summary>
    public FlowLayout QrCode(string text, float size, string? caption = null, TextAlign align = TextAlign.Left)
    {
        var content = _settings.ContentBox;
        var captionLines = caption is null ? [] : Wrap(caption, _settings.Caption, content.Width);
        var captionHeight = captionLines.Count * _settings.Measurer.LineHeight(_settings.Caption);
        var x = align switch
        {
            TextAlign.Center => content.X + (content.Width - size) / 2,
            TextAlign.Right => content.Right - size,
            _ => content.X,
        };
        Fixed(size + captionHeight, canvas =>
        {
            canvas.QrCode(text, x, canvas.Bounds.Y, size);
            if (caption is not null)
            {
                var captionX = align switch
                {
                    TextAlign.Center => x + size / 2,
                    TextAlign.Right => x + size,
                    _ => x,
                };
                var lineHeight = _settings.Measurer.LineHeight(_settings.Caption);
                for (var l = 0; l < captionLines.Count; l++)
                {
                    var baseline = canvas.Bounds.Y + size + l * lineHeight + _settings.Measurer.Ascent(_settings.Caption);
                    canvas.Text(captionLines[l], _settings.Caption, captionX, baseline, align);
                }
            }
        });
        _y += _settings.BlockSpacing;
        return this;
    }

    private string Clean(string text, TextStyle style) => _sanitizer.Clean(text, style);
}
