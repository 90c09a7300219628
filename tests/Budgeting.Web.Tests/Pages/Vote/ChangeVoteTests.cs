using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Vote;

public sealed class ChangeVoteTests : AppFixture
{
    [Test]
    public async Task NewVoteReplacesTheOldBallotWithANewReceipt()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1 max=2"));
        var voter = await SignedInUserAsync([], process.Home);
        var first = Receipt(await (await OpenAsync(voter, process)).VoteAsync(VotingSetup.Choices(process, "0:1")));

        var again = await OpenAsync(voter, process);
        var second = await again.VoteAsync(VotingSetup.Choices(process, "3:1,4:1"));

        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        var participation = await VotingSetup.ParticipationAsync(App, voter.Id, process.Id);
        Assert.Multiple(() =>
        {
            Assert.That(again.Page.Find("#already-voted")?.TextContent.Trim(), Does.StartWith("Ya votaste en esta boleta."));
            Assert.That(again.Page.Find($"#mark-{process.HomeProjects[0]}")?.HasAttribute("checked"), Is.True);
            Assert.That(Receipt(second), Is.Not.EqualTo(first).And.Not.Empty);
            Assert.That(ballots.Select(b => b.Content), Is.EqualTo(new[] { $"{process.P(3)}:1,{process.P(4)}:1" }));
            Assert.That(ballots.Select(b => b.ReceiptHash), Is.EqualTo(new[] { ReceiptCode.Hash(Receipt(second)) }));
            Assert.That(ballots.Select(b => b.ReceiptHash), Does.Not.Contain(ReceiptCode.Hash(first)));
            Assert.That(participation?.Changes, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task CountedPageShowsTheReceiptOfTheLatestVote()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInUserAsync([], process.Home);
        await (await OpenAsync(voter, process)).VoteAsync(VotingSetup.Choices(process, "0:1"));
        var latest = Receipt(await (await OpenAsync(voter, process)).VoteAsync(VotingSetup.Choices(process, "1:1")));

        var counted = await voter.Browser.GetAsync($"/vote/{process.Id}/{process.HomeBox}/counted");

        Assert.That(Receipt(counted), Is.EqualTo(latest));
    }

    [Test]
    public async Task ReplayingTheSameCastFormReturnsTheSameReceiptAndNoSecondBallot()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Cumulative points=10"));
        var voter = await SignedInUserAsync([], process.Home);
        var review = await (await OpenAsync(voter, process)).ReviewAsync(VotingSetup.Choices(process, "1:4,2:6"));
        var cast = review.CastForm();

        var receipts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            receipts.Add(Receipt(await cast.SendAsync(voter.Browser)));
        }

        var participation = await VotingSetup.ParticipationAsync(App, voter.Id, process.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(receipts.Distinct().Count(), Is.EqualTo(1), string.Join(" ", receipts));
            Assert.That(receipts[0], Is.Not.Empty);
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((1, 1)));
            Assert.That(participation?.Changes, Is.Zero);
        });
    }

    [Test]
    public async Task LateReplayOfAnEarlierFormDoesNotUndoTheLatestVote()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInUserAsync([], process.Home);
        var earlier = (await (await OpenAsync(voter, process)).ReviewAsync(VotingSetup.Choices(process, "0:1"))).CastForm();
        await earlier.SendAsync(voter.Browser);
        var latest = Receipt(await (await OpenAsync(voter, process)).VoteAsync(VotingSetup.Choices(process, "1:1")));

        var replay = await earlier.SendAsync(voter.Browser);

        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        var participation = await VotingSetup.ParticipationAsync(App, voter.Id, process.Id);
        Assert.Multiple(() =>
        {
            Assert.That(ballots.Select(b => b.Content), Is.EqualTo(new[] { $"{process.P(1)}:1" }), "the retry of the earlier form was counted again");
            Assert.That(ballots.Select(b => b.ReceiptHash), Is.EqualTo(new[] { ReceiptCode.Hash(latest) }));
            Assert.That(Receipt(replay), Is.EqualTo(latest));
            Assert.That(participation?.Changes, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task TwoFormsCastAtOnceByOneVoterLeaveExactlyOneBallot()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInUserAsync([], process.Home);
        var first = await (await OpenAsync(voter, process)).ReviewAsync(VotingSetup.Choices(process, "0:1"));
        var second = await (await OpenAsync(voter, process)).ReviewAsync(VotingSetup.Choices(process, "1:1"));
        Assert.That(first.FormKey, Is.Not.EqualTo(second.FormKey));

        var responses = await Task.WhenAll(
            first.CastForm().PostAsync(voter.Browser.Client), second.CastForm().PostAsync(voter.Browser.Client));

        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        var counted = Receipt(await voter.Browser.GetAsync($"/vote/{process.Id}/{process.HomeBox}/counted"));
        Assert.Multiple(async () =>
        {
            Assert.That(responses.Select(r => r.Headers.Location?.OriginalString), Is.All.EndsWith("/counted"));
            Assert.That(ballots, Has.Count.EqualTo(1));
            Assert.That(ballots.Single().Content, Is.AnyOf($"{process.P(0)}:1", $"{process.P(1)}:1"));
            Assert.That(ballots.Single().ReceiptHash, Is.EqualTo(ReceiptCode.Hash(counted)));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((1, 1)));
        });
    }

    [TestCase("")]
    [TestCase("not-a-key")]
    [TestCase("0123456789ABCDEF0123456789ABCDEF")]
    [TestCase("0123456789abcdef0123456789abcdef0")]
    [TestCase("0123456789abcdef0123456789abcdeg")]
    public async Task RefusesAMalformedFormKeyAndStoresNothing(string formKey)
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInUserAsync([], process.Home);
        var review = await (await OpenAsync(voter, process)).ReviewAsync(VotingSetup.Choices(process, "2:1"));

        var page = new BallotPage(await review.CastForm().With("Form.FormKey", formKey).SendAsync(voter.Browser));

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
            Assert.That(page.TopErrors, Does.Contain("Esta elección no es válida."));
            Assert.That(page.FormKey, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((0, 0)));
        });
    }

    private static Task<BallotPage> OpenAsync(TestUser voter, VotingProcess process) =>
        BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);

    private static string Receipt(WebPage page) => page.Find("#receipt")?.TextContent.Trim() ?? "";
}
