"""Relations: sentence rules for every predicate of DOMAIN.md, with dates and a confidence.

Each rule reads one sentence: a trigger ("partnered with", "organized by",
"co-financed by", "held in", "with Genopole's leadership", ...) and the names
around it, typed by `entities`. The subject is the name before the trigger
(or the reporting organisation when the sentence has none: "Partnerships were
created with ..."); objects are the names after it, up to the end of the
clause, lists included. "The event", "there" and "that network" stand for the
last event or network named; "the biocluster" and "its" for the reporting
organisation.

A relation's date is the sentence's most precise date, resolved against the
document's year, else the date of the event it involves, else the year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from intercluster.domain.normalize import normalize_name
from intercluster.domain.vocabulary import (
    ORGANISATION_TYPES,
    PREDICATES,
    EntityType,
    Predicate,
)
from intercluster.ingest.dates import best_date, document_date, find_dates
from intercluster.ingest.entities import Analysis, EntityBuild, in_brackets
from intercluster.ingest.lexicon import TYPE_WORDS

_ORG = ORGANISATION_TYPES - {EntityType.PROGRAMME}
ALL_TYPES = frozenset(EntityType)
_ORG_OR_PERSON = _ORG | {EntityType.PERSON}
_EVENT = frozenset({EntityType.EVENT})
_PROJECT = frozenset({EntityType.PROJECT})
_PLACE = frozenset({EntityType.PLACE})
_BOUNDARY = re.compile(
    r";|\s—\s|\s–\s|\bwhich\b|\bwhile\b|\bwhereas\b|\bwho\b|\bwhere\b|\bwhose\b|"
    r"\bto (?:promote|support|ease|encourage|develop|foster|help|present|meet|discuss|explore)\b|"
    r"\bthat (?:network|cluster|event)\b|\b(?:opened|gave|offered|brought|allowed)\b"
)
_PLAIN_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
_SERIES_GAP = re.compile(
    r"(?:/[\w-]+)?(?:’s|'s)?\)?(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))*"
    r"(?:\s+(?:network|cluster|project|programme|initiative|association|alliance|platform))?\s*"
    r"(?:,|and|or|&|, and|as well as)?\s*"
    r"(?:and\s+)?(?:with\s+|of\s+)?(?:\(\s*)?(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:with|by|to|at|in|for|from|met|and|signed|joined|visited|held)\b)[\w’'-]+,?\s+){0,3}?"
    r"(?:\(\s*)?"
)
_OBJECT_CONTEXT = re.compile(
    r"\b(?:with|by|to|at|for|from|of|such as|like|between|among|including|and|or|meet|"
    r"than|into|on|about)\b"
)
_COUNTED_SUBJECT = re.compile(
    r"(?:two|three|four|five|six|both|all|they|these|those|several|many|some|most|each)\b"
)
_SELF_REFS = re.compile(
    r"\b(?:the (?:bio)?cluster|the biocluster|our (?:bio)?cluster|we|our|the association)\b",
    re.IGNORECASE,
)
# "its", "it": the first organisation of the sentence, else of the sentence before
_PRONOUNS = re.compile(r"\b(?:it|its|It|Its)\b")
_DESCRIBED_REFS = re.compile(
    r"\b[Tt]he (association|network|cluster|organisation|organization|agency|alliance|"
    r"community|platform|company|university|institute|biocluster)\b"
)
_EVENT_REFS = re.compile(
    r"\b(?:the|this|that) (?:event|convention|conference|fair|summit|forum|congress|meeting)\b"
    r"|\bthere\b",
    re.IGNORECASE,
)
# "X led a delegation", "a delegation of twelve companies led by X": who the delegation is
_DELEGATION_LED = re.compile(
    r"\b(?:led|leads|took|takes|brought|brings|sent|sends|organi[sz]ed|accompanied|"
    r"returned from|went on|completed|undertook|conducted)\s+"
    r"(?:a |an |the |its |their |our )?(?:[\w-]+\s+){0,3}?(?:delegation|mission)\b"
)
_DELEGATION_BY = re.compile(
    r"\b(?:delegation|mission)\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?(?:led by|from|organi[sz]ed by)\s+"
)
# later, "the delegation", "the Quebec companies", "Members": the delegation's leader
_DELEGATION_REFS = re.compile(
    r"\b[Tt]he (?:[A-Z][\w-]+ )?(?:delegation|delegates|participants|group|mission)\b"
    r"|(?:^|(?<=, ))(?:[Pp]articipants|[Dd]elegates)\b"
    r"|\b[Tt]he [A-Z][\w-]+ (?:companies|firms|start-ups)\b|^(?:Members|Delegates)\b"
)
_EVENT_ROLES = re.compile(
    r"(?:The\s+)?(?:[Ss]peakers|[Ee]xhibitors|[Ss]ponsors|[Pp]anell?ists)\s+(?:included|include|were)\b"
)
_SIGNING_REFS = re.compile(r"\b[Tt]he (?:signing|signature|ceremony)\b")
_NETWORK_REFS = re.compile(r"\b(?:that|this|the) (?:network|alliance|community)\b", re.IGNORECASE)

_PARTNER = re.compile(
    r"\b(?:partner(?:ed|s|ing)?(?: up)?|teamed(?: up)?|joined forces|allied|"
    r"collaborat(?:ed|es|ing)|cooperat(?:ed|es|ing)|"
    r"(?:new |strategic |formal )?partnerships?(?: agreements?)?"
    r"(?:\s+(?:were|was|have been|has been))?"
    r"(?:\s+(?:created|signed|established|formed|concluded|set up|launched|sealed|renewed))?|"
    r"agreements?|memorand(?:um|a) of understanding(?:\s*\(MoUs?\))?|MoUs?|alliances?|"
    r"letters? of intent|work(?:s|ed|ing)?(?: closely)?(?: together)?|"
    r"ties|links|relationships?|cooperation(?: agreements?)?|collaboration(?: agreements?)?|"
    r"joint (?:action|programme|program|[\w-]+ day|[\w-]+ days|event|pavilion|stand|mission|"
    r"call|session|webinar|study tours?)|"
    r"(?:organi[sz]ed |held |run |exhibited )?(?:together|jointly)|"
    r"(?:prepared|planned|arranged|co-organi[sz]ed|co-hosted|agreed)"
    r"|in (?:partnership|cooperation|collaboration))"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:with|to|between)\b"
    r"|\b(?:was |were |is |are )organi[sz]ed with\b(?! the (?:support|help|assistance))"
    r"|\b(?:recent |new |latest )?additions? of\b|\bwelcom(?:ed|es|ing)\b"
    r"(?!\s+(?:a |an |the )?(?:[\w-]+\s+){0,3}?(?:delegation|visit|mission|members?)s?\b)"
    r"|\b(?:is|are|was|were|became|become|as) (?:also )?(?:a |an |the )?"
    r"(?:(?!associate)[\w-]+ )?partners? of\b",
    re.IGNORECASE,
)
_PAIR_SIGNED = re.compile(
    r"\bagreed to\b|"
    r"\b(?:signed|concluded|renewed|sealed|formalised|formalized|announced|formed|launched|"
    r"agreed|entered into|established)\b[^.;]*?"
    r"\b(?:agreement|memorandum|MoU|partnership|alliance|charter|cooperation|collaboration|"
    r"joint)\b",
    re.IGNORECASE,
)
_SIGNING_VERB = re.compile(
    r"\b(?:signed|concluded|renewed|sealed|formalised|formalized|agreed|entered into)\b"
)
_MEMBER = re.compile(
    r"\b(?:members? of|joined|joins|join|membership (?:of|in)|(?:executive )?committee of|"
    r"board of(?: directors of)?|(?:associated?|associate) (?:partners?|members?)(?: of| in)?|"
    r"affiliated (?:to|with)|adhered to|(?:new )?member(?:ship)? in|participated in|"
    r"took part in|takes part in|active in)\b",
    re.IGNORECASE,
)
_PARTICIPATE = re.compile(
    r"\b(?:participat\w*|attend\w*|took part|take part|taking part|exhibit\w*|sponsor\w*|"
    r"present(?:ed|s|ing)?|spoke|speak\w*|pitch\w*|delegation|stand|booth|pavilion|visited|"
    r"was present|were present|was at|were at|keynote|joined|promot\w*)\b",
    re.IGNORECASE,
)
_ORGANIZE_BY = re.compile(
    r"\b(?:co-?)?(?:organi[sz]ed|hosted|held|run|convened|staged)"
    r"(?: this year| again| once again| annually| (?:every|each) (?:year|summer|spring|autumn|"
    r"winter|two years))? by\b"
    r"|\bco-?organi[sz]ed (?:together |jointly )?with\b",
    re.IGNORECASE,
)
_ORGANIZE = re.compile(
    r"\b(?:co-?)?(?:organi[sz]ed|organi[sz]es|organi[sz]e|hosted|hosts|host|convened|staged|"
    r"held|holds)\b",
    re.IGNORECASE,
)
_MEET = re.compile(
    r"\b(?:meet(?:ings?|s)?|met|talks|discussions|one-to-one meetings|b2b meetings)"
    r"(?:,?\s+[\w’'-]+){0,3}?,?\s+with\b"
    r"|\b(?:welcomed|welcomes|received|receives|hosted|hosts)\s+(?:a |an |the )?(?:[\w-]+\s+){0,3}?"
    r"(?:delegation|visit|mission)s?\s+(?:[\w-]+\s+){0,4}?(?:of|from|led by)\b",
    re.IGNORECASE,
)
_CONSORTIUM = re.compile(
    r"\b(?:submit(?:ted|s)?|applied for|apply for|consorti(?:um|a)|partners? (?:in|of)|"
    r"joined the\s+(?:[\w-]+\s+){0,3}?(?:project|consortium|proposal)|coordinat(?:ed|es|ing|or of)|"
    r"won|were awarded|was awarded|selected for|takes? part in|involved in|will run|run|runs|"
    r"work(?:s|ed)? together in|"
    r"operate|operates)\b",
    re.IGNORECASE,
)
_CONSORTIUM_LIST = re.compile(
    r"\b(?:brings together|bringing together|gathers|gathering|includes|including|comprises|"
    r"unites|uniting|with partners|partners are|consortium of|made up of|alongside)\b",
    re.IGNORECASE,
)
_LEADS_POSSESSIVE = re.compile(r"(?:’s|'s)\s+(?:leadership|coordination|lead)\b", re.IGNORECASE)
_LEADS_BY = re.compile(
    r"\b(?:led|coordinated|headed|steered|chaired|piloted|operated|managed|run) by\b|"
    r"\bunder the (?:leadership|coordination|lead) of\b",
    re.IGNORECASE,
)
_LEADS = re.compile(
    r"\b(?:leads|led|coordinates|coordinated|heads|headed|steers|chairs|is leading|"
    r"is coordinating|will coordinate|will lead|coordinator of|leader of|lead partner of)\b",
    re.IGNORECASE,
)
_FUNDED = re.compile(
    r"\b(?:co-?)?(?:financed|funded|supported|backed|subsidi[sz]ed)"
    r"(?:\s+with\s+(?:[^.;,]|\.(?=\d)){0,40}?)?\s+(?:by|under|through|from)\b|"
    r"\b(?:funding|grant|financing) (?:from|of|under)\b|\bsupport (?:from|under)\b|"
    r"\bawarded\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:under|by|from)\b|"
    r"\breceives?\b(?:[^.;]|\.(?=\d)){0,60}?\bfrom\b|\b(?:comes?|coming) from\b",
    re.IGNORECASE,
)
_LOCATED = re.compile(
    r"\b(?:held|took place|taking place|takes place|based|located|headquartered|hosted|"
    r"organi[sz]ed|set up|established|opened)\s+(?:\w+\s+)?(?:in|at)\b",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"\s*,\s*(?!and\b|or\b|but\b|who\b|which\b)((?:[\w’'-]+\s+){0,4}?"
    r"(?:director|head|ceo|cto|cso|coo|cfo|president|vice-president|chair\w*|manager|officer|"
    r"founder|co-founder|secretary|coordinator|professor|dean|rector|minister|mayor|ambassador|"
    r"advisor|adviser|lead|leader|chief|delegate|representative)\b"
    r"(?:(?-i:,\s+[A-Z][\w&-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&-]*){0,3})(?=\s+(?:at|of)\s))?"
    r"[^,;\n]*)",
    re.IGNORECASE,
)
# "its managing director, Sophie Lambert"
_TITLE_BEFORE = re.compile(
    r"\b(its|their|our|[Ii]ts|[Tt]heir|Our)\s+((?:[\w-]+\s+){0,2}?(?:director|president|ceo|head|"
    r"manager|chair\w*|coordinator|founder))\s*,\s*"
)
_PROJECT_REFS = re.compile(
    r"\b(?:the|this|that) (?:[\w-]+ ){0,2}?(?:project|consortium|proposal)\b"
    r"|\b(?:project|consortium) partners\b|\b(?:the )?(?:other |lead )partners? (?:is|are)\b"
    r"|\b(?:its|their|other) partners (?:are|include)\b"
    r"|(?:^|(?<=[.!?:\n] )|(?<=\n))partners (?:are|include)\b",
    re.IGNORECASE,
)
_GROUP_SUBJECT = re.compile(
    r"(?:^|,\s*|^(?:during|at|in|on|after|before|since|then|later)\b[^,]{0,40}?\s)"
    r"(?:both|the two)\s+([a-z-]+)"
)
_NOMINAL_SUBJECT = re.compile(r"(?:the|a|an|this|that|these|those)\s+[a-z]")
_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_APPOSITIVE_PLACE = re.compile(
    r"\)?\s*(?:\([^()]*\)\s*)?(?:,\s*|\s+is\s+)(?:the|a|an)\s+[\w\s’'-]{0,50}?\b(?:of|in|from)\s+(?:the\s+)?"
)
_SINCE_WORDS = re.compile(
    r"\b(?:created|signed|established|new|formed|concluded|launched|sealed|began|started)\b",
    re.IGNORECASE,
)
_SPONSOR_LEVEL = re.compile(
    r"\b(Gold|Silver|Platinum|Bronze|Diamond|Premium|Main)\W{0,2}\s*Sponsor", re.IGNORECASE
)
_MEETINGS = re.compile(
    r"\b(?:close to |nearly |about |around |over |more than |some )?(\d{1,4})\s+"
    r"(?:[\w-]+\s+){0,2}?meetings\b",
    re.IGNORECASE,
)
_COMPANIES = re.compile(r"\b(\d{1,4})\s+(?:[\w-]+\s+){0,2}?companies\b", re.IGNORECASE)
_FORMAT_VIRTUAL = re.compile(r"\b(?:virtual(?:ly)?|online|videoconference)\b", re.IGNORECASE)


@dataclass
class Ref:
    start: int
    end: int
    entity: int
    implicit: bool = False


@dataclass
class Fact:
    subject: int
    predicate: Predicate
    object: int
    sentence: int
    date: str | None
    attributes: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.7


class _Sentence:
    def __init__(
        self,
        analysis: Analysis,
        index: int,
        refs: list[Ref],
        parties: tuple[int, int] | None = None,
    ) -> None:
        self.analysis = analysis
        self.parties = parties  # the two sides of the last agreement named before
        self.index = index
        self.start, self.end = analysis.sentences[index]
        self.text = analysis.text[self.start : self.end]
        self.refs = refs

    def entity(self, ref: Ref) -> EntityBuild:
        return self.analysis.entities[ref.entity]

    def of_types(self, refs: list[Ref], types: frozenset[EntityType]) -> list[Ref]:
        return [r for r in refs if self.entity(r).type in types]

    def boundary_after(self, position: int) -> int:
        match = _BOUNDARY.search(self.analysis.text, position, self.end)
        return match.start() if match else self.end

    def boundary_before(self, position: int) -> int:
        last = self.start
        for match in _BOUNDARY.finditer(self.analysis.text, self.start, position):
            last = match.end()
        return last

    def after(
        self, position: int, types: frozenset[EntityType], *, clause: bool = True
    ) -> list[Ref]:
        stop = self.boundary_after(position) if clause else self.end
        found = [r for r in self.refs if position <= r.start < stop and not r.implicit]
        return self.of_types(found, types)

    def before(self, position: int, types: frozenset[EntityType]) -> list[Ref]:
        begin = self.boundary_before(position)
        found = [r for r in self.refs if begin <= r.start and r.end <= position]
        return self.of_types(found, types)

    def subject(self, position: int, types: frozenset[EntityType]) -> tuple[Ref | None, bool]:
        """The name the clause before `position` is about, else the reporting organisation."""
        candidates = [
            r for r in self.before(position, ALL_TYPES)
            if self.entity(r).type in types
            or (not r.implicit and self.entity(r).type is EntityType.PROJECT)
        ]  # fmt: skip
        text = self.analysis.text
        for ref in reversed(candidates):
            if re.match(r"\s*(?:’s|'s)\s", text[ref.end : ref.end + 4]) and not re.search(
                # "a member of the International Water Association's programme": an object
                r"\b(?:of|with|to|in|for|by|at|from)\s+(?:the\s+)?$",
                text[max(self.start, ref.start - 10) : ref.start],
            ):
                return ref, False
        clause_start = self.boundary_before(position)
        antecedent = self.antecedent(clause_start, position)
        if antecedent is not None:
            return (antecedent, False) if self.entity(antecedent).type in types else (None, False)
        # "by a Korean delegation, which toured ... and met with": the unnamed delegation
        relative = bool(
            re.search(
                r",\s*(?:which|who)$", text[max(self.start, clause_start - 12) : clause_start]
            )
        )
        for ref in candidates:
            # a name after a preposition or inside brackets is an object, not the subject
            segment_start = max(clause_start, text.rfind(",", clause_start, ref.start) + 1)
            preceding = text[segment_start : ref.start].casefold()
            if re.search(r"\bdelegations?\s+(?:from|of)\s+(?:the\s+)?$", preceding) and not any(
                self.analysis.tags.get(i, "") in _FINITE_VERBS
                for i in range(segment_start, ref.start)
            ):
                return ref, False  # "a delegation from the Ministry of Health ... met with"
            if "(" in preceding or _OBJECT_CONTEXT.search(preceding):
                continue
            if in_brackets(text, clause_start, ref.start):
                continue
            if not ref.implicit and self.modifies_noun(ref):
                continue  # "BIO International twin", "Genopole companies"
            tags = self.analysis.tags
            if any(tags.get(i, "") in _FINITE_VERBS for i in range(segment_start, ref.start)):
                continue  # "The delegation visited the BioInnovation Institute"
            if self.entity(ref).type not in types:
                return None, False  # "NeuroRegen also partners with": not an organisation
            return ref, False
        lead = text[clause_start:position].strip().casefold()
        tags = self.analysis.tags
        has_verb = any(tags.get(i, "") in _FINITE_VERBS for i in range(clause_start, position))
        last_part = lead[lead.rfind(",") + 1 :].strip()
        if _COUNTED_SUBJECT.match(lead) or (
            has_verb and (_NOMINAL_SUBJECT.match(lead) or _NOMINAL_SUBJECT.match(last_part))
        ):
            # "Two are members of EUGLOH", "The delegation met with": someone else, unnamed
            return None, False
        if relative:
            return None, False
        own = self.analysis.self_entity
        if own is not None and self.analysis.entities[own].type in types:
            return Ref(position, position, own, implicit=True), True
        return None, False

    def previous_subject(self, types: frozenset[EntityType]) -> Ref | None:
        """The first name of the type in the sentence before (or the one before that)."""
        for back in (1, 2):
            for mention in self.analysis.mentions:
                if (
                    mention.sentence == self.index - back
                    and mention.kind == "name"
                    and mention.entity >= 0
                    and self.analysis.entities[mention.entity].type in types
                ):
                    return Ref(self.start, self.start, mention.entity, implicit=True)
        return None

    def antecedent(self, clause_start: int, position: int) -> Ref | None:
        """ "UKE, which has worked with NUS": the name a relative clause is about, when the
        clause names no one before `position`."""
        text = self.analysis.text
        if not re.search(
            r",\s*(?:which|who)$", text[max(self.start, clause_start - 12) : clause_start]
        ):
            return None
        inside = [r for r in self.refs if clause_start <= r.start < position and not r.implicit]
        if inside and "," not in text[inside[-1].end : position]:
            return None  # "ICBA, which BioM joined": the clause names its own subject
        # "CleantechAlps, which is funded by the cantons of Vaud and Jura, already works with"
        comma = text.rfind(",", self.start, clause_start)
        before = [r for r in self.refs if r.end <= comma and not r.implicit]
        if before and re.fullmatch(r"\)?\s*(?:\([^()]*\))?\s*", text[before[-1].end : comma]):
            if len(before) > 1 and re.search(r"\bwho\s*$", text[clause_start - 6 : clause_start]):
                # "Prof. Katrin Weiß of Charité, who leads the project": the person
                person = before[-2]
                if self.entity(person).type is EntityType.PERSON and re.fullmatch(
                    r"\s+(?:of|at|from)\s+(?:the\s+)?", text[person.end : before[-1].start]
                ):
                    return person
            return before[-1]
        return None

    def group_subjects(self, position: int) -> list[Ref]:
        """ "Both clusters", "the two clusters": the last two organisations named before."""
        lead = self.analysis.text[self.boundary_before(position) : position].strip().casefold()
        match = _GROUP_SUBJECT.search(lead)
        if match is None:
            return []
        wanted = TYPE_WORDS.get(match.group(1))
        if self.parties is not None and (
            wanted is None
            or match.group(1) in ("partners", "parties", "signatories")
            or any(self.analysis.entities[p].type is wanted for p in self.parties)
        ):
            # "the two organisations" after an agreement: its two parties
            return [Ref(position, position, p, implicit=True) for p in self.parties]
        seen: list[int] = []
        # the last two of the type named, else of a kindred type, else any two
        kindred = {EntityType.CLUSTER, EntityType.NETWORK}
        for accept in (
            {wanted} if wanted else set(EntityType),
            kindred if wanted in kindred else set(EntityType),
            set(EntityType),
        ):
            seen = []
            for mention in reversed(self.analysis.mentions):
                if mention.start >= self.start or mention.entity < 0 or mention.entity in seen:
                    continue
                entity = self.analysis.entities[mention.entity]
                if entity.is_org and entity.type in accept:
                    seen.append(mention.entity)
                if len(seen) == 2:
                    break
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return []
        return [Ref(position, position, entity, implicit=True) for entity in reversed(seen)]

    def listed_subjects(self, position: int, types: frozenset[EntityType]) -> list[Ref]:
        """ "Companies such as Argenx, Galapagos and ViroVet held meetings with": all three."""
        text = self.analysis.text
        clause_start = self.boundary_before(position)
        refs = [r for r in self.refs if clause_start <= r.start and r.end <= position]
        refs = [r for r in refs if not r.implicit]
        if len(refs) < 2:
            return []
        refs = [r for r in refs if self.entity(r).type in types] or refs
        if len(refs) < 2:
            return []
        comma = text.rfind(",", clause_start, refs[0].start)
        lead = text[max(clause_start, comma + 1) : refs[0].start]
        if "(" in lead or not re.fullmatch(
            r"\s*(?:[\w-]+\s+){0,3}(?:such as|like|including)\s+|\s*(?:[Tt]he\s+)?", lead
        ):
            return []
        members = [refs[0]]
        for ref in refs[1:]:  # a plain list: "A, B and C"
            if not _PLAIN_LIST_GAP.fullmatch(text[members[-1].end : ref.start]):
                break
            members.append(ref)
        if len(members) < 2 or members[-1] is not refs[-1]:
            return []
        return [r for r in members if self.entity(r).type in types]

    def modifies_noun(self, ref: Ref) -> bool:
        text = self.analysis.text
        following = re.match(r"\s+([a-z][\w-]*)", text[ref.end : self.end])
        if following is None:
            return False
        tag = self.analysis.tags.get(ref.end + following.start(1), "")
        return tag in ("NN", "NNS")

    def series(self, refs: list[Ref]) -> list[Ref]:
        """The first name and those listed with it: "X, Y and Z"."""
        if not refs:
            return []
        text = self.analysis.text
        result = [refs[0]]
        for ref in refs[1:]:
            gap = text[result[-1].end : ref.start]
            if not _SERIES_GAP.fullmatch(gap):
                break
            result.append(ref)
        return result

    def has(self, regex: re.Pattern[str]) -> re.Match[str] | None:
        return regex.search(self.analysis.text, self.start, self.end)


def refs_by_sentence(analysis: Analysis) -> dict[int, list[Ref]]:
    """Names, and the words that stand for a name, sentence by sentence."""
    refs: dict[int, list[Ref]] = {}
    for mention in analysis.mentions:
        if mention.kind == "name" and mention.entity >= 0:
            refs.setdefault(mention.sentence, []).append(
                Ref(mention.start, mention.end, mention.entity)
            )
    last_event: int | None = None
    last_event_sentence = -2
    last_network: int | None = None
    last_project: int | None = None
    last_cluster: int | None = None
    previous_subject: int | None = None
    delegation: int | None = None
    described: dict[str, int] = {}
    text = analysis.text
    for index, (start, end) in enumerate(analysis.sentences):
        found = refs.setdefault(index, [])
        explicit = list(found)
        extra: list[Ref] = []
        own = analysis.self_entity
        own_is_cluster = own is not None and analysis.entities[own].type is EntityType.CLUSTER
        for match in _DESCRIBED_REFS.finditer(text, start, end):
            # "X, the association of ...": later "the association" is X ("the cluster" stays
            # the reporting cluster)
            word = match.group(1).casefold()
            entity = described.get(word)
            if entity is not None and not (own_is_cluster and "cluster" in word):
                extra.append(Ref(match.start(), match.end(), entity, implicit=True))
        for match in _PRONOUNS.finditer(text, start, end):
            before = [
                r for r in explicit if r.end <= match.start() and analysis.entities[r.entity].is_org
            ]
            if before:
                target: int | None = before[0].entity
            elif previous_subject is not None:
                target = previous_subject
            else:
                target = analysis.self_entity
            if target is not None:
                extra.append(Ref(match.start(), match.end(), target, implicit=True))
        if analysis.self_entity is not None:
            for match in _SELF_REFS.finditer(text, start, end):
                if any(r.start <= match.start() < r.end for r in explicit + extra):
                    continue
                # "the cluster" is the reporting organisation when it is a cluster, else the
                # last cluster named ("... and the French cluster Genopole. ... the cluster met")
                target = analysis.self_entity
                own_type = analysis.entities[target].type
                if (
                    "cluster" in match.group().casefold()
                    and own_type is not EntityType.CLUSTER
                    and last_cluster is not None
                ):
                    target = last_cluster
                extra.append(Ref(match.start(), match.end(), target, implicit=True))
        if last_event is not None:
            for match in _EVENT_REFS.finditer(text, start, end):
                extra.append(Ref(match.start(), match.end(), last_event, implicit=True))
            roles = _EVENT_ROLES.match(text, start, end)
            if roles is not None:
                # "Speakers included ...": of the event just named
                extra.append(Ref(roles.start(), roles.end(), last_event, implicit=True))
            if last_event_sentence >= index - 2:
                # "... signed during BioJapan 2022. The signing was attended by ..."
                for match in _SIGNING_REFS.finditer(text, start, end):
                    extra.append(Ref(match.start(), match.end(), last_event, implicit=True))
        if last_network is not None:
            for match in _NETWORK_REFS.finditer(text, start, end):
                extra.append(Ref(match.start(), match.end(), last_network, implicit=True))
        if last_project is not None:
            for match in _PROJECT_REFS.finditer(text, start, end):
                extra.append(Ref(match.start(), match.end(), last_project, implicit=True))
        if delegation is not None:
            for match in _DELEGATION_REFS.finditer(text[start:end]):
                if not any(r.start <= start + match.start() < r.end for r in explicit):
                    extra.append(
                        Ref(start + match.start(), start + match.end(), delegation, implicit=True)
                    )
        leader = _delegation_leader(analysis, start, end, explicit, extra)
        delegation = leader if leader is not None else delegation
        found.extend(extra)
        found.sort(key=lambda r: r.start)
        orgs = [r for r in explicit if analysis.entities[r.entity].is_org]
        previous_subject = orgs[0].entity if orgs else previous_subject
        for mention in analysis.mentions:
            if mention.sentence == index and mention.described and mention.entity >= 0:
                described[mention.described] = mention.entity
        for ref in explicit:
            entity_type = analysis.entities[ref.entity].type
            if entity_type is EntityType.EVENT:
                last_event = ref.entity
                last_event_sentence = index
            elif entity_type is EntityType.NETWORK:
                last_network = ref.entity
            elif entity_type is EntityType.PROJECT:
                last_project = ref.entity
            elif entity_type is EntityType.CLUSTER:
                last_cluster = ref.entity
    return refs


def _delegation_leader(
    analysis: Analysis, start: int, end: int, explicit: list[Ref], extra: list[Ref]
) -> int | None:
    """The organisation a sentence says leads a delegation, if it says so."""
    text = analysis.text
    orgs = [r for r in explicit if analysis.entities[r.entity].is_org]
    led_by = _DELEGATION_BY.search(text, start, end)
    if led_by is not None:
        after = [r for r in orgs if r.start >= led_by.end()]
        if after and after[0].start - led_by.end() < 8:
            return after[0].entity
    led = _DELEGATION_LED.search(text, start, end)
    if led is not None:
        before = [
            r for r in orgs + extra if r.end <= led.start() and analysis.entities[r.entity].is_org
        ]
        before.sort(key=lambda r: r.start)
        if before:
            return before[0].entity
        return analysis.self_entity
    return None


def extract_facts(analysis: Analysis, year: int | None) -> list[Fact]:
    facts: list[Fact] = []
    refs = refs_by_sentence(analysis)
    event_dates: dict[int, str] = {}
    parties: tuple[int, int] | None = None
    reference = document_date(analysis.text)
    for index in range(len(analysis.sentences)):
        sentence = _Sentence(analysis, index, refs.get(index, []), parties)
        dates = find_dates(analysis.text, sentence.start, sentence.end, year, reference)
        date = best_date(dates)
        for ref in sentence.of_types(sentence.refs, _EVENT):
            if date and ref.entity not in event_dates and not ref.implicit:
                event_dates[ref.entity] = date
        found: list[Fact] = []
        _partners(sentence, found)
        _members(sentence, found)
        _events(sentence, found, facts)
        _meetings(sentence, found)
        _consortia(sentence, found, facts)
        _leads(sentence, found)
        _funding(sentence, found)
        _programme_projects(sentence, found)
        _which_coordinates(sentence, found)
        _locations(sentence, found)
        _works_for(sentence, found)
        _hosts(sentence, found)
        _mutual_meetings(sentence, found)
        _shared_stands(sentence, found)
        _stands_run_together(sentence, found)
        _companies_joined(sentence, found)
        for fact in found:
            fact.date = fact_date(fact, date, event_dates, year)
            if "since" in fact.attributes and fact.attributes["since"] is None:
                fact.attributes["since"] = fact.date[:4] if fact.date else None
                if fact.attributes["since"] is None:
                    del fact.attributes["since"]
        facts.extend(found)
        agreements = {
            tuple(sorted((f.subject, f.object)))
            for f in found
            if f.predicate is Predicate.PARTNER_OF
        }
        if len(agreements) == 1:
            first, second = agreements.pop()
            parties = (first, second)
    organised_by = {
        f.object
        for f in facts
        if f.predicate is Predicate.ORGANIZED
        and not re.search(  # co-organisers add to the organiser the name gives
            r"co-?organi|together|jointly",
            analysis.text[slice(*analysis.sentences[f.sentence])],
            re.IGNORECASE,
        )
    }
    facts.extend(f for f in _organisers_by_name(analysis, year) if f.object not in organised_by)
    located = {f.subject for f in facts if f.predicate is Predicate.LOCATED_IN}
    facts.extend(f for f in _events_named_after_places(analysis) if f.subject not in located)
    funders = {(f.object, f.subject) for f in facts if f.predicate is Predicate.FUNDED_BY}
    facts = [
        f
        for f in facts
        if not (f.predicate is Predicate.CONSORTIUM_MEMBER_OF and (f.subject, f.object) in funders)
    ]  # "with a grant from EIT Food": the funder is not in the consortium
    organised = {(f.subject, f.object) for f in facts if f.predicate is Predicate.ORGANIZED}
    facts = [
        f
        for f in facts
        if not (f.predicate is Predicate.PARTICIPATED_IN and (f.subject, f.object) in organised)
    ]
    return _deduplicate(analysis, facts)


def _organisers_by_name(analysis: Analysis, year: int | None) -> list[Fact]:
    """ "the 2021 EUGLOH annual conference": an event named after its organiser."""
    facts = []
    names: list[tuple[str, int]] = []
    for index, entity in enumerate(analysis.entities):
        if entity.is_org:
            for name in (entity.name, *entity.aliases):
                names.append((normalize_name(name), index))
    for index, entity in enumerate(analysis.entities):
        if entity.type is not EntityType.EVENT:
            continue
        event_name = normalize_name(entity.name)
        for name, owner in names:
            rest = event_name[len(name) :] if event_name.startswith(name + " ") else ""
            if re.fullmatch(r"\s*(?:19|20)\d\d", rest):
                continue  # "BioFIT" of "BioFIT 2023": the event itself, not its organiser
            if name and rest.strip() and owner != index:
                first = entity.mentions[0]
                facts.append(
                    Fact(
                        owner,
                        Predicate.ORGANIZED,
                        index,
                        first.sentence,
                        str(year) if year else None,
                        {},
                        0.6,
                    )
                )
                break
    return facts


def _events_named_after_places(analysis: Analysis) -> list[Fact]:
    """ "Oslo Innovation Week", "SIAL Paris": an event named after a city the text names."""
    places = {
        normalize_name(name): index
        for index, entity in enumerate(analysis.entities)
        if entity.type is EntityType.PLACE
        for name in (entity.name, *entity.aliases)
    }
    facts = []
    for index, entity in enumerate(analysis.entities):
        if entity.type is not EntityType.EVENT:
            continue
        words = normalize_name(entity.name).split()
        for size in (3, 2, 1):
            for words_of_place in (words[:size], words[-size:]):
                place = places.get(" ".join(words_of_place))
                if place is not None and len(words) > size:
                    first = entity.mentions[0]
                    facts.append(
                        Fact(index, Predicate.LOCATED_IN, place, first.sentence, None, {}, 0.55)
                    )
                    break
            else:
                continue
            break
    return facts


def fact_date(
    fact: Fact, sentence_date: str | None, event_dates: dict[int, str], year: int | None
) -> str | None:
    if fact.predicate in (Predicate.LOCATED_IN, Predicate.WORKS_FOR):
        return None
    if sentence_date:
        return sentence_date
    for entity in (fact.object, fact.subject, fact.attributes.get("_event")):
        if isinstance(entity, int) and entity in event_dates:
            return event_dates[entity]
    return str(year) if year else None


def _add(
    found: list[Fact],
    sentence: _Sentence,
    subject: Ref | None,
    predicate: Predicate,
    obj: Ref | None,
    confidence: float,
    attributes: dict[str, Any] | None = None,
) -> None:
    if subject is None or obj is None or subject.entity == obj.entity:
        return
    rule = PREDICATES[predicate]
    s_entity = sentence.analysis.entities[subject.entity]
    o_entity = sentence.analysis.entities[obj.entity]
    if s_entity.type not in rule.subjects or o_entity.type not in rule.objects:
        return
    if subject.implicit:
        confidence -= 0.08
    if obj.implicit:
        confidence -= 0.05
    if s_entity.entry is not None and o_entity.entry is not None:
        confidence += 0.05
    confidence -= 0.03 * (s_entity.strength < 3) + 0.03 * (o_entity.strength < 3)
    found.append(
        Fact(
            subject=subject.entity,
            predicate=predicate,
            object=obj.entity,
            sentence=sentence.index,
            date=None,
            attributes=dict(attributes or {}),
            confidence=max(0.05, min(0.95, confidence)),
        )
    )


# ------------------------------------------------------------------ the rules


def _partners(sentence: _Sentence, found: list[Fact]) -> None:
    text = sentence.analysis.text
    for match in _PARTNER.finditer(text, sentence.start, sentence.end):
        words = match.group().casefold()
        if re.match(r"partnering\s+(?:meeting|day|event|session|forum)", words):
            continue  # "partnering meetings with": meetings, not a partnership
        following = re.match(r"\s+(\w+)", text[match.end() : sentence.end])
        if (
            words.endswith(" to")
            and following is not None
            and sentence.analysis.tags.get(match.end() + following.start(1)) == "VB"
        ):
            continue  # "a letter of intent to set up a call": a purpose, not a partner
        if words.startswith("ties") or words.startswith("links") or words.startswith("relation"):
            # "strengthened Genopole's ties to ...": only with a verb of making or keeping ties
            window = text[max(sentence.start, match.start() - 40) : match.start()].casefold()
            if not re.search(
                r"strengthen|reinforc|deepen|creat|forg|built|build|tighten|establish|renew", window
            ):
                continue
        if words.endswith("between"):
            parties = sentence.after(match.end(), _ORG)
            for other in parties[1:]:
                _add(
                    found,
                    sentence,
                    parties[0],
                    Predicate.PARTNER_OF,
                    other,
                    0.75,
                    _kind(words, sentence),
                )
            continue
        if (
            match.start() == sentence.start
            and words.startswith(("together", "along"))
            and sentence.of_types(sentence.refs, _PROJECT)
            and sentence.has(_CONSORTIUM)
        ):
            continue  # "Together with X, CLEAN is a partner in WATERCIRCLE": fellow members
        if words.startswith(("together", "jointly")) and re.search(
            r"\b(?:leads|led|coordinates|coordinated|runs|manages)\s+(?:the|this|its)\s+"
            r"(?:[\w-]+\s+)?(?:project|consortium|initiative)\s+$",
            text[sentence.start : match.start()],
        ):
            continue  # "leads the project together with X": co-leaders, not partners
        if re.search(r"together|jointly|co-organi", words) and _organises_event(sentence):
            continue  # co-organisers of a named event: `organized`, not a partnership
        subject, _ = sentence.subject(match.start(), _ORG)
        if subject is None and re.search(r"together|jointly|^in |prepared|planned|arranged", words):
            # "The mission was organised together with FIT": the reporter's mission
            own = sentence.analysis.self_entity
            subject = (
                Ref(match.start(), match.start(), own, implicit=True) if own is not None else None
            )
        attributes = _kind(words, sentence)
        if _SINCE_WORDS.search(text, max(sentence.start, match.start() - 30), match.end()):
            attributes["since"] = None  # filled with the fact's date
        objects = sentence.of_types(sentence.series(sentence.after(match.end(), ALL_TYPES)), _ORG)
        if "addition" in words or "welcom" in words:
            objects = [o for o in objects if sentence.entity(o).type is EntityType.UNIVERSITY]
            attributes["kind"] = "university-network"
            attributes["since"] = None
        for obj in objects:
            _add(found, sentence, subject, Predicate.PARTNER_OF, obj, 0.8, attributes)
    signed = sentence.has(_PAIR_SIGNED)
    if signed is not None:
        # "agreements were announced: A and B signed an agreement": the last verb
        verbs = list(_SIGNING_VERB.finditer(signed.group()))
        last_verb = verbs[-1] if verbs else None
        if last_verb is not None and last_verb.start() > 0:
            signed = re.compile(re.escape(signed.group()[last_verb.start() :])).search(
                text, signed.start() + last_verb.start()
            )
    if signed is not None:
        # the parties are the sentence's subjects, not names inside their descriptions
        parties = [
            r
            for r in sentence.before(signed.start(), _ORG)
            if not re.search(
                r"\b(?:of|by|for|from|with|at|in)\s+(?:the\s+)?$",
                text[max(sentence.start, r.start - 12) : r.start],
            )
        ]
        if len(parties) >= 2:
            # "A, B and C signed a memorandum": each is the partner of each other
            pairs = (
                [(a, b) for i, a in enumerate(parties) for b in parties[i + 1 :]]
                if len(parties) <= 4
                and all(
                    _PLAIN_LIST_GAP.fullmatch(text[a.end : b.start]) for a, b in pairwise(parties)
                )
                else [(parties[0], other) for other in parties[1:]]
            )
            for one, other in pairs:
                _add(
                    found,
                    sentence,
                    one,
                    Predicate.PARTNER_OF,
                    other,
                    0.75,
                    _kind(signed.group().casefold(), sentence),
                )


def _organises_event(sentence: _Sentence) -> bool:
    text = sentence.analysis.text
    events = _event_refs(sentence)
    for match in _ORGANIZE.finditer(text, sentence.start, sentence.end):
        for event in events:
            gap = text[match.end() : event.start] if event.start >= match.end() else "x"
            if re.fullmatch(r"\s+(?:the\s+)?(?:\d{4}\s+)?", gap):
                return True
    return False


def _kind(words: str, sentence: _Sentence) -> dict[str, Any]:
    whole = sentence.text.casefold()
    if "memorand" in whole or re.search(r"\bmous?\b", whole):
        return {"kind": "mou"}
    if "alliance" in words:
        return {"kind": "alliance"}
    if "promot" in whole:
        return {"kind": "co-promotion"}
    if "cooperat" in words or "collaborat" in words:
        return {"kind": "cooperation"}
    if "joint" in words:
        return {"kind": "joint-project"}
    return {}


def _members(sentence: _Sentence, found: list[Fact]) -> None:
    text = sentence.analysis.text
    targets = frozenset({EntityType.NETWORK, EntityType.CLUSTER})
    heading = re.match(r"\s*([^:\n]{2,60}):\s+an?\s+(\S+)\s+(associate|member)\b", sentence.text)
    if heading is not None:
        refs = sentence.refs
        subject = next((r for r in refs if r.start < sentence.start + heading.end(1)), None)
        obj = next((r for r in refs if r.start >= sentence.start + heading.start(2)), None)
        role = "associated_partner" if heading.group(3) == "associate" else "member"
        _add(found, sentence, subject, Predicate.MEMBER_OF, obj, 0.7, {"role": role})
        return
    for founded in _FOUNDED.finditer(text, sentence.start, sentence.end):
        # "With A and B, Wagralim founded the Smart Protein Alliance, a network of ...": all
        # three are its (founding) members
        networks = sentence.after(founded.end(), frozenset({EntityType.NETWORK}))[:1]
        if not networks or networks[0].start - founded.end() > 6:
            continue
        founder, _ = sentence.subject(founded.start(), _ORG)
        founders = [founder] if founder is not None else []
        together = re.match(r"(?:Together with|With|Along with|Alongside)\s+", sentence.text)
        if together is not None:
            comma = sentence.text.find(",", together.end())
            founders += [
                r
                for r in sentence.of_types(sentence.refs, _ORG)
                if sentence.start + together.end() <= r.start < sentence.start + max(comma, 0)
            ]
        for member in founders:
            _add(found, sentence, member, Predicate.MEMBER_OF, networks[0], 0.65,
                 {"role": "member"})  # fmt: skip
    admitted = _ADMITTED_MEMBERS.search(text, sentence.start, sentence.end)
    if admitted is not None:
        # "ScanBalt has admitted three new members: A, B and the Polish company C"
        network, _ = sentence.subject(admitted.start(), targets)
        for ref in sentence.after(admitted.end(), _ORG, clause=False):
            if not in_brackets(text, sentence.start, ref.start):
                _add(found, sentence, ref, Predicate.MEMBER_OF, network, 0.7, {"role": "member"})
    for members_of in re.finditer(r"\b[Mm]embers of\s+(?:the\s+|our\s+|its\s+)?", sentence.text):
        # "Members of the Plonk Cluster, including A, B and C"
        owner = [r for r in sentence.refs if r.start == sentence.start + members_of.end()]
        if not owner or sentence.entity(owner[0]).type not in targets:
            continue
        listed = re.match(
            r"\s*(?:\([^()]*\)\s*)?,?\s*(?:including|such as|among them|like)\s+",
            text[owner[0].end : sentence.end],
        )
        if listed is None:
            continue
        start = owner[0].end + listed.end()
        for ref in sentence.of_types(sentence.series(sentence.after(start, ALL_TYPES)), _ORG):
            _add(found, sentence, ref, Predicate.MEMBER_OF, owner[0], 0.7, {"role": "member"})
    listing = _NEW_MEMBERS_ARE.match(sentence.text)
    if listing is not None:
        # "Wexbridge has admitted four new members. The new members are: A, Athens; B, ..."
        network = sentence.previous_subject(targets)
        for ref in sentence.after(sentence.start + listing.end(), _ORG, clause=False):
            if network is not None and not in_brackets(text, sentence.start, ref.start):
                _add(found, sentence, ref, Predicate.MEMBER_OF, network, 0.65, {"role": "member"})
        return
    include = re.search(
        r"\b(its|their|whose|our) members (?:include|are|comprise|count)\b"
        r"|\b(?:counts|has|includes|lists) among (its|their|our) members\b",
        sentence.text,
        re.IGNORECASE,
    )
    if include is not None:
        owner_word = include.start(1) if include.group(1) else include.start(2)
        owner = [r for r in sentence.refs if r.start <= sentence.start + owner_word]
        if owner:
            for member in sentence.series(sentence.after(sentence.start + include.end(), _ORG)):
                _add(
                    found,
                    sentence,
                    member,
                    Predicate.MEMBER_OF,
                    owner[-1],
                    0.75,
                    {"role": "member"},
                )
        return
    for listed in _MEMBERS_NAMED.finditer(text, sentence.start, sentence.end):
        # "Life Science Nord members Evotec, Eppendorf and Dräger"; "represents more than 200
        # organisations, among them AbCellera, ..."
        if listed.group(1):
            owners = [
                r
                for r in sentence.refs
                if not r.implicit and re.fullmatch(r"(?:’s|'s)?\s+", text[r.end : listed.start()])
            ]
        else:
            named, _ = sentence.subject(listed.start(), targets)
            owners = [named] if named is not None else []
        if not owners or sentence.entity(owners[0]).type not in targets:
            continue
        listed_refs = sentence.series(sentence.after(listed.end(), ALL_TYPES))
        if listed_refs and _FROM_SUCH_AS.search(text, listed.start(), listed.end()):
            # "from antibody developers such as A and B to the toolmaker C": C too
            to = _TO_THE.match(text, listed_refs[-1].end)
            if to is not None:
                at = to.end()
                listed_refs += [r for r in sentence.refs if r.start == at and not r.implicit]
        for company in sentence.of_types(listed_refs, _ORG):
            _add(found, sentence, company, Predicate.MEMBER_OF, owners[0], 0.7, {"role": "member"})
    own = sentence.analysis.self_entity
    for listed in re.finditer(
        r"\b[Mm]ember companies\s+(?:such as\s+|like\s+)?(?=[A-Z])", sentence.text
    ):
        # "Member companies Genenta Science and Stevanato Group presented ...": of the reporter
        if own is not None:
            reporter = Ref(sentence.start, sentence.start, own, implicit=True)
            companies = sentence.series(sentence.after(sentence.start + listed.end(), ALL_TYPES))
            for company in sentence.of_types(companies, _ORG):
                _add(
                    found,
                    sentence,
                    company,
                    Predicate.MEMBER_OF,
                    reporter,
                    0.65,
                    {"role": "member"},
                )
    for joined in re.finditer(r",\s+which\s+", sentence.text):
        # "KoreaBIO is a member of the ICBA, which BioM joined in 2022"
        rest = sentence.text[joined.end() :]
        if re.match(r"[^,;]{1,60}?\bjoined\b", rest):
            joined_refs = [r for r in sentence.refs if r.end <= sentence.start + joined.start()]
            joiner = sentence.after(sentence.start + joined.end(), _ORG)[:1]
            if joined_refs and joiner and sentence.entity(joined_refs[-1]).type in targets:
                _add(found, sentence, joiner[0], Predicate.MEMBER_OF, joined_refs[-1], 0.7,
                     {"role": "member"})  # fmt: skip
    for match in _MEMBER.finditer(text, sentence.start, sentence.end):
        words = match.group().casefold()
        role = "member"
        if "committee" in words:
            role = "executive_committee"
        elif "board" in words:
            role = "board"
        elif "associate" in words:
            role = "associated_partner"
        of_which = re.search(
            r"\b(?:of|in) which\s+$", text[max(sentence.start, match.start() - 40) : match.start()]
        ) or re.search(
            r"\b(?:of|in) which\b", text[max(sentence.start, match.start() - 40) : match.start()]
        )
        if of_which is not None:
            # "EUGLOH, of which Genopole is an associated partner"
            subject, _ = sentence.subject(match.start(), _ORG)
            before = sentence.before(match.start() - 40, targets) or [
                r
                for r in sentence.refs
                if r.end <= match.start() and sentence.entity(r).type in targets
            ]
            network = before[-1] if before else None
            if subject is not None and network is not None and subject.entity == network.entity:
                own = sentence.analysis.self_entity
                subject = Ref(match.start(), match.start(), own, True) if own is not None else None
            _add(found, sentence, subject, Predicate.MEMBER_OF, network, 0.7, {"role": role})
            continue
        if (words.startswith("join") or "part" in words or "active" in words) and not (
            sentence.after(match.end(), targets)
        ):
            continue
        subject, _ = sentence.subject(match.start(), _ORG)
        subjects = sentence.group_subjects(match.start()) or ([subject] if subject else [])
        following = sentence.series(sentence.after(match.end(), ALL_TYPES))
        objects = [r for r in following if sentence.entity(r).type in targets]
        if objects and words.startswith("member"):
            # "a member of A, the national network of ..., and of B"
            for also in re.finditer(r",?\s+and of\s+(?:the\s+)?", text[match.end() : sentence.end]):
                at = match.end() + also.end()
                objects += [
                    r
                    for r in sentence.refs
                    if r.start == at and not r.implicit and sentence.entity(r).type in targets
                ]
        for member in subjects:
            for obj in objects:
                _add(found, sentence, member, Predicate.MEMBER_OF, obj, 0.75, {"role": role})
                if role != "member":
                    break
    # "Two are members of EUGLOH" has no name before it: nothing is said about whom


_FOUNDED = re.compile(r"\b(?:co-?founded|founded|set up|created)\s+(?:the\s+|a\s+)?")
_ADMITTED_MEMBERS = re.compile(
    r"\b(?:admitted|admits|welcomed|welcomes|welcoming|accepted|accepts)\s+"
    r"(?:(?:new|two|three|four|five|six|its|their|the)\s+){1,3}members?\s*(?::|,\s*(?:namely|"
    r"including|among them)\s)\s*"
)
_FROM_SUCH_AS = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}?(?:such as|including|like)\s+$")
_TO_THE = re.compile(r"\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}")
_NEW_MEMBERS_ARE = re.compile(
    r"\s*(?:The|These|Its|Their)\s+(?:(?:new|four|three|two|five|six|latest)\s+){1,2}members"
    r"\s+(?:are|include)\s*:\s*"
)
_MEMBERS_NAMED = re.compile(
    r"(?<=\s)(members|member companies)\s+(?:such as\s+|like\s+|including\s+)?(?=[A-Z])"
    r"|\b(?:represents|gathers|brings together|unites|counts|groups|federates)\b[^.;]{0,80}?"
    r"\b(?:members|companies|organisations|organizations|firms|start-ups)\b[^.;]{0,100}?,\s*"
    r"(?:from\s+(?:[\w-]+\s+){0,3}?)?(?:among them|among which|including|such as|like)\s+"
    r"|\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:\d[\d,]*\s+)?members\s*[—–,]\s*"
    r"(?:from\s+)?(?:[\w-]+\s+){0,3}?(?:among them|including|such as|like)\s+"
    r"|\bmember companies\b[^.;]{0,60}?,\s*(?:among them|including|such as)\s+(?!with\b)"
)


def _event_refs(sentence: _Sentence) -> list[Ref]:
    return sentence.of_types(sentence.refs, _EVENT)


def _events(sentence: _Sentence, found: list[Fact], earlier: list[Fact]) -> None:
    text = sentence.analysis.text
    events = _event_refs(sentence)
    if not events:
        return
    # organised by: "a meeting organized by X", "BIO-Europe, hosted by EBD Group"
    for match in _ORGANIZE_BY.finditer(text, sentence.start, sentence.end):
        before_events = [e for e in events if e.end <= match.start()]
        if not before_events:
            continue
        while len(before_events) > 1 and re.fullmatch(
            r"\s+(?:at|during)\s+(?:the\s+)?", text[before_events[-2].end : before_events[-1].start]
        ):
            before_events.pop()  # "the Brokerage Event at MEDICA 2023, organised by": the first
        explicit_events = [e for e in before_events if not e.implicit]
        if before_events[-1].implicit and explicit_events:
            before_events = explicit_events  # "BIO Asia in Taipei, the convention organised by"
        for organiser in sentence.of_types(
            sentence.series(sentence.after(match.end(), ALL_TYPES)), _ORG
        )[:3]:
            _add(found, sentence, organiser, Predicate.ORGANIZED, before_events[-1], 0.8)
    for match in _ORGANIZE.finditer(text, sentence.start, sentence.end):
        if _ORGANIZE_BY.match(text, match.start()):
            continue
        # the event is what is organised: "will host the BioSpain partnering event", not
        # "will organise a joint partnering day at BIO-Europe"
        after_events = [
            e
            for e in events
            if e.start >= match.end()
            and re.fullmatch(
                r"\s+(?:the\s+)?(?:\d{4}\s+)?(?:(?:first|second|third|fourth|fifth|sixth|"
                r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|next|new|annual)\s+)?"
                r"(?:(?:edition|session|round)\s+of\s+(?:the\s+)?)?",
                text[match.end() : e.start],
            )  # "hosted the second edition of Cascadia BioConnect"
        ]
        if not after_events:
            continue
        subject, _ = sentence.subject(match.start(), _ORG)
        subjects = sentence.group_subjects(match.start()) or ([subject] if subject else [])
        together = re.compile(r"\b(?:together|jointly) with\b|\bwith\b", re.IGNORECASE).search(
            text, after_events[0].end, sentence.end
        )
        if together is not None:  # "... together with ASEBIO": co-organisers
            subjects += sentence.series(sentence.after(together.end(), _ORG))
        for organiser in subjects:
            _add(found, sentence, organiser, Predicate.ORGANIZED, after_events[0], 0.75)
    for which in _WHICH_HOSTS.finditer(text, sentence.start, sentence.end):
        # "the Genesis 2023 conference in London, which One Nucleus hosts every year"
        before_events = [e for e in events if e.end <= which.start() and not e.implicit]
        hosts = [r for r in sentence.refs if r.start == which.start(1) and not r.implicit]
        if before_events and hosts:
            _add(found, sentence, hosts[0], Predicate.ORGANIZED, before_events[-1], 0.75)
    organisers = {f.subject for f in found if f.predicate is Predicate.ORGANIZED}
    # participation: the organisation the sentence is about, and those it came with
    trigger = sentence.has(_PARTICIPATE)
    role = _role(sentence)
    attributes: dict[str, Any] = {"role": role}
    level = sentence.has(_SPONSOR_LEVEL)
    if level is not None and role == "sponsor":
        attributes["level"] = level.group(1).capitalize()
    meetings = sentence.has(_MEETINGS)
    if meetings is not None:
        attributes["meetings"] = int(meetings.group(1))
    companies = sentence.has(_COMPANIES)
    if companies is not None and trigger is not None:
        attributes["companies"] = int(companies.group(1))
    event = events[0]
    for candidate in events:
        if not candidate.implicit:
            event = candidate
            break
    position = trigger.start() if trigger is not None else sentence.end
    subject, implicit = sentence.subject(max(position, event.end), _ORG_OR_PERSON)
    met = {f.object for f in found if f.predicate is Predicate.MET_WITH}
    participants: list[Ref] = sentence.group_subjects(position) or sentence.listed_subjects(
        max(position, event.end), _ORG_OR_PERSON
    )
    if participants:
        subject, implicit = None, False
    if subject is not None and subject.entity not in organisers:
        participants.append(subject)
    if trigger is not None:
        # "The delegation attended BioJapan, where Flanders.bio ran a pavilion": each clause
        for other in _PARTICIPATE.finditer(text, trigger.end(), sentence.end):
            named, fallback = sentence.subject(other.start(), _ORG_OR_PERSON)
            if named is not None and not fallback and named.entity not in organisers:
                participants.append(named)
    if trigger is not None or any(not e.implicit for e in events):
        partnered = re.search(
            r"\b(?:partnered|teamed up|together|jointly)\s+with\b|\balongside\b"
            r"|\bco-hosted\b[^.;]*?\bwith\b"
            r"|\b(?:sponsor|sponsors)\W*\s+with\b",
            sentence.text,
            re.IGNORECASE,
        )
        if partnered is not None:
            listed = sentence.series(sentence.after(sentence.start + partnered.end(), ALL_TYPES))
            participants.extend(sentence.of_types(listed, _ORG))
    agreement = re.match(
        r"\s*(?:the|this|their) (?:agreement|partnership|memorandum|mou|contract|charter)\b",
        text[sentence.boundary_before(event.start) : event.start],
        re.IGNORECASE,
    )
    signed_here = {
        party
        for fact in found
        if fact.predicate is Predicate.PARTNER_OF
        for party in (fact.subject, fact.object)
    }
    if (
        signed_here
        and re.search(
            r"\b(?:sign(?:ed|s|ing)|concluded|renewed|memorandum|agreement)\b",
            text[sentence.start : event.start],
            re.IGNORECASE,
        )
        and re.search(
            r"\b(?:during|at|on the (?:sidelines|margins) of|in the (?:margins|framework) of|"
            r"at the (?:opening|start|close|end) of|on the occasion of)\s+"
            r"(?:the\s+)?(?:\d{4}\s+)?$",
            text[max(sentence.start, event.start - 40) : event.start],
        )
    ):
        # "X and Y signed a memorandum during the BioJapan 2022 fair": both were there
        participants.extend(Ref(event.start, event.start, p, implicit=True) for p in signed_here)
    attended_by = re.search(
        r"\b(?:attended|joined|witnessed|opened|closed|addressed) by\s+(?:the\s+)?"
        r"|\bsigned\b[^.;]{0,80}?\bby\s+(?:the\s+)?"
        r"|^(?:The\s+)?(?:[Ss]peakers|[Ee]xhibitors|[Ss]ponsors|[Pp]anellists|[Pp]anelists)\s+"
        r"(?:included|include|were|are)\s+(?:representatives\s+(?:of|from)\s+)?(?:the\s+)?",
        sentence.text,
    )
    if attended_by is not None:
        # "The signing was attended by RVO and JETRO"
        participants.extend(
            r
            for r in sentence.series(
                sentence.after(sentence.start + attended_by.end(), _ORG_OR_PERSON)
            )
            if not re.match(r"(?:’s|'s)\s", text[r.end : r.end + 3])  # "the Commission's DG"
        )
    if agreement is not None:
        # "The agreement was signed at BIO": its parties were there
        for fact in reversed(earlier):
            if fact.predicate is Predicate.PARTNER_OF:
                for party in (fact.subject, fact.object):
                    participants.append(Ref(event.start, event.start, party, implicit=True))
                break
    presence = re.search(r"\bin the presence of\b", sentence.text, re.IGNORECASE)
    if presence is not None:
        participants.extend(
            sentence.series(sentence.after(sentence.start + presence.end(), _ORG_OR_PERSON))
        )
    if trigger is None and not participants and not (subject is not None and not implicit):
        return
    if re.search(r"\binvited\b", text[sentence.start : event.start]):
        return  # "members will be invited to the forum": not yet there
    # "at the Advanced Therapies Week in Miami and at BioSpain in Barcelona": both events
    attended = [event] + [
        e
        for e in events
        if not e.implicit
        and e.start > event.end
        and re.search(
            r"\b(?:and|or|then)\s+(?:also\s+)?(?:at|to|in)\s+(?:the\s+)?$",
            text[e.start - 20 : e.start],
        )
    ]
    for participant in participants:
        if participant.entity in met or participant.entity in organisers:
            continue
        confidence = 0.75 if trigger is not None else 0.6
        for attended_event in attended:
            _add(found, sentence, participant, Predicate.PARTICIPATED_IN, attended_event,
                 confidence, attributes)  # fmt: skip


_WHICH_HOSTS = re.compile(
    r",\s+which\s+(?:the\s+)?([A-Z]\S*)[^,;]{0,60}?\s+(?:hosts|hosted|organi[sz]es|organi[sz]ed|"
    r"runs|ran|holds|held|has (?:hosted|organi[sz]ed|run|held)|co-organi[sz]es)\b"
)


def _role(sentence: _Sentence) -> str:
    text = sentence.text.casefold()
    if "sponsor" in text:
        return "sponsor"
    if re.search(r"\b(?:stand|booth|pavilion|exhibit\w*)\b", text):
        return "exhibitor"
    if re.search(r"\b(?:spoke|speaker|keynote|presented|pitch\w*|talk|panel)\b", text):
        return "speaker"
    return "attendee"


def _meetings(sentence: _Sentence, found: list[Fact]) -> None:
    text = sentence.analysis.text
    events = [e for e in _event_refs(sentence)]
    for match in _MEET.finditer(text, sentence.start, sentence.end):
        listed = sentence.listed_subjects(match.start(), _ORG) or sentence.group_subjects(
            match.start()
        )  # "the two clusters held joint meetings with"
        subject, _ = sentence.subject(match.start(), _ORG)
        attributes: dict[str, Any] = {}
        if events:
            attributes["_event"] = events[0].entity
        for obj in sentence.after(match.end(), _ORG, clause=True):
            if sentence.entity(obj).type is EntityType.EVENT:
                continue
            for member in listed or ([subject] if subject is not None else []):
                _add(found, sentence, member, Predicate.MET_WITH, obj, 0.75, attributes)


def _consortia(sentence: _Sentence, found: list[Fact], earlier: list[Fact]) -> None:
    text = sentence.analysis.text
    projects = sentence.of_types(sentence.refs, _PROJECT)
    if not projects:
        return
    lowered = sentence.text.casefold()
    status = None
    if re.search(r"\bsubmit", lowered):
        status = "submitted"
    elif re.search(r"\b(?:funded|granted|selected|awarded|won|retained)\b", lowered):
        status = "funded"
    elif re.search(
        r"\b(?:underway|running|launched|started|kick-?off|kicked off|began)\b", lowered
    ):
        status = "running"
    for match in _CONSORTIUM.finditer(text, sentence.start, sentence.end):
        words = match.group().casefold()
        role = "coordinator" if words.startswith("coordinat") else "partner"
        targets = [p for p in projects if p.start >= match.end()] or (
            [p for p in projects if p.end <= match.start()] if "consorti" in words else []
        )
        if not targets:
            continue
        subjects: list[Ref] = sentence.group_subjects(match.start())
        if "together" in words:  # "A and B already work together in P"
            subjects = subjects or sentence.listed_subjects(match.start(), _ORG)
        subject, _ = sentence.subject(match.start(), _ORG)
        if subject is not None and not subjects:
            subjects.append(subject)
        # "clusters, with which Genopole was able to submit": the clusters are partners too
        with_which = re.search(
            r"\bwith (?:which|whom)\b",
            text[max(sentence.start, match.start() - 60) : match.start()],
        )
        if with_which is not None:
            cut = max(sentence.start, match.start() - 60) + with_which.start()
            subjects.extend(
                r
                for r in sentence.refs
                if r.end <= cut
                and not r.implicit
                and sentence.entity(r).type in _ORG
                and any(f.object == r.entity and f.predicate is Predicate.PARTNER_OF for f in found)
            )
        attributes: dict[str, Any] = {"role": role} if role == "coordinator" else {}
        if status:
            attributes["status"] = status
        for subject_ref in subjects:
            for project in targets:
                _add(
                    found,
                    sentence,
                    subject_ref,
                    Predicate.CONSORTIUM_MEMBER_OF,
                    project,
                    0.75,
                    attributes,
                )
                if role == "coordinator":
                    _add(found, sentence, subject_ref, Predicate.LEADS, project, 0.7)
    lead = re.search(
        r"\b(?:lead partner|coordinator|project leader)\s+(?:is|was|will be)\s+",
        sentence.text,
        re.I,
    )
    if lead is not None:
        leaders = sentence.after(sentence.start + lead.end(), _ORG)[:1]
        for leader in leaders:
            _add(found, sentence, leader, Predicate.LEADS, projects[-1], 0.75)
            _add(found, sentence, leader, Predicate.CONSORTIUM_MEMBER_OF, projects[-1], 0.75,
                 {"role": "coordinator"})  # fmt: skip
    for relative in _PROJECT_THAT.finditer(text, sentence.start, sentence.end):
        # "EU-Flonk, a project that CEBR coordinates under the Single Market Programme"
        before = [p for p in projects if p.end <= relative.start() and not p.implicit]
        heads = [r for r in sentence.refs if 0 <= r.start - relative.end() <= 4 and not r.implicit]
        verb = _COORDINATES_AFTER.match(text, heads[0].end) if heads else None
        if not before or verb is None:
            continue
        _add(found, sentence, heads[0], Predicate.LEADS, before[-1], 0.7)
        _add(found, sentence, heads[0], Predicate.CONSORTIUM_MEMBER_OF, before[-1], 0.7,
             {"role": "coordinator"})  # fmt: skip
        if verb.group(1):
            for funder in sentence.after(verb.end(), frozenset({EntityType.PROGRAMME}))[:1]:
                if funder.start - verb.end() <= 4:
                    _add(found, sentence, before[-1], Predicate.FUNDED_BY, funder, 0.7)
    in_which = _IN_WHICH_PARTNERS.search(sentence.text)
    if in_which is not None:
        # "The project, in which A, B and C are partners, will ..."
        start, stop = sentence.start + in_which.start(1), sentence.start + in_which.end(1)
        owner = [p for p in projects if p.end <= start]
        for member in [r for r in sentence.refs if start <= r.start < stop and not r.implicit]:
            if owner:
                _add(found, sentence, member, Predicate.CONSORTIUM_MEMBER_OF, owner[-1], 0.7,
                     {"role": "partner"})  # fmt: skip
    fellows = re.search(r"\bwith\s+(.{3,200}?)\s+as\s+(?:fellow |other )?partners\b", sentence.text)
    if fellows is not None:
        start = sentence.start + fellows.start(1)
        stop = sentence.start + fellows.end(1)
        for member in [r for r in sentence.refs if start <= r.start < stop and not r.implicit]:
            _add(found, sentence, member, Predicate.CONSORTIUM_MEMBER_OF, projects[-1], 0.7,
                 {"role": "partner"})  # fmt: skip
    worked_on = _WORKED_ON.search(sentence.text)
    if worked_on is not None:
        # "PortugalFoods had worked with KU Leuven on the FIT4FOOD project": both were in it
        on = sentence.start + worked_on.end()
        worked_in = [p for p in projects if not p.implicit and 0 <= p.start - on <= 30]
        if worked_in:
            worker, _ = sentence.subject(sentence.start + worked_on.start(), _ORG)
            workers = [worker] if worker is not None else []
            workers += [
                r
                for r in sentence.refs
                if sentence.start + worked_on.start() <= r.start < on and not r.implicit
            ]
            for member in workers:
                _add(found, sentence, member, Predicate.CONSORTIUM_MEMBER_OF, worked_in[0], 0.65,
                     {"role": "partner"})  # fmt: skip
    partners = _PARTNERS_ARE.search(sentence.text)
    if partners is not None:
        for member in sentence.after(sentence.start + partners.end(), _ORG, clause=False):
            attributes = {"status": status} if status else {}
            _add(found, sentence, member, Predicate.CONSORTIUM_MEMBER_OF, projects[-1], 0.7,
                 attributes)  # fmt: skip
    together = re.match(r"(?:Together|Along|Alongside)(?: with)?\s+", sentence.text)
    if together is not None:
        # "Together with Aarhus University and Water Alliance, CLEAN is a partner in WATERCIRCLE"
        comma = sentence.text.find(",", together.end())
        consortium = [f for f in found if f.predicate is Predicate.CONSORTIUM_MEMBER_OF]
        if comma > 0 and consortium:
            for ref in sentence.of_types(sentence.refs, _ORG):
                if sentence.start + together.end() <= ref.start < sentence.start + comma:
                    _add(found, sentence, ref, Predicate.CONSORTIUM_MEMBER_OF,
                         Ref(ref.start, ref.end, consortium[0].object), 0.7,
                         {"role": "partner"})  # fmt: skip
    listing = sentence.has(_CONSORTIUM_LIST)
    if listing is not None:
        project_before = [p for p in projects if p.end <= listing.start()]
        if project_before:
            for member in sentence.after(listing.end(), _ORG, clause=False):
                attributes = {"status": status} if status else {}
                _add(
                    found,
                    sentence,
                    member,
                    Predicate.CONSORTIUM_MEMBER_OF,
                    project_before[-1],
                    0.7,
                    attributes,
                )
    # "Both played a role in the creation of the Food4Health initiative"
    both = re.search(r"\b(?:both|together they|the two)\b[^.]*\b(?:role in|creat|launch)", lowered)
    if both is not None:
        last_two = [
            r for r in _refs_before_sentence(sentence) if sentence.analysis.entities[r].is_org
        ]
        for entity in last_two[-2:]:
            ref = Ref(sentence.start, sentence.start, entity, implicit=True)
            _add(
                found,
                sentence,
                ref,
                Predicate.CONSORTIUM_MEMBER_OF,
                projects[0],
                0.6,
                {"role": "partner"},
            )


_PROJECT_THAT = re.compile(
    r"\b(?:project|initiative|proposal|programme|study)\s+(?:that|which)\s+(?:the\s+)?(?=[A-Z])"
)
_COORDINATES_AFTER = re.compile(
    r"\s+(?:also\s+|now\s+)?(?:coordinates|coordinated|leads|led|will coordinate|will lead|"
    r"manages|managed|runs|ran)\b(\s+under\s+(?:the\s+)?)?"
)
_IN_WHICH_PARTNERS = re.compile(
    r"\b(?:in|of) which\s+(.{3,200}?)\s+(?:are|were|is|was|will be)\s+(?:also\s+)?"
    r"(?:the\s+)?(?:other\s+)?(?:partners|members)\b"
)
_WORKED_ON = re.compile(
    r"\b(?:work(?:ed|s|ing)?|collaborat(?:ed|es|ing)|cooperat(?:ed|es|ing)|partnered)"
    r"(?:\s+(?:together|closely))?(?:\s+with\s+[^.;]{1,80}?)?\s+on\s+(?:the\s+)?"
)
_PARTNERS_ARE = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?:[Oo]ther\s+)?|\b[Oo]ther\s+|^)"
    r"[Pp]artners (?:are|include|includes)\s+"
)


def _refs_before_sentence(sentence: _Sentence) -> list[int]:
    start, _ = sentence.analysis.sentences[max(0, sentence.index - 1)]
    seen: list[int] = []
    for mention in sentence.analysis.mentions:
        if (
            start <= mention.start < sentence.start
            and mention.entity >= 0
            and mention.entity not in seen
        ):
            seen.append(mention.entity)
    return seen


def _leads(sentence: _Sentence, found: list[Fact]) -> None:
    text = sentence.analysis.text
    targets = frozenset({EntityType.PROJECT, EntityType.NETWORK})
    for match in _LEADS_POSSESSIVE.finditer(text, sentence.start, sentence.end):
        leader = [r for r in sentence.refs if r.end == match.start() and not r.implicit]
        objects = [
            r
            for r in sentence.refs
            if r.end <= match.start() and sentence.entity(r).type in targets
        ]
        if leader and objects:
            _add(found, sentence, leader[0], Predicate.LEADS, objects[-1], 0.75)
    for match in _LEADS_BY.finditer(text, sentence.start, sentence.end):
        objects = [
            r
            for r in sentence.refs
            if r.end <= match.start()
            and sentence.entity(r).type in targets
            and text[r.start : r.end].casefold() not in ("our", "we", "its", "it", "their")
        ]
        leaders = sentence.after(match.end(), _ORG_OR_PERSON)
        first = sentence.after(match.end(), ALL_TYPES)
        if leaders and first and first[0] is not leaders[0]:
            leaders = []  # the leader is the name right after "led by", or none
        if objects and leaders:
            _add(found, sentence, leaders[0], Predicate.LEADS, objects[-1], 0.8)
            if sentence.entity(objects[-1]).type is EntityType.PROJECT:
                _add(
                    found,
                    sentence,
                    leaders[0],
                    Predicate.CONSORTIUM_MEMBER_OF,
                    objects[-1],
                    0.7,
                    {"role": "coordinator"},
                )
    for match in _LEADS.finditer(text, sentence.start, sentence.end):
        if _LEADS_BY.match(text, match.start()) or _LED_A_MISSION.match(text, match.end()):
            continue  # "PLSC led its first mission to ...": no project, no network
        objects = sentence.after(match.end(), targets)
        if not objects:
            # "Tehnopol leads the project": the project just named
            objects = [
                r
                for r in sentence.refs
                if r.implicit
                and r.start >= match.end()
                and re.fullmatch(r"\s*", text[match.end() : r.start])
                and sentence.entity(r).type in targets
            ]
        if not objects:
            continue
        subject, _ = sentence.subject(match.start(), _ORG_OR_PERSON)
        heads = [subject] if subject is not None else []
        together = re.match(r"\s+(?:together|jointly) with\s+", text[objects[0].end : sentence.end])
        if together is not None:
            # "... leads the project together with the Karolinska Institutet Innovation Office"
            heads += sentence.series(
                sentence.after(objects[0].end + together.end(), _ORG_OR_PERSON)
            )
        for head in heads:
            _add(found, sentence, head, Predicate.LEADS, objects[0], 0.75)
            if (
                sentence.entity(objects[0]).type is EntityType.PROJECT
                and sentence.entity(head).type in _ORG
            ):
                _add(
                    found,
                    sentence,
                    head,
                    Predicate.CONSORTIUM_MEMBER_OF,
                    objects[0],
                    0.7,
                    {"role": "coordinator"},
                )


_LED_A_MISSION = re.compile(
    r"\s+(?:a|an|the|its|their|our)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:mission|delegation|visit|trip|team|panel|session|workshop|stand|pavilion)s?\b"
)


def _which_coordinates(sentence: _Sentence, found: list[Fact]) -> None:
    """ "the project BIOMED-NET, which it coordinates with the University of Liège"."""
    match = re.search(
        r",\s+which\s+(\S+)\s+(?:co-)?(?:coordinates|leads|coordinated|led)(?:\s+with\s+)?",
        sentence.text,
    )
    if match is None:
        return
    projects = [
        r
        for r in sentence.refs
        if r.end <= sentence.start + match.start() and sentence.entity(r).type in _PROJECT
    ]
    if not projects:
        return
    leaders = [
        r
        for r in sentence.refs
        if sentence.start + match.start(1) <= r.start < sentence.start + match.end(1)
    ] + sentence.after(sentence.start + match.end(), _ORG)[:1]
    for leader in leaders:
        if sentence.entity(leader).type in _ORG:
            _add(found, sentence, leader, Predicate.LEADS, projects[-1], 0.7)
            _add(found, sentence, leader, Predicate.CONSORTIUM_MEMBER_OF, projects[-1], 0.7,
                 {"role": "coordinator"})  # fmt: skip


def _funding(sentence: _Sentence, found: list[Fact]) -> None:
    text = sentence.analysis.text
    funded = frozenset({EntityType.PROJECT, EntityType.NETWORK})
    funders = ORGANISATION_TYPES
    for match in _FUNDED.finditer(text, sentence.start, sentence.end):
        before = [
            r for r in sentence.refs if r.end <= match.start() and sentence.entity(r).type in funded
        ]
        after = sentence.after(match.end(), funders)
        if not before and after:
            # "awarded 6 million euros under the Horizon Europe programme for NeuroRegen"
            before = [
                r
                for r in sentence.refs
                if r.start >= after[0].end and sentence.entity(r).type in _PROJECT
            ][:1]
        if not before or not after:
            continue
        subject = before[-1]
        for funder in sentence.series(after):
            _add(found, sentence, subject, Predicate.FUNDED_BY, funder, 0.8)


def _programme_projects(sentence: _Sentence, found: list[Fact]) -> None:
    """ "the Interreg MED project MEDHealth", "WATERCIRCLE, an Interreg North Sea project",
    "the Interreg Spain-Portugal programme has approved IBER-ATMP": a project of a programme
    is funded by it."""
    text = sentence.analysis.text
    explicit = [r for r in sentence.refs if not r.implicit]
    for project, programme in pairwise(explicit):
        if (
            sentence.entity(programme).type is EntityType.PROGRAMME
            and sentence.entity(project).type is EntityType.PROJECT
            and re.fullmatch(
                r"\s*(?:\([^()]*\))?,\s+(?:a|an|the)\s+", text[project.end : programme.start]
            )
            and re.match(
                r"\s+(?:[\w-]+\s+)?(?:project|initiative)\b", text[programme.end : sentence.end]
            )
        ):
            _add(found, sentence, project, Predicate.FUNDED_BY, programme, 0.75)
    for project, programme in pairwise(explicit):
        if (
            sentence.entity(programme).type is EntityType.PROGRAMME
            and sentence.entity(project).type is EntityType.PROJECT
            and re.fullmatch(
                r"\s+(?:project\s+|initiative\s+)?(?:under|within|of)\s+(?:the\s+)?",
                text[project.end : programme.start],
            )
        ):
            _add(found, sentence, project, Predicate.FUNDED_BY, programme, 0.7)
    for verb in _PROGRAMME_FUNDS.finditer(text, sentence.start, sentence.end):
        programmes = [
            r for r in explicit
            if r.end <= verb.start() and sentence.entity(r).type is EntityType.PROGRAMME
        ]  # fmt: skip
        projects = sentence.after(verb.end(), _PROJECT)
        if (
            programmes
            and projects
            and not re.search(r"[,;]", text[programmes[-1].end : verb.start()])
        ):
            _add(found, sentence, projects[0], Predicate.FUNDED_BY, programmes[-1], 0.75)
    for programme, project in pairwise(explicit):
        if (
            sentence.entity(programme).type is EntityType.PROGRAMME
            and sentence.entity(project).type is EntityType.PROJECT
            and re.fullmatch(
                r"\s+(?:project|initiative|proposal)\s+", text[programme.end : project.start]
            )
        ):
            _add(found, sentence, project, Predicate.FUNDED_BY, programme, 0.75)


_PROGRAMME_FUNDS = re.compile(
    r"\b(?:has |have |will |is to |also )?(?:approved|funds|funded|finances|financed|"
    r"co-finances|co-financed|selected|supports|supported|finance|fund|support|select|"
    r"granted|awarded)\b",
    re.IGNORECASE,
)


# what stands between a name and another named in its description: "Mosa Diagnostics
# (Liège), a BioWin member", "Gulf Biologics, an EPIC member and young biosimilars company"
# (no comma, bracket or clause's end inside)
APPOSITION = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:an?|the|one of the|its|their)\s+(?:[^\W\d_][\w’'&.-]*\s+){0,4}",
)
_MODIFIER_TAIL = re.compile(r"(?:\s+(?-i:[a-z][\w-]*)){1,6}\s*")


def _described(sentence: _Sentence, ref: Ref, before: int) -> Ref:
    """The name a description is of, when `ref` only qualifies a noun of it: in "Gulf
    Biologics, an EPIC member and young biosimilars company based in Masdar City" what is
    based there is Gulf Biologics, not EPIC."""
    text = sentence.analysis.text
    if not _MODIFIER_TAIL.fullmatch(text, ref.end, before):
        return ref
    for head in sorted(sentence.refs, key=lambda r: -r.start):
        if head.end <= ref.start and not head.implicit and head.entity != ref.entity:
            if APPOSITION.fullmatch(text, head.end, ref.start):
                return head
            break  # only the name just before the description
    return ref


def _locations(sentence: _Sentence, found: list[Fact]) -> None:
    text = sentence.analysis.text
    located = _ORG | {EntityType.EVENT}
    for owner, place in sentence.analysis.places_in_brackets:
        if owner.sentence == sentence.index and owner.entity >= 0 and place.entity >= 0:
            _add(
                found,
                sentence,
                Ref(owner.start, owner.end, owner.entity),
                Predicate.LOCATED_IN,
                Ref(place.start, place.end, place.entity),
                0.8,
            )
    for match in _LOCATED.finditer(text, sentence.start, sentence.end):
        places = sentence.after(match.end(), _PLACE)
        if not places or places[0].start - match.end() > 25:
            continue
        subject_refs = [
            r
            for r in sentence.refs
            if r.end <= match.start() and sentence.entity(r).type in located
        ]
        if not subject_refs and re.match(
            r"\s*based", text[match.start() : match.start() + 7], re.I
        ):
            # "Based in Geneva, the association represents ...": what comes after
            subject_refs = [
                r
                for r in sentence.refs
                if r.start > places[0].end and sentence.entity(r).type in _ORG
            ][:1]
        if subject_refs and re.match(r"(?:organi|hosted|held|staged)", match.group(), re.I):
            # "the General Assembly, which CEBR organised in Thessaloniki": the event's place
            events = [
                r
                for r in sentence.refs
                if r.end <= subject_refs[-1].start
                and sentence.entity(r).type is EntityType.EVENT
                and re.fullmatch(
                    r"\)?\s*(?:\([^()]*\)\s*)?,\s*(?:which|that)\s+(?:the\s+)?",
                    text[r.end : subject_refs[-1].start],
                )
            ]
            subject_refs = events or subject_refs
        if not subject_refs:
            # "Held in Munich, ..., BIO-Europe Spring": the event comes after
            subject_refs = [
                r
                for r in sentence.refs
                if r.start > places[0].end and sentence.entity(r).type in _EVENT
            ][:1]
        else:
            subject_refs = [_described(sentence, subject_refs[-1], match.start())]
        for subject in subject_refs:
            _add(found, sentence, subject, Predicate.LOCATED_IN, places[0], 0.8)
    # "Karolinska Institutet in Stockholm", "BioWin, the health cluster of Wallonia"
    explicit = [r for r in sentence.refs if not r.implicit]
    for previous, ref in pairwise(explicit):
        if sentence.entity(ref).type is not EntityType.PLACE:
            continue
        if sentence.entity(previous).type not in located:
            continue
        gap = text[previous.end : ref.start]
        by = text[max(sentence.start, previous.start - 16) : previous.start]
        if re.fullmatch(
            r"\)? (?:\d{4} )?(?:(?:[a-z-]+ )?(?:conference|fair|summit|congress|forum|convention|"
            r"exhibition|expo|event|meeting|days?|week|show|festival) )?in ",
            gap,
        ) and not re.search(
            r"(?:organi[sz]ed|hosted|held|run) by\s+$", by
        ):  # "a brokerage event organised by EIT Health in Barcelona": the event's place
            _add(found, sentence, previous, Predicate.LOCATED_IN, ref, 0.65)
        elif _APPOSITIVE_PLACE.fullmatch(gap):
            # "... cluster of the Provence-Alpes-Côte d'Azur and Occitanie regions": both
            for other in sentence.series([r for r in explicit if r.start >= ref.start]):
                if sentence.entity(other).type is EntityType.PLACE:
                    _add(found, sentence, previous, Predicate.LOCATED_IN, other, 0.75)
    # "travelled to Yokohama for BioJapan 2023": the event is where one goes for it
    for city, event in pairwise(explicit):
        if (
            sentence.entity(city).type is EntityType.PLACE
            and sentence.entity(event).type is EntityType.EVENT
            and re.fullmatch(r" for (?:the )?", text[city.end : event.start])
            and re.search(
                r"\b(?:to|in|at)\s+$", text[max(sentence.start, city.start - 4) : city.start]
            )
        ):
            _add(found, sentence, event, Predicate.LOCATED_IN, city, 0.65)
    # a list line "Fraunhofer IZI, Leipzig": an organisation and its place
    for ref, seat in pairwise(explicit):
        # "Malta Life Sciences Park, San Gwann;", "Cluj-Napoca (Romania);": an item of a list
        end_of_line = seat.end == sentence.end or bool(
            re.match(r"(?:\s*\([^()\n]*\))?[;.]?[ \t]*(?:\n|$)", text[seat.end : seat.end + 60])
        )
        if (
            sentence.entity(seat).type is EntityType.PLACE
            and sentence.entity(ref).type in located
            and re.fullmatch(r"\)?,\s+", text[ref.end : seat.start])
            and end_of_line
        ):
            _add(found, sentence, ref, Predicate.LOCATED_IN, seat, 0.65)
    # "CEBR, the Brussels-based network", "the Boston-based start-up Zyx": a seat
    for index, seat in enumerate(explicit):
        if (
            sentence.entity(seat).type is not EntityType.PLACE
            or text[seat.end : seat.end + 6] != "-based"
        ):
            continue
        host = explicit[index - 1] if index else None
        if host is not None and not re.fullmatch(
            r"\)?\s*(?:\([^()]*\)\s*)?,\s*(?:the|a|an)\s+", text[host.end : seat.start]
        ):
            host = None
        if host is None and index + 1 < len(explicit):
            host = explicit[index + 1]
            if not re.fullmatch(r"-based\s+(?:[a-z][\w-]*\s+){0,3}", text[seat.end : host.start]):
                host = None
        if host is not None and sentence.entity(host).type in located:
            _add(found, sentence, host, Predicate.LOCATED_IN, seat, 0.7)
    # "Kaiku Health from Helsinki": a company and its city
    for ref, city in pairwise(explicit):
        if (
            sentence.entity(city).type is EntityType.PLACE
            and sentence.entity(ref).type
            in (
                EntityType.COMPANY,
                EntityType.CLUSTER,
                EntityType.UNIVERSITY,
                EntityType.RESEARCH_ORG,
            )
            and re.fullmatch(r"\)? from ", text[ref.end : city.start])
            and not re.search(
                r"\bdelegations?\s+(?:from|of)\s+(?:the\s+)?$", text[sentence.start : ref.start]
            )
        ):
            _add(found, sentence, ref, Predicate.LOCATED_IN, city, 0.6)
    # "Québec's MEDTEQ+": a place's organisation
    for ref, owned in pairwise(explicit):
        if (
            sentence.entity(ref).type is EntityType.PLACE
            and sentence.entity(owned).type in _ORG
            and re.fullmatch(r"(?:’s|'s)\s+", text[ref.end : owned.start])
        ):
            _add(found, sentence, owned, Predicate.LOCATED_IN, ref, 0.7)
    # "the North Carolinian (USA) research cluster Triangle Park", "the Munich cluster BioM"
    for ref in sentence.refs:
        if ref.implicit or sentence.entity(ref).type is not EntityType.PLACE:
            continue
        following = [r for r in sentence.refs if r.start >= ref.end and not r.implicit]
        if not following or sentence.entity(following[0]).type not in located:
            continue
        gap = text[ref.end : following[0].start]
        if (
            "\n" not in gap
            and re.fullmatch(
                r"(?:’s|'s)?\s*(?:\([^()]*\)\s*)?(?:[a-z][\w-]*\s+){0,3}?(?:[a-z][\w-]*)(?:,\s+|\s+)",
                gap,
            )
            and re.search(
                r"\b(?:cluster|biocluster|university|company|network|park|association|institute|hub|"
                r"start-up|startup|firm|biotech|medtech|hospital|incubator|accelerator|agency)\b",
                gap,
            )
        ):
            _add(found, sentence, following[0], Predicate.LOCATED_IN, ref, 0.75)


_SHARED_STAND = re.compile(
    r"\b(?:shared|share|shares|sharing)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+|our\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?i:stand|pavilion|booth)s?\b(?:\s+with\s+(?:the\s+)?)?"
)
# "Nine member companies joined it, among them A", "Twenty member companies exhibited, among
# them A", "Twenty-two companies, among them A and B, took part in 350 partnering meetings"
_COMPANIES_JOINED = re.compile(
    r"\b(?:[Cc]ompanies|[Ss]tart-ups|[Ss]tartups|[Ff]irms|SMEs)"
    r"(?:\s+(?:joined|accompanied|travelled with|took part in)\s+"
    r"(?:it|the\s+(?:mission|delegation|trip|visit))\b|\s+exhibited(?:\s+with\s+us)?)?,?\s*"
    r"(?:among them|including|such as|namely)\s+"
)
_GROUP_OF_COMPANIES = re.compile(r"\b(?:companies|start-ups|startups|firms|SMEs|exhibitors)\b")
_WERE_THERE = re.compile(
    r"\b(?:joined|accompanied|travelled|took part|exhibited|attended|pitched|presented|"
    r"participated|held\s+(?:[\w-]+\s+){0,4}?meetings)\b"
)


def _event_around(sentence: _Sentence, position: int) -> Ref | None:
    """The event the clause at `position` is at: named in the sentence, else the last one."""
    events = sentence.of_types(sentence.refs, _EVENT)
    if events:
        return events[0]
    for mention in reversed(sentence.analysis.mentions):
        if mention.start < sentence.start and mention.entity >= 0:
            if sentence.analysis.entities[mention.entity].type is EntityType.EVENT:
                return Ref(position, position, mention.entity, implicit=True)
            if mention.sentence < sentence.index - 6:
                break
    return None


def _shared_stands(sentence: _Sentence, found: list[Fact]) -> None:
    """ "A and B shared the Sweden Pavilion at E", "A shared the stand with B and C": all
    were at E, and those who share a stand are partners."""
    if "shar" not in sentence.text:
        return
    for match in _SHARED_STAND.finditer(sentence.analysis.text, sentence.start, sentence.end):
        event = _event_around(sentence, match.start())
        subject, _ = sentence.subject(match.start(), _ORG)
        sharing = [r for r in sentence.refs if subject is not None and r.start >= subject.start]
        first = sentence.series([r for r in sharing if r.end <= match.start()])
        first = [r for r in first if sentence.entity(r).type in _ORG]
        others: list[Ref] = []
        if re.search(r"\swith\s", match.group()):
            listed = sentence.series(sentence.after(match.end(), ALL_TYPES))
            others = sentence.of_types(listed, _ORG)
        parties = first + others
        if len(parties) < 2:
            continue
        for party in parties:
            if event is not None:
                _add(found, sentence, party, Predicate.PARTICIPATED_IN, event, 0.65,
                     {"role": "exhibitor"})  # fmt: skip
        for other in parties[1:]:
            _add(found, sentence, parties[0], Predicate.PARTNER_OF, other, 0.6,
                 {"kind": "joint-stand"})  # fmt: skip


_STAND_THAT = re.compile(r"\b(?i:pavilion|stand|booth)\s+(?:that|which)\s+(?:the\s+)?(?=[A-Z])")
_RAN_TOGETHER = re.compile(
    r"[^.;]{0,80}?\b(?:ran|run|organi[sz]ed|set up|hosted|coordinated)\b[^.;]{0,40}?"
    r"\b(?:together|jointly) with\s+(?:the\s+)?"
)


def _stands_run_together(sentence: _Sentence, found: list[Fact]) -> None:
    """ "the Portugal pavilion that AICEP, the trade agency, ran at the convention together
    with Biocant Park": both were at the event, as partners."""
    text = sentence.analysis.text
    for match in _STAND_THAT.finditer(text, sentence.start, sentence.end):
        runner = [r for r in sentence.refs if r.start == match.end() and not r.implicit]
        together = _RAN_TOGETHER.match(text, runner[0].end) if runner else None
        if together is None:
            continue
        partner = [r for r in sentence.refs if r.start == together.end() and not r.implicit]
        event = _event_around(sentence, match.start())
        for party in runner + partner:
            if event is not None:
                _add(found, sentence, party, Predicate.PARTICIPATED_IN, event, 0.6,
                     {"role": "exhibitor"})  # fmt: skip
        if partner:
            _add(found, sentence, runner[0], Predicate.PARTNER_OF, partner[0], 0.6,
                 {"kind": "joint-stand"})  # fmt: skip


def _companies_joined(sentence: _Sentence, found: list[Fact]) -> None:
    """ "Nine member companies joined it, among them A, B and C": they were at the event."""
    text = sentence.analysis.text
    among = re.match(r"(?:Among them|They included|These included|They were)\s*:\s*", sentence.text)
    if among is not None and sentence.index > 0:
        # "Eleven companies exhibited on the pavilion. Among them: A — ...; B — ...;"
        previous = text[slice(*sentence.analysis.sentences[sentence.index - 1])]
        event = _event_around(sentence, sentence.start)
        if (
            event is not None
            and _WERE_THERE.search(previous)
            and _GROUP_OF_COMPANIES.search(previous)
        ):
            for company in sentence.after(sentence.start + among.end(), _ORG, clause=False):
                if not in_brackets(text, sentence.start, company.start):
                    _add(found, sentence, company, Predicate.PARTICIPATED_IN, event, 0.55,
                         {"role": "attendee"})  # fmt: skip
        return
    match = _COMPANIES_JOINED.search(text, sentence.start, sentence.end)
    if match is None or not sentence.has(_WERE_THERE):
        return
    event = _event_around(sentence, match.start())
    if event is None:
        return
    for company in sentence.of_types(sentence.series(sentence.after(match.end(), ALL_TYPES)), _ORG):
        _add(found, sentence, company, Predicate.PARTICIPATED_IN, event, 0.6, {"role": "attendee"})


def _mutual_meetings(sentence: _Sentence, found: list[Fact]) -> None:
    """ "..., where the two clusters held their first formal meeting": they met each other."""
    if "meeting" not in sentence.text and "talks" not in sentence.text:
        return
    match = re.search(
        r"\b(?:held|had)\s+(?:their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b(?!\s+with\b)",
        sentence.text,
    )
    if match is None:
        return
    pair = sentence.group_subjects(sentence.start + match.start())
    if len(pair) == 2:
        event = _event_around(sentence, sentence.start + match.start())
        attributes = {"_event": event.entity} if event is not None else {}
        _add(found, sentence, pair[0], Predicate.MET_WITH, pair[1], 0.6, attributes)


def _hosts(sentence: _Sentence, found: list[Fact]) -> None:
    """ "... the General Assembly, with the Hellenic Bio Cluster as host": it organised it."""
    text = sentence.analysis.text
    if " host" not in sentence.text and "-host" not in sentence.text:
        return
    for match in re.finditer(r"\bwith\s+(?:the\s+)?(?=[A-Z])", sentence.text):
        start = sentence.start + match.end()
        host = [r for r in sentence.refs if r.start == start and not r.implicit]
        if not host or not re.match(
            r"\s*(?:\([^()]*\)\s*)?as\s+(?:the\s+)?(?:co-?)?host\b", text[host[0].end :]
        ):
            continue
        events = sentence.of_types([r for r in sentence.refs if r.end <= start], _EVENT)
        if events:
            _add(found, sentence, host[0], Predicate.ORGANIZED, events[-1], 0.7)


_AT_BEFORE = re.compile(r"\s(?:at|of)\s+(?:the\s+)?$")


def _works_for(sentence: _Sentence, found: list[Fact]) -> None:
    text = sentence.analysis.text
    for before in _TITLE_BEFORE.finditer(text, sentence.start, sentence.end):
        people = [r for r in sentence.refs if r.start == before.end() and not r.implicit]
        owner = [r for r in sentence.refs if r.start == before.start(1)]
        if people and owner and sentence.entity(people[0]).type is EntityType.PERSON:
            held = {"title": before.group(2).strip()}
            _add(found, sentence, people[0], Predicate.WORKS_FOR, owner[0], 0.7, held)
    for person, organisation in pairwise([r for r in sentence.refs if not r.implicit]):
        # "Dr. Anne Martin of the European Medicines Agency"
        if (
            sentence.entity(person).type is EntityType.PERSON
            and sentence.entity(organisation).type in _ORG
            and re.fullmatch(
                r"\s+(?:of|from|at)\s+(?:the\s+)?", text[person.end : organisation.start]
            )
        ):
            _add(found, sentence, person, Predicate.WORKS_FOR, organisation, 0.65)
    for ref in sentence.refs:
        if ref.implicit or sentence.entity(ref).type is not EntityType.PERSON:
            continue
        match = _TITLE.match(text, ref.end, sentence.end)
        if match is None or re.match(
            r"(?:chairs|heads|leads|directs|manages|runs|coordinates|joined|joins)\b",
            match.group(1),
            re.IGNORECASE,
        ):
            continue  # "Sophie Lambert, chairs the working group": a verb, not a title
        title_start, title_end = match.span(1)
        orgs = [r for r in sentence.refs if title_start <= r.start < title_end and not r.implicit
                and sentence.entity(r).type in _ORG]  # fmt: skip
        title = text[title_start:title_end].strip()
        at = [r for r in orgs if _AT_BEFORE.search(text, title_start, r.start)]
        if at and at[0] is not orgs[0] and "," in text[title_start : orgs[0].start]:
            orgs = at  # "Vice-President, Global Partnerships at PLSC": the employer after "at"
        if orgs:
            title = text[title_start : orgs[0].start].strip()
            title = re.sub(r"\s+(?:of|at|for|in)$", "", title).rstrip(" ,")
            employer: Ref | None = orgs[0]
        else:
            own = sentence.analysis.self_entity
            employer = Ref(ref.end, ref.end, own, implicit=True) if own is not None else None
        _add(
            found,
            sentence,
            ref,
            Predicate.WORKS_FOR,
            employer,
            0.8,
            {"title": title} if title else {},
        )


def _deduplicate(analysis: Analysis, facts: list[Fact]) -> list[Fact]:
    kept: dict[tuple[int, str, int], Fact] = {}
    for fact in facts:
        a, b = fact.subject, fact.object
        if PREDICATES[fact.predicate].symmetric and b < a:
            a, b = b, a
        key = (a, fact.predicate.value, b)
        if key in kept:
            other = kept[key]
            other.confidence = min(0.95, max(other.confidence, fact.confidence) + 0.05)
            for name, value in fact.attributes.items():
                if name == "role" and other.attributes.get("role") in ("attendee", "member"):
                    other.attributes[name] = value
                else:
                    other.attributes.setdefault(name, value)
            if other.date is None or (fact.date and len(fact.date) > len(other.date)):
                other.date = fact.date
            continue
        kept[key] = fact
    return list(kept.values())
