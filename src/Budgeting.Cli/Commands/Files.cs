using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Cli.Commands;

internal static class Files
{
    public static Election Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"file not found: {path}");
        }
        try
        {
            using var stream = File.OpenRead(path);
            return PabulibReader.Read(stream);
        }
        catch (PabulibFormatException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }

    public static TieBreaking TieBreaking(string? text) => text switch
    {
        null or "project-id" => Tallying.TieBreaking.ProjectId,
        "lower-cost" => Tallying.TieBreaking.LowerCost,
        _ when text.StartsWith("seed:", StringComparison.Ordinal) && int.TryParse(text[5..], out var seed) => Tallying.TieBreaking.Seeded(seed),
        _ => throw new UsageException($"unknown tie-breaking '{text}' (project-id, lower-cost or seed:N)"),
    };

    public static string Rule(string? name)
    {
        if (name is null)
        {
            throw new UsageException("missing --rule RULE");
        }
        return RuleCatalog.Canonical(name) ?? throw new UsageException($"unknown rule '{name}'; run 'budgeting rules' for the list");
    }
}
