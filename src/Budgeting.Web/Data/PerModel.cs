using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Budgeting.Web.Data;

/// <summary>
/// Statements built once per model, from its names and its provider's quoting, and kept as long as the model: one
/// process may host a SQLite app and a PostgreSQL app, whose statements differ.
/// </summary>
public sealed class PerModel<T>(Func<IModel, ISqlGenerationHelper, T> build) where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _built = new();

    public T For(DbContext db)
    {
        if (_built.TryGetValue(db.Model, out var built))
        {
            return built;
        }
        var sql = db.GetService<ISqlGenerationHelper>();
        return _built.GetValue(db.Model, model => build(model, sql));
    }
}
