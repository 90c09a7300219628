using System.Text.Json;
using System.Text.Json.Serialization;
using Budgeting.Core.Auditing;
using Budgeting.Core.Money;
using Budgeting.Core.Processes;
using Budgeting.Core.Residents;
using Budgeting.Core.Voting;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Budgeting.Web.Data.Seeding;

/// <summary>
/// Idempotent start-up data: the roles, the first admin from configuration, and, when the demo is on and the database
/// has no process yet, the demo process from samples/demo with its accounts.
/// </summary>
public sealed class SeedData(
    BudgetingDbContext db,
    UserManager<Account> users,
    RoleManager<IdentityRole> roles,
    IOptions<SeedOptions> options,
    TimeProvider clock,
    DemoProposalSeeder proposals,
    ILogger<SeedData> logger)
{
    private static readonly JsonSerializerOptions DemoJson = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    public static readonly string DemoFile = Path.Combine(AppContext.BaseDirectory, "samples", "demo", "process.json");

    public async Task InitializeAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        var seed = options.Value;
        if (!string.IsNullOrWhiteSpace(seed.AdminEmail) && !string.IsNullOrEmpty(seed.AdminPassword))
        {
            await EnsureAccountAsync(seed.AdminEmail, "Admin", seed.AdminPassword, [Roles.Admin, Roles.Organizer]);
        }
        if (seed.Demo && !await db.Processes.AnyAsync(ct))
        {
            await SeedDemoAsync(seed, ct);
        }
    }

    private async Task SeedDemoAsync(SeedOptions seed, CancellationToken ct)
    {
        await using var stream = File.OpenRead(DemoFile);
        var demo = await JsonSerializer.DeserializeAsync<DemoProcessFile>(stream, DemoJson, ct)
            ?? throw new InvalidDataException($"{DemoFile} is empty.");
        var zone = ProcessTime.FindZone(demo.TimeZone) ?? throw new InvalidDataException($"Unknown time zone {demo.TimeZone}.");
        var currency = Currency.Find(demo.Currency) ?? throw new InvalidDataException($"Unknown currency {demo.Currency}.");
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ProcessTime.ToLocal(now, zone.Id).Date;
        DateTime At(int days, int hour) => ProcessTime.ToUtc(today.AddDays(days).AddHours(hour), zone);
        var schedule = new PhaseSchedule(
            At(demo.PhaseDays.ProposalsOpen, 9),
            At(demo.PhaseDays.ReviewOpen, 9),
            At(demo.PhaseDays.VotingOpen, 9),
            At(demo.PhaseDays.VotingClose, 20));
        var process = Process.Create(new ProcessDetails(
            demo.Name, demo.Description, zone.Id, currency.Code,
            demo.CityWideBudget is { } cityWide ? Minor(currency, cityWide) : null, schedule));
        foreach (var category in demo.Categories)
        {
            process.AddCategory(category);
        }
        // The demo is set up as it would have been before proposals opened, so its rules are not frozen yet.
        foreach (var district in demo.Districts)
        {
            var added = process.AddDistrict(district.Name, Minor(currency, district.Budget), schedule.ProposalsOpenUtc);
            if (!added.Succeeded)
            {
                throw new InvalidDataException($"District {district.Name}: {added.Error}");
            }
        }
        db.Processes.Add(process);
        await db.SaveChangesAsync(ct);
        var ballot = BallotSettings.For(process);
        if (ballot.Change(process, demo.Ballot, schedule.ProposalsOpenUtc) is [var error, ..])
        {
            throw new InvalidDataException($"Demo ballot: {error}");
        }
        db.BallotSettings.Add(ballot);
        db.AuditEntries.Add(new AuditEntry(now, "system", "system", AuditActions.ProcessCreated, process.Id, "demo seed"));
        var accountIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in demo.Accounts)
        {
            var id = await EnsureAccountAsync(account.Email, account.DisplayName, seed.DemoPassword, account.Roles);
            accountIds[account.Email] = id;
            if (account.District is not null)
            {
                var district = process.Districts.Single(d => d.Name == account.District);
                db.Residencies.Add(new Residency(id, process.Id, district.Id, now));
            }
        }
        var reviewerId = demo.Accounts.Where(a => a.Roles.Contains(Roles.Reviewer)).Select(a => accountIds[a.Email]).First();
        await proposals.SeedAsync(process, currency, demo, accountIds, reviewerId, ct);
        logger.LogInformation("Seeded the demo process {ProcessId} with {Districts} districts", process.Id, demo.Districts.Count);
    }

    /// <summary>The account's id, creating it when missing; without a password it exists but cannot sign in.</summary>
    private async Task<string> EnsureAccountAsync(string email, string displayName, string? password, IEnumerable<string> accountRoles)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing.Id;
        }
        var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var result = string.IsNullOrEmpty(password) ? await users.CreateAsync(account) : await users.CreateAsync(account, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the seeded account: {string.Join(" ", result.Errors.Select(e => e.Code))}");
        }
        await users.AddToRolesAsync(account, accountRoles);
        return account.Id;
    }

    private static long Minor(Currency currency, decimal major) =>
        currency.TryToMinorUnits(major, out var minor) ? minor : throw new InvalidDataException($"Bad amount {major}.");
}
