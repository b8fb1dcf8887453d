"""Small invented truth issues (fictional hospitals) for the PDF/scan reader tests.

Helper A's tests/synth/generate.py makes richer issues; these keep the reader
tests independent of it. All text is invented.
"""

from __future__ import annotations

import random
from typing import Any

HOSPITALS = ("青川市人民医院", "南湖医科大学附属医院", "云岭健康集团", "东陵县中医医院")
DEPTS = ("护理部", "心内科", "党委宣传部", "医务科", "急诊科", "检验科", "康复医学科", "信息中心")
NAMES = ("林晓岚", "周建平", "韩雪", "欧阳明", "陶思远", "许丹", "程一凡", "马立群", "宋佳宁")
OPENERS = (
    "为进一步提升医疗服务质量，{h}于{m}月{d}日召开专题工作推进会",
    "{m}月{d}日，{h}{dept}联合社区卫生服务中心开展义诊活动",
    "近日，{h}顺利完成一例高难度微创手术，患者术后恢复良好",
    "为加强学科建设，{h}与兄弟单位签署合作协议，共建专科联盟",
    "{m}月{d}日上午，{h}举行新入职员工岗前培训开班仪式",
)
MIDDLES = (
    "会上，{title}{name}对下一阶段重点工作作出部署，要求各科室压实责任、细化措施",
    "活动现场，专家们耐心解答群众提出的健康问题，并免费测量血压、血糖",
    "据了解，该项技术的开展填补了本地区相关领域的空白，惠及更多患者",
    "与会人员围绕患者安全、流程优化和信息化建设等议题展开深入交流",
    "医护人员认真学习操作规范，在模拟演练中不断提升应急处置能力",
    "下一步，医院将持续完善服务体系，推动优质医疗资源下沉基层",
    "此次活动共服务群众三百余人次，发放健康宣传资料一千余份",
    "科室团队多次组织病例讨论，制定个体化治疗方案并全程跟踪随访",
)
TITLES = ("院长", "党委书记", "副院长", "护理部主任", "科主任")
HEADS = (
    "{h}召开年度质量安全工作会议",
    "凝心聚力谋发展 砥砺奋进开新局",
    "专家义诊进社区 健康服务暖人心",
    "微创技术再突破 守护患者新希望",
    "岗前培训启新程",
    "携手共建专科联盟",
    "智慧医院建设迈出新步伐",
)
SUBHEADS = ("强化责任落实", "优化服务流程", "推进学科建设", "筑牢安全防线")
KICKERS = ("聚焦高质量发展", "我为群众办实事", "喜迎建院七十周年")
SIDEBAR_TITLES = ("健康小贴士", "相关链接", "专家简介")


def _sentence(rng: random.Random, h: str) -> str:
    pool = MIDDLES if rng.random() < 0.7 else OPENERS
    return rng.choice(pool).format(
        h=h, m=rng.randint(1, 12), d=rng.randint(1, 28), dept=rng.choice(DEPTS),
        title=rng.choice(TITLES), name=rng.choice(NAMES),
    )


def _paragraph(rng: random.Random, h: str, sentences: int) -> str:
    first = rng.choice(OPENERS).format(
        h=h, m=rng.randint(1, 12), d=rng.randint(1, 28), dept=rng.choice(DEPTS),
    )
    parts = [first] + [_sentence(rng, h) for _ in range(sentences - 1)]
    return "，".join(parts[:1]) + "。" + "。".join(parts[1:]) + ("。" if len(parts) > 1 else "")


def make_truth(seed: int, articles: int = 6, long_every: int = 0) -> dict[str, Any]:
    """A contract-shaped truth issue; ``long_every`` > 0 makes every n-th article long."""
    rng = random.Random(seed)
    h = rng.choice(HOSPITALS)
    out: list[dict[str, Any]] = []
    heads = [t.format(h=h) for t in rng.sample(HEADS, len(HEADS))]
    for number in range(articles):
        n_par = rng.randint(2, 5)
        if long_every and number % long_every == 0:
            n_par = 14
        paragraphs = [_paragraph(rng, h, rng.randint(2, 4)) for _ in range(n_par)]
        subheadings: list[str] = []
        if n_par >= 4 and rng.random() < 0.5:
            subheadings = rng.sample(SUBHEADS, 2)
            paragraphs.insert(1, subheadings[0])
            paragraphs.insert(len(paragraphs) // 2 + 1, subheadings[1])
        sidebars = []
        if rng.random() < 0.3:
            sidebars = [{"title": rng.choice(SIDEBAR_TITLES),
                         "paragraphs": [_paragraph(rng, h, 2) for _ in range(rng.randint(1, 2))]}]
        out.append({
            "id": f"a{number + 1}",
            "title": heads[number % len(heads)] + ("" if number < len(heads) else f"之{number}"),
            "subtitle": ("——" + rng.choice(SUBHEADS) + "工作纪实") if rng.random() < 0.3 else None,
            "kicker": rng.choice(KICKERS) if rng.random() < 0.25 else None,
            "editor_note": (_paragraph(rng, h, 2)) if rng.random() < 0.15 else None,
            "paragraphs": paragraphs,
            "subheadings": subheadings,
            "sidebars": sidebars,
            "bylines": [{"department": rng.choice(DEPTS), "authors": rng.sample(NAMES, rng.randint(1, 2))}],
            "pages": [],
            "continued": False,
        })
    return {"title": h + "报", "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "number": f"第{rng.randint(10, 300)}期", "articles": out}


def rebuild(blocks: list[Any]) -> dict[str, dict[str, Any]]:
    """A minimal assembler for tests: articles keyed by normalized title.

    A headline group starts an article (a repeated headline resumes it); a
    body block after a 上接 marker joins the paragraph its 下转 marker left open.
    """
    from yuanzhi.layout.normalize import normalize_text

    articles: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    open_paragraph = False
    kicker: str | None = None
    for block in blocks:
        if block.kind == "furniture":
            continue
        if block.kind == "kicker":
            kicker = block.text
            continue
        if block.kind == "headline":
            title = normalize_text(block.text)
            current = articles.get(title)
            if current is None:
                current = {"title": title, "kicker": kicker, "subtitle": None, "editor_note": None,
                           "paragraphs": [], "subheadings": [], "sidebars": [], "bylines": [],
                           "pages": set(), "open": False}
                articles[title] = current
            kicker = None
            continue
        if current is None:
            current = articles.setdefault("", {"title": "", "paragraphs": [], "subheadings": [], "sidebars": [],
                                               "bylines": [], "pages": set(), "open": False,
                                               "kicker": None, "subtitle": None, "editor_note": None})
        current["pages"].add(block.page)
        if block.kind == "subtitle":
            current["subtitle"] = block.text
        elif block.kind == "editor_note":
            current["editor_note"] = block.text
        elif block.kind == "marker":
            if block.marker == "to":
                current["open"] = open_paragraph
        elif block.kind in ("body", "subheading"):
            if current["open"] and block.kind == "body":
                current["paragraphs"][-1] += block.text
                current["open"] = False
            else:
                current["paragraphs"].append(block.text)
            if block.kind == "subheading":
                current["subheadings"].append(block.text)
            open_paragraph = block.open_end
        elif block.kind == "sidebar_title":
            current["sidebars"].append({"title": block.text, "paragraphs": []})
        elif block.kind == "sidebar":
            if not current["sidebars"]:
                current["sidebars"].append({"title": None, "paragraphs": []})
            current["sidebars"][-1]["paragraphs"].append(block.text)
        elif block.kind == "byline":
            current["bylines"].append(block.text)
    return articles


def mismatches(truth: dict[str, Any], blocks: list[Any]) -> list[str]:
    """Differences between the truth's articles and the blocks (empty when perfect)."""
    from yuanzhi.layout.normalize import normalize_text

    got = rebuild(blocks)
    problems: list[str] = []
    for article in truth["articles"]:
        title = normalize_text(article["title"])
        found = got.get(title)
        if found is None:
            problems.append(f"{article['id']}: headline {title!r} not found")
            continue
        want = [normalize_text(p) for p in article["paragraphs"]]
        if found["paragraphs"] != want:
            problems.append(f"{article['id']}: paragraphs differ: {len(found['paragraphs'])} vs {len(want)}")
        for key in ("kicker", "subtitle"):
            if (article.get(key) and normalize_text(article[key])) != (found.get(key) or None) and (
                    article.get(key) or found.get(key)):
                problems.append(f"{article['id']}: {key} {found.get(key)!r} != {article.get(key)!r}")
        if article.get("editor_note") and not (found.get("editor_note") or "").endswith(
                normalize_text(article["editor_note"])):
            problems.append(f"{article['id']}: editor note missing")
        want_sidebars = [{"title": s.get("title"), "paragraphs": [normalize_text(p) for p in s["paragraphs"]]}
                         for s in article.get("sidebars") or []]
        if found["sidebars"] != want_sidebars:
            problems.append(f"{article['id']}: sidebars differ")
        if len(found["bylines"]) != len(article.get("bylines") or []):
            problems.append(f"{article['id']}: bylines differ")
        if article.get("pages") and sorted(found["pages"]) != article["pages"]:
            problems.append(f"{article['id']}: pages {sorted(found['pages'])} != {article['pages']}")
    return problems
