using Budgeting.Core.Eligibility;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Eligibility;

/// <summary>Turnout of one ballot box by channel, and the state of its paper ballots. Never a count per project.</summary>
public sealed record BoxTurnout(string BoxKey, int Online, int Code, int PaperVoters, int PaperCounted, int Blank, int Spoiled)
{
    /// <summary>Ballots in the box, online and paper, plus blank and spoiled paper ballots.</summary>
    public int Total => Online + Code + PaperCounted + Blank + Spoiled;
}

/// <summary>Turnout per box and the paper ballots still waiting, for the organizer's live dashboard.</summary>
public sealed record TurnoutReport(IReadOnlyList<BoxTurnout> Boxes, int AwaitingSecondEntry, int Disputed,
    IReadOnlyDictionary<int, (int Entries, int Matched)> Census, IReadOnlyDictionary<int, int> CodesIssued);

public static class TurnoutQueries
{
    public static async Task<TurnoutReport> TurnoutAsync(this BudgetingDbContext db, int processId, CancellationToken ct)
    {
        var voters = await db.Participations.AsNoTracking().Where(p => p.ProcessId == processId)
            .GroupBy(p => new { p.BoxKey, p.Channel }).Select(g => new { g.Key.BoxKey, g.Key.Channel, Count = g.Count() }).ToListAsync(ct);
        var paper = await db.PaperBallots.AsNoTracking().Where(b => b.ProcessId == processId)
            .GroupBy(b => new { b.Status, b.Kind, b.BoxKey }).Select(g => new { g.Key.Status, g.Key.Kind, g.Key.BoxKey, Count = g.Count() })
            .ToListAsync(ct);
        var counted = paper.Where(p => p.Status == PaperBallotStatus.Counted).ToList();
        var boxes = voters.Select(v => v.BoxKey).Concat(counted.Select(p => p.BoxKey!)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(box => new BoxTurnout(box,
                voters.Where(v => v.BoxKey == box && v.Channel == VotingChannel.Online).Sum(v => v.Count),
                voters.Where(v => v.BoxKey == box && v.Channel == VotingChannel.Code).Sum(v => v.Count),
                voters.Where(v => v.BoxKey == box && v.Channel == VotingChannel.Paper).Sum(v => v.Count),
                counted.Where(p => p.BoxKey == box && p.Kind == PaperBallotKind.Valid).Sum(p => p.Count),
                counted.Where(p => p.BoxKey == box && p.Kind == PaperBallotKind.Blank).Sum(p => p.Count),
                counted.Where(p => p.BoxKey == box && p.Kind == PaperBallotKind.Spoiled).Sum(p => p.Count)))
            .ToList();
        var census = await db.CensusEntries.AsNoTracking().Where(e => e.ProcessId == processId)
            .GroupBy(e => e.DistrictId).Select(g => new { g.Key, Entries = g.Count(), Matched = g.Count(e => e.AccountId != null) })
            .ToDictionaryAsync(g => g.Key, g => (g.Entries, g.Matched), ct);
        var codes = await db.CodeBatches.AsNoTracking().Where(b => b.ProcessId == processId)
            .GroupBy(b => b.DistrictId).Select(g => new { g.Key, Count = g.Sum(b => b.Count) })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new TurnoutReport(boxes,
            paper.Where(p => p.Status == PaperBallotStatus.AwaitingSecondEntry).Sum(p => p.Count),
            paper.Where(p => p.Status == PaperBallotStatus.Disputed).Sum(p => p.Count),
            census, codes);
    }
}
