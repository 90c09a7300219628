using System.Collections.Concurrent;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// Drops the <see cref="BallotBoxCache"/> whenever a save changes what a box is made of: a process, its districts,
/// its projects, its ballot design or who may vote. Dropped before the save and again after it, so a page that read
/// the box while the save was under way does not keep the old one.
/// </summary>
public sealed class BallotBoxChanges(BallotBoxCache cache) : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<Guid, byte> _saving = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Saved(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    private void Saving(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Process or District or Project or BallotSettings or EligibilitySettings))
        {
            _saving[context.ContextId.InstanceId] = 0;
            cache.Clear();
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && _saving.TryRemove(context.ContextId.InstanceId, out _))
        {
            cache.Clear();
        }
    }
}
