using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Voting;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Eligibility;

public sealed class PaperVoterTests : AppFixture
{
    private const string VotedOnPaper = "Ya votaste en papel en una casilla; ese voto cuenta y no se puede cambiar en línea.";

    private TestUser _organizer = null!;
    private TestUser _worker = null!;

    [OneTimeSetUp]
    public async Task SignInStaff()
    {
        _organizer = await FixtureAccounts.SignInAsync(App, Roles.Organizer);
        _worker = await FixtureAccounts.SignInAsync(App, Roles.PollWorker);
    }

    [OneTimeTearDown]
    public void SignOutStaff()
    {
        _organizer.Browser.Dispose();
        _worker.Browser.Dispose();
    }

    [Test]
    public async Task ChecksInByCodeAndByCensusIdentifierForTheDistrictAndCityWideBoxes()
    {
        var (process, identifier, codes) = await PollingProcessAsync(EligibilityMode.CensusOrCodes);

        var byCode = await PollingPages.CheckInAsync(_worker.Browser, process.Id, codes[0].ToLowerInvariant());
        var byCensus = await PollingPages.CheckInAsync(_worker.Browser, process.Id, CensusImportTests.Dashed(identifier).ToLowerInvariant());

        var codeKey = await EligibilitySetup.CodeVoterKeyAsync(App, process.Id, codes[0]);
        var censusKey = (await EligibilitySetup.CensusEntryAsync(App, process.Id, identifier)).VoterKey;
        var participations = await EligibilitySetup.ParticipationsAsync(App, process.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(PollingPages.CheckInResult(byCode), Is.EqualTo("Registrada. Entrega la boleta de Colonia Centro."));
            Assert.That(PollingPages.CheckInResult(byCensus), Is.EqualTo("Registrada. Entrega la boleta de Colonia Norte."));
            Assert.That(byCensus.Find("#Identifier")?.GetAttribute("value"), Is.Null.Or.Empty);
            Assert.That(byCensus.Document.DocumentElement.OuterHtml, Does.Not.Contain(identifier).IgnoreCase);
            Assert.That(participations.Select(p => (p.VoterKey, p.BoxKey, p.Channel)), Is.EquivalentTo(new[]
            {
                (codeKey, process.BoxKey(process.Home), VotingChannel.Paper),
                (codeKey, process.BoxKey(null), VotingChannel.Paper),
                (censusKey, process.BoxKey(process.Other), VotingChannel.Paper),
                (censusKey, process.BoxKey(null), VotingChannel.Paper),
            }));
            Assert.That(await VotingSetup.BallotsAsync(App, process.Id), Is.Empty, "checking in records who voted, never a ballot");
            Assert.That((await EligibilitySetup.AuditAsync(App, process.Id)).Where(a => a.Action == AuditActions.PaperVoterRegistered),
                Is.EquivalentTo(new[]
                {
                    (AuditActions.PaperVoterRegistered, $"district={process.Home}"),
                    (AuditActions.PaperVoterRegistered, $"district={process.Other}"),
                }));
        });
    }

    [Test]
    public async Task ChecksInForTheDistrictBoxOnlyWhenThereIsNoCityWideBallot()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, cityWide: false);
        var code = (await CodeVoting.IssueAsync(_organizer.Browser, process.Id, process.Other, 1))[0];

        var page = await PollingPages.CheckInAsync(_worker.Browser, process.Id, code);

        Assert.Multiple(async () =>
        {
            Assert.That(PollingPages.CheckInResult(page), Is.EqualTo("Registrada. Entrega la boleta de Colonia Norte."));
            Assert.That((await EligibilitySetup.ParticipationsAsync(App, process.Id)).Select(p => p.BoxKey), Is.EqualTo(new[] { process.BoxKey(process.Other) }));
        });
    }

    [Test]
    public async Task CensusVoterCheckedInOnPaperCannotVoteOnline()
    {
        var (process, identifier, _) = await PollingProcessAsync(EligibilityMode.Census);
        var voter = await SignedInUserAsync([]);
        await MatchAsync(voter, process.Id, identifier);
        await PollingPages.CheckInAsync(_worker.Browser, process.Id, identifier);

        var ballot = await BallotPage.OpenAsync(voter.Browser, process.Id, process.OtherBox);
        var review = await ballot.ReviewAsync(EligibilitySetup.Marks(process.OtherProjects[0]));
        var cast = new BallotPage(await ballot.RawPost("Cast", BallotPage.Marks(process.OtherProjects[0])).SendAsync(voter.Browser));
        var city = await (await BallotPage.OpenAsync(voter.Browser, process.Id, "city")).ReviewAsync(EligibilitySetup.Marks(process.CityProjects[0]));

        Assert.Multiple(async () =>
        {
            Assert.That(ballot.Page.Find("#voted-on-paper")?.TextContent.Trim(), Is.EqualTo(VotedOnPaper));
            Assert.That(ballot.Page.Find("#already-voted"), Is.Null);
            Assert.That(review.IsReviewing, Is.False);
            Assert.That(review.TopErrors, Does.Contain(VotedOnPaper));
            Assert.That(cast.TopErrors, Does.Contain(VotedOnPaper));
            Assert.That(city.TopErrors, Does.Contain(VotedOnPaper));
            Assert.That(await VotingSetup.BallotsAsync(App, process.Id), Is.Empty);
            Assert.That((await EligibilitySetup.ParticipationsAsync(App, process.Id)).Select(p => p.Channel), Is.All.EqualTo(VotingChannel.Paper));
        });
    }

    [Test]
    public async Task CodeCheckedInOnPaperCannotBeRedeemedNorCastOnline()
    {
        var (process, _, codes) = await PollingProcessAsync(EligibilityMode.Codes);
        var voter = NewBrowser();
        var ballot = new BallotPage(await CodeVoting.RedeemAsync(voter, codes[1]));
        var review = await ballot.ReviewAsync(EligibilitySetup.Marks(process.HomeProjects[0]));
        await PollingPages.CheckInAsync(_worker.Browser, process.Id, codes[0]);
        await PollingPages.CheckInAsync(_worker.Browser, process.Id, codes[1]);

        var redeemed = await CodeVoting.RedeemAsync(NewBrowser(), codes[0]);
        var cast = new BallotPage(await review.CastAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(CodeVoting.Error(redeemed), Is.EqualTo("Este código ya se usó para votar en papel en una casilla."));
            Assert.That(review.IsReviewing, Is.True);
            Assert.That(cast.Page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.Home}"));
            Assert.That(cast.TopErrors, Does.Contain(VotedOnPaper));
            Assert.That(await VotingSetup.BallotsAsync(App, process.Id), Is.Empty);
            Assert.That((await EligibilitySetup.ParticipationsAsync(App, process.Id)).Select(p => p.Channel), Is.All.EqualTo(VotingChannel.Paper));
        });
    }

    [Test]
    public async Task VoterWhoVotedOnlineIsNotCheckedIn()
    {
        var (process, identifier, codes) = await PollingProcessAsync(EligibilityMode.CensusOrCodes);
        var codeVoter = NewBrowser();
        await new BallotPage(await CodeVoting.RedeemAsync(codeVoter, codes[0])).VoteAsync(EligibilitySetup.Marks(process.HomeProjects[0]));
        var account = await SignedInUserAsync([]);
        await MatchAsync(account, process.Id, identifier);
        await (await BallotPage.OpenAsync(account.Browser, process.Id, "city")).VoteAsync(EligibilitySetup.Marks(process.CityProjects[1]));

        var byCode = await PollingPages.CheckInAsync(_worker.Browser, process.Id, codes[0]);
        var byCensus = await PollingPages.CheckInAsync(_worker.Browser, process.Id, identifier);

        Assert.Multiple(async () =>
        {
            Assert.That(PollingPages.CheckInResult(byCode), Is.EqualTo("No entregues boleta: esta persona ya votó (con código)."));
            Assert.That(byCode.Find("#voter-result.errors"), Is.Not.Null);
            Assert.That(PollingPages.CheckInResult(byCensus), Is.EqualTo("No entregues boleta: esta persona ya votó (en línea)."));
            Assert.That((await EligibilitySetup.ParticipationsAsync(App, process.Id)).Select(p => p.Channel),
                Is.EquivalentTo(new[] { VotingChannel.Code, VotingChannel.Online }));
        });
    }

    [Test]
    public async Task VoterCheckedInTwiceGetsOneBallot()
    {
        var (process, identifier, _) = await PollingProcessAsync(EligibilityMode.Census);
        await PollingPages.CheckInAsync(_worker.Browser, process.Id, identifier);

        var again = await PollingPages.CheckInAsync(_worker.Browser, process.Id, identifier.ToLowerInvariant());

        Assert.Multiple(async () =>
        {
            Assert.That(PollingPages.CheckInResult(again), Is.EqualTo("No entregues boleta: esta persona ya votó (en papel)."));
            Assert.That(await EligibilitySetup.ParticipationsAsync(App, process.Id), Has.Count.EqualTo(2));
        });
    }

    [TestCase(EligibilityMode.CensusOrCodes, "unknown code", "No está en el padrón ni es un código de este proceso.")]
    [TestCase(EligibilityMode.CensusOrCodes, "unknown identifier", "No está en el padrón ni es un código de este proceso.")]
    [TestCase(EligibilityMode.CensusOrCodes, "code of another process", "No está en el padrón ni es un código de este proceso.")]
    [TestCase(EligibilityMode.CensusOrCodes, "x", "Escribe un código para votar o una clave del padrón.")]
    [TestCase(EligibilityMode.Codes, "unknown identifier", "Escribe un código para votar o una clave del padrón.")]
    [TestCase(EligibilityMode.Codes, "", "Escribe un código para votar o una clave del padrón.")]
    public async Task SaysWhyAVoterCannotBeCheckedIn(EligibilityMode mode, string typed, string message)
    {
        var (process, _, _) = await PollingProcessAsync(mode);
        var identifier = typed switch
        {
            "unknown code" => EligibilitySetup.UnknownCode(),
            "unknown identifier" => CensusImportTests.NewIdentifier(),
            "code of another process" => (await PollingProcessAsync(mode)).Codes[0],
            _ => typed,
        };

        var page = await PollingPages.CheckInAsync(_worker.Browser, process.Id, identifier);

        Assert.Multiple(async () =>
        {
            Assert.That(PollingPages.CheckInResult(page), Is.EqualTo(message));
            Assert.That(await EligibilitySetup.ParticipationsAsync(App, process.Id), Is.Empty);
        });
    }

    [Test]
    public async Task ChecksInNobodyOutsideVotingOrWithoutCensusAndCodes()
    {
        var closed = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, opensIn: TimeSpan.FromDays(-5), closesIn: TimeSpan.FromDays(-1));
        var residents = await EligibilitySetup.CreateAsync(App, EligibilityMode.Residents);
        var page = await _worker.Browser.GetAsync($"/polling/{closed.Id}");
        var token = page.Find("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";

        var posted = await _worker.Browser.PostAsync($"/polling/{closed.Id}?handler=Voter",
            [new("Identifier", EligibilitySetup.UnknownCode()), new("__RequestVerificationToken", token)]);
        var noRegister = await _worker.Browser.GetAsync($"/polling/{residents.Id}");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Find("#voter-submit")?.HasAttribute("disabled"), Is.True);
            Assert.That(PollingPages.CheckInResult(posted), Is.EqualTo("La votación ya cerró."));
            Assert.That(noRegister.Find("#voter-form"), Is.Null);
            Assert.That(noRegister.Find("#no-register")?.TextContent.Trim(),
                Is.EqualTo("Este proceso no usa padrón ni códigos: no hay a quién registrar; solo se capturan boletas."));
            Assert.That(noRegister.Find("#box-form"), Is.Not.Null);
            Assert.That(await EligibilitySetup.ParticipationsAsync(App, closed.Id), Is.Empty);
        });
    }

    [Test]
    public async Task TellsThePollWorkerInEnglish()
    {
        var (process, identifier, _) = await PollingProcessAsync(EligibilityMode.Census);
        var worker = await SignedInUserAsync([Roles.PollWorker], acceptLanguage: "en");

        var checkedIn = await PollingPages.CheckInAsync(worker.Browser, process.Id, identifier);
        var again = await PollingPages.CheckInAsync(worker.Browser, process.Id, identifier);

        Assert.Multiple(() =>
        {
            Assert.That(PollingPages.CheckInResult(checkedIn), Is.EqualTo("Checked in. Hand out the ballot for Colonia Norte."));
            Assert.That(PollingPages.CheckInResult(again), Is.EqualTo("Do not hand out a ballot: this person already voted (on paper)."));
        });
    }

    /// <summary>A process voting now; in a census mode one person (in Colonia Norte) imported through the page, with codes two codes for Colonia Centro.</summary>
    private async Task<(EligibleProcess Process, string Identifier, IReadOnlyList<string> Codes)> PollingProcessAsync(EligibilityMode mode)
    {
        var process = await EligibilitySetup.CreateAsync(App, mode);
        var identifier = CensusImportTests.NewIdentifier();
        if (mode.UsesCensus())
        {
            var imported = await (await EligibilityPage.OpenAsync(_organizer.Browser, process.Id)).ImportAsync($"curp,colonia\n{identifier},Colonia Norte\n");
            Assert.That(imported.StatusMessage, Does.StartWith("Padrón importado: 1"), string.Join(" ", imported.Errors));
        }
        var codes = mode.UsesCodes() ? await CodeVoting.IssueAsync(_organizer.Browser, process.Id, process.Home, 2) : [];
        return (process, identifier, codes);
    }

    private static async Task MatchAsync(TestUser voter, int processId, string identifier)
    {
        var page = await (await voter.Browser.GetAsync($"/processes/{processId}/verify")).Form("verify-form")
            .Set("Identifier", identifier).SubmitAsync("verify-submit");
        Assert.That(page.StatusMessage, Does.StartWith("Listo"), page.Find("#verify-error")?.TextContent);
    }
}
