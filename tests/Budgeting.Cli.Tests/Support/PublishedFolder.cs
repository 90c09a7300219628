using System.Globalization;
using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Budgeting.Core.Voting;

namespace Budgeting.Cli.Tests.Support;

/// <summary>
/// A closed process with a district box (0/10) and a city-wide box (0/city), tallied by Core and written as the web app
/// publishes its open data: <c>result.json</c>, <c>result.sha256</c>, <c>0-10.pb</c>, <c>0-city.pb</c> and a README
/// that verify ignores. Ballots are compact text: approved project ids joined by commas.
/// </summary>
internal static class PublishedFolder
{
    public const string Rule = "mes_cost_sat_add1_greedy";

    private static readonly BallotRules Approval =
        BallotRules.Create(new BallotDesign(BallotType.Approval, MinProjects: 0)).Rules ?? throw new InvalidOperationException("Invalid design.");

    private static readonly Dictionary<int, string> Titles = new()
    {
        [1] = "Luminarias",
        [2] = "Parque «El Ángel»",
        [3] = "Banquetas",
        [4] = "Huerto",
        [5] = "Biblioteca",
        [6] = "Ciclovía",
        [7] = "Mercado",
        [8] = "Deportivo",
    };

    public static void Write(string directory)
    {
        var schedule = new PhaseSchedule(Utc(1), Utc(2), Utc(3), Utc(4));
        var process = Process.Create(new ProcessDetails("Presupuesto 2027", "Descripción", "America/Mexico_City", "MXN", 2000, schedule));
        CountedBox[] boxes =
        [
            Counted(new BallotBox(new BallotBoxId(process.Id, 10), 1000, [new(1, 100), new(2, 200), new(3, 300), new(4, 400), new(5, 500)]),
                "Santa Úrsula Coapa", "1,2", "2,5", "2,3", "4,5", "5"),
            Counted(new BallotBox(new BallotBoxId(process.Id, null), 2000, [new(6, 600), new(7, 700), new(8, 900)]),
                "Toda la alcaldía", "6,7", "7", "8,6", "8"),
        ];
        var outcomes = ProcessTally.Run(process, Approval, boxes, Rule);
        WriteResult(directory, CanonicalResult.Write(process.Id, process.Name, process.CurrencyCode, Rule, outcomes));
        foreach (var outcome in outcomes)
        {
            File.WriteAllText(Path.Combine(directory, outcome.BoxKey.Replace('/', '-') + ".pb"), outcome.Pabulib);
        }
        File.WriteAllText(Path.Combine(directory, "README.txt"), "Open data of Presupuesto 2027.\n");
    }

    /// <summary>Writes <c>result.json</c> and a matching <c>result.sha256</c>, as someone rewriting both would.</summary>
    public static void WriteResult(string directory, string canonical)
    {
        File.WriteAllText(Path.Combine(directory, "result.json"), canonical);
        File.WriteAllText(Path.Combine(directory, "result.sha256"), CanonicalResult.Hash(canonical) + "\n");
    }

    /// <summary>Rewrites <c>result.json</c> (and its hash) in canonical form with one box changed.</summary>
    public static void ChangeBox(string directory, string boxKey, Func<BoxOutcome, BoxOutcome> change)
    {
        var result = CanonicalResult.Read(File.ReadAllText(Path.Combine(directory, "result.json")));
        var boxes = result.Boxes.Select(b => b.BoxKey == boxKey ? change(b) : b).ToList();
        WriteResult(directory, CanonicalResult.Write(result.ProcessId, result.ProcessName, result.Currency, result.Rule, boxes));
    }

    public static string Hash(string directory) => File.ReadAllText(Path.Combine(directory, "result.sha256")).Trim();

    private static CountedBox Counted(BallotBox box, string name, params string[] ballots) => new(box, name, Titles,
        [.. ballots.Select(b => Approval.CheckContent(
            b.Split(',').Select(id => new BallotChoice(int.Parse(id, CultureInfo.InvariantCulture), 1)), box).Ballot
            ?? throw new InvalidOperationException($"Ballot {b} is not valid."))]);

    private static DateTime Utc(int month) => new(2027, month, 1, 0, 0, 0, DateTimeKind.Utc);
}
