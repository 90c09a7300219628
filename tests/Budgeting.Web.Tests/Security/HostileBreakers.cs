namespace Budgeting.Web.Tests.Security;

/// <summary>
/// For each form that stores on valid input, the field whose value makes every hostile post to it invalid (so the
/// database must stay as it was); forms not listed store nothing on any input, which the test checks as well.
/// </summary>
public static class HostileBreakers
{
    private static readonly string[] TooLong = [HostileValues.Long(100_001), HostileValues.Long(4001)];
    private static readonly string[] NotAMoney = ["-1", "-0.01", "abc", "1e30", "99999999999999999999999999", "<script>alert(1)</script>"];
    private static readonly string[] NoRow = ["0", "-1", "abc", "99999999", "2147483648", "<script>alert(1)</script>"];

    public static readonly IReadOnlyDictionary<string, Breaker> ByForm = new Dictionary<string, Breaker>(StringComparer.Ordinal)
    {
        ["POST /account/register"] = new("Input.ConfirmPassword", ["", "<script>alert(1)</script>", "' OR '1'='1"]),
        ["POST /account/two-factor ?handler=Disable"] = new(null, [], TokenOnly: true),
        ["POST /organize/processes/new"] = new("Input.Name", ["", "   ", .. TooLong]),
        ["POST /organize/processes/{id:int}/edit"] = new("Input.Name", ["", "   ", .. TooLong]),
        ["POST /organize/processes/{id:int}/ballot"] = new("Input.Type", HostileValues.Unbindable),
        ["POST /organize/processes/{id:int}/categories ?handler=Add"] = new("NewCategory.Name", ["", .. TooLong]),
        ["POST /organize/processes/{id:int}/categories ?handler=Rename"] = new("Edit.Name", ["", .. TooLong]),
        ["POST /organize/processes/{id:int}/categories ?handler=Remove"] = new("categoryId", NoRow),
        ["POST /organize/processes/{id:int}/codes"] = new("Count", ["0", .. NotAMoney]),
        ["POST /organize/processes/{id:int}/districts ?handler=Add"] = new("NewDistrict.Budget", NotAMoney),
        ["POST /organize/processes/{id:int}/districts ?handler=Update"] = new("Edit.Budget", NotAMoney),
        ["POST /organize/processes/{id:int}/districts ?handler=Remove"] = new("districtId", NoRow),
        ["POST /organize/processes/{id:int}/eligibility"] = new("Mode", HostileValues.Unbindable),
        ["POST /organize/processes/{id:int}/phase"] = new("Input.Target", HostileValues.Unbindable),
        ["POST /organize/processes/{id:int}/projects"] = new("Input.EstimatedCost", NotAMoney),
        ["POST /organize/processes/{id:int}/results ?handler=Tally"] = new("Rule", ["", "abc", "<script>alert(1)</script>", "' OR '1'='1"]),
        ["POST /organize/processes/{id:int}/results ?handler=Publish"] = new("snapshotId", NoRow),
        ["POST /polling/{processId:int}/key"] = new("Kind", HostileValues.Unbindable),
        ["POST /processes/{processId:int}/propose"] = new("Input.EstimatedCost", NotAMoney),
        ["POST /proposals/{id:int}/edit"] = new("Input.EstimatedCost", NotAMoney),
        ["POST /review/proposals/{id:int}"] = new("Input.Decision", HostileValues.Unbindable),
        ["POST /vote/{processId:int}/{box} ?handler=Cast"] = new("Form.FormKey", ["", "abc", "<script>alert(1)</script>", new string('g', 32), "' OR '1'='1"]),
    };

    public static Breaker For(PageHandler form) => ByForm.GetValueOrDefault(form.Key) ?? Breaker.None;
}
