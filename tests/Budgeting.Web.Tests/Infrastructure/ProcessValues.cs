using System.Globalization;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>What an organizer types into #process-form; dates as a datetime-local field sends them.</summary>
public sealed record ProcessValues(
    string Name,
    string Description,
    string TimeZoneId,
    string CurrencyCode,
    string CityWideBudget,
    string ProposalsOpen,
    string ReviewOpen,
    string VotingOpen,
    string VotingClose)
{
    public const string MexicoCity = "America/Mexico_City";

    /// <summary>A valid process in Mexico City whose proposals open the given number of days after now.</summary>
    public static ProcessValues Starting(string name, DateTimeOffset nowUtc, int proposalsInDays)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(MexicoCity);
        var today = TimeZoneInfo.ConvertTime(nowUtc, zone).Date;
        return new ProcessValues(name, "Una descripción.", MexicoCity, "MXN", "",
            Local(today.AddDays(proposalsInDays)), Local(today.AddDays(proposalsInDays + 30)),
            Local(today.AddDays(proposalsInDays + 50)), Local(today.AddDays(proposalsInDays + 64)));
    }

    /// <summary>A valid process in Mexico City whose voting opened yesterday and closes in ten days.</summary>
    public static ProcessValues Voting(string name, DateTimeOffset nowUtc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(MexicoCity);
        var today = TimeZoneInfo.ConvertTime(nowUtc, zone).Date;
        return Starting(name, nowUtc, -30) with
        {
            ReviewOpen = Local(today.AddDays(-20)),
            VotingOpen = Local(today.AddDays(-1)),
            VotingClose = Local(today.AddDays(10)),
        };
    }

    /// <summary>The same values with one field, named as in the form (Input.X without the prefix), changed.</summary>
    public ProcessValues With(string field, string value) => field switch
    {
        nameof(Name) => this with { Name = value },
        nameof(Description) => this with { Description = value },
        nameof(TimeZoneId) => this with { TimeZoneId = value },
        nameof(CurrencyCode) => this with { CurrencyCode = value },
        nameof(CityWideBudget) => this with { CityWideBudget = value },
        nameof(ProposalsOpen) => this with { ProposalsOpen = value },
        nameof(ReviewOpen) => this with { ReviewOpen = value },
        nameof(VotingOpen) => this with { VotingOpen = value },
        nameof(VotingClose) => this with { VotingClose = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a process field."),
    };

    public static string Local(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
