using Budgeting.Core.Money;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Proposals;

namespace Budgeting.Web.Data.Seeding;

/// <summary>
/// Replays the demo's proposal phase and review through the domain, at instants inside those phases: every demo
/// project is proposed by a resident and ruled feasible, and the other proposals end in their listed status.
/// </summary>
public sealed class DemoProposalSeeder(BudgetingDbContext db)
{
    private const string ReviewerReason = "Viable: cumple las reglas de la convocatoria; costo revisado por el área técnica de la alcaldía.";

    public async Task SeedAsync(
        Process process, Currency currency, DemoProcessFile demo, IReadOnlyDictionary<string, string> accountIds,
        string reviewerId, CancellationToken ct)
    {
        var residents = demo.Accounts.Where(a => a.District is not null).Select(a => accountIds[a.Email]).ToList();
        var submitted = process.Schedule.ProposalsOpenUtc;
        var ruled = process.Schedule.ReviewOpenUtc.AddDays(1);
        var byTitle = new Dictionary<string, Proposal>(StringComparer.Ordinal);
        var n = 0;
        foreach (var district in demo.Districts)
        {
            foreach (var item in district.Projects)
            {
                var proposal = Submit(process, currency, district.Name, item.Title, item.Description, item.Category,
                    item.Cost, item.Location, residents[n % residents.Count], submitted.AddHours(++n));
                Require(proposal.RuleFeasible(process, proposal.EstimatedCost, ReviewerReason, reviewerId, ruled));
                byTitle[item.Title] = proposal;
            }
        }
        await db.SaveChangesAsync(ct);
        db.Projects.AddRange(byTitle.Values.Select(Project.FromProposal));
        foreach (var other in demo.OtherProposals)
        {
            var proposal = Submit(process, currency, other.District, other.Title, other.Description, other.Category,
                other.Cost, other.Location, accountIds[other.Author], submitted.AddHours(++n));
            var result = other.Status switch
            {
                nameof(ProposalStatus.NotFeasible) => proposal.RuleNotFeasible(process, other.Reason!, reviewerId, ruled),
                nameof(ProposalStatus.Merged) => proposal.MergeInto(byTitle[other.MergedInto!], process, other.Reason!, reviewerId, ruled),
                nameof(ProposalStatus.Submitted) => Core.DomainResult.Ok,
                _ => throw new InvalidDataException($"Unknown demo proposal status {other.Status}."),
            };
            Require(result);
        }
        await db.SaveChangesAsync(ct);
    }

    private Proposal Submit(
        Process process, Currency currency, string districtName, string title, string description, string category,
        decimal cost, string? location, string authorId, DateTime atUtc)
    {
        var district = process.Districts.Single(d => d.Name == districtName);
        var categoryId = process.Categories.Single(c => c.Name == category).Id;
        if (!currency.TryToMinorUnits(cost, out var minor))
        {
            throw new InvalidDataException($"Bad cost {cost} for {title}.");
        }
        var draft = new ProposalDraft(title, description, district.Id, categoryId, minor, location);
        var (proposal, result) = Proposal.Submit(process, draft, authorId, photoKey: null, atUtc);
        Require(result);
        db.Proposals.Add(proposal!);
        return proposal!;
    }

    private static void Require(Core.DomainResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidDataException($"The demo data breaks a rule: {result.Error}.");
        }
    }
}
