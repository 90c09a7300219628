using Budgeting.Core.Processes;

namespace Budgeting.Core.Voting;

/// <summary>
/// A process's ballot design, chosen by the organizer before voting opens and frozen with the other rules from then
/// on. It applies to every district ballot and the city-wide ballot. One row per process; <see cref="Design"/>'s
/// values map to one column each.
/// </summary>
public sealed class BallotSettings
{
    private BallotSettings()
    {
        Design = BallotDesign.Default;
    }

    public int ProcessId { get; private set; }

    public BallotDesign Design { get; private set; }

    /// <summary>The rules of the stored design, which was validated when it was set.</summary>
    public BallotRules Rules => BallotRules.Create(Design).Rules
        ?? throw new InvalidOperationException("The stored ballot design is not valid.");

    /// <summary>The settings of a new process, with <see cref="BallotDesign.Default"/>.</summary>
    public static BallotSettings For(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new BallotSettings { ProcessId = process.Id };
    }

    /// <summary>
    /// Replaces the design; refused with <see cref="DomainErrors.RulesFrozen"/> once voting has opened, or with every
    /// problem of the design. Returns no error on success.
    /// </summary>
    public IReadOnlyList<BallotError> Change(Process process, BallotDesign design, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(design);
        if (process.Id != ProcessId)
        {
            throw new ArgumentException("These are another process's ballot settings.", nameof(process));
        }
        if (process.AreRulesFrozen(nowUtc))
        {
            return [new BallotError(DomainErrors.RulesFrozen)];
        }
        var (rules, errors) = BallotRules.Create(design);
        if (rules is null)
        {
            return errors;
        }
        Design = rules.Design;
        return [];
    }
}
