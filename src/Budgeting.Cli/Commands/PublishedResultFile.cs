using System.Text.Json;
using Budgeting.Core.Results;
using Budgeting.Tallying;

namespace Budgeting.Cli.Commands;

/// <summary>A published <c>result.json</c> read for checking: anything that is not canonical result data is bad input.</summary>
internal static class PublishedResultFile
{
    public static PublishedResult Read(string path, byte[] bytes)
    {
        var text = Files.Text(path, bytes);
        PublishedResult result;
        try
        {
            result = CanonicalResult.Read(text);
        }
        // CanonicalResult.Read trusts its input's shape; here the input may be anything.
        catch (KeyNotFoundException)
        {
            throw new InputException($"{path}: not canonical result data (a field is missing)");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            throw new InputException($"{path}: not canonical result data ({e.Message})");
        }
        if (!Complete(result))
        {
            throw new InputException($"{path}: not canonical result data (a name, box, hash or project id is null)");
        }
        if (RuleCatalog.Canonical(result.Rule) is null)
        {
            throw new InputException($"{path}: unknown rule '{result.Rule}'; run 'budgeting rules' for the rules this tool can recompute");
        }
        return result;
    }

    private static bool Complete(PublishedResult result) =>
        new[] { result.ProcessName, result.Currency, result.Rule }.All(v => v is not null)
        && result.Boxes.All(b => new[] { b.BoxKey, b.Name, b.InputSha256 }.All(v => v is not null)
            && b.Projects.All(p => p.Id is not null && p.Title is not null));
}
