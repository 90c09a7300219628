using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Eligibility;

public enum PaperVoterOutcome
{
    Registered,
    Invalid,
    NotFound,
    AlreadyVoted,
}

/// <summary>A voter checked in at a polling station: the district whose ballot they get, and which ballot they already cast if refused.</summary>
public sealed record PaperVoterCheck(PaperVoterOutcome Outcome, int DistrictId = 0, VotingChannel? VotedBy = null);

/// <summary>
/// Records at the polling station that an identified voter (by census identifier or voting code) takes a paper ballot,
/// so they cannot vote online too, and a code used on paper is burned. It records who voted, never the ballot, which
/// goes into the box unmarked. Refused when the voter already voted by any channel.
/// </summary>
public sealed class PaperVoters(BudgetingDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<PaperVoterCheck> RegisterAsync(Process process, EligibilitySettings settings, string? identifier, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(settings);
        var voter = await FindAsync(process.Id, settings, identifier, ct);
        if (voter is not { } found)
        {
            return new PaperVoterCheck(IsWellFormed(settings.Mode, identifier) ? PaperVoterOutcome.NotFound : PaperVoterOutcome.Invalid);
        }
        var boxes = new List<BallotBoxId> { new(process.Id, found.DistrictId) };
        if (process.CityWideBudget is not null)
        {
            boxes.Add(new BallotBoxId(process.Id, null));
        }
        var keys = boxes.Select(b => b.Key).ToList();
        var earlier = await db.Participations.AsNoTracking()
            .Where(p => p.VoterKey == found.Key && keys.Contains(p.BoxKey)).Select(p => (VotingChannel?)p.Channel).FirstOrDefaultAsync(ct);
        if (earlier is not null)
        {
            return new PaperVoterCheck(PaperVoterOutcome.AlreadyVoted, found.DistrictId, earlier);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var box in boxes)
        {
            db.Participations.Add(new Participation(found.Key, box, VotingChannel.Paper, "", "", now));
        }
        audit.Record(AuditActions.PaperVoterRegistered, process.Id, $"district={found.DistrictId}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same voter voted at this moment elsewhere; the unique participation index kept one.
            db.ChangeTracker.Clear();
            return new PaperVoterCheck(PaperVoterOutcome.AlreadyVoted, found.DistrictId);
        }
        return new PaperVoterCheck(PaperVoterOutcome.Registered, found.DistrictId);
    }

    private async Task<(string Key, int DistrictId)?> FindAsync(int processId, EligibilitySettings settings, string? identifier, CancellationToken ct)
    {
        if (settings.Mode.UsesCodes() && VotingCode.Read(identifier) is { Status: VotingCodeStatus.Valid } code)
        {
            var issued = await db.FindCodeAsync(processId, settings.Salt, code.Bare, ct);
            if (issued is not null)
            {
                return (issued.VoterKey, issued.DistrictId);
            }
        }
        if (settings.Mode.UsesCensus() && CensusIdentifier.TryNormalize(identifier, out var normal))
        {
            var hash = CensusIdentifier.Hash(settings.Salt, normal);
            var entry = await db.CensusEntries.AsNoTracking().SingleOrDefaultAsync(e => e.ProcessId == processId && e.IdentifierHash == hash, ct);
            if (entry is not null)
            {
                return (entry.VoterKey, entry.DistrictId);
            }
        }
        return null;
    }

    private static bool IsWellFormed(EligibilityMode mode, string? identifier) =>
        (mode.UsesCodes() && VotingCode.Read(identifier).Status == VotingCodeStatus.Valid)
        || (mode.UsesCensus() && CensusIdentifier.TryNormalize(identifier, out _));
}
