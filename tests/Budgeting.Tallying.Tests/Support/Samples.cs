using System.Collections.Concurrent;
using System.Text.Json;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Tallying.Tests.Support;

/// <summary>The real Pabulib instances in samples/pabulib and pabutools' outcomes for them.</summary>
internal static class Samples
{
    private static readonly ConcurrentDictionary<string, Election> Cache = new(StringComparer.Ordinal);

    public static string Directory { get; } = Path.Combine(FindRoot(), "samples", "pabulib");

    public static IEnumerable<string> Instances =>
        System.IO.Directory.GetFiles(Directory, "*.pb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static Election Load(string instance) => Cache.GetOrAdd(instance, name =>
    {
        using var stream = File.OpenRead(Path.Combine(Directory, name + ".pb"));
        return PabulibReader.Read(stream);
    });

    public static IEnumerable<ExpectedOutcome> Expected(string instance)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "expected", instance + ".expected.json")));
        foreach (var r in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            yield return new ExpectedOutcome(
                instance,
                r.GetProperty("rule").GetString()!,
                r.GetProperty("status").GetString()!,
                r.GetProperty("selected").ValueKind == JsonValueKind.Array
                    ? r.GetProperty("selected").EnumerateArray().Select(x => x.GetString()!).ToList()
                    : null,
                r.TryGetProperty("selection_order", out var order) && order.ValueKind == JsonValueKind.Array
                    ? order.EnumerateArray().Select(x => x.GetString()!).ToList()
                    : null,
                r.TryGetProperty("welfare", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null,
                r.TryGetProperty("total_cost_exact", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Budgeting.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Budgeting.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}

public sealed record ExpectedOutcome(
    string Instance,
    string Rule,
    string Status,
    IReadOnlyList<string>? Selected,
    IReadOnlyList<string>? SelectionOrder,
    string? Welfare,
    string? TotalCost)
{
    public override string ToString() => $"{Instance} {Rule}";
}
