"""Which writing system a text uses, from its characters alone (no model involved).

Two uses: Chinese records get a ``script`` column (``Hans`` Simplified, ``Hant`` Traditional), and
CJK text is labelled by script before fastText gets a say, because the compressed lid.176 model
confuses short all-Han Chinese lines with Japanese while the script settles it: kana only occur in
Japanese, Hangul only in Korean.
"""

from __future__ import annotations

import re

from corpusmill.text.cjk import ANY_CJK, HAN, HANGUL, KANA, char_class

# Characters that occur only in Simplified (resp. only in Traditional) Chinese: OpenCC's
# STCharacters/TSCharacters tables (Apache-2.0, from the `opencc-python-reimplemented` 0.1.7 wheel),
# keeping characters that are never a valid form in the other script, limited to common ones
# (GB2312 level 1 for Simplified, Big5 frequent characters for Traditional).
SIMPLIFIED_ONLY = (
    "与专业丛东丝丢两严丧个临为丽举么义乌乐乔习乡书买乱争亏亚产亩亲亿仅从仑仓仪们众优会伞伟传伤伦伪体"
    "侠侣侥侦侧侨侩俩俭债倾偿储儿兑兰关兴兹养兽内冈册写军农冯冲决况冻净凄凉减凑凛凤凭凯击凿刘则刚创删"
    "别刹刽剂剐剑剥剧劝办务动励劲劳势勋匀区医华协单卖卢卤卧卫却厅历厉压厌厕厢厦厨厩县叁参双发变叙叠号"
    "叹吓吕吗吨听启吴呐呕员呛呜咏咙响哑哗哟唤啮啸喷嘘嘱嚣团园囱围国图圆圣场坏块坚坛坝坞坟坠垄垒垦垫堑"
    "堕墙壮声壳壶处备复够头夹夺奋奖奥妆妇妈娄娇娱婴婶孙学孪宁宝实宠审宪宫宽宾寝对寻导寿将尔尘尝尧尽层"
    "屉届属屡屿岁岂岗岛岭岿峡峦峰崭巩币帅师帐帜带帧帮幂并庄庆床庐库应庙庞废开异弃张弥弯弹强归当录彦彻"
    "径忆忧怀态怂怜总恋恒恳恶恼悦悬悯惊惧惨惩惫惭惮惯愤慑懒戏战户扑执扩扫扬扰抚抛抠抡抢护报担拟拢拣拥"
    "拦拧拨择挚挛挝挞挟挠挡挣挤挥捞损捡换捣掳掷掸掺揽搀搁搂搅携摄摆摇摈摊撑撵擞攒敌敛数斋斩断无旧时旷"
    "昼显晋晒晓晕暂术机杀杂权条来杨构枢枣枪枫柠栅标栈栋栏树栖样档桥桨桩梦检椭楼槛横樱橱欢欧歼残殴毁毕"
    "毙毡气氢汇汉汤汹沟没沤沥沦沧沪泞泪泻泼泽洁洒洼浅浆浇浊测济浑浓涛涝涟涡涣涤润涧涨涩渊渍渐渔渗温湾"
    "湿溃溅滚滞满滤滥滦滨滩潍潜澜濒灭灯灵灶灾灿炉点炼炽烁烂烃烛烟烦烧烩烫烬热焕爱爷牵牺犊状犹狈狞独狭"
    "狮狰狱猎猪猫献獭玛环现珐琐琼瑶瓮电画畅畴疗疟疡疮疯痈痉痒痪痴瘪瘫癣皑皱盏盐监盖盗盘睁瞒瞩矫矾矿码"
    "砖砚砾础硕硷碍碱礼祷祸禄离秃秆秘积称秽税稳穷窃窍窑窜窝窥竖竞笋笔笺笼筛筹签简箩篓篮篱类粤粪粮紧纠"
    "红纤约级纪纫纬纯纱纲纳纵纶纷纸纹纺纽线练组绅细织终绊绍绎经绑绒结绕绘给绚络绝绞统绢绣绥绦继绩绪续"
    "绰绳维绵绷绸综绽绿缀缄缅缆缉缎缓缔缕编缘缚缝缠缨缩缮缴网罗罚罢羡群翘耸耻聂聋职联聪肃肠肤肮肾肿胀"
    "胁胆胶脉脏脐脑脓脚脱脸腻腾舆舰舱艰艳艺节芜芦苇苍苏茎茧荆荚荡荣荤荧荫药莱莲获莹萝萤营萧萨葱蒋蓝蓟"
    "蔷蔼蕴虏虑虚虱虽虾蚀蚁蚂蚕蛊蛮蛰蜕蜗蝇蝉衅衔补衬袄袜袭装裤见观规觅视览觉触誉誊计订讣认讥讨让讫训"
    "议讯记讲讳讶许讹论讼讽设访诀证评诅识诈诉诊诌词译试诗诚诛话诞诡询诣该详诧诫诬语误诱诲说诵请诸诺读"
    "诽课谁调谅谆谈谊谋谍谎谐谓谗谚谜谢谣谤谦谨谩谬谭谰谱谴贝贞负贡财责贤败账货质贩贪贫贬购贮贯贰贱贴"
    "贵贷贸费贺贼贾贿赁赂赃资赊赋赌赎赏赐赔赖赘赚赛赞赠赡赢赣赵赶趋跃践踌踪蹿躯车轧轨轩转轮软轰轴轻载"
    "轿较辅辆辈辉辊辐辑输辕辖辗辙辞辩辫边辽达迁过迈运还这进远违连迟迹选逊递逻遗遥邓邮邹邻郑郧郸酝酱酿"
    "释鉴针钉钎钒钓钙钝钞钟钠钡钢钥钦钧钨钩钮钱钳钵钻钾铀铁铂铃铅铆铜铝铡铣铬铭铰铱铲银铸铺链销锁锄锅"
    "锈锋锌锐锑锗错锚锡锣锤锥锦锨锭键锯锰锹锻镀镁镇镊镍镐镑镜镣镭镰镶长门闪闭问闯闰闲间闷闸闹闺闻闽阀"
    "阁阂阅阉阎阐阑阔队阳阴阵阶际陆陇陈陕陨险随隐隶难雇雏雾霉静韦韧韩韵页顶顷项顺须顽顾顿颁颂预颅领颇"
    "颈颊颐频颓颖颗题颜额颠颤颧风飘飞饥饭饮饯饰饱饲饵饶饺饼饿馁馅馆馈馋馏馒马驭驮驯驰驱驳驴驶驹驻驼驾"
    "骂骄骆骇骋验骏骑骗骚骡骤鱼鲁鲍鲜鲤鲸鳃鳖鳞鸟鸡鸣鸥鸦鸭鸯鸳鸵鸽鸿鹃鹅鹊鹏鹤鹰麦黄齐齿龄龋龙龚龟"
)
TRADITIONAL_ONLY = (
    "丟並亂亙亞佇佈佔併來侖侶侷係俠倀倆倉個們倖倫偉側偵偽傑傖傘備傢傭傯傳債傷傾僅僑僕僥僱價儀儂億儈儉"
    "儐儔儕儘償優儲儷儸儻儼兇兌兒兗內兩冊冑冪凍凜凱別刪則剎剛剝剴創剷劃劇劉劊劍劑勁動務勛勝勞勢勣勳勵"
    "勸勻匯匱區協卹卻厭厲參叢吒吳吶呂員唸問啞啟喚喪喫喬單喲嗆嗇嗎嗚嗶嘆嘍嘔嘖嘗嘩嘮嘯嘰噓噥噯噴噸噹嚀"
    "嚇嚐嚕嚥嚨嚮嚴嚶囀囁囂囈囉囌囑囪國圍園圓圖團執堅堊堝堯報場塊塋塒塗塚塢塵塹墊墜墮墳墾壇壎壓壘壙壞"
    "壟壢壩壯壺壽夠夢夾奐奧奩奪奮妝姍姦娛婁婦媧媼媽嫗嫵嫻嬈嬋嬌嬤嬪嬰嬸孃孫學孿宮寢實寧審寫寬寵寶將專"
    "尋對導尷屆屍屜屢層屨屬岡峴島峽崑崗崙崢嵐嶄嶇嶔嶸嶺嶼嶽巒巔巖帥師帳帶幀幃幗幟幣幫幹幾庫廁廂廄廈廚"
    "廝廟廠廢廣廬廳弒弔張強彆彈彌彎彙彥彫彿後徑從徠復徹恆恥悅悵悶悽惡惱惻愛愜愴愷愾慄態慍慘慚慟慣慫慮"
    "慶慼慾憂憊憐憑憚憤憫憮憲憶懇應懍懣懲懶懷懸懺懼懾戀戰戲戶拋挾捨捫捱捲掃掄掙掛採揀揚換揮損搖搗搶摑"
    "摟摯摺摻撈撐撓撥撫撲撳撻撾撿擁擄擇擊擋擔據擠擬擰擱擲擴擷擺擻擾攆攏攔攙攜攝攣攤攪攬敗敘敵數斂斃斕"
    "斬斷昇時晉晝暈暉暘暢暫曄曆曇曉曖曠曬書會朧朮東枴柵桿梔條梟棄棗棟棧棲楊楓楨業極榦榮構槍槓槨槳樁樂"
    "樅樑樓標樞樣樸樹樺橈橋機橢橫檔檜檢檣檮檯檳檸檻櫃櫓櫚櫛櫝櫥櫬櫻欄權欐欖欽歎歐歟歡歲歷歸歿殘殤殮殯"
    "殲殺殼毀毆氈氣氫氬氳氾汎汙決沒沖況洩洶浹涇涼淒淚淨淪淵淺渙減渦測渾湊湧湯準溝溫溼滄滅滌滬滯滲滷滾"
    "滿漁漢漣漬漲漸漿潑潔潛潤潯潰澀澆澗澠澤澦澱濁濃濕濘濛濟濤濫濰濱濺濾瀆瀉瀋瀏瀕瀘瀝瀟瀨瀰瀲瀾灑灘灣"
    "灤災為烏無煉煙煥煩煬熒熱熾燈燉燒燙燜營燦燬燭燴燻燼燾爍爐爛爭爺爾牆牘牽犖犛犢犧狀狹狽猙猶獄獅獎獨"
    "獰獲獵獷獸獺獻玀現琺琿瑣瑤瑩瑪璣璦環璽璿瓊瓏瓔瓚甌甕產甦畝畢畫異當疇疊痙痠瘋瘍瘓瘡瘧瘺療癆癒癘癟"
    "癡癢癥癩癬癮癱癲發皚皰皺盃盜盞盡監盤盧盪眾睏睜睞瞞瞼矇矓矚矯硃硯碩確碼磚磧磯礎礙礦礪礫礬祕祿禍禎"
    "禦禪禮禱禿秈稅稈稜稟種稱穀穌積穎穠穡穢穩穫窩窪窮窯窺竄竅竇竊競筆筍筧箇箋箏節範築篠篤篩簍簑簞簡簣"
    "簫簽簾籃籌籟籠籤籬籮籲粵糝糞糧糰糾紀紂約紅紆紇紉紋納紐純紕紗紙級紛紜紡紮細紱紲紳紹紼絀終絃組絆結"
    "絕絛絞絡絢給絨絰統絲絳絹綁綏綑經綜綞綠綢綬維綰綱網綴綵綸綺綻綽綾綿緇緊緒緘緙線緝緞締緣編緩緬緯緲"
    "練緹緻縈縉縊縐縑縛縝縞縣縫縮縯縱縲縴縵縷縹總績繃繅繆繈繒織繕繚繞繡繩繪繫繭繳繹繼繽續纏纓纔纖纜缽"
    "罈罌罰罵罷羅羈羋羨義羶習翹聖聞聯聰聲聳聶職聽聾肅脅脈脣脩脫脹腎腦腫腳腸膚膠膩膽膾膿臉臍臏臘臚臟臢"
    "臥臨臺與興舉舊艙艦艱艷芻茲荊莊莖莢莧華菴菸萇萊萬萵葉葦葷蒐蒞蒼蓀蓆蓋蓮蔔蔣蔥蔭蕩蕪蕭薊薑薔薦薩薺"
    "藍藝藥藪藷藹藺蘆蘇蘊蘋蘚蘭蘿處虛虜號虧蛻蜆蝕蝦蝨蝸螞螢螻蟈蟬蟯蟲蟻蠅蠍蠔蠟蠣蠱蠶蠻術衛衝袞裊補裝"
    "裡製複褲褸褻襖襠襤襪襬襯襲見規覓視覦親覬覲覺覽觀觴觸訂訃計訊訌討訏訐訑訓訕訖託記訛訝訟訢訣訥訪設"
    "許訴訶診註証詁詆詐詔評詖詛詞詠詢詣試詩詫詬詭詮詰話該詳詼誅誇誌認誑誕誘誚語誠誡誣誤誥誦誨說誰課誶"
    "誹誼調諂諄談諉請諍諒論諛諜諦諧諫諭諮諱諳諶諷諸諺諼諾謀謁謂謄謊謎謐謗謙講謝謠謨謫謬謹譁譆證譎譏識"
    "譙譚譜譟譫譯議譴護譽讀變讒讓讖讚讜豈豎豐豔豬貓貝貞負財貢貧貨販貪貫責貯貲貳貴貶買貸費貼貽貿賀賁賂"
    "賃賄賅資賈賊賑賒賓賜賞賠賡賢賣賤賦質賬賭賴賺賻購賽贅贈贊贍贏贓贖贗贛趕趙趨跡踐踴蹕蹟蹣蹤蹺躂躉躊"
    "躋躍躑躓躡躪軀車軋軌軍軏軒軔軛軟軸軻軼軾較載輊輒輓輔輕輛輜輝輞輟輥輦輩輪輯輳輸輻輾輿轂轄轅轉轍轎"
    "轔轟轡辦辭辮辯農迴逕這連週進遊運過達違遙遜遞遠適遲遷選遺遼邁還邇邊邏邐郵鄉鄒鄧鄭鄰鄴酈醃醜醞醣醫"
    "醬醱釀釁釅釋釐釗釘釙針釣釦釧釩釵鈇鈉鈍鈐鈑鈔鈕鈞鈣鈴鈷鈸鈹鈽鈾鈿鉀鉅鉉鉋鉍鉑鉗鉚鉛鉤鉸鉻銀銅銑銓"
    "銖銘銜銨銬銳銷銻銼鋁鋅鋇鋒鋤鋪鋰鋸鋼錄錐錕錘錙錚錠錡錢錦錨錫錮錯錳錶鍊鍋鍍鍔鍚鍛鍥鍬鍰鍵鍾鎂鎊鎔"
    "鎖鎘鎚鎢鎬鎮鎰鎳鏃鏈鏍鏑鏗鏘鏜鏝鏟鏡鏢鏤鏨鏽鐃鐘鐫鐮鐲鐳鐵鐸鐺鑄鑑鑒鑠鑣鑪鑰鑲鑷鑼鑽鑾鑿長門閂閃"
    "閉開閎閏閑閒間閔閘閡閣閤閥閨閩閭閱閻闆闈闊闋闌闐闔闕闖關闡闢陘陝陞陣陰陳陸陽隊階隕際隨險隱隴隸隻"
    "雋雖雙雛雜雞離難雲電霑霧霽靂靄靈靜靦靨鞏鞦韁韃韆韉韋韌韓韜韻響頁頂頃項順須頊頌預頑頒頓頗領頜頡頤"
    "頫頭頰頷頸頹頻顆題額顎顏顓願顛類顥顧顫顯顰顱風颯颱颳颶颺颼飄飛飢飩飪飭飯飲飴飼飽飾餃餅餉養餌餒餓"
    "餘餚餛餞餡館餵餾餿饅饉饑饒饗饜饞馬馭馮馱馳馴駁駐駑駒駕駙駛駝駟駢駭駱駿騁騎騖騙騫騰騵騷騾驀驃驅驍"
    "驕驗驚驛驟驢驥驪骯髏髒體髖髮鬆鬍鬚鬢鬥鬧鬨鬱魎魘魚魯魷鮑鮪鮫鮭鮮鯀鯉鯊鯖鯛鯧鯨鯽鰍鰓鰥鰭鰱鰻鰾鱉"
    "鱔鱖鱗鱟鱷鱸鳥鳩鳳鳴鳶鴃鴆鴉鴒鴕鴛鴣鴦鴨鴻鴿鵑鵝鵠鵡鵪鵬鵲鶉鶯鶴鷂鷓鷗鷥鷹鷺鸚鸛鸞鹵鹹鹼鹽麗麥麩"
    "麴麵麼黃黌點黨黴黷鼕鼴齊齋齒齜齟齡齣齦齧齪齬齲齷龍龐龔龜"
)

HANS, HANT, HANI = "Hans", "Hant", "Hani"

_SIMPLIFIED = re.compile(f"[{SIMPLIFIED_ONLY}]")
_TRADITIONAL = re.compile(f"[{TRADITIONAL_ONLY}]")
_HAN = re.compile(f"[{char_class(HAN)}]")
_KANA = re.compile(f"[{char_class(KANA)}]")
_HANGUL = re.compile(f"[{char_class(HANGUL)}]")
_LETTER = re.compile(r"[^\W\d_]")

CJK_MIN_SHARE = 0.5
"""CJK characters must be at least this share of the letters before the script decides alone."""
KANA_MIN_SHARE = 0.05
"""Kana share of CJK characters that makes a text Japanese (a stray の in Chinese is not enough)."""
HANGUL_MIN_SHARE = 0.3
"""Hangul share of CJK characters that makes a text Korean (Korean may mix in Hanja)."""


def chinese_script(text: str) -> str:
    """``Hans`` or ``Hant`` by majority of script-specific characters; ``Hani`` when undecided."""
    simplified = len(_SIMPLIFIED.findall(text))
    traditional = len(_TRADITIONAL.findall(text))
    if simplified > traditional:
        return HANS
    if traditional > simplified:
        return HANT
    return HANI


def cjk_language(text: str) -> tuple[str, float] | None:
    """``(zh|ja|ko, share)`` when CJK script dominates ``text``, else None (let the model decide).

    The score is the share of the text's letters written in the chosen language's scripts.
    """
    if ANY_CJK.search(text) is None:
        return None
    han, kana, hangul = len(_HAN.findall(text)), len(_KANA.findall(text)), len(_HANGUL.findall(text))
    cjk = han + kana + hangul
    letters = len(_LETTER.findall(text))
    if cjk < CJK_MIN_SHARE * letters:
        return None
    if hangul >= HANGUL_MIN_SHARE * cjk and hangul >= kana:
        return "ko", min(1.0, (hangul + han) / letters)
    if kana >= KANA_MIN_SHARE * cjk:
        return "ja", min(1.0, (kana + han) / letters)
    if han:
        return "zh", min(1.0, han / letters)
    return None
