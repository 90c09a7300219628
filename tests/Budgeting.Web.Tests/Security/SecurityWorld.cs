using System.Globalization;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Security;

/// <summary>An account of the world: its e-mail and password, to sign in with.</summary>
public sealed record WorldAccount(string Id, string Email, string Password);

/// <summary>
/// The data the security tests run in: a process in voting (census or codes, with a city-wide ballot) with voting
/// codes, a closed one, a process in proposals with a proposal by the resident, and one account per role.
/// </summary>
public sealed class SecurityWorld
{
    public const string Password = "a-long-password-1";

    public required EligibleProcess Voting { get; init; }

    public required EligibleProcess Closed { get; init; }

    public required int Proposing { get; init; }

    public required int ProposalId { get; init; }

    /// <summary>Another process in proposals, with the resident's proposal in it: the foreign ids of the hostile posts.</summary>
    public required int ForeignProposing { get; init; }

    public required int ForeignProposalId { get; init; }

    /// <summary>Issued, unredeemed codes for the voting process's home district: take one each and never share it.</summary>
    public required Queue<string> Codes { get; init; }

    public required IReadOnlyDictionary<Who, WorldAccount> Accounts { get; init; }

    /// <summary>The route with its parameters filled with the world's ids (and the query a page needs to show its form).</summary>
    public string Url(string route, string handler = "", int? processId = null, int? proposalId = null, string? box = null)
    {
        var aboutProposals = route.StartsWith("/proposals", StringComparison.Ordinal) || route.StartsWith("/review", StringComparison.Ordinal)
            || route.Contains("propos", StringComparison.Ordinal);
        var process = (processId ?? (aboutProposals ? Proposing : Voting.Id)).ToString(CultureInfo.InvariantCulture);
        var id = route.StartsWith("/proposals", StringComparison.Ordinal) || route.StartsWith("/review/proposals", StringComparison.Ordinal)
            ? (proposalId ?? ProposalId).ToString(CultureInfo.InvariantCulture)
            : process;
        var path = route
            .Replace("{id:int}", id, StringComparison.Ordinal)
            .Replace("{processId:int}", process, StringComparison.Ordinal)
            .Replace("{box}", Uri.EscapeDataString(box ?? Voting.HomeBox), StringComparison.Ordinal)
            .Replace("{key}", "missing.jpg", StringComparison.Ordinal)
            .Replace("/{file?}", "", StringComparison.Ordinal)
            .Replace("{code?}", "", StringComparison.Ordinal);
        var query = new List<string>();
        if (handler.Length > 0)
        {
            query.Add("handler=" + handler);
        }
        if (route == "/polling/{processId:int}/key")
        {
            query.Add("box=" + Uri.EscapeDataString(box ?? Voting.HomeBox));
        }
        return query.Count == 0 ? path : path + "?" + string.Join("&", query);
    }

    /// <summary>A form's own URL, and the same route on the closed and the foreign process, other boxes and ids that do not exist.</summary>
    public HostileTargets Targets(string route, string handler)
    {
        var own = Url(route, handler);
        if (!route.Contains('{', StringComparison.Ordinal))
        {
            return new HostileTargets([own], [own, Url(route, handler.ToLowerInvariant()), Url(route, "<script>alert(1)</script>")]);
        }
        List<string> elsewhere =
        [
            Url(route, handler, processId: Closed.Id, box: Closed.HomeBox),
            Url(route, handler, processId: ForeignProposing, proposalId: ForeignProposalId),
            Url(route, handler, box: Voting.OtherBox),
            Url(route, handler, box: "city"),
            Url(route, handler, box: "<script>alert(1)</script>"),
            Url(route, handler, box: "-1"),
            Url(route, handler.ToUpperInvariant()),
        ];
        elsewhere.AddRange(new[] { 0, -1, 999_999, int.MaxValue }.Select(id => Url(route, handler, processId: id, proposalId: id)));
        return new HostileTargets([own], elsewhere.Distinct().ToList());
    }

    public static async Task<SecurityWorld> CreateAsync(BudgetingApp app, Func<Browser, string[], (string, string)[], Task<int>> inProposals,
        Func<TestUser, int, ProposalValues, Task<int>> propose)
    {
        var accounts = new Dictionary<Who, WorldAccount>();
        foreach (var (who, roles) in new (Who, string[])[]
        {
            (Who.Resident, [Roles.Resident]), (Who.Reviewer, [Roles.Reviewer]), (Who.PollWorker, [Roles.PollWorker]),
            (Who.Organizer, [Roles.Organizer]), (Who.Admin, [Roles.Admin]),
        })
        {
            accounts[who] = await CreateAccountAsync(app, roles);
        }
        var voting = await EligibilitySetup.CreateAsync(app, EligibilityMode.CensusOrCodes);
        var closed = await EligibilitySetup.CreateAsync(app, EligibilityMode.CensusOrCodes, opensIn: TimeSpan.FromDays(-10), closesIn: TimeSpan.FromDays(-1));
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Residencies.Add(new Core.Residents.Residency(accounts[Who.Resident].Id, voting.Id, voting.Home, now));
            db.Residencies.Add(new Core.Residents.Residency(accounts[Who.Resident].Id, closed.Id, closed.Home, now));
            return await db.SaveChangesAsync();
        });

        using var organizer = app.NewBrowser();
        await SignInAsync(organizer, accounts[Who.Organizer]);
        var codes = await CodeVoting.IssueAsync(organizer, voting.Id, voting.Home, 6);
        var proposing = await inProposals(organizer, ["Alumbrado"], [("Colonia Centro", "1000000"), ("Colonia Norte", "500000")]);
        using var residentBrowser = app.NewBrowser();
        await SignInAsync(residentBrowser, accounts[Who.Resident]);
        var resident = new TestUser(residentBrowser, accounts[Who.Resident].Id, accounts[Who.Resident].Email);
        var proposal = await propose(resident, proposing, ProposalValues.Valid("Colonia Centro", "Alumbrado"));
        var other = await inProposals(organizer, ["Alumbrado"], [("Colonia Sur", "1000000")]);
        var otherProposal = await propose(resident, other, ProposalValues.Valid("Colonia Sur", "Alumbrado", "En otro proceso"));
        return new SecurityWorld
        {
            Voting = voting,
            Closed = closed,
            Proposing = proposing,
            ProposalId = proposal,
            ForeignProposing = other,
            ForeignProposalId = otherProposal,
            Codes = new Queue<string>(codes),
            Accounts = accounts,
        };
    }

    public static async Task SignInAsync(Browser browser, WorldAccount account)
    {
        var after = await (await LoginPage.OpenAsync(browser)).SignInAsync(account.Email, account.Password);
        Assert.That(after.Find("#logout-submit"), Is.Not.Null, $"Not signed in as {account.Email}: {string.Join(" ", after.Errors)}");
    }

    private static async Task<WorldAccount> CreateAccountAsync(BudgetingApp app, string[] roles)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Cuenta " + email[..6] };
        var created = await users.CreateAsync(account, Password);
        Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRolesAsync(account, roles);
        if (roles.Contains(Roles.Admin))
        {
            await app.TwoFactorKeys.EnableAsync(users, account);
        }
        return new WorldAccount(account.Id, email, Password);
    }
}
