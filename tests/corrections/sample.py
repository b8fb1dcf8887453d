"""Hand-made issues of an invented hospital (松溪县人民医院) with the parser mistakes editors fix,
and a small deterministic extractor, so the corrections tests depend on neither the parser
nor the real extractor (tests/corrections/test_end_to_end.py runs the real ones).

The mistakes: a paragraph of the nursing story printed at the end of the meeting story
(move), a 下转/上接 story in two pieces whose sentence is cut at the page break (merge),
a 简讯 column where a missed headline sits as a paragraph (split).
"""

from __future__ import annotations

import re
from dataclasses import replace

from yuanzhi import model

HOSPITAL = "松溪县人民医院"
SOURCE = "songxi-2026-03.txt"
MEETING = "我院召开2026年党建工作会议"
NURSING = "护理质量改进见成效"
STRAY = "护理部主任程雪介绍了护理质量改进的做法，各病区护士长作了交流发言。"
CUT = "3月12日，心内科专家走进青石社区开展义诊，心内科主任葛"
CUT_REST = "立新带队，为居民测量血压、讲解用药知识。"
MISSED_HEAD = "院感科举办手卫生讲座"


def issue_march(source: str = SOURCE, sha: str = "sha-march") -> model.Issue:
    articles = (
        model.Article(
            id="a1",
            title=MEETING,
            paragraphs=(
                "3月5日，松溪县人民医院召开党建工作会议。院长苏明远出席会议并讲话。",
                "会议总结了过去一年的党建工作，部署了今年的重点任务。",
                STRAY,
            ),
            bylines=(model.Byline("党委办公室", ("林晓",)),),
            pages=(1,),
        ),
        model.Article(
            id="a2",
            title=NURSING,
            paragraphs=("今年以来，护理部持续开展优质护理服务，患者满意度稳步提升。",),
            pages=(1,),
        ),
        model.Article(
            id="a3", title="心内科开展义诊活动", paragraphs=(CUT,), pages=(1,), continued=True
        ),
        model.Article(
            id="a4", title="心内科开展义诊活动", paragraphs=(CUT_REST,), pages=(2,), continued=True
        ),
        model.Article(
            id="a5",
            title="简讯",
            paragraphs=(
                "3月20日，我院举办急救技能培训，百余名医护人员参加。",
                MISSED_HEAD,
                "3月25日，院感科主任邵青在门诊大厅举办手卫生知识讲座。",
            ),
            pages=(2,),
        ),
    )
    return model.Issue(
        source=source,
        articles=articles,
        date="2026-03-31",
        date_source="given",
        title="松溪医院报",
        number="3",
        pages=2,
        sha256=sha,
    )


def issue_april() -> model.Issue:
    """Another issue: the nursing director written 程雪梅 (a variant of 程雪); a patient, 林晓,
    read as a 主任 (the title word is part of how the story addresses him)."""
    return model.Issue(
        source="songxi-2026-04.txt",
        articles=(
            model.Article(
                id="a1",
                title="护理部开展技能比武",
                paragraphs=("4月8日，护理部主任程雪梅主持护理技能比武。院长苏明远为获奖者颁奖。",),
                pages=(1,),
            ),
            model.Article(
                id="a2",
                title="暖心故事",
                paragraphs=("4月16日，主任林晓出院时向医护人员表示感谢，家属送来锦旗。",),
                pages=(2,),
            ),
        ),
        date="2026-04-30",
        date_source="given",
        title="松溪医院报",
        number="4",
        pages=2,
        sha256="sha-april",
    )


def reparsed_march(sha: str = "sha-march-2") -> model.Issue:
    """The same file parsed again by a changed parser: other article ids, an article found at
    the top, one character read differently in the meeting story's first paragraph."""
    issue = issue_march(sha=sha)
    articles = [replace(a, id=f"b{i + 2}") for i, a in enumerate(issue.articles)]
    first = articles[0]
    articles[0] = replace(
        first,
        paragraphs=(first.paragraphs[0].replace("出席会议", "出席了会议"), *first.paragraphs[1:]),
    )
    top = model.Article(
        id="b1", title="本期导读", paragraphs=("本期刊登党建、护理、义诊等消息。",), pages=(1,)
    )
    return replace(issue, articles=(top, *articles))


# ---------------------------------------------------------------- a small extractor

_PERSON = re.compile(
    r"(院长|护理部主任|心内科主任|院感科主任|主任)([\u4e00-\u9fff]{2,3}?)(?=[出主带在介向为，。、])"
)
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")
ORGS = {
    "院长": HOSPITAL,
    "护理部主任": "护理部",
    "心内科主任": "心内科",
    "院感科主任": "院感科",
    "主任": HOSPITAL,
}


def extract(issue: model.Issue) -> model.Facts:
    """People from `TITLE+NAME`, one event per dated sentence, evidence = the sentence."""
    people: dict[str, list[model.Position]] = {}
    events = []
    year = (issue.date or "2026")[:4]
    for article in issue.articles:
        for paragraph in article.paragraphs:
            for sentence in _SENTENCE.findall(paragraph):
                ev = model.Evidence(issue.source, article.id, sentence)
                for title, name in _PERSON.findall(sentence):
                    org = ORGS[title]
                    word = "主任" if title.endswith("主任") else title
                    people.setdefault(name, []).append(
                        model.Position(word, org, issue.date, issue.date, (ev,))
                    )
                date = _DATE.search(sentence)
                if date:
                    day = f"{year}-{int(date.group(1)):02d}-{int(date.group(2)):02d}"
                    events.append(
                        model.Event(
                            day,
                            "other",
                            sentence.rstrip("。"),
                            article.id,
                            issue.source,
                            evidence=(ev,),
                        )
                    )
    orgs = tuple(
        model.Organization(
            name,
            "hospital" if name == HOSPITAL else "department",
            None if name == HOSPITAL else HOSPITAL,
        )
        for name in dict.fromkeys(ORGS.values())
    )
    return model.Facts(
        people=tuple(model.Person(n, tuple(ps)) for n, ps in people.items()),
        organizations=orgs,
        events=tuple(events),
    )
