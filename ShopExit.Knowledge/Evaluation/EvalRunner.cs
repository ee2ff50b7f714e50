namespace ShopExit.Knowledge.Evaluation;

/// <summary>Runs cases through a knowledge base.</summary>
public static class EvalRunner
{
    /// <summary>Matches every case and compares the decision's label with the accepted ones.</summary>
    public static EvalReport Run(KnowledgeBase knowledge, IEnumerable<EvalCase> cases) =>
        new(cases.Select(c =>
        {
            var result = knowledge.Match(c.Question);
            return new EvalCaseResult(c, result.Label, result.TopScore, result.Candidates.Select(x => (x.Entry.Id, x.Score)).ToList());
        }).ToList());
}
