using System.Net;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Eligibility;

public sealed class CensusMatchTests : AdminFixture
{
    private const string NotEligible = "No puedes votar en esta boleta.";

    [Test]
    public async Task MatchedResidentVotesInTheCensusDistrictAndCityWideOnly()
    {
        var (process, identifier) = await CensusProcessAsync(EligibilityMode.Census, EligibleProcess.OtherName);
        var voter = await SignedInUserAsync([], process.Home);
        var typed = " " + CensusImportTests.Dashed(identifier).ToLowerInvariant().Replace("-", " - ", StringComparison.Ordinal) + " ";

        var matched = await VerifyAsync(voter.Browser, process.Id, typed);
        var other = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.OtherBox)).VoteAsync(EligibilitySetup.Marks(process.OtherProjects[0]));
        var city = await (await BallotPage.OpenAsync(voter.Browser, process.Id, "city")).VoteAsync(EligibilitySetup.Marks(process.CityProjects[1]));
        var home = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox)).ReviewAsync(EligibilitySetup.Marks(process.HomeProjects[0]));

        var entry = await EligibilitySetup.CensusEntryAsync(App, process.Id, identifier);
        var residency = await DbAsync(db => db.Residencies.AsNoTracking().SingleAsync(r => r.AccountId == voter.Id && r.ProcessId == process.Id));
        var participations = await EligibilitySetup.ParticipationsAsync(App, process.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(matched.Url.AbsolutePath, Is.EqualTo($"/processes/{process.Id}"));
            Assert.That(matched.StatusMessage, Is.EqualTo("Listo: tu cuenta quedó verificada en el padrón, en Colonia Norte."));
            Assert.That(matched.Find("#vote-district")?.GetAttribute("href"), Is.EqualTo($"/vote/{process.Id}/{process.Other}"));
            Assert.That(matched.Find("#verify-census"), Is.Null);
            Assert.That(entry.AccountId, Is.EqualTo(voter.Id));
            Assert.That(residency.DistrictId, Is.EqualTo(process.Other));
            Assert.That(other.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(city.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(home.IsReviewing, Is.False);
            Assert.That(home.TopErrors, Does.Contain(NotEligible));
            Assert.That(participations.Select(p => (p.VoterKey, p.BoxKey, p.Channel)), Is.EquivalentTo(new[]
            {
                (entry.VoterKey, process.BoxKey(process.Other), VotingChannel.Online),
                (entry.VoterKey, process.BoxKey(null), VotingChannel.Online),
            }));
            Assert.That((await VotingSetup.BallotsAsync(App, process.Id)).Select(b => b.DistrictId), Is.EquivalentTo(new int?[] { process.Other, null }));
        });
    }

    [Test]
    public async Task VerifyPageSaysSoOnceMatchedAndNeverShowsTheIdentifier()
    {
        var (process, identifier) = await CensusProcessAsync(EligibilityMode.CensusOrCodes, EligibleProcess.HomeName);
        var voter = await SignedInUserAsync([]);
        var wrong = await VerifyPageAsync(voter.Browser, process.Id);
        var refused = await wrong.Form("verify-form").Set("Identifier", identifier + "9").SubmitAsync("verify-submit");
        await VerifyAsync(voter.Browser, process.Id, identifier);

        var again = await voter.Browser.GetAsync($"/processes/{process.Id}/verify");
        var pages = new[]
        {
            refused, again, await voter.Browser.GetAsync($"/processes/{process.Id}"),
            await voter.Browser.GetAsync($"/vote/{process.Id}/{process.HomeBox}"),
            await Admin.GetAsync($"/organize/processes/{process.Id}/eligibility"),
            await Admin.GetAsync($"/organize/processes/{process.Id}/turnout"),
            await Admin.GetAsync($"/admin/audit?processId={process.Id}"),
        };

        Assert.Multiple(() =>
        {
            Assert.That(again.Find("#already-matched")?.TextContent.Trim(), Is.EqualTo("Tu cuenta ya está verificada en el padrón, en Colonia Centro."));
            Assert.That(again.Find("#verify-form"), Is.Null);
            Assert.That(new EligibilityPage(pages[4]).Census, Does.Contain(("Colonia Centro", "2", "1")));
            foreach (var page in pages)
            {
                Assert.That(page.Document.DocumentElement.OuterHtml, Does.Not.Contain(identifier).IgnoreCase, page.Url.ToString());
            }
        });
    }

    [Test]
    public async Task SecondAccountWithTheSameIdentifierIsRefused()
    {
        var (process, identifier) = await CensusProcessAsync(EligibilityMode.Census, EligibleProcess.HomeName);
        var first = await SignedInUserAsync([]);
        var second = await SignedInUserAsync([], process.Home);
        await VerifyAsync(first.Browser, process.Id, identifier);

        var refused = await (await VerifyPageAsync(second.Browser, process.Id)).Form("verify-form")
            .Set("Identifier", identifier.ToLowerInvariant()).SubmitAsync("verify-submit");
        var ballot = await (await BallotPage.OpenAsync(second.Browser, process.Id, process.HomeBox)).ReviewAsync(EligibilitySetup.Marks(process.HomeProjects[0]));

        var entry = await EligibilitySetup.CensusEntryAsync(App, process.Id, identifier);
        Assert.Multiple(async () =>
        {
            Assert.That(refused.Find("#verify-error")?.TextContent.Trim(),
                Is.EqualTo("Ese registro del padrón ya está vinculado a otra cuenta. Si es tuyo, pide ayuda a quien organiza."));
            Assert.That(entry.AccountId, Is.EqualTo(first.Id));
            Assert.That(ballot.TopErrors, Does.Contain(NotEligible));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task SaysWhyAnIdentifierDoesNotMatch()
    {
        var (process, identifier) = await CensusProcessAsync(EligibilityMode.Census, EligibleProcess.HomeName);
        var voter = await SignedInUserAsync([]);
        var typings = new[] { "GOMR0000000000000000", "ab", "GOMR-ÑAÑA-1234", "", identifier[..3] + "." + identifier[3..] + "!" };

        var pages = new List<WebPage>();
        foreach (var typed in typings)
        {
            pages.Add(await (await VerifyPageAsync(voter.Browser, process.Id)).Form("verify-form").Set("Identifier", typed).SubmitAsync("verify-submit"));
        }

        const string invalid = "Escribe tu identificador: de 4 a 40 letras o números.";
        Assert.Multiple(async () =>
        {
            Assert.That(pages.Select(p => p.Find("#verify-error")?.TextContent.Trim()), Is.EqualTo(new[]
            {
                "No encontramos ese identificador en el padrón de este proceso. Revísalo; si es correcto, pide ayuda a quien organiza.",
                invalid, invalid, invalid, invalid,
            }));
            Assert.That(pages.Select(p => p.Status), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(pages.Select(p => p.Find("#Identifier")?.GetAttribute("value")), Is.All.Null.Or.Empty);
            Assert.That((await EligibilitySetup.CensusEntryAsync(App, process.Id, identifier)).AccountId, Is.Null);
        });
    }

    [Test]
    public async Task TenMissesInAnHourBlockTheAccountUntilTheHourPasses()
    {
        var (process, identifier) = await CensusProcessAsync(EligibilityMode.Census, EligibleProcess.HomeName);
        var voter = await SignedInUserAsync([]);
        var other = await SignedInUserAsync([]);
        var misses = new List<string?>();
        for (var i = 0; i < 10; i++)
        {
            var miss = await (await VerifyPageAsync(voter.Browser, process.Id)).Form("verify-form")
                .Set("Identifier", CensusImportTests.NewIdentifier()).SubmitAsync("verify-submit");
            misses.Add(miss.Find("#verify-error")?.TextContent.Trim());
        }

        var blocked = await (await VerifyPageAsync(voter.Browser, process.Id)).Form("verify-form").Set("Identifier", identifier).SubmitAsync("verify-submit");
        var otherAccount = await (await VerifyPageAsync(other.Browser, process.Id)).Form("verify-form")
            .Set("Identifier", CensusImportTests.NewIdentifier()).SubmitAsync("verify-submit");
        var stillBlocked = (await EligibilitySetup.CensusEntryAsync(App, process.Id, identifier)).AccountId;
        App.Clock.Advance(TimeSpan.FromMinutes(61));
        var later = await VerifyAsync(voter.Browser, process.Id, identifier);

        Assert.Multiple(async () =>
        {
            Assert.That(misses, Is.All.StartsWith("No encontramos ese identificador"));
            Assert.That(blocked.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(blocked.Find("#verify-error")?.TextContent.Trim(), Is.EqualTo("Demasiados intentos. Espera un rato y vuelve a intentarlo."));
            Assert.That(otherAccount.Find("#verify-error")?.TextContent.Trim(), Does.StartWith("No encontramos ese identificador"), "another account is not blocked");
            Assert.That(stillBlocked, Is.Null);
            Assert.That(later.StatusMessage, Is.EqualTo("Listo: tu cuenta quedó verificada en el padrón, en Colonia Centro."));
            Assert.That((await EligibilitySetup.CensusEntryAsync(App, process.Id, identifier)).AccountId, Is.EqualTo(voter.Id));
        });
    }

    [Test]
    public async Task ResidentNotMatchedIsToldToVerifyAndCannotCast()
    {
        var (process, _) = await CensusProcessAsync(EligibilityMode.CensusOrCodes, EligibleProcess.HomeName);
        var voter = await SignedInUserAsync([], process.Home);

        var details = await voter.Browser.GetAsync($"/processes/{process.Id}");
        var ballot = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);
        var review = await ballot.ReviewAsync(EligibilitySetup.Marks(process.HomeProjects[0]));
        var cast = new BallotPage(await ballot.RawPost("Cast", BallotPage.Marks(process.HomeProjects[0])).SendAsync(voter.Browser));

        Assert.Multiple(async () =>
        {
            Assert.That(details.Find("#verify-census")?.GetAttribute("href"), Is.EqualTo($"/processes/{process.Id}/verify"));
            Assert.That(details.Find("#vote-district"), Is.Null);
            Assert.That(details.Find("#vote-with-code")?.GetAttribute("href"), Is.EqualTo("/code"));
            Assert.That(ballot.Page.Find("#voter-problem")?.TextContent, Does.Contain("Para votar en línea, primero verifica tu registro en el padrón."));
            Assert.That(ballot.Page.Find("#voter-problem a")?.GetAttribute("href"), Is.EqualTo($"/processes/{process.Id}/verify"));
            Assert.That(review.IsReviewing, Is.False);
            Assert.That(review.TopErrors, Does.Contain(NotEligible));
            Assert.That(cast.Page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
            Assert.That(cast.TopErrors, Does.Contain(NotEligible));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task InACodesProcessAnAccountCannotVoteAtAll()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var voter = await SignedInUserAsync([], process.Home);

        var details = await voter.Browser.GetAsync($"/processes/{process.Id}");
        var verify = await voter.Browser.GetAsync($"/processes/{process.Id}/verify");
        var ballot = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);
        var review = await ballot.ReviewAsync(EligibilitySetup.Marks(process.HomeProjects[0]));
        var cast = new BallotPage(await ballot.RawPost("Cast", BallotPage.Marks(process.HomeProjects[0])).SendAsync(voter.Browser));

        Assert.Multiple(async () =>
        {
            Assert.That(details.Find("#vote-with-code")?.GetAttribute("href"), Is.EqualTo("/code"));
            Assert.That(details.Find("#codes-only")?.TextContent.Trim(), Is.EqualTo("En este proceso se vota con código para votar."));
            Assert.That(details.Find("#vote-district"), Is.Null);
            Assert.That(verify.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(ballot.Page.Find("#voter-problem")?.TextContent, Does.Contain("En este proceso se vota con código para votar."));
            Assert.That(review.TopErrors, Does.Contain(NotEligible));
            Assert.That(cast.TopErrors, Does.Contain(NotEligible));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task InAResidentsProcessThereIsNoCensusToVerifyAgainst()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Residents);
        var voter = await SignedInUserAsync([], process.Home);

        var verify = await voter.Browser.GetAsync($"/processes/{process.Id}/verify");
        var details = await voter.Browser.GetAsync($"/processes/{process.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(verify.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(details.Find("#vote-district")?.GetAttribute("href"), Is.EqualTo($"/vote/{process.Id}/{process.Home}"));
            Assert.That(details.Find("#verify-census"), Is.Null);
            Assert.That(details.Find("#vote-with-code"), Is.Null);
        });
    }

    [Test]
    public async Task TellsTheResidentInEnglish()
    {
        var (process, identifier) = await CensusProcessAsync(EligibilityMode.Census, EligibleProcess.OtherName);
        var voter = await SignedInUserAsync([], acceptLanguage: "en");

        var missed = await (await VerifyPageAsync(voter.Browser, process.Id)).Form("verify-form").Set("Identifier", "GOMR1234").SubmitAsync("verify-submit");
        var matched = await VerifyAsync(voter.Browser, process.Id, identifier);

        Assert.Multiple(() =>
        {
            Assert.That(missed.Find("#verify-error")?.TextContent.Trim(),
                Is.EqualTo("That identifier is not in this process's census. Check it; if it is right, ask the organizers."));
            Assert.That(matched.StatusMessage, Is.EqualTo("Done: your account is matched to the census, in Colonia Norte."));
        });
    }

    /// <summary>A process voting now in the mode, whose census (imported through the page) holds one person in the district, and two more.</summary>
    private async Task<(EligibleProcess Process, string Identifier)> CensusProcessAsync(EligibilityMode mode, string district)
    {
        var process = await EligibilitySetup.CreateAsync(App, mode);
        var identifier = CensusImportTests.NewIdentifier();
        var csv = $"clave_elector,colonia\n{CensusImportTests.NewIdentifier()},Colonia Centro\n{identifier},{district}\n{CensusImportTests.NewIdentifier()},Colonia Norte\n";
        var imported = await (await EligibilityPage.OpenAsync(Admin, process.Id)).ImportAsync(csv);
        Assert.That(imported.StatusMessage, Is.EqualTo("Padrón importado: 3 personas nuevas, 0 que ya estaban."), string.Join(" ", imported.Errors));
        return (process, identifier);
    }

    private static Task<WebPage> VerifyPageAsync(Browser browser, int processId) => browser.GetAsync($"/processes/{processId}/verify");

    private static async Task<WebPage> VerifyAsync(Browser browser, int processId, string identifier)
    {
        var page = await (await VerifyPageAsync(browser, processId)).Form("verify-form").Set("Identifier", identifier).SubmitAsync("verify-submit");
        Assert.That(page.Find("#verify-error"), Is.Null, page.Find("#verify-error")?.TextContent);
        return page;
    }
}
