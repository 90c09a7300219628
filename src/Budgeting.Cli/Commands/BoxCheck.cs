using System.Globalization;
using Budgeting.Core.Results;

namespace Budgeting.Cli.Commands;

/// <summary>
/// One box of a published result checked against its ballot file: the file's SHA-256 against <c>input_sha256</c>, the
/// process, currency and box the file names against <c>result.json</c>, and the outcome recomputed from the file.
/// </summary>
internal sealed record BoxCheck(string Box, string File, BoxOutcome Recomputed, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;

    public static BoxCheck Run(string directory, PublishedResult result, BoxOutcome published)
    {
        var file = PabulibBox.FileName(published.BoxKey);
        if (file.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new InputException($"box '{published.BoxKey}' in result.json does not name a file");
        }
        var path = Path.Combine(directory, file);
        var bytes = Files.Bytes(path);
        var text = Files.Text(path, bytes);
        var box = PabulibBox.Tally(path, Files.Parse(path, text), text, result.Rule);

        var problems = new List<string>();
        void Compare(string field, string theirs, string ours)
        {
            if (!string.Equals(theirs, ours, StringComparison.Ordinal))
            {
                problems.Add($"{field}: result.json \"{theirs}\", {file} \"{ours}\"");
            }
        }

        // The outcome already carries the hash of the text, which is the hash of the bytes: the text is strict UTF-8.
        if (box.Outcome.InputSha256 != published.InputSha256)
        {
            problems.Add($"{file} is not the ballot file tallied: its SHA-256 is {box.Outcome.InputSha256}, input_sha256 is {published.InputSha256}");
        }
        Compare("process", result.ProcessId.ToString(CultureInfo.InvariantCulture), box.ProcessId.ToString(CultureInfo.InvariantCulture));
        Compare("process_name", result.ProcessName, box.ProcessName);
        Compare("currency", result.Currency, box.Currency);
        Compare("box", published.BoxKey, box.Outcome.BoxKey);
        problems.AddRange(OutcomeDifferences.Between(published, box.Outcome));
        return new BoxCheck(published.BoxKey, file, box.Outcome, problems);
    }
}
