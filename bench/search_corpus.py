"""The search benchmark's synthetic corpus: hospital-news articles with known names.

Deterministic for a seed: articles drawn from a pool of template sentences over
a hospital-news vocabulary, issues of ISSUE_SIZE articles with people facts (so
the mentions index is filled) and one person, STAR, named in exactly
STAR_MENTIONS articles.
"""

from __future__ import annotations

import random

from yuanzhi.archive.segment import Segmenter
from yuanzhi.model import Article, Byline, Evidence, Facts, Issue, Person, Position

ISSUE_SIZE = 20
STAR = "石远航"  # the person named in exactly STAR_MENTIONS articles
STAR_MENTIONS = 500

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍鹏辉建国红志文斌宁浩凯晨雪婷琳欣怡晓东海波峰雷鑫宇航帆博远翔嘉佳颖瑞昊天一鸣思雨梦瑶子涵梓轩睿泽"
DEPARTMENTS = (
    "心内科 心胸外科 神经内科 神经外科 呼吸与危重症医学科 消化内科 肾内科 内分泌科 血液科 肿瘤科 普外科 骨科 "
    "泌尿外科 妇产科 儿科 新生儿科 眼科 耳鼻喉科 口腔科 皮肤科 康复医学科 急诊科 重症医学科 麻醉科 放射科 超声科 "
    "检验科 病理科 药学部 护理部 医务部 党委办公室 宣传科 信息中心 后勤保障部 感染管理科 健康管理中心 中医科"
).split()
HOSPITALS = (
    "青川市人民医院",
    "南湖医科大学附属医院",
    "云岭健康集团总医院",
    "西溪县中医院",
    "东岚区妇幼保健院",
)
TITLES = ("院长", "副院长", "党委书记", "主任", "副主任", "护士长", "科长", "主任医师", "教授")
WORDS = (
    "护士节 胸腔镜 医联体 义诊 脊柱侧弯 健康宣教 质量控制 教学查房 多学科会诊 微创手术 介入治疗 急救培训 党建 "
    "志愿服务 满意度 康复训练 疫苗接种 远程会诊 专科联盟 技能竞赛 学术年会 科研项目 人才培养 医保政策 分级诊疗 "
    "家庭医生 慢病管理 健康体检 心肺复苏 应急演练 安全生产 廉洁从业 文明创建 优质护理 日间手术 胸痛中心 卒中中心 "
    "创伤中心 互联网医院 智慧医疗 电子病历 临床路径 合理用药 院感防控 手卫生 母婴安全 无痛分娩 早产儿 巴掌宝宝 "
    "肺结节 靶向治疗 放疗 化疗 免疫治疗 达芬奇机器人 关节置换 白内障 青光眼 糖尿病 高血压 脑卒中 心梗 冠脉支架 "
    "导管室 血液透析 腹膜透析 器官捐献 无偿献血 健康讲座 社区 乡村振兴 对口帮扶 援疆 援藏 进修 规培 住院医师 "
    "学科建设 重点专科 科研成果 论文 专利 课题 表彰大会 先进集体 先进个人 优秀党员 主题党日 青年文明号 工会 团委"
).split()
TEMPLATES = (
    "{m}月{d}日，{hosp}{dept}开展{w1}主题活动，{title}{name}出席并讲话。",
    "{dept}团队围绕{w1}和{w2}持续改进，服务质量稳步提升。",
    "{title}{name}指出，要把{w1}作为重点工作，扎实推进{w2}。",
    "活动中，{dept}医护人员为群众提供{w1}咨询，并发放{w2}宣传资料。",
    "近年来，{hosp}不断加强{w1}建设，{w2}工作取得明显成效。",
    "{name}表示，将以此次{w1}为契机，进一步提升{w2}水平。",
    "据了解，{dept}今年已完成{w1}相关病例{k}例，{w2}能力持续增强。",
    "{m}月{d}日至{d2}日，{dept}组织{w1}专题培训，共{k}名职工参加。",
    "与会专家就{w1}、{w2}等问题进行了深入交流。",
    "下一步，{hosp}将继续深化{w1}，让{w2}惠及更多患者。",
)


def _names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        names.add(rng.choice(SURNAMES) + given)
    names.discard(STAR)
    return sorted(names)


class CorpusMaker:
    """Deterministic synthetic issues: articles drawn from a pool of sentences."""

    def __init__(self, seed: int, pool: int = 30000):
        self.rng = random.Random(seed)
        self.people = _names(self.rng, 3000)
        self.sentences: list[tuple[str, str | None, str | None]] = []  # (text, name, title)
        for _ in range(pool):
            template = self.rng.choice(TEMPLATES)
            name = self.rng.choice(self.people)
            title = self.rng.choice(TITLES)
            text = template.format(
                m=self.rng.randint(1, 12),
                d=self.rng.randint(1, 28),
                d2=self.rng.randint(1, 28),
                hosp=self.rng.choice(HOSPITALS),
                dept=self.rng.choice(DEPARTMENTS),
                title=title,
                name=name,
                w1=self.rng.choice(WORDS),
                w2=self.rng.choice(WORDS),
                k=self.rng.randint(2, 300),
            )
            named = "{name}" in template
            self.sentences.append((text, name if named else None, title if named else None))

    def issues(self, n: int) -> list[tuple[Issue, Facts]]:
        rng = self.rng
        star_articles = set(rng.sample(range(n), min(STAR_MENTIONS, n)))
        out = []
        for start in range(0, n, ISSUE_SIZE):
            number = start // ISSUE_SIZE
            year = 2000 + (number * 25) // max(1, n // ISSUE_SIZE)
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            source = f"synthetic/{number:06d}.txt"
            articles, people = [], {}
            for index in range(start, min(n, start + ISSUE_SIZE)):
                paragraphs = []
                for _ in range(rng.randint(2, 4)):
                    picks = [rng.choice(self.sentences) for _ in range(rng.randint(1, 3))]
                    paragraphs.append("".join(p[0] for p in picks))
                    for text, name, title in picks:
                        if name:
                            people.setdefault(name, (title, f"a{index}", text))
                if index in star_articles:
                    paragraphs.append(
                        f"{rng.choice(HOSPITALS)}副院长{STAR}对{rng.choice(WORDS)}工作提出要求。"
                    )
                    people[STAR] = ("副院长", f"a{index}", paragraphs[-1])
                title = f"{rng.choice(DEPARTMENTS)}{rng.choice(('开展', '举办', '推进', '完成'))}{rng.choice(WORDS)}工作"
                byline = Byline(rng.choice(DEPARTMENTS), (rng.choice(self.people),))
                articles.append(
                    Article(
                        f"a{index}",
                        title,
                        paragraphs=tuple(paragraphs),
                        bylines=(byline,),
                        pages=(1,),
                    )
                )
            facts = Facts(
                people=tuple(
                    Person(
                        name,
                        (
                            Position(
                                title or "",
                                HOSPITALS[0],
                                date,
                                date,
                                (Evidence(source, aid, quote),),
                            ),
                        ),
                    )
                    for name, (title, aid, quote) in sorted(people.items())
                )
            )
            issue = Issue(
                source, tuple(articles), date=date, date_source="given", sha256=f"bench-{number}"
            )
            out.append((issue, facts))
        return out


class SentenceCachedSegmenter(Segmenter):
    """jieba splits text into blocks at punctuation and segments each alone: cache per sentence."""

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[str, str] = {}

    def index_text(self, text: str) -> str:
        parts = []
        for line in text.split("\n"):
            for piece in line.split("。"):
                if piece not in self._cache:
                    self._cache[piece] = super().index_text(piece)
                parts.append(self._cache[piece])
        return " ".join(p for p in parts if p)
