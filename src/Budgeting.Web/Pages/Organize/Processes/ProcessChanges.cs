using System.Globalization;
using Budgeting.Core.Processes;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>Describes what an edit changed, for the audit log; culture-invariant so the log reads the same for all.</summary>
public static class ProcessChanges
{
    public static string Describe(ProcessDetails before, ProcessDetails after)
    {
        var changes = new List<string>();
        void Compare<T>(string name, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {Show(a)} -> {Show(b)}"));
            }
        }
        Compare("name", before.Name, after.Name);
        Compare("description", before.Description, after.Description);
        Compare("timeZone", before.TimeZoneId, after.TimeZoneId);
        Compare("currency", before.CurrencyCode, after.CurrencyCode);
        Compare("cityWideBudget", before.CityWideBudget, after.CityWideBudget);
        Compare("proposalsOpen", before.Schedule.ProposalsOpenUtc, after.Schedule.ProposalsOpenUtc);
        Compare("reviewOpen", before.Schedule.ReviewOpenUtc, after.Schedule.ReviewOpenUtc);
        Compare("votingOpen", before.Schedule.VotingOpenUtc, after.Schedule.VotingOpenUtc);
        Compare("votingClose", before.Schedule.VotingCloseUtc, after.Schedule.VotingCloseUtc);
        return changes.Count == 0 ? "no changes" : string.Join("; ", changes);
    }

    public static ProcessDetails Of(Process p) =>
        new(p.Name, p.Description, p.TimeZoneId, p.CurrencyCode, p.CityWideBudget, p.Schedule);

    private static string Show<T>(T value) => value switch
    {
        null => "none",
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        string s when s.Length > 80 => $"\"{s[..80]}…\"",
        string s => $"\"{s}\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
