"""Cue words, in one place: what the words around a number say about it.

Each table is a compiled pattern searched in the text of the clause to the left of a number
(the *segment*); where several cues occur, the one nearest to the number wins.
"""

from __future__ import annotations

import re

# --- measure of a rate (%, ‰, 倍) -----------------------------------------------------------------
# A change verb followed by 至/到 introduces the new level, not a change (`比重提升至6%` is a
# share, `增速回落至5%` a positive growth rate, `降幅收窄至15%` a decline of 15%): the `to` group
# matches it first so that the cue before it decides. See `last_cue`.
# A cut (`审批时限压减58%`, `压减至60个工作日`), and 减 right before what was cut
# (`平均减材料62%、减时限71.5%`): a fall, in measure and in sign.
_CUT = r"压减|压缩|缩短|精简"
_CUT_WHAT = (
    r"(?<![\u4e00-\u9fff])减(?=[\u4e00-\u9fff]{1,3}\s*$)|(?<=均)减(?=[\u4e00-\u9fff]{1,3}\s*$)"
)
_TO_LEVEL = (
    r"(?P<to>(?:提高|提升|上升|回升|增长|增加|下降|降低|减少|回落|下滑|收窄|扩大|放缓|加快|"
    rf"{_CUT}|[增降升扩])"
    r"(?:至|到))"
)
# Longer cues come first so that `增长率` is a growth cue and not the share cue `率`.
MEASURE = re.compile(
    _TO_LEVEL
    + r"|(?P<growth>增长率|增速|增幅|涨幅|降幅|减幅|跌幅|增长(?!面)|下降(?!面)|减少|降低|下滑|回落|"
    r"上涨|下跌|提高|提升|上升|回升|增加|负增长|增产|减产|增收|减收|同比|环比|"
    # a cut by a percentage (`压减58%`); a level that widens or shrinks (`顺差扩大15.8%`)
    rf"{_CUT}|降价|涨价|偏多|偏少|扩大|缩小|{_CUT_WHAT})"
    r"|(?P<share>占比|比重|占|完成(?:年度|全年)?(?:任务|计划|目标)的|(?:任务|计划|目标)的|"
    r"进度|率|覆盖面|增长面|下降面|亏损面|贡献)"
)

# --- sign of a growth rate or a percentage-point difference --------------------------------------
# `收窄`/`扩大` change the size of the rate named before them: a narrowing decline (降幅收窄) is a
# rise, a narrowing growth rate (增速收窄) a fall; with no rate named, a narrowing is a rise.
# `缩小` is a fall of what it names (`顺差缩小12%`) unless that is a decline (`降幅缩小`).
SIGN = re.compile(
    _TO_LEVEL
    # 不低于, 不高于 are bounds; 低/高 right before the figure (the text ends there) compare:
    # `较序时进度低4.1个百分点`
    + r"|(?P<neg>负增长|下降|减少|降低|下滑|回落|下跌|降幅|减幅|跌幅|(?<!不)低于|(?<!不)慢于|缩减|"
    rf"减产|减收|{_CUT}|降价|偏少|低(?=\s*$)|{_CUT_WHAT})"
    r"|(?P<pos>增长|增加|提高|提升|上升|回升|上涨|涨幅|增幅|增速|(?<!不)高于|(?<!不)快于|超过|超出|"
    r"增产|增收|涨价|偏多|高(?=\s*$))"
    r"|(?P<narrow>收窄)|(?P<widen>扩大)|(?P<shrink>缩小)"
)
RATE_NAME = re.compile(r"(?P<decline>降幅|跌幅|减幅)|(?P<rise>增幅|增速|涨幅)")


def last_cue(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of a cue pattern in `text`, skipping `verb至` (see `_TO_LEVEL`)."""
    last = None
    for m in pattern.finditer(text):
        if m.lastgroup != "to":
            last = m
    return last


# --- what a growth rate or a pp difference is compared with --------------------------------------
COMPARISON = re.compile(
    r"(?P<yoy>同比|(?:比|较|与|高于|低于|快于|慢于)\s*(?:上年|去年|上一年|(?:19|20)\d{2}\s*年)"
    r"(?!全年|年?[末底])(?:同期)?)"
    r"|(?P<mom>环比|(?:比|较)上个?月(?!末|底))"
    # since the end of last year (`比上年末增长7.3%`) is measured like 比年初, not year on year
    r"|(?P<prior_period>(?:比|较)\s*(?:上月末|上月底|年初|上季度|上季末|上一季度|上半年|前三季度|"
    r"(?:上年|去年|上一年|(?:19|20)\d{2}\s*年)年?[末底]|"
    r"(?:上年|去年)全年|"
    r"[一二三四1-4]季度|(?:\d{1,2}\s*[—–\-~～至]\s*)?\d{1,2}\s*月(?:份|末|底)?|"
    r"[一二三四五六七八九十]{1,2}月(?:份|末|底)?|"
    r"前[一二两三四五六七八九十\d]{1,2}个?月))"
    r"|(?P<national>(?:高于|低于|快于|慢于|超过|超出|领先|比|较)全国|全国平均)"
    # 全区 is the province in an autonomous region (`鄂尔多斯市…高于全区1.4个百分点`)
    r"|(?P<provincial>(?:高于|低于|快于|慢于|超过|超出|领先|比|较)全(?:省|区(?!域))|全(?:省|区)平均)"
)
# `分别高于全国、全省0.2、6.2个百分点`: the compared-with list after the verb.
COMPARISON_LIST = re.compile(
    r"(?:高于|低于|快于|慢于|超过|超出|领先|比|较)\s*"
    r"(?P<items>[^\d，。；,;]{1,12}?(?:[、和及与][^\d，。；,;、]{1,8})+)\s*$"
)
COMPARISON_ITEM = {"全国": "national", "全省": "provincial", "全区": "provincial"}
# A comparison verb with a yardstick of its own, known or not (`快于经济增速`, `高于全市平均`).
COMPARED_WITH = re.compile(
    r"高于|低于|快于|慢于|超过|超出|超(?=序时|时序)|领先|相比|相较|比|较|[两三四五2-5]年平均|年均"
)

# --- bound: words right before or right after the number -----------------------------------------
BOUND_LEFT = re.compile(
    r"(?P<at_most>不超过|不高于|不到|不足|最多|最高|控制在|小于|低于)\s*$"
    r"|(?P<at_least>超过|超出|超|逾|突破|不低于|不少于|至少|最少|大于|高于)\s*$"
    r"|(?P<approx>(?:大约|约|将近|接近|近|大概)(?:占|为|是|合)?)\s*$"
)
# `至少完成投资100亿元`: a bound word may stand before the verb of its number.
BOUND_BEFORE_VERB = re.compile(
    r"(?P<at_most>不超过|不高于|最多)[^，。；,;]{0,8}?(?:完成|实现|达到|新增|增长|提高|减少|控制在)"
    r"|(?P<at_least>不低于|不少于|至少|最少)[^，。；,;]{0,8}?(?:完成|实现|达到|新增|增长|提高|建成|引进)"
    r"|(?P<approx>(?:大)?约(?:占|为|是|合))[^，。；,;\d]{0,12}$"  # 约占全国的四分之一
    # `按不低于当地低保标准的1.3倍确定`: a bound on a multiple of a base
    r"|(?:(?P<at_least_of>不低于|不少于)|(?P<at_most_of>不超过|不高于))[^，。；,;\d]{1,16}的\s*$"
)
BOUND_RIGHT = re.compile(
    r"\s*(?:(?P<approx>左右|上下)|(?P<at_least>及?以\s*上|之多)|(?P<at_most>及?以\s*[下内]))"
)
# `30亩以上规模种粮主体`, `亿元以上工业项目`, `5000万元以上的企业`: a threshold inside a category
# name (以上/以下 directly followed by the noun it qualifies), not a quantity. Connectives and a
# following goal word (`6.5%以上的目标`) leave the quantity a quantity.
THRESHOLD = re.compile(
    r"\s*(?:及|或)?以\s*[上下](?=[\u4e00-\u9fff])"  # also wrapped: `10亿元以\n上项目`
    r"(?!的(?:目标|水平|增速|增长|增幅|成绩|好成绩|佳绩)|[并且而和或及与])"
)

# A rate named right before a percentage: `增速10%以上的企业` names firms, not a share of them.
RATE_BEFORE = re.compile(r"(?:增长|增速|增幅|降幅|涨幅|下降|提高|率)(?:达|在|为)?\s*$")
# `16—24岁劳动力`, `60岁的老人`: an age followed by the people it describes names a group.
AGE_GROUP = re.compile(r"\s*(?:及以上|以上|以下)?[\u4e00-\u9fff]")

# --- modality ------------------------------------------------------------------------------------
# `part` scope: the cue governs the rest of the sentence part (up to ；。), e.g. 预计 … ，… .
# `clause` scope: a noun cue governs its own clause only (`年度目标任务80.5亿元，累计完成…`).
# 将 (part scope: `将新增学位2万个，新建学校50所`) is a future only when it is not 把
# (`将3个项目纳入…`), 将近 (nearly) or 将由 X 扩至 Y, where X is where things stand (see
# `FROM_LEVEL`). In either scope, what 已/实际 marks as done after the cue is not a target.
MODALITY = re.compile(
    # (`比上年预计数下降2.2%`: 预计数 is the estimated base, not an estimate)
    r"(?=[预估有目力确锚计拟将谋])(?:(?P<estimate>预计(?!数)|预估|估计|有望|预测)"
    r"|(?P<target_part>力争|确保|预期目标|目标(?:任务)?(?:是|为|：|:)|锚定"
    r"|(?<!即)将(?!近|[^，。；,;\n]{0,24}(?:纳入|列入|作为|列为|确定为|转为|调整为|分为|用于|视为)))"
    # (`雨露计划补助资金`: a programme's name; a plan does not pay subsidies)
    r"|(?P<target_clause>目标(?!任务的|的)|(?<!占)(?<!占年)(?<!占全年)(?<!占年度)计划(?!的|补助|补贴|资助|奖补)"
    r"|预期(?!寿命)|拟|(?<!累计)谋划(?=实施)))"  # `谋划实施重点项目420个`: planned
)
# `将由280万吨扩至500万吨`: the figure after 由 is the starting level, not the plan.
FROM_LEVEL = re.compile(r"由\s*$")
# After a target cue: `预期目标是：`, `目标：` (the colon is then part of the cue).
COLON_AFTER = re.compile(
    r"(?<=[：:])|[是为]?\s*[：:]|[^，。；,;\n：:\d（(]{1,10}[：:]"
    r"|[^，。；,;\n：:\d（(]{0,8}\d{1,3}[件项个类条][^，。；,;\n：:\d（(]{1,10}[：:]"
)  # 计划主要指标安排如下：, 将扎实办好15件重点民生实事：
# A plan word right after a comparison is the yardstick, not a target (`低于年度计划目标`).
YARDSTICK_BEFORE = re.compile(
    r"(?:高于|低于|快于|慢于|超过|超|比|较|与)(?:年度|全年|年)?(?:计划)?\s*$"
)
# A goal met or missed (`全面完成年度任务`, `未按期完成绩效目标`) is what was done, not a target.
GOAL_MET_BEFORE = re.compile(r"完成了?(?:年度|全年|绩效|既定|预期|各项|全部)?\s*$")
# Marks of what is already done, which a preceding plan word does not make a target.
ALREADY = re.compile(r"已经|已|实际(?!使用|利用)")  # 实际使用外资 is a term
# 计划 followed by what is planned (a verb), not the noun (计划投资, 年计划).
PLAN_VERB = re.compile(
    r"计划(?:再|新)?(?:新开工|开工|实施|建设|新建|改造|安排|引进|签约|发行|推进|完成|实现|争取|新增|培育)"
    r"|(?<!累计)谋划实施"
)
# In a later clause of a plan, what says it is done, not planned.
DONE_IN_CLAUSE = re.compile(r"已经|已|实际|累计|同比|增长|下降")
TARGET_RIGHT = re.compile(r"目标|任务(?!的)")

# --- time-related cues ---------------------------------------------------------------------------
# What may stand between a clause start and a time expression that leads the clause.
# Words for the whole area a text reports on (`全省…`, `我市…`).
_SCOPE = r"全省|全市|全州|全县|全区|全国|全旗|全盟|全镇|全乡|我省|我市|我州|我县|我区"
LEADING_PREFIX = re.compile(
    r"^[\s\x01—\-▲]*(?:【[^】\n]{1,20}】[\s\x01]*)?"  # (a tag: `【春耕生产】截至4月15日，…`)
    r"(?:其中|预计|另外|此外|同时|初步统计|据统计|经统计|从|自|根据|按照|依据|在|"
    r"目标是|目标为|力争|确保|计划|要"
    # a source named before the time: `国家统计局公告显示，2024年…`, `据省统计局监测，…`
    r"|[\u4e00-\u9fff]{1,16}?(?:显示|表明|介绍|获悉|统计|测算|监测))?[\s，,]*"
    rf"(?:{_SCOPE}|本省|本市"
    r"|(?:[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|旗)|[省市县区])(?:[\u4e00-\u9fff]{1,8}?[局厅委办])?[：:]?"
    r")?[\s，,]*$"
)
# A span named by its occasion, dated by a bracket after it (`春节期间（1月28日至2月4日）`).
NAMED_SPAN = re.compile(
    r"[\u4e00-\u9fff“”\"\d]{0,12}?(?:期间|假期|长假|黄金周|春运|暑运|暑期|暑假|寒假|旺季|汛期|以来)(?:\s*\d+\s*天)?\s*$"
)
# What is left to do (`剩余1.3万亩`, `其余3个项目`): the cue after it says what it is.
REMAINDER = re.compile(r"[\s\x01]*(?:剩余|其余|尚有|还有|剩下)")
# These two are used with `pattern.match(text, pos)`, where `^` would not anchor at pos.
# (or a scope word with no comma: `1—8月全省…`, `6月份全市…`)
TOPIC_AFTER = re.compile(rf"\s*(?:[，,：:是]|{_SCOPE})")
# A sentence that breaks the one before down: `其中，…`, `分经济类型看，…`, `按常住地分，…`.
CONTINUATION = re.compile(
    r"(?:[\s\x01]|—\s*\d+\s*—)*"  # (a page-number line may stand before it)
    # (a wrapped line may fall inside the opener: `从\n贸易方式看`)
    r"(?:其中|分(?:[^，。；,;\n]|\n(?!\n)){1,10}看|按(?:[^，。；,;\n]|\n(?!\n)){1,10}分"
    r"|从(?:[^，。；,;\n]|\n(?!\n)){1,10}看"
    r"|[\u4e00-\u9fff]{1,8}中[，,])"  # `食品中，猪肉价格下降8.2%`, `限额以上单位中，…`
)
# A sentence that opens on a vague span or on what comes next is outside the topic period of
# the sentences before (`今年以来，…。近年来，累计引进…`, `…。下一步，将新增…`).
VAGUE_TOPIC = re.compile(
    r"[\s\x01—\-▲]*(?:近年来|近几年来?|近些年来?|多年来|长期以来|历年来|下一步|下阶段|下一阶段"
    r"|今后|接下来)[\s，,]"
)
MULTI_YEAR_AVERAGE = re.compile(r"(?P<n>[两二三四五2-5])年平均")
ANNUAL = re.compile(r"年度|年计划|全年")
# `低于5.5%左右的年度控制目标`: the annual word may follow the figure.
ANNUAL_AFTER = re.compile(r"\s*(?:左右|以上|以下|以内)?的?(?:年度|全年)")
# A change of a stock since the end of last year (比上年末, 较年初) is a flow of this year.
SINCE_YEAR_START = re.compile(r"[比较](?:上年|去年|上一年)?(?:年末|年底|末|底|年初)")
# A change since the end of the month before (`比上月末增加`, `较4月末减少`): that month's flow.
SINCE_MONTH_END = re.compile(r"[比较](?:上月|(?P<m>1[0-2]|[1-9])月)(?:末|底)")
# Stocks, counted at a point in time: balances, herds on hand, installed capacity, population.
BALANCE = re.compile(
    r"余额|存量|库存|保有|存款|在册|在库|存栏|装机|(?<![千万百生亡])人口(?!人均|务工|和|就业)|在校生|里程|负债率|"
    r"结存|(?<!当期)结余|蓄积|蓄水|持卡|待售|"
    r"共有|现有|拥有|总数|在建|存续|实有|资产总额|总资产|净资产|资产规模"
)
# Rates that describe a state at a date (unlike progress rates, 开工率 or 支付率, that add up).
STATE_RATE = re.compile(
    r"失业率|不良贷款率|不良率|城镇化率|覆盖率|普及率|参保率|盖度|资本充足率|利率|存贷比"
)
# A count of what there is (`企业数量`, `经营主体总量`), unlike a count of what was done.
COUNT_TOTAL = re.compile(r"总量|数量|总数")
# What is added, done or changed over a period is a flow, whatever it adds to (`新增装机`).
_ADDED = r"新增|新开工|新建|新签|新引进|新认定|新投产|净增|新设|新登记|新注册|新培育|新获批|新入选"
ADDED = re.compile(_ADDED)
# A level that is a change of another (`较年初净增8652户`, `同比增加12天`), not a total.
LEVEL_CHANGE = re.compile(_ADDED + r"|增加|减少|[比较](?:上年|去年)?(?:年末|年底|年初)")
FLOW = re.compile(
    _ADDED + r"|完成|实现|引进|签约|开工|投产|竣工|办理|"
    r"发放|接待|销售|生产|出口|进口|增加|减少|增长|下降|提高|降低|招引|培训|服务|帮扶|改造|吞吐|发送|"
    r"申请|受理|核销|"
    # what a span produced or sold (`截至9月末奶牛存栏38.6万头；生鲜乳产量126万吨`)
    r"产量|产值|营业收入|营收|利润|销量|成交额|交易额|零售额|出栏|发电量|用电量|客运量|货运量"
)
# `规模以上工业企业达到2.1万家`: a count of what exists, reached by a date, is a stock.
STOCK_COUNT = re.compile(r"达到|达|有|为")
COUNT_REACHED = re.compile(r"增至|突破|人数")
# The running total beside what was added (`新增上市企业6家，累计达到87家`): how many there are.
TOTAL_REACHED = re.compile(r"(?:累计|总数|总量|总计)(?:达到|达|增至|突破)\s*$")
# A count of what has been built up, whatever the period says (`累计建成5G基站12.6万个`,
# `累计培育国家级“小巨人”企业613家`, `累计集聚企业超2800家`): a running total, what exists.
RUNNING_TOTAL = re.compile(r"累计(?:建成|培育|认定|集聚|开通|拥有|有|入库|备案|注册)")

# --- rank ----------------------------------------------------------------------------------------
RANK_CUE = (
    r"位居|位列|名列|分列|排名|排位|排在|排|居于|居|跃居|升至|降至|稳居|跻身|进入|处于|处在|列|"
    r"保持(?:在)?"
)

# --- subject cleaning ----------------------------------------------------------------------------
SUBJECT_LEAD = re.compile(
    r"^(?:[\s\x01、，,：:；;—\-▲]|其中|目前|当前|但是|但|仍有|仍|即(?![办时将])|要(?=确保|力争|实现|完成|达到)|同时|此外|另外|并且|并|且|和|及|以及|共计|共有|拥有|现有|实有|共(?!建(?!成)|享|同)|合计|我们|我局|我委|我厅|全地区|"
    r"累计|总计|均(?!价)|已经|已|全市州|全市|全省|全州|全县|全区|全国|全盟|全旗|全镇|全乡|我省|我市|我州|我区|我县|我镇|我乡|"
    r"本市|本省|本区|本县|辖内|辖区内|区内|县内|镇内|乡内|审计发现|调查发现|检查发现|据统计|经统计|"
    # `扣除留抵退税因素后`, `扣除价格因素实际增长`: a qualifier of the figure
    r"扣除[^，,。；;]{1,12}?后|扣除[^，,。；;]{0,10}?因素(?:实际)?|"
    r"各市州|可实现|实现了|实现|达到|为(?!民)|对(?![俄美日韩欧非德英法印])|向(?!海)|从|(?:与上年)?同期相比|与|(?:按)?同口径|同(?!期)|通过|按照|根据|围绕|聚焦|紧盯|推动|明确|锚定|"
    r"按可比口径(?:计算)?|按可比价格?(?:计算)?|按现价(?:计算)?|"
    r"确保|力争|分别|达成了|以上|以下|以内|左右|之前|以前|每年|每月|前(?![沿期端瞻景列]))+"
)
_TRAIL_MARKS = r"\s\x01、，,：:；;—\-"
_TRAIL_WORDS = (
    "同比|环比|分别|增长|下降|增速为|增速|增幅|为(?<!行为)(?<!作为)|达到|达(?<![下到传表发送抵]达)|约|近|超过|超|逾|突破|共计|共|累计|了|是|"
    "的|占比|占|比重|高于|低于|小于|大于|不足|快于|较|比(?<!收入比)(?<!评比)(?<![收贷支]比)|提升|提高|上升|回升|回落|收窄至|收窄|实现|平均|完成|"
    "达成|继续|首次|同口径|由|从|扩至|增至|降至|提高到|提高至|提升至|控制在|保持在|稳定在|至|到|缩小|扩大|"
    "增加|减少|年均|可(?<![许认]可)|有望|不少于|不超过|最高|最低|最多|最少|上涨|下跌|"
    # `名义增长4.6%`: nominal or real, not what; `两年平均增长5.1%`: the same figure, averaged
    "迈上|跃上|站上|中有|(?<![拥持])有|保持|名义|实际|两年平均|三年平均|五年平均|村均|企均|"
    # what was done to the figure (`审批时限压减`), a count's scope (`项目中`, `完成率均`)
    "压减|压缩|精简|缩短|降价|涨价|偏多|偏少|扩展|进位|前移|后移|全部|全面|未按期|均(?<![人户亩日月年村企]均)|并(?<![合兼吞]并)|"
    "中(?<![集高初其空心]中)|"
    "每[人户亩](?:每[月年天日])?|每[月年天日]"  # `保障标准达到每人每月`: per what, not what
)
# The look-ahead lets the engine skip, with one class test, every position where no trailing
# word can start (most of a subject); without it this was the costliest pattern per call.
SUBJECT_TRAIL = re.compile(
    rf"(?=[{_TRAIL_MARKS}{''.join(sorted({w[0] for w in _TRAIL_WORDS.split('|')}))}])"
    rf"(?:[{_TRAIL_MARKS}]|{_TRAIL_WORDS})+$"
)
# (Each of these opens with a one-class look-ahead: the engine then skips most positions with a
# single test instead of trying every alternative.)
SUBJECT_INNER = re.compile(
    r"(?=[至最预力计拟有将已连按实])"
    r"(?:至少|最少|最多|预计|力争|(?<![年度])计划(?!补助|补贴|资助|奖补)|拟|有望|预期(?!寿命)|将|"
    r"已经|已|(?<!可)实现(?!率)|"
    r"连续(?:[\d一二两三四五六七八九十]+|多)年|按可比口径(?:计算)?|按可比价格?(?:计算)?|按现价(?:计算)?)"
)
# `两年平均增速高于全国`: what follows a comparison verb is the base, not the subject.
SUBJECT_CUT = re.compile(
    # \x01: a masked time; 不低于 is a bound, not part of the subject
    # 占 opens the denominator of a share (`增加值占GDP比重`), unless a word (占地, 占用)
    r"(?=[不高低快慢较比同环占按创翻])"
    r"(?:不?高于|不?低于|快于|慢于|较(?![大小多少好强差重轻])|比上年|比去年|比\x01|同比|环比"
    r"|按(?=[^，。；,;]{2,30}的\s*$)"  # `…养老金按退休人员月人均基本养老金的`: a base
    r"|创(?=历史|新高|近|同期|年内)|翻(?=了?[一两三]番)"  # `用电负荷创历史新高`, `翻了一番`
    r"|(?<!挤)占(?![地用有领])"
    r"|比上(?:月|季度?|半年|期)"
    r"|比(?![重例率值])(?=[^，。；,;]{1,12}?[高低快慢]\s*$)).*$"  # `增速比各项贷款高`
)
# Where the head of an indicator phrase starts (`农村|居民人均可支配收入`, `服务业|增加值`):
# coordinated modifiers before it share it.
HEAD_WORD = re.compile(
    r"居民|人均|农民|职工|产业|增加值|项目|资金|企业|投资|收入|支出|产值|产量|总额|零售额|销售额|"
    r"利润|价格|指数|人口|面积|债券|贷款|存款|用电量|货运量|客运量|进出口|进口|出口|产能|保险"
)
# A place name opening a subject (`湛江市港口货物吞吐量`, `成都高新区`): who reports is not
# the indicator. Not generic places (园区, 景区) nor words that end like one (上市, 在建省…).
LEADING_PLACE = re.compile(
    r"^(?![在全本我该各外设入]|省市|市县)(?:[\u4e00-\u9fff]{1,5}(?<![在建全本我该各外分同城上园景校社街小地产工入设省])"
    r"(?:省(?![级内外直属会重市县通际控管])|市(?![场民政级区属直内外容域县重])|县(?![级域城区重])"
    r"|(?<!高新)区(?![级域内外重])|州|(?<!红)旗|新区|高新区|自治区)|自治区)"
)
# Light verbs that may open a subject without being part of the indicator (`完成地区生产总值`).
LEADING_ACTION = re.compile(r"(?:累计)?完成|实施|统筹推进|推进")
# Verbs that may stand alone before a shared object (`开工和竣工项目`, `落实和完成…投资`).
LIST_VERB = re.compile(
    r"新开工|开工|竣工|投产|签约|落实|完成|实现|引进|到位|下达|支付|拨付|发放|办结|受理|新建|改造|建成"
)
SUBJECT_IS_BASE = re.compile(
    r"^(?:占|较|比|高于|低于|快于|慢于|同比|环比|相当于|完成年度|完成全年|完成年初|完成预算|完成目标|是"
    # `超额完成国家下达的18%目标任务`: the figure is the goal of the indicator named before
    r"|超过?(?:年度|全年|序时|时序|时间)|(?:超额|提前|全面)?完成[^，。；,;]{0,8}下达)"
)
# An actor doing a count (`12345热线共受理群众诉求`, `审计机关共完成…项目`): what is counted is
# the object.
ACTOR_DID = re.compile(
    r"^(?:[^\s共]|(?<=公)共){2,16}?(?<![公总])共(?:受理|审计|完成|招收|接待|办理|发放|查处|处理|核查|"
    r"检查|开展|培训|组织|服务|认定|引进|签约|实施|投入|安排|减免|帮助|解决|走访|接入|录取|培育|排查|"
    r"举办|调解|化解|救助|救治|出动|查获|抓获|破获|起诉|审结|执结)"
)
# A share of a plan (`完成全年发行计划的95.3%`, `占年度目标任务的`): the plan is no subject.
DENOMINATOR_OF = re.compile(
    r"^\s*(?:(?:完成|占|相当于)[^，。；,;]{0,12}(?:计划|目标|任务|预算)|(?:为|是)[^，。；,;]{1,12}"
    r"|(?:分别)?恢复(?:到|至)?[^，。；,;]{0,12})的\s*$"  # `恢复至2019年同期的103%`
)
# A rate word alone (`降幅较上月收窄2.1个百分点`) names no indicator: it is the one before it.
RATE_WORD_ONLY = frozenset({"降幅", "增幅", "涨幅", "跌幅", "增速", "增长", "降速"})
SUBJECT_GENERIC = frozenset(
    {
        "总量",
        "总额",
        "进度",
        "增速",
        "总计",
        "规模",
        "当季",
        "当月",
        "总数",
        "日均",
        "月均",
        "人均",
        "户均",
    }
)
# The counted noun after a classifier stops at punctuation or at the verb that follows it.
COUNTED_NOUN = re.compile(
    r"^[\u4e00-\u9fffA-Za-z“”\x01]{1,14}?"
    r"(?=[，。；、,;：:（(）)\s\d]|$|的|实施|实行|开展|实现|建立|推进|进行|集中|担任|分赴|下沉|"
    r"全覆盖|用于|负责人|成功|参加|参与|完成|获|被|已|正在|及|与|精准|通过|分类|加强|细化|"
    # (`286家零售和餐饮企业`: 和 inside one counted noun that ends in a generic head)
    r"和(?!地区|个人|[^，。；、,;\d\s]{1,6}?(?:企业|单位|机构|项目|主体|人员|商户|门店|园区|平台))|"
    r"中(?:排|居|位列|有)|保持|"  # `14个市州中排名第一`, `35个行业中有`
    # what is done to or by the counted (`1.86万户企业返还…`, `326户农户户均增收`)
    r"全部|全面|未|返还|户均|人均|年均|累计|发放|接待|涉及|逐一|逐个|中(?=[，,：:已有共]))"
)
# Places counted (`4个州市进度低于…`, `122个县（市、区）中`), where no noun goes on after them
# (`214个市重点项目`, `152个县市项目` count projects).
PLACE_COUNTED = re.compile(
    r"(?:县市区|县（市、区）|市州|州市|县区|县市|市区|乡镇|区县|省辖市|地市|设区市|[县市区州乡镇])"
    r"(?=[，。；、,;（(\s“\"]|中|的|均|已|都|全|排|进度|实现|完成|同步|有|举行|开展|低于|高于|达到)"
)
# (an adverb right after the measure word says what the counted did: `38项全部落地`; a verb
# with 至 is a change: `由386项精简至241项`)
NOT_COUNTED_NOUN = re.compile(
    r"^(?:以上|以下|以内|左右|之多|全部|全面|均|已|未|共|分别|的|[和及与]|.*(?<!达)[至到]$)"
)
# `95个竣工项目，完成投资189.2亿元`: a bare verb phrase takes the noun counted just before it.
VERB_ONLY_SUBJECT = re.compile(
    r"^(?:累计)?(?:完成|总投资|计划投资|实际完成)|^(?:新增|净增)(?:认定|引进|注册|登记|培育|设立)?$"
)
COUNT_VERB_PREFIX = re.compile(rf"(?:新签约|新上|{_ADDED})$")  # what was added, as the count says
