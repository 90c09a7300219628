using System.Globalization;
using Budgeting.Core.Auditing;
using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Results;

/// <summary>Tallies a closed process from its stored ballots into a new <see cref="ResultSnapshot"/>, audited with the reason.</summary>
public sealed class ResultTallies(BudgetingDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<ResultSnapshot> TallyAsync(Process process, string rule, string reason, string createdBy, string cityWideName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(process);
        var settings = await db.BallotSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProcessId == process.Id, ct);
        var rules = (settings ?? BallotSettings.For(process)).Rules;
        var projects = await db.Projects.AsNoTracking().Where(p => p.ProcessId == process.Id).ToListAsync(ct);
        var ballots = await db.Ballots.AsNoTracking().Where(b => b.ProcessId == process.Id)
            .Select(b => new { b.BoxKey, b.Content }).ToListAsync(ct);
        var boxIds = process.Districts.Select(d => (int?)d.Id).ToList();
        if (process.CityWideBudget is not null)
        {
            boxIds.Add(null);
        }
        var boxes = boxIds.Select(districtId =>
            {
                var box = BallotBox.For(process, districtId, projects.Where(p => p.DistrictId == districtId));
                var name = districtId is { } id ? process.Districts.First(d => d.Id == id).Name : cityWideName;
                var counted = ballots.Where(b => b.BoxKey == box.Id.Key)
                    .Select(b => new CanonicalBallot(box.Id, rules.Type, StoredBallot.Parse(b.Content))).ToList();
                return new CountedBox(box, name, projects.Where(p => p.DistrictId == districtId).ToDictionary(p => p.Id, p => p.Title), counted);
            }).ToList();
        var outcomes = ProcessTally.Run(process, rules, boxes, rule);
        var snapshot = ResultSnapshot.Take(process.Id, rule, reason, createdBy, clock.GetUtcNow().UtcDateTime,
            process.Name, process.CurrencyCode, outcomes, ProcessTally.Compare(outcomes, ProcessTally.ComparisonRules(rules.Type)));
        db.ResultSnapshots.Add(snapshot);
        audit.Record(AuditActions.ResultTallied, process.Id, string.Create(CultureInfo.InvariantCulture,
            $"rule={rule} sha256={snapshot.Sha256} reason={reason}"));
        await db.SaveChangesAsync(ct);
        return snapshot;
    }
}
