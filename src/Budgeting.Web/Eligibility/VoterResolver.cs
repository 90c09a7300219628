using System.Security.Claims;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Eligibility;

/// <summary>Works out the <see cref="Voter"/> of a request in one process, from its code cookie or its account.</summary>
public sealed class VoterResolver(BudgetingDbContext db)
{
    public async Task<Voter> ResolveAsync(ClaimsPrincipal user, int processId, CancellationToken ct)
    {
        if (CodeVoter.From(user) is { } code)
        {
            return code.ProcessId == processId
                ? new Voter("code:" + code.CodeId, VotingChannel.Code, new DistrictEligibility(processId, code.DistrictId), VoterProblem.None)
                : new Voter("code:" + code.CodeId, VotingChannel.Code, NoEligibility.Instance, VoterProblem.CodeOfOtherProcess);
        }
        var accountId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var accountKey = "account:" + accountId;
        var mode = await ModeAsync(db, processId, ct);
        if (!mode.AcceptsAccounts())
        {
            return new Voter(accountKey, VotingChannel.Online, NoEligibility.Instance, VoterProblem.CodesOnly);
        }
        if (mode.UsesCensus())
        {
            var entry = await db.CensusEntries.AsNoTracking()
                .SingleOrDefaultAsync(e => e.ProcessId == processId && e.AccountId == accountId, ct);
            return entry is null
                ? new Voter(accountKey, VotingChannel.Online, NoEligibility.Instance, VoterProblem.NeedsCensusMatch)
                : new Voter(entry.VoterKey, VotingChannel.Online, new DistrictEligibility(processId, entry.DistrictId), VoterProblem.None);
        }
        var residency = await db.Residencies.AsNoTracking()
            .SingleOrDefaultAsync(r => r.AccountId == accountId && r.ProcessId == processId, ct);
        return new Voter(accountKey, VotingChannel.Online, new ResidencyEligibility(residency),
            residency is null ? VoterProblem.NotResident : VoterProblem.None);
    }

    public static async Task<EligibilityMode> ModeAsync(BudgetingDbContext db, int processId, CancellationToken ct) =>
        await db.EligibilitySettings.AsNoTracking().Where(s => s.ProcessId == processId)
            .Select(s => (EligibilityMode?)s.Mode).SingleOrDefaultAsync(ct) ?? EligibilityMode.Residents;
}

public static class EligibilityQueries
{
    /// <summary>The process's eligibility settings, tracked; new ones (residents mode, fresh salt) are added when missing.</summary>
    public static async Task<EligibilitySettings> EligibilitySettingsForAsync(this BudgetingDbContext db, int processId, CancellationToken ct)
    {
        var settings = await db.EligibilitySettings.SingleOrDefaultAsync(s => s.ProcessId == processId, ct);
        if (settings is null)
        {
            settings = EligibilitySettings.For(processId);
            db.EligibilitySettings.Add(settings);
        }
        return settings;
    }

    /// <summary>The issued code a bare code names in a process, looked up by its hash under the process's salt.</summary>
    public static Task<IssuedCode?> FindCodeAsync(this BudgetingDbContext db, int processId, byte[] salt, string bare, CancellationToken ct)
    {
        var hash = VotingCode.Hash(salt, bare);
        return db.VotingCodes.AsNoTracking().SingleOrDefaultAsync(c => c.ProcessId == processId && c.Hash == hash, ct);
    }
}
