using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Vote;

/// <summary>
/// The vote pages keep a ballot box for a moment, and another node's changes reach this node's cache only when the
/// moment is over; the close, though, is read afresh when a ballot is written.
/// </summary>
public sealed class CloseElsewhereTests : AppFixture
{
    [Test]
    public async Task BallotCastAfterACloseSavedElsewhereIsRefusedThoughTheBoxIsCached()
    {
        var (process, review) = await ReviewedBallotAsync();

        // As another node would: straight to the database, past this node's change tracking and cache.
        var closed = App.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        await App.WithDbAsync(db => db.Processes.Where(p => p.Id == process.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Schedule.VotingCloseUtc, closed)));
        var refused = await review.CastAsync();
        var stored = await VotingSetup.CountAsync(App, process.Id);

        Assert.Multiple(() =>
        {
            Assert.That(refused.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}"));
            Assert.That(refused.Errors, Does.Contain("La votación ya cerró."));
            Assert.That(stored, Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public async Task BallotCastAfterACloseSavedOnThisNodeIsRefusedByThePage()
    {
        var (process, review) = await ReviewedBallotAsync();

        var closed = App.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        await App.WithDbAsync(async db =>
        {
            var stored = await db.Processes.SingleAsync(p => p.Id == process.Id);
            db.Entry(stored).ComplexProperty(p => p.Schedule).Property(s => s.VotingCloseUtc).CurrentValue = closed;
            return await db.SaveChangesAsync();
        });
        var refused = await review.CastAsync();
        var stored = await VotingSetup.CountAsync(App, process.Id);

        Assert.Multiple(() =>
        {
            Assert.That(refused.Find("#voting-closed"), Is.Not.Null, "the page's own notice, from a box read afresh");
            Assert.That(stored, Is.EqualTo((0, 0)));
        });
    }

    /// <summary>A resident's ballot on its review step, so the box is in the cache when it is cast.</summary>
    private async Task<(VotingProcess Process, BallotPage Review)> ReviewedBallotAsync()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1 max=2"));
        var voter = await SignedInUserAsync([], process.Home);
        var review = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
            .ReviewAsync(BallotPage.Choices((process.HomeProjects[0], 1)));
        Assert.That(review.IsReviewing, Is.True, string.Join(" ", review.Page.Errors));
        return (process, review);
    }
}
