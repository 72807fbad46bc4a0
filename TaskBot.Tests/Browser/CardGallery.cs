using System.Text.Json.Nodes;
using TaskBot.Assignments;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Digest;
using TaskBot.Directives;
using TaskBot.Directory;
using TaskBot.Reminders;
using TaskBot.Tasks;

namespace TaskBot.Tests.Browser;

/// <summary>One card as the bot draws it, with what a person types into it before clicking (input id → value).</summary>
public sealed record GalleryCard(string Name, string Factory, string Caption, JsonObject Card, IReadOnlyDictionary<string, JsonNode> Fill)
{
    /// <summary>The ShowCard button to open for the picture, if the picture should show a form.</summary>
    public string? PictureOpens { get; init; }
    public Preview? Preview { get; init; }
    public DirectiveTask? Task { get; init; }
    /// <summary>For a nudge: who gets it and on which day, to compare its buttons with the task card's.</summary>
    public Person? Recipient { get; init; }
    public DateOnly? Day { get; init; }
    /// <summary>For an open call's cards: the call, or the preview draft, the buttons name.</summary>
    public TaskBot.OpenCalls.OpenCall? Call { get; init; }
    public OpenCallCards.Draft? CallDraft { get; init; }
}

/// <summary>
/// Every card the code can produce, drawn by the real card factories with the demo directory
/// (TaskBot/Data/directory.csv) and a real parse of a leader's message, as a county would see them on 2026-03-10;
/// the reminders (NudgeCard) follow task DB-2026-000042 to its deadline and past it, the weekly digest (DigestCard)
/// is Monday 2026-03-16's.
/// The renderer test renders and clicks them in the npm adaptivecards renderer; scripts/card-pictures.sh saves
/// them as docs/cards/&lt;name&gt;.png. A new card factory must be added here (a test checks).
/// </summary>
public static class CardGallery
{
    public static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly IWorkingDayCalendar Calendar = ChinaWorkingCalendar.Default;

    public const string Message = "请县发改局牵头，县财政局配合，于3月底前完成重点项目资金筹措方案，报县政府审定。会议议定：各乡镇要抓紧排查辖区内安全生产隐患，形成排查报告。";

    public static UnitDirectory Directory { get; } = DirectoryCsv.Parse(File.ReadAllBytes(Path.Combine(BrowserTools.Root, "TaskBot", "Data", "directory.csv"))).Directory!;
    private static Person Leader => Directory.FindPerson("00000000-0000-0000-0000-0000000000020")!;   // 测试领导
    private static Person FagaiChief => Directory.People.First(p => p.Unit == "县发改局" && p.Role == PersonRole.Chief);
    private static Person CaizhengChief => Directory.People.First(p => p.Unit == "县财政局" && p.Role == PersonRole.Chief);
    private static Person Office => Directory.People.First(p => p.Role == PersonRole.Office);

    public static Preview APreview()
    {
        var parser = DirectiveParserSource.ForFile(Path.Combine(BrowserTools.Root, "TaskBot", "Data", "directory.csv"), DirectiveLexicon.Load(DirectiveLexicon.DefaultPath), Calendar);
        var builder = new PreviewBuilder(Calendar, new DirectiveOptions());
        return builder.Build("P-demo-1", Leader.AadObjectId, Message, Today, parser.Parse(Message, Today), Directory);
    }

    private static readonly DateTimeOffset Issued = new(2026, 3, 10, 9, 30, 0, TimeSpan.FromHours(8));

    public static DirectiveTask ATask(DirectiveTaskStatus status, long number = 42, string deliverable = "重点项目资金筹措方案", DateOnly? deadline = null) => new()
    {
        Id = new TaskId(2026, number),
        SourceText = "请县发改局牵头，县财政局配合，于3月底前完成重点项目资金筹措方案，报县政府审定。",
        IssuedBy = Leader.Ref,
        IssuedAt = Issued,
        ReferenceDate = Today,
        Units =
        [
            new UnitAssignment("县发改局", UnitRole.Lead)
            {
                Acknowledged = status == DirectiveTaskStatus.Assigned ? null : new(FagaiChief.Ref, Issued.AddHours(1)),
                Progress = status is DirectiveTaskStatus.Assigned or DirectiveTaskStatus.Acknowledged ? null : new(60, "已完成项目梳理，正在测算资金缺口", FagaiChief.Ref, Issued.AddDays(1)),
            },
            new UnitAssignment("县财政局", UnitRole.CoLead)
            {
                Acknowledged = status == DirectiveTaskStatus.Assigned ? null : new(CaizhengChief.Ref, Issued.AddHours(2)),
                DisputeReason = status == DirectiveTaskStatus.Disputed ? "资金筹措方案由发改部门牵头，本局仅负责预算衔接" : null,
            },
        ],
        Supervisor = Leader.Ref,
        Deadline = new Deadline(deadline ?? new DateOnly(2026, 3, 31), "3月底前"),
        Deliverable = deliverable,
        Status = status,
        Extensions = status == DirectiveTaskStatus.ExtensionRequested
            ? [new ExtensionRequest("县发改局", FagaiChief.Ref, Issued.AddDays(2), new(2026, 3, 31), new(2026, 4, 15), "需等待省级专项资金下达额度后测算", DirectiveTaskStatus.InProgress)]
            : [],
        Submission = status == DirectiveTaskStatus.Submitted
            ? new Submission("县发改局", "资金筹措方案已经县政府常务会审定并印发", "https://docs.example.gov.cn/fagai/2026-zijin.pdf", FagaiChief.Ref, Issued.AddDays(9))
            : null,
        Version = status switch { DirectiveTaskStatus.Assigned => 1, DirectiveTaskStatus.InProgress => 4, _ => 6 },
    };

    private static readonly IReadOnlyDictionary<string, JsonNode> NoFill = new Dictionary<string, JsonNode>();

    /// <summary>What a chief or leader types into each form of a task card.</summary>
    public static readonly IReadOnlyDictionary<string, JsonNode> TaskFill = new Dictionary<string, JsonNode>
    {
        [CardContract.Inputs.ProgressPercent] = "80",
        [CardContract.Inputs.ProgressNote] = "资金缺口已测算，方案初稿已形成",
        [CardContract.Inputs.ExtendDate] = "2026-04-15",
        [CardContract.Inputs.ExtendReason] = "需等待省级专项资金下达额度",
        [CardContract.Inputs.SubmitSummary] = "方案已经县政府常务会审定",
        [CardContract.Inputs.SubmitLink] = "https://docs.example.gov.cn/fagai/2026-zijin.pdf",
        [CardContract.Inputs.DisputeReason] = "不属于本单位职责",
        [CardContract.Inputs.DenyReason] = "省级资金已下达，请按期完成",
        [CardContract.Inputs.ReturnReason] = "方案缺少分年度资金安排，请补充",
        [CardContract.Inputs.ReassignLead] = "县发改局",
        [CardContract.Inputs.ReassignCo] = "县财政局,县审计局",
        [CardContract.Inputs.RejectDisputeUnit] = "县财政局",
        [CardContract.Inputs.RejectDisputeReason] = "预算衔接须与方案同步，请继续配合",
    };

    /// <summary>What the leader edits on the preview: a new deadline for task 1; the towns picked for 各乡镇.</summary>
    /// <summary>
    /// A task-division table sent as a file: a title with its date above the header, a lead unit merged over two
    /// rows, a unit the demo directory lacks and a row with no date (both marked 待补全 and counted).
    /// </summary>
    public static GalleryCard ImportPreview()
    {
        var spec = new JsonObject
        {
            ["file"] = "gallery.xlsx",
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "分工方案",
                ["above"] = new JsonArray("2026年县政府工作报告重点工作任务分工方案", "（2026年3月1日）"),
                ["header"] = new JsonArray(new JsonArray("序号", "重点工作", "牵头单位", "配合单位", "完成时限")),
                ["rows"] = new JsonArray(
                    new JsonObject { ["c"] = new JsonArray("1", "推进重点项目前期工作，完成可行性研究报告编制。", "县发改局", "县财政局", "6月底前") },
                    new JsonObject { ["c"] = new JsonArray("2", "完成病险水库除险加固。", "^", "县水利局", "2026年9月30日前") },
                    new JsonObject { ["c"] = new JsonArray("3", "建立耕地保护网格化监管机制。", "县自然资源局", "各乡镇", "长期坚持") }),
            }),
        };
        var specPath = Path.Combine(Path.GetTempPath(), $"gallery-{Guid.NewGuid():N}.json");
        File.WriteAllText(specPath, spec.ToJsonString());
        byte[] bytes;
        try { bytes = TaskBot.Tests.Import.TableFixtures.Build(specPath).Bytes; } finally { File.Delete(specPath); }
        var reader = new TaskBot.Import.DivisionTableReader(DirectiveLexicon.Load(DirectiveLexicon.DefaultPath).WithKnownUnits(Directory.SurfaceForms.Keys), Calendar);
        var table = reader.Read(TaskBot.Import.TableFile.Read("分工方案.xlsx", bytes), Today);
        var (text, parsed) = TableImport.ToParsed(table);
        var preview = new PreviewBuilder(Calendar, new DirectiveOptions()).Build("P-demo-import", Leader.AadObjectId, text, table.Reference, parsed, Directory)
            with { SourceFile = "2026年重点工作任务分工方案.xlsx", ReferenceStated = table.ReferenceStated };
        var fill = PreviewFill(preview).ToDictionary(kv => kv.Key, kv => kv.Value);
        // The row without a date gets one (its input starts empty and is required).
        for (var i = 0; i < preview.Items.Count; i++)
            if (preview.Items[i].DeadlineDefaulted) fill[CardContract.Inputs.Deadline(i)] = "2026-12-31";
        return new("preview-import", "PreviewCards.Preview", "任务分工表文件（.xlsx/.docx）的预览：先列出任务数、单位数和待补全项数，名录中没有的单位需指定",
            PreviewCards.Preview(preview, Directory).ToJson(), fill) { Preview = preview };
    }

    /// <summary>Long minutes: the preview's first page, with 下一页 (its later pages add 上一页).</summary>
    private static GalleryCard PagedPreview(Preview preview)
    {
        var items = Enumerable.Range(0, 12).SelectMany(_ => preview.Items).ToList();
        var longPreview = preview with { Id = "P-demo-long", Items = items };
        var card = PreviewCards.Preview(longPreview, Directory).ToJson();
        var ids = TaskBot.Tests.EndToEnd.CardClient.Walk(card).Select(o => o["id"]?.GetValue<string>()).OfType<string>().ToHashSet();
        var fill = PreviewFill(longPreview).Where(kv => ids.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        return new("preview-paged", "PreviewCards.Preview", "长篇纪要的预览分页显示：上一页/下一页保留本页修改，「确认交办」交办全部各页任务",
            card, fill) { Preview = longPreview };
    }

    public static IReadOnlyDictionary<string, JsonNode> PreviewFill(Preview preview)
    {
        var fill = new Dictionary<string, JsonNode>
        {
            [CardContract.Inputs.Deadline(0)] = "2026-03-27",
            [CardContract.Inputs.Deliverable(0)] = "重点项目资金筹措方案（报县政府审定）",
        };
        for (var i = 0; i < preview.Items.Count; i++)
            for (var q = 0; q < preview.Items[i].Questions.Count; q++)
                fill[CardContract.Inputs.Pick(i, q)] = string.Join(",", preview.Items[i].Questions[q].Candidates.Take(2));
        return fill;
    }

    /// <summary>The weekly digest goes out on Monday morning.</summary>
    public static readonly DateOnly DigestDay = new(2026, 3, 16);

    private static DirectiveTask DigestTask(int n, string lead, string deliverable, (int M, int D) issued, (int M, int D)? acked, (int M, int D) deadline,
        (int M, int D)? submitted = null, string? co = null, bool coAcked = true)
    {
        static DateTimeOffset At((int M, int D) d, int hour, int minute = 0) => new(2026, d.M, d.D, hour, minute, 0, TimeSpan.FromHours(8));
        PersonRef Of(string unit) => Directory.People.First(p => p.Unit == unit && p.Role is PersonRole.Chief or PersonRole.Liaison).Ref;
        var units = new List<UnitAssignment> { new(lead, UnitRole.Lead) { Acknowledged = acked is { } a ? new(Of(lead), At(a, 10)) : null } };
        if (co is not null) units.Add(new(co, UnitRole.CoLead) { Acknowledged = coAcked && acked is { } c ? new(Of(co), At(c, 11)) : null });
        return new DirectiveTask
        {
            Id = new TaskId(2026, n), SourceText = $"请{lead}牵头，{deliverable}。", IssuedBy = Leader.Ref, IssuedAt = At(issued, 9, 30),
            ReferenceDate = new DateOnly(2026, issued.M, issued.D), Units = units, Supervisor = Leader.Ref,
            Deadline = new Deadline(new DateOnly(2026, deadline.M, deadline.D), ""), Deliverable = deliverable,
            Status = submitted is not null ? DirectiveTaskStatus.Completed : acked is null ? DirectiveTaskStatus.Assigned : DirectiveTaskStatus.InProgress,
            Submission = submitted is { } s ? new Submission(lead, "已按要求完成", null, Of(lead), At(s, 16)) : null,
            Version = 3,
        };
    }

    /// <summary>A week in a county with five units: three tasks overdue, two due, one co-lead unit not signed.</summary>
    public static IReadOnlyList<DirectiveTask> DigestWeek() =>
    [
        DigestTask(21, "县财政局", "一季度财政收支预分析", (2, 24), (2, 24), (3, 10), submitted: (3, 9)),
        DigestTask(31, "县发改局", "农村人居环境整治工作方案", (2, 26), (2, 26), (3, 6)),
        DigestTask(35, "县住建局", "城区老旧小区改造实施方案", (2, 27), (3, 2), (3, 11)),
        DigestTask(36, "县住建局", "建筑工地扬尘治理整改报告", (3, 2), (3, 3), (3, 12)),
        DigestTask(38, "县应急管理局", "春季安全生产隐患排查报告", (3, 11), (3, 11), (3, 19), co: "城关镇", coAcked: false),
        DigestTask(42, "县发改局", "重点项目资金筹措方案", (3, 10), (3, 10), (3, 20), co: "县财政局"),
    ];

    /// <summary>The rest of the county: with these the digest runs past 15 rows.</summary>
    public static IReadOnlyList<DirectiveTask> DigestMore() =>
    [
        DigestTask(25, "县市场监管局", "校园食品安全专项检查报告", (2, 25), (2, 26), (3, 6), submitted: (3, 5), co: "县教育局"),
        DigestTask(28, "县发改局", "2026年度重大项目储备清单", (2, 11), (2, 11), (3, 3), submitted: (3, 4)),
        DigestTask(33, "县水利局", "河长制巡河发现问题整改报告", (2, 27), (2, 27), (3, 9)),
        DigestTask(39, "县人社局", "春节后返岗复工就业服务方案", (2, 12), (2, 13), (2, 27)),
        DigestTask(44, "县农业农村局", "春季农业生产工作方案", (3, 5), (3, 5), (3, 18)),
        DigestTask(45, "县商务局", "招商引资项目落地情况报告", (3, 6), (3, 9), (3, 20)),
        DigestTask(48, "县交通运输局", "国道改线征地拆迁进度报告", (3, 12), null, (3, 31), co: "县自然资源和规划局"),
        DigestTask(49, "县文旅局", "春季文旅消费季活动方案", (3, 13), null, (4, 10)),
    ];

    public static IReadOnlyList<GalleryCard> All()
    {
        var preview = APreview();
        var cards = new List<GalleryCard>
        {
            new("preview", "PreviewCards.Preview", "预览卡片：领导发送指令后看到，每项任务一节，字段均可修改",
                PreviewCards.Preview(preview, Directory).ToJson(), PreviewFill(preview)) { Preview = preview },
            ImportPreview(),
            new("preview-needs-fix", "PreviewCards.Preview", "确认交办时发现问题：预览带提示重新显示",
                PreviewCards.Preview(preview, Directory, ["任务 2：请为「各乡镇」选择具体单位。"]).ToJson(), PreviewFill(preview)) { Preview = preview },
            PagedPreview(preview),
            new("dispatched", "PreviewCards.Dispatched", "确认交办后，预览原地变为只读摘要，随送达情况原地更新",
                PreviewCards.Dispatched([ATask(DirectiveTaskStatus.Assigned), ATask(DirectiveTaskStatus.Assigned, 43, "辖区安全生产隐患排查报告", new DateOnly(2026, 3, 30)) with
                    { Units = [new UnitAssignment("城关镇", UnitRole.Lead), new UnitAssignment("青山镇", UnitRole.Lead)] }],
                    new TaskBot.Assignments.DeliveryTally(2, 4, ["县发改局", "县财政局", "城关镇"], [("青山镇", "尚无人安装督办助手")])).ToJson(), NoFill),
            new("notice", "PreviewCards.Notice", "简短提示卡片（如取消预览）",
                PreviewCards.Notice("已取消", "此预览已取消，未创建任何任务。").ToJson(), NoFill),
        };
        AddTask("assignment-lead", "交办卡片（牵头单位局长）：签收或提出异议", DirectiveTaskStatus.Assigned, FagaiChief);
        AddTask("assignment-co", "交办卡片（配合单位局长）", DirectiveTaskStatus.Assigned, CaizhengChief);
        AddTask("in-progress", "签收后：反馈进度、申请延期、报结、有异议（图中展开了「反馈进度」）", DirectiveTaskStatus.InProgress, FagaiChief,
            CardBanner.Done("已签收。"), opens: "反馈进度");
        AddTask("extension-request", "申请延期表单", DirectiveTaskStatus.InProgress, FagaiChief, opens: "申请延期");
        AddTask("submit", "报结表单（牵头单位）", DirectiveTaskStatus.InProgress, FagaiChief, opens: "报结");
        AddTask("extension-approval", "延期审批卡片（交办领导或督查室）", DirectiveTaskStatus.ExtensionRequested, Leader);
        AddTask("completion-confirmation", "办结确认卡片：确认办结或退回重办", DirectiveTaskStatus.Submitted, Leader);
        AddTask("reassign", "单位提出异议后，领导调整交办", DirectiveTaskStatus.Disputed, Office, opens: "调整交办");
        AddTask("reject-dispute", "单位提出异议后，领导驳回异议", DirectiveTaskStatus.Disputed, Office, opens: "驳回异议");
        AddTask("refused", "被拒绝的操作：卡片显示当前状态和原因", DirectiveTaskStatus.InProgress, CaizhengChief,
            CardBanner.Refused("该任务已被他人更新，请按最新状态操作。"));
        AddTask("completed", "已办结：只读", DirectiveTaskStatus.Completed, Leader, CardBanner.Done("已确认办结。"));

        var mine = new[]
        {
            ATask(DirectiveTaskStatus.InProgress, 31, "农村人居环境整治工作方案", new DateOnly(2026, 3, 6)),
            ATask(DirectiveTaskStatus.Acknowledged, 42),
            ATask(DirectiveTaskStatus.InProgress, 45, "招商引资项目落地情况报告", new DateOnly(2026, 3, 12)),
            ATask(DirectiveTaskStatus.Assigned, 47, "2026年度重大项目储备清单", new DateOnly(2026, 4, 30)),
        }.Select(t => t with { Deadline = t.Id.Number == 42 ? t.Deadline : t.Deadline with { Phrase = "" } }).ToList();
        cards.Add(new("my-tasks", "ListCards.ByColour", "我的任务：逾期（红）、3 个工作日内到期（黄）、正常",
            ListCards.ByColour("我的任务 · 县发改局", mine, Today, Calendar, "暂无待办任务。").ToJson(), NoFill));
        var detailTask = ATask(DirectiveTaskStatus.InProgress);
        var id = detailTask.Id;
        TaskEvent E(long v, int hours, Person who, TaskAction a, string? unit, string? note, params FieldChange[] changes) =>
            new(id, v, Issued.AddHours(hours), who.Ref, a, unit, changes, note);
        cards.Add(new("task-detail", "ListCards.Detail", "任务 DB-2026-000042：单项任务及全部办理记录",
            ListCards.Detail(detailTask,
            [
                E(1, 0, Leader, TaskAction.Create, null, null, new FieldChange("status", null, "已交办")),
                E(2, 1, FagaiChief, TaskAction.Acknowledge, "县发改局", null, new FieldChange("status", "已交办", "已签收")),
                E(3, 2, CaizhengChief, TaskAction.Acknowledge, "县财政局", null),
                E(4, 24, FagaiChief, TaskAction.ReportProgress, "县发改局", "进度 60%，已完成项目梳理", new FieldChange("status", "已签收", "办理中")),
            ], FagaiChief, Today, Calendar, Directory, null).ToJson(), TaskFill) { Task = detailTask });
        cards.Add(new("help", "ListCards.Help", "帮助（领导看到的版本）", ListCards.Help(true).ToJson(), NoFill));
        cards.Add(new("help-unit", "ListCards.Help", "帮助（承办单位看到的版本）", ListCards.Help(false).ToJson(), NoFill));

        // Reminders for DB-2026-000042 (deadline Tue 03-31) through its life, as the sweeper builds them.
        AddNudge("nudge-unsigned", "签收提醒（正常，牵头单位未签收）：只有签收", ReminderKind.NotAcknowledged, "县发改局", new(2026, 3, 11),
            ATask(DirectiveTaskStatus.Assigned), FagaiChief);
        AddNudge("nudge-normal", "进度提醒（正常，牵头单位）：反馈进度、申请延期、报结", ReminderKind.ProgressRequest, "县发改局", new(2026, 3, 20),
            ATask(DirectiveTaskStatus.Acknowledged), FagaiChief);
        AddNudge("nudge-yellow-lead", "临期提醒（黄，3 个工作日内到期，牵头单位）", ReminderKind.DueIn3, "县发改局", new(2026, 3, 26),
            ATask(DirectiveTaskStatus.InProgress), FagaiChief);
        AddNudge("nudge-yellow-co", "临期提醒（黄，配合单位）：只有反馈进度", ReminderKind.DueIn3, "县财政局", new(2026, 3, 26),
            ATask(DirectiveTaskStatus.InProgress), CaizhengChief);
        AddNudge("nudge-red-lead", "逾期提醒（红，牵头单位）", ReminderKind.Overdue, "县发改局", new(2026, 4, 2),
            ATask(DirectiveTaskStatus.InProgress), FagaiChief);
        AddNudge("nudge-red-co", "逾期提醒（红，配合单位）", ReminderKind.Overdue, "县财政局", new(2026, 4, 2),
            ATask(DirectiveTaskStatus.InProgress), CaizhengChief);
        AddNudge("nudge-escalation", "逾期督办（红，逾期第 3 个工作日，交办领导）：查看任务", ReminderKind.EscalateSupervisor, null, new(2026, 4, 3),
            ATask(DirectiveTaskStatus.InProgress), Leader);

        OpenCallGallery.Add(cards, Directory, Leader, FagaiChief);

        cards.Add(new("digest", "DigestCard.Build", "逾期周报：几个单位的一周，手机上一屏可读",
            DigestCard.Build("digest|2026-W12", WeeklyDigest.Compute(DigestWeek(), DigestDay, Calendar)).Card, NoFill));
        var county = DigestCard.Build("digest|2026-W12", WeeklyDigest.Compute([.. DigestWeek(), .. DigestMore()], DigestDay, Calendar)).Card;
        cards.Add(new("digest-long", "DigestCard.Build", "逾期周报：超过 15 行时先列 15 行，其余在「查看全部」里", county, NoFill));
        cards.Add(new("digest-long-all", "DigestCard.Build", "同一份周报，展开「查看全部」", county, NoFill) { PictureOpens = "查看全部" });
        return cards;

        void AddNudge(string name, string caption, ReminderKind kind, string? unit, DateOnly day, DirectiveTask task, Person recipient)
        {
            var reminder = new Reminder(task.Id, unit, kind, day, new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
            var card = NudgeCard.Build(reminder.DeliveryKey($"user:{recipient.AadObjectId}"), reminder, task, day, Calendar).Card;
            cards.Add(new(name, "NudgeCard.Build", caption, card, TaskFill) { Task = task, Recipient = recipient, Day = day });
        }

        void AddTask(string name, string caption, DirectiveTaskStatus status, Person viewer, CardBanner? banner = null, string? opens = null)
        {
            var task = ATask(status);
            cards.Add(new(name, "TaskCards.View", caption, TaskCards.View(task, viewer, Today, Calendar, Directory, banner, "29:demo-user").ToJson(), TaskFill)
                { Task = task, PictureOpens = opens });
        }
    }
}
