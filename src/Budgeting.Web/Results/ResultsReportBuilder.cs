using System.Globalization;
using System.Reflection;
using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Budgeting.Reports.Results;
using Budgeting.Web.Eligibility;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Results;

/// <summary>
/// The PDF report's input from a published snapshot: the snapshot's numbers, turnout by channel, and every label from
/// the app's resources (keys <c>Report.*</c>), so the report speaks the reader's language like the pages do.
/// </summary>
public static class ResultsReportBuilder
{
    private static readonly PropertyInfo[] TextProperties = typeof(ResultsReportText).GetProperties()
        .Where(p => p.PropertyType == typeof(string) && p.CanWrite).ToArray();

    public static ResultsReport Build(Process process, ResultSnapshot snapshot, TurnoutReport turnout, string verificationUrl,
        IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(turnout);
        ArgumentNullException.ThrowIfNull(l);
        var result = snapshot.Result();
        var districts = result.Boxes.Select(box =>
        {
            var counts = turnout.Boxes.FirstOrDefault(t => t.BoxKey == box.BoxKey);
            IReadOnlyList<TurnoutChannel> channels = counts is null ? [] :
            [
                new(l["Turnout.Online"], counts.Online), new(l["Turnout.Code"], counts.Code), new(l["Turnout.PaperBallots"], counts.PaperCounted),
            ];
            return new DistrictResult(box.Name, box.Budget, box.Ballots, channels, null,
                box.Projects.Where(p => p.Funded).Select(p => new FundedProject(p.Id, p.Title, p.Cost, p.Votes)).ToList(),
                box.Projects.Where(p => !p.Funded)
                    .Select(p => new NotFundedProject(p.Id, p.Title, p.Cost, p.Votes, l["Results.Reason." + (p.Reason?.ToString() ?? "DidNotFit")])).ToList());
        }).ToList();
        return new ResultsReport(process.Name, string.Join(" · ", result.Boxes.Select(b => b.Name)),
            new DateTimeOffset(snapshot.PublishedAtUtc ?? snapshot.CreatedAtUtc, TimeSpan.Zero), process.CurrencyCode, culture,
            snapshot.Rule, l["Rule.Family." + RuleWords.Family(snapshot.Rule)],
            string.Join("\n\n", RuleWords.Paragraphs(snapshot.Rule).Select(key => l["Rule.Explain." + key].Value)),
            snapshot.Sha256, verificationUrl, districts, Text(l));
    }

    private static ResultsReportText Text(IStringLocalizer l)
    {
        var text = ResultsReportText.Spanish with { };
        foreach (var property in TextProperties)
        {
            property.SetValue(text, l["Report." + property.Name].Value);
        }
        return text;
    }
}
