namespace Budgeting.Core.Eligibility;

/// <summary>Who may vote online in a process; chosen by the organizer and frozen when voting opens.</summary>
public enum EligibilityMode
{
    /// <summary>Any signed-in resident of the district (small or trial processes).</summary>
    Residents,

    /// <summary>Signed-in residents whose account is matched to an entry of the imported census.</summary>
    Census,

    /// <summary>One-time voting codes, no account needed.</summary>
    Codes,

    /// <summary>Census-matched accounts and voting codes.</summary>
    CensusOrCodes,
}

public static class EligibilityModes
{
    public static bool UsesCensus(this EligibilityMode mode) => mode is EligibilityMode.Census or EligibilityMode.CensusOrCodes;

    public static bool UsesCodes(this EligibilityMode mode) => mode is EligibilityMode.Codes or EligibilityMode.CensusOrCodes;

    public static bool AcceptsAccounts(this EligibilityMode mode) => mode != EligibilityMode.Codes;
}
