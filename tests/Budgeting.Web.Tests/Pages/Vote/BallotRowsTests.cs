using System.Security.Cryptography;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Pages.Vote;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Pages.Vote;

/// <summary>
/// The writer's plain statements against the real database of the run (SQLite, and PostgreSQL in its pass): what they
/// write reads back through EF exactly as EF would have written it, and a failed write is EF's kind of failure.
/// </summary>
public sealed class BallotRowsTests : AppFixture
{
    private static readonly DateTime At = new(2026, 6, 1, 18, 30, 15, 123, DateTimeKind.Utc);

    [Test]
    public async Task RowsWrittenByPlainStatementsReadBackThroughTheModelUnchanged()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var box = new BallotBoxId(process.Id, null);
        var voter = Unique("code:voter");
        var participation = new Participation(voter, box, VotingChannel.Code, "sealed-1", "form-1", At);
        var ballot = Ballot(box, process.HomeProjects[0]);

        await InTransactionAsync(rows =>
        {
            rows.Add(participation);
            rows.Add(ballot);
            rows.Add(new AcceptedSubmission(voter, box, "form-1"));
        });

        var (readParticipation, readBallot, forms) = await App.WithDbAsync(async db => (
            await db.Participations.AsNoTracking().SingleAsync(p => p.VoterKey == voter),
            await db.Ballots.AsNoTracking().SingleAsync(b => b.Id == ballot.Id),
            await db.VoteSubmissions.AsNoTracking().Where(s => s.VoterKey == voter).Select(s => s.BoxKey + " " + s.FormKey).ToListAsync()));
        Assert.Multiple(() =>
        {
            Assert.That(readParticipation.Channel, Is.EqualTo(VotingChannel.Code));
            Assert.That((readParticipation.BoxKey, readParticipation.ProcessId), Is.EqualTo((box.Key, process.Id)));
            Assert.That((readParticipation.SealedReceipt, readParticipation.SubmissionKey, readParticipation.Changes), Is.EqualTo(("sealed-1", "form-1", 0)));
            Assert.That(readParticipation.FirstVotedAtUtc, Is.EqualTo(At));
            Assert.That(readParticipation.LastVotedAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That((readBallot.BoxKey, readBallot.ProcessId, readBallot.DistrictId), Is.EqualTo((box.Key, process.Id, (int?)null)));
            Assert.That((readBallot.Content, readBallot.ReceiptHash), Is.EqualTo((ballot.Content, ballot.ReceiptHash)));
            Assert.That(forms, Is.EqualTo(new[] { box.Key + " form-1" }));
        });
    }

    [Test]
    public async Task QueuedRowsAreWrittenInTheirOrderInOneSave()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var box = new BallotBoxId(process.Id, process.Home);
        var voter = Unique("account:voter");
        var participation = new Participation(voter, box, VotingChannel.Online, "sealed-1", "form-1", At);
        var first = Ballot(box, process.HomeProjects[0]);
        var second = Ballot(box, process.HomeProjects[1]);

        await InTransactionAsync(rows =>
        {
            rows.Add(participation);
            rows.Add(first);
            rows.RemoveBallot(first.ReceiptHash);
            participation.Replace("sealed-2", "form-2", At.AddSeconds(1));
            rows.Replace(participation, changesRead: 0);
            rows.Add(second);
        });

        var (stored, ballots) = await App.WithDbAsync(async db => (
            await db.Participations.AsNoTracking().SingleAsync(p => p.VoterKey == voter),
            await db.Ballots.AsNoTracking().Where(b => b.ProcessId == process.Id).Select(b => b.Id).ToListAsync()));
        Assert.That((stored.SealedReceipt, stored.Changes), Is.EqualTo(("sealed-2", 1)));
        Assert.That(ballots, Is.EqualTo(new[] { second.Id }));
    }

    [Test]
    public async Task AReplaceFromAStaleReadFailsAsAConcurrencyConflictAndChangesNothing()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var box = new BallotBoxId(process.Id, process.Home);
        var voter = Unique("account:voter");
        var participation = new Participation(voter, box, VotingChannel.Online, "sealed-1", "form-1", At);
        await InTransactionAsync(rows => rows.Add(participation));

        participation.Replace("sealed-2", "form-2", At.AddMinutes(1));
        var replaced = InTransactionAsync(rows => rows.Replace(participation, changesRead: 7));

        Assert.That(async () => await replaced, Throws.InstanceOf<DbUpdateConcurrencyException>());
        var stored = await App.WithDbAsync(db => db.Participations.AsNoTracking().SingleAsync(p => p.VoterKey == voter));
        Assert.That((stored.SealedReceipt, stored.Changes), Is.EqualTo(("sealed-1", 0)));

        await InTransactionAsync(rows => rows.Replace(participation, changesRead: 0));
        stored = await App.WithDbAsync(db => db.Participations.AsNoTracking().SingleAsync(p => p.VoterKey == voter));
        Assert.That((stored.SealedReceipt, stored.SubmissionKey, stored.Changes, stored.LastVotedAtUtc),
            Is.EqualTo(("sealed-2", "form-2", 1, At.AddMinutes(1))));
    }

    [Test]
    public async Task ASecondParticipationOfOneVoterInOneBoxFailsAsAnUpdateError()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var box = new BallotBoxId(process.Id, process.Home);
        var voter = Unique("account:voter");
        await InTransactionAsync(rows => rows.Add(new Participation(voter, box, VotingChannel.Online, "a", "form-1", At)));

        var second = InTransactionAsync(rows => rows.Add(new Participation(voter, box, VotingChannel.Online, "b", "form-2", At)));

        Assert.That(async () => await second, Throws.InstanceOf<DbUpdateException>());
        Assert.That(await App.WithDbAsync(db => db.Participations.CountAsync(p => p.VoterKey == voter)), Is.EqualTo(1));
    }

    [Test]
    public async Task RowsAreWrittenOnlyInsideATransaction()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();

        Assert.That(() => BallotRows.For(db), Throws.InvalidOperationException);
    }

    private static StoredBallot Ballot(BallotBoxId box, int project) => StoredBallot.From(
        new CanonicalBallot(box, BallotType.ChooseOne, [new BallotChoice(project, 1)]),
        ReceiptCode.Generate(RandomNumberGenerator.Create()), RandomNumberGenerator.Create());

    private async Task InTransactionAsync(Action<BallotRows> write)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var rows = BallotRows.For(db);
        write(rows);
        await rows.SaveAsync();
        await transaction.CommitAsync();
    }
}
