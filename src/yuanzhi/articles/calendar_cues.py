"""Years an issue's text fixes by the calendar without printing them: counted recurring
events (第七个中国医师节, 新中国成立75周年; lexicon/anniversaries.tsv), five-year plans
(“十四五”收官之年; five_year_plans.tsv), sexagenary years (乙巳蛇年), a class finishing
after its intake year (2021级住培学员结业, 经过三年; cohorts.tsv) and a festival glossed
with its date (除夕（1月28日）, 10月11日重阳节; lunar_festivals.tsv, which also gives a
lunar festival's month in a given year), congress sessions by term and plenums
(sessions.tsv), a yearly day's theme (anniversaries.tsv) and 建院一个甲子 (sixty years).
Cycles (马年, 乙巳年, a festival's date) are read nearest the years the rest fixes.

Pure finders returning :class:`date_cues.YearCue`; :mod:`dating` weighs them with the
printed years (and checks weekdays printed beside dates itself).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import NUM, alternation, cn_number, cue_quote
from .date_cues import CueKind, YearCue, year_value
from .role_lexicon import cell_names, lexicon_rows, whole_number

ANNIVERSARY_WEIGHT = 3.0  # 第七个中国医师节: the event is the news
PLAN_WEIGHT, PLAN_PREPARE_WEIGHT = 3.0, 1.5
SEXAGENARY_WEIGHT = 2.0  # 乙巳蛇年: the lunar year straddles two Gregorian ones
COHORT_WEIGHT = 2.0
GLOSS_WEIGHT = 2.0  # 除夕（1月28日）
OWN_ANNIVERSARY_WEIGHT = 2.0  # 建院七十周年 with 始建于1954年
ZODIAC_WEIGHT = 1.0  # 蛇年 alone: the twelve-year cycle nearest the years printed
ACADEMIC_WEIGHT = 2.0  # 表彰2023—2024学年优秀带教老师: after the school year, in its last year
SESSION_WEIGHT = 1.0  # 学习党的二十届三中全会精神: held that year, studied then or later
THEME_WEIGHT = 2.0  # 今年世界卫生日的主题是…: the theme is that year's
THEME_REACH = 30  # characters after the day's name where its theme is sought
JIAZI = 60  # 建院一个甲子: sixty years

_SQUEEZE = re.compile(r"[\s“”\"「」『』‘’']+")
_STEMS, _BRANCHES, _ANIMALS = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥", "鼠牛虎兔龙蛇马羊猴鸡狗猪"
_SEXAGENARY = re.compile(rf"(?P<s>[{_STEMS}])(?P<b>[{_BRANCHES}])(?P<a>[{_ANIMALS}])?年")
_ZODIAC = re.compile(rf"(?<![{_STEMS}][{_BRANCHES}])(?P<a>[{_ANIMALS}])年(?!马月)")
_ENDING_AFTER = re.compile(r"(?:即将|就要|快要|已经)?(?:过去|结束|落幕|接近尾声|画上句号)|岁末|将尽")
_ENDING_BEFORE = re.compile(r"(?:辞别|告别|送别|送走)$")


def _lunar_kind(text: str, start: int, end: int) -> CueKind:
    """A lunar year ending (甲辰龙年即将过去, 告别甲辰龙年) is reviewed: the issue is of its
    last Gregorian months or the year after; else it is the year itself or, named in
    November or December, the one ahead."""
    if _ENDING_AFTER.match(text, end) or _ENDING_BEFORE.search(text[max(0, start - 3) : start]):
        return "previous"
    return "lunar"
_CN_YEAR = r"(?P<y>(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3})年"
_FOUNDED = re.compile(
    rf"(?:始建于|建于|创建于|创办于|成立于|建院于|组建于|创立于|始创于|创刊于){_CN_YEAR}"
    rf"|{_CN_YEAR.replace('?P<y>', '?P<y2>')}(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:正式)?"
    rf"(?:建院|始建|创建|创办|成立|组建|创立|创刊)(?!{NUM}周年)"
)
# the hospital's own anniversaries (and its paper's: 本报创刊30周年 with 于1995年11月创刊)
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}年(?:在|是|为|的|正值|恰逢|适逢)?$")  # 2015年抗战胜利70周年时: history
_ANNIVERSARY_WORDS = r"(?:建院|院庆|建科|建所|建站|办院|创院|创刊|建报|办报)"
PLAIN_ANNIVERSARY_WEIGHT = 1.0  # 改革开放四十年, 建党百年: N年 is said of an anniversary, and of one past
_OWN_ANNIVERSARY = re.compile(rf"{_ANNIVERSARY_WORDS}(?:(?P<n>{NUM})周年|(?:一个|一)?(?P<jiazi>甲子))")
# 2015年建院60周年时: an earlier anniversary with its year is history that fixes the founding year
_DATED_ANNIVERSARY = re.compile(
    rf"{_CN_YEAR}[^。；，、0-9]{{0,4}}?{_ANNIVERSARY_WORDS}(?P<n>{NUM})周年"
)
_AROUND = r"前|后|将|期间|假期|来临|到来|之际|临近|过后|放假"  # 春节前夕: not the festival's day
_ACADEMIC = re.compile(
    r"(?<!\d)(?P<a>(?:19|20)\d{2})\s*年?\s*[-—–~～至]\s*(?P<b>(?:19|20)\d{2})\s*学年(?:度)?"
    r"(?=[^。；！？]{0,12}(?:优秀|先进|表彰|评选|考核|总结|奖学金|标兵|十佳))"
)
_COHORT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})级")
_FINISH = re.compile(r"结业|毕业|出站|完成培训|圆满完成")
_LENGTH = re.compile(rf"(?:经过|历经|为期|经|学制)(?P<n>{NUM})年")
PHASES = ("first", "last", "closed", "prepare", "since")
_RELATIVE = {"明年": 1, "后年": 2, "今年": 0, "去年": -1}
_RELATIVE_BEFORE = re.compile(r"(明年|后年|今年|去年)(?:将|就|即将|也)?(?:是|为|迎来)?$")


def _relative_before(text: str, start: int) -> str:
    found = _RELATIVE_BEFORE.search(text[max(0, start - 6) : start])
    return found.group(1) if found else ""
COHORT_WINDOW = 80  # characters after 2021级 where its finishing and length are sought


@dataclass(frozen=True)
class Calendar:
    counted: tuple[tuple[int, int | None, re.Pattern[str]], ...]  # (base year, month, pattern with group n)
    plans: tuple[tuple[str, int, int], ...]  # (name, first year, last year)
    phases: tuple[tuple[str, str], ...]  # (which, word)
    lunar: dict[str, dict[int, dt.date]]  # festival -> year -> its Gregorian date
    days: tuple[tuple[str, int, str], ...]  # (festival, offset from it, name)
    cohorts: tuple[tuple[int, str], ...]  # (years, programme name)
    sessions: tuple[tuple[int, re.Pattern[str]], ...] = ()  # (year held, names)
    terms: tuple[tuple[int, int, int, int, re.Pattern[str]], ...] = ()  # (number, its year, years, month, forms)
    themes: tuple[tuple[int, str, str], ...] = ()  # (year, day's names as a pattern, theme without punctuation)


@lru_cache(maxsize=1)
def default_calendar() -> Calendar:
    return load_calendar(resources.files(__package__).joinpath("lexicon"))


def load_calendar(directory: Traversable) -> Calendar:
    """anniversaries.tsv, five_year_plans.tsv, lunar_festivals.tsv, cohorts.tsv and
    sessions.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    counted: list[tuple[int, int | None, re.Pattern[str]]] = []
    themes: list[tuple[int, str, str]] = []
    path = str(directory.joinpath("anniversaries.tsv"))
    for number, line in lexicon_rows(directory, "anniversaries.tsv"):
        cols = line.split("\t")
        if cols[0] == "theme" and len(cols) == 4 and _bare(cols[3]):
            themes.append((whole_number(path, number, cols[1], "year"), alternation(cell_names(path, number, cols[2])), _bare(cols[3])))
            continue
        if len(cols) != 4 or cols[0] not in ("ordinal", "anniversary") or not re.fullmatch(r"-|[1-9]|1[0-2]", cols[2]):
            raise LexiconError(path, number, "expected 'ordinal|anniversary<TAB>base year<TAB>month 1-12 or -<TAB>names'")
        names = alternation(cell_names(path, number, cols[3]))
        form = (
            rf"第(?P<n>{NUM})[个届次](?:{names})" if cols[0] == "ordinal"
            else rf"(?:{names})(?P<n>{NUM})(?:周年|华诞|岁生日|(?P<plain>年)(?![代度级]))"
        )
        month = None if cols[2] == "-" else int(cols[2])
        counted.append((whole_number(path, number, cols[1], "base year"), month, re.compile(form)))
    plans: list[tuple[str, int, int]] = []
    phases: list[tuple[str, str]] = []
    path = str(directory.joinpath("five_year_plans.tsv"))
    for number, line in lexicon_rows(directory, "five_year_plans.tsv"):
        cols = line.split("\t")
        if cols[0] == "plan" and len(cols) == 4:
            first, last = whole_number(path, number, cols[1], "first year"), whole_number(path, number, cols[2], "last year")
            if last < first:
                raise LexiconError(path, number, "the last year is before the first")
            plans.append((cols[3].strip(), first, last))
        elif cols[0] == "phase" and len(cols) == 3 and cols[1] in PHASES:
            phases.extend((cols[1], word) for word in cell_names(path, number, cols[2]))
        else:
            raise LexiconError(path, number, f"expected 'plan<TAB>first<TAB>last<TAB>name' or 'phase<TAB>{'|'.join(PHASES)}<TAB>words'")
    lunar, days = _load_lunar(directory)
    cohorts: list[tuple[int, str]] = []
    path = str(directory.joinpath("cohorts.tsv"))
    for number, line in lexicon_rows(directory, "cohorts.tsv"):
        years, sep, names = line.partition("\t")
        if not sep:
            raise LexiconError(path, number, "expected 'years<TAB>names'")
        cohorts.extend((whole_number(path, number, years, "years"), name) for name in cell_names(path, number, names))
    sessions: list[tuple[int, re.Pattern[str]]] = []
    terms: list[tuple[int, int, int, int, re.Pattern[str]]] = []
    path = str(directory.joinpath("sessions.tsv"))
    for number, line in lexicon_rows(directory, "sessions.tsv"):
        if line.startswith("term"):
            terms.append(_term(path, number, line.split("\t")))
            continue
        year, sep, names = line.partition("\t")
        if not sep:
            raise LexiconError(path, number, "expected 'year<TAB>names'")
        sessions.append((whole_number(path, number, year, "year"), re.compile(alternation(cell_names(path, number, names)))))
    return Calendar(
        tuple(counted), tuple(plans), tuple(phases), lunar, days, tuple(cohorts), tuple(sessions), tuple(terms), tuple(themes)
    )


_PUNCT = re.compile(r"[^\w]+")


def _bare(text: str) -> str:
    """Text without punctuation or spaces (我的健康，我的权利 → 我的健康我的权利)."""
    return _PUNCT.sub("", text)


def _term(path: str, number: int, cols: list[str]) -> tuple[int, int, int, int, re.Pattern[str]]:
    """term<TAB>number<TAB>its year<TAB>years<TAB>month<TAB>names: 第十四届全国人民代表大会
    第二次会议, 全国政协十四届二次会议, 十四届全国人大二次会议."""
    if len(cols) != 6 or not re.fullmatch(r"[1-9]|1[0-2]", cols[4]):
        raise LexiconError(path, number, "expected 'term<TAB>number<TAB>year<TAB>years<TAB>month 1-12<TAB>names'")
    first, year, years = (whole_number(path, number, cols[i], what) for i, what in ((1, "number"), (2, "year"), (3, "years")))
    body = alternation(cell_names(path, number, cols[5]))
    term, session = rf"第?(?P<t>{NUM})届", rf"第?(?P<k>{NUM})次(?:全体)?会议"
    forms = re.compile(rf"{term}(?:{body}){session}|(?:{body}){term.replace('?P<t>', '?P<t2>')}{session.replace('?P<k>', '?P<k2>')}")
    return first, year, years, int(cols[4]), forms


def _load_lunar(directory: Traversable) -> tuple[dict[str, dict[int, dt.date]], tuple[tuple[str, int, str], ...]]:
    path = str(directory.joinpath("lunar_festivals.tsv"))
    columns: list[str] = []
    lunar: dict[str, dict[int, dt.date]] = {}
    days: list[tuple[str, int, str]] = []
    usage = "expected 'columns<TAB>festival…', 'day<TAB>festival<TAB>offset<TAB>names' or 'YYYY<TAB>MM-DD…'"
    for number, line in lexicon_rows(directory, "lunar_festivals.tsv"):
        cols = line.split("\t")
        if cols[0] == "columns" and len(cols) > 1:
            columns = cols[1:]
            lunar = {festival: {} for festival in columns}
        elif cols[0] == "day" and len(cols) == 4 and cols[1] in lunar:
            offset = whole_number(path, number, cols[2], "offset")
            days.extend((cols[1], offset, name) for name in cell_names(path, number, cols[3]))
        elif re.fullmatch(r"\d{4}", cols[0]) and len(cols) == len(columns) + 1 and columns:
            for festival, text in zip(columns, cols[1:], strict=True):
                try:
                    month, _, day = text.partition("-")
                    lunar[festival][int(cols[0])] = dt.date(int(cols[0]), int(month), int(day))
                except ValueError:
                    raise LexiconError(path, number, f"{text!r} is no MM-DD date") from None
        else:
            raise LexiconError(path, number, usage)
    return lunar, tuple(days)


# ---------------------------------------------------------------- finders


def squeeze(text: str) -> str:
    """The text without spaces, line breaks and quotes (第七个“中国医师\\n节”)."""
    return _SQUEEZE.sub("", text)


def counted_cues(text: str, cal: Calendar) -> list[YearCue]:
    """第七个中国医师节 → 2024 (an August event: in an issue of June or earlier it is the
    year before's); 新中国成立75周年 → 2024 (celebrated all year); 2015年抗战胜利70周年时
    is history with its year printed (only a floor)."""
    out = []
    for base, month, pattern in cal.counted:
        for match in pattern.finditer(text):
            n = cn_number(match.group("n"))
            if n and 1900 <= base + n <= 2100:
                if _YEAR_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                    out.append(YearCue(base + n, "past", 0.0, cue_quote(match.group(0)), match.start()))
                elif match.groupdict().get("plain"):  # a vote without a floor
                    out.append(YearCue(base + n, "about", PLAIN_ANNIVERSARY_WEIGHT, cue_quote(match.group(0)), match.start()))
                else:
                    out.append(YearCue(base + n, "current", ANNIVERSARY_WEIGHT, cue_quote(match.group(0)), match.start(), month))
    return out


def plan_cues(text: str, cal: Calendar) -> list[YearCue]:
    """“十四五”收官之年 → 2025; 谋划“十五五” → 2025; “十四五”以来 → not before 2021."""
    out: list[YearCue] = []
    if not cal.plans:
        return out
    names = alternation([name for name, _, _ in cal.plans])
    spans = {name: (first, last) for name, first, last in cal.plans}
    after = alternation([w for which, w in cal.phases if which != "prepare"])
    before = alternation([w for which, w in cal.phases if which == "prepare"])
    which_of = {w: which for which, w in cal.phases}
    patterns = [re.compile(rf"(?P<plan>{names})(?:规划|发展规划|时期|期间)?[^。；！？，,]{{0,6}}?(?P<w>{after})")]
    if before:
        patterns.append(re.compile(rf"(?P<w>{before})(?:新一轮|下一个|好|的)?(?P<plan>{names})"))
    for pattern in patterns:
        for match in pattern.finditer(text):
            first, last = spans[match.group("plan")]
            which = which_of[match.group("w")]
            readings: dict[str, tuple[int, CueKind, float]] = {
                "first": (first, "current", PLAN_WEIGHT),
                "last": (last, "current", PLAN_WEIGHT),
                "closed": (last, "previous", PLAN_WEIGHT),
                "prepare": (first - 1, "about", PLAN_PREPARE_WEIGHT),
                "since": (first, "past", 0.0),
            }
            year, kind, weight = readings[which]
            year -= _RELATIVE.get(_relative_before(text, match.start()), 0)  # 明年是“十五五”开局之年
            out.append(YearCue(year, kind, weight, cue_quote(match.group(0)), match.start()))
    return out


def sexagenary_cues(text: str, anchor: int | None) -> list[YearCue]:
    """乙巳年 / 乙巳蛇年 → 2025: the Gregorian year its Spring Festival falls in, in the
    sixty-year cycle nearest ``anchor`` (another year the issue prints; else 1984-2043)."""
    out = []
    for match in _SEXAGENARY.finditer(text):
        stem, branch = _STEMS.index(match.group("s")), _BRANCHES.index(match.group("b"))
        if stem % 2 != branch % 2 or (match.group("a") and _ANIMALS.index(match.group("a")) != branch):
            continue
        k = next(k for k in range(60) if k % 10 == stem and k % 12 == branch)
        year = 1984 + k
        if anchor is not None:
            year = min((year + 60 * m for m in (-2, -1, 0, 1)), key=lambda y: abs(y - anchor))
        kind = _lunar_kind(text, match.start(), match.end())
        out.append(YearCue(year, kind, SEXAGENARY_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def zodiac_cues(text: str, anchor: int | None) -> list[YearCue]:
    """蛇年 alone → the snake year nearest ``anchor`` (a year the issue prints; 2024年度 and
    蛇年新春 → 2025); nothing without an anchor, nor in 猴年马月."""
    out: list[YearCue] = []
    if anchor is None:
        return out
    for match in _ZODIAC.finditer(text):
        branch = _ANIMALS.index(match.group("a"))
        year = min((y for y in range(anchor - 6, anchor + 7) if (y - 4) % 12 == branch), key=lambda y: (abs(y - anchor), -y))
        kind = _lunar_kind(text, match.start(), match.end())
        out.append(YearCue(year, kind, ZODIAC_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def own_anniversary_cues(text: str, taken: tuple[tuple[int, int], ...] = ()) -> list[YearCue]:
    """建院七十周年 with 始建于1954年 printed (the founding year nearest it) → 2024; not an
    anniversary within ``taken`` (spans of an event outside the hospital: 建团102周年)."""
    founded = [(m.start(), year_value(m.group("y") or m.group("y2"))) for m in _FOUNDED.finditer(text)]
    dated = list(_DATED_ANNIVERSARY.finditer(text))
    for m in dated:
        past = cn_number(m.group("n"))
        if past:
            founded.append((m.start(), year_value(m.group("y")) - past))
    out = []
    for match in _OWN_ANNIVERSARY.finditer(text):
        n = JIAZI if match.group("jiazi") else cn_number(match.group("n") or "")
        if not founded or not n or any(d.start() <= match.start() < d.end() for d in dated):
            continue  # no founding year known, or an anniversary of a year printed before it
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue  # the anniversary of a national or world event (lexicon), not the hospital's
        _, year = min(founded, key=lambda f: abs(f[0] - match.start()))
        out.append(YearCue(year + n, "current", OWN_ANNIVERSARY_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def session_cues(text: str, cal: Calendar) -> list[YearCue]:
    """党的二十届三中全会 → 2024 (sessions.tsv): the issue is that year or later."""
    out = []
    for year, pattern in cal.sessions:
        for match in pattern.finditer(text):
            out.append(YearCue(year, "current", SESSION_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def term_cues(text: str, cal: Calendar) -> list[YearCue]:
    """第十四届全国人民代表大会第二次会议 → 2024 (the 14th opened in 2023): held that year."""
    out = []
    for first, year, years, month, forms in cal.terms:
        for match in forms.finditer(text):
            term, session = cn_number(match.group("t") or match.group("t2")), cn_number(match.group("k") or match.group("k2"))
            if term and session and term >= first and 1 <= session <= years:
                held = year + (term - first) * years + session - 1
                out.append(YearCue(held, "current", SESSION_WEIGHT, cue_quote(match.group(0)), match.start(), month))
    return out


def theme_cues(text: str, cal: Calendar) -> list[YearCue]:
    """今年世界卫生日的主题是“我的健康，我的权利” → 2024: a yearly day's theme is its year's."""
    out: list[YearCue] = []
    bare = _bare(text)
    for year, names, theme in cal.themes:
        for match in re.finditer(names, bare):
            if theme in bare[match.end() : match.end() + THEME_REACH + len(theme)]:
                out.append(YearCue(year, "about", THEME_WEIGHT, cue_quote(match.group(0) + theme), match.start()))
    return out


def academic_cues(text: str) -> list[YearCue]:
    """Honours of a school year (表彰2023—2024学年优秀带教老师) come when it has ended: the
    issue is of its last year (from its summer on), a vote without a floor."""
    out = []
    for match in _ACADEMIC.finditer(text):
        first, last = int(match.group("a")), int(match.group("b"))
        if last == first + 1:
            out.append(YearCue(last, "about", ACADEMIC_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def cohort_cues(text: str, cal: Calendar) -> list[YearCue]:
    """2021级 is a class's intake: the issue is that year or later; a class finishing
    (结业, 毕业) after N years (经过三年, or its programme's usual length) dates the issue."""
    out = []
    for match in _COHORT.finditer(text):
        year = int(match.group("y"))
        out.append(YearCue(year, "past", 0.0, cue_quote(match.group(0)), match.start()))
        window = text[match.end() : match.end() + COHORT_WINDOW]
        finish = _FINISH.search(window)
        if not finish:
            continue
        length_match = _LENGTH.search(window)
        length = cn_number(length_match.group("n")) if length_match else None
        if length is None:
            length = next((years for years, name in cal.cohorts if name in window), None)
        quote = cue_quote(match.group(0) + window[: finish.end()])
        if length and 1 <= length <= 10:
            out.append(YearCue(year + length, "current", COHORT_WEIGHT, quote, match.start()))
        else:  # a class finishing is at least a year past its intake
            out.append(YearCue(year + 1, "past", 0.0, quote, match.start()))
    return out


def gloss_cues(text: str, cal: Calendar, anchor: int | None = None, floor: int | None = None) -> list[YearCue]:
    """除夕（1月28日）, 春节是1月29日, 10月11日重阳节 → the year the festival falls on that day (2025,
    2024); a festival returns to a date every 19 years or so: of those, the nearest
    ``anchor``, else the first not before ``floor`` (a year named as history), else none.
    Not 1月20日春节前夕: a day before or after the festival is no gloss of it."""
    out: list[YearCue] = []
    if not cal.days:
        return out
    names = alternation([name for _, _, name in cal.days])
    named = {name: (festival, offset) for festival, offset, name in cal.days}
    date = r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[（(]?[，,]?(?:星期|礼拜|周)(?P<w>[一二三四五六日天])[)）]?)?"
    second = date.replace("?P<m>", "?P<m2>").replace("?P<d>", "?P<d2>").replace("?P<w>", "?P<w2>")
    pattern = re.compile(
        rf"(?:(?P<f>{names})(?:当天|当日|这天)?(?:是|为|在)?[（(]?{date}(?![至到—–\-~～])|{second}"
        rf"[，,]?(?:是|为|即)?(?:农历[^，。；]{{0,6}})?(?P<f2>{names})(?!节?(?:{_AROUND})))"
    )
    for match in pattern.finditer(text):
        festival, offset = named[match.group("f") or match.group("f2")]
        month, day = int(match.group("m") or match.group("m2")), int(match.group("d") or match.group("d2"))
        shift = dt.timedelta(days=offset)
        weekday = match.group("w") or match.group("w2")  # 10月11日（星期五）是重阳节: only its years
        wanted = "一二三四五六日".index(weekday.replace("天", "日")) if weekday else None
        years = [
            y for y, when in cal.lunar[festival].items()
            if ((when + shift).month, (when + shift).day) == (month, day) and wanted in (None, (when + shift).weekday())
        ]
        if anchor is not None and years:
            years = [min(years, key=lambda y: (abs(y - anchor), y))]
        elif floor is not None:
            years = [min((y for y in years if y >= floor), default=0)]
        if len(years) == 1 and years[0]:  # (a weekday that leaves one year needs no anchor)
            out.append(YearCue(years[0], "about", GLOSS_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def festival_month(word: str, year: int, cal: Calendar | None = None) -> int | None:
    """The month a lunar festival named ``word`` (春节, 元宵节, 中秋) falls in ``year``, from
    the table; None for another word or a year the table lacks."""
    cal = cal or default_calendar()
    festival, offset = next(((f, o) for f, o, name in cal.days if name == word), (None, 0))
    if festival is None or year not in cal.lunar[festival]:
        return None
    return (cal.lunar[festival][year] + dt.timedelta(days=offset)).month


def calendar_cues(
    text: str, anchor: int | None = None, cal: Calendar | None = None, floor: int | None = None
) -> list[YearCue]:
    """Every calendar cue in ``text`` (positions are in its squeezed form). ``anchor`` is
    the latest year the issue names other than as history, ``floor`` the latest it names
    as history (建院于1958年): they choose among the cycles of 干支, zodiac and festival."""
    cal = cal or default_calendar()
    flat = squeeze(text)
    counted = counted_cues(flat, cal)
    taken = tuple((c.start, c.start + len(c.quote)) for c in counted)
    fixed = [
        *counted,
        *plan_cues(flat, cal),
        *own_anniversary_cues(flat, taken),
        *session_cues(flat, cal),
        *term_cues(flat, cal),
        *theme_cues(text, cal),
        *academic_cues(flat),
        *cohort_cues(flat, cal),
    ]
    # the cycles (马年, 乙巳年, a festival's date) are read nearest what the calendar already fixes
    dated = [c.year for c in fixed if c.kind in ("current", "about")]
    anchor = max([*dated, *([anchor] if anchor is not None else [])], default=None)
    cycles = [*sexagenary_cues(flat, anchor), *zodiac_cues(flat, anchor), *gloss_cues(flat, cal, anchor, floor)]
    return sorted([*fixed, *cycles], key=lambda c: c.start)
