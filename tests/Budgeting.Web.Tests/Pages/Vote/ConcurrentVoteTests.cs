using System.Net;
using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Vote;

public sealed class ConcurrentVoteTests : AppFixture
{
    private const int Voters = 50;

    [Test]
    public async Task TwoHundredParallelCastsByFiftyVotersWithReplaysLeaveFiftyBallots()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voters = new List<TestUser>();
        for (var i = 0; i < Voters; i++)
        {
            voters.Add(await SignedInUserAsync([], process.Home));
        }
        // Each voter reviews two different ballots (two forms, two keys); each form is then cast twice.
        var forms = await Task.WhenAll(voters.Select(async (voter, i) =>
        {
            var first = await ReviewAsync(voter, process, i % 5);
            var second = await ReviewAsync(voter, process, (i + 1) % 5);
            return (voter, first, second);
        }));
        var posts = forms
            .SelectMany(f => new[] { (f.voter, f.first), (f.voter, f.first), (f.voter, f.second), (f.voter, f.second) })
            .OrderBy(_ => Random.Shared.Next())
            .ToList();
        Assert.That(posts, Has.Count.EqualTo(200));

        var responses = await Task.WhenAll(posts.Select(p => Task.Run(() => p.Item2.PostAsync(p.voter.Browser.Client))));

        var ballots = await VotingSetup.BallotsAsync(App, process.Id);
        var counts = await VotingSetup.CountAsync(App, process.Id);
        var receipts = await Task.WhenAll(voters.Select(async v =>
            (await v.Browser.GetAsync($"/vote/{process.Id}/{process.HomeBox}/counted")).Find("#receipt")?.TextContent.Trim() ?? ""));
        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Redirect));
            Assert.That(responses.Select(r => r.Headers.Location?.OriginalString), Is.All.EqualTo($"/vote/{process.Id}/{process.HomeBox}/counted"));
            Assert.That(counts, Is.EqualTo((Voters, Voters)));
            Assert.That(ballots.Select(b => b.ReceiptHash), Is.EquivalentTo(receipts.Select(ReceiptCode.Hash)));
            Assert.That(ballots.Select(b => b.Id).Distinct().Count(), Is.EqualTo(Voters));
        });
    }

    private static async Task<FormPost> ReviewAsync(TestUser voter, VotingProcess process, int project)
    {
        var review = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .ReviewAsync(BallotPage.Choices((process.HomeProjects[project], 1)));
        Assert.That(review.IsReviewing, Is.True, string.Join(" ", review.Page.Errors));
        return review.CastForm();
    }
}
