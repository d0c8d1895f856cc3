"""Small Chinese word tables written for corpusmill's quality rules (no external list).

``SIMPLIFIED`` and ``TRADITIONAL`` are aligned pairs of very frequent characters whose two forms
are both in everyday use and never stand in for each other: a simplified-only character never
appears in a normal traditional text and the other way round. Characters whose simplified form is
also a traditional character (后, 干, 里, 面, 台, 系, 发/髮, ...) or that Taiwan and Hong Kong
print informally (万, 体, 强, 烟, 况, 与) are left out on purpose, so one text written in one
script produces no markers of the other. About 190 pairs are enough: they cover a large share of
the characters of any Chinese text.

``NAVIGATION`` are phrases of site furniture (navigation, sharing, follow-us, copyright and
filing notices, ad slots) in simplified and traditional forms. A short line containing one is
boilerplate, not prose.
"""

from __future__ import annotations

SIMPLIFIED = (
    "这们个来时为说国会对发学么没过还种样现经进长开问间关点动实机业见听让认识记论设话该语请谁读写"
    "书车东门马鸟鱼亲爱头买卖华电网脑无两边应当从众军员务区将结给级红线统总报场专产质费资贵观规视"
    "计议许试较运达选术乐处备变传价优图园团坚声师帮广庆张极标树桥条权欢气汉济热状独环组织际陆难题"
    "顾风飞馆验龙齐岁岛币负责货贸银钱铁错须顺领类导层属义乡亚仅尽带归态惯战护择换据数断旧杂检灵爷"
    "确离积称笔简紧约纪纯练细终继续维罗职联艺节药获虽补装觉证词评诉调谈讲败赛赵轮输迁邮钟闻队阳阴"
    "随隐页项预额饭驾鸡"
)
TRADITIONAL = (
    "這們個來時為說國會對發學麼沒過還種樣現經進長開問間關點動實機業見聽讓認識記論設話該語請誰讀寫"
    "書車東門馬鳥魚親愛頭買賣華電網腦無兩邊應當從眾軍員務區將結給級紅線統總報場專產質費資貴觀規視"
    "計議許試較運達選術樂處備變傳價優圖園團堅聲師幫廣慶張極標樹橋條權歡氣漢濟熱狀獨環組織際陸難題"
    "顧風飛館驗龍齊歲島幣負責貨貿銀錢鐵錯須順領類導層屬義鄉亞僅盡帶歸態慣戰護擇換據數斷舊雜檢靈爺"
    "確離積稱筆簡緊約紀純練細終繼續維羅職聯藝節藥獲雖補裝覺證詞評訴調談講敗賽趙輪輸遷郵鐘聞隊陽陰"
    "隨隱頁項預額飯駕雞"
)
assert len(SIMPLIFIED) == len(TRADITIONAL) and not set(SIMPLIFIED) & set(TRADITIONAL)

# fmt: off
NAVIGATION = (
    # simplified
    "点击", "关注", "版权所有", "上一篇", "下一篇", "上一页", "下一页", "分享到", "扫一扫", "扫码", "返回顶部",
    "返回首页", "设为首页", "加入收藏", "收藏本站", "网站地图", "联系我们", "关于我们", "免责声明", "ICP备", "公网安备",
    "登录", "注册", "首页", "阅读全文", "查看更多", "相关阅读", "相关文章", "热门推荐", "责任编辑", "公众号", "二维码",
    "客服热线", "广告",
    # traditional
    "點擊", "關注", "版權所有", "上一頁", "下一頁", "掃一掃", "掃碼", "返回頂部", "設為首頁", "網站地圖", "聯絡我們",
    "聯繫我們", "關於我們", "免責聲明", "登入", "註冊", "閱讀全文", "相關閱讀", "相關文章", "熱門推薦", "責任編輯",
    "二維碼", "廣告",
    # both
    "Copyright", "All Rights Reserved",
)
# fmt: on
