using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

/// <summary>A table column: header text, share of the content width (relative to the other columns), alignment.</summary>
public sealed record TableColumn(string Header, float RelativeWidth = 1, TextAlign Align = TextAlign.Left);

/// <summary>One table row; <see cref="Bold"/> suits a totals row.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Bold = false)
{
    public TableRow(params string[] cells)
        : this((IReadOnlyList<string>)cells)
    {
    }
}

/// <summary>A table whose header row repeats on every page it spans and whose rows never split.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows);
