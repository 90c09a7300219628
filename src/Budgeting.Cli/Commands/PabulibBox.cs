using System.Globalization;
using Budgeting.Core.Results;
using Budgeting.Core.Voting;
using Budgeting.Tallying;

namespace Budgeting.Cli.Commands;

/// <summary>
/// One Pabulib file as one ballot box of the canonical result data (<see cref="CanonicalResult"/>), as <c>report</c>
/// hashes it and <c>verify</c> recomputes it. A file the web app published names its process and box in META
/// (<c>budgeting_process</c>, <c>budgeting_process_name</c>, <c>budgeting_box</c>, <c>budgeting_box_name</c>); any
/// other file is box <see cref="FallbackBoxKey"/> of process 0, its process named by META <c>description</c> or
/// <c>unit</c> and its box by <c>subunit</c>, <c>district</c> or <c>unit</c>. Everything follows from the file's
/// content, never its name, which changes when the file is published as <see cref="FileName"/>.
/// </summary>
internal sealed record PabulibBox(int ProcessId, string ProcessName, string Currency, BoxOutcome Outcome)
{
    public const string FallbackBoxKey = "0/pb";

    public static PabulibBox Tally(string path, Election election, string text, string rule)
    {
        var key = election.MetaValue(ProcessTally.BoxMeta) ?? FallbackBoxKey;
        var name = election.MetaValue(ProcessTally.BoxNameMeta) ?? FirstOf(election, "subunit", "district", "unit") ?? "";
        return new PabulibBox(
            ProcessIdOf(path, election),
            election.MetaValue(ProcessTally.ProcessNameMeta) ?? FirstOf(election, "description", "unit") ?? "",
            election.MetaValue("currency") ?? "",
            OutcomeOf(path, election, text, rule) with { BoxKey = key, DistrictId = BallotBoxKey.DistrictOf(key), Name = name });
    }

    /// <summary>The canonical result data of this box alone, the bytes <c>report</c> hashes.</summary>
    public string Canonical(string rule) => CanonicalResult.Write(ProcessId, ProcessName, Currency, rule, [Outcome]);

    /// <summary>The box's file in the open data: box key "12/3" is <c>12-3.pb</c>.</summary>
    public static string FileName(string boxKey) => boxKey.Replace('/', '-') + ".pb";

    private static BoxOutcome OutcomeOf(string path, Election election, string text, string rule)
    {
        try
        {
            return ProcessTally.Outcome(election, text, rule);
        }
        // A file that parses can still be one the rule cannot count; that is bad input, never a crash.
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException or OverflowException)
        {
            throw new InputException($"{path}: cannot tally it with {rule}: {e.Message}");
        }
    }

    private static int ProcessIdOf(string path, Election election)
    {
        var text = election.MetaValue(ProcessTally.ProcessMeta);
        if (text is null)
        {
            return 0;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new InputException($"{path}: META {ProcessTally.ProcessMeta} is not a process number: '{text}'");
    }

    private static string? FirstOf(Election election, params string[] keys) =>
        keys.Select(election.MetaValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
