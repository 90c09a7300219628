using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Results;

public static partial class ResultsReportLayout
{
    /// <summary>
    /// Ballots per district: a column per channel (in order of first appearance), the total, and eligible voters and
    /// turnout when any district knows how many people could vote.
    /// </summary>
    private static void Turnout(FlowLayout layout, ResultsReport report, ResultsFormat format)
    {
        var text = report.Text;
        var districts = report.Districts;
        var channels = districts.SelectMany(d => d.Channels.Select(c => c.Label)).Distinct(StringComparer.Ordinal).ToList();
        var withEligible = districts.Any(d => d.EligibleVoters is not null);

        string Channel(IEnumerable<DistrictResult> group, string label)
        {
            var counts = group.SelectMany(d => d.Channels).Where(c => c.Label == label).ToList();
            return counts.Count == 0 ? text.NotApplicable : format.Count(counts.Sum(c => c.Ballots));
        }

        TableRow Row(string name, IReadOnlyList<DistrictResult> group, bool bold)
        {
            var ballots = group.Sum(d => d.Ballots);
            long? eligible = group.All(d => d.EligibleVoters is not null) ? group.Sum(d => d.EligibleVoters!.Value) : null;
            List<string> cells = [name, .. channels.Select(c => Channel(group, c)), format.Count(ballots)];
            if (withEligible)
            {
                cells.Add(eligible is { } e ? format.Count(e) : text.NotApplicable);
                cells.Add(eligible is { } n ? format.Share(ballots, n) : text.NotApplicable);
            }
            return new TableRow(cells, bold);
        }

        List<TableColumn> columns = [new(text.DistrictColumn, 2.2f), .. channels.Select(c => new TableColumn(c, 1, TextAlign.Right)), new(text.BallotsColumn, 1, TextAlign.Right)];
        if (withEligible)
        {
            columns.Add(new(text.EligibleColumn, 1.3f, TextAlign.Right));
            columns.Add(new(text.TurnoutColumn, 1.1f, TextAlign.Right));
        }
        List<TableRow> rows = [.. districts.Select(d => Row(d.Name, [d], bold: false))];
        if (districts.Count > 1)
        {
            rows.Add(Row(text.TotalRow, districts, bold: true));
        }
        layout.Heading(text.TurnoutHeading).Table(new Table(columns, rows));
    }
}
