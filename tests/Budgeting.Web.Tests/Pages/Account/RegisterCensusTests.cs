using System.Globalization;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Account;

public sealed class RegisterCensusTests : AppFixture
{
    private const string Password = "una frase larga";

    /// <summary>A process voting now that checks a census, with one person of its "other" district in it.</summary>
    private async Task<(VotingProcess Process, string Identifier)> CensusProcessAsync()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval"));
        var identifier = "GMVL" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        await App.WithDbAsync(async db =>
        {
            var settings = EligibilitySettings.For(process.Id);
            db.EligibilitySettings.Add(settings);
            await db.SaveChangesAsync();
            // The mode freezes when voting opens, and this process is made already voting: store it as set before.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"EligibilitySettings\" SET \"Mode\" = 'Census' WHERE \"ProcessId\" = {0}", process.Id);
            CensusIdentifier.TryNormalize(identifier, out var normal);
            db.CensusEntries.Add(new CensusEntry(process.Id, process.Other, CensusIdentifier.Hash(settings.Salt, normal), App.Clock.GetUtcNow().UtcDateTime));
            return await db.SaveChangesAsync();
        });
        return (process, identifier);
    }

    private async Task<WebPage> RegisterAsync(string email, int districtId, string identifier) =>
        await (await NewBrowser().GetAsync("/account/register")).Form("register")
            .Set("Input.DisplayName", "Rosa").Set("Input.Email", email)
            .Set("Input.Password", Password).Set("Input.ConfirmPassword", Password)
            .Set("Input.DistrictId", districtId.ToString(CultureInfo.InvariantCulture))
            .Set("Input.CensusIdentifier", identifier)
            .SubmitAsync("register-submit");

    [Test]
    public async Task SignUpWithTheCensusIdentifierMatchesTheAccountAndTheCensusDecidesTheDistrict()
    {
        var (process, identifier) = await CensusProcessAsync();
        var email = $"{Guid.NewGuid():N}@test.local";

        await RegisterAsync(email, process.Home, identifier.ToLowerInvariant().Insert(4, "-"));

        var account = await DbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var entry = await DbAsync(db => db.CensusEntries.SingleAsync(e => e.ProcessId == process.Id));
        var residency = await DbAsync(db => db.Residencies.SingleAsync(r => r.AccountId == account.Id));
        Assert.Multiple(() =>
        {
            Assert.That(entry.AccountId, Is.EqualTo(account.Id));
            Assert.That(residency.DistrictId, Is.EqualTo(process.Other));
        });
    }

    [Test]
    public async Task AnIdentifierNotInTheCensusOrAlreadyTakenCreatesNoAccount()
    {
        var (process, identifier) = await CensusProcessAsync();
        await RegisterAsync($"{Guid.NewGuid():N}@test.local", process.Home, identifier);
        var unknownEmail = $"{Guid.NewGuid():N}@test.local";
        var takenEmail = $"{Guid.NewGuid():N}@test.local";

        var unknown = await RegisterAsync(unknownEmail, process.Home, "ZZZZ99999999");
        var taken = await RegisterAsync(takenEmail, process.Home, identifier);

        Assert.Multiple(async () =>
        {
            Assert.That(unknown.FieldError("Input.CensusIdentifier"), Does.StartWith("No encontramos ese identificador"));
            Assert.That(taken.FieldError("Input.CensusIdentifier"), Does.StartWith("Ese registro del padrón ya está vinculado"));
            Assert.That(await DbAsync(db => db.Users.CountAsync(u => u.Email == unknownEmail || u.Email == takenEmail)), Is.Zero);
        });
    }
}
