using Budgeting.Cli.Commands;

namespace Budgeting.Cli;

/// <summary>The <c>budgeting</c> command line: <c>tally</c>, <c>report</c>, <c>verify</c>, <c>convert</c>, <c>bench</c>, <c>generate</c>, <c>rules</c>, <c>loadtest</c>.</summary>
public static class Cli
{
    /// <summary>Exit code: success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: <c>verify</c> found that the published result does not follow from its files.</summary>
    public const int NotVerified = 1;

    /// <summary>Exit code: the command line is wrong (unknown command, rule or option).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code: an input file is missing or malformed.</summary>
    public const int InputError = 3;

    /// <summary>Runs the tool; returns the process exit code. Never throws for bad input.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            stdout.Write(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }
        try
        {
            var options = Options.Parse(args.Skip(1));
            return args[0] switch
            {
                "tally" => TallyCommand.Run(options, stdout),
                "report" => ReportCommand.Run(options, stdout),
                "verify" => VerifyCommand.Run(options, stdout),
                "convert" => ConvertCommand.Run(options, stdout),
                "bench" => BenchCommand.Run(options, stdout),
                "generate" => GenerateCommand.Run(options, stdout),
                "loadtest" => LoadCommand.Run(options, stdout, stderr),
                "backup" => BackupCommand.Run(options, stdout),
                "restore" => BackupRestoreCommand.Run(options, stdout, stderr),
                "rules" => RulesCommand(stdout),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine("budgeting: " + e.Message);
            stderr.WriteLine("Run 'budgeting help' for usage.");
            return UsageError;
        }
        catch (InputException e)
        {
            stderr.WriteLine("budgeting: " + e.Message);
            return InputError;
        }
    }

    private static int RulesCommand(TextWriter stdout)
    {
        foreach (var name in Budgeting.Tallying.RuleCatalog.Names)
        {
            stdout.WriteLine(name);
        }
        return Ok;
    }

    internal const string Usage = """
        budgeting: participatory budgeting tallies on Pabulib (.pb, .pb.gz) files

        usage:
          budgeting tally FILE.pb --rule RULE [--json] [--tie-breaking project-id|lower-cost|seed:N]
          budgeting report FILE.pb --rule RULE --out REPORT.pdf [--lang es|en] [--date YYYY-MM-DD] [--verify-url URL]
                           [--data result.json]
          budgeting verify DIR [--hash HEX] [--json]
          budgeting convert IN.pb OUT.(pb|pb.gz|json)
          budgeting bench FILE.pb [--rule RULE]... [--runs N] [--expected EXPECTED.json] [--json]
          budgeting generate --voters N --projects M [--seed S] [--budget B] [--max-approvals K] --out FILE.pb
          budgeting rules
          budgeting loadtest [--url http://127.0.0.1:5080] [--ballots 2000] [--concurrency 64] [--seconds 60] [--json]
                             [--email ORGANIZER --password PASSWORD] [--replays PERCENT] [--duplicates PERCENT] [--server-pid PID]
                             [--warmup-seconds S]
          budgeting backup DATABASE OUT.db [--force] [--json]
          budgeting restore BACKUP.db --to DATABASE [--force] [--json]

        RULE is a pabutools-style identifier (see 'budgeting rules'), e.g. greedy_cost_sat, mes_cost_sat_add1_greedy,
        sequential_phragmen, max_welfare_cardinality_sat; aliases: greedy, greedy_points, mes, phragmen, max_welfare.
        report renders the PDF results report (es-MX by default); its date is --date, else META date_end (required);
        --data writes the canonical result data (result.json) whose SHA-256 the report prints; ties are broken by
        project id. A file without budgeting_* META is box 0/pb of process 0: publish it beside result.json as 0-pb.pb.
        verify checks a published result folder: result.json against result.sha256 and --hash, each box's {box}.pb
        ("12/3" is 12-3.pb) against its input_sha256, and the outcome recomputed from the .pb files against result.json.
        backup copies the app's SQLite database (DATABASE: the file, or its connection string "Data Source=FILE") with
        SQLite's online backup API while the app runs, checks the copy (PRAGMA integrity_check) and prints its size,
        tables, ballots and SHA-256. restore checks a backup, then copies it into DATABASE: stop the app first. Neither
        replaces an existing file without --force. PostgreSQL: pg_dump -Fc and pg_restore (README, Operations).
        loadtest signs in as the organizer (default: the demo's), makes a throwaway process voting with codes, redeems the
        codes, votes through the real forms for --seconds or until --ballots are cast, then checks turnout and the
        published receipts: exit 1 when a ballot was lost, counted twice or an exchange failed, 3 when setup failed.
        exit codes: 0 ok (verified), 1 not verified, 2 bad command line, 3 missing or malformed input file.

        """;
}
