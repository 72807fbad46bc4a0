namespace TaskBot.Directives;

/// <summary>
/// Traditional characters folded to their simplified form, one char for one char, for the grammar only: pages
/// copied from Hong Kong / Taiwan mirrors or big5 archives ("會議要求，各鄉鎮要…") read like the simplified text
/// the word lists are written in, while units are still reported as written (surface forms come from the
/// original text). Only characters whose simplified form is a single, unambiguous character are listed (乾/干,
/// 著/着 are left alone), and none of them occurs in simplified text.
/// </summary>
internal static class TraditionalFold
{
    // Pairs: traditional, simplified.
    const string Pairs = ""
        + "並并亞亚佈布佔占來来侖仑係系倉仓個个們们偉伟側侧偵侦傑杰傘伞備备傳传債债傷伤僅仅僞伪僱雇價价儀仪億亿儉俭優优儲储兇凶兒儿內内兩两凍冻凱凯則则剎刹剛刚創创劃划劉刘"
        + "劍剑劑剂勁劲動动務务勝胜勞劳勢势勵励勸劝匯汇區区協协卻却厲厉參参員员問问啟启喪丧喬乔單单嗎吗嘆叹噸吨嚴严國国圍围園园圖图團团堅坚堯尧報报場场塊块塗涂塵尘墊垫墳坟"
        + "墾垦壇坛壓压壞坏壩坝壯壮壺壶壽寿夠够奧奥奪夺奬奖奮奋妝妆婁娄婦妇媽妈孫孙學学實实寧宁審审寫写寬宽寶宝將将專专尋寻對对導导尷尴屆届層层屬属岡冈島岛嶄崭嶺岭巖岩帶带"
        + "幣币幫帮幹干幾几庫库廁厕廂厢廚厨廟庙廠厂廢废廣广廬庐廳厅弔吊張张強强彈弹彎弯彙汇徑径從从復复徵征徹彻惡恶惱恼愛爱態态慣惯慶庆憂忧憑凭憶忆應应懷怀懸悬戀恋戰战戲戏"
        + "戶户拋抛挾挟捨舍掃扫掛挂採采揚扬換换揮挥損损搖摇搶抢摟搂撥拨撫抚撲扑擁拥擇择擊击擋挡擔担據据擠挤擬拟擴扩擾扰攜携攝摄攤摊敗败敵敌數数斂敛斬斩斷断於于時时晉晋暈晕"
        + "暫暂曆历曉晓書书會会朧胧東东條条棄弃業业極极構构槍枪樁桩樂乐樓楼標标樞枢樣样樹树橋桥機机橫横檔档檢检櫃柜欄栏權权歐欧歡欢歲岁歷历歸归殘残殺杀殼壳毀毁氣气氫氢決决"
        + "沖冲況况湯汤準准溝沟溫温滅灭滬沪滯滞滿满漁渔漢汉漲涨潔洁潛潜澇涝澤泽濁浊濕湿濟济濱滨灑洒灘滩灣湾災灾為为無无煙烟燈灯燒烧營营燦灿爐炉爭争爲为爺爷爾尔牆墙牽牵犧牺"
        + "狀状猶犹獅狮獎奖獨独獲获獻献現现瑣琐瑪玛環环瓊琼產产畢毕畫画異异當当疊叠瘋疯療疗癒愈癥症發发皚皑皺皱盃杯盜盗盡尽監监盤盘眾众睏困矯矫硃朱碩硕確确碼码磚砖磯矶礎础"
        + "礦矿禍祸禦御禮礼稅税稟禀種种稱称穀谷積积穩稳窩窝窮穷窯窑竊窃競竞筆笔筍笋節节範范築筑簡简簽签籃篮籌筹籠笼糞粪糧粮糾纠紀纪約约紅红納纳紐纽純纯紙纸級级紛纷紡纺紮扎"
        + "細细終终組组結结絕绝絡络給给統统絲丝綁绑經经綜综綠绿綢绸綫线維维網网緊紧緒绪線线締缔編编緩缓練练縣县縫缝縮缩縱纵總总績绩織织繩绳繳缴繼继續续纖纤缽钵罈坛罰罚罵骂"
        + "罷罢羅罗義义習习翹翘聖圣聞闻聯联聲声聳耸職职聽听肅肃脅胁脫脱腦脑膚肤膽胆臟脏臨临與与興兴舉举舊旧艙舱艦舰艱艰莊庄莖茎華华萊莱萬万葉叶蓋盖薦荐薩萨藍蓝藝艺藥药蘆芦"
        + "蘇苏蘭兰處处虛虚號号蝕蚀蟲虫蠶蚕衆众術术衛卫衝冲裏里補补裝装裡里製制複复褲裤襯衬襲袭見见規规覓觅視视親亲覺觉覽览觀观觸触訂订計计訊讯討讨訓训記记訪访設设許许訴诉"
        + "詐诈評评詞词詢询試试該该詳详誇夸誌志認认誕诞誠诚誤误說说課课調调談谈請请論论諮咨諸诸諾诺謀谋謂谓謊谎講讲謝谢謹谨證证識识譜谱譯译議议護护譽誉讀读變变讓让豎竖豐丰"
        + "貓猫貝贝負负財财貢贡貧贫貨货販贩貫贯責责貸贷費费貼贴資资賓宾賜赐賞赏賠赔賢贤賦赋質质賬账賴赖購购贈赠贊赞贏赢贓赃贛赣趕赶趙赵趨趋跡迹踐践躉趸躍跃車车軌轨軍军軟软"
        + "較较載载輔辅輕轻輛辆輝辉輩辈輪轮輯辑輸输輿舆轄辖轉转辦办辭辞辯辩農农迴回這这連连週周進进運运過过達达違违遜逊遞递遠远適适遷迁選选遺遗邁迈還还邊边邏逻郵邮鄉乡鄧邓"
        + "鄭郑鄰邻醜丑醫医釀酿釋释針针鈔钞鈕钮鉛铅銀银銅铜銷销鋒锋鋪铺鋼钢錄录錢钱錦锦錯错鍋锅鍛锻鍵键鎖锁鎮镇鏈链鏟铲鏡镜鏽锈鐘钟鐵铁鐸铎鑄铸鑒鉴鑰钥長长門门閃闪閉闭開开"
        + "鞏巩閑闲閒闲間间閘闸閣阁閩闽閱阅闆板闊阔闖闯關关闢辟陝陕陣阵陰阴陳陈陸陆陽阳隊队階阶際际隨随險险隱隐隸隶隻只雋隽雖虽雙双雛雏雜杂雞鸡離离難难雲云電电霧雾靂雳靈灵靜静"
        + "韋韦韌韧韓韩響响頁页頂顶項项順顺須须頌颂預预頒颁頓顿頗颇領领頭头頸颈頹颓頻频顆颗題题額额顏颜願愿顛颠類类顧顾顯显風风颱台颳刮飄飘飛飞飢饥飯饭飲饮餅饼養养餘余館馆"
        + "餵喂饋馈饑饥饒饶馬马馮冯駁驳駐驻駕驾駛驶駿骏騎骑騙骗騰腾騷骚驅驱驗验驚惊驟骤驢驴髒脏體体髮发鬆松鬍胡鬥斗鬧闹鬱郁魚鱼魯鲁鮮鲜鯨鲸鳥鸟鳳凤鳴鸣鴻鸿鵬鹏鶴鹤鹹咸鹽盐"
        + "麗丽麥麦麵面麼么麽么黃黄點点黨党黴霉鼴鼹齊齐齋斋齒齿齡龄龍龙龐庞龜龟"
        // Added 2026-12-06: common characters of notices that were missing (請遵照執行 was never read as a transmittal formula).
        + "執执慮虑崗岗懲惩獄狱畝亩紹绍綱纲緣缘膠胶臉脸託托診诊註注話话語语誰谁誼谊諒谅貴贵買买賀贺賣卖賽赛蹤踪遊游遲迟"
        // Added 2026-12-07: 後 (after; 春節前後 read as 春節前 gave a date where 前后 gives none).
        + "後后";

    const int First = 0x4E00, Last = 0x9FFF;
    static readonly char[] Map = Build();

    static char[] Build()
    {
        var map = new char[Last - First + 1];
        for (int i = 0; i + 1 < Pairs.Length; i += 2) map[Pairs[i] - First] = Pairs[i + 1];
        return map;
    }

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Fold(char c) => c >= First && c <= Last && Map[c - First] is var s && s != '\0' ? s : c;
}
