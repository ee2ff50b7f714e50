using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Tests.Support;

namespace ShopExit.Knowledge.Tests.Content;

/// <summary>
/// Walkthrough files (<c>faq/flows/*.yaml</c>) with one mistake each: the load reports exactly that
/// mistake, as <c>faq check</c> prints it, at the node the editor has to change, and nothing else
/// (a second, derived error would send the editor looking for a mistake that is not there).
/// </summary>
public class FlowFileTests
{
    private static readonly string FlowFile = Path.Combine("flows", "test.yaml");

    // An ordinary item the walkthroughs' end offers, so that the folder is valid apart from the walkthrough.
    private const string ItemsFile = """
        items:
          - id: closure-reopen
            questions: [注销后还能重新开店吗, 关店以后还能再开吗, 注销了还能再开店吗, 店铺注销后能重开吗, 关店后还能重新开吗, 注销后能不能再开, Can I reopen my shop after closing it?, Can a closed shop be reopened?]
            answer:
              zh: 一般可以重新开通，具体以平台政策为准。
              en: Usually yes; it depends on the platform's policy.
        """;

    private const string Trigger = """
        items:
          - id: "flow:test"
            questions: [开始测试引导, start the test walkthrough]
            answer: {zh: 好的，我们开始。, en: "OK, let's start."}


        """;

    private const string TwoSteps = """
        - id: orders
          kind: confirm
          ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
          buttons:
            - {value: "yes", zh: 已完成, en: Done}
            - {value: "no", zh: 还没有, en: Not yet}
          summary: {zh: 处理完订单, en: Finish the orders}
          answers:
            "yes": {next: backup}
            "no":
              blocker: {zh: 请先处理完订单。, en: Please finish the orders first.}
              next: backup
        - id: backup
          kind: info
          ask: {zh: 记得备份数据。, en: Remember to back up your data.}
          next: end
        """;

    [Fact]
    public void ValidWalkthrough_LoadsWithoutProblems()
    {
        using var folder = FolderWith(Walkthrough(TwoSteps));

        var result = FaqLoader.Load(folder.Path);

        Assert.Empty(result.Problems);
        var flow = Assert.Single(result.Content.Flows);
        Assert.Equal(["orders", "backup"], flow.Steps.Select(s => s.Id));
    }

    [Fact]
    public void ShippedFaq_LoadsItsWalkthroughsWithoutFlowErrors()
    {
        var result = FaqLoader.Load(RepoPaths.Faq);

        var flowsFolder = Path.Combine(RepoPaths.Faq, "flows") + Path.DirectorySeparatorChar;
        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.DoesNotContain(result.Problems, p => p.Location.File.StartsWith(flowsFolder, StringComparison.Ordinal));
        Assert.Equal(["flow:closure", "flow:deposit-refund"], result.Content.Flows.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NextNamingNoStep_IsReportedAtTheNextValue()
    {
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              answers:
                "yes": {next: bakcup}
                "no": {next: end}
            - id: backup
              kind: info
              ask: {zh: 记得备份数据。, en: Remember to back up your data.}
              next: end
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "bakcup")}: error: answer 'yes' of step 'orders' leads to step 'bakcup', but 'flow:test' has no step with that id (its steps: orders, backup)"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void StepNoAnswerLeadsTo_IsReportedAtTheStep()
    {
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              answers:
                "yes": {next: end}
                "no": {next: end}
            - id: backup
              kind: info
              ask: {zh: 记得备份数据。, en: Remember to back up your data.}
              next: end
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "id: backup")}: error: step 'backup' of 'flow:test' is never reached: no answer leads to it"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void StepsThatOnlyLeadToEachOther_AreEachReportedAsNeverEnding()
    {
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              answers:
                "yes": {next: balance}
                "no": {next: end}
            - id: balance
              kind: confirm
              ask: {zh: 余额提现了吗？, en: Is the balance withdrawn?}
              answers:
                "yes": {next: backup}
                "no": {next: backup}
            - id: backup
              kind: info
              ask: {zh: 记得备份数据。, en: Remember to back up your data.}
              next: balance
            """);

        Assert.Equal(
            [
                $"{FlowFile}:{Where(yaml, "id: balance")}: error: from step 'balance' of 'flow:test' the walkthrough never ends: no answer leads on to 'next: end'",
                $"{FlowFile}:{Where(yaml, "id: backup")}: error: from step 'backup' of 'flow:test' the walkthrough never ends: no answer leads on to 'next: end'",
            ],
            ErrorsOf(yaml));
    }

    [Fact]
    public void AskWithoutChinese_IsReportedAtTheAskAndTheStepStillCounts()
    {
        // The step is still known: 'next: backup' above it must not become a second error.
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              answers:
                "yes": {next: backup}
                "no": {next: end}
            - id: backup
              kind: confirm
              ask:
                en: Have you backed up your data?
              answers:
                "yes": {next: end}
                "no": {next: end}
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "en: Have you")}: error: 'zh' of the 'ask' of step 'backup' is missing"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void ButtonWithoutEnglish_IsReportedAtTheButtonNamingItsValue()
    {
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              buttons:
                - {value: "yes", zh: 已完成, en: Done}
                - {value: "no", zh: 还没有}
              answers:
                "yes": {next: end}
                "no": {next: end}
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "{value: \"no\"")}: error: 'en' of the button 'no' of step 'orders' is missing"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void NameWithoutEnglish_IsReportedAtTheNameAndTheWalkthroughStillCounts()
    {
        // The walkthrough is still known: its trigger entry must not be reported as starting nothing.
        var yaml = Walkthrough(TwoSteps, name: "{zh: 测试引导}");

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "{zh: 测试引导}")}: error: 'en' of the 'name' of walkthrough 'flow:test' is missing"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void ButtonWithoutValue_IsReportedAtTheButton()
    {
        // Its answer cannot be matched to a button either way: only the missing value is reported.
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              buttons:
                - {value: "yes", zh: 已完成, en: Done}
                - {zh: 还没有, en: Not yet}
              answers:
                "yes": {next: end}
                "no": {next: end}
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "{zh: 还没有")}: error: 'value' of the button of step 'orders' is missing"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void AnswerForAValueWithoutButton_IsReportedAtTheAnswer()
    {
        var yaml = Walkthrough("""
            - id: status
              kind: choice
              ask: {zh: 现在是什么情况？, en: Where does it stand?}
              buttons:
                - {value: arrived, zh: 已经到账, en: It has arrived}
                - {value: reviewing, zh: 还在审核, en: Still under review}
              answers:
                arrived: {next: end}
                reviewing: {next: end}
                rejected: {next: end}
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "rejected:")}: error: answer 'rejected' of step 'status' has no button with that value (values: arrived, reviewing)"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void ButtonWithoutAnswer_IsReportedAtTheButton()
    {
        var yaml = Walkthrough("""
            - id: status
              kind: choice
              ask: {zh: 现在是什么情况？, en: Where does it stand?}
              buttons:
                - {value: arrived, zh: 已经到账, en: It has arrived}
                - {value: reviewing, zh: 还在审核, en: Still under review}
              answers:
                arrived: {next: end}
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "{value: reviewing")}: error: button 'reviewing' of step 'status' leads nowhere: add 'reviewing:' under its answers"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void ConfirmButtonsNoFirst_AreReportedAtTheFirstButton()
    {
        // A confirm step's first button answers yes, whatever its value says.
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              buttons:
                - {value: "no", zh: 还没有, en: Not yet}
                - {value: "yes", zh: 已完成, en: Done}
              answers:
                "yes": {next: end}
                "no": {next: end}
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "{value: \"no\"")}: error: confirm step 'orders' must have two buttons with the values yes and no, yes first (the first button means yes), or no buttons for 是 / 否; its buttons' values are: no, yes"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void WalkthroughWithoutTriggerEntry_IsReportedAtTheWalkthrough()
    {
        var yaml = Walkthrough(TwoSteps, withTrigger: false);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "id: \"flow:test\"")}: error: walkthrough 'flow:test' has no entry with the phrasings that start it (add an item with id \"flow:test\" under 'items:')"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void TriggerEntryWithoutWalkthrough_IsReportedAtTheEntry()
    {
        var yaml = Trigger;

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "id: \"flow:test\"")}: error: 'flow:test' starts a walkthrough, but no file under flows/ defines it (flow: id: \"flow:test\")"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void WalkthroughIdNotAFlowId_IsReportedAtTheIdAndItsEntryStartsNothing()
    {
        // Not also "add an item with id 'Flow:Test'": the id is what is wrong.
        var yaml = Walkthrough(TwoSteps).Replace("  id: \"flow:test\"", "  id: \"Flow:Test\"", StringComparison.Ordinal);

        Assert.Equal(
            [
                $"{FlowFile}:{Where(yaml, "id: \"flow:test\"")}: error: 'flow:test' starts a walkthrough, but no file under flows/ defines it (flow: id: \"flow:test\")",
                $"{FlowFile}:{Where(yaml, "\"Flow:Test\"")}: error: a walkthrough's id must be 'flow:' and a kebab-case name (flow:refund-only-appeal), not 'Flow:Test'",
            ],
            ErrorsOf(yaml));
    }

    [Fact]
    public void DuplicateStepId_IsReportedAtTheSecondNamingTheFirst()
    {
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              answers:
                "yes": {next: end}
                "no": {next: end}
            - id: orders
              kind: info
              ask: {zh: 记得备份数据。, en: Remember to back up your data.}
              next: end
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "id: orders", occurrence: 2)}: error: duplicate step id 'orders' in 'flow:test' (first defined at {FlowFile}:{Where(yaml, "id: orders")})"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void BlockerWithoutNext_IsReportedOnceAtTheAnswer()
    {
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              answers:
                "yes": {next: end}
                "no":
                  blocker: {zh: 请先处理完订单。, en: Please finish the orders first.}
            """);

        Assert.Equal(
            [$"{FlowFile}:{Where(yaml, "\"no\":")}: error: answer 'no' of step 'orders' is a blocker without 'next': the step the walkthrough goes on to once it is resolved"],
            ErrorsOf(yaml));
    }

    [Fact]
    public void UnknownKind_IsReportedAtTheKindAlone()
    {
        // What the step is meant to be is unknown, so neither its answers nor its 'next' are held against it.
        var yaml = Walkthrough("""
            - id: orders
              kind: yesno
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              answers:
                "yes": {next: backup}
                "no": {next: backup}
            - id: backup
              kind: note
              ask: {zh: 记得备份数据。, en: Remember to back up your data.}
              next: end
            """);

        Assert.Equal(
            [
                $"{FlowFile}:{Where(yaml, "yesno")}: error: unknown kind 'yesno' of step 'orders' (use confirm, choice or info)",
                $"{FlowFile}:{Where(yaml, "note")}: error: unknown kind 'note' of step 'backup' (use confirm, choice or info)",
            ],
            ErrorsOf(yaml));
    }

    [Fact]
    public void OutcomeKeysOnAConfirmStep_AreReportedAtEachKey()
    {
        // Written like an info step: each key is pointed at, and nothing is guessed about where the step leads.
        var yaml = Walkthrough("""
            - id: orders
              kind: confirm
              ask: {zh: 订单都处理完了吗？, en: Are all orders dealt with?}
              blocker:
                zh: 请先处理完订单。
                en: Please finish the orders first.
              next: backup
            - id: backup
              kind: info
              ask: {zh: 记得备份数据。, en: Remember to back up your data.}
              next: end
            """);

        Assert.Equal(
            [
                $"{FlowFile}:{Where(yaml, "blocker:")}: error: 'blocker' of step 'orders' belongs under one of its answers (answers: {{\"no\": {{blocker: ...}}}})",
                $"{FlowFile}:{Where(yaml, "next: backup")}: error: 'next' of step 'orders' belongs under one of its answers (answers: {{\"no\": {{next: ...}}}})",
            ],
            ErrorsOf(yaml));
    }

    // The walkthrough file around the steps a test writes (from column 1; indented here).
    private static string Walkthrough(string steps, string name = "{zh: 测试引导, en: test walkthrough}", bool withTrigger = true)
    {
        var indented = string.Join('\n', steps.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
        var flow = $$"""
            flow:
              id: "flow:test"
              name: {{name}}
              summary: {zh: 小结：, en: "Summary:"}
              steps:
            {{indented}}
              end:
                say: {zh: 祝您顺利！, en: All the best!}
                buttons: [closure-reopen]

            """;
        return withTrigger ? Trigger + flow : flow;
    }

    private static TempFaqFolder FolderWith(string flowYaml) =>
        new TempFaqFolder().With("items.yaml", ItemsFile).With(FlowFile, flowYaml);

    // The errors as faq check prints them, with paths relative to the FAQ folder.
    private static List<string> ErrorsOf(string flowYaml)
    {
        using var folder = FolderWith(flowYaml);
        var root = folder.Path + Path.DirectorySeparatorChar;
        return FaqLoader.Load(folder.Path).Problems
            .Where(p => p.Severity == ProblemSeverity.Error)
            .Select(p => p.ToString().Replace(root, string.Empty, StringComparison.Ordinal))
            .ToList();
    }

    // "line:column" (1-based) of the start of the nth occurrence of a text in the file.
    private static string Where(string yaml, string text, int occurrence = 1)
    {
        var index = -1;
        for (var found = 0; found < occurrence; found++)
        {
            index = yaml.IndexOf(text, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{text}' occurs fewer than {occurrence} times in the file");
        }

        var before = yaml[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return $"{line}:{column}";
    }
}
