using System.Net;
using System.Text;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Eligibility;

public sealed class CodeTests : AdminFixture
{
    private const string CodeFormat = "^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$";
    private const string NotEligible = "No puedes votar en esta boleta.";

    [Test]
    public async Task IssuesCodesForADistrictAndListsThemInTheCsvWithTheirAddresses()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, opensIn: TimeSpan.FromDays(2));

        var issued = await (await CodesPage.OpenAsync(Admin, process.Id)).IssueAsync(process.Home, "25");
        var batch = issued.BatchIds.Single();
        var first = await Admin.GetWithoutRedirectAsync(issued.DownloadUrl(batch, "csv"));
        var again = await Admin.GetWithoutRedirectAsync(issued.DownloadUrl(batch, "csv"));

        var bytes = await first.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var codes = rows.Select(r => r[0]).ToList();
        var salt = await EligibilitySetup.SaltAsync(App, process.Id);
        var hashes = await DbAsync(db => db.VotingCodes.AsNoTracking()
            .Where(c => c.ProcessId == process.Id && c.BatchId == batch && c.DistrictId == process.Home).Select(c => c.Hash).ToListAsync());
        var sealedCodes = await DbAsync(db => db.CodeBatches.AsNoTracking().Where(b => b.Id == batch).Select(b => b.SealedCodes).SingleAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(issued.Page.StatusMessage, Is.EqualTo("Se generaron 25 códigos para Colonia Centro."));
            Assert.That(issued.Page.Texts($"#batch-{batch} td").Take(2), Is.EqualTo(new[] { "Colonia Centro", "25" }));
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(first.Content.Headers.ContentDisposition?.FileName, Is.EqualTo($"codigos-{process.Id}-{process.Home}-lote-{batch}.csv"));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a BOM, so spreadsheets read UTF-8");
            Assert.That(lines[0], Is.EqualTo("code,district,url"));
            Assert.That(codes, Has.Count.EqualTo(25));
            Assert.That(codes, Is.Unique);
            Assert.That(codes, Has.All.Match(CodeFormat));
            Assert.That(codes.Select(c => VotingCode.Read(c).Status), Is.All.EqualTo(VotingCodeStatus.Valid));
            Assert.That(rows.Select(r => r[1]), Is.All.EqualTo("Colonia Centro"));
            Assert.That(rows.Select(r => r[2]), Is.EqualTo(codes.Select(c => "http://localhost/c/" + c.Replace("-", "", StringComparison.Ordinal))));
            Assert.That(hashes, Is.EquivalentTo(codes.Select(c => VotingCode.Hash(salt, VotingCode.Read(c).Bare))));
            Assert.That(codes.Where(c => sealedCodes.Contains(c, StringComparison.Ordinal)), Is.Empty, "codes are stored sealed");
            Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes), "the same codes downloaded again");
            Assert.That(await EligibilitySetup.AuditAsync(App, process.Id), Is.SupersetOf(new[]
            {
                (AuditActions.CodesIssued, $"district={process.Home} batch={batch} count=25"),
                (AuditActions.CodesDownloaded, $"batch={batch} format=csv"),
            }));
            Assert.That((await EligibilitySetup.AuditAsync(App, process.Id)).Count(a => a.Action == AuditActions.CodesDownloaded), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task CodeSheetPdfPrintsEveryCodeOfTheBatchWithAQrCodeToItsAddress()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.CensusOrCodes);
        await CodeVoting.IssueAsync(Admin, process.Id, process.Other, 3);
        var page = await (await CodesPage.OpenAsync(Admin, process.Id)).IssueAsync(process.Home, "10");
        var batch = page.BatchIds[0];
        var csv = await (await Admin.GetWithoutRedirectAsync(page.DownloadUrl(batch, "csv"))).Content.ReadAsStringAsync();
        var codes = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();

        var response = await Admin.GetWithoutRedirectAsync(page.DownloadUrl(batch, "pdf"));

        var pdf = await response.Content.ReadAsByteArrayAsync();
        using var tools = new PdfTools(pdf);
        var text = tools.Text();
        var qr = tools.QrCodes();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(Encoding.ASCII.GetString(pdf, 0, 5), Is.EqualTo("%PDF-"));
            Assert.That(codes, Has.Count.EqualTo(10));
            foreach (var code in codes)
            {
                Assert.That(text, Does.Contain(code));
            }
            Assert.That(qr, Is.EquivalentTo(codes.Select(c => "http://localhost/c/" + VotingCode.Read(c).Bare)));
            Assert.That(await EligibilitySetup.AuditAsync(App, process.Id), Does.Contain((AuditActions.CodesDownloaded, $"batch={batch} format=pdf")));
        });
    }

    [TestCase("0")]
    [TestCase("10001")]
    [TestCase("abc")]
    [TestCase("")]
    [TestCase("-5")]
    [TestCase("2.5")]
    public async Task RefusesACountOutsideOneToTenThousand(string count)
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);

        var page = await (await CodesPage.OpenAsync(Admin, process.Id)).IssueAsync(process.Home, count);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.FieldError("Count") ?? string.Join(" ", page.Page.Errors), Is.EqualTo("Escribe cuántos códigos generar: de 1 a 10,000."));
            Assert.That(page.Page.StatusMessage, Is.Null);
            Assert.That(await DbAsync(db => db.VotingCodes.CountAsync(c => c.ProcessId == process.Id)), Is.Zero);
            Assert.That(await DbAsync(db => db.CodeBatches.CountAsync(c => c.ProcessId == process.Id)), Is.Zero);
        });
    }

    [Test]
    public async Task RefusesCodesWithoutADistrictOfTheProcess()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var other = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var page = await CodesPage.OpenAsync(Admin, process.Id);

        var none = await page.IssueAsync(null, "5");
        var foreign = await page.IssueAsync(other.Home, "5");

        Assert.Multiple(async () =>
        {
            Assert.That(none.Page.Errors, Does.Contain("Elige «Tu colonia, pueblo o barrio»."));
            Assert.That(foreign.Page.Errors, Does.Contain("Elige «Tu colonia, pueblo o barrio»."));
            Assert.That(await DbAsync(db => db.VotingCodes.CountAsync(c => c.ProcessId == process.Id || c.ProcessId == other.Id)), Is.Zero);
        });
    }

    [Test]
    public async Task RefusesCodesWhenTheModeHasNoneOrVotingIsOver()
    {
        var census = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census);
        var closed = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, opensIn: TimeSpan.FromDays(-5), closesIn: TimeSpan.FromDays(-1));
        var censusPage = await CodesPage.OpenAsync(Admin, census.Id);
        var token = censusPage.Page.Find("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";

        var posted = await Admin.PostAsync($"/organize/processes/{census.Id}/codes",
            [new("DistrictId", census.HomeBox), new("Count", "5"), new("__RequestVerificationToken", token)]);
        var late = await (await CodesPage.OpenAsync(Admin, closed.Id)).IssueAsync(closed.Home, "5");

        Assert.Multiple(async () =>
        {
            Assert.That(censusPage.Page.Find("#codes-not-in-mode")?.TextContent, Does.Contain("Para generar códigos, elige primero una forma de participar con códigos."));
            Assert.That(censusPage.Page.Find("#codes-form"), Is.Null);
            Assert.That(posted.Errors, Does.Contain("Para generar códigos, elige primero una forma de participar con códigos."));
            Assert.That(late.Page.Errors, Does.Contain("La votación ya cerró; no se pueden generar más códigos."));
            Assert.That(await DbAsync(db => db.VotingCodes.CountAsync(c => c.ProcessId == census.Id || c.ProcessId == closed.Id)), Is.Zero);
        });
    }

    [Test]
    public async Task DownloadsOnlyBatchesOfTheProcessInTheAddress()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var other = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        await CodeVoting.IssueAsync(Admin, other.Id, other.Home, 2);
        var batch = (await CodesPage.OpenAsync(Admin, other.Id)).BatchIds.Single();

        var csv = await Admin.GetWithoutRedirectAsync($"/organize/processes/{process.Id}/codes?handler=Csv&batchId={batch}");
        var pdf = await Admin.GetWithoutRedirectAsync($"/organize/processes/{process.Id}/codes?handler=Pdf&batchId={batch}");

        Assert.Multiple(async () =>
        {
            Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await EligibilitySetup.AuditAsync(App, process.Id)).Select(a => a.Action), Does.Not.Contain(AuditActions.CodesDownloaded));
        });
    }

    [Test]
    public async Task CodeFromTheQrAddressOpensTheDistrictBallotAndVotes()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var code = (await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 3))[1];
        var voter = NewBrowser();

        var landing = await voter.GetAsync("/c/" + VotingCode.Read(code).Bare.ToLowerInvariant());
        var ballot = new BallotPage(await landing.Form("code-form").SubmitAsync("code-submit"));
        var counted = await ballot.VoteAsync(EligibilitySetup.Marks(process.HomeProjects[2]));

        var key = await EligibilitySetup.CodeVoterKeyAsync(App, process.Id, code);
        var participations = await EligibilitySetup.ParticipationsAsync(App, process.Id);
        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        var receipt = counted.Find("#receipt")?.TextContent.Trim() ?? "";
        Assert.Multiple(() =>
        {
            Assert.That(landing.Find("#Code")?.GetAttribute("value"), Is.EqualTo(code));
            Assert.That(ballot.Page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.Home}"));
            Assert.That(ballot.Page.Find("#voter-problem"), Is.Null);
            Assert.That(ballot.ProjectIds, Is.EquivalentTo(process.HomeProjects));
            Assert.That(counted.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.Home}/counted"));
            Assert.That(counted.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(counted.Find("#finish-code"), Is.Not.Null);
            Assert.That(participations.Select(p => (p.VoterKey, p.BoxKey, p.Channel)),
                Is.EqualTo(new[] { (key, process.BoxKey(process.Home), VotingChannel.Code) }));
            Assert.That(ballots.Select(b => (b.Content, b.DistrictId, b.ReceiptHash)),
                Is.EqualTo(new[] { (EligibleProcess.Marked(process.HomeProjects[2]), (int?)process.Home, ReceiptCode.Hash(receipt)) }));
        });
    }

    [Test]
    public async Task ComingBackWithTheCodeChangesTheVoteAndKeepsOneBallot()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var code = (await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 2))[0];
        var first = new BallotPage(await CodeVoting.RedeemAsync(NewBrowser(), code));
        await first.VoteAsync(EligibilitySetup.Marks(process.HomeProjects[0]));
        App.Clock.Advance(TimeSpan.FromHours(3));

        var later = new BallotPage(await CodeVoting.RedeemAsync(NewBrowser(), " " + code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        var counted = await later.VoteAsync(EligibilitySetup.Marks(process.HomeProjects[1], process.HomeProjects[2]));

        var key = await EligibilitySetup.CodeVoterKeyAsync(App, process.Id, code);
        var participation = (await EligibilitySetup.ParticipationsAsync(App, process.Id, key)).Single();
        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        Assert.Multiple(() =>
        {
            Assert.That(later.Page.Find("#already-voted"), Is.Not.Null);
            Assert.That(later.Page.Find($"#mark-{process.HomeProjects[0]}")?.HasAttribute("checked"), Is.True);
            Assert.That(counted.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(ballots.Select(b => b.Content), Is.EqualTo(new[] { EligibleProcess.Marked(process.HomeProjects[1], process.HomeProjects[2]) }));
            Assert.That(participation.Changes, Is.EqualTo(1));
            Assert.That(participation.Channel, Is.EqualTo(VotingChannel.Code));
        });
    }

    [Test]
    public async Task CodeVotesInItsDistrictAndCityWideButNotInAnotherDistrictOrProcess()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var otherProcess = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var code = (await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 2))[0];
        var voter = NewBrowser();
        await CodeVoting.RedeemAsync(voter, code);

        var city = await (await BallotPage.OpenAsync(voter, process.Id, "city")).VoteAsync(EligibilitySetup.Marks(process.CityProjects[0]));
        var other = await BallotPage.OpenAsync(voter, process.Id, process.OtherBox);
        var review = await other.ReviewAsync(EligibilitySetup.Marks(process.OtherProjects[0]));
        var cast = new BallotPage(await other.RawPost("Cast", BallotPage.Marks(process.OtherProjects[0])).SendAsync(voter));
        var foreign = await BallotPage.OpenAsync(voter, otherProcess.Id, otherProcess.HomeBox);
        var foreignReview = await foreign.ReviewAsync(EligibilitySetup.Marks(otherProcess.HomeProjects[0]));

        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(city.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(review.IsReviewing, Is.False);
            Assert.That(review.TopErrors, Does.Contain(NotEligible));
            Assert.That(cast.TopErrors, Does.Contain(NotEligible));
            Assert.That(ballots.Select(b => b.DistrictId), Is.EqualTo(new int?[] { null }));
            Assert.That(foreign.Page.Find("#voter-problem")?.TextContent, Does.Contain("Tu código es de otro proceso."));
            Assert.That(foreignReview.TopErrors, Does.Contain(NotEligible));
            Assert.That(await VotingSetup.CountAsync(App, otherProcess.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task TypoIsCaughtByTheCheckCharacterAndNeverCountsAsAnAttempt()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var code = (await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 1))[0];
        var voter = NewBrowser();

        var answers = new List<(HttpStatusCode, string?)>();
        for (var i = 0; i < 25; i++)
        {
            var page = await CodeVoting.RedeemAsync(voter, EligibilitySetup.WithTypo(code, 5 + i % 7));
            answers.Add((page.Status, CodeVoting.Error(page)));
        }
        var bare = VotingCode.Read(code).Bare;
        var swapped = await CodeVoting.RedeemAsync(voter, VotingCode.Display(bare[..6] + bare[7] + bare[6] + bare[8..]));
        var accepted = await CodeVoting.RedeemAsync(voter, code);

        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.All.EqualTo((HttpStatusCode.OK, "Ese código tiene un error de escritura: revisa cada carácter con tu hoja.")));
            Assert.That(CodeVoting.Error(swapped), Is.EqualTo("Ese código tiene un error de escritura: revisa cada carácter con tu hoja.")
                .Or.Null, "two equal neighbours swap to the same code");
            Assert.That(accepted.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.Home}"), CodeVoting.Error(accepted));
        });
    }

    [TestCase("unknown", "No reconocemos ese código. Revísalo con tu hoja; si es correcto, pide ayuda a quien organiza.")]
    [TestCase("hola", "Un código tiene 12 letras y números, por ejemplo 7KQ2-MXH4-RDA9.")]
    [TestCase("7KQ2-MXH4-RDA9-2345", "Un código tiene 12 letras y números, por ejemplo 7KQ2-MXH4-RDA9.")]
    [TestCase("0KQ2-MXH4-RDA9", "Un código tiene 12 letras y números, por ejemplo 7KQ2-MXH4-RDA9.")]
    [TestCase("", "Un código tiene 12 letras y números, por ejemplo 7KQ2-MXH4-RDA9.")]
    public async Task SaysWhyACodeIsNotAccepted(string typed, string message)
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 1);
        var voter = NewBrowser();

        var page = await CodeVoting.RedeemAsync(voter, typed == "unknown" ? EligibilitySetup.UnknownCode() : typed);
        var ballot = await voter.GetWithoutRedirectAsync($"/vote/{process.Id}/{process.HomeBox}");

        Assert.Multiple(() =>
        {
            Assert.That(page.Url.AbsolutePath, Is.EqualTo("/code"));
            Assert.That(CodeVoting.Error(page), Is.EqualTo(message));
            Assert.That(ballot.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "no code voter was signed in");
        });
    }

    [Test]
    public async Task FinishSignsTheCodeOut()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var code = (await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 1))[0];
        var voter = NewBrowser();
        var counted = await new BallotPage(await CodeVoting.RedeemAsync(voter, code)).VoteAsync(EligibilitySetup.Marks(process.HomeProjects[0]));

        var finished = await counted.Form("finish-code").SubmitAsync("finish-code-submit");
        var ballot = await voter.GetWithoutRedirectAsync($"/vote/{process.Id}/{process.HomeBox}");

        Assert.Multiple(async () =>
        {
            Assert.That(finished.Url.AbsolutePath, Is.EqualTo("/"), $"{finished.Status} {finished.Heading}");
            Assert.That(finished.Find("#finish-code-nav"), Is.Null);
            Assert.That(finished.StatusMessage, Is.EqualTo("Listo. Para cambiar tu voto, vuelve a entrar con tu código."));
            Assert.That(ballot.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(ballot.Headers.Location?.AbsolutePath, Is.EqualTo("/account/login"));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((1, 1)), "the vote stays");
        });
    }

    [Test]
    public async Task ACodeVoterSwitchesTheLanguageOnTheBallot()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var code = (await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 1))[0];
        var voter = NewBrowser();
        var ballot = await CodeVoting.RedeemAsync(voter, code);

        var english = await ballot.Form("language-form").SubmitAsync(buttonValue: "en");

        Assert.Multiple(() =>
        {
            Assert.That(english.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"), $"{english.Status} {english.Heading}");
            Assert.That(english.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        });
    }

    [Test]
    public async Task FinishFromTheMenuOfTheBallotSignsTheCodeOutWithoutVoting()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var code = (await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 1))[0];
        var voter = NewBrowser();
        var ballot = await CodeVoting.RedeemAsync(voter, code);

        var finished = await ballot.FormOf("finish-code-nav").SubmitAsync("finish-code-nav");
        var again = await voter.GetWithoutRedirectAsync($"/vote/{process.Id}/{process.HomeBox}");

        Assert.Multiple(async () =>
        {
            Assert.That((finished.Status, finished.Url.AbsolutePath), Is.EqualTo((HttpStatusCode.OK, "/")));
            Assert.That(finished.StatusMessage, Is.EqualTo("Listo. Para cambiar tu voto, vuelve a entrar con tu código."));
            Assert.That(again.Headers.Location?.AbsolutePath, Is.EqualTo("/account/login"));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task TellsTheVoterInEnglish()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var code = (await CodeVoting.IssueAsync(Admin, process.Id, process.Home, 1))[0];
        var voter = NewBrowser("en");

        var typo = await CodeVoting.RedeemAsync(voter, EligibilitySetup.WithTypo(code, 3));
        var unknown = await CodeVoting.RedeemAsync(voter, EligibilitySetup.UnknownCode());
        var form = await voter.GetAsync("/code");

        Assert.Multiple(() =>
        {
            Assert.That(CodeVoting.Error(typo), Is.EqualTo("That code has a typo: check each character against your sheet."));
            Assert.That(CodeVoting.Error(unknown), Is.EqualTo("We do not recognise that code. Check it against your sheet; if it is right, ask the organizers."));
            Assert.That(form.Heading, Is.EqualTo("Vote with a code"));
        });
    }
}
