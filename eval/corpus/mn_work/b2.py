from common import *
items=[]
U="http://www.feicheng.gov.cn/art/2024/1/19/art_173870_10355707.html"
items.append(I(U,"第十九届市政府第20次常务会议","2024-01-19","minutes_decision","multi_directive",
"1月19日,市委副书记、市长范长征主持召开第十九届市政府第20次常务会议。\n会议议题\n研究政府工作报告、2023年国民经济和社会发展计划执行情况与2024年计划(讨论稿)以及2023年财政预算执行情况和2024年财政预算安排,听取关于新建汶阳田中型灌区和安孙灌区续建配套与节水改造工程情况的汇报。\n会议内容\n会议指出,要全面梳理、充分吸纳各方意见和建议,认真细致修改,精益求精完善,确保报告契合上级要求、符合发展实际、回应群众期盼。要统筹研究谋划,及早部署实施,为全年工作争取时间、打好基础、赢得主动。\n会议强调,要充分发挥国民经济和社会发展计划的导向作用,确保与上级和我市经济工作会议精神保持高度一致,与《政府工作报告》同频共振,画好路线图、敲定时间表、明确责任书,推动各项工作迈上新台阶。\n会议指出,要科学合理安排2024年财政预算,强化资金绩效管理,提高财政资金配置效益和使用效率,确保民生保障方面真正看到起色和成效。\n会议强调,计划建设的两个灌区项目,对保障灌溉用水、改善群众生产生活条件至关重要。要科学制定进度计划,压实工作责任,抓好资金筹措和管理,加强项目全流程监管,力争项目早日建成、早日惠民。",
[T([],"吸纳各方意见修改完善政府工作报告"),
 T([],"为国民经济和社会发展计划画好路线图、敲定时间表、明确责任书"),
 T([],"安排2024年财政预算,强化资金绩效管理"),
 T([],"制定两个灌区项目进度计划,抓好资金筹措和管理")],
"header (title/date line, 会议议题 list of what was studied) yields nothing; the four 会议指出/会议强调 paragraphs each carry a 要… requirement with no unit → empty lead. 2024年财政预算 names the budget year, not a deadline; 及早/早日 are not deadline phrases for a concrete deliverable."))
items.append(I(U,"第十九届市政府第20次常务会议","2024-01-19","minutes_header","non_directive",
"列席情况\n市人武部政委赵迷路,市人大常委会副主任陈正一,市政协副主席孙衍辉,市直有关部门、镇街负责同志,媒体代表肥城电视台和肥城市广播电视台,列席会议。",[],
"列席 line of the minutes: names units but hands over nothing"))
U="http://ggfw.jiedong.gov.cn/cwgk/openInfoContent.action?theID=202777"
items.append(I(U,"松山村会议记录","2024-04-19","minutes_decision","recurring",
"会议时间:2024年4月19日\n会议地点:松山村会议室\n主持人:郑奕城\n记录人:王赵明\n会议内容:1、为深入贯彻习近平总书记生态文明思想,加快宜居宜业和美乡村建设,推动村庄从“一时美”到“时时美”,全面提升我村人居环境质量,结合我村实际,以及上级有关会议指示精神,要加大整合力度,围绕实施“百千万工程高质量发展”,加大农村人居环境整治力度,全面提升农村人居环境质量和水平。以“六治”为重点,做到农村人居环境干净整洁有序。从现在开始,开展一周一次清洁行动,每周五定为清洁日,发动党员、群众积极参与,各村各小组要加大宣传力度,有效改变“干部在干,群众在秀”的坏氛围。\n2、将村环境卫生纳入“村规民约”,深入开展“美丽庭院”评选,加大宣传发动力度,营造全方位动员、全社会参与的良好氛围。",
[T([],"开展一周一次清洁行动(每周五清洁日)","每周五","2024-04-19"),
 T(["各村各小组"],"加大人居环境整治宣传力度"),
 T([],"将村环境卫生纳入“村规民约”,开展“美丽庭院”评选")],
"header lines (会议时间/地点/主持人/记录人) are framing, no task. 从现在开始…每周五: recurring weekly; first occurrence on or after the start (the meeting day 2024-04-19 is itself a Friday) → 2024-04-19, judgement call (a clerk might take the next Friday, 04-26). 各村各小组 kept as one unit (村民小组 of the village). The first sentence (加大整合力度…) is a general aim."))
U="http://bydj.baoying.gov.cn/Article/ShowArticle.asp?ArticleID=2565"
items.append(I(U,"黄塍镇“四个明确”强势推进村综合服务中心建设","2010-05-11","minutes_decision","absolute_deadline",
"二是明确时间要求。要把村综合服务中心建设摆上重要议事日程,利用一个多月的农闲时间,集中时间、集中精力全力推进村综合服务中心建设,力争六月底前达标。三是明确工作责任。村党支部书记是第一责任人,村主办会计是具体责任人,按照一级保一级,一级对一级负责的要求,镇党委将定期不定期组织检查督查,落实整改措施,抓好工作的落实和推进。",
[T([],"村综合服务中心建设达标","六月底前","2010-06-30")],
"meeting 5月11日, article dated 二〇一〇年五月十二日. The addressees are the villages (各村党支部书记 attended) but the sentence names none → empty lead; 村党支部书记/村主办会计 are named as 责任人 (persons), not units. 镇党委将…检查督查 is the convener's own announcement, not a task."))
U="http://chngs.scgs.com.cn/content/117183.html"
items.append(I(U,"遂宁市交通运输局组织召开遂渝高速公路扩容项目工程用地组卷报批工作推进会","2023-02-06","minutes_decision","multi_directive",
"会议要求,一是高度重视抓落实,明确年度目标。围绕全年的投资目标任务,按照时间节点做好用地保障工作,加快组卷报批工作。二是各单位建立协调机制,加强沟通联系。要明确责任主体,主要责任人亲自抓,形成合力,全力解决报件过程中存在的问题。三是项目公司要按照时间节点细化任务,全面开展工作,抓紧时间做好报件的专题要件完善工作。四是成立工作专班,各区县、各单位要各司其职,全力配合项目公司按照节点推进工作。",
[T([],"用地保障,加快组卷报批"),
 T(["各单位"],"建立协调机制,解决报件过程中存在的问题"),
 T(["项目公司"],"细化任务,做好报件的专题要件完善工作","抓紧时间"),
 T([],"成立工作专班"),
 T(["项目公司"],"按照节点推进用地组卷报批工作",co=["各区县","各单位"])],
"四是: 全力配合项目公司 makes 项目公司 the lead and 各区县、各单位 co-leads (配合 rule). 围绕全年的投资目标任务 describes the target, not a completion phrase of the task (用地保障) → no deadline; judgement call. 按照时间节点 refers to a schedule not in the text."))
U="https://jianpian.cn/a/15hmsqwj"
items.append(I(U,"公路建设前期工作专班第四次例会","2024-05-21","minutes_decision","multi_directive",
"2024年5月21日,在交通运输局三楼会议室组织召开公路建设前期工作专班第四次例会,会议由交通运输综合行政执法大队副大队长吴高峰主持,规划发展科、建设管理科、法制督查科、大项目办、公路事业发展中心、畅达路桥工程有限公司等相关人员参会。\n会上,首先由各单位汇报目前项目进展和工作难点,以及下步节点计划。局领导吴高峰指出各单位要加快推动现有的用地手续办理,对于涉及时间问题的林地手续和压矿手续要抓紧办理解决,明确时间节点,每日持续更新报送相关手续台账,并强调了近期整体的工作进度及工作重心。\n下一步,各单位将加强与国土局业务科室和前期手续编制单位的工作对接,进一步加快前期手续的相关办理,严格履行工作职责,坚持工作例会和每日台账更新。",
[T(["各单位"],"推动现有的用地手续办理"),
 T(["各单位"],"林地手续和压矿手续办理解决","抓紧"),
 T(["各单位"],"更新报送相关手续台账","每日")],
"header sentence (date, place, 主持, 参会 units) and the closing 下一步…将 narrative are no tasks. 每日 is recurring daily; the conventions give no first-occurrence rule for a daily cycle, so deadline null (clerk: next working day). 吴高峰 is the speaker."))
U="https://xtxnews.cn/content/2017/09/30/430920.html"
items.append(I(U,"易俗河镇召开村级服务阵地规范化建设推进会","2017-09-28","minutes_decision","multi_directive",
"9月28日下午,易俗河镇召开村级服务阵地规范化建设推进会,各村联点党政负责人、各管区主任及相关村书记等23人参加会议。\n\n会上,该镇组织委员就如何开展村级服务阵地规范化建设工作提出具体要求:如成立领导工作机构、下设工作小组、严格落实两项制度等。她提出,各村应把握好工作的时间进度和质量,确保如期完成,并及时收集好图纸、会议记录、照片、合同等相关资料,同时还要加强相关单位之间的联系和衔接。她强调,该工作计入乡镇党建工作考核,要求各村必须引起高度重视。",
[T([],"成立领导工作机构、下设工作小组、落实两项制度"),
 T(["各村"],"按时按质完成村级服务阵地规范化建设","如期"),
 T(["各村"],"收集图纸、会议记录、照片、合同等相关资料","及时"),
 T(["各村"],"加强相关单位之间的联系和衔接")],
"header sentence (date, 参加会议) is framing. 同时还要… after 各村's task is another task of the same unit. 各村必须引起高度重视 is attitude only."))
U="http://henan.kjzch.com/zhengzhou/2017-06-21/681026.html"
items.append(I(U,"大孟镇召开抓党建促脱贫攻坚推进会","2017-06-21","minutes_decision","multi_lead",
"郝书记指出,抓党建促脱贫攻坚是当前基层党建的首要任务,贫困村和软弱涣散村是工作重点,市县镇各级领导都非常重视,镇党委专门下发了任务清单,涉及村要一件一件落实。郝书记要求,镇党建办要做好督查指导,落实痕迹化管理;各村要提高认识,加快行动,健全完善各项制度,规范村级组织建设档案,认真落实“三会一课”制度,全力以赴抓好工作落实。",
[T(["涉及村"],"逐件落实镇党委任务清单"),
 T(["镇党建办"],"督查指导,落实痕迹化管理"),
 T(["各村"],"健全完善各项制度,规范村级组织建设档案,落实“三会一课”制度")],
"different document from the excluded henan.kjzch.com 2018 page. 涉及村 (the villages concerned) stands where a unit stands. 郝书记 is the speaker."))
U="https://www.zhongmu.gov.cn/zwyw/5611489.jhtml"
items.append(I(U,"县政府召开城建项目工作推进会","2020-05-21","minutes_decision","multi_directive",
"会议要求,各相关部门要进一步明确城建目标,积极沟通协调,统筹推进各项工作,确保问题不推诿,难点不积压;同时要加快进度,尽早制定完成总体方案,强化督导落实,确保城建项目工作有序推进。",
[T(["各相关部门"],"明确城建目标,统筹推进城建项目各项工作"),
 T(["各相关部门"],"制定完成城建项目总体方案","尽早")],
"同时要… continues the same unit's list: second task with its own urgency word."))
