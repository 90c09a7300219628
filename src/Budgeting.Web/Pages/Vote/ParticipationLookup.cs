using System.Data;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// How one voter took part in one box (channel and sealed receipt), read with one plain command on the context's
/// connection. Every ballot page and receipt page of a vote-day rush asks this, and EF's query pipeline (expression
/// walk, cache key, shaper) cost more than the lookup itself.
/// </summary>
public static class ParticipationLookup
{
    private static readonly PerModel<TableStatement> Statement = new((model, sql) => TableStatement.Select<Participation>(model, sql,
        [nameof(Participation.Channel), nameof(Participation.SealedReceipt)],
        [nameof(Participation.VoterKey), nameof(Participation.BoxKey)]));

    public static async Task<(VotingChannel Channel, string SealedReceipt)?> FindAsync(
        BudgetingDbContext db, string voterKey, string boxKey, CancellationToken ct)
    {
        var statement = Statement.For(db);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = statement.Bind(statement.Command(db), voterKey, boxKey);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, ct);
            return await reader.ReadAsync(ct)
                ? (Enum.Parse<VotingChannel>(reader.GetString(0)), reader.GetString(1))
                : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
