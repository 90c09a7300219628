using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Cli.Commands;

internal static class TallyCommand
{
    public static int Run(Options options, TextWriter stdout)
    {
        options.AllowOnly("--rule", "--json", "--tie-breaking");
        if (options.Positional.Count != 1)
        {
            throw new UsageException("tally needs exactly one FILE.pb");
        }
        var rule = Files.Rule(options.Get("--rule"));
        var tieBreaking = Files.TieBreaking(options.Get("--tie-breaking"));
        var election = Files.Read(options.Positional[0]);
        var watch = Stopwatch.StartNew();
        var result = RuleCatalog.Tally(election, rule, tieBreaking);
        var seconds = watch.Elapsed.TotalSeconds;
        if (options.Has("--json"))
        {
            stdout.WriteLine(Json(result, election, seconds));
        }
        else
        {
            TextReport.Write(result, election, seconds, stdout);
        }
        return Cli.Ok;
    }

    public static string Json(TallyResult result, Election election, double seconds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("rule", result.Rule);
            json.WriteStartArray("selected");
            foreach (var id in result.Selected.Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
            json.WritePropertyName("total_cost");
            json.WriteRawValue(Money(result.TotalCost, election.MoneyDecimals));
            if (result.Welfare is { } welfare)
            {
                json.WriteString("welfare", welfare.ToString());
            }
            json.WriteNumber("seconds", Math.Round(seconds, 6));
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A JSON number: an integer when the amount is whole, else the exact decimal.</summary>
    public static string Money(long minorUnits, int decimals)
    {
        var text = PabulibWriter.FormatMoney(minorUnits, decimals);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }
        return text.Length == 0 ? "0" : text.ToString(CultureInfo.InvariantCulture);
    }
}
