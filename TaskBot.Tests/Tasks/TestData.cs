using TaskBot.Directory;
using TaskBot.Tasks;

namespace TaskBot.Tests.Tasks;

/// <summary>A small county directory and drafts against it, shared by the task and storage tests.</summary>
internal static class TestData
{
    public const string Gongxin = "县工业和信息化局", Caizheng = "县财政局", Jinrong = "县金融办", Shangwu = "县商务局";

    public static readonly Person Leader = new("aad-leader", "王县长", null, PersonRole.Leader);
    public static readonly Person Office = new("aad-office", "赵敏", "县委督查室", PersonRole.Office);
    public static readonly Person GongxinChief = new("aad-gx", "郑海涛", Gongxin, PersonRole.Chief);
    public static readonly Person GongxinLiaison = new("aad-gx2", "钱丽", Gongxin, PersonRole.Liaison);
    public static readonly Person CaizhengChief = new("aad-cz", "冯国庆", Caizheng, PersonRole.Chief);
    public static readonly Person JinrongChief = new("aad-jr", "孔晓", Jinrong, PersonRole.Chief);
    public static readonly Person ShangwuChief = new("aad-sw", "何平", Shangwu, PersonRole.Chief);

    public static readonly UnitDirectory County = new(
        [
            new Unit(Gongxin, ["工信局", "县工信局"]),
            new Unit(Caizheng, ["财政局"]),
            new Unit(Jinrong, ["金融办"]),
            new Unit(Shangwu, ["商务局"]),
            new Unit("县委督查室", ["督查室"]),
        ],
        [Leader, Office, GongxinChief, GongxinLiaison, CaizhengChief, JinrongChief, ShangwuChief]);

    /// <summary>Thursday 2026-09-10, 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2026, 9, 10, 10, 0, 0, TimeSpan.FromHours(8));
    public static DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public static TaskDraft NewDraft(string lead = Gongxin, string[]? coLeads = null, DateOnly? deadline = null, DateTimeOffset? next = null) => new()
    {
        SourceText = "工信局牵头，会同财政局、金融办在一个月内拿出差异化支持政策初稿",
        SourceSpan = new SourceSpan(0, 31),
        ReferenceDate = Today,
        LeadUnits = [lead],
        CoLeadUnits = coLeads ?? [Caizheng, Jinrong],
        Supervisor = Office.Ref,
        Deadline = new Deadline(deadline ?? Today.AddMonths(1), "一个月内"),
        Deliverable = "差异化支持政策初稿",
        NextReminderAt = next,
    };
}
