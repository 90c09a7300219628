using System.Security.Cryptography;
using Budgeting.Core.Processes;

namespace Budgeting.Core.Eligibility;

/// <summary>
/// A process's eligibility rules: the <see cref="EligibilityMode"/>, whether one poll worker may key both entries of a
/// paper ballot, and the secret salt census identifiers and voting codes are hashed under. One row per process.
/// </summary>
public sealed class EligibilitySettings
{
    private EligibilitySettings()
    {
        Salt = [];
    }

    public int ProcessId { get; private set; }

    public EligibilityMode Mode { get; private set; }

    /// <summary>Whether one poll worker may key a paper ballot twice (small stations with one worker).</summary>
    public bool AllowSameKeyerTwice { get; private set; }

    public byte[] Salt { get; private set; }

    public static EligibilitySettings For(int processId) => new()
    {
        ProcessId = processId,
        Mode = EligibilityMode.Residents,
        Salt = RandomNumberGenerator.GetBytes(32),
    };

    /// <summary>Changes the rules; refused once voting has opened, since they decide who votes.</summary>
    public DomainResult Change(Process process, EligibilityMode mode, bool allowSameKeyerTwice, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.Id != ProcessId)
        {
            throw new ArgumentException("These are another process's settings.", nameof(process));
        }
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode));
        }
        if (process.AreRulesFrozen(nowUtc))
        {
            return DomainResult.Fail(DomainErrors.RulesFrozen);
        }
        Mode = mode;
        AllowSameKeyerTwice = allowSameKeyerTwice;
        return DomainResult.Ok;
    }
}
