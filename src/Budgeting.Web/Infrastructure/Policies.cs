namespace Budgeting.Web.Infrastructure;

public static class Policies
{
    public const string Organizers = "Organizers";
    public const string Admins = "Admins";
    public const string Reviewers = "Reviewers";
    public const string PollWorkers = "PollWorkers";
    public const string Voters = "Voters";
}
