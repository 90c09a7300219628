using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// How one voter took part in one box (channel and sealed receipt), read with one plain command on the context's
/// connection. Every ballot page and receipt page of a vote-day rush asks this, and EF's query pipeline (expression
/// walk, cache key, shaper) cost more than the lookup itself. The statement is built from the model's own table and
/// column names and the provider's quoting, once per model: one process may host a SQLite and a PostgreSQL app.
/// </summary>
public static class ParticipationLookup
{
    private static readonly ConditionalWeakTable<IModel, string> Statements = new();

    public static async Task<(VotingChannel Channel, string SealedReceipt)?> FindAsync(
        BudgetingDbContext db, string voterKey, string boxKey, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        if (!Statements.TryGetValue(db.Model, out var statement))
        {
            statement = Statements.GetValue(db.Model, model => Build(model, sql));
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = statement;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, sql.GenerateParameterName("voter"), voterKey);
            Add(command, sql.GenerateParameterName("box"), boxKey);
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

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Build(IModel model, ISqlGenerationHelper sql)
    {
        var entity = model.FindEntityType(typeof(Participation))
            ?? throw new InvalidOperationException("The model has no participations.");
        var table = StoreObjectIdentifier.Create(entity, StoreObjectType.Table)
            ?? throw new InvalidOperationException("Participations are not mapped to a table.");
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        return $"SELECT {Column(nameof(Participation.Channel))}, {Column(nameof(Participation.SealedReceipt))} "
            + $"FROM {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"WHERE {Column(nameof(Participation.VoterKey))} = {sql.GenerateParameterNamePlaceholder("voter")} "
            + $"AND {Column(nameof(Participation.BoxKey))} = {sql.GenerateParameterNamePlaceholder("box")}";
    }
}
