namespace Budgeting.Core;

public static class DomainErrors
{
    public const string DuplicateDistrictName = "DuplicateDistrictName";
    public const string DuplicateCategoryName = "DuplicateCategoryName";
    public const string RulesFrozen = "RulesFrozen";
    public const string DistrictNotFound = "DistrictNotFound";
    public const string CategoryNotFound = "CategoryNotFound";
    public const string AlreadyPublished = "AlreadyPublished";
    public const string NotInProposalsPhase = "NotInProposalsPhase";
    public const string NotInReviewPhase = "NotInReviewPhase";
    public const string NoCityWideBudget = "NoCityWideBudget";
    public const string NotTheAuthor = "NotTheAuthor";
    public const string CannotMergeIntoItself = "CannotMergeIntoItself";
    public const string MergeTargetUnavailable = "MergeTargetUnavailable";
    public const string CostOverBudget = "CostOverBudget";
    public const string DistrictInUse = "DistrictInUse";
    public const string CategoryInUse = "CategoryInUse";
    public const string CurrencyLocked = "CurrencyLocked";
    public const string CurrencyLosesDecimals = "CurrencyLosesDecimals";
    public const string CensusEntryTaken = "CensusEntryTaken";
    public const string SameKeyer = "SameKeyer";
    public const string PaperBallotComplete = "PaperBallotComplete";
    public const string PaperBallotNotDisputed = "PaperBallotNotDisputed";
    public const string NotClosed = "NotClosed";
}
