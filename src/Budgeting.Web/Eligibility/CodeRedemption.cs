using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Eligibility;

public enum RedemptionOutcome
{
    Accepted,
    Malformed,
    TypoDetected,
    NoVoteOpen,
    NotRecognized,
    TooManyAttempts,
    UsedOnPaper,
}

public sealed record Redemption(RedemptionOutcome Outcome, long CodeId = 0, int ProcessId = 0, int DistrictId = 0);

/// <summary>
/// Turns a typed or scanned voting code into a code voter. Only processes voting now with codes are searched, so a
/// wrong code never learns anything about codes of other processes or phases; failures are rate-limited per address
/// and per code prefix.
/// </summary>
public sealed class CodeRedemption(BudgetingDbContext db, AttemptLimiter limiter, TimeProvider clock)
{
    public async Task<Redemption> RedeemAsync(string? input, string client, CancellationToken ct)
    {
        var reading = VotingCode.Read(input);
        if (reading.Status != VotingCodeStatus.Valid)
        {
            return new Redemption(reading.Status == VotingCodeStatus.TypoDetected ? RedemptionOutcome.TypoDetected : RedemptionOutcome.Malformed);
        }
        var prefix = reading.Bare[..VotingCode.PrefixLength];
        if (limiter.IsBlocked(AttemptLimiter.PerAddress, client) || limiter.IsBlocked(AttemptLimiter.PerCodePrefix, prefix))
        {
            return new Redemption(RedemptionOutcome.TooManyAttempts);
        }
        var open = await OpenCodeProcessesAsync(ct);
        if (open.Count == 0)
        {
            return new Redemption(RedemptionOutcome.NoVoteOpen);
        }
        foreach (var (processId, salt) in open)
        {
            var code = await db.FindCodeAsync(processId, salt, reading.Bare, ct);
            if (code is null)
            {
                continue;
            }
            var onPaper = await db.Participations.AnyAsync(p => p.VoterKey == code.VoterKey && p.Channel == VotingChannel.Paper, ct);
            return onPaper
                ? new Redemption(RedemptionOutcome.UsedOnPaper)
                : new Redemption(RedemptionOutcome.Accepted, code.Id, code.ProcessId, code.DistrictId);
        }
        limiter.RecordFailure(AttemptLimiter.PerAddress, client);
        limiter.RecordFailure(AttemptLimiter.PerCodePrefix, prefix);
        return new Redemption(RedemptionOutcome.NotRecognized);
    }

    private async Task<List<(int ProcessId, byte[] Salt)>> OpenCodeProcessesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.EligibilitySettings.AsNoTracking()
            .Where(s => s.Mode == EligibilityMode.Codes || s.Mode == EligibilityMode.CensusOrCodes)
            .Join(db.Processes.AsNoTracking(), s => s.ProcessId, p => p.Id, (s, p) => new { Settings = s, Process = p })
            .Where(x => x.Process.PublishedAtUtc == null && x.Process.Schedule.VotingCloseUtc > now)
            .ToListAsync(ct);
        return candidates.Where(x => x.Process.PhaseAt(now) == Phase.Voting)
            .Select(x => (x.Process.Id, x.Settings.Salt)).ToList();
    }
}
