namespace Budgeting.Web.Infrastructure;

public static class Roles
{
    public const string Resident = "Resident";
    public const string Reviewer = "Reviewer";
    public const string PollWorker = "PollWorker";
    public const string Organizer = "Organizer";
    public const string Admin = "Admin";

    public static readonly string[] All = [Resident, Reviewer, PollWorker, Organizer, Admin];
}
