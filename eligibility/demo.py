"""Deterministic fictional people for the bundled demo roster, tests and benchmarks.

Every person is made up: names are drawn at random from lists of common names, IDs follow the look of
real numbering schemes with values no agency issues in this form, and facts are sampled. The same
``seed`` gives the same people on every run and machine: each person gets its own ``random.Random``
seeded with a string (seeded through SHA-512, never ``hash()``, which varies per process).

The first people are hand-written scenarios, so even a small roster holds the cases a screener must get
right (offense on the 25th or 26th birthday, 29 February birthdays, breaks in custody, life terms without a
minimum, Maryland people without a sentence date ...) and, as of ``DEMO_AS_OF``, every program sees a mix of
eligible, not yet, not eligible, excluded and needs review. The rest are sampled.
"""

from __future__ import annotations

import calendar
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from eligibility.records import (
    ConductEntry,
    ConductKind,
    CustodyBreak,
    Division,
    Flag,
    Jurisdiction,
    Person,
    SentenceType,
)

DEMO_SEED = 1
DEMO_SIZE = 200
DEMO_AS_OF = date(2026, 12, 1)
MAX_PEOPLE = 780_000
_JRA_LATE_SENTENCE = date(2022, 6, 1)  # the as-of date from which "sentenced after the JRA" scenarios fit  # the ID schemes below stay unique up to here

J, S, F = Jurisdiction, SentenceType, Flag
DET, LIFE, LWOP, DEATH = S.DETERMINATE, S.LIFE, S.LWOP, S.DEATH

FIRST_NAMES = (
    "James", "Michael", "Robert", "David", "Jose", "Luis", "Carlos", "Juan", "Miguel", "Jesús", "André",
    "DeShawn", "Marcus", "Darnell", "Tyrone", "Jamal", "Terrell", "Anthony", "Christopher", "Daniel",
    "Kevin", "Brian", "Jason", "Eric", "Thanh", "Minh", "Duc", "Wei", "Hiroshi", "Sung-min", "Ali",
    "Omar", "Mustafa", "Tavita", "Keoni", "Ramón", "Joaquín", "Efraín", "Zoë", "Maria", "Guadalupe",
    "Latoya", "Keisha", "Angela", "Patricia", "Mei", "Linh", "Ngozi", "Chidi", "Kwame", "Dmitri",
    "Sean", "Patrick", "Seamus", "François", "Björn", "Jürgen", "Raúl", "Ángel", "Renée",
)
LAST_NAMES = (
    "Nguyễn", "Peña", "Müller", "O'Brien", "García-López", "Smith-Jones", "Johnson", "Williams", "Brown",
    "Jones", "Garcia", "Martinez", "Rodriguez", "Hernández", "López", "González", "Pérez", "Sánchez",
    "Ramírez", "Torres", "Flores", "Rivera", "Washington", "Jefferson", "Jackson", "Robinson", "Harris",
    "Lewis", "Walker", "Young", "Allen", "King", "Trần", "Lê", "Phạm", "Kim", "Park", "Chen", "Wang",
    "Li", "Zhang", "Tanaka", "Nakamura", "Singh", "Khan", "Haddad", "Al-Sayed", "Okafor", "Mensah",
    "Ivanov", "Kowalski", "Nowak", "Schröder", "Svensson", "Dubois", "MacDonald", "McCarthy", "D'Angelo",
    "Fa'alogo", "Kahananui", "Begay", "Yazzie", "St. Clair", "Van der Berg", "Øvergaard",
)
RACES = ("Black", "Hispanic", "White", "Asian", "Native American", "Pacific Islander", "Other", "")

CA_COUNTIES = ("Los Angeles", "Los Angeles", "Los Angeles", "San Bernardino", "Riverside", "San Diego",
               "Orange", "Sacramento", "Fresno", "Alameda", "Kern", "San Joaquin", "Santa Clara")
US_DISTRICTS = ("C.D. Cal.", "E.D. Cal.", "D. Md.", "D.D.C.", "E.D. Va.", "N.D. Ill.", "S.D.N.Y.", "W.D. Tex.")
MD_COUNTIES = ("Baltimore City", "Baltimore County", "Prince George's", "Montgomery", "Anne Arundel")

OFFENSES: dict[tuple[Jurisdiction, SentenceType], tuple[str, ...]] = {
    (J.CA, DET): ("PC 211 second-degree robbery", "PC 245(a)(1) assault with a deadly weapon",
                  "PC 459 first-degree burglary", "PC 192(a) voluntary manslaughter",
                  "PC 664/187(a) attempted murder", "HS 11352 transportation of a controlled substance"),
    (J.CA, LIFE): ("PC 187(a) second-degree murder", "PC 187(a) first-degree murder",
                   "PC 209(b) kidnapping for robbery"),
    (J.CA, LWOP): ("PC 187(a)/190.2 special-circumstance murder",),
    (J.CA, DEATH): ("PC 187(a)/190.2 special-circumstance murder",),
    (J.US, DET): ("21 U.S.C. 841 distribution of a controlled substance", "18 U.S.C. 2113 bank robbery",
                  "18 U.S.C. 924(c) firearm in a crime of violence", "18 U.S.C. 1951 Hobbs Act robbery"),
    (J.US, LIFE): ("21 U.S.C. 848 continuing criminal enterprise",),
    (J.US, LWOP): ("21 U.S.C. 848 continuing criminal enterprise", "18 U.S.C. 1111 murder"),
    (J.US, DEATH): ("18 U.S.C. 1111 murder",),
    (J.DC, DET): ("D.C. Code 22-2801 robbery", "D.C. Code 22-2103 second-degree murder",
                  "D.C. Code 22-402 assault with intent to kill"),
    (J.DC, LIFE): ("D.C. Code 22-2101 first-degree murder",),
    (J.DC, LWOP): ("D.C. Code 22-2101 first-degree murder while armed",),
    (J.DC, DEATH): ("D.C. Code 22-2101 first-degree murder",),
    (J.MD, DET): ("CR 2-204 second-degree murder", "CR 3-403 armed robbery", "CR 3-202 first-degree assault"),
    (J.MD, LIFE): ("CR 2-201 first-degree murder",),
    (J.MD, LWOP): ("CR 2-201 first-degree murder",),
    (J.MD, DEATH): ("CR 2-201 first-degree murder",),
}

# (kind, division, violent, description). Serious RVRs are rarer than counseling chronos (see _RATES).
SERIOUS_RVRS: tuple[tuple[Division, bool, str], ...] = (
    (Division.A1, True, "Attempted murder of an incarcerated person"),
    (Division.A2, False, "Possession of a deadly weapon"),
    (Division.B, True, "Battery on an incarcerated person with serious injury"),
    (Division.C, False, "Possession of a controlled substance for distribution"),
    (Division.D, True, "Fighting"),
    (Division.D, False, "Threatening staff"),
    (Division.E, False, "Refusing a urinalysis test"),
    (Division.F, False, "Possession of a cell phone"),
    (Division.F, False, "Unauthorized use of a state computer"),
)
_SERIOUS_WEIGHTS = (1, 3, 5, 6, 9, 5, 6, 12, 3)
ADMINISTRATIVE_RVRS = ("Out of bounds", "Late for work assignment", "Failure to meet programme expectations",
                       "Possession of excess property", "Horseplay")
COUNSELING = ("Counseling for disrespect toward staff", "Counseling for a missed appointment",
              "Counseling for a dress code violation", "Counseling for an unkempt cell")
LAUDATORY = ("Laudatory chrono from work supervisor", "Laudatory chrono for mentoring younger residents",
             "Laudatory chrono for peer literacy tutoring", "Laudatory chrono from education staff")
PROGRAMS = ("Completed Alcoholics Anonymous (12 months)", "Completed Anger Management",
            "Earned high school equivalency diploma", "Earned associate degree", "Completed Victim Awareness",
            "Completed Criminals and Gangs Anonymous", "Completed Restorative Justice circle",
            "Completed vocational electrical certificate", "Completed Thinking for a Change")
WORK = ("Assigned: kitchen", "Assigned: prison industries upholstery", "Assigned: yard crew",
        "Assigned: library clerk", "Assigned: firefighter training", "Assigned: hospice volunteer")

# Entries per year of custody. About 0.3 in all, so ~3 entries for a person with 10 years in.
_RATES: dict[ConductKind, float] = {
    ConductKind.SERIOUS_RVR: 0.025, ConductKind.ADMINISTRATIVE_RVR: 0.04, ConductKind.COUNSELING: 0.08,
    ConductKind.LAUDATORY: 0.045, ConductKind.PROGRAM: 0.06, ConductKind.WORK: 0.03,
}


@dataclass(frozen=True, slots=True)
class Scenario:
    """A hand-written case. ``served`` is whole years in custody as of the as-of date (plus 0-300 days).

    ``special``: "birthday_offense" (offense on the ``age`` birthday exactly), "eve_of_birthday" (offense the
    day before the ``age + 1`` birthday), "feb29" (born on 29 February), "break" (one break in custody),
    "recent_break" (custody resumed ``break_years_ago`` years ago after a long break), "no_sentence_date",
    "sentenced_after_jra" (Maryland: sentenced after 2021-10-01).
    """

    jurisdiction: Jurisdiction
    age: int  # age at the offense
    served: int
    sentence: SentenceType
    term: int | None = None  # years, or months for federal terms
    min_term: int | None = None
    flags: tuple[Flag, ...] = ()
    conduct: str = "mixed"  # see _apply_profile
    special: str = ""
    last_name: str = ""


SCENARIOS: tuple[Scenario, ...] = (
    # California: youth offender parole (PC 3051)
    Scenario(J.CA, 19, 16, DET, 25, conduct="clean", last_name="Nguyễn"),
    Scenario(J.CA, 22, 6, DET, 18, last_name="Peña"),
    Scenario(J.CA, 31, 8, DET, 16, conduct="recent_serious", last_name="Müller"),
    Scenario(J.CA, 24, 18, DET, 50, flags=(F.THIRD_STRIKE, F.VIOLENT_FELONY), last_name="O'Brien"),
    Scenario(J.CA, 21, 20, LIFE, None, flags=(F.VIOLENT_FELONY,), conduct="clean", last_name="García-López"),
    Scenario(J.CA, 20, 21, LIFE, min_term=15, flags=(F.VIOLENT_FELONY,), conduct="old:A-1"),
    Scenario(J.CA, 23, 12, LIFE, min_term=25, flags=(F.VIOLENT_FELONY,)),
    Scenario(J.CA, 16, 26, LWOP, flags=(F.TRIED_AS_ADULT,), conduct="old:A-2"),
    Scenario(J.CA, 17, 9, LWOP, flags=(F.TRIED_AS_ADULT,), conduct="recent_violent"),
    Scenario(J.CA, 20, 14, LWOP, flags=(F.VIOLENT_FELONY,)),
    Scenario(J.CA, 27, 25, DEATH, flags=(F.VIOLENT_FELONY,), conduct="old:C"),
    Scenario(J.CA, 24, 15, DET, 40, flags=(F.ONE_STRIKE, F.SEX_OFFENDER_REGISTRANT)),
    Scenario(J.CA, 20, 18, LIFE, min_term=25, flags=(F.MALICE_OFFENSE_AFTER_26,)),
    Scenario(J.CA, 26, 16, DET, 30, special="birthday_offense", conduct="clean"),
    Scenario(J.CA, 25, 16, DET, 30, special="eve_of_birthday", conduct="clean"),
    Scenario(J.CA, 25, 16, LIFE, min_term=15, special="birthday_offense"),
    Scenario(J.CA, 24, 15, DET, 21, special="feb29", last_name="Smith-Jones"),
    Scenario(J.CA, 21, 14, DET, 26, special="break"),
    Scenario(J.CA, 18, 19, LIFE, min_term=7, flags=(F.SERIOUS_FELONY,), conduct="spotless"),
    Scenario(J.CA, 16, 5, DET, 12, flags=(F.TRIED_AS_ADULT, F.SERIOUS_FELONY)),
    Scenario(J.CA, 15, 11, DET, 35, flags=(F.TRIED_AS_ADULT, F.VIOLENT_FELONY), conduct="none"),
    Scenario(J.CA, 23, 2, DET, 9, conduct="none"),
    Scenario(J.CA, 24, 10, LIFE, None, conduct="recent_serious"),
    Scenario(J.CA, 17, 16, LWOP, flags=(F.TRIED_AS_ADULT,), conduct="clean"),
    Scenario(J.CA, 15, 13, LWOP, flags=(F.TRIED_AS_ADULT, F.VIOLENT_FELONY)),
    # California: elderly parole (PC 3055) and the Coleman/Plata 60/25 path
    Scenario(J.CA, 30, 22, DET, 45, conduct="clean"),
    Scenario(J.CA, 33, 21, LIFE, min_term=25, flags=(F.VIOLENT_FELONY,), conduct="old:E"),
    Scenario(J.CA, 40, 8, DET, 20, conduct="recent_violent"),
    Scenario(J.CA, 35, 27, DET, 60, flags=(F.SECOND_STRIKE, F.SERIOUS_FELONY), conduct="clean"),
    Scenario(J.CA, 30, 22, DET, 44, flags=(F.SECOND_STRIKE,)),
    Scenario(J.CA, 36, 26, LIFE, min_term=25, flags=(F.THIRD_STRIKE, F.VIOLENT_FELONY), conduct="clean"),
    Scenario(J.CA, 28, 30, LIFE, min_term=25, flags=(F.PEACE_OFFICER_MURDER, F.VIOLENT_FELONY)),
    Scenario(J.CA, 30, 24, DET, 35, special="feb29", conduct="spotless"),
    Scenario(J.CA, 29, 25, LIFE, min_term=15, special="recent_break"),
    Scenario(J.CA, 32, 20, DET, 30, conduct="violent_7y"),
    Scenario(J.CA, 45, 24, LIFE, min_term=15, flags=(F.AGING_DETERIORATION,), conduct="clean"),
    Scenario(J.CA, 55, 6, DET, 14, conduct="spotless"),
    Scenario(J.CA, 19, 31, LWOP, flags=(F.VIOLENT_FELONY,), conduct="old:A-1"),
    # California: medical release (PC 1172.2, PC 3550)
    Scenario(J.CA, 45, 10, DET, 25, flags=(F.TERMINAL_ILLNESS,)),
    Scenario(J.CA, 38, 14, LIFE, min_term=25, flags=(F.PERMANENT_INCAPACITY, F.PEACE_OFFICER_MURDER)),
    Scenario(J.CA, 29, 23, LWOP, flags=(F.TERMINAL_ILLNESS, F.VIOLENT_FELONY)),
    Scenario(J.CA, 33, 28, DEATH, flags=(F.PERMANENT_INCAPACITY,)),
    Scenario(J.CA, 50, 12, DET, 30, flags=(F.PERMANENT_INCAPACITY, F.AGING_DETERIORATION)),
    # Federal: compassionate release on age (USSG 1B1.13(b)(2)); terms in months
    Scenario(J.US, 56, 12, DET, 240, conduct="clean"),
    Scenario(J.US, 63, 12, DET, 300, flags=(F.AGING_DETERIORATION,)),
    Scenario(J.US, 62, 4, DET, 60),
    Scenario(J.US, 45, 15, DET, 360),
    Scenario(J.US, 67, 3, DET, 120, conduct="spotless"),
    Scenario(J.US, 45, 22, LWOP, flags=(F.AGING_DETERIORATION,), conduct="clean"),
    Scenario(J.US, 35, 16, DEATH),
    Scenario(J.US, 58, 9, DET, 180, flags=(F.TERMINAL_ILLNESS,)),
    Scenario(J.US, 25, 5, DET, 151, conduct="recent_serious"),
    Scenario(J.US, 55, 13, DET, 262, special="break"),
    Scenario(J.US, 60, 11, LIFE, special="feb29"),
    # District of Columbia: Second Look (24-403.03) and compassionate release on age (24-403.04)
    Scenario(J.DC, 20, 18, DET, 40, conduct="clean"),
    Scenario(J.DC, 22, 9, DET, 30),
    Scenario(J.DC, 25, 16, DET, 36, special="birthday_offense"),
    Scenario(J.DC, 24, 15, LIFE, special="eve_of_birthday", conduct="clean"),
    Scenario(J.DC, 30, 17, DET, 45, conduct="violent_7y"),
    Scenario(J.DC, 41, 22, LIFE, conduct="spotless"),
    Scenario(J.DC, 38, 23, LIFE, conduct="clean"),
    Scenario(J.DC, 37, 21, DET, 50),
    Scenario(J.DC, 55, 10, DET, 20, flags=(F.TERMINAL_ILLNESS,)),
    Scenario(J.DC, 17, 24, LWOP, flags=(F.TRIED_AS_ADULT,), conduct="old:A-2"),
    Scenario(J.DC, 19, 14, DET, 25, special="break", conduct="recent_violent"),
    # Reached 50 on a 29 February birthday: the office policy's date turns on the leap-day convention.
    Scenario(J.DC, 45, 8, DET, 15, special="feb29", conduct="spotless"),
    # Maryland: Juvenile Restoration Act (Crim. Proc. 8-110)
    Scenario(J.MD, 16, 25, LIFE, flags=(F.TRIED_AS_ADULT,), conduct="clean"),
    Scenario(J.MD, 17, 12, DET, 40, flags=(F.TRIED_AS_ADULT,)),
    Scenario(J.MD, 16, 14, LIFE, flags=(F.TRIED_AS_ADULT,), conduct="clean"),
    Scenario(J.MD, 19, 22, LIFE, conduct="old:C"),
    Scenario(J.MD, 16, 5, DET, 30, flags=(F.TRIED_AS_ADULT,), special="sentenced_after_jra"),
    Scenario(J.MD, 17, 21, DET, 60, flags=(F.TRIED_AS_ADULT,), special="no_sentence_date"),
    Scenario(J.MD, 15, 8, LIFE, flags=(F.TRIED_AS_ADULT,), special="no_sentence_date"),
    Scenario(J.MD, 17, 23, LWOP, flags=(F.TRIED_AS_ADULT,), conduct="spotless"),
    Scenario(J.MD, 16, 20, DET, 45, flags=(F.TRIED_AS_ADULT,), special="birthday_offense",
             conduct="recent_serious"),
    Scenario(J.MD, 34, 26, DET, 50, special="feb29"),
    Scenario(J.MD, 40, 3, DET, 8, flags=(F.SEX_OFFENDER_REGISTRANT,), conduct="none"),
)

_JURISDICTION_WEIGHTS = ((J.CA, 50), (J.US, 20), (J.DC, 15), (J.MD, 15))
_SENTENCE_WEIGHTS: dict[Jurisdiction, tuple[tuple[SentenceType, int], ...]] = {
    J.CA: ((DET, 60), (LIFE, 28), (LWOP, 9), (DEATH, 3)),
    J.US: ((DET, 88), (LIFE, 4), (LWOP, 7), (DEATH, 1)),
    J.DC: ((DET, 80), (LIFE, 15), (LWOP, 5)),
    J.MD: ((DET, 70), (LIFE, 24), (LWOP, 6)),
}


class _Rng(random.Random):
    """random.Random with quicker ``randint`` and ``choice``.

    The standard versions draw bits in a rejection loop; scaling one ``random()`` is exact enough for
    sampling fictional people and about three times quicker, which a 100,000-person roster notices. The
    arithmetic is IEEE-754, so the output is still the same on every machine.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):  # type: ignore[override]
        return seq[int(self.random() * len(seq))]


def add_years(d: date, years: int) -> date:
    """Same month and day ``years`` later; 29 February becomes 1 March (the app's default convention)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return date(d.year + years, 3, 1)


def _leap_year_at_or_before(year: int) -> int:
    while not calendar.isleap(year):
        year -= 1
    return year


def _pick(rng: random.Random, weighted: tuple[tuple[object, int], ...]) -> object:
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for item, weight in weighted:
        x -= weight
        if x < 0:
            return item
    return weighted[-1][0]


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method: a few draws per call, which keeps 100,000-person benchmark rosters quick."""
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _person_id(jurisdiction: Jurisdiction, index: int) -> str:
    if jurisdiction is J.CA:  # CDCR-like: two letters and four digits
        block, serial = divmod(index, 10_000)
        first, second = divmod(block, 26)
        return f"{'XYZ'[first]}{chr(65 + second)}{serial:04d}"
    if jurisdiction is J.US:  # BOP register number: five digits, a dash, three digits
        block, serial = divmod(index, 100_000)
        return f"{serial:05d}-9{block:02d}"
    if jurisdiction is J.DC:
        return f"DC-{index:06d}"
    return f"MD-{index:07d}"


def _random_scenario(rng: random.Random) -> Scenario:
    jurisdiction = _pick(rng, _JURISDICTION_WEIGHTS)
    sentence = _pick(rng, _SENTENCE_WEIGHTS[jurisdiction])  # type: ignore[index]
    age = int(rng.choices((rng.randint(15, 17), rng.randint(18, 25), rng.randint(26, 40), rng.randint(41, 62)),
                          weights=(7, 45, 36, 12))[0])
    served = min(int(rng.triangular(0, 36, 6)), 70 - age if age < 60 else 8)
    if jurisdiction is J.US and sentence is DET:
        # Months; longer than the time served so far, since people whose term ran out have left.
        term: int | None = max(rng.choice((57, 60, 87, 120, 151, 188, 240, 262, 360, 480)), 12 * served + 18)
    elif sentence is DET:
        term = max(served + rng.randint(1, 20), rng.randint(2, 50))
    else:
        term = None
    min_term = None
    if jurisdiction is J.CA and sentence is LIFE:
        min_term = rng.choices((15, 25, 7, 50, None), weights=(45, 40, 6, 4, 5))[0]
    flags: list[Flag] = []
    if age < 18:
        flags.append(F.TRIED_AS_ADULT)
    if sentence is not DET or rng.random() < 0.45:
        flags.append(F.VIOLENT_FELONY)
    if rng.random() < 0.35:
        flags.append(F.SERIOUS_FELONY)
    if jurisdiction is J.CA:
        roll = rng.random()
        if roll < 0.04:
            flags.append(F.THIRD_STRIKE)
        elif roll < 0.12:
            flags.append(F.SECOND_STRIKE)
        if rng.random() < 0.02:
            flags.append(F.ONE_STRIKE)
        if age < 26 and age + served > 27 and rng.random() < 0.03:
            flags.append(F.MALICE_OFFENSE_AFTER_26)
        if sentence is not DET and rng.random() < 0.02:
            flags.append(F.PEACE_OFFICER_MURDER)
    if rng.random() < 0.04:
        flags.append(F.SEX_OFFENDER_REGISTRANT)
    if rng.random() < 0.02:
        flags.append(F.TERMINAL_ILLNESS)
    if rng.random() < 0.015:
        flags.append(F.PERMANENT_INCAPACITY)
    if age + served >= 60 and rng.random() < 0.25:
        flags.append(F.AGING_DETERIORATION)
    special = ""
    roll = rng.random()
    if roll < 0.07 and served >= 3:
        special = "break"
    elif roll < 0.085:
        special = "feb29"
    elif jurisdiction is J.MD and roll < 0.13:
        special = "no_sentence_date"
    conduct = rng.choices(("mixed", "clean", "spotless", "none"), weights=(55, 30, 8, 7))[0]
    return Scenario(jurisdiction, age, served, sentence, term, min_term, tuple(flags), conduct, special)  # type: ignore[arg-type]


def _day_between(rng: random.Random, span: tuple[date, date]) -> date:
    """A uniformly random day in the closed interval ``span``."""
    start, end = span
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _build(sc: Scenario, *, index: int, rng: random.Random, as_of: date) -> Person:
    jurisdiction = sc.jurisdiction
    custody = add_years(as_of, -sc.served) - timedelta(days=rng.randint(1, 300))
    breaks: tuple[CustodyBreak, ...] = ()
    special = sc.special
    if special == "sentenced_after_jra" and as_of < _JRA_LATE_SENTENCE:
        special = ""  # an earlier as-of date has no "after the Act" yet: an ordinary case
    if special == "sentenced_after_jra":
        custody = date(2021, 5, 3) + timedelta(days=rng.randint(0, 120))
    offense = custody - timedelta(days=rng.randint(0, 60))
    if special == "birthday_offense":
        if offense.month == 2 and offense.day == 29:
            offense += timedelta(days=1)  # a 29 February offense has no exact birthday in most years
        dob = add_years(offense, -sc.age)
    elif special == "eve_of_birthday":
        if (offense + timedelta(days=1)).month == 2 and (offense + timedelta(days=1)).day == 29:
            offense -= timedelta(days=2)
        dob = add_years(offense + timedelta(days=1), -(sc.age + 1))
    elif special == "feb29":
        # Born on a leap day: work forwards from the birthday, so the age at the offense stays exact.
        year = _leap_year_at_or_before(offense.year - sc.age)
        gap = timedelta(days=rng.randint(10, 300))
        while add_years(date(year, 2, 29), sc.age) + gap > custody:
            year = _leap_year_at_or_before(year - 1)  # keeps the offense before custody began
        dob = date(year, 2, 29)
        offense = add_years(dob, sc.age) + gap
    else:
        dob = add_years(offense, -sc.age) - timedelta(days=rng.randint(1, 360))
    if special == "break":
        out = custody + timedelta(days=rng.randint(200, 900))
        back = out + timedelta(days=rng.randint(60, 400))
        if back < as_of - timedelta(days=30):
            breaks = (CustodyBreak(out, back),)
    elif special == "recent_break":
        out = custody + timedelta(days=rng.randint(365 * 4, 365 * 6))
        back = add_years(as_of, -15) - timedelta(days=rng.randint(0, 200))
        if out < back:
            breaks = (CustodyBreak(out, back),)

    sentence_date: date | None
    if special == "no_sentence_date":
        sentence_date = None
    elif special == "sentenced_after_jra":
        sentence_date = date(2022, 2, 14) + timedelta(days=rng.randint(0, 60))
    else:
        sentence_date = custody + timedelta(days=rng.randint(90, 600))
        if sentence_date >= as_of:
            sentence_date = as_of - timedelta(days=rng.randint(1, 20))
        sentence_date = max(sentence_date, offense)

    term_years = term_months = None
    if sc.term is not None:
        if jurisdiction is J.US:
            term_years, term_months = divmod(sc.term, 12)
        else:
            term_years, term_months = sc.term, rng.choice((0, 0, 0, 4, 6, 8))
    min_term = sc.min_term if sc.sentence is LIFE else None

    offenses = OFFENSES[(jurisdiction, sc.sentence)]
    controlling = rng.choice(offenses)
    if jurisdiction is J.CA and sc.sentence is LIFE and sc.min_term == 15:
        controlling = "PC 187(a) second-degree murder"
    county, case_number = _court(rng, jurisdiction=jurisdiction, offense=offense)
    last_name = sc.last_name or rng.choice(LAST_NAMES)
    first_name = rng.choice(FIRST_NAMES)
    person_id = _person_id(jurisdiction, index)
    conduct = _conduct(rng, person_id=person_id, custody=custody, breaks=breaks, as_of=as_of, profile=sc.conduct)
    return Person(
        person_id=person_id, last_name=last_name, first_name=first_name, date_of_birth=dob,
        jurisdiction=jurisdiction, offense_date=offense, custody_start=custody, sentence_type=sc.sentence,
        custody_breaks=breaks, sentence_date=sentence_date, term_years=term_years, term_months=term_months,
        min_term_years=min_term, controlling_offense=controlling, case_number=case_number, county=county,
        flags=frozenset(sc.flags), race_ethnicity=rng.choice(RACES),
        sex=rng.choices(("M", "F", "X"), weights=(90, 9, 1))[0], conduct=conduct,
    )


def _court(rng: random.Random, *, jurisdiction: Jurisdiction, offense: date) -> tuple[str, str]:
    year = offense.year
    if jurisdiction is J.CA:
        county = rng.choice(CA_COUNTIES)
        prefix = "BA" if county == "Los Angeles" else county[:2].upper()
        return county, f"{prefix}{rng.randint(100000, 999999)}"
    if jurisdiction is J.US:
        return rng.choice(US_DISTRICTS), f"{rng.randint(1, 8)}:{year % 100:02d}-cr-{rng.randint(1, 999):05d}"
    if jurisdiction is J.DC:
        return "District of Columbia", f"{year} CF1 {rng.randint(1, 99999):06d}"
    return rng.choice(MD_COUNTIES), f"{rng.randint(100000000, 999999999)}"


def _in_custody(day: date, breaks: tuple[CustodyBreak, ...]) -> bool:
    return not any(b.start <= day < b.end for b in breaks)


def _conduct(rng: random.Random, *, person_id: str, custody: date, breaks: tuple[CustodyBreak, ...],
             as_of: date, profile: str) -> tuple[ConductEntry, ...]:
    """Entries between the first day of custody and the day before ``as_of``, oldest first."""
    if profile == "none":
        return ()
    first, last = custody + timedelta(days=14), as_of - timedelta(days=1)
    if first > last:
        return ()
    years = (last - first).days / 365.25
    entries: list[ConductEntry] = []

    def add(kind: ConductKind, day: date, *, division: Division | None = None, violent: bool | None = None,
            description: str = "") -> None:
        if first <= day <= last and _in_custody(day, breaks):
            entries.append(ConductEntry(person_id, day, kind, division, violent, description))

    for kind, rate in _RATES.items():
        for _ in range(_poisson(rng, rate * years)):
            if kind is ConductKind.SERIOUS_RVR or kind is ConductKind.ADMINISTRATIVE_RVR:
                # Trouble clusters in the first years inside: a long clean stretch usually follows.
                span = max(1, int((last - first).days * rng.choice((0.3, 0.3, 0.5, 1.0))))
                day = first + timedelta(days=rng.randint(0, span))
            else:
                day = _day_between(rng, (first, last))
            if kind is ConductKind.SERIOUS_RVR:
                division, violent, text = rng.choices(SERIOUS_RVRS, weights=_SERIOUS_WEIGHTS)[0]
                add(kind, day, division=division, violent=violent, description=text)
            elif kind is ConductKind.ADMINISTRATIVE_RVR:
                add(kind, day, violent=False, description=rng.choice(ADMINISTRATIVE_RVRS))
            elif kind is ConductKind.COUNSELING:
                add(kind, day, description=rng.choice(COUNSELING))
            elif kind is ConductKind.LAUDATORY:
                add(kind, day, description=rng.choice(LAUDATORY))
            elif kind is ConductKind.PROGRAM:
                add(kind, day, description=rng.choice(PROGRAMS))
            else:
                add(kind, day, description=rng.choice(WORK))
    entries = _apply_profile(entries, rng=rng, profile=profile, add=add, first=first, last=last)
    entries.sort(key=lambda e: (e.date, e.kind.value, e.description))
    return tuple(_dedupe(entries))


def _dedupe(entries: list[ConductEntry]) -> list[ConductEntry]:
    """Identical entries would be merged on import; dropping them here keeps files and records equal."""
    seen: set[ConductEntry] = set()
    out = []
    for e in entries:
        if e not in seen:
            seen.add(e)
            out.append(e)
    return out


def _apply_profile(entries: list[ConductEntry], *, rng: random.Random, profile: str,
                   add: Callable[..., None], first: date,
                   last: date) -> list[ConductEntry]:
    """Shape the sampled record so the scenario tests what it is meant to test."""
    rvrs = (ConductKind.SERIOUS_RVR, ConductKind.ADMINISTRATIVE_RVR, ConductKind.COUNSELING)
    if profile == "spotless":
        entries[:] = [e for e in entries if e.kind not in rvrs]
        add(ConductKind.PROGRAM, _day_between(rng, (first, last)), description=rng.choice(PROGRAMS))
        add(ConductKind.LAUDATORY, _day_between(rng, (first, last)), description=rng.choice(LAUDATORY))
    elif profile in ("clean", "violent_7y") or profile.startswith("old:"):
        cutoff = add_years(last, -12)
        entries[:] = [e for e in entries if e.kind is not ConductKind.SERIOUS_RVR or e.date < cutoff]
        entries[:] = [e for e in entries if not e.violent or e.date < cutoff]
        if profile == "violent_7y":
            add(ConductKind.SERIOUS_RVR, add_years(last, -7) - timedelta(days=rng.randint(0, 90)),
                division=Division.D, violent=True, description="Fighting")
        elif profile.startswith("old:"):
            division = Division(profile[4:])
            row = next(r for r in SERIOUS_RVRS if r[0] is division)
            add(ConductKind.SERIOUS_RVR, _day_between(rng, (first, cutoff)), division=division, violent=row[1],
                description=row[2])
        add(ConductKind.PROGRAM, _day_between(rng, (max(first, cutoff), last)), description=rng.choice(PROGRAMS))
    elif profile == "recent_violent":
        add(ConductKind.SERIOUS_RVR, last - timedelta(days=rng.randint(200, 700)), division=Division.B,
            violent=True, description="Battery on an incarcerated person with serious injury")
    elif profile == "recent_serious":
        add(ConductKind.SERIOUS_RVR, last - timedelta(days=rng.randint(400, 1400)), division=Division.F,
            violent=False, description="Possession of a cell phone")
    return entries


def iter_people(n: int, *, seed: int = 1, as_of: date) -> Iterator[Person]:
    """People one at a time, so benchmark rosters of any size stream to disk.

    Person ``i`` depends only on (seed, i): the first ``len(SCENARIOS)`` are the scenarios, in order.
    """
    if not 0 <= n <= MAX_PEOPLE:
        raise ValueError(f"n must be between 0 and {MAX_PEOPLE:,} (the fictional ID schemes run out)")
    for index in range(n):
        rng = _Rng(f"second-look-demo:{seed}:{index}")
        scenario = SCENARIOS[index] if index < len(SCENARIOS) else _random_scenario(rng)
        yield _build(scenario, index=index, rng=rng, as_of=as_of)


def generate_people(n: int, *, seed: int = 1, as_of: date) -> list[Person]:
    """``n`` fictional people with their conduct attached; the same arguments give the same people."""
    return list(iter_people(n, seed=seed, as_of=as_of))
