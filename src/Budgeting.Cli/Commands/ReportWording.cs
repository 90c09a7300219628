using Budgeting.Tallying;

namespace Budgeting.Cli.Commands;

/// <summary>
/// What <c>report</c> says about a rule and about each project not funded, in Spanish or English. Built from the rule's
/// canonical identifier: family (greedy, equal shares, Phragmén, maximum welfare), satisfaction and completion.
/// </summary>
internal sealed record ReportWording(
    string Greedy,
    string EqualShares,
    string Phragmen,
    string MaxWelfare,
    string GreedyOrder,
    IReadOnlyDictionary<string, string> GreedyOrderBy,
    string EqualSharesRule,
    string Add1,
    string BudgetIncrease,
    string GreedyCompletion,
    string PhragmenRule,
    string MaxWelfareRule,
    string VotesNote,
    string DidNotFit,
    IReadOnlyDictionary<UnfundedReason, string> Reasons)
{
    public static ReportWording Spanish { get; } = new(
        "Regla voraz",
        "Método de Partes Iguales",
        "Método secuencial de Phragmén",
        "Máximo bienestar",
        "Los proyectos se ordenan {0}. Se financia cada uno, en ese orden, si cabe en el presupuesto que queda; si no cabe, se pasa al siguiente.",
        new Dictionary<string, string>
        {
            ["cost_sat"] = "de más a menos votos",
            ["cardinality_sat"] = "por votos recibidos por cada unidad de costo, de más a menos",
            ["additive_cardinal_sat"] = "por puntos recibidos por cada unidad de costo, de más a menos",
            ["additive_borda_sat"] = "por puntaje de posición en las boletas (Borda) por cada unidad de costo, de más a menos",
            ["points_times_cost_sat"] = "de más a menos puntos recibidos",
        },
        "El presupuesto se reparte en partes iguales entre todas las personas que votaron. Un proyecto se financia cuando quienes lo apoyaron pueden pagar su costo juntando sus partes; en cada paso se elige el proyecto que cuesta menos a cada persona que lo apoya. Así, cada grupo de votantes decide sobre una parte del presupuesto proporcional a su tamaño.",
        "Si sobra dinero, el cálculo se repite aumentando poco a poco la parte de cada persona, mientras el resultado quepa en el presupuesto.",
        "Si sobra dinero, el cálculo se repite con el presupuesto aumentado en pasos del 1 %, mientras el resultado quepa en el presupuesto real.",
        "Lo que todavía sobre se usa en orden de votos, en cada proyecto que quepa.",
        "Cada persona que votó recibe dinero poco a poco, todas al mismo ritmo. Un proyecto se financia en cuanto quienes lo apoyan reúnen entre todos su costo; entonces gastan lo reunido y vuelven a empezar. El cálculo se detiene cuando el siguiente proyecto elegido ya no cabe en el presupuesto.",
        "Se elige, entre todas las combinaciones de proyectos que caben en el presupuesto, la que da la mayor satisfacción total a quienes votaron.",
        "Los votos de cada proyecto son las boletas que lo incluyen.",
        "no cabía en lo que quedaba ({0})",
        new Dictionary<UnfundedReason, string>
        {
            [UnfundedReason.SupportersMoneyRanOut] = "a sus votantes no les alcanzó su parte",
            [UnfundedReason.BelowThreshold] = "no alcanzó el mínimo de votos",
            [UnfundedReason.NoSupport] = "nadie votó por él",
            [UnfundedReason.RuleStopped] = "la regla se detuvo antes de llegar a él",
            [UnfundedReason.NotInOptimum] = "no forma parte de la combinación de mayor satisfacción",
        });

    public static ReportWording English { get; } = new(
        "Greedy rule",
        "Method of Equal Shares",
        "Sequential Phragmén method",
        "Maximum welfare",
        "Projects are ranked {0}. Each one in turn is funded if it fits in the money left; if it does not, the next one is considered.",
        new Dictionary<string, string>
        {
            ["cost_sat"] = "from most to fewest votes",
            ["cardinality_sat"] = "by votes per unit of cost, highest first",
            ["additive_cardinal_sat"] = "by points per unit of cost, highest first",
            ["additive_borda_sat"] = "by ranking score (Borda) per unit of cost, highest first",
            ["points_times_cost_sat"] = "from most to fewest points",
        },
        "The budget is split into equal shares among everyone who voted. A project is funded when its supporters can pay for it by pooling their shares; at each step the project that costs each of its supporters the least is chosen. Each group of voters thus decides over a part of the budget in proportion to its size.",
        "If money is left, the calculation is repeated with each person's share raised step by step, as long as the outcome fits the budget.",
        "If money is left, the calculation is repeated with the budget raised in steps of 1 %, as long as the outcome fits the real budget.",
        "Whatever is still left is spent in order of votes on each project that fits.",
        "Everyone who voted earns money little by little, all at the same rate. A project is funded as soon as its supporters together have earned its cost; they spend it and start again. The calculation stops when the next project chosen no longer fits in the budget.",
        "Of all the combinations of projects that fit in the budget, the one that gives the voters the greatest total satisfaction is chosen.",
        "A project's votes are the ballots that include it.",
        "did not fit in the money left ({0})",
        new Dictionary<UnfundedReason, string>
        {
            [UnfundedReason.SupportersMoneyRanOut] = "its supporters' money ran out",
            [UnfundedReason.BelowThreshold] = "below the minimum number of votes",
            [UnfundedReason.NoSupport] = "nobody voted for it",
            [UnfundedReason.RuleStopped] = "the rule stopped before reaching it",
            [UnfundedReason.NotInOptimum] = "not part of the combination with the greatest satisfaction",
        });

    public string RuleName(string rule) =>
        rule.StartsWith("greedy_", StringComparison.Ordinal) ? Greedy
        : rule.StartsWith("mes_", StringComparison.Ordinal) ? EqualShares
        : rule.StartsWith("max_welfare_", StringComparison.Ordinal) ? MaxWelfare
        : Phragmen;

    /// <summary>The method in plain words, paragraphs separated by a blank line.</summary>
    public string RuleExplanation(string rule)
    {
        List<string> paragraphs = [];
        if (rule.StartsWith("greedy_", StringComparison.Ordinal))
        {
            paragraphs.Add(string.Format(GreedyOrder, GreedyOrderBy[rule["greedy_".Length..]]));
        }
        else if (rule.StartsWith("mes_", StringComparison.Ordinal))
        {
            paragraphs.Add(EqualSharesRule);
            if (rule.Contains("_add1", StringComparison.Ordinal))
            {
                paragraphs.Add(Add1);
            }
            if (rule.Contains("_budget_increase", StringComparison.Ordinal))
            {
                paragraphs.Add(BudgetIncrease);
            }
            if (rule.EndsWith("_greedy", StringComparison.Ordinal))
            {
                paragraphs.Add(GreedyCompletion);
            }
        }
        else
        {
            paragraphs.Add(rule.StartsWith("max_welfare_", StringComparison.Ordinal) ? MaxWelfareRule : PhragmenRule);
        }
        paragraphs.Add(VotesNote);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Why a project was not funded; <paramref name="left"/> is the budget the rule left unspent.</summary>
    public string Reason(UnfundedReason? reason, long left, Func<long, string> money) => reason switch
    {
        UnfundedReason.DidNotFit => string.Format(DidNotFit, money(left)),
        { } other => Reasons.TryGetValue(other, out var text) ? text : other.ToString(),
        null => "",
    };
}
