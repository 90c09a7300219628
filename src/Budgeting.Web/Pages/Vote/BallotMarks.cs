using System.Globalization;
using Budgeting.Core.Projects;
using Budgeting.Core.Voting;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// The mark for one project (checkbox, radio button, points box or rank list) and its label, as the ballot page and
/// the paper-keying page show it. Written here rather than as a partial view: the ballot page needs one per project on
/// every request of a vote-day rush, and a partial view each cost more than the rest of the page.
/// </summary>
public static class BallotMarks
{
    public static IHtmlContent Mark(BallotRules rules, Project project, BallotForm form, IStringLocalizer l)
    {
        var id = project.Id.ToString(CultureInfo.InvariantCulture);
        var html = new HtmlContentBuilder();
        switch (rules.Type)
        {
            case BallotType.Cumulative:
                Label(html, "points-" + id, project.Title);
                html.AppendHtml($"<input id=\"points-{id}\" name=\"Form.Points[{id}]\"");
                if (form.Points.GetValueOrDefault(project.Id) is { } points)
                {
                    html.AppendHtml(" value=\"").Append(points).AppendHtml("\"");
                }
                html.AppendHtml(" inputmode=\"numeric\" class=\"points\">");
                break;
            case BallotType.Ranked:
                Label(html, "rank-" + id, project.Title);
                html.AppendHtml($"<select id=\"rank-{id}\" name=\"Form.Ranks[{id}]\" class=\"rank\"><option value=\"\">")
                    .Append(l["Vote.NotRanked"]).AppendHtml("</option>");
                var chosen = form.Ranks.GetValueOrDefault(project.Id);
                for (var rank = 1; rank <= rules.Ranks; rank++)
                {
                    var value = rank.ToString(CultureInfo.InvariantCulture);
                    html.AppendHtml($"<option value=\"{value}\"{(chosen == value ? " selected=\"selected\"" : "")}>")
                        .Append(l["Vote.RankValue", rank]).AppendHtml("</option>");
                }
                html.AppendHtml("</select>");
                break;
            default:
                var type = rules.Type == BallotType.ChooseOne ? "radio" : "checkbox";
                var marked = form.Marked.Contains(project.Id) ? " checked=\"checked\"" : "";
                html.AppendHtml($"<input type=\"{type}\" id=\"mark-{id}\" name=\"Form.Marked\" value=\"{id}\"{marked} class=\"mark\">");
                Label(html, "mark-" + id, project.Title);
                break;
        }
        return html;
    }

    private static void Label(HtmlContentBuilder html, string target, string text) =>
        html.AppendHtml($"<label for=\"{target}\">").Append(text).AppendHtml("</label>");
}
