using System.Globalization;
using Budgeting.Core.Money;
using Budgeting.Core.Processes;
using Budgeting.Web.Infrastructure;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>The process form shared by the create and edit pages; dates are local to the process's time zone.</summary>
public sealed class ProcessInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? TimeZoneId { get; set; } = "America/Mexico_City";

    public string? CurrencyCode { get; set; } = "MXN";

    public string? CityWideBudget { get; set; }

    public DateTime? ProposalsOpen { get; set; }

    public DateTime? ReviewOpen { get; set; }

    public DateTime? VotingOpen { get; set; }

    public DateTime? VotingClose { get; set; }

    public static ProcessInput From(Process process)
    {
        DateTime Local(DateTime utc) => ProcessTime.ToLocal(utc, process.TimeZoneId);
        return new ProcessInput
        {
            Name = process.Name,
            Description = process.Description,
            TimeZoneId = process.TimeZoneId,
            CurrencyCode = process.CurrencyCode,
            CityWideBudget = process.CityWideBudget is { } b ? MoneyText.ForInput(b, process.CurrencyCode) : null,
            ProposalsOpen = Local(process.Schedule.ProposalsOpenUtc),
            ReviewOpen = Local(process.Schedule.ReviewOpenUtc),
            VotingOpen = Local(process.Schedule.VotingOpenUtc),
            VotingClose = Local(process.Schedule.VotingCloseUtc),
        };
    }

    /// <summary>The details this input describes; call only after <see cref="ProcessInputValidator"/> accepted it.</summary>
    public ProcessDetails ToDetails(CultureInfo culture)
    {
        var zone = ProcessTime.FindZone(TimeZoneId)!;
        var currency = Currency.Find(CurrencyCode)!;
        long? cityWide = null;
        if (!string.IsNullOrWhiteSpace(CityWideBudget))
        {
            MoneyText.TryParse(CityWideBudget, currency, culture, out var minor);
            cityWide = minor;
        }
        var schedule = new PhaseSchedule(
            ProcessTime.ToUtc(ProposalsOpen!.Value, zone),
            ProcessTime.ToUtc(ReviewOpen!.Value, zone),
            ProcessTime.ToUtc(VotingOpen!.Value, zone),
            ProcessTime.ToUtc(VotingClose!.Value, zone));
        return new ProcessDetails(Name!.Trim(), Description?.Trim() ?? "", zone.Id, currency.Code, cityWide, schedule);
    }
}
