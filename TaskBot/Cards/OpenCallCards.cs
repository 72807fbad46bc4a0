using System.Text.Json.Nodes;
using TaskBot.Directives.OpenCalls;
using TaskBot.Directory;
using TaskBot.OpenCalls;

namespace TaskBot.Cards;

/// <summary>
/// The cards of an open call (揭榜挂帅): the leader's preview (every field editable, 发布), the 榜单 card (in the
/// channel and in each chief's chat: the call, the number of applicants and never their plans, 揭榜 / 修改申请 /
/// 撤回申请), the leader's choice card (every application side by side, 选定挂帅, 延长报名, 撤销榜单), and the thanks.
/// Card data carries only a call or preview id and a version or round: who may act is decided on the server.
/// </summary>
public static class OpenCallCards
{
    public const string CallIdKey = "callId", RoundKey = "round";

    public static class Verbs
    {
        public const string Publish = "callPublish", CancelPreview = "callCancel", Apply = "callApply", Edit = "callEdit",
            WithdrawApplication = "callWithdrawApplication", Choose = "callChoose", Extend = "callExtend", Withdraw = "callWithdraw", Refresh = "callRefresh";
        public static readonly IReadOnlySet<string> All = new HashSet<string> { Publish, CancelPreview, Apply, Edit, WithdrawApplication, Choose, Extend, Withdraw, Refresh };
    }

    public static class Inputs
    {
        public const string Title = "cp.title", Goal = "cp.goal", Deadline = "cp.deadline", Term = "cp.term", Support = "cp.support",
            Eligibility = "cp.eligibility", Units = "cp.units", Supervisor = "cp.supervisor";
        // 揭榜 and 修改申请 are two forms on one card: each has its own ids (an id names one input per card).
        public const string Plan = "ca.plan", TeamLead = "ca.teamLead", Outcome = "ca.outcome", Needs = "ca.needs", Link = "ca.link";
        public const string EditPrefix = "ce.";
        public static string Edit(string applyInput) => EditPrefix + applyInput[3..];
        public const string Winners = "cc.winners", ExtendDate = "cc.extendDate", WithdrawReason = "cc.withdrawReason";
    }

    /// <summary>The inputs each verb reads; the renderer test checks the cards submit them.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> InputsOf = new Dictionary<string, IReadOnlyList<string>>
    {
        [Verbs.Publish] = [Inputs.Title, Inputs.Goal, Inputs.Deadline, Inputs.Term, Inputs.Support, Inputs.Eligibility, Inputs.Units],
        [Verbs.Apply] = [Inputs.Plan, Inputs.TeamLead, Inputs.Outcome, Inputs.Needs, Inputs.Link],
        [Verbs.Edit] = [Inputs.Edit(Inputs.Plan), Inputs.Edit(Inputs.TeamLead), Inputs.Edit(Inputs.Outcome), Inputs.Edit(Inputs.Needs), Inputs.Edit(Inputs.Link)],
        [Verbs.Choose] = [Inputs.Winners],
        [Verbs.Extend] = [Inputs.ExtendDate],
        [Verbs.Withdraw] = [Inputs.WithdrawReason],
    };

    public static JsonObject CallData(string id) => new() { [CallIdKey] = id };
    public static JsonObject RoundData(OpenCall call) => new() { [CallIdKey] = call.Id, [RoundKey] = call.Round };

    /// <summary>A call read from a leader's message, before 发布.</summary>
    public sealed record Draft
    {
        public required string PreviewId { get; init; }
        public required string IssuerAadObjectId { get; init; }
        public required DateOnly ReferenceDate { get; init; }
        public required string SourceText { get; init; }
        public required string Title { get; init; }
        public required string Goal { get; init; }
        public DateOnly? SignUpDeadline { get; init; }
        public string? SignUpPhrase { get; init; }
        public int? TermMonths { get; init; }
        public string? TermText { get; init; }
        public string? Support { get; init; }
        public CallEligibility Eligibility { get; init; }
        public IReadOnlyList<string> EligibleUnits { get; init; } = [];
        /// <summary>Where the message was written: the 榜单 card goes there unless a channel is configured.</summary>
        public string? ConversationKey { get; init; }
        public long Version { get; init; } = 1;
        public bool Cancelled { get; init; }
        public string? PublishedId { get; init; }
        public DateTimeOffset? CreatedAt { get; init; }
    }

    public static AdaptiveCard Preview(Draft draft, UnitDirectory directory, IReadOnlyList<string>? errors = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Md.Literal("揭榜挂帅 · 榜单预览")) { Size = TextSize.Large, Bold = true },
            new TextBlock(Md.Of($"识别为公开榜单（参照日期 {CardDates.WithWeekday(draft.ReferenceDate)}）。请核对、修改后点「发布」：榜单将发到频道，并按范围发给各单位负责人。")) { Subtle = true },
        };
        if (errors is { Count: > 0 }) body.Add(PreviewCards.Banner(errors, ContainerStyle.Attention));
        body.Add(new TextBlock(Md.Of($"原文：{Shorten(draft.SourceText, 300)}")) { Subtle = true });
        body.Add(new TextInput(Inputs.Title, "榜单名称", Md.Escape(draft.Title)) { Required = true, MaxLength = 60, ErrorMessage = "请填写榜单名称" });
        body.Add(new TextInput(Inputs.Goal, "攻关目标（将作为挂帅任务的交付成果）", Md.Escape(draft.Goal)) { Required = true, Multiline = true, MaxLength = 500, ErrorMessage = "请填写攻关目标" });
        body.Add(new TextBlock(draft.SignUpDeadline is null
            ? Md.Literal("原文没有写报名截止日期，请填写。")
            : Md.Of($"报名截止 {CardDates.WithWeekday(draft.SignUpDeadline.Value)}，原文「{draft.SignUpPhrase ?? ""}」"))
        { Color = draft.SignUpDeadline is null ? TextColor.Warning : TextColor.Default, Subtle = draft.SignUpDeadline is not null });
        body.Add(new DateInput(Inputs.Deadline, "报名截止日期（当天 24 时截止）", draft.SignUpDeadline) { Required = true, Min = draft.ReferenceDate, ErrorMessage = "请填写报名截止日期" });
        body.Add(new NumberInput(Inputs.Term, $"项目周期（月）{(draft.TermText is { } t ? $"，原文「{Md.Escape(t)}」" : "，原文未写")}", draft.TermMonths, 1, 120) { Required = true, ErrorMessage = "请填写 1 到 120 个月的项目周期" });
        body.Add(new TextInput(Inputs.Support, "给予的支持", draft.Support is null ? null : Md.Escape(draft.Support)) { MaxLength = 200, Placeholder = "如：给予最高30万元资金支持" });
        body.Add(new ChoiceInput(Inputs.Eligibility, "揭榜范围",
            [new("全县各单位（各单位负责人、联络员）", nameof(CallEligibility.AllUnits)), new("指定单位", nameof(CallEligibility.ListedUnits)), new("名录内所有人（个人或团队）", nameof(CallEligibility.Anyone))],
            [draft.Eligibility.ToString()]));
        body.Add(new ChoiceInput(Inputs.Units, "指定单位（揭榜范围为「指定单位」时）", directory.Units.Select(u => new Choice(u.Name, u.Name)).ToList(), draft.EligibleUnits) { MultiSelect = true });
        var data = new JsonObject { [CardContract.PreviewIdKey] = draft.PreviewId, [CardContract.VersionKey] = draft.Version };
        return new AdaptiveCard(body,
        [
            new ExecuteAction("发布", Verbs.Publish, data) { Style = ActionStyle.Positive },
            new ExecuteAction("取消", Verbs.CancelPreview, (JsonObject)data.DeepClone()) { SendsInputs = false },
        ]);
    }

    /// <summary>The 榜单 card everyone sees: the call and how many have applied, never who with what plan.</summary>
    /// <param name="interactive">False for the leader's answer to 发布: the card people apply from is the one posted.</param>
    public static AdaptiveCard Board(OpenCall call, CardBanner? banner = null, IReadOnlyList<string>? winners = null, bool interactive = true)
    {
        var body = new List<CardElement>();
        if (banner is not null) body.Add(PreviewCards.Banner([banner.Text], banner.Style));
        var colour = call.Status switch { OpenCallStatus.Awarded => TextColor.Good, OpenCallStatus.Withdrawn => TextColor.Attention, _ => TextColor.Accent };
        body.Add(new TextBlock(Md.Of($"揭榜挂帅 · {call.Title}")) { Size = TextSize.Large, Bold = true, Color = colour });
        body.Add(new TextBlock(Md.Of($"{call.Id} · {call.Status.Chinese()}")) { Subtle = true });
        var facts = new List<Fact>
        {
            new(Md.Literal("攻关目标"), Md.Of($"{call.Goal}")),
            new(Md.Literal("报名截止"), Md.Of($"{CardDates.WithWeekday(call.SignUpDeadline)}")),
            new(Md.Literal("项目周期"), Md.Of($"{call.TermMonths} 个月{(call.TermText is { } t && t.Length > 0 ? $"（{t}）" : "")}")),
            new(Md.Literal("支持"), Md.Of($"{call.Support ?? "（未写）"}")),
            new(Md.Literal("揭榜范围"), Md.Of($"{(call.Eligibility == CallEligibility.ListedUnits ? string.Join("、", call.EligibleUnits) : call.Eligibility.Chinese())}")),
            new(Md.Literal("发布"), Md.Of($"{call.Publisher.Name}")),
            new(Md.Literal("已揭榜"), Md.Of($"{call.Active.Count()} 个单位或团队")),
        };
        if (call.Status == OpenCallStatus.Awarded && winners is { Count: > 0 })
            facts.Add(new(Md.Literal("挂帅"), Md.Of($"{string.Join("、", winners)}")));
        body.Add(new FactSet(facts));
        var actions = new List<CardAction>();
        if (call.Status == OpenCallStatus.Open && interactive)
        {
            body.Add(new TextBlock(Md.Literal("揭榜请点「揭榜」，填写方案摘要等；每个单位或个人一份申请，报名截止前可修改或撤回。其他人只能看到揭榜数量。")) { Subtle = true });
            actions.Add(new ShowCardAction("揭榜", new AdaptiveCard(Form(false), [new ExecuteAction("提交申请", Verbs.Apply, CallData(call.Id)) { Style = ActionStyle.Positive }])));
            actions.Add(new ShowCardAction("修改申请", new AdaptiveCard(Form(true), [new ExecuteAction("提交修改", Verbs.Edit, CallData(call.Id))])));
            actions.Add(new ExecuteAction("撤回申请", Verbs.WithdrawApplication, CallData(call.Id)) { SendsInputs = false, Style = ActionStyle.Destructive });
        }
        return new AdaptiveCard(body, actions);
    }

    private static IReadOnlyList<CardElement> Form(bool edit)
    {
        string Id(string input) => edit ? Inputs.Edit(input) : input;
        return
        [
            new TextInput(Id(Inputs.Plan), "方案摘要", null) { Required = true, Multiline = true, MaxLength = OpenCallLifecycle.MaxPlan, ErrorMessage = "请填写方案摘要" },
            new TextInput(Id(Inputs.TeamLead), "团队负责人", null) { Required = true, MaxLength = OpenCallLifecycle.MaxShort, ErrorMessage = "请填写团队负责人" },
            new TextInput(Id(Inputs.Outcome), "预期成果", null) { Required = true, Multiline = true, MaxLength = OpenCallLifecycle.MaxText, ErrorMessage = "请填写预期成果" },
            new TextInput(Id(Inputs.Needs), "需要的支持", null) { Multiline = true, MaxLength = OpenCallLifecycle.MaxText },
            new TextInput(Id(Inputs.Link), "附件链接（可不填）", null) { IsUrl = true, MaxLength = OpenCallLifecycle.MaxText, Placeholder = "https://…" },
        ];
    }

    /// <summary>What the applicant sees after 揭榜 / 修改 / 撤回: the board and their own application, for them alone.</summary>
    public static AdaptiveCard Mine(OpenCall call, CallApplication? mine, CardBanner banner)
    {
        var card = Board(call, banner);
        if (mine is null) return card;
        var body = card.Body.ToList();
        body.Add(new Container(
        [
            new TextBlock(Md.Of($"我的申请（{mine.Who}）{(mine.Active ? "" : "：已撤回")}")) { Bold = true },
            new FactSet(ApplicationFacts(mine)),
        ]) { Style = ContainerStyle.Emphasis, Separator = true });
        return card with { Body = body };
    }

    /// <summary>The publishing leader's card at the sign-up deadline: every application side by side, and the choice.</summary>
    public static AdaptiveCard Choice(OpenCall call, CardBanner? banner = null)
    {
        var body = new List<CardElement>();
        if (banner is not null) body.Add(PreviewCards.Banner([banner.Text], banner.Style));
        var active = call.Active.ToList();
        body.Add(new TextBlock(Md.Of($"揭榜挂帅 · {call.Title}：报名截止")) { Size = TextSize.Large, Bold = true });
        body.Add(new TextBlock(Md.Of($"{call.Id}，报名截止 {CardDates.WithWeekday(call.SignUpDeadline)}，共 {active.Count} 份申请。")) { Subtle = true });
        var actions = new List<CardAction>();
        if (call.Status == OpenCallStatus.Closed)
        {
            if (active.Count == 0)
                body.Add(PreviewCards.Banner(["无人揭榜。可延长报名，或撤销榜单。"], ContainerStyle.Warning));
            var size = 4_000;
            var shown = 0;
            foreach (var a in active)
            {
                var section = new Container([new TextBlock(Md.Of($"{a.Who}")) { Bold = true, Size = TextSize.Medium }, new FactSet(ApplicationFacts(a))])
                { Style = ContainerStyle.Emphasis, Separator = true };
                size += AdaptiveCard.SizeOf(section.ToJson());
                if (size > AdaptiveCard.MaxBytes - 6_000) break;
                body.Add(section);
                shown++;
            }
            if (shown < active.Count) body.Add(new TextBlock(Md.Of($"另有 {active.Count - shown} 份申请未能在卡片中展开，发送「榜单」可查看。")) { Color = TextColor.Warning });
            if (active.Count > 0)
            {
                // Not marked required: the card's other forms (延长报名, 撤销榜单) would be held up by it; the server says so instead.
                body.Add(new ChoiceInput(Inputs.Winners, "选定挂帅（可选多个）", active.Select(a => new Choice(a.Who, a.Key)).ToList(), []) { MultiSelect = true });
                actions.Add(new ExecuteAction("选定挂帅", Verbs.Choose, RoundData(call)) { Style = ActionStyle.Positive });
            }
            actions.Add(new ShowCardAction("延长报名", new AdaptiveCard(
                [new DateInput(Inputs.ExtendDate, "新的报名截止日期", null) { Required = true, ErrorMessage = "请选择日期" }],
                [new ExecuteAction("确定延长", Verbs.Extend, RoundData(call))])));
            actions.Add(new ShowCardAction("撤销榜单", new AdaptiveCard(
                [new TextInput(Inputs.WithdrawReason, "撤销原因", null) { MaxLength = 200 }],
                [new ExecuteAction("确定撤销", Verbs.Withdraw, RoundData(call)) { Style = ActionStyle.Destructive }])));
        }
        else body.Add(new TextBlock(Md.Of($"榜单现为{call.Status.Chinese()}。")) { Color = TextColor.Accent });
        return new AdaptiveCard(body, actions);
    }

    /// <summary>After 选定挂帅: what was decided and the tasks created.</summary>
    public static AdaptiveCard Decided(OpenCall call, IReadOnlyList<string> winners)
    {
        var facts = winners.Select((w, i) => new Fact(Md.Of($"{w}"), Md.Of($"督办任务 {(i < call.TaskIds.Count ? call.TaskIds[i] : "")}"))).ToList();
        return new AdaptiveCard(
        [
            new TextBlock(Md.Of($"已选定挂帅 · {call.Title}")) { Size = TextSize.Large, Bold = true, Color = TextColor.Good },
            new FactSet(facts),
            new TextBlock(Md.Of($"每个挂帅单位牵头一项督办任务，完成时限为 {call.TermMonths} 个月后；其余揭榜单位已收到感谢。")) { Subtle = true },
        ]);
    }

    public static AdaptiveCard Thanks(OpenCall call, CallApplication application, IReadOnlyList<string> winners) => new(
    [
        new TextBlock(Md.Of($"感谢揭榜 · {call.Title}")) { Size = TextSize.Medium, Bold = true },
        new TextBlock(Md.Of($"感谢{application.Who}参与揭榜。经研究，本榜单由{string.Join("、", winners)}挂帅。您的方案已存档，欢迎关注后续榜单。")),
    ]);

    private static List<Fact> ApplicationFacts(CallApplication a)
    {
        var facts = new List<Fact>
        {
            new(Md.Literal("方案摘要"), Md.Of($"{a.Form.Plan}")),
            new(Md.Literal("团队负责人"), Md.Of($"{a.Form.TeamLead}")),
            new(Md.Literal("预期成果"), Md.Of($"{a.Form.Outcome}")),
            new(Md.Literal("需要的支持"), Md.Of($"{(a.Form.Needs.Length > 0 ? a.Form.Needs : "无")}")),
        };
        if (a.Form.Link is { } link) facts.Add(new(Md.Literal("附件"), Md.Of($"{link}")));
        return facts;
    }

    /// <summary>The open calls for 榜单: sign-up deadlines and applicant counts.</summary>
    public static AdaptiveCard List(IReadOnlyList<OpenCall> calls)
    {
        var body = new List<CardElement> { new TextBlock(Md.Literal("揭榜挂帅 · 榜单")) { Size = TextSize.Large, Bold = true } };
        if (calls.Count == 0) body.Add(new TextBlock(Md.Literal("目前没有报名中或待选定的榜单。领导和督查室可发送「发布榜单 …」发布。")));
        foreach (var c in calls.Take(30))
            body.Add(new FactSet(
            [
                new(Md.Of($"{c.Id}"), Md.Of($"{c.Title}")),
                new(Md.Literal("状态"), Md.Of($"{c.Status.Chinese()}")),
                new(Md.Literal("报名截止"), Md.Of($"{CardDates.WithWeekday(c.SignUpDeadline)}")),
                new(Md.Literal("已揭榜"), Md.Of($"{c.Active.Count()}")),
            ]) { Separator = true });
        if (calls.Count > 30) body.Add(new TextBlock(Md.Of($"另有 {calls.Count - 30} 个榜单未列出。")) { Subtle = true });
        return new AdaptiveCard(body);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
