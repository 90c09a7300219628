namespace Budgeting.Core.Voting;

public enum VotingChannel
{
    Online,
    Code,
    Paper,
}

/// <summary>
/// That a voter took part in a ballot box, never how: one row per voter and box (unique), with the channel and when.
/// The way back to the voter's ballot, so they can change it, is their receipt sealed with a server key that is not
/// kept in the database (<see cref="SealedReceipt"/>): the database alone cannot join a voter to a ballot.
/// </summary>
public sealed class Participation
{
    private Participation()
    {
        VoterKey = BoxKey = SealedReceipt = SubmissionKey = "";
    }

    public Participation(string voterKey, BallotBoxId box, VotingChannel channel, string sealedReceipt, string submissionKey, DateTime nowUtc)
    {
        VoterKey = voterKey;
        BoxKey = box.Key;
        ProcessId = box.ProcessId;
        Channel = channel;
        SealedReceipt = sealedReceipt;
        SubmissionKey = submissionKey;
        FirstVotedAtUtc = LastVotedAtUtc = nowUtc;
    }

    public long Id { get; private set; }

    /// <summary>Who: <c>account:{id}</c> for a signed-in resident; other channels bring their own kinds.</summary>
    public string VoterKey { get; private set; }

    public string BoxKey { get; private set; }

    public int ProcessId { get; private set; }

    public VotingChannel Channel { get; private set; }

    public string SealedReceipt { get; private set; }

    /// <summary>The key of the last ballot form accepted, so a replay of that form gets the same receipt.</summary>
    public string SubmissionKey { get; private set; }

    public DateTime FirstVotedAtUtc { get; private set; }

    public DateTime LastVotedAtUtc { get; private set; }

    public int Changes { get; private set; }

    public void Replace(string sealedReceipt, string submissionKey, DateTime nowUtc)
    {
        SealedReceipt = sealedReceipt;
        SubmissionKey = submissionKey;
        LastVotedAtUtc = nowUtc;
        Changes++;
    }
}
