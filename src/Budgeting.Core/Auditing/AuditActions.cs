namespace Budgeting.Core.Auditing;

/// <summary>Stable names of audited actions; pages show them localized.</summary>
public static class AuditActions
{
    public const string ProcessCreated = "ProcessCreated";
    public const string ProcessUpdated = "ProcessUpdated";
    public const string PhaseOverridden = "PhaseOverridden";
    public const string DistrictAdded = "DistrictAdded";
    public const string DistrictUpdated = "DistrictUpdated";
    public const string DistrictRemoved = "DistrictRemoved";
    public const string CategoryAdded = "CategoryAdded";
    public const string CategoryRenamed = "CategoryRenamed";
    public const string CategoryRemoved = "CategoryRemoved";
    public const string ProposalRuled = "ProposalRuled";
    public const string ProjectAdded = "ProjectAdded";
    public const string BallotDesigned = "BallotDesigned";
    public const string EligibilityChanged = "EligibilityChanged";
    public const string CensusImported = "CensusImported";
    public const string CodesIssued = "CodesIssued";
    public const string CodesDownloaded = "CodesDownloaded";
    public const string PaperVoterRegistered = "PaperVoterRegistered";
    public const string PaperBallotResolved = "PaperBallotResolved";
    public const string ResultTallied = "ResultTallied";
    public const string ResultPublished = "ResultPublished";
}
