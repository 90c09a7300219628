namespace Budgeting.Web.Data;

/// <summary>Text lengths shared by the schema and the validators, so the two cannot disagree.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int ShortName = 120;
    public const int Description = 4000;
    public const int StorageKey = 100;
}
