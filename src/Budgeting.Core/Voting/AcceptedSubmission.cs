namespace Budgeting.Core.Voting;

/// <summary>
/// A ballot form a voter's cast was accepted from, so a late retry of an older form is recognised and answered with
/// the voter's current receipt instead of undoing a later vote. It names the voter and the box, never the ballot.
/// </summary>
public sealed class AcceptedSubmission
{
    private AcceptedSubmission()
    {
        VoterKey = BoxKey = FormKey = "";
    }

    public AcceptedSubmission(string voterKey, BallotBoxId box, string formKey)
    {
        VoterKey = voterKey;
        BoxKey = box.Key;
        FormKey = formKey;
    }

    public long Id { get; private set; }

    public string VoterKey { get; private set; }

    public string BoxKey { get; private set; }

    public string FormKey { get; private set; }
}
