using TaskBot.Tasks;
using TaskBot.Delivery;
using TaskBot.Cards;

namespace TaskBot.Digest;

/// <summary>
/// The 逾期周报 card, readable on a phone: the first <see cref="PhoneRows"/> rows (worst first), then 查看全部
/// opens the full list in the card itself.
/// </summary>
public static class DigestCard
{
    public const int PhoneRows = 15;
    public const int MaxRows = 200;   // a card stays well under Teams' 28 KB

    public static NudgeMessage Build(string key, WeeklyDigest d)
    {
        var sections = Sections(d);
        var shown = new List<CardElement>();
        var rest = new List<CardElement>();
        var rows = 0;
        foreach (var (title, lines) in sections)
        {
            var target = rows < PhoneRows ? shown : rest;
            target.Add(new TextBlock(Md.Of($"{title}")) { Bold = true });
            foreach (var line in lines)
            {
                if (rows >= MaxRows) break;
                (rows < PhoneRows ? shown : rest).Add(new TextBlock(line) { Size = TextSize.Small });
                rows++;
            }
        }
        var total = sections.Sum(s => s.Lines.Count);
        // Tasks are counted once each (as 逾期任务 lists them); units are said as units.
        var headline = $"逾期任务 {d.OverdueTasks} 项（涉及 {d.Overdue.Count} 个单位）· 本周到期任务 {d.DueThisWeek.Count} 项 · " +
            $"未签收任务 {d.UnacknowledgedTasks} 项（{d.Unacknowledged.Select(u => u.Unit).Distinct().Count()} 个单位未签收）";
        var body = new List<CardElement>
        {
            new Container(
            [
                new TextBlock(Md.Of($"逾期周报（{d.IsoYear}年第{d.IsoWeek}周）")) { Size = TextSize.Medium, Bold = true },
                new TextBlock(Md.Of($"{CardDates.WithWeekday(d.Today)}　{headline}")),
            ]) { Style = d.Overdue.Count > 0 ? ContainerStyle.Attention : ContainerStyle.Good },
        };
        body.AddRange(shown);
        if (total == 0) body.Add(new TextBlock(Md.Literal("本周无逾期、临期或未签收任务。")));
        if (total > MaxRows) rest.Add(new TextBlock(Md.Of($"共 {total} 行，此处列出前 {MaxRows} 行；其余请发送「逾期任务」查看。")) { Size = TextSize.Small });
        // 查看全部 opens the rest in the card itself (it submits nothing).
        CardAction[] actions = rest.Count == 0 ? [] : [new ShowCardAction("查看全部", new AdaptiveCard(rest))];
        var summary = $"逾期周报（第{d.IsoWeek}周）：{headline}";
        return new NudgeMessage(key, summary, summary, new AdaptiveCard(body, actions).ToJson());
    }

    /// <summary>The digest's sections and their lines; every text from the store goes in escaped (<see cref="Md.Of"/>).</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<Md> Lines)> Sections(WeeklyDigest d)
    {
        static string Pct(double? r) => r is { } v ? $"{v * 100:0}%" : "—";
        var overdue = d.Overdue.SelectMany(g => g.Tasks.Select(t =>
            Md.Of($"🔴 {g.Unit}{(t.Lead ? "" : "（配合）")}｜{t.Id} {Short(t.Deliverable)}｜逾期 {t.WorkingDaysOverdue} 个工作日"))).ToList();
        var units = d.Units.Select(u =>
            Md.Of($"{u.Unit}｜近4周 签收 {Pct(u.Last4Weeks.AckRate)} 办结 {Pct(u.Last4Weeks.DoneRate)} 逾期 {u.Last4Weeks.Overdue}｜本年 签收 {Pct(u.YearToDate.AckRate)} 办结 {Pct(u.YearToDate.DoneRate)} 逾期 {u.YearToDate.Overdue}")).ToList();
        var due = d.DueThisWeek.Select(t =>
            Md.Of($"🟡 {t.Id} {Short(t.Deliverable)}｜{t.Units}｜{CardDates.WithWeekday(t.Deadline)[5..]}")).ToList();
        var unsigned = d.Unacknowledged.Select(u =>
            Md.Of($"{u.Id} {Short(u.Deliverable)}｜{u.Unit}｜交办 {u.WorkingDaysSinceIssue} 个工作日未签收")).ToList();
        var calls = d.OpenCalls;
        var closing = calls.ClosingThisWeek.Select(c => c.Id).ToHashSet();
        var callLines = calls.Open.Select(c =>
                Md.Of($"📣 {c.Id} {Short(c.Title)}｜报名截止 {CardDates.WithWeekday(c.SignUpDeadline)[5..]}{(closing.Contains(c.Id) ? " 本周截止" : "")}｜已揭榜 {c.Applicants}"))
            .Concat(calls.WithoutApplicants.Where(c => c.Status == OpenCalls.OpenCallStatus.Closed).Select(c =>
                Md.Of($"⚪ {c.Id} {Short(c.Title)}｜报名已截止，无人揭榜，待领导延长或撤销")))
            .Concat(calls.Tasks.Select(t =>
                Md.Of($"🏅 {t.TaskId} {Short(t.Title)}｜{t.Lead} 挂帅｜{t.Status.Chinese()}{(t.Percent is { } p ? $" {p}%" : "")}｜期限 {t.Deadline:yyyy-MM-dd}")))
            .ToList();
        return new List<(string, IReadOnlyList<Md>)>
        {
            ($"逾期任务（{d.OverdueTasks} 项，按单位列出：{d.Overdue.Count} 个单位）", overdue),
            ("各单位按期签收率、按期办结率、逾期数", units),
            ($"未来一周到期任务（{due.Count} 项）", due),
            ($"未签收任务（{d.UnacknowledgedTasks} 项，每行一个未签收的单位）", unsigned),
            ($"揭榜挂帅（报名中 {calls.Open.Count} 个，本周截止 {calls.ClosingThisWeek.Count} 个，无人揭榜 {calls.WithoutApplicants.Count} 个，挂帅任务 {calls.Tasks.Count} 项）", callLines),
        }.Where(s => s.Item2.Count > 0).ToList();
    }

    private static string Short(string text) => text.Length <= 18 ? text : text[..17] + "…";
}
