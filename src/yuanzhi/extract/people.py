"""People with their titles, in every shape Chinese institutional news writes them.

Shapes (all driven by the lexicon's title list, surnames and boundary words):

- title chain before a name list: ``党委书记、院长薛伟民``, ``副院长刘玉林、胡德胜``
- each title with its own organization: ``新里程健康集团首席执行官、新里程健康科技集团董事长林杨林``;
  a chain may run over a comma while no name has come yet
  (``某公司总经理，晋城大医院党委书记、院长薛伟民``)
- name before a title: ``薛伟民院长``, ``脊柱微创骨科陈晋伟主任`` (titles_after_name.txt)
- short references: ``薛院长``, ``王主任`` → the full name given earlier in the article
  (never invented when no earlier full name has that surname); both read by names_before_titles.py

Where a name starts and ends is names.py's business.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bare_level_posts import town_of_bare_level
from .bracketed_posts import bracketed_posts
from .capacity_posts import capacity_posts
from .chain_orgs import (
    NO_ORG,
    community_committee,
    institution,
    org_starts,
    place_before,
    placed_body,
    qualifying_word,
    unit_of,
)
from .committee_units import committee_department
from .continued_chains import continued_body, deputy_goes_on, standing_body_unit
from .de_bodies import body_before_de
from .described_phrases import past_described
from .ethnic_groups import without_ethnicity
from .former_holders import former_holder_at
from .hospital_heads import hospital_of_head, is_job
from .lexicon_loader import FORMER, WHOLE_UNIT, Lexicon
from .mentions import ArticleContext, PersonMention
from .names import is_cjk, name_list
from .names_before_titles import name_before
from .numbered_rows import bracketed_row_people, numbered_row_people
from .org_references import declared_before, this_one
from .orgs import (
    GROUP_REFERENCES,
    OrgMention,
    Tokens,
    in_title_marks,
    org_before,
    resolve_org,
)
from .own_unit_names import named_with_hospital
from .party_committees import committee_before
from .profiles import clause_held_posts, held_posts, profile_people
from .pronoun_posts import pronoun_posts
from .secondments import ASSIGNED, seconded_post
from .sittings import past_sitting
from .taken_spans import TakenSpans
from .title_spans import title_matches
from .ward_clusters import cluster_before

_CHAIN_JOINERS = ("、", "，", ",", "/", "兼", "暨")  # 院长助理兼医务部主任某某, 院长暨党委书记某某
_ORG_LIST_INHERIT = {"、"}
_POST_NOTE = re.compile(r"[（(](?:分管|主持|试用|正|副|兼|挂职)[^（）()]{0,8}[）)](?=[、，,])")  # what the post covers or its grade
_NOW_HOLDS = "现任"  # a post that changed in one chain: 原A副院长、现任B处长某某 (both posts the person's, §6)
_OPEN_QUOTES = set("“‘「『《\"")
_CLOSE_QUOTES = set("”’」』》\"")


_OCCASION_COMMITTEES = ("大会", "组委会", "组织委员会", "编委会")  # committees of an event or a paper (§3)
_MEMBERSHIPS = ("党员", "盟员", "社员", "会员")  # 共产党员, 民盟盟员, 九三学社社员: a party one belongs to
_COMMUNITY_HEAD = "总院长"  # 总院长, 副总院长, 常务副总院长: posts of a 医共体 or a group, not of a hospital


def people_in_sentence(
    sentence: str,
    tokens: Tokens,
    lexicon: Lexicon,
    context: ArticleContext,
    blocked: list[tuple[int, int]] | None = None,
) -> list[PersonMention]:
    """Every (name, title, org) the sentence states. ``blocked`` spans (patients) hold no names."""
    blocked = list(blocked or [])
    titles = title_matches(sentence, lexicon)
    taken = TakenSpans(len(sentence), blocked)  # patients and the people read so far: no name there
    used = TakenSpans(len(sentence), mirror=taken)
    found: list[PersonMention] = []
    chain: list[tuple[int, int, str, OrgMention | None]] = []
    previous_chain_org: tuple[int, OrgMention | None] | None = None  # (end, hospital-level org)

    def org_for(end: int, floor: int) -> OrgMention | None:
        org = committee_before(sentence, end) or org_before(sentence, end, tokens, lexicon, context.home)
        if org is None:
            org = place_before(sentence, end, tokens, lexicon) or town_of_bare_level(sentence, end, lexicon, context)
        if org is None:
            org = declared_before(sentence, end, lexicon, context)
        if org is None:
            org = cluster_before(sentence, end, tokens, lexicon)  # 内科片区|科主任
        if org is None:
            org = body_before_de(sentence, end, tokens, lexicon, context.home)  # 来自某卫生室的|乡村医生
        org = this_one(sentence, end, org, lexicon, context)
        org = _own_unit(org, lexicon, context.home)  # 曾任医院外科主任: the issue hospital's 外科
        if org is not None and context.group and org.text.startswith(GROUP_REFERENCES):
            ref = next(r for r in sorted(GROUP_REFERENCES, key=len, reverse=True) if org.text.startswith(r))
            regrouped = resolve_org(context.group + org.text[len(ref) :], lexicon, context.home)
            if regrouped is not None:  # 集团人力资源部 → the group's department
                org = OrgMention(org.start, org.end, org.text, regrouped.name, regrouped.kind, regrouped.parent)
        if org is None and context.group:
            for ref in GROUP_REFERENCES:
                before = sentence[end - len(ref) - 1 : end - len(ref)] or "，"
                if sentence.endswith(ref, 0, end) and (not is_cjk(before) or before in lexicon.boundary_words):
                    org = OrgMention(end - len(ref), end, ref, context.group, "group")
                    break
        if org is None or org.start < floor:
            return None
        return org

    previous_unit: tuple[str, OrgMention] | None = None  # (title, unit) of the last chain held in a unit
    previous_titles: set[str] = set()  # the titles of the last chain read
    community: OrgMention | None = None  # the 医共体/集团 whose 总院长 the sentence named

    def emit_chain(names: list[tuple[int, int]]) -> None:
        nonlocal previous_chain_org, previous_unit, community, previous_titles
        head = chain[0][3]
        if head is not None and previous_chain_org is not None and previous_chain_org[1] is not None:
            # 江州医院心内科主任医师甲、内分泌科主任医师乙: 乙's bare unit is the same hospital's
            before = previous_chain_org[1]
            unit = unit_of(before, head, lexicon, context.home)
            if unit is not None and sentence[previous_chain_org[0] : head.start] in ("、", "，"):
                chain[0] = (*chain[0][:3], unit)  # 某医院副院长甲，医务处处长乙: the same institution's unit
        first_org = next((c[3] for c in chain if c[3] is not None and c[3] is not NO_ORG), None)
        chain_org = institution(first_org)  # 首席专家、消化内科主任医师某: the hospital's, not the department's
        if other_body_later(chain, first_org, lexicon):
            chain_org = None  # 名誉院长、中国工程院院士某: the academy's 院士 only, not its 名誉院长
        if chain[0][3] is None and previous_chain_org is not None:
            gap = sentence[previous_chain_org[0] : chain[0][0]]
            if gap in {"，", "；", "、", ","}:
                chain_org = previous_chain_org[1]
                if previous_unit is not None and gap == "、" and chain[0][2] == _DEPUTY + previous_unit[0]:
                    chain_org = previous_unit[1]  # 护理部主任甲、副主任乙: the deputy of the same unit
                elif previous_unit is not None and gap == "、" and lexicon.title_category(chain[0][2]) == "clinical":
                    chain_org = previous_unit[1]  # 感染一科医师甲、护士乙: the list goes on in the department (§5)
                if community is not None and chain[0][2].endswith(_COMMUNITY_HEAD):
                    chain_org = community  # 医共体总院长甲，常务副总院长乙: the community's posts, not the hospital's
            elif deputy_goes_on(previous_titles, [c[2] for c in chain], gap):  # 主任甲出席并讲话，副主任乙主持
                deputy_of_unit = previous_unit is not None and _DEPUTY + previous_unit[0] in [c[2] for c in chain]
                chain_org = previous_unit[1] if previous_unit is not None and deputy_of_unit else previous_chain_org[1]
        for name_start, name_end in names:
            current = chain_org if chain[0][3] is None else None
            borrowed = current is not None
            for _s, _e, title, org in chain:
                if org is NO_ORG or (org is None and title.startswith(_OCCASION_COMMITTEES)):
                    # a rank such as 省级优秀专家, or 组委会副主任: no organization holds it (§3's exception)
                    found.append(PersonMention(sentence[name_start:name_end], title, None, name_start, name_end))
                    continue
                if org is not None:
                    current, borrowed = org, False
                held = hospital_of_head(title, current) if org is None else current  # 心内科主任、副院长某
                if org is None and borrowed and first_org is not None and first_org.kind == "department" and is_job(title):
                    held = first_org  # 驻点医生、急诊科主治医师某: the job is done in the unit the chain names (§5)
                found.append(
                    PersonMention(sentence[name_start:name_end], title, held or None, name_start, name_end,
                                  inherited=borrowed)
                )
                if current is not None and is_team(current):
                    current = None  # 医疗队领队、副院长某: a team's post, the next bare post is not the team's
        community = next(
            (c[3] for c in chain if c[3] is not None and c[3].kind in {"association", "group"}
             and c[2].endswith(_COMMUNITY_HEAD)), community,
        )
        hospital_level = next(
            (c[3] for c in chain if c[3] is not None and c[3].kind in {"hospital", "group", "government"}),
            chain_org if chain_org is not None else first_org,
        )
        previous_chain_org = (names[-1][1], hospital_level)
        previous_titles = {c[2] for c in chain}
        previous_unit = (chain[-1][2], first_org) if first_org is not None and first_org.kind == "department" else None

    row = numbered_row_people(sentence, lexicon, context)  # 1．某某　某医院某科主任、副主任医师
    rows, rows_end = ([], 0) if row else bracketed_row_people(sentence, lexicon, context)  # 甲某某医院主任医师（内科学）…
    found.extend(
        row or rows or profile_people(sentence, tokens, lexicon, context) or held_posts(sentence, tokens, lexicon, context)
        or clause_held_posts(sentence, tokens, lexicon, context)  # 骨科专家甲，曾任某科副主任
    )
    used.extend((m.start, m.end) for m in found)
    if row or rows:
        used.append((0, rows_end if rows else len(sentence)))  # the rows are read whole: their posts hold no other name
    index = 0
    while index < len(titles):
        start, end, title = titles[index]
        if used.covers(start):
            index += 1
            continue
        floor = chain[-1][1] if chain else (used[-1][1] if used else 0)
        if chain:
            note = _POST_NOTE.match(sentence, chain[-1][1], start)  # 副院长（分管护理）、主任护师某某: a note on the post
            gap = sentence[note.end() if note else chain[-1][1] : start]
            lead = note.end() if note else chain[-1][1]
            described: list[tuple[int, int]] = []
            if gap[:1] in _CHAIN_JOINERS:  # 教授、省级优秀专家、住培办主任: a rank in the chain, of no unit
                lead, described = past_descriptors(sentence, lead + 1, start, lexicon)
                lead += len(_NOW_HOLDS) if sentence.startswith(_NOW_HOLDS, lead) else 0  # 原A副主任，现任B主任某某
                if sentence.startswith(FORMER, lead) and (past := org_for(start, chain[-1][1])) is not None and (
                    past.start == lead + len(FORMER)
                ):
                    lead += len(FORMER)  # 院史馆馆长、原护理部主任某某: a past post in the chain (原某医院 is read with 原)
                lead = past_sitting(sentence, lead)  # 院长、第十四届全国人大代表某某: the sitting is no unit
                lead = past_described(sentence, lead, start, lexicon) if gap[:1] == "、" else lead  # 、已届退休年龄的…
            stripped = without_ethnicity(sentence[lead:start])  # 副主任鄂伦春族护士长: the person's people, no unit
            if described and (stripped == "" or org_starts(org_for(start, chain[-1][1]), lead)):
                chain.extend((a, b, sentence[a:b], NO_ORG) for a, b in described
                             if not sentence[a:b].endswith(_MEMBERSHIPS))  # 民盟盟员: a party, no post
            predicate = gap.startswith(("，", ",")) and _after_verb(  # 甲任联络站站长，市人大代表、…乙: the next person's chain
                sentence, chain[0][3].start if chain[0][3] else chain[0][0], lexicon
            )
            if gap == "" or (stripped == "" and not predicate):
                chain.append((start, end, title, None))
            else:
                org = org_for(start, chain[-1][1])
                over_comma = gap[:1] != "、"
                if (
                    gap[:1] in _CHAIN_JOINERS
                    and org is not None
                    and org.start == lead
                    and not (over_comma and _after_verb(sentence, chain[0][3].start if chain[0][3] else chain[0][0], lexicon))
                    and not (over_comma and _COUNTED.search(sentence, 0, chain[0][0]) is not None)  # 16名医生，某中心主任甲
                ):
                    own = next((c[3] for c in reversed(chain) if c[3] is not None and c[3] is not NO_ORG), None)
                    before = own or continued_body(previous_chain_org, sentence, chain[0][0])  # 、副队长兼训练部部长
                    chain.append((
                        start, end, title,
                        committee_department(chain[-1][2], before, org, lexicon, own is not None)  # 县委常委、宣传部部长
                        or (placed_body(before, org) if gap[:1] in "、，" else None)
                        or (community_committee(before, org) if gap[:1] == "、" else None)
                        or unit_of(before, org, lexicon, context.home)
                        or standing_body_unit(before, org, sentence, context.seen + context.here, lexicon, context.home) or org,
                    ))
                elif gap[:1] == "、" and org is None and (qualifying_word(stripped) or _named_by_head(stripped, title)):
                    chain.append((start, end, title, None))  # 副院长、论坛执行主席、…: a word for what the post is of
                else:
                    chain = []
        if not chain:
            held = seconded_post(sentence, start, title, found, tokens, lexicon, context.home, context.full_names)
            if held is not None:
                found.append(held)
                used.append((start, end))
                index += 1
                while index < len(titles) and sentence.startswith("、", end):  # 挂任A医院副院长、B委员会副主任
                    next_start, next_end, next_title = titles[index]
                    org = org_before(sentence, next_start, tokens, lexicon, context.home)
                    if next_start != end + 1 and (org is None or org.start != end + 1):
                        break
                    found.append(replace(held, title=next_title, org=org if next_start != end + 1 else held.org))
                    used.append((next_start, next_end))
                    index, end = index + 1, next_end
                continue
            # name before the title: 薛伟民院长, 脊柱微创骨科陈晋伟主任
            if title in lexicon.titles_after_name:
                hit = name_before(sentence, start, tokens, lexicon, context, taken)
                if hit is not None and sentence[hit[0] - 1 : hit[0]] in _OPEN_QUOTES and sentence[end : end + 1] in _CLOSE_QUOTES:
                    hit = None  # “江州好医生”: a quoted name of an honor, not a person
                if hit is not None:
                    name_start, name_end, short, name = hit
                    org = None
                    inherited = False
                    if not short:
                        floor_org = org_for(name_start, floor)
                        if floor_org is None and name_start > 0 and sentence[name_start - 1] == "的":
                            floor_org = org_for(name_start - 1, floor)
                        org = floor_org
                        if org is None and found and used:
                            between = sentence[used[-1][1] : name_start]
                            if between in _ORG_LIST_INHERIT:
                                org, inherited = found[-1].org, True
                    found.append(PersonMention(name, title, org, name_start, name_end, short, inherited))
                    used.append((min(name_start, start), end))
                    index += 1
                    continue
            chain = [(start, end, title, org_for(start, floor))]
        names = name_list(sentence, _after_note(sentence, end), tokens, lexicon, taken)
        if not names:
            names = _after_descriptor(sentence, end, tokens, lexicon, taken)
        if not names and chain and (at := former_holder_at(sentence, _chain_start(chain), end, lexicon)) is not None:
            names = name_list(sentence, at, tokens, lexicon, taken)[:1]  # 曾任外科主任的某某
        names = _own_list(sentence, names, [c[2] for c in chain], context)
        if names:
            emit_chain(names)
            used.append((chain[0][0], names[-1][1]))
            after = lexicon.title_pattern.match(sentence, names[-1][1])
            if len(names) == 1 and after and after.group(0) in lexicon.titles_after_name:
                # 医务处处长曹卫军教授: a title after the name is the same person's
                last = found[-1]
                found.append(
                    PersonMention(last.name, after.group(0), last.org, last.start, last.end, inherited=last.inherited)
                )
                used.append((after.start(), after.end()))
            chain = []
        index += 1
    found += pronoun_posts(sentence, titles, found, tokens, lexicon, context.home)  # ，他同时兼任…书记
    found += capacity_posts(sentence, titles, found, tokens, lexicon, context.home)  # 某某作为某会委员主持
    found += bracketed_posts(sentence, tokens, lexicon, context, [(m.start, m.end) for m in found])  # 甲（某院院长）
    found = [m for m in found if not in_title_marks(sentence, m.start, m.end)]  # 《中国医师宣言》: no person
    for mention in found:
        if not mention.short and mention.name not in context.full_names:
            context.full_names.append(mention.name)
        context.titles.setdefault(mention.name, set()).add(mention.title)
    return found


_HOSPITAL = "医院"


def _own_unit(org: OrgMention | None, lexicon: Lexicon, home: str | None) -> OrgMention | None:
    """A department written after a bare 医院 (医院外科) is the issue hospital's, as after 我院."""
    if org is None or not org.text.startswith(_HOSPITAL) or named_with_hospital(org.text, lexicon.directory):
        return org  # 医院感染管理科: the unit's own name
    rest = org.text[len(_HOSPITAL) :]
    committee = any(rest.endswith(s) and len(s) >= WHOLE_UNIT for s, kind in lexicon.org_kinds if kind == "department")
    if not rest or lexicon.org_kind(rest) != "department" or not committee and any(
        rest.endswith(suffix) for suffix, kind in lexicon.org_kinds if kind != "department"
    ):  # but 医院伦理委员会: the hospital's committee (org_kinds.tsv), a unit named by a long ending
        return org  # 医院公司: the hospital's company, a body of its own kind
    unit = resolve_org("我院" + rest, lexicon, home)
    return OrgMention(org.start, org.end, org.text, unit.name, unit.kind, unit.parent) if unit is not None else org


def _chain_start(chain: list[tuple[int, int, str, OrgMention | None]]) -> int:
    """Where the chain is written, its first unit included (外科|主任)."""
    org = chain[0][3]
    return org.start if org is not None and org is not NO_ORG and org.start < chain[0][0] else chain[0][0]


_NOTE = re.compile(r"[（(](?:[\u4e00-\u9fff]{1,6}|[A-Za-z]{1,6})[）)]")  # 副院长（主持工作）, 主任（兼）, 主要研究者（PI）
_DEPUTY = "副"

_BODY_OWN_CATEGORIES = {"academic", "association"}  # posts an academy, university or society gives
_HOSPITAL_CATEGORIES = {"administrative", "party", "clinical"}


def other_body_later(chain: list[tuple[int, int, str, OrgMention | None]], first_org: OrgMention | None,
                     lexicon: Lexicon) -> bool:
    """名誉院长、中国工程院院士某, 主任医师、某大学教授某: the chain's first organization is written later,
    an academy, university or society before its own academic or society post, while the bare
    posts before it are a hospital's kind: that body holds only the posts written after it."""
    if first_org is None or first_org.kind not in ("university", "association") or chain[0][3] is not None:
        return False
    at = next(i for i, c in enumerate(chain) if c[3] is first_org)
    return lexicon.title_category(chain[at][2]) in _BODY_OWN_CATEGORIES and all(
        lexicon.title_category(c[2]) in _HOSPITAL_CATEGORIES for c in chain[:at]
    )


def is_team(org: OrgMention) -> bool:
    """A team sent out or set up for a task (医疗队, 专家组): its posts (领队, 组长) are its own."""
    return org.kind == "other" and org.name.endswith(("队", "组"))


_ITEM_END = re.compile(r"[、，,]")
_ITEM_ROOM = 16  # characters of a describing item in a chain (享受国务院政府特殊津贴专家)


def _named_by_head(unit: str, title: str) -> bool:
    """护士长、巾帼文明岗岗长某某: a unit whose name ends in its head's first character (…岗|岗长,
    …号|号长): the chain goes on through it."""
    return len(title) == 2 and title[1] == "长" and 3 <= len(unit) <= 8 and unit.endswith(title[0]) and all(
        is_cjk(c) for c in unit
    )


def past_descriptors(sentence: str, at: int, limit: int, lexicon: Lexicon) -> tuple[int, list[tuple[int, int]]]:
    """Where the next post starts after describing items (``省级优秀专家、``, ``长江学者、``)
    written from ``at`` on in a title chain, and the items: each ends in a descriptor word,
    holds no title and is followed by a joiner. ``at`` itself and no items when there is none."""
    items: list[tuple[int, int]] = []
    while at < limit:
        joiner = _ITEM_END.search(sentence, at, min(limit, at + _ITEM_ROOM + 1))
        if joiner is None:
            break
        item = sentence[at : joiner.start()].strip("“”\"")
        if (
            len(item) < 2 or not all(is_cjk(c) for c in item)
            or not item.endswith(lexicon.person_descriptors) or lexicon.title_pattern.search(item)
        ):
            break
        items.append((at, joiner.start()))
        at = joiner.end()
    return at, items


def _after_descriptor(
    sentence: str, end: int, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """原院长、退休老专家某某: the names after a describing item that is not a post."""
    if not sentence.startswith("、", end):
        return []
    if (age := _AGE_OF.match(sentence, end + 1)) is not None:  # 院长、主任医师、九十四岁高龄的某某老人
        return name_list(sentence, age.end(), tokens, lexicon, blocked)
    item = sentence[end + 1 : end + 1 + _DESCRIPTOR_ROOM]
    for word in lexicon.person_descriptors:
        at = item.find(word)
        if at < 0 or not all(is_cjk(c) or c in _QUOTES for c in item[: at + len(word)]):
            continue
        if lexicon.title_pattern.search(item, 0, at + len(word)):
            continue
        names = name_list(sentence, end + 1 + at + len(word), tokens, lexicon, blocked)
        if names:
            return names
    return []


def _own_list(
    sentence: str, names: list[tuple[int, int]], titles: list[str], context: ArticleContext
) -> list[tuple[int, int]]:
    """院长甲与乙共同…: a name joined by 与/和/及 that the article already gave other titles is not in the list."""
    for index in range(1, len(names)):
        joiner = sentence[names[index - 1][1] : names[index][0]]
        name = sentence[names[index][0] : names[index][1]]
        known = context.titles.get(name)
        if joiner != "、" and known and not known & set(titles):
            return names[:index]
    return names


_DESCRIPTOR_ROOM = 20  # characters of a describing item (退休老专家, 全国劳动模范, 市级非遗“某某术”代表性传承人)
_QUOTES = "“”《》"  # a describing item may quote a name (非遗“某某术”传承人)
_AGE_OF = re.compile(  # an age written as the last item of a chain, before the name (九十四岁高龄的, 年过九旬的)
    r"(?:现年|年近|年逾|已)?[0-9一二三四五六七八九十百]{1,4}(?:周)?岁(?:高龄)?的|年(?:过|近|逾)[六七八九]旬的"
)


def _after_note(sentence: str, end: int) -> int:
    """Where a name may start after a title: past a short bracketed note on the post."""
    note = _NOTE.match(sentence, end)
    return note.end() if note else end


_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十百两几多余]+[名位]$")
"""A numeral and a measure word before a title (16名医生, 两位专家): a number of people, whose
title no chain goes on from over a comma to the next body's post."""


def _after_verb(sentence: str, head: int, lexicon: Lexicon) -> bool:
    """The chain's head follows a verb (当选副理事长，…; 任医共体党委书记，…), maybe past a short
    unit word: it is a predicate, not a name's prefix."""
    for gap in range(0, _PREDICATE_ROOM + 1):
        at = head - gap
        if at <= 0 or (gap and not is_cjk(sentence[at])):
            break
        before = sentence[max(0, at - 3) : at]
        if lexicon.title_ending(sentence[max(0, at - 4) : at]):
            continue  # 主任|…: the 任 of a title
        if bool(before) and is_cjk(before[-1]) and any(
            before.endswith(cue) for cue, _action, _shape in lexicon.appointment_cues
        ) or before.endswith(("担任", "任", "为", "是", *ASSIGNED)):
            return True
    return False


_PREDICATE_ROOM = 4  # characters of a unit word between the verb and the post (任|医共体|党委书记)
