using System.Globalization;
using Budgeting.Core.Money;

namespace Budgeting.Core.Processes;

/// <summary>
/// A participatory budgeting process: its phases, the districts whose residents vote on their own budget, and the
/// categories projects are filed under. The rules that decide the vote (budgets, currency, districts) freeze when
/// voting opens; nothing changes once results are published.
/// </summary>
public sealed class Process
{
    private readonly List<District> _districts = [];
    private readonly List<Category> _categories = [];

    private Process()
    {
        Name = Description = TimeZoneId = CurrencyCode = "";
        Schedule = null!;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public string TimeZoneId { get; private set; }

    public string CurrencyCode { get; private set; }

    public long? CityWideBudget { get; private set; }

    public PhaseSchedule Schedule { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public IReadOnlyList<District> Districts => _districts;

    public IReadOnlyList<Category> Categories => _categories;

    public static Process Create(ProcessDetails details)
    {
        var process = new Process();
        process.Apply(details);
        return process;
    }

    public Phase PhaseAt(DateTime utc) => PublishedAtUtc is not null ? Phase.Published : Schedule.PhaseAt(utc);

    public bool AreRulesFrozen(DateTime utc) => PhaseAt(utc) >= Phase.Voting;

    public DomainResult Update(ProcessDetails details, DateTime nowUtc)
    {
        if (PublishedAtUtc is not null)
        {
            return DomainResult.Fail(DomainErrors.AlreadyPublished);
        }
        var currencyChange = !string.Equals(details.CurrencyCode, CurrencyCode, StringComparison.Ordinal);
        if ((currencyChange || details.CityWideBudget != CityWideBudget) && AreRulesFrozen(nowUtc))
        {
            return DomainResult.Fail(DomainErrors.RulesFrozen);
        }
        if (currencyChange)
        {
            var changed = ChangeCurrency(details.CurrencyCode, nowUtc);
            if (!changed.Succeeded)
            {
                return changed;
            }
        }
        Apply(details);
        return DomainResult.Ok;
    }

    /// <summary>Publishes a snapshot of this process's closed vote as its result; once, and only after the close.</summary>
    public DomainResult Publish(Results.ResultSnapshot snapshot, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.ProcessId != Id)
        {
            throw new ArgumentException("The snapshot is another process's.", nameof(snapshot));
        }
        if (PublishedAtUtc is not null)
        {
            return DomainResult.Fail(DomainErrors.AlreadyPublished);
        }
        if (PhaseAt(nowUtc) != Phase.Closed)
        {
            return DomainResult.Fail(DomainErrors.NotClosed);
        }
        PublishedAtUtc = nowUtc;
        snapshot.MarkPublished(nowUtc);
        return DomainResult.Ok;
    }

    public DomainResult OverridePhase(Phase target, DateTime nowUtc, DateTime untilUtc)
    {
        if (PublishedAtUtc is not null)
        {
            return DomainResult.Fail(DomainErrors.AlreadyPublished);
        }
        Schedule = Schedule.MoveTo(target, nowUtc, untilUtc);
        return DomainResult.Ok;
    }

    public DomainResult AddDistrict(string name, long budget, DateTime nowUtc)
    {
        var check = CheckDistrictChange(name, exceptId: null, nowUtc);
        if (check.Succeeded)
        {
            _districts.Add(new District(name.Trim(), budget));
        }
        return check;
    }

    public DomainResult UpdateDistrict(int districtId, string name, long budget, DateTime nowUtc)
    {
        var district = _districts.FirstOrDefault(d => d.Id == districtId);
        if (district is null)
        {
            return DomainResult.Fail(DomainErrors.DistrictNotFound);
        }
        var check = CheckDistrictChange(name, districtId, nowUtc);
        if (check.Succeeded)
        {
            district.Update(name.Trim(), budget);
        }
        return check;
    }

    public DomainResult RemoveDistrict(int districtId, DateTime nowUtc)
    {
        var district = _districts.FirstOrDefault(d => d.Id == districtId);
        if (district is null)
        {
            return DomainResult.Fail(DomainErrors.DistrictNotFound);
        }
        if (PublishedAtUtc is not null)
        {
            return DomainResult.Fail(DomainErrors.AlreadyPublished);
        }
        if (AreRulesFrozen(nowUtc))
        {
            return DomainResult.Fail(DomainErrors.RulesFrozen);
        }
        _districts.Remove(district);
        return DomainResult.Ok;
    }

    public DomainResult AddCategory(string name)
    {
        if (PublishedAtUtc is not null)
        {
            return DomainResult.Fail(DomainErrors.AlreadyPublished);
        }
        if (_categories.Any(c => SameName(c.Name, name)))
        {
            return DomainResult.Fail(DomainErrors.DuplicateCategoryName);
        }
        _categories.Add(new Category(name.Trim()));
        return DomainResult.Ok;
    }

    public DomainResult RenameCategory(int categoryId, string name)
    {
        if (PublishedAtUtc is not null)
        {
            return DomainResult.Fail(DomainErrors.AlreadyPublished);
        }
        var category = _categories.FirstOrDefault(c => c.Id == categoryId);
        if (category is null)
        {
            return DomainResult.Fail(DomainErrors.CategoryNotFound);
        }
        if (_categories.Any(c => c.Id != categoryId && SameName(c.Name, name)))
        {
            return DomainResult.Fail(DomainErrors.DuplicateCategoryName);
        }
        category.Rename(name.Trim());
        return DomainResult.Ok;
    }

    public DomainResult RemoveCategory(int categoryId)
    {
        if (PublishedAtUtc is not null)
        {
            return DomainResult.Fail(DomainErrors.AlreadyPublished);
        }
        var category = _categories.FirstOrDefault(c => c.Id == categoryId);
        if (category is null)
        {
            return DomainResult.Fail(DomainErrors.CategoryNotFound);
        }
        _categories.Remove(category);
        return DomainResult.Ok;
    }

    /// <summary>The budget of a district's ballot, or of the city-wide ballot when <paramref name="districtId"/> is null.</summary>
    public long? BudgetOf(int? districtId) => districtId is null
        ? CityWideBudget
        : _districts.FirstOrDefault(d => d.Id == districtId)?.Budget;

    /// <summary>Whether a project of this cost can stand on that ballot under that category.</summary>
    public DomainResult CheckPlacement(int? districtId, int categoryId, long cost)
    {
        if (districtId is not null && _districts.All(d => d.Id != districtId))
        {
            return DomainResult.Fail(DomainErrors.DistrictNotFound);
        }
        if (BudgetOf(districtId) is not { } budget)
        {
            return DomainResult.Fail(DomainErrors.NoCityWideBudget);
        }
        if (_categories.All(c => c.Id != categoryId))
        {
            return DomainResult.Fail(DomainErrors.CategoryNotFound);
        }
        return cost > budget ? DomainResult.Fail(DomainErrors.CostOverBudget) : DomainResult.Ok;
    }

    private DomainResult CheckDistrictChange(string name, int? exceptId, DateTime nowUtc)
    {
        if (PublishedAtUtc is not null)
        {
            return DomainResult.Fail(DomainErrors.AlreadyPublished);
        }
        if (AreRulesFrozen(nowUtc))
        {
            return DomainResult.Fail(DomainErrors.RulesFrozen);
        }
        if (_districts.Any(d => d.Id != exceptId && SameName(d.Name, name)))
        {
            return DomainResult.Fail(DomainErrors.DuplicateDistrictName);
        }
        return DomainResult.Ok;
    }

    // Budgets are minor units, so a currency with other decimals would silently multiply or divide them by 100:
    // they are converted by their amount instead, and only before proposals state costs in the old currency.
    private DomainResult ChangeCurrency(string code, DateTime nowUtc)
    {
        if (PhaseAt(nowUtc) != Phase.Draft)
        {
            return DomainResult.Fail(DomainErrors.CurrencyLocked);
        }
        var from = Currency.Find(CurrencyCode);
        var to = Currency.Find(code);
        if (from is null || to is null || from.MinorDigits == to.MinorDigits)
        {
            return DomainResult.Ok;
        }
        var converted = new List<long>();
        foreach (var district in _districts)
        {
            if (!to.TryToMinorUnits(from.ToMajorUnits(district.Budget), out var budget))
            {
                return DomainResult.Fail(DomainErrors.CurrencyLosesDecimals);
            }
            converted.Add(budget);
        }
        for (var i = 0; i < _districts.Count; i++)
        {
            _districts[i].Update(_districts[i].Name, converted[i]);
        }
        return DomainResult.Ok;
    }

    private static bool SameName(string a, string b) =>
        string.Compare(a.Trim(), b.Trim(), CultureInfo.InvariantCulture,
            CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;

    private void Apply(ProcessDetails details)
    {
        if (!details.Schedule.IsOrdered)
        {
            throw new ArgumentException("Phase dates must be in order.", nameof(details));
        }
        Name = details.Name.Trim();
        Description = details.Description.Trim();
        TimeZoneId = details.TimeZoneId;
        CurrencyCode = details.CurrencyCode;
        CityWideBudget = details.CityWideBudget;
        Schedule = details.Schedule;
    }
}
