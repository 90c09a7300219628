using System.Globalization;
using Budgeting.Core.Auditing;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Proposals;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Review;

/// <summary>
/// Saves a ruling with what follows from it, in one transaction: the ballot project appears, follows or disappears
/// with the proposal, the audit log records it, and then the author is told by e-mail.
/// </summary>
public sealed class ProposalRulings(
    BudgetingDbContext db,
    AuditLog audit,
    UserManager<Data.Account> users,
    IEmailSender email,
    IStringLocalizer<SharedResource> l)
{
    public async Task SaveAsync(Proposal proposal, Process process, CancellationToken ct)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.ProposalId == proposal.Id, ct);
        if (proposal.Status == ProposalStatus.Feasible)
        {
            if (project is null)
            {
                db.Projects.Add(Project.FromProposal(proposal));
            }
            else
            {
                project.CopyFrom(proposal);
            }
        }
        else if (project is not null)
        {
            db.Projects.Remove(project);
        }
        var cost = proposal.FinalCost is { } c ? $" {MoneyText.ForInput(c, process.CurrencyCode)}" : "";
        audit.Record(AuditActions.ProposalRuled, process.Id,
            string.Create(CultureInfo.InvariantCulture, $"#{proposal.Id} {proposal.Status}{cost}: {proposal.RulingReason}"));
        await db.SaveChangesAsync(ct);
        if (await users.FindByIdAsync(proposal.AuthorId) is { Email: { } address } author)
        {
            var status = l["ProposalStatus." + proposal.Status];
            await email.SendAsync(new EmailMessage(address, l["Review.EmailSubject", proposal.Title],
                l["Review.EmailBody", author.DisplayName, proposal.Title, status, proposal.RulingReason ?? ""]), ct);
        }
    }
}
