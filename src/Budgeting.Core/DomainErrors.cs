namespace Budgeting.Core;

public static class DomainErrors
{
    public const string DuplicateDistrictName = "DuplicateDistrictName";
    public const string DuplicateCategoryName = "DuplicateCategoryName";
    public const string RulesFrozen = "RulesFrozen";
    public const string DistrictNotFound = "DistrictNotFound";
    public const string CategoryNotFound = "CategoryNotFound";
    public const string AlreadyPublished = "AlreadyPublished";
}
