from common import *
items=[]
U="https://meipian.cn/46a6s77h"
items.append(I(U,"问十乡人居环境集中整治推进会",None,"minutes_decision","absolute_deadline",
"4月30日,问十乡组织召开人居环境集中整治推进会,再次对人居环境整治工作进行再安排再部署。会议要求,明确当前重点问题,提高工作标准,严格按照上级验收标准,统一思想,要求各村每两天开一次网格长会议,发动群众积极参与人居环境整治活动,对自家门前屋后乱堆乱放进行整治清理,5月5日之前人居环境全部达标。",
[T(["各村"],"召开网格长会议","每两天"),
 T(["各村"],"发动群众整治清理门前屋后乱堆乱放,人居环境全部达标","5月5日之前")],
"meipian post, 4月30日 with no year → meeting_date null, so the yearless 5月5日之前 stays unresolved (deadline_text kept). 每两天 is a recurring cycle with no first date."))
U="http://zhongxiang.cjyun.org/p/78402.html"
items.append(I(U,"钟祥市收听收看全国农村人居环境整治电视电话会",None,"minutes_decision","multi_directive",
"市委副书记、政法委书记周正清在会后要求:各地各部门要全面贯彻落实中央关于乡村振兴战略的部署,把农村人居环境综合整治工作作为乡村振兴战略的第一“硬仗”来打。要早动手、早谋划,结合实际,切实抓好改厕、净化绿化、三园整治等工作,加快推进美丽乡村建设。各地要在年前开展一次村庄清洁行动,全面清除存量垃圾,确保村庄整洁有序,干净卫生。要抓好小菜园、小花园和小果园的整治,按照收干净、码整齐的标准整治到位。要把整治工作与项目奖补资金和绩效考评进行挂钩,抓好督办检查问责,坚决打好改善农村人居环境攻坚战。",
[T(["各地各部门"],"抓好改厕、净化绿化、三园整治等工作"),
 T(["各地"],"开展一次村庄清洁行动,清除存量垃圾","年前"),
 T(["各地"],"小菜园、小花园和小果园整治到位"),
 T(["各地"],"整治工作与项目奖补资金和绩效考评挂钩,督办检查问责")],
"12月27号 with no year on the page → meeting_date null. 年前 (before the lunar new year) is not among the conventions' holiday anchors (春节前 is); with no reference date it stays null either way. 各地各部门 kept as one generic addressee (no 、). Later 要… sentences inherit 各地."))
U="http://www.huxianbbs.com/thread-52796-1-1.html"
items.append(I(U,"我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会","2011-09-21","minutes_decision","multi_directive",
"最后,县委书记陆晓延要求相关部门、乡镇:一是进一步统一思想,提高认识,充分认识到农业生产在我县经济社会发展中的重要地位;二是明确任务,认真做好设施农业、秸秆禁烧、基础服务、技术指导等各项工作;三是加强领导,夯实责任,严格奖惩,使我县三秋工作顺利开展。同时,县委书记陆晓延对当前我县重点工作进行了强调:一是加强安全生产监督检查,提高对次生地质灾害的预警预防,确保全县人民群众生命财产安全;二是加快推进我县各项重点工程,确保各项重点工程按进度高质量高标准完成;三是扎实做好维稳信访工作,维护好我县社会和谐稳定的良好局面;四是各镇要认真做好村两委会班子换届准备工作,保障换届工作平稳、有序开展。",
[T(["相关部门","乡镇"],"设施农业、秸秆禁烧、基础服务、技术指导等三秋各项工作"),
 T([],"安全生产监督检查,次生地质灾害预警预防"),
 T([],"推进各项重点工程按进度完成"),
 T([],"维稳信访工作"),
 T(["各镇"],"村两委会班子换届准备工作")],
"forum copy of a 户县 news item. First list: 一是 (提高认识) and 三是 (加强领导) are attitude; only 二是 hands over work, to 相关部门、乡镇 (split on 、). Second list (当前重点工作) names no unit except 四是 各镇."))
U="https://www.kailu.gov.cn/xwzx/xzdt/202505/t20250522_947807.html"
items.append(I(U,"全县生态保护大会暨毁林毁草专项整治工作推进会议召开","2025-05-21","minutes_decision","multi_lead",
"会议强调,全县各镇场、部门要提高政治站位,强化统筹调度,主要负责人靠前指挥,压实责任,确保各项任务落实到人、到岗、到位,同时要做好下沉督察、资料调阅等准备工作,确保高质量完成整改任务。",
[T(["全县各镇场","部门"],"做好下沉督察、资料调阅等准备工作"),
 T(["全县各镇场","部门"],"完成毁林毁草专项整治整改任务")],
"全县各镇场、部门 split on 、 (各镇场 = towns and state farms). 提高政治站位/压实责任 are attitude."))
