using System.Net;
using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Vote;

public sealed class VoteTests : AppFixture
{
    private const string ReceiptFormat = "^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$";

    // Home projects cost $1,000, $2,000, $3,000, $4,000 and $5,000 of a $10,000 budget; choices are index:value.
    [TestCase("Approval min=2 max=3", "0:1,2:1,4:1", "0:1,2:1,4:1")]
    [TestCase("Approval min=2 max=3", "3:1,1:1", "1:1,3:1")]
    [TestCase("Knapsack", "1:1,2:1,4:1", "1:1,2:1,4:1")]
    [TestCase("Knapsack share=5000", "4:1", "4:1")]
    [TestCase("Cumulative points=10", "0:3,3:2", "0:3,3:2")]
    [TestCase("Cumulative points=10 cap=6 all", "4:6,1:4", "1:4,4:6")]
    [TestCase("Ranked k=3", "4:1,0:2,2:3", "4:1,0:2,2:3")]
    [TestCase("Ranked k=3 fewer", "3:2,1:1", "1:1,3:2")]
    [TestCase("ChooseOne", "3:1", "3:1")]
    public async Task CountsAValidBallotOfEachTypeAndShowsTheReceipt(string design, string choices, string stored)
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design(design));
        var voter = await SignedInUserAsync([], process.Home);

        var ballot = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);
        var counted = await ballot.VoteAsync(VotingSetup.Choices(process, choices));

        var receipt = counted.Find("#receipt")?.TextContent.Trim() ?? "";
        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        var participation = await VotingSetup.ParticipationAsync(App, voter.Id, process.Id);
        Assert.Multiple(() =>
        {
            Assert.That(counted.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}/counted"));
            Assert.That(counted.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(receipt, Does.Match(ReceiptFormat));
            Assert.That(ballots.Select(b => b.Content), Is.EqualTo(new[] { Canonical(process, stored) }));
            Assert.That(ballots.Select(b => b.ReceiptHash), Is.EqualTo(new[] { ReceiptCode.Hash(receipt) }));
            Assert.That(ballots.Select(b => b.DistrictId), Is.EqualTo(new int?[] { process.Home }));
            Assert.That(participation?.Changes, Is.Zero);
        });
    }

    [Test]
    public async Task ResidentVotesOnTheBallotTheOrganizerDesignedAndOpened()
    {
        var organizer = await SignedInAsAdminAsync();
        var id = await CreateProcessInProposalsAsync(organizer, ["Parques"], ("Santa Úrsula", "500000"), ("Pedregal", "300000"));
        var design = await (await organizer.GetAsync($"/organize/processes/{id}/ballot")).Form("ballot-form")
            .Set("Input.Type", "Ranked").Set("Input.MinProjects", "").Set("Input.Ranks", "2").SubmitAsync();
        Assert.That(design.Errors, Is.Empty);
        foreach (var (title, district) in new[] { ("Parque lineal", "Santa Úrsula"), ("Huerto escolar", "Santa Úrsula"), ("Cancha", "Santa Úrsula"), ("Biblioteca", "Pedregal") })
        {
            var added = await (await ProposalFormPage.OpenAddProjectAsync(organizer, id)).SubmitAsync(ProposalValues.Valid(district, "Parques", title));
            Assert.That(added.Errors, Is.Empty, title);
        }
        await MoveToPhaseAsync(organizer, id, "Voting");
        var home = await DistrictIdAsync(id, "Santa Úrsula");
        var voter = await SignedInUserAsync([], home);

        var link = (await ProcessPage.OpenAsync(voter.Browser, id)).Page.Find("#vote-district")?.GetAttribute("href") ?? "";
        var ballot = new BallotPage(await voter.Browser.GetAsync(link));
        var titles = ballot.ProjectIds.ToDictionary(p => ballot.Page.Find($"label[for='rank-{p}']")?.TextContent.Trim() ?? "", p => p);
        var counted = await ballot.VoteAsync(BallotPage.Choices((titles["Cancha"], 1), (titles["Parque lineal"], 2)));

        var stored = await VotingSetup.BallotsAsync(App, id);
        Assert.Multiple(() =>
        {
            Assert.That(titles.Keys, Is.EquivalentTo(new[] { "Parque lineal", "Huerto escolar", "Cancha" }));
            Assert.That(ballot.Page.Find("#ballot-rules")?.TextContent.Trim(), Is.EqualTo("Ordena tus 2 proyectos favoritos: 1 es el que más te gusta."));
            Assert.That(counted.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(stored.Select(b => b.Content), Is.EqualTo(new[] { $"{titles["Cancha"]}:1,{titles["Parque lineal"]}:2" }));
        });
    }

    [TestCase("Approval min=1", "0:1,2:1", 2)]
    [TestCase("Cumulative points=10", "4:7,1:3", 2)]
    [TestCase("Ranked k=2", "2:1,0:2", 2)]
    public async Task ReviewShowsTheChoicesAndStoresNothing(string design, string choices, int shown)
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design(design));
        var voter = await SignedInUserAsync([], process.Home);

        var review = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .ReviewAsync(VotingSetup.Choices(process, choices));

        var titles = VotingSetup.Choices(process, choices).Keys.Select(id => "Proyecto Centro " + (process.HomeProjects.ToList().IndexOf(id) + 1));
        Assert.Multiple(async () =>
        {
            Assert.That(review.IsReviewing, Is.True, string.Join(" ", review.Page.Errors));
            Assert.That(review.Page.Heading, Does.StartWith("Boleta: Colonia Centro"));
            Assert.That(review.ReviewTitles, Has.Count.EqualTo(shown));
            Assert.That(review.ReviewTitles, Is.EquivalentTo(titles));
            Assert.That(review.Page.Find("#cast"), Is.Not.Null);
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task RankedReviewListsTheProjectsByRank()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Ranked k=3"));
        var voter = await SignedInUserAsync([], process.Home);

        var review = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .ReviewAsync(VotingSetup.Choices(process, "0:3,4:1,2:2"));

        Assert.That(review.ReviewTitles, Is.EqualTo(new[] { "Proyecto Centro 5", "Proyecto Centro 3", "Proyecto Centro 1" }));
    }

    [Test]
    public async Task ChangeOnTheReviewStepGoesBackToTheChoicesAndStoresNothing()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1"));
        var voter = await SignedInUserAsync([], process.Home);
        var review = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .ReviewAsync(VotingSetup.Choices(process, "1:1"));

        var back = new BallotPage(await review.RawPost("Change", BallotPage.Marks(process.HomeProjects[1])).SendAsync(voter.Browser));

        Assert.Multiple(async () =>
        {
            Assert.That(back.IsReviewing, Is.False);
            Assert.That(back.ProjectIds, Is.EquivalentTo(process.HomeProjects));
            Assert.That(back.Page.Find($"#mark-{process.HomeProjects[1]}")?.HasAttribute("checked"), Is.True);
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task CountedPageWithoutAVoteSendsBackToTheBallot()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInUserAsync([], process.Home);

        var page = await voter.Browser.GetAsync($"/vote/{process.Id}/{process.HomeBox}/counted");

        Assert.That(page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
    }

    [Test]
    public async Task VisitorIsSentToSignInAndNothingIsStored()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var visitor = NewBrowser();

        var response = await visitor.GetWithoutRedirectAsync($"/vote/{process.Id}/{process.HomeBox}");
        var post = await visitor.Client.PostAsync($"/vote/{process.Id}/{process.HomeBox}?handler=Cast",
            new FormUrlEncodedContent([new("Form.Marked", process.P(0)), new("Form.FormKey", new string('a', 32))]));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/login"));
            Assert.That(post.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task ProcessPageLinksAResidentToTheirDistrictBallot()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInUserAsync([], process.Home);

        var page = await ProcessPage.OpenAsync(voter.Browser, process.Id);

        Assert.That(page.Page.Find("#vote-district")?.GetAttribute("href"), Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
    }

    private static string Canonical(VotingProcess process, string spec) => string.Join(",",
        spec.Split(',').Select(pair => pair.Split(':')).Select(p => $"{process.P(int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture))}:{p[1]}"));
}
