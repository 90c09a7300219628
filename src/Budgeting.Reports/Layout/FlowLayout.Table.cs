using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

public sealed partial class FlowLayout
{
    private const float CellPaddingX = 4;
    private const float CellPaddingY = 2.5f;

    /// <summary>
    /// A table across as many pages as it needs: the header row is repeated at the top of each, rows are never
    /// split, and cells wrap within their column. A row taller than a page is an error.
    /// </summary>
    public FlowLayout Table(Table table)
    {
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count != table.Columns.Count)
            {
                throw new ArgumentException($"A row has {row.Cells.Count} cells but the table has {table.Columns.Count} columns.", nameof(table));
            }
        }
        var widths = ColumnWidths(table.Columns);
        var header = MeasureRow([.. table.Columns.Select(c => c.Header)], widths, _settings.TableHeader);
        var rows = table.Rows.Select(r => MeasureRow(r.Cells, widths, r.Bold ? Bold(_settings.TableCell) : _settings.TableCell)).ToList();
        foreach (var row in rows.Where(r => header.Height + r.Height > _settings.ContentBox.Height + Epsilon))
        {
            throw new InvalidOperationException($"A table row starting \"{row.Lines[0].FirstOrDefault()}\" is taller than a page.");
        }

        EnsureSpace(header.Height + (rows.Count > 0 ? rows[0].Height : 0));
        DrawRow(header, table.Columns, widths, _settings.HeaderFill);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Height > RemainingHeight + Epsilon)
            {
                NewPage();
                DrawRow(header, table.Columns, widths, _settings.HeaderFill);
            }
            DrawRow(rows[i], table.Columns, widths, i % 2 == 1 ? _settings.ZebraFill : null);
        }
        _y += _settings.BlockSpacing;
        return this;
    }

    private float[] ColumnWidths(IReadOnlyList<TableColumn> columns)
    {
        var total = columns.Sum(c => c.RelativeWidth);
        if (columns.Count == 0 || total <= 0 || columns.Any(c => c.RelativeWidth < 0))
        {
            throw new ArgumentException("A table needs at least one column and positive relative widths.", nameof(columns));
        }
        return [.. columns.Select(c => _settings.ContentBox.Width * c.RelativeWidth / total)];
    }

    private MeasuredRow MeasureRow(IReadOnlyList<string> cells, float[] widths, TextStyle style)
    {
        var lines = cells.Select((text, i) => Wrap(text, style, widths[i] - 2 * CellPaddingX)).ToList();
        var height = lines.Max(l => l.Count) * _settings.Measurer.LineHeight(style) + 2 * CellPaddingY;
        return new MeasuredRow(lines, height, style);
    }

    private void DrawRow(MeasuredRow row, IReadOnlyList<TableColumn> columns, float[] widths, Rgb? fill)
    {
        var canvas = CanvasAtCursor(row.Height);
        var box = canvas.Bounds;
        if (fill is { } f)
        {
            canvas.Rectangle(box, f);
        }
        var lineHeight = _settings.Measurer.LineHeight(row.Style);
        var ascent = _settings.Measurer.Ascent(row.Style);
        var left = box.X;
        for (var c = 0; c < columns.Count; c++)
        {
            var x = columns[c].Align switch
            {
                TextAlign.Right => left + widths[c] - CellPaddingX,
                TextAlign.Center => left + widths[c] / 2,
                _ => left + CellPaddingX,
            };
            var lines = row.Lines[c];
            for (var l = 0; l < lines.Count; l++)
            {
                canvas.Text(lines[l], row.Style, x, box.Y + CellPaddingY + l * lineHeight + ascent, columns[c].Align);
            }
            left += widths[c];
        }
        canvas.Line(box.X, box.Bottom, box.Right, box.Bottom, _settings.Rule, 0.4f);
        _y += row.Height;
    }

    private static TextStyle Bold(TextStyle style) => style with { Weight = FontWeight.Bold };

    private sealed record MeasuredRow(IReadOnlyList<IReadOnlyList<string>> Lines, float Height, TextStyle Style);
}
