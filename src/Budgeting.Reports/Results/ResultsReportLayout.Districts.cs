using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Results;

public static partial class ResultsReportLayout
{
    private static void Summary(FlowLayout layout, ResultsReport report, ResultsFormat format)
    {
        var text = report.Text;
        var districts = report.Districts;
        var rows = districts.Select(d => new TableRow(
            d.Name,
            format.Money(d.Budget),
            format.Money(d.Spent),
            format.Template(text.FundedCount, format.Count(d.Funded.Count), format.Count(d.Funded.Count + d.NotFunded.Count)),
            format.Count(d.Ballots))).ToList();
        if (districts.Count > 1)
        {
            rows.Add(new TableRow(
                [
                    text.TotalRow,
                    format.Money(districts.Sum(d => d.Budget)),
                    format.Money(districts.Sum(d => d.Spent)),
                    format.Template(text.FundedCount, format.Count(districts.Sum(d => d.Funded.Count)), format.Count(districts.Sum(d => d.Funded.Count + d.NotFunded.Count))),
                    format.Count(districts.Sum(d => d.Ballots)),
                ],
                Bold: true));
        }
        layout.Heading(text.SummaryHeading).Table(new Table(
            [
                new(text.DistrictColumn, 2.2f),
                new(text.BudgetColumn, 1.6f, TextAlign.Right),
                new(text.SpentColumn, 1.6f, TextAlign.Right),
                new(text.FundedCountColumn, 1.2f, TextAlign.Right),
                new(text.BallotsColumn, 1, TextAlign.Right),
            ],
            rows));
    }

    private static void District(FlowLayout layout, DistrictResult district, ResultsReport report, ResultsFormat format)
    {
        var text = report.Text;
        var facts = format.Template(
            text.DistrictFacts, format.Money(district.Budget), format.Money(district.Spent), format.Money(district.Budget - district.Spent), format.Count(district.Ballots));
        var bars = district.Funded
            .Select((project, index) => (Project: project, Index: index))
            .OrderByDescending(p => p.Project.Votes).ThenBy(p => p.Index)
            .Take(ChartLimit)
            .Select(p => new BarChartItem(p.Project.Title, p.Project.Votes, format.Template(text.ChartValue, format.Count(p.Project.Votes))))
            .ToList();
        // The heading, the facts and the chart move to the next page together rather than leave the heading alone.
        layout.KeepTogether(block =>
        {
            block.Heading(district.Name, level: 2).Paragraph(facts);
            if (bars.Count == 0)
            {
                block.Paragraph(text.NoFundedProjects);
                return;
            }
            block.BarChart(bars, text.ChartTitle);
            if (district.Funded.Count > ChartLimit)
            {
                block.Paragraph(format.Template(text.ChartTopNote, ChartLimit), block.Settings.Caption);
            }
        });
        layout.Table(AllocationTable(district, text, format));
    }

    private static Table AllocationTable(DistrictResult district, ResultsReportText text, ResultsFormat format)
    {
        var funded = district.Funded.Select(p => new TableRow(
            p.Id, p.Title, format.Money(p.Cost), format.Count(p.Votes), format.Share(p.Cost, district.Budget), text.Funded));
        var notFunded = district.NotFunded.Select(p => new TableRow(
            p.Id,
            p.Title,
            format.Money(p.Cost),
            format.Count(p.Votes),
            format.Share(p.Cost, district.Budget),
            string.IsNullOrWhiteSpace(p.Reason) ? text.NotFunded : format.Template(text.NotFundedBecause, p.Reason)));
        return new Table(
            [
                new(text.IdColumn, 0.7f),
                new(text.ProjectColumn, 2.6f),
                new(text.CostColumn, 1.7f, TextAlign.Right),
                new(text.VotesColumn, 0.9f, TextAlign.Right),
                new(text.ShareColumn, 1.35f, TextAlign.Right),
                new(text.OutcomeColumn, 2.3f),
            ],
            [.. funded, .. notFunded]);
    }
}
