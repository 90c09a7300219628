using System.Text.Json;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Cli.Commands;

/// <summary><c>convert IN OUT</c>: .pb ↔ .pb.gz, or .json (instance and ballots) by the output's extension.</summary>
internal static class ConvertCommand
{
    public static int Run(Options options, TextWriter stdout)
    {
        options.AllowOnly();
        if (options.Positional.Count != 2)
        {
            throw new UsageException("convert needs IN and OUT");
        }
        var (input, output) = (options.Positional[0], options.Positional[1]);
        var election = Files.Read(input);
        try
        {
            using var stream = File.Create(output);
            if (output.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                WriteJson(election, stream);
            }
            else
            {
                PabulibWriter.Write(election, stream, gzip: output.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
            }
        }
        catch (IOException e)
        {
            throw new InputException($"{output}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{output}: {e.Message}");
        }
        stdout.WriteLine($"wrote {output}: {election.Projects.Count} projects, {election.Ballots.Count} ballots");
        return Cli.Ok;
    }

    private static void WriteJson(Election election, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteStartObject("meta");
        foreach (var (k, v) in election.Meta)
        {
            json.WriteString(k, v);
        }
        json.WriteEndObject();
        json.WriteString("vote_type", PabulibWriter.VoteTypeName(election.VoteType));
        json.WritePropertyName("budget");
        json.WriteRawValue(TallyCommand.Money(election.Budget, election.MoneyDecimals));
        json.WriteStartArray("projects");
        foreach (var p in election.Projects)
        {
            json.WriteStartObject();
            json.WriteString("id", p.Id);
            json.WritePropertyName("cost");
            json.WriteRawValue(TallyCommand.Money(p.Cost, election.MoneyDecimals));
            if (p.Name is not null)
            {
                json.WriteString("name", p.Name);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("ballots");
        foreach (var b in election.Ballots)
        {
            json.WriteStartObject();
            json.WriteString("voter_id", b.VoterId);
            json.WriteStartArray("vote");
            foreach (var id in b.Projects)
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
            if (b.Points is { } points)
            {
                json.WriteStartArray("points");
                foreach (var x in points)
                {
                    json.WriteNumberValue(x);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
