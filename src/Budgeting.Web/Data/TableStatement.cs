using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Budgeting.Web.Data;

/// <summary>
/// One plain statement on one entity's table, for the vote-day paths where EF's query and save pipelines cost more
/// than the statement itself. The text is built from the model's table and column names and the provider's quoting, so
/// it holds on SQLite and PostgreSQL alike; parameters are made by the model's type mappings, so value converters
/// (enums as text, UTC times) apply exactly as in EF. Build each once per model (<see cref="PerModel{T}"/>).
/// </summary>
public sealed class TableStatement
{
    private readonly (string Name, RelationalTypeMapping Mapping)[] _parameters;

    private TableStatement(string text, (string Name, RelationalTypeMapping Mapping)[] parameters)
    {
        Text = text;
        _parameters = parameters;
    }

    public string Text { get; }

    /// <summary><c>INSERT INTO table (columns) VALUES (…)</c>; values in the order of <paramref name="columns"/>.</summary>
    public static TableStatement Insert<TEntity>(IModel model, ISqlGenerationHelper sql, params string[] columns)
    {
        var table = new Table(model, typeof(TEntity), sql);
        var parameters = table.Parameters(columns);
        return new(
            $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(table.Column))}) "
            + $"VALUES ({string.Join(", ", parameters.Select((_, i) => sql.GenerateParameterNamePlaceholder(Name(i))))})",
            parameters);
    }

    /// <summary><c>UPDATE table SET set… WHERE where…</c>; values for <paramref name="set"/>, then for <paramref name="where"/>.</summary>
    public static TableStatement Update<TEntity>(IModel model, ISqlGenerationHelper sql, string[] set, string[] where)
    {
        var table = new Table(model, typeof(TEntity), sql);
        return new(
            $"UPDATE {table.Name} SET {table.Equalities(set, 0, ", ")} WHERE {table.Equalities(where, set.Length, " AND ")}",
            table.Parameters([.. set, .. where]));
    }

    /// <summary><c>DELETE FROM table WHERE where…</c>.</summary>
    public static TableStatement Delete<TEntity>(IModel model, ISqlGenerationHelper sql, params string[] where)
    {
        var table = new Table(model, typeof(TEntity), sql);
        return new($"DELETE FROM {table.Name} WHERE {table.Equalities(where, 0, " AND ")}", table.Parameters(where));
    }

    /// <summary><c>SELECT columns FROM table WHERE where…</c>; values for <paramref name="where"/>.</summary>
    public static TableStatement Select<TEntity>(IModel model, ISqlGenerationHelper sql, string[] columns, string[] where)
    {
        var table = new Table(model, typeof(TEntity), sql);
        return new(
            $"SELECT {string.Join(", ", columns.Select(table.Column))} FROM {table.Name} WHERE {table.Equalities(where, 0, " AND ")}",
            table.Parameters(where));
    }

    /// <summary>A command for this statement on the context's connection (which the caller opens), in its transaction if any.</summary>
    public DbCommand Command(DbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Text;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>Sets the command's parameters to these values, in the statement's order.</summary>
    public DbCommand Bind(DbCommand command, params ReadOnlySpan<object?> values)
    {
        Bind(command, command.Parameters, values);
        return command;
    }

    /// <summary>Sets the parameters of one command of a batch, made by a command of the same connection.</summary>
    public void Bind(DbBatchCommand target, DbCommand factory, params ReadOnlySpan<object?> values)
    {
        target.CommandText = Text;
        Bind(factory, target.Parameters, values);
    }

    private void Bind(DbCommand factory, DbParameterCollection parameters, ReadOnlySpan<object?> values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"The statement takes {_parameters.Length} values, not {values.Length}.", nameof(values));
        }
        parameters.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            parameters.Add(_parameters[i].Mapping.CreateParameter(factory, _parameters[i].Name, values[i]));
        }
    }

    private static string Name(int index) => "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Table
    {
        private readonly IEntityType _entity;
        private readonly StoreObjectIdentifier _table;
        private readonly ISqlGenerationHelper _sql;

        public Table(IModel model, Type type, ISqlGenerationHelper sql)
        {
            _entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"The model has no {type.Name}.");
            _table = StoreObjectIdentifier.Create(_entity, StoreObjectType.Table)
                ?? throw new InvalidOperationException($"{type.Name} is not mapped to a table.");
            _sql = sql;
            Name = sql.DelimitIdentifier(_table.Name, _table.Schema);
        }

        public string Name { get; }

        public string Column(string property) => _sql.DelimitIdentifier(Property(property).GetColumnName(_table)!);

        public string Equalities(string[] properties, int first, string separator) => string.Join(separator,
            properties.Select((p, i) => $"{Column(p)} = {_sql.GenerateParameterNamePlaceholder(TableStatement.Name(first + i))}"));

        public (string Name, RelationalTypeMapping Mapping)[] Parameters(string[] properties) => properties
            .Select((p, i) => (_sql.GenerateParameterName(TableStatement.Name(i)), (RelationalTypeMapping)Property(p).GetRelationalTypeMapping()))
            .ToArray();

        private IProperty Property(string name) =>
            _entity.FindProperty(name) ?? throw new InvalidOperationException($"{_entity.DisplayName()} has no property {name}.");
    }
}
