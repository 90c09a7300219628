using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Polling;

/// <summary>The supervisor's queue: paper ballots whose two entries differ, with both readings, to settle one by one.</summary>
[Authorize(Policy = Policies.Organizers)]
public sealed class DisputesModel(BudgetingDbContext db) : PageModel
{
    public Process Process { get; private set; } = null!;

    public IReadOnlyList<PaperBallot> Disputed { get; private set; } = [];

    public IReadOnlyDictionary<int, string> ProjectTitles { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int processId, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(processId, ct);
        if (process is null)
        {
            return NotFound();
        }
        Process = process;
        Disputed = await db.PaperBallots.AsNoTracking()
            .Where(b => b.ProcessId == processId && b.Status == PaperBallotStatus.Disputed)
            .OrderBy(b => b.Station).ThenBy(b => b.Folio).ToListAsync(ct);
        ProjectTitles = await db.Projects.AsNoTracking().Where(p => p.ProcessId == processId)
            .ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        return Page();
    }

    /// <summary>A reading's marks in words: project titles with their points or ranks where the ballot has them.</summary>
    public string Describe(PaperReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return string.Join("; ", StoredBallot.Parse(reading.Content).Select(choice =>
        {
            var title = ProjectTitles.GetValueOrDefault(choice.ProjectId, choice.ProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return choice.Value == 1 ? title : $"{title} ({choice.Value})";
        }));
    }

    /// <summary>The route value of a box key: its district id or "city".</summary>
    public static string BoxRoute(string boxKey) =>
        BallotBoxKey.DistrictOf(boxKey)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Vote.LoadedBox.CityWide;
}
