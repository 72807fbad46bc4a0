from common import *
items=[]
U="http://bx.gov.cn/xwzx/zwyw/content_505116"
items.append(I(U,"我县召开春节期间安全生产工作调度会议","2021-01-14","minutes_decision","multi_directive",
"就2021年春节期间安全生产工作,会议强调,各相关单位、各乡镇要认真落实管行业管安全主体职责;要做好疫情防控期间,企业主体责任和职工岗位责任的落实和督促检查;要吸取外地事故教训,做好各单位、各乡镇安全生产方面的检查;要切实把安全生产检查与落实三年行动计划有机结合起来;要针对恶劣天气和燃放烟花爆竹及节假日期间安全管理开展专项检查;要做好迎接省市督查检查工作和值班值守工作,进一步完善应急预案,确保社会安全稳定,让全县人们度过一个平安、祥和的新春佳节。",
[T(["各相关单位","各乡镇"],"落实管行业管安全主体职责"),
 T(["各相关单位","各乡镇"],"疫情防控期间企业主体责任和职工岗位责任的落实和督促检查"),
 T(["各相关单位","各乡镇"],"各单位、各乡镇安全生产方面的检查"),
 T(["各相关单位","各乡镇"],"恶劣天气和燃放烟花爆竹及节假日期间安全管理专项检查"),
 T(["各相关单位","各乡镇"],"迎接省市督查检查工作和值班值守工作,完善应急预案")],
"the subject of the first clause carries over the semicolon list. 把安全生产检查与三年行动计划结合 is a manner requirement folded into the checks (not a separate deliverable) — judgement call. 2021年春节期间 sets the period of the work, not a 春节前 deadline."))
U="http://www.lushanweb.com/news/detail/10435"
items.append(I(U,"“五一”期间安全生产和全县防汛抗旱工作会议",None,"minutes_decision","multi_lead",
"李丽莉在讲话中要求,各乡(镇、街道)要在统筹做好经济社会发展等工作的同时,抓实安全生产和消防风险防范工作,深入排查治理隐患,加强监测预警,坚决遏制重大安全生产和消防火灾发生。要迅速开展排查治理,立即组织开展本行业、本领域的安全生产及消防工作大检查活动,对重点环节、重点部位、关键设备要建立台账,对发现的安全隐患要明确责任,限时整改到位。要持续巩固“九小”场所沿街门店和劳动密集型企业治理成果,加大重点领域排查治理力度,严格厂房、仓储物流等场所检查,切实发挥“一队一中心”的作用,全面提升消防安全管理水平。各级各部门要针对重点区域和重点时段安全生产工作特点,抓好安全教育培训,加强应急物资储备工作,加强应急值班值守工作,确保及时处置突发事件。要加强安全生产督导检查。安委会督导组要深入基层,迅速开展督导检查工作,督促各相关部门迅速做好安全薄弱环节、场所的安全防范工作,确保万无一失,为全县经济社会平稳发展保驾护航。",
[T(["各乡(镇、街道)"],"抓实安全生产和消防风险防范工作,排查治理隐患"),
 T(["各乡(镇、街道)"],"开展本行业、本领域的安全生产及消防工作大检查活动,建立台账,限时整改隐患","立即"),
 T(["各乡(镇、街道)"],"巩固“九小”场所和劳动密集型企业治理成果,严格厂房、仓储物流等场所检查"),
 T(["各级各部门"],"安全教育培训、应急物资储备和应急值班值守"),
 T(["安委会督导组"],"深入基层开展督导检查工作","迅速")],
"4月21日 with no year on the page opening → meeting_date null (no dated deadline anyway). 各乡(镇、街道) is one unit (parentheses belong to the name). 限时整改 has no time limit stated. The following 要… sentences keep 各乡(镇、街道) as subject until 各级各部门 takes over; the judgement that 本行业、本领域 checks belong to 各乡(镇、街道) follows the text literally. 督促各相关部门 — the 督促-ed parties are not co-leads."))
U="https://www.huoqiu.gov.cn/zwzx/yw/38223075.html"
items.append(I(U,"我县召开2026年度县安委会第一次全体成员(扩大)会议","2026-02-27","minutes_decision","multi_directive",
"会议要求,一要紧盯烟花爆竹领域。严格落实“五个严禁、三个务必”硬措施,紧盯不放、一抓到底,确保万无一失。二要紧盯非煤矿山领域。压紧压实企业主体责任,深入开展隐患排查整治,严厉打击违法生产建设行为。三要紧盯消防安全领域。强化调度暗访,落实网格化管理、分片包干、包保到户。四要紧盯道路交通领域。强化重点路段、重点时段路面管控,从严查处各类交通违法行为。五要紧盯在建工程领域。加强施工现场安全管控,严查严处违章冒险作业行为;加强对农民自建房等小型工程的安全监管,严防小施工引发大事故。六要紧盯森林防火领域。严格落实防火责任,加强重点林区等关键部位管控,备足扑火物资和救援力量,坚决做到火情早发现、早处置、零蔓延。",
[T([],"落实烟花爆竹领域“五个严禁、三个务必”硬措施"),
 T([],"非煤矿山领域隐患排查整治,打击违法生产建设行为"),
 T([],"消防安全领域调度暗访,落实网格化管理、分片包干、包保到户"),
 T([],"道路交通重点路段、重点时段路面管控,查处交通违法行为"),
 T([],"施工现场安全管控和农民自建房等小型工程安全监管"),
 T([],"重点林区管控,备足扑火物资和救援力量")],
"six 一要…六要 requirements, none names a unit → six tasks with empty lead (the clerk picks the industry regulators). 在建工程 item holds two clauses under one heading; kept as one task."))
items.append(I(U,"我县召开2026年度县安委会第一次全体成员(扩大)会议","2026-02-27","minutes_header","non_directive",
"2026年2月27日,我县召开2026年度县安委会第一次全体成员(扩大)会议。县委副书记、县长沈勇出席会议并讲话。县委常委、常务副县长王竹主持会议。县政府副县长,县直有关单位、各乡镇主要负责人,开发区(现代产业园)管委分管负责人,有关重点企业主要负责人参加会议。",[],
"date line, 出席/主持/参加 header: framing only"))
U="https://www.shiquan.gov.cn/Content-2497115.html"
items.append(I(U,"2022年12月安全生产调度会","2022-12-01","minutes_decision","multi_directive",
"要紧盯重点,细化举措,抓紧抓实危化品、城镇燃气、自建房专项整治工作,常态化推进冬季用电用气用火、道路交通、城镇消防、建设工程、森林防火等重点领域安全生产工作,持续加强极端恶劣天气预警预报,广泛开展应急演练和宣传教育,严格落实领导带班、干部24小时值班和事故信息报告制度,全面做好人员、装备、物资等应急资源准备,确保紧急情况立即报告,快速响应,迅速救援,妥善应对,高效处置。",
[T([],"危化品、城镇燃气、自建房专项整治工作","抓紧"),
 T([],"冬季用电用气用火、道路交通、城镇消防、建设工程、森林防火等重点领域安全生产工作"),
 T([],"极端恶劣天气预警预报"),
 T([],"应急演练和宣传教育"),
 T([],"落实领导带班、干部24小时值班和事故信息报告制度"),
 T([],"人员、装备、物资等应急资源准备")],
"continuation of 刘伟要求,各镇、各部门要… (previous sentence, not included), so within this span no unit is named → empty leads; a judgement call whether the clerk would carry 各镇、各部门 over. 立即报告 describes the response to an emergency, not a deadline for a deliverable."))
U="https://www.dingcheng.gov.cn/xwdt/xzkx/content_199443"
items.append(I(U,"石板滩镇:“多会合一”部署当前重点工作","2020-03-30","minutes_decision","absolute_deadline",
"高力指出,2020年是全面建成小康社会和“十三五规划”收官之年,也是脱贫攻坚决战决胜之年。脱贫攻坚工作要在六月底前进行验收,时间紧任务重,全体帮扶责任人要严格按照《市扶贫开发领导小组办公室致全市结对帮扶责任人的一封信》的要求,全面开展“回头看”,做到“一熟”“四会”“九看”,做好验收准备。\n关于粮食生产工作,高力强调,全体干部要站在全局和战略高度充分认识抓好春耕生产和粮食生产的重要性,不误农时抓好春耕生产,严禁抛荒。按照18个小村,每村200亩任务,落实全镇3500亩早稻总任务,4月8日前全部翻耕到位,确保群众“米袋子”供应安全。\n在大气污染防治工作方面,一方面在清明节期间要张贴政府公告,禁止商店出售烟花鞭炮,在入山路口派专人值守,提倡文明祭祀;另一方面,在油菜成熟前,深入宣传秸秆还田、垃圾禁烧工作,提倡以组为单位用收割机边收边碎,实现收割、环保两不误。\n关于取缔马路市场工作,高力强调,疫情期间取消赶场,全镇上下要严格按照《鼎城区马路市场安全隐患专项整治行动方案》文件精神,在12月31日前,全面完成马路市场整治任务,确保实现“摊清、货清、路畅”,提升集镇形象,确保群众生命安全。",
[T(["全体帮扶责任人"],"开展“回头看”,做好脱贫攻坚验收准备","六月底前","2020-06-30"),
 T([],"落实全镇3500亩早稻总任务,全部翻耕到位","4月8日前","2020-04-08"),
 T([],"张贴政府公告,禁止商店出售烟花鞭炮,入山路口派专人值守","清明节期间"),
 T([],"宣传秸秆还田、垃圾禁烧工作","在油菜成熟前"),
 T([],"全面完成马路市场整治任务","在12月31日前","2020-12-31")],
"meeting 3月30日 of 2020 (the text says 2020年是…收官之年). 六月底前 is when the 验收 takes place; the preparation is due by then. 全体帮扶责任人 (a body of persons) stands where the unit stands. 全体干部/全镇上下 are not units → empty lead. 清明节期间 and 油菜成熟前 are periods/events, not calendar anchors in the conventions → null."))
U="http://www.taixing.cn/html/news/taixing/2015/0304/66645.html"
items.append(I(U,"曲霞镇迅速开展春季水利、林业绿化工作","2015-02-25","minutes_decision","absolute_deadline",
"正月初七一上班,曲霞镇组织各村负责人进行了一天的巡回督查,并召开了农业农村工作会议,通报了各村冬春水利、林业绿化进度,要求3月底之前全面完成林业绿化工作,5月底之前完成农田水利建设工作。",
[T([],"全面完成林业绿化工作","3月底之前","2015-03-31"),
 T([],"完成农田水利建设工作","5月底之前","2015-05-31")],
"正月初七 of 2015 = 2015-02-25 (article 2015-03-04). The addressees are the villages (各村负责人 attended) but the requirement names no unit → empty lead."))
U="http://hn.rednet.cn/c/2016/02/19/3913017.htm"
items.append(I(U,"县合村工作推进会","2016-02-19","minutes_decision","absolute_deadline",
"同时,李天明要求,各级各部门要高度重视,切实加强领导,层层落实责任;要正视问题,做到合法合规、合情合理、合心合力、合点合拍,稳步推进合村工作;要加强配合,强化责任,确保在5月15日完成合村工作的检查验收。",
[T(["各级各部门"],"完成合村工作的检查验收","5月15日","2016-05-15")],
"the page (2016-02-19) does not give the meeting day in its opening; the article date is used as reference (the yearless 5月15日 resolves to 2016 either way). 高度重视/层层落实责任 are attitude; 稳步推进合村工作 is folded into the single deliverable — judgement call."))
U="http://www.021fenlei.com/n3890.htm"
items.append(I(U,"区委常委会",None,"minutes_decision","lead_co",
"会议同意关于召开区十六届人民代表大会第二次会议有关事项的请示,并指出,要高度重视、精心组织、严明纪律,在全体代表的共同努力下,确保圆满完成大会各项任务;筹备工作由区人大常委会牵头,区委组织部、区委宣传部、区委政法委和区相关部门要及早介入、全力配合,确保会议开好。\n会议原则同意关于本区2017年预算调整的初步方案,并指出,预算调整既是构建全面规范、公开透明的预算管理制度的需要,也是本区财政预算执行的实际需要。下一步,一方面要高质量地完成全年财政收入的任务,同时要确保重点支出的落实到位;另一方面要认真谋划明年的工作,科学研究明年的财政收入预算,切实加强预算管理,强化对财政资金的监管。\n会议同意本区清理收缴党费使用方案,并指出,清理收缴党费的使用要严格按照中组部、市委组织部的要求抓好组织和推进,坚持重点突出、程序严格、公开透明,更好地体现党中央对基层组织和党员的关心和关怀;区委组织部要抓好经费的审批、管理以及专项检查工作,确保做到专款专用。",
[T(["区人大常委会"],"区十六届人民代表大会第二次会议筹备工作",co=["区委组织部","区委宣传部","区委政法委","区相关部门"]),
 T([],"完成全年财政收入的任务","全年"),
 T([],"确保重点支出落实到位"),
 T([],"谋划明年的工作,研究明年的财政收入预算"),
 T(["区委组织部"],"党费经费的审批、管理以及专项检查工作")],
"page says only 近日 (2017 from the 2017年预算调整 item) → meeting_date null, so 全年 is kept as text but unresolved. 明年 qualifies the budget being prepared (明年的…预算), not a deadline → deadline_text null. 及早介入 is an urgency word attached to the co-leads, not to the task."))
U="http://szbbs.org/forum.php?goto=lastpost&mod=redirect&tid=1451341"
items.append(I(U,"我市召开中央环保督察省级“回头看”反馈问题整改专题会",None,"minutes_decision","single_sentence",
"专题会上,吴超明听取了整改进展汇报及相关意见建议。他提出,要突出问题整改。务必高度重视整改,对整改情况进行再次逐项自查,确认整改落到实处;各相关单位要制定明确整改方案、责任人、责任专班、时间节点、验收结果的责任书,并报市环委会。",
[T([],"对整改情况逐项自查"),
 T(["各相关单位"],"制定明确整改方案、责任人、责任专班、时间节点、验收结果的责任书(报市环委会)")],
"随州日报 report copied to a forum; 4月23日 with no year in the span → null. 市环委会 is the recipient of the 责任书, neither lead nor co."))
