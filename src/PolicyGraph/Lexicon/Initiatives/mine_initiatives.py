#!/usr/bin/env python3
"""Mine a lexicon of national initiatives from ten years of national news (新闻联播 2015-2025).

usage: python3 mine_initiatives.py [CORPUS_DIR] [--out national-initiatives.tsv] [--candidates FILE] [--leading]

CORPUS_DIR defaults to ../shared/corpora/xwlb-2015-2025 beside the repository. Standard library only;
deterministic (sorted output). Writes national-initiatives.tsv beside this script: one initiative a line,
`canonical<TAB>aliases (;-joined)<TAB>days` where days is how many broadcast days name it (the evidence).

Method (what a policy analyst would call an initiative, found from evidence):
1. Quoted terms. Every “…” of 2-14 characters is counted by broadcast days. A term is kept when it recurs
   (>= MIN_QUOTED_DAYS days) and reads as a programme in most of its uses: followed by a programme noun
   (战略, 倡议, 建设, 行动, 工程, 政策, 改革, 机制, 模式, 理念, 部署 …) or preceded by a policy verb (实施, 推进, 落实,
   共建, 坚持, 深化, 打造 …) in at least PROGRAMME_SHARE of them. Numbered slogans (十四五, 六稳, 两新) pass
   with a lower share: their shape already marks them.
2. Head-word phrases. Phrases ending in a strong head (战略, 倡议, 经济带, 经济圈, 协同发展, 一体化发展, 大湾区,
   自由贸易港, 示范区, 先行区, 攻坚战, 振兴, 新通道 …) are cut on the left at policy verbs and particles (the
   same leading-words.txt the recogniser uses) and counted by days; phrases on >= MIN_PHRASE_DAYS days stay.
3. Canonical forms strip the trailing 战略/建设/倡议 words and the quote marks (京津冀协同发展战略 -> 京津冀协同发展),
   and the stripped forms become aliases.
4. What the counts cannot tell is filtered by hand in DENY (foreign affairs, disasters, awards, names of
   ships and spacecraft, idioms) and completed by CORE: well-known programme names that the two patterns do
   not reach (新质生产力, 共同富裕 …); a CORE entry is kept only if the corpus names it on >= MIN_CORE_DAYS days.
"""
import collections
import os
import re
import sys

MIN_QUOTED_DAYS = 6
MIN_PHRASE_DAYS = 8
MIN_CORE_DAYS = 3
PROGRAMME_SHARE = 0.35
NUMBERED_SHARE = 0.15

PROGRAMME_NOUNS = ("战略", "倡议", "建设", "行动", "工程", "政策", "改革", "方针", "目标", "规划", "机制", "模式",
                   "理念", "部署", "布局", "合作", "试点", "示范", "服务", "要求", "工作", "计划", "重要论述",
                   "重要思想", "精神", "制度", "体系", "平台", "项目", "专项", "攻坚")
POLICY_VERBS = ("共建", "实施", "推进", "落实", "深化", "坚持", "推动", "打造", "建设", "开展", "推行", "践行",
                "贯彻", "聚焦", "围绕", "做好", "统筹", "抓好", "完善", "推广", "融入", "服务")
HEADS = ("战略", "倡议", "经济带", "经济圈", "协同发展", "一体化发展", "大湾区", "自由贸易港",
         "自由贸易试验区", "自贸试验区", "先行示范区", "示范区", "先行区", "攻坚战", "振兴", "新通道", "经济走廊")
# A head ends a name only where a word ends: 全面战略伙伴关系 is no 全面战略.
HEAD_FOLLOWERS = set("，。、；：”）的和与中等上下是为以及将在有已取要\n")
# Phrases opening like these are fragments of longer expressions (两国全面战略…, 国家重大战略), not names.
GENERIC_OPENINGS = ("两国", "双方", "中方", "国家", "重大", "重要", "具有", "保持", "增进", "密切", "强化", "壮大",
                    "伟大", "系列", "新时代", "区域重大", "世界", "中国", "我国", "合作", "自", "接", "国", "严")
NUMERALS = "一二三四五六七八九十百千万双两"
STRIP_SUFFIXES = ("战略", "建设")

# Hand filter: terms the counts keep that no analyst would call a domestic initiative. Policy principles and campaigns
# written as numbered slogans (两个毫不动摇, 一国两制, 两学一做, 四个全面, 两个确立) and the guiding thought the
# documents study (习近平新时代中国特色社会主义思想, in CORE) are initiatives: analysts follow how they spread.
DENY = set("""
脱欧 北溪 北溪-2 北溪-1 萨德 海马斯 台独 港独 五一 六一 七一 八一 三八 十一 九一八 慰安妇 奋斗者 时代楷模
停摆 国民军 叙利亚民主军 圣城旅 人民动员组织 民族团结政府 征服阵线 青年党 伊斯兰国 今日俄罗斯 对等关税 汇率操纵国
禁穆令 枪支暴力档案 雪龙 雪龙2 复兴号 华龙一号 东方之星 墨子号 玉兔二号 吉林一号 猎鹰9 星舰 天宫二号 深海勇士 深海一号
人造太阳 中国天眼 七一勋章 八一勋章 共和国勋章 友谊勋章 和平荣誉勋章 最美职工 最美医生 最美家庭 诚信之星 英雄航天员
保护伞 组合拳 压舱石 牛鼻子 加速度 朋友圈 硬骨头 开门红 快车道 短板 红线 路线图 一刀切 甩锅 黑名单 白名单 铁杆 匕首
零容忍 一盘棋 一把手 两委 点对点 一对一 一站式 最后一公里 黄金时代 中国红 中国梦 中国方案 中国之治 国之大者 大国重器
两会 三夏 三公 三保 十二五 十三五 十四五 十五五 展望十三五 回头看 90后 00后 欢乐春节 村晚 新春走基层 考古中国
中国这十年 砥砺奋进的五年 我们的中国梦 新征程上的奋斗者 相约北京 新视野 沧海 海洋 人权 绿区 冲突降级区 新冷战 几字弯
全球南方 两国方案 上海精神 三股势力 三个代表
 四种形态 关键少数 同志加兄弟 光荣在党50年 
 爱国者 一国 两个结合 两弹一星 两高 八八 四个机关 快速恢复制裁 钻石六边
变陆锁国为陆联国 带动三亿人参与冰雪运动 好房子 口袋公园 一卡通 即买即退 1+N 5G+4K/8K+AI 两岸一家亲 国际关注的突发公共卫生事件 动态清零 乙类乙管 外防输入、内防反弹 方舱医院
""".split())

# Programme names that neither pattern reaches, kept only with corpus evidence (MIN_CORE_DAYS).
CORE = """
新质生产力 高质量发展 共同富裕 乡村振兴 双碳 碳达峰碳中和 制度型开放 高水平对外开放 新型城镇化 区域协调发展
京津冀协同发展 长三角一体化发展 粤港澳大湾区 长江经济带 黄河流域生态保护和高质量发展 成渝地区双城经济圈 西部大开发
东北全面振兴 中部地区崛起 东部率先发展 海南自由贸易港 雄安新区 一带一路 丝绸之路经济带 21世纪海上丝绸之路
西部陆海新通道 中欧班列 数字中国 健康中国 美丽中国 平安中国 法治中国 制造强国 网络强国 交通强国 科技强国 教育强国
文化强国 体育强国 人才强国 质量强国 航天强国 海洋强国 农业强国 创新驱动发展战略 科教兴国战略 人才强国战略
新型工业化 数实融合 数字经济和实体经济深度融合 数字经济与实体经济深度融合 人工智能和实体经济深度融合
互联网、大数据、人工智能和实体经济深度融合 一流营商环境 放管服 证照分离 最多跑一次 一网通办 跨省通办
互联网+ 人工智能+ 中国制造2025 专精特新 东数西算 大众创业、万众创新 双创 脱贫攻坚 精准扶贫 三农 千万工程
高标准农田 乡村建设行动 以旧换新 大规模设备更新 两新 两重 新三样 全国统一大市场 国内国际双循环 新发展格局
扩大内需 供给侧结构性改革 三去一降一补 六稳 六保 非首都功能疏解 北京非首都功能疏解 走出去 引进来
中国式现代化 全过程人民民主 总体国家安全观 新发展理念 全面深化改革 全面依法治国 全面从严治党 生态文明建设
绿水青山就是金山银山 新型基础设施 新基建 低空经济 银发经济 种业振兴 美丽乡村 全面建成小康社会 新型举国体制 就业优先
河长制 湖长制 长江大保护 科技成果转化 枫桥经验 民营经济促进法 外商投资法 乡村振兴促进法 双一流
科技金融 普惠金融 绿色金融 数字金融 分级诊疗 紧密型县域医共体 家庭医生签约服务 全域旅游 关键核心技术攻关 现代化产业体系
巩固拓展脱贫攻坚成果 国家区域医疗中心 揭榜挂帅 互联网+医疗健康 健康中国行动 城市更新 高水平科技自立自强 数字政府 河湖长制
农村人居环境整治 厕所革命 和美乡村 宜居宜业和美乡村 全球安全倡议 全球文明倡议 优化营商环境
义务教育优质均衡发展 能源革命 数字乡村 智慧城市 产教融合 东西部协作 对口支援 以工代赈 三医联动 集中带量采购 社会信用体系
一件事一次办 两个确立 两个维护 四个意识 四个自信 习近平新时代中国特色社会主义思想 习近平法治思想 习近平生态文明思想
习近平外交思想 习近平强军思想 习近平经济思想 习近平文化思想 粮食安全 农业强省 中央一号文件 超长期特别国债 科技创新券
国企改革三年行动 中小企业数字化转型 产学研深度融合 产业工人队伍建设改革 文旅融合 农业社会化服务 人民至上、生命至上 医联体
一老一小 共建共治共享 四风 中央八项规定精神 深入贯彻中央八项规定精神学习教育 不敢腐、不能腐、不想腐
大规模设备更新和消费品以旧换新 中华文明探源工程 亲清政商关系 新能源汽车下乡 迎峰度夏 联合国2030年可持续发展议程
科技创新和技术改造再贷款 支小再贷款 创新链产业链资金链人才链深度融合
两个责任 劳模精神、劳动精神、工匠精神 工匠精神 区域全面经济伙伴关系协定 平陆运河 党建引领基层治理
党纪学习教育 主题教育 高效办成一件事 新型电力系统 新型能源体系 冰雪经济 首发经济 林长制 老旧小区改造 城中村改造
群众身边不正之风和腐败问题集中整治 国家文化公园 大运河国家文化公园 长江国家文化公园 第四次全国文物普查 第五次全国经济普查
免申即享 一网统管 大中小企业融通创新 稳外贸稳外资 医保支付方式改革 城市体检 海绵城市 藏粮于地、藏粮于技 大食物观 双减
全民健身 法治政府 能源革命综合改革试点 空中丝绸之路 共抓大保护、不搞大开发 国家重要先进制造业高地 科学家精神 企业家精神
耐心资本 链长制 自由贸易试验区提升战略 现代职业教育体系 县域医共体 有腐必反、有贪必肃 国际消费中心城市
沙戈荒 离岛免税 全岛封关运作 数字化改革 未来乡村 智改数转 明厨亮灶 蓝天保卫战 碧水保卫战 净土保卫战
社会主义核心价值观 全国文明城市 新时代文明实践中心 全国一体化算力网 一刻钟便民生活圈 金融强国 内外贸一体化 完整社区
铸牢中华民族共同体意识 文化润疆 新时代党的治疆方略 安全生产月
积极应对人口老龄化 长期护理保险制度 长三角G60科创走廊 G60科创走廊 治蜀兴川 原中央苏区振兴发展
新型政商关系 民营经济发展壮大 大学生志愿服务西部计划
"""

# Forms of one initiative under another name: alias -> canonical (the name the gold and the analysts use).
MERGE = {
    "碳达峰碳中和": "双碳", "陆海新通道": "西部陆海新通道", "东北振兴": "东北全面振兴", "非首都功能疏解": "北京非首都功能疏解",
    "脱贫攻坚战": "脱贫攻坚", "精准脱贫攻坚战": "脱贫攻坚", "双随机一公开": "双随机、一公开", "乡村全面振兴": "乡村振兴",
    "双创": "大众创业、万众创新", "数字经济与实体经济深度融合": "数字经济和实体经济深度融合", "数实融合": "数字经济和实体经济深度融合",
    "长三角一体化": "长三角一体化发展", "G60科创走廊": "长三角G60科创走廊", "三大全球倡议": "三大全球倡议", "新基建": "新型基础设施",
}
DENY |= set("""人口老龄化国家 民族振兴 治国理政新理念新思想新 和平统一、一国两制 建军一百年奋斗目标攻坚战 大金砖合作 全球海洋支点
一站式 一刀切 两会 萨德 生态省 脱贫攻坚成果同乡村振兴 一系列新理念新思想新
两节 四梁八柱 七下八上 大水漫灌 九章 双城记""".split())


def corpus_days(root):
    for year in sorted(os.listdir(root)):
        folder = os.path.join(root, year)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    lines = [l for l in f.read().split("\n") if l and not l.startswith("#")]
                yield name, "\n".join(lines)


def load_leading(path):
    hard, soft = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            word, kind = (line.rstrip("\n").split("\t") + ["hard"])[:2]
            (soft if kind == "soft" else hard if kind == "hard" else []).append(word)
    return sorted(hard, key=len, reverse=True), sorted(soft, key=len, reverse=True)


def cut_left(phrase, hard, soft):
    """The same rule as PhraseScanner: cut after the rightmost hard word, strip soft words from the start."""
    start = 0
    for i in range(len(phrase), 0, -1):
        if any(phrase[:i].endswith(w) for w in hard + ["和", "与", "及"]):
            start = i
            break
    phrase = phrase[start:]
    changed = True
    while changed:
        changed = False
        for w in soft:
            if phrase.startswith(w) and len(phrase) > len(w) + 1:
                phrase = phrase[len(w):]
                changed = True
                break
    return phrase


def canonical(term):
    for suffix in STRIP_SUFFIXES:
        if term.endswith(suffix) and len(term) - len(suffix) >= 2:
            return term[: -len(suffix)]
    return term


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
    valued = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--out", "--candidates")}
    args = [a for a in argv[1:] if not a.startswith("--") and a not in valued]
    root = args[0] if args else os.path.join(repo, "..", "shared", "corpora", "xwlb-2015-2025")
    out = argv[argv.index("--out") + 1] if "--out" in argv else os.path.join(here, "national-initiatives.tsv")
    candidates_out = argv[argv.index("--candidates") + 1] if "--candidates" in argv else None
    if not os.path.isdir(root):
        print(f"mine_initiatives.py: corpus folder '{root}' does not exist; pass the xwlb-2015-2025 folder.", file=sys.stderr)
        return 2
    hard, soft = load_leading(os.path.join(here, "leading-words.txt"))

    quoted_days, quoted_total, quoted_programme = collections.defaultdict(set), collections.Counter(), collections.Counter()
    phrase_days = collections.defaultdict(set)
    leading = collections.Counter()
    texts = []
    quote_re = re.compile(r"“([^“”\n]{2,14})”")
    head_re = re.compile(r"([\u4e00-\u9fff0-9（）]{1,16}?)(" + "|".join(sorted(HEADS, key=len, reverse=True)) + ")")
    for day, text in corpus_days(root):
        texts.append((day, text))
        for m in quote_re.finditer(text):
            term = m.group(1)
            quoted_days[term].add(day)
            quoted_total[term] += 1
            after, before = text[m.end(): m.end() + 4], text[max(0, m.start() - 4): m.start()]
            if any(after.startswith(n) for n in PROGRAMME_NOUNS) or any(before.endswith(v) for v in POLICY_VERBS):
                quoted_programme[term] += 1
            for n in (1, 2):
                leading[before[-n:]] += 1
        for m in head_re.finditer(text):
            # Take the whole run of CJK before the head, then cut it as the recogniser would.
            start = m.start()
            while start > 0 and start > m.start() - 16 and "\u4e00" <= text[start - 1] <= "\u9fff":
                start -= 1
            phrase = cut_left(text[start: m.end()], hard, soft)
            follower = text[m.end(): m.end() + 1] or "\n"
            if (len(phrase) - len(m.group(2)) >= 2 and len(canonical(phrase)) >= 4 and follower in HEAD_FOLLOWERS
                    and not phrase.startswith(GENERIC_OPENINGS)):
                phrase_days[phrase].add(day)

    kept = {}

    def keep(term, days, source):
        name = MERGE.get(canonical(term), canonical(term))
        if name in DENY or term in DENY or len(name) < 2:
            return
        entry = kept.setdefault(name, {"aliases": set(), "days": 0, "source": source})
        if term != name:
            entry["aliases"].add(term)
        entry["days"] = max(entry["days"], days)

    for term, days in quoted_days.items():
        share = quoted_programme[term] / quoted_total[term]
        numbered = term[0] in NUMERALS
        if len(days) >= MIN_QUOTED_DAYS and share >= (NUMBERED_SHARE if numbered else PROGRAMME_SHARE):
            keep(term, len(days), "quoted")
    for phrase, days in phrase_days.items():
        if len(days) >= MIN_PHRASE_DAYS:
            keep(phrase, len(days), "phrase")
    for term in CORE.split():
        days = sum(1 for _, text in texts if term in text)
        if days >= MIN_CORE_DAYS:
            keep(term, days, "core")
    for alias, name in MERGE.items():
        if name in kept and alias != name and alias not in kept:
            kept[name]["aliases"].add(alias)

    # A phrase that only adds a trailing 战略/建设 to a kept name is its alias, not a second initiative.
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# National initiatives mined by mine_initiatives.py from 新闻联播 2015-2025 (see its docstring).\n")
        f.write("# canonical<TAB>aliases (;-joined)<TAB>broadcast days naming it<TAB>source (quoted, phrase, core)\n")
        for name in sorted(kept):
            e = kept[name]
            f.write(f"{name}\t{';'.join(sorted(e['aliases']))}\t{e['days']}\t{e['source']}\n")
    # The hand filter also keeps the recogniser from reporting these when it meets them quoted.
    with open(os.path.join(os.path.dirname(out), "not-initiatives.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Quoted terms that are not initiatives (DENY of mine_initiatives.py): foreign affairs, awards, craft,\n")
        f.write("# figures of speech, ideological formulas. Written by mine_initiatives.py; edit DENY there.\n")
        for term in sorted(DENY):
            f.write(term + "\n")
    if candidates_out:
        with open(candidates_out, "w", encoding="utf-8") as f:
            for term, days in sorted(quoted_days.items(), key=lambda kv: (-len(kv[1]), kv[0])):
                f.write(f"quoted\t{term}\t{len(days)}\t{quoted_programme[term] / quoted_total[term]:.2f}\n")
            for phrase, days in sorted(phrase_days.items(), key=lambda kv: (-len(kv[1]), kv[0])):
                f.write(f"phrase\t{phrase}\t{len(days)}\n")
    if "--leading" in argv:
        for word, n in leading.most_common(200):
            print(f"{word}\t{n}")
    print(f"{len(kept)} initiatives written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
