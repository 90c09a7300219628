using System.Globalization;
using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Vote;

public sealed class SecretBallotTests : AppFixture
{
    // The schema checks read SQLite's catalog; PostgreSQL's tables come from the same model.
    [Test, Category(BudgetingApp.SqliteOnly)]
    public async Task BallotsTableHasNoColumnThatNamesAVoterACodeOrATime()
    {
        var columns = await ColumnsAsync("Ballots");

        Assert.Multiple(() =>
        {
            Assert.That(columns, Does.Contain("Content").And.Contain("ReceiptHash"));
            foreach (var column in columns)
            {
                Assert.That(column, Does.Not.Match("(?i)user|account|voter|code|time|date|stamp|created|updated|session|participa"));
            }
        });
    }

    [Test, Category(BudgetingApp.SqliteOnly)]
    public async Task ParticipationsTableHasNoColumnPointingAtABallotOrAReceiptInTheClear()
    {
        var columns = await ColumnsAsync("Participations");
        var references = await QueryAsync("SELECT \"table\" FROM pragma_foreign_key_list('Participations')");

        Assert.Multiple(() =>
        {
            Assert.That(columns, Does.Contain("VoterKey").And.Contain("SealedReceipt"));
            foreach (var column in columns)
            {
                Assert.That(column, Does.Not.Match("(?i)ballot|hash|^receipt"));
            }
            Assert.That(references.Select(r => r[0]), Does.Not.Contain("Ballots"));
        });
    }

    [Test]
    public async Task NoRowJoinsAVoterToTheirBallot()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1"));
        var voters = new List<(TestUser Voter, string Receipt)>();
        for (var i = 0; i < 3; i++)
        {
            var voter = await SignedInUserAsync([], process.Home);
            var counted = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
                .VoteAsync(VotingSetup.Choices(process, $"{i}:1"));
            voters.Add((voter, counted.Find("#receipt")?.TextContent.Trim() ?? ""));
        }

        var ballots = await QueryAsync($"SELECT * FROM \"Ballots\" WHERE \"ProcessId\" = {process.Id}");
        var participations = await QueryAsync($"SELECT * FROM \"Participations\" WHERE \"ProcessId\" = {process.Id}");
        var sealedReceipts = await App.WithDbAsync(db => db.Participations.Where(p => p.ProcessId == process.Id).Select(p => p.SealedReceipt).ToListAsync());
        var ballotValues = ballots.SelectMany(b => b).ToList();
        var participationValues = participations.SelectMany(p => p).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ballots, Has.Count.EqualTo(3));
            Assert.That(participations, Has.Count.EqualTo(3));
            foreach (var (voter, receipt) in voters)
            {
                Assert.That(receipt, Is.Not.Empty);
                var bare = receipt.Replace("-", "", StringComparison.Ordinal);
                Assert.That(ballotValues, Has.None.Contains(voter.Id).And.None.Contains(voter.Email));
                Assert.That(ballotValues, Has.None.Contains(receipt).And.None.Contains(bare));
                Assert.That(participationValues, Has.None.Contains(receipt).And.None.Contains(bare));
                Assert.That(participationValues, Has.None.Contains(ReceiptCode.Hash(receipt)));
                Assert.That(sealedReceipts, Has.None.EqualTo(receipt).And.None.EqualTo(ReceiptCode.Hash(receipt)));
            }
            foreach (var ballot in ballots)
            {
                Assert.That(participationValues, Has.None.EqualTo(ballot[0]), "a participation holds a ballot id");
            }
        });
    }

    // PostgreSQL keeps rows in insertion order (and stamps each with its transaction): a known limit, see the README.
    [Test, Category(BudgetingApp.SqliteOnly)]
    public async Task BallotsAreNotStoredInTheOrderTheyWereCast()
    {
        // With eight voters a random storage order matches the casting order by chance once in 40,320 runs.
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var castOrder = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var voter = await SignedInUserAsync([], process.Home);
            var counted = await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox))
                .VoteAsync(VotingSetup.Choices(process, $"{i % 5}:1"));
            castOrder.Add(ReceiptCode.Hash(counted.Find("#receipt")?.TextContent.Trim() ?? ""));
        }

        var stored = await QueryAsync($"SELECT ReceiptHash, Content, Id FROM Ballots WHERE ProcessId = {process.Id}");

        Assert.That(stored.Select(r => r[0]), Is.EquivalentTo(castOrder));
        Assert.That(stored.Select(r => r[0]), Is.Not.EqualTo(castOrder),
            "The table's hidden rowid keeps the casting order, which the participations' times join to voters.");
    }

    private async Task<List<string>> ColumnsAsync(string table) =>
        (await QueryAsync($"SELECT name FROM pragma_table_info('{table}')")).Select(r => r[0]).ToList();

    private Task<List<string[]>> QueryAsync(string sql) => App.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "").ToArray());
        }
        return rows;
    });
}
