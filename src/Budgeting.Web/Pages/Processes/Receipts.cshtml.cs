using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Processes;

/// <summary>
/// After the close, the hash of every counted ballot's receipt, sorted so the list says nothing about casting order;
/// a voter checks their own receipt here without revealing their choices.
/// </summary>
public sealed class ReceiptsModel(BudgetingDbContext db, TimeProvider clock) : PageModel
{
    public Process Process { get; private set; } = null!;

    public bool IsPublic { get; private set; }

    public IReadOnlyList<string> Hashes { get; private set; } = [];

    /// <summary>The SHA-256 of the published result data, once published.</summary>
    public string? ResultSha256 { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>Null when no code was asked about; otherwise whether it is well formed and whether it was counted.</summary>
    public (bool WellFormed, bool Counted)? Check { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (process is null)
        {
            return NotFound();
        }
        Process = process;
        IsPublic = process.PhaseAt(clock.GetUtcNow().UtcDateTime) >= Phase.Closed;
        if (!IsPublic)
        {
            return Page();
        }
        ResultSha256 = await db.ResultSnapshots.AsNoTracking().Where(s => s.ProcessId == id && s.PublishedAtUtc != null)
            .Select(s => s.Sha256).SingleOrDefaultAsync(ct);
        Hashes = await db.Ballots.AsNoTracking().Where(b => b.ProcessId == id)
            .Select(b => b.ReceiptHash).OrderBy(h => h).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(Code))
        {
            var wellFormed = ReceiptCode.TryNormalize(Code, out var normal);
            var hash = wellFormed ? ReceiptCode.Hash(normal) : "";
            Check = (wellFormed, wellFormed && Hashes.Contains(hash));
        }
        return Page();
    }
}
