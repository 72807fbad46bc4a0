using System.Text.Json.Nodes;
using TaskBot.Cards;
using TaskBot.Directives.OpenCalls;
using TaskBot.Directory;
using TaskBot.OpenCalls;

namespace TaskBot.Tests.Browser;

/// <summary>The open-call (揭榜挂帅) cards of the gallery: JB-2026-000003, published 2026-03-10, sign-up until 03-20.</summary>
public static class OpenCallGallery
{
    public const string Text = "揭榜挂帅：围绕高山茶园病虫害绿色防控关键技术攻关，面向全县公开张榜，欢迎各单位、企业团队揭榜，3月20日前报名，项目周期一年，给予最高30万元资金支持。";
    private static readonly DateTimeOffset Published = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly IReadOnlyDictionary<string, JsonNode> Fill = new Dictionary<string, JsonNode>
    {
        [OpenCallCards.Inputs.Title] = "高山茶园病虫害绿色防控技术攻关",
        [OpenCallCards.Inputs.Goal] = "形成可推广的高山茶园病虫害绿色防控技术规程",
        [OpenCallCards.Inputs.Deadline] = "2026-03-24",
        [OpenCallCards.Inputs.Term] = "12",
        [OpenCallCards.Inputs.Support] = "给予最高30万元资金支持",
        [OpenCallCards.Inputs.Eligibility] = "ListedUnits",
        [OpenCallCards.Inputs.Units] = "县农业农村局,县发改局",
        [OpenCallCards.Inputs.Plan] = "组建农业、发改专家专班，三个月完成试验",
        [OpenCallCards.Inputs.TeamLead] = "周志强",
        [OpenCallCards.Inputs.Outcome] = "技术规程和示范基地",
        [OpenCallCards.Inputs.Needs] = "试验田 50 亩",
        [OpenCallCards.Inputs.Link] = "https://example.gov.cn/fangan.pdf",
        [OpenCallCards.Inputs.Edit(OpenCallCards.Inputs.Plan)] = "专班扩充植保站人员",
        [OpenCallCards.Inputs.Edit(OpenCallCards.Inputs.TeamLead)] = "吴佳",
        [OpenCallCards.Inputs.Edit(OpenCallCards.Inputs.Outcome)] = "技术规程、示范基地 3 个",
        [OpenCallCards.Inputs.Edit(OpenCallCards.Inputs.Needs)] = "植保无人机 2 架",
        [OpenCallCards.Inputs.Edit(OpenCallCards.Inputs.Link)] = "https://example.gov.cn/fangan-v2.pdf",
        [OpenCallCards.Inputs.Winners] = "县发改局",
        [OpenCallCards.Inputs.ExtendDate] = "2026-03-31",
        [OpenCallCards.Inputs.WithdrawReason] = "需求已由上级项目覆盖",
    };

    public static void Add(List<GalleryCard> cards, UnitDirectory directory, Person leader, Person chief)
    {
        var reading = new OpenCallReader(TaskBot.Calendar.ChinaWorkingCalendar.Default, directory.SurfaceForms.Keys).Read(Text, CardGallery.Today)!;
        var draft = new OpenCallCards.Draft
        {
            PreviewId = "call-gallery-1", IssuerAadObjectId = leader.AadObjectId, ReferenceDate = CardGallery.Today, SourceText = Text,
            Title = reading.Title, Goal = reading.Goal, SignUpDeadline = reading.SignUpDeadline, SignUpPhrase = reading.SignUpPhrase,
            TermMonths = reading.TermMonths, TermText = reading.TermText, Support = reading.Support, Eligibility = reading.Eligibility,
        };
        cards.Add(new("call-preview", "OpenCallCards.Preview", "揭榜挂帅：领导发送榜单后看到的预览，字段均可修改，点「发布」",
            OpenCallCards.Preview(draft, directory).ToJson(), Fill) { CallDraft = draft });

        var call = Call(leader);
        var fagai = new CallApplication("县发改局", "县发改局", chief.Ref, new ApplicationForm("组建农业、发改专家专班，三个月完成试验", "周志强", "技术规程和示范基地", "试验田 50 亩", null), Published.AddDays(1));
        var caizheng = new CallApplication("县财政局", "县财政局", new PersonRef("cz", "冯国庆"), new ApplicationForm("设立专项资金池，引入农业保险", "冯国庆", "资金和保险联动方案", "", "https://example.gov.cn/caizheng.pdf"), Published.AddDays(2));
        var nongye = new CallApplication("县农业农村局", "县农业农村局", new PersonRef("ny", "沈丽华"), new ApplicationForm("依托植保站建立监测网络，推广生物防治", "沈丽华", "监测网络和防控示范片 500 亩", "监测设备经费 8 万元", null), Published.AddDays(3));
        var open = call with { Applications = [fagai, caizheng], Version = 3 };
        cards.Add(new("call-board", "OpenCallCards.Board", "榜单卡片（频道和各单位负责人）：只显示揭榜数量；揭榜（图中展开）、修改申请、撤回申请",
            OpenCallCards.Board(open).ToJson(), Fill) { Call = open, PictureOpens = "揭榜" });
        cards.Add(new("call-mine", "OpenCallCards.Mine", "揭榜后：本人看到自己的申请（只给本人看，不覆盖频道里的卡片）",
            OpenCallCards.Mine(open, fagai, CardBanner.Done("已提交揭榜申请。报名截止（2026-03-20）前可修改或撤回。")).ToJson(), Fill) { Call = open });
        var closed = call with { Applications = [fagai, caizheng, nongye], Status = OpenCallStatus.Closed, Version = 5 };
        cards.Add(new("call-choice", "OpenCallCards.Choice", "报名截止：发布榜单的领导收到一张卡片，各申请并列，选定挂帅（可多选）、延长报名、撤销榜单",
            OpenCallCards.Choice(closed).ToJson(), Fill) { Call = closed });
        var empty = call with { Status = OpenCallStatus.Closed, Version = 2 };
        cards.Add(new("call-choice-empty", "OpenCallCards.Choice", "报名截止而无人揭榜：延长报名或撤销榜单（图中展开「延长报名」）",
            OpenCallCards.Choice(empty).ToJson(), Fill) { Call = empty, PictureOpens = "延长报名" });
        var awarded = closed with { Status = OpenCallStatus.Awarded, Winners = ["县发改局"], TaskIds = ["DB-2026-000051"], DecidedAt = Published.AddDays(11), Version = 6 };
        cards.Add(new("call-decided", "OpenCallCards.Decided", "选定挂帅后：挂帅单位各牵头一项督办任务",
            OpenCallCards.Decided(awarded, ["县发改局（周志强）"]).ToJson(), NoFill));
        cards.Add(new("call-awarded", "OpenCallCards.Board", "榜单卡片原地更新为「已揭榜」，显示挂帅单位",
            OpenCallCards.Board(awarded, null, ["县发改局（周志强）"]).ToJson(), NoFill) { Call = awarded });
        cards.Add(new("call-thanks", "OpenCallCards.Thanks", "未被选定的揭榜单位收到感谢",
            OpenCallCards.Thanks(awarded, caizheng, ["县发改局（周志强）"]).ToJson(), NoFill));
        cards.Add(new("call-list", "OpenCallCards.List", "「榜单」命令：报名中和待选定的榜单、报名截止日期、揭榜数量",
            OpenCallCards.List([open, closed with { Id = "JB-2026-000002", Title = "县域冷链集配中心运营方案", SignUpDeadline = new DateOnly(2026, 3, 13) }]).ToJson(), NoFill));
    }

    private static readonly IReadOnlyDictionary<string, JsonNode> NoFill = new Dictionary<string, JsonNode>();

    public static OpenCall Call(Person leader) => new()
    {
        Id = "JB-2026-000003", Title = "高山茶园病虫害绿色防控关键技术攻关", Goal = "高山茶园病虫害绿色防控关键技术攻关",
        Support = "给予最高30万元资金支持", SignUpDeadline = new DateOnly(2026, 3, 20),
        SignUpClosesAt = new DateTimeOffset(2026, 3, 21, 0, 0, 0, TimeSpan.FromHours(8)), SignUpPhrase = "3月20日前", TermMonths = 12, TermText = "项目周期一年",
        Eligibility = CallEligibility.AllUnits, Publisher = leader.Ref, PublishedAt = Published, SourceText = Text, Status = OpenCallStatus.Open, Version = 1,
    };
}
