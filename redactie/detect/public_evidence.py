"""General evidence that contact data belongs to an organisation, not a person.

``rules/organisation.yaml`` lists the data of the organisation that runs
redactie.  A Woo dossier also holds letters, e-mails and reports of many other
organisations; their letterheads, footers, general numbers and functional
mailboxes are public too, but no list can know them all.  This module decides
from the text around a finding, with the words of the ``kind: evidence`` packs
(``rules/public_evidence.yaml``), and the resolve stage
:func:`mark_public_by_evidence` keeps what it decides is an organisation's.

Terms used below:

*unit*
    The text around a finding that belongs with it: a whole line when the
    line is a footer (two or more `` · `` / `` | `` / `` • `` separators),
    otherwise the sentence or block around it, bounded by blank lines and
    sentence ends (``.``, ``!``, ``?`` before a capital; not after ``mr.``,
    ``dhr.``, ...), at most :data:`UNIT_REACH` characters either side.  A
    letterhead block (name, street, postcode, phone, mailbox without blank
    lines) is one unit; so is a table row between blank lines.
*person evidence*
    a ``person_words`` match (``woonachtig``, ``de heer``, ``Adres``,
    ``cliënte``, ...) or a redacted PERSON finding.

The rules, per entity type (a finding is kept only when a rule says so; in
every other case it stays redacted):

* **NL_ADDRESS**: a ``Retouradres`` line above it is not part of its unit
  (it is the sender's, printed above the addressee).  Never kept after a
  ``person_words`` word in its unit
  (``woonachtig``, ``de heer``, ``Adres``, ``mijn``; not after ``t.a.v.``
  on its line: a person at an organisation's address).
  Otherwise kept when an ``organisation_names`` word (Gemeente, Stichting,
  B.V., Advocaten, ...) or ``organisation_contact`` item (Postbus, www., KvK,
  ...) comes before it in its unit, and no redacted name (other than after
  ``t.a.v.``) comes after that (nearer to the address) -- in running text
  (a line longer than :data:`SHORT_LINE`, not a footer) the name must be
  followed by nothing but capitalised words, particles and punctuation up to
  the address ("Gemeente Haarlem, Zijlsingel 1"); or when
  organisation contact data follows it in its unit and no redacted name
  precedes it.
* **PHONE_NUMBER**: ``14 0xx(x)`` short numbers are always kept.  Otherwise
  the nearest label before the number (within :data:`LABEL_REACH`
  characters, in its unit, on its own line or the line before) decides: a
  ``personal_number_labels`` label (direct, doorkies, M, mobiel) keeps it
  personal, a ``general_number_labels`` label (algemeen nummer, receptie,
  meldkamer, piket, ...) makes it public, a ``press_number_labels`` label
  (woordvoerder, pers...) makes a landline public.  A general or press label
  in brackets right after the number (``(algemeen)``) counts too.  Without a
  label, the number is kept when its unit has no person evidence, no personal
  label and no personal e-mail address, and either has a general-number
  label, or (not for 06 numbers, and only on a short line of at most
  :data:`SHORT_LINE` characters or a footer line, not in running text)
  organisation names before it, organisation contact data or a functional
  mailbox: the general number in an organisation's letterhead or footer.
* **EMAIL_ADDRESS**: kept when the first token of the local part (split at
  ``.``, ``-``, ``_``, ``+``, digits dropped), or every token, is functional:
  a ``mailbox_words`` word, or starting with a ``mailbox_prefixes`` / ending
  with a ``mailbox_suffixes`` stem; and no token is a single letter
  (``j.vandenberg@`` is a person's, so is ``jan.post@``); or when a
  ``mailbox_labels`` label (functionele mailbox) comes right before it.
* **IBAN_CODE**: kept when an ``account_holder_labels`` label (t.n.v., ten
  name van, van de + a public body) right after it is followed by an
  organisation name (``t.n.v. Jansen Installatie B.V.``, ``van de gemeente``)
  that is no foundation or association (``association_names``: their accounts
  stay redacted and flagged), or when its bank keeps accounts of public bodies
  only (``public_sector_banks``: BNG Bank).

Document-wide, and before the rules per type: an address or a (non-06) phone
number on a line that recurs on two or more pages (a running header or
footer; spacing and case ignored) and holds more than the finding is kept,
unless a person word or a redacted name stands in its unit or a personal
label on its line.  An address on a footer line
(two or more separators) that also carries contact data (a phone number, an
e-mail address, Postbus, www., KvK) is kept unless the line names a person.

Within one document the decision is shared: when one occurrence of an
address (street and number), a phone number or an e-mail address is kept by
evidence, its other occurrences in the document are kept too, unless a
personal label stands right before them.

The second stage, :func:`propagate_addresses`, works the other way round: a
street and house number redacted as a person's address is also redacted where
the document mentions it again without a postcode or an address word
(``Betreft: bezwaar, Oudegracht 211-bis``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import regex

from redactie.detect.columns import (
    first_cell_of_row,
    in_home_address_column,
    name_cells_of_row,
    place_table_row,
    venue_column_cells,
)
from redactie.detect.mail import free_mail
from redactie.detect.names.lexicon import Lexicon, fold, lexicon_for
from redactie.detect.names.text import (
    COMPASS,
    is_capitalised,
    is_org_word,
    is_street,
    span_finding,
)
from redactie.detect.validators import normalise_nl_phone
from redactie.findings import Action, Finding, Source
from redactie.woo import ENTITY_GROUNDS

if TYPE_CHECKING:
    from redactie.document import Page
    from redactie.resolve import ResolveContext
    from redactie.rules import EvidencePack

__all__ = [
    "LABEL_REACH",
    "SHORT_LINE",
    "UNIT_REACH",
    "PublicEvidence",
    "mark_public_by_evidence",
    "propagate_addresses",
]

UNIT_REACH = 400  # characters a unit reaches before and after a finding
LABEL_REACH = 60  # characters before a phone number searched for its label
# a website on the number's line, after it: "Telefoon 088 - 361 20 00 | www.rechtspraak.nl"
_URL_ON_LINE = regex.compile(r"[ \t]*[|•·,][ \t]*(?:https?://|www\.)")
# a mailbox or website, then "of"/"en" (and "bel", "via", "op") right before a number
_CONTACT_ITEM = r"((?:[\w.%+\-']+@[\w\-]+(?:\.[\w\-]+)+)|(?:https?://|www\.)[^\s]+)"
_CONTACT_BEFORE = regex.compile(
    _CONTACT_ITEM
    + r"[ \t\n]+(?:of|en|or|and)[ \t\n]+(?:(?:bel|bellen|via|op|telefonisch|call)[ \t\n]+)*$"
)
_CONTACT_AFTER = regex.compile(
    r"[ \t\n]+(?:of|en|or|and)[ \t\n]+(?:(?:via|per|mail|e-mail|naar|to)[ \t\n]+)*" + _CONTACT_ITEM
)
# a unit of an organisation right before the number, in brackets or after a comma
# ("het kerkelijk bureau (0515 ...)", "de beveiliging gebeld (070 ...)", "het bureau
# Bezoek, 073 ..."), or a conference line ("Dial-in 070 ...")
_UNIT_BEFORE_NUMBER = regex.compile(
    # (also a compound: "het havenkantoor, 0517 ...", "de huisartsenpraktijk (...")
    r"(?i)(?:(?<![\p{L}])(?:het|de|the)[ \t]+(?:\p{Ll}+[ \t]+)?\p{Ll}*(?:bureau|school|beveiliging"
    r"|secretariaat|receptie|kantoor|balie|praktijk|servicedesk|helpdesk|office|reception)"
    r"(?:[ \t]+\p{Lu}\p{L}+)?"
    # "het kerkelijk bureau (0515 ...", "de beveiliging, 070 ...", "via de praktijk: 0342 ..."
    r"(?:[ \t]+\p{Ll}+)?[ \t]*(?:\(|[,:][ \t]*)"
    r"|(?<![\p{L}])(?:dial-in|inbelnummer|inbellen)[ \t]*:?[ \t]*"
    # "Ik heb het Landelijk Coördinatiecentrum Patiënten Spreiding gebeld (088 ...)": a
    # named body called, its number in brackets
    r"|(?<![\p{L}])(?:het|de)[ \t\n]+(?:\p{Lu}[\p{L}\-]*[ \t\n]+){1,6}(?:gebeld|gebeld,)[ \t]*\("
    # "call the Douane National Operations Centre at +31 88 ...": a named unit in English
    r"|(?<![\p{L}])(?:call|contact|phone|ring)[ \t]+the[ \t]+(?:\p{Lu}[\p{L}\-]*[ \t]+){0,5}"
    r"(?-i:Centre|Center|Desk|Office|Service|Helpdesk|Servicedesk|Hotline|Line)"
    r"[ \t]+(?:at|on)[ \t]+)$"
)
# a general number's label with the organisation named between it and the number
_GENERAL_NUMBER_OF = regex.compile(
    r"(?i:algeme(?:en|ne)|centrale?)[ \t\n]+(?:telefoon)?nummer[ \t\n]+van[ \t\n]+"
    r"(?:(?:de|het)[ \t\n]+)?(?:[\p{L}&\-]+[ \t\n]+){0,8}?[\p{L}&\-]+[ \t]*[,:(]?[ \t\n]*\Z"
)
# a phone's word before a reference's label: the number after the label is a phone's
_PHONE_WORD_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:lijn|telefoon|telefoonnummer|mobiel)(?![\p{L}])"
)
# a person who gives his own number, whoever takes it: "geeft zijn telefoonnummer af"
_OWN_NUMBER_GIVEN = regex.compile(
    r"(?i)(?<![\p{L}])(?:zijn|mijn)[ \t\n]+(?:eigen[ \t\n]+)?(?:telefoon|mobiele[ \t\n]+)?nummer"
    r"(?![\p{L}])"
)
# a cell that opens with "via" and the number: reached through another's line
_VIA_OPENS_CELL = regex.compile(r"[ \t\u00a0]*(?i:via)[ \t\u00a0]+\Z")
# groups of the public that a text tells where to call or write: a service's line or
# mailbox, no one's own
_PUBLIC = (
    r"(?:ouders|inwoners|bewoners|burgers|omwonenden|belangstellenden|journalisten"
    r"|patiënten|cliënten|klanten|ondernemers|reizigers|iedereen|melders"
    r"|de[ \t\n]+pers|de[ \t\n]+media)"
)
# "Vragen van inwoners kunnen naar wolf@gelderland.nl"
_PUBLIC_MAIL_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:vragen|meldingen|reacties|tips|klachten|aanmeldingen)"
    rf"(?:[ \t\n]+van[ \t\n]+{_PUBLIC})?"
    r"[ \t\n]+(?:kunnen|kan)[ \t\n]+(?:naar|via)[ \t\n]*:?[ \t\n]*\Z"
)
# "ouders kunnen bellen met 0113 - 24 94 00"
_PUBLIC_CALLS = regex.compile(
    rf"(?i)(?<![\p{{L}}]){_PUBLIC}"
    r"[ \t\n]+(?:kunnen|kan)[ \t\n]+(?:\p{Ll}+[ \t\n]+){0,3}?"
    r"(?:bellen|terecht|contact[ \t\n]+opnemen)[ \t\n]+(?:met|naar|op|via|bij)[ \t\n]*:?[ \t\n]*\Z"
)
_COLON_BEFORE = regex.compile(r":[ \t\u00a0]*\Z")  # a "label: " right before a number
SHORT_LINE = 60  # a letterhead or sidebar line is at most this long
LETTERHEAD_LINES = 8  # a letterhead's organisation lines stand among the page's first lines
MAX_PROPAGATED_ADDRESSES = 200  # more distinct addresses: not propagated (bounded work)

_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.V0
_WORD_START = r"(?:(?<![\p{L}\d])|(?=[^\p{L}\d]))"
_WORD_END = r"(?:(?<=[^\p{L}\d])|(?![\p{L}\d]))"

_FOOTER_SEPARATOR = regex.compile(r"\s[·|•]\s")
_BLANK_LINE = regex.compile(r"\n[ \t\u00a0]*\n")
_NUMBER_RUN = regex.compile(r"(?<![\p{L}\d])\+?\d[\d \-\u00a0()]{6,}\d(?![\p{L}\d])")
_ABBREVIATIONS = (
    "mr|dr|ir|drs|ing|ds|dhr|mevr|mw|hr|fam|prof|nr|tel|geb|bijv|ca|evt|st|str|resp|vgl|"
    "zgn|jl|blz|art|mob|t\\.a\\.v|t\\.n\\.v|d\\.d|o\\.a|b\\.v|n\\.v|a\\.u\\.b"
)
_SENTENCE_END = regex.compile(
    rf"(?<!(?<![\p{{L}}.])(?i:{_ABBREVIATIONS}))(?<=[\p{{L}}\d)\]]{{2}})[.!?](?=\s+[\p{{Lu}}\d(\[\"'\u2018\u201c])"
)
_FOR_ATTENTION = regex.compile(r"(?i:\bt\.?\s?a\.?\s?v\b|\bter\s+attentie\s+van\b)")
_PHONE_LIKE = regex.compile(
    r"(?<![\w])(?:\+\d{2}|\(?0\d{1,3}\)?)[ \-.]?\d[\d \-.]{5,}\d|\b140\d{2,3}\b"
)
# Between an organisation's name and its address in running text: capitalised
# words, particles, punctuation ("Gemeente Haarlem, ", " Noord-Brabant B.V. · ").
_CADASTRAL = regex.compile(r"(?i:sectie|perceel|kadastraal)\b")
_ORG_COMMA = regex.compile(r"[ \t]*,[ \t]*\n?[ \t]*")  # over a wrap after the comma too
# between an organisation's place and its address: a verb of place with a few words,
# then "aan de", "op het" (and the street's first words, when the address was found
# from its street word on)
_ORG_PLACE_GAP = regex.compile(
    r"[ \t\n]+(?:(?:is|zijn)[ \t\n]+)?(?:(?:gevestigd|staat|zit|ligt|huist|bevindt[ \t\n]+zich)"
    r"(?:[ \t\n]+(?:\p{Ll}+|\d+)){0,3}[ \t\n]+)?(?:aan|op|in|bij)[ \t\n]+(?:(?:de|het|'t)[ \t\n]+)?"
    r"(?:\p{Lu}[\p{L}'’.\-]*[ \t\n]+){0,2}"
)
_NAME_GAP = regex.compile(
    r"(?:[\s,.:;·|•()&'’\-]++|\p{Lu}[\p{L}\d'’.\-]*+|\d++|"
    r"(?:van|de|der|den|het|en|voor|aan|op|te|in|bij|'t)(?![\p{L}]))*+"
    # the organisation as the subject of a verb of place: "het kantoor van
    # Centric staat aan de", "De stichting is gevestigd op het"
    r"(?:(?:(?:is|zijn|was|waren)[ ])?"
    r"(?:(?:is|zijn)[ ]gevestigd|gevestigd|staat|staan|zit|zitten|ligt|liggen|"
    r"bevindt[ ]zich|bevinden[ ]zich|huist|huizen|kantoor[ ]houdt|is[ ]te[ ]vinden)"
    r"[ ](?:aan|op|in|bij)(?:[ ](?:de|het|'t))?[ ]?)?"
)
_RETURN_ADDRESS_LINE = regex.compile(r"(?im)^[ \t>]*retouradres\b[^\n]*\n")
# Every 06 number is a mobile (06-7.., 06-9.. too); Belgian mobiles are 04[5-9]
# (0497/31.22.80, +32 497 ...).
_MOBILE = re.compile(
    r"06[1-9]|(?:0|32|0032)4[5-9]\d"
    # mobiles abroad, in international form: the UK, Germany, France, Poland, Romania,
    # Spain, Italy, Turkey, Morocco ("+44 7911 423806" in a signature is the person's)
    r"|(?:00)?(?:447[1-9]|491[5-7]|33[67]|48(?:5[0137]|6[069]|7[2389]|88)|407[2-9]|34[67]"
    r"|393|905|212[67])"
)
_SHORT_NUMBER = re.compile(r"140\d{2,3}")
_EMAIL = regex.compile(r"[\w.%+\-']+@[\w\-]+(?:\.[\w\-]+)+")
_TOKEN_SPLIT = re.compile(r"[.\-_+]+")


def _local_tokens(address: str) -> list[str]:
    """The words of an e-mail address's local part (split at ``. - _ +``, lower case,
    digits dropped); empty when one of them is a single letter (``j.de.vries@``)."""
    local = address.strip().strip("<>").split("@", 1)[0].casefold()
    tokens = [t for t in (re.sub(r"\d+", "", t) for t in _TOKEN_SPLIT.split(local)) if t]
    return [] if any(len(t) == 1 for t in tokens) else tokens


_ADDRESS_KEY = regex.compile(
    r"^(.*?\d+\s*(?:[\-\u2013]\s*\w{1,4}\b|[a-z]\b|bis\b|hs\b|rood\b)?)", regex.IGNORECASE
)
_ABBREVIATED_TITLES = regex.compile(r"^(?:\p{L}{1,5}\.[ ]*)+(?=\p{L})")
_STREET_NUMBER = regex.compile(
    r"^(\p{Lu}[\p{L}'’.\- ]*?[ \u00a0]+[1-9]\d{0,4}"
    r"(?:[ \u00a0]?[\-\u2013][ \u00a0]?(?:\d{1,4}|[IVX]{1,4}|[A-Za-z]{1,3})(?![\p{L}\d])"
    r"|[ \u00a0]?(?:bis|hs|huis|boven|rood|zwart)\b|[ \u00a0]?[A-Za-z](?![\p{L}\d]))?)"
    r"(?![\p{L}\d])"
)
PROPAGATION_RECOGNIZER = "propagation:address"

REASON_ADDRESS = "adres van een organisatie (briefhoofd, voettekst of adresblok)"
REASON_PERMIT = "locatie waarop het besluit of de vergunning betrekking heeft (onderwerpregel)"
# The subject line of a permit decision or a view on one names the place the permit
# is for ("Betreft: zienswijze op ontwerpbesluit omgevingsvergunning OLO 9918273,
# Prof. Lorentzlaan 25"): that location is published with the permit itself.
_PERMIT_SUBJECT = regex.compile(
    r"[ \t>]*(?i:betreft|onderwerp|inzake|subject)[ \t]*:?[^\n]*?"
    r"(?i:omgevingsvergunning|bouwvergunning|vergunning|vergunningaanvraag|ontwerpbesluit"
    r"|bestemmingsplan|omgevingsplan|projectbesluit|sloopmelding|ontheffing"
    # a workplace or building site, not anyone's home
    r"|arbeidsongeval|bedrijfsongeval|bouwplaats|bouwlocatie|bouwproject)"
    r"[^\n]*\Z"
)
# A business of natural persons (a partnership, a one-man business, a family farm)
# in the address block above: its address is the owners' home.
_PERSONS_FIRM_ABOVE = regex.compile(
    r"(?im)^[ \t>]*(?:maatschap|v\.?o\.?f\.?|vennootschap[ ]onder[ ]firma|eenmanszaak|fam\.|familie"
    # "De heer S.J. Hiemstra" / "h.o.d.n. Waterlijn Installatietechniek": trading as
    r"|(?:t\.?)?h\.?o\.?d\.?n\.?|(?:tevens[ ])?handelend[ ]onder[ ]de[ ]naam"
    r"|melkveehouderij|veehouderij|melkveebedrijf|landbouwbedrijf|akkerbouwbedrijf|boerderij"
    r"|loonbedrijf|agrarisch[ ]bedrijf)(?![\p{L}])[^\n]*\n(?:[^\n]*\n){0,2}[ \t]*\Z"
)
# "p/a" (per adres), "c/o": the organisation is reached at someone else's address, as
# a foundation of volunteers at its chair's home.
# care of: the address is a person's, received for someone else
_CARE_OF_WORDS = r"(?:p/a|p\.a\.|per[ \t]+adres|c/o|care[ \t]+of)"
# (after a label of its own: "Secretariaat: p/a Zuiderstraat 41")
_CARE_OF = regex.compile(rf"(?i)[ \t]*(?:\p{{L}}{{3,20}}[ \t]*:[ \t]*)?{_CARE_OF_WORDS}[ \t:]")
REASON_REGISTERED = "vestigingsadres naast een KvK-nummer"
_LEGAL_FORM_END = regex.compile(
    r"(?<![\p{L}])(?:B\.V\.|N\.V\.|V\.O\.F\.|U\.A\.|C\.V\.|BV|NV|VOF|GmbH|Ltd\.?|S\.A\.)"
    r"[ \t]*$"
)
# A building that is no home, right before its address.
_BUILDING_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?!woon|appartement|flat)\p{L}*gebouw|kantoor(?:pand)?|vestiging"
    r"|bedrijfsterrein|fabriek|loods|sporthal|school|gemeentehuis|stadhuis|raadhuis|provinciehuis|bibliotheek"
    r"|zwembad|kerk|moskee|kazerne|politiebureau|brandweerkazerne"
    # a municipality's depots: "Verzamelen op de werf aan de Kayersdijk 60"
    r"|(?:gemeente)?werf|milieustraat|steunpunt|zoutloods|remise|depot)"
    r"[ \t\n]+(?:aan|op)[ \t\n]+(?:de|het)?[ \t\n]*\Z"
    # English: "our office is at Alexanderstraat 25", "the embassy is located at"
    r"|(?<![\p{L}])(?:office|offices|embassy|consulate|premises|building|headquarters"
    r"|town[ ]hall|city[ ]hall)[ \t\n]+(?:is|are)[ \t\n]+(?:located[ \t\n]+|based[ \t\n]+)?"
    r"(?:at|on|in)[ \t\n]+(?:the[ \t\n]+)?\Z"
)
# An office's room code after the address: floor and room ("E-12.04", "3.14", "B2.05").
_OFFICE_ROOM_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?i:kamer|room|zaal|vergaderzaal|vergaderruimte|lokaal)[ \t]+"
    r"(?:\p{Lu}[\-.]?)?\d{1,2}[.\-]\d{1,3}(?![\d])"
)
# A business's registered address stands next to its Chamber of Commerce number
# in a list of tenderers, suppliers or permit holders ("24214574 Burgemeester
# Haspelslaan 131"): an 8-digit number right before the address, in a text that
# speaks of the KvK.
_KVK_NUMBER_BEFORE = regex.compile(r"(?<![\d.\-/])\d{8}[ \t]*[,;|]?[ \t]*\Z")
_KVK_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:kvk|k\.v\.k\.|kamer van koophandel|handelsregister"
    r"|chamber of commerce)(?![\p{L}])"
)


def _registered_office(text: str, line_start: int, start: int) -> bool:
    """An 8-digit KvK number stands right before the address, on its line or at the
    end of the line before, and the page speaks of the KvK."""
    before = _KVK_NUMBER_BEFORE.search(text, line_start, start)
    if before is None and not text[line_start:start].strip() and line_start > 0:
        prev = text.rfind("\n", 0, line_start - 1) + 1
        before = _KVK_NUMBER_BEFORE.search(text, prev, line_start - 1)
    return before is not None and _KVK_WORD.search(text) is not None


REASON_PHONE_LABEL = "algemeen nummer van een organisatie"
REASON_PHONE_UNIT = "nummer in briefhoofd of voettekst van een organisatie"
# a word that turns a label after a number away from it ("..., niet de dienstlijn")
_NEGATION = regex.compile(
    r"(?i)(?<![\p{L}])(?:niet|geen|nooit|not|never|instead[ ]of|in[ ]plaats[ ]van)(?![\p{L}])"
)
REASON_PHONE_SHORT = "gemeentelijk 14-nummer"
_URL_BEFORE_NUMBER = regex.compile(
    r"(?i)(?:www\.|https?://)[^\s]+[ \t]+(?:en|of|and|or|/|\|)[ \t]+(?:tel\.?[ \t]*)?\Z"
)
_DWELLING_IN_PARK = regex.compile(
    r"(?i)(?<![\p{L}])(?:chalet|bungalow|stacaravan|caravan|kavel|standplaats)[ \t]*\d"
)
_OWN_FIRM_IN_BRACKETS = regex.compile(r"[ \t]*\([^()\n]{2,60}\)[ \t]*[,:]?[ \t\n]*")
# "+49 5451 931-0", "030 18 681-0": in Germany, Austria and Switzerland the extension
# "-0" after an organisation's number is its switchboard; a person's line has its own
# extension ("931-214")
_SWITCHBOARD = regex.compile(r"(?<=\d{2,})[ \u00A0]?-[ \u00A0]?0\Z")
REASON_REFERENCE = "kenmerk of zaaknummer (geen telefoonnummer)"
REASON_EMAIL = "functionele mailbox"
REASON_IBAN = "rekening van een organisatie"
REASON_RUNNING = "in kop- of voettekst die op meer pagina's terugkomt"
REASON_SAME = "zelfde gegeven elders in het document als openbaar herkend"


# A space written "[ ]" in a fragment matches a line end too: running text wraps
# anywhere ("the general" / "number is +961 ...").
_FRAGMENT_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


def _alternatives(fragments: Iterable[str]) -> str | None:
    """The fragments as one alternation, their "[ ]" spaces wrapping (None if none)."""
    parts = [f"(?:{f.replace('[ ]', _FRAGMENT_SPACE)})" for f in fragments]
    return "|".join(parts) if parts else None


def _union(fragments: Iterable[str]) -> regex.Pattern[str] | None:
    alternatives = _alternatives(fragments)
    if alternatives is None:
        return None
    return regex.compile(f"{_WORD_START}(?:{alternatives}){_WORD_END}", _FLAGS)


def _whole(fragments: Iterable[str]) -> regex.Pattern[str] | None:
    """The fragments as one pattern for :meth:`regex.Pattern.fullmatch`."""
    parts = [f"(?:{f})" for f in fragments]
    return regex.compile("|".join(parts), _FLAGS) if parts else None


def _label_right_before(fragments: Iterable[str]) -> regex.Pattern[str] | None:
    """The fragments as labels that end right before a value (searched with the
    value's start as ``endpos``): a colon or a number word may follow the label, and
    a code of capitals before the number (``Kenmerk LLV 06-2025-3318``)."""
    alternatives = _alternatives(fragments)
    if alternatives is None:
        return None
    return regex.compile(
        f"{_WORD_START}(?:{alternatives})"
        r"\.?(?:[ \t]*(?:nr\.?|nummer|no\.?))?"
        # "Zaaknummer verslag: 0513-612 884": a word or two of what it numbers, a colon
        r"(?:(?:[ \t]+\p{Ll}{3,15}){1,2}[ \t]*:|[ \t]*[:.]?)[ \t]*\n?[ \t]*"
        r"(?:\p{Lu}{2,6}[ \t\-/]?)?\Z",
        _FLAGS,
    )


def _last_end(rx: regex.Pattern[str] | None, text: str, start: int, end: int) -> int | None:
    """The end of the last match of ``rx`` inside ``text[start:end]``."""
    if rx is None or end <= start:
        return None
    last = None
    for m in rx.finditer(text, start, end):
        if m.end() > m.start():
            last = m.end()
    return last


def _speaker(text: str, end: int) -> bool:
    """The name ending at ``end`` speaks the line: a colon follows it."""
    return text[end : end + 2].lstrip(" ").startswith(":")


def _has(rx: regex.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    return rx is not None and end > start and rx.search(text, start, end) is not None


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


_NOT_LETTER_OR_DIGIT = regex.compile(r"[^\p{L}\d]+")


def line_key(line: str) -> str:
    """A line as compared across pages: spacing and case ignored; lines
    shorter than 8 letters or digits give "" (never a running line)."""
    key = " ".join(line.split()).casefold()
    return key if len(_NOT_LETTER_OR_DIGIT.sub("", key)) >= 8 else ""


def repeated_lines(page_texts: Iterable[str]) -> frozenset[str]:
    """Lines (:func:`line_key`) that occur on two or more pages."""
    seen: dict[str, int] = {}
    for text in page_texts:
        for key in {line_key(line) for line in text.split("\n")}:
            if key:
                seen[key] = seen.get(key, 0) + 1
    return frozenset(k for k, n in seen.items() if n >= 2)


def unit_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The unit around ``text[start:end]`` (see the module docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if len(_FOOTER_SEPARATOR.findall(text, line_start, line_end)) >= 2:
        return line_start, line_end
    lo = max(0, start - UNIT_REACH)
    hi = min(len(text), end + UNIT_REACH)
    unit_start = lo
    for m in _BLANK_LINE.finditer(text, lo, start):
        unit_start = m.end()
    for m in _SENTENCE_END.finditer(text, unit_start, start):
        unit_start = m.end()
    unit_end = hi
    blank = _BLANK_LINE.search(text, end, hi)
    if blank is not None:
        unit_end = blank.start()
    stop = _SENTENCE_END.search(text, end, unit_end)
    if stop is not None:
        unit_end = stop.end()
    return unit_start, unit_end


@dataclass(frozen=True)
class PublicEvidence:
    """The evidence packs compiled: regexes and mailbox words."""

    organisation_names: regex.Pattern[str] | None = None
    organisation_contact: regex.Pattern[str] | None = None
    person_words: regex.Pattern[str] | None = None
    general_number_labels: regex.Pattern[str] | None = None
    press_number_labels: regex.Pattern[str] | None = None
    personal_number_labels: regex.Pattern[str] | None = None
    mailbox_labels: regex.Pattern[str] | None = None
    account_holder_labels: regex.Pattern[str] | None = None
    association_names: regex.Pattern[str] | None = None
    mailbox_words: frozenset[str] = field(default_factory=frozenset)
    mailbox_prefixes: tuple[str, ...] = ()
    mailbox_suffixes: tuple[str, ...] = ()
    mailbox_addresses: regex.Pattern[str] | None = None
    reference_labels: regex.Pattern[str] | None = None
    public_sector_banks: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_packs(cls, packs: Sequence[EvidencePack]) -> PublicEvidence:
        def joined(attr: str) -> list[str]:
            return [f for p in packs for f in getattr(p, attr)]

        return cls(
            organisation_names=_union(joined("organisation_names")),
            organisation_contact=_union(joined("organisation_contact")),
            person_words=_union(joined("person_words")),
            general_number_labels=_union(joined("general_number_labels")),
            press_number_labels=_union(joined("press_number_labels")),
            personal_number_labels=_union(joined("personal_number_labels")),
            mailbox_labels=_union(joined("mailbox_labels")),
            account_holder_labels=_union(joined("account_holder_labels")),
            association_names=_union(joined("association_names")),
            mailbox_words=frozenset(joined("mailbox_words")),
            mailbox_prefixes=tuple(joined("mailbox_prefixes")),
            mailbox_suffixes=tuple(joined("mailbox_suffixes")),
            mailbox_addresses=_whole(joined("mailbox_addresses")),
            reference_labels=_label_right_before(joined("reference_labels")),
            public_sector_banks=frozenset(b.upper() for b in joined("public_sector_banks")),
        )

    @property
    def empty(self) -> bool:
        return self == PublicEvidence()

    # ---------------------------------------------------------------- decisions

    def reason(
        self,
        entity_type: str,
        text: str,
        start: int,
        end: int,
        person_spans: Sequence[tuple[int, int]] = (),
        repeated_lines: frozenset[str] = frozenset(),
    ) -> str | None:
        """Why ``text[start:end]`` (a finding of ``entity_type``) is an
        organisation's public data, or None when there is no such evidence.

        ``person_spans`` are the (start, end) of redacted person names in
        ``text``: person evidence.  ``repeated_lines`` are the lines (see
        :func:`line_key`) that recur on several pages of the document: running
        headers and footers.
        """
        if entity_type in ("NL_ADDRESS", "PHONE_NUMBER") and self._in_running_line(
            text, start, end, person_spans, repeated_lines
        ):
            return REASON_RUNNING
        if entity_type == "NL_ADDRESS":
            return self._address(text, start, end, person_spans)
        if entity_type == "PHONE_NUMBER":
            return self._phone(text, start, end, person_spans)
        if entity_type == "EMAIL_ADDRESS":
            return self._email(text, start, end)
        if entity_type == "IBAN_CODE":
            return self._iban(text, start, end)
        return None

    def _last_person_word(self, text: str, lo: int, start: int) -> int | None:
        """Where the last person word before ``start`` in the unit ends (not on a
        ``t.a.v.`` line); None if there is none."""
        if self.person_words is None:
            return None
        ends = [
            m.end()
            for m in self.person_words.finditer(text, lo, start)
            if not self._for_attention(text, m.start())
        ]
        return max(ends) if ends else None

    @staticmethod
    def _after_return_address(text: str, lo: int, start: int) -> int:
        """Skip a ``Retouradres`` line: it is the sender's, above the addressee."""
        for m in _RETURN_ADDRESS_LINE.finditer(text, lo, start):
            if m.end() <= start:
                lo = m.end()
        return lo

    @staticmethod
    def _for_attention(text: str, pos: int) -> bool:
        """``pos`` is on a ``t.a.v.`` line, after the ``t.a.v.``."""
        return _FOR_ATTENTION.search(text, text.rfind("\n", 0, pos) + 1, pos) is not None

    def _line_has_person(
        self, text: str, start: int, end: int, person_spans: Sequence[tuple[int, int]]
    ) -> bool:
        ls, le = _line_bounds(text, start, end)
        if any(ls <= s < le and not (start <= s < end) for s, _ in person_spans):
            return True
        return _has(self.person_words, text, ls, le) or _has(
            self.personal_number_labels, text, ls, start
        )

    def _in_running_line(
        self,
        text: str,
        start: int,
        end: int,
        person_spans: Sequence[tuple[int, int]],
        repeated_lines: frozenset[str],
    ) -> bool:
        """On a line that recurs on other pages, with more on it than the
        finding, and no person evidence in its unit (a signature repeated in
        an e-mail thread names its person)."""
        if not repeated_lines:
            return False
        ls, le = _line_bounds(text, start, end)
        if line_key(text[ls:le]) not in repeated_lines:
            return False
        rest = text[ls:start] + text[end:le]
        if len(regex.sub(r"[^\p{L}\d]", "", rest)) < 8:
            return False
        if _MOBILE.match(normalise_nl_phone(text[start:end])):
            return False
        lo, hi = unit_bounds(text, start, end)
        if any(lo <= s < hi and not (start <= s < end) for s, _ in person_spans):
            return False
        return not _has(self.person_words, text, lo, hi) and not self._line_has_person(
            text, start, end, person_spans
        )

    def _address(
        self, text: str, start: int, end: int, person_spans: Sequence[tuple[int, int]]
    ) -> str | None:
        if _CADASTRAL.match(text, start, end):
            return None  # "gemeente Zwolle, sectie F 2196": a plot, not the gemeente's address
        ls, le = _line_bounds(text, start, end)
        if _CARE_OF.match(text, ls) or (
            ls > 0 and _CARE_OF.match(text, text.rfind("\n", 0, ls - 1) + 1)
            and not text[ls:start].strip()
        ):
            # "p/a Rembrandtweg 41-A" / "1503 HK Zaandam": someone's home address, also
            # in an association's letterhead ("Secretariaat: p/a Zuiderstraat 41": the
            # secretary's)
            return None
        if _PERSONS_FIRM_ABOVE.search(text, max(0, ls - 160), ls):
            return None  # "Maatschap Op 'e Terp / t.a.v. de heer X / Dyksterwei 14": a home
        if _registered_office(text, ls, start):
            return REASON_REGISTERED
        if _BUILDING_BEFORE.search(text, max(0, start - 60), start):
            return REASON_ADDRESS  # "het gebouw aan de Marshallaan 40": a public building
        if _OFFICE_ROOM_AFTER.match(text, end):
            return REASON_ADDRESS  # "Rijnstraat 8, kamer E-12.04": a room of an office building
        if _PERMIT_SUBJECT.match(text, ls, start) and not any(
            ls <= s < start for s, _ in person_spans
        ):
            return REASON_PERMIT
        if len(text[ls:le].strip()) <= SHORT_LINE and _addressed_to_office(text, ls):
            return REASON_OFFICE_ADDRESS
        lo, hi = unit_bounds(text, start, end)
        word_end = self._last_person_word(text, lo, start)
        if (
            word_end is None
            and len(_FOOTER_SEPARATOR.findall(text, ls, le)) >= 2
            and (
                _has(self.organisation_contact, text, ls, le)
                or _EMAIL.search(text, ls, le) is not None
                or _PHONE_LIKE.search(text, end, le) is not None
                or _PHONE_LIKE.search(text, ls, start) is not None
                or self._organisation_line_above(text, ls)
            )
            and not self._line_has_person(text, start, end, person_spans)
        ):
            return REASON_ADDRESS
        if word_end is None and self._letterhead_block(text, ls, le, person_spans):
            return REASON_ADDRESS
        names = [
            e
            for s, e in person_spans
            if lo <= s and e <= start and not self._for_attention(text, s)
        ]
        person = max(names) if names else None
        footer = len(_FOOTER_SEPARATOR.findall(text, ls, le)) >= 2
        lo = self._after_return_address(text, lo, start)
        name_end = _last_end(self.organisation_names, text, lo, start)
        if (
            name_end is not None
            and (len(text[ls:le].strip()) > SHORT_LINE or _paragraph_goes_on(text, ls))
            and not footer
            and not _NAME_GAP.fullmatch(text, name_end, start)
            and not _ORG_PLACE_GAP.fullmatch(text, name_end, start)
        ):
            # Running text: the organisation must name the address's holder
            # ("Gemeente Haarlem, Zijlsingel 1"), not just occur in the sentence
            # ("de gemeente heeft het pand Dorpsstraat 1 bezocht").
            name_end = None
        org_ends = [
            e
            for e in (name_end, _last_end(self.organisation_contact, text, lo, start))
            if e is not None
        ]
        org = max(org_ends) if org_ends else None
        if person is not None and _OWN_FIRM_IN_BRACKETS.fullmatch(text, person, start):
            # "G.J. Hoekstra (Melkveebedrijf De Eendracht) Lindeweg 12": the person's own
            # farm or business in brackets after the name; the address is theirs
            return None
        if _own_premises_before(
            text, start, lo, [(s, e) for s, e in person_spans if e in names]
        ):
            # "De heer Van de Ven heeft een melkveebedrijf aan de Heieindseweg 9": the
            # person's own farm or firm, where he lives or works for himself; "de heer
            # Jonker van het melkveebedrijf aan de Kanaaldijk 41": a farm is a home
            return None
        if (
            org is not None
            and (person is None or org >= person)
            # a person word before it only on an earlier line: "Aan: mevrouw X /
            # Voorzitter vzw Y / Kortrijksesteenweg 312" is the vzw's address
            and (
                word_end is None
                or (
                    name_end is not None
                    and name_end > word_end
                    and (
                        "\n" in text[word_end:name_end]
                        # "het adres van het gemeentehuis, Bogaardplein 15": the name
                        # stands right before the address, with only a comma between
                        or _ORG_COMMA.fullmatch(text, name_end, start) is not None
                        # "Ik betaalde bij het depot aan de Anthony Fokkerweg 15", "Ons
                        # kantoor zit sinds dit jaar aan de ...": where the place is
                        or (
                            _ORG_PLACE_GAP.fullmatch(text, name_end, start) is not None
                            and not any(name_end <= s < start for s, _ in person_spans)
                        )
                    )
                )
            )
        ):
            return REASON_ADDRESS
        if person is None and word_end is None and _has(self.organisation_contact, text, end, hi):
            return REASON_ADDRESS
        if (
            person is None
            and word_end is None
            and not text[lo:start].strip()  # the address opens its cell
            and self._organisation_cell_before(text, lo, person_spans)
        ):
            return REASON_ADDRESS
        return None

    def _organisation_cell_before(
        self, text: str, lo: int, person_spans: Sequence[tuple[int, int]]
    ) -> bool:
        """In a table read cell by cell, cells parted by blank lines: the cell before
        the address's opens with an organisation's name, after a row number at most
        (``3 Vereniging Dorpshuis Gysbert / Japicx`` / ``Hearewei 1, / Workum``)."""
        if self.organisation_names is None:
            return False
        cell_end = _blank_line_before(text, lo)
        if cell_end is None:
            return False
        cell_start = text.rfind("\n\n", 0, cell_end)
        cell_start = 0 if cell_start < 0 else cell_start + 2
        cell = text[cell_start:cell_end]
        lines = [x for x in cell.split("\n") if x.strip()]
        if not lines or len(lines) > 3 or any(len(x.strip()) > SHORT_LINE for x in lines):
            return False
        if any(cell_start <= s < cell_end for s, _ in person_spans):
            return False
        head = _ROW_NUMBER.sub("", lines[0].strip(), count=1)
        # or the cell ends in a legal form: "Hoveniersbedrijf" / "Kistemaker B.V."
        return (
            self.organisation_names.match(head) is not None
            or _LEGAL_FORM_END.search(lines[-1]) is not None
        )

    def _letterhead_block(
        self, text: str, ls: int, le: int, person_spans: Sequence[tuple[int, int]]
    ) -> bool:
        """The address line belongs to the letterhead at the top of the page: above
        it, past at most one blank line and a few short lines with digits (the
        street over its postcode), stands a line that opens with an organisation's
        name, among the page's first :data:`LETTERHEAD_LINES` lines, with no
        person's name or person word from the top of the page down to it
        (``Ministerie van Financiën / Directie Beleid / (blank) / Korte Voorhout 7 /
        2511 CW Den Haag``)."""
        if self.organisation_names is None or len(text[ls:le].strip()) > SHORT_LINE:
            return False
        lines = text[:ls].split("\n")[:-1]  # the lines above, without the address's
        if len([x for x in lines if x.strip()]) > LETTERHEAD_LINES:
            return False
        if any(s < le for s, _ in person_spans) or _has(self.person_words, text, 0, ls):
            return False
        blanks = digits = 0
        for line in reversed(lines):
            bare = line.strip()
            if not bare:
                blanks += 1
                if blanks > 1:
                    return False
                continue
            m = self.organisation_names.match(bare)
            if m is not None:
                return True
            if (
                len(bare) <= SHORT_LINE
                and not regex.search(r"\d", bare)
                and self.organisation_names.search(bare) is not None
            ):
                return True  # "Huurdersraad Woonstichting Troelstra" over its address
            if len(bare) > SHORT_LINE or not regex.search(r"\d", bare) or digits >= 2:
                return False
            digits += 1
        return False

    def _person_row_above(
        self, text: str, line_start: int, person_spans: Sequence[tuple[int, int]]
    ) -> bool:
        """A redacted name on one of the two lines above (past one blank line at most,
        no organisation's name between): a table row read cell by cell, whose name
        cell the row's number belongs to."""
        lines: list[tuple[int, int]] = []
        end = line_start - 1
        blanks = 0
        while end > 0 and len(lines) < 2:
            start = text.rfind("\n", 0, end) + 1
            if not text[start:end].strip():
                blanks += 1
                if blanks > 1:
                    break
            else:
                if self.organisation_names is not None and self.organisation_names.match(
                    text[start:end].strip()
                ):
                    return False
                lines.append((start, end))
            end = start - 1
        return any(a <= s < b for a, b in lines for s, _ in person_spans)

    def _organisation_line_above(self, text: str, line_start: int) -> bool:
        """The line above opens with an organisation's name ("Ministerie van ..." over
        "Bezuidenhoutseweg 73 | 2594 AC | Den Haag" in a signature)."""
        if line_start < 2 or self.organisation_names is None:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        m = self.organisation_names.search(text, above, line_start - 1)
        return m is not None and not text[above : m.start()].strip()

    def _label_before(
        self,
        text: str,
        lo: int,
        start: int,
        end: int,
        person_spans: Sequence[tuple[int, int]] = (),
    ) -> str | None:
        """'general', 'press' or 'personal': the kind of the nearest label.

        The label is looked for on the number's line and the two lines above
        it (a table row read cell by cell), within :data:`LABEL_REACH`
        characters, or anywhere in the number's line when a colon stands
        right before the number (``Label (toelichting): nummer``).  A general
        or press label does not count when a redacted name or a person word
        stands in that window (on the number's own line only, when the label
        stands there too: a name in a line above ``Meldkamer: 088 ...`` is
        another row's), or a person's e-mail address on the number's line or
        the next (in its unit): that is a person's row whose function happens
        to be ``servicedesk``.
        """
        window = max(lo, start - LABEL_REACH)
        line_start = text.rfind("\n", 0, start) + 1
        if start - line_start <= 2 * LABEL_REACH and _COLON_BEFORE.search(text, line_start, start):
            # "Meldkamer Oost (niet-spoed, alleen hulpdiensten): 088 ...": the
            # whole line before the colon is the number's label.
            window = max(lo, min(window, line_start))
        breaks = [i for i in range(window, start) if text[i] == "\n"]
        if len(breaks) > 2:
            window = breaks[-3] + 1
        for m in _NUMBER_RUN.finditer(text, window, start):
            window = m.end()  # a label names the first number after it, not a later one
            after = _LABEL_AFTER.match(text, window, start)
            if after is not None:
                window = after.end()  # "0174 - 28 40 00 (kantoor) | +48 ...": the first's
        best: tuple[int, str] | None = None
        for kind, rx in (
            ("personal", self.personal_number_labels),
            ("general", self.general_number_labels),
            ("press", self.press_number_labels),
        ):
            e = _last_end(rx, text, window, start)
            if e is not None and (best is None or e > best[0]):
                best = (e, kind)
        if best is None:
            return None
        clause = max(window, _sentence_start(text, start))
        if best[1] != "personal" and (
            # "Hij geeft zijn telefoonnummer af aan de griffie: (0596) ...": his own
            _OWN_NUMBER_GIVEN.search(text, clause, start)
            or (
                _MOBILE.match(normalise_nl_phone(text[start:end])) is not None
                and _last_end(self.personal_number_labels, text, clause, start) is not None
            )
        ):
            # "Kowalczyk laat zijn nummer achter bij de griffie: 06 1938 2754": a mobile
            # that the sentence gives as his own, whichever office holds it
            return "personal"
        if best[1] != "personal":
            own_line = max(window, text.rfind("\n", 0, start) + 1)
            row = own_line if best[0] > own_line else window
            # a person in an earlier sentence does not own the number that a label in
            # this one names ("... juf Ilse, 06-... . Tijdens schooluren is de school
            # bereikbaar op 076 ...")
            sentence = _sentence_start(text, start)
            if sentence <= best[0]:
                row = max(row, sentence)
            # a label right before the number names it ("belde met de klantenservice
            # (043 389 99 99)"), whoever the sentence names before it
            attached = _LABEL_ATTACHED.fullmatch(text, best[0], start) is not None
            if attached and _MOBILE.match(normalise_nl_phone(text[start:end])) is not None:
                # "Kees-Jan heeft deze week storingsdienst: 06-23 48 91 07": a mobile
                # after a service's label in a sentence about a person is in doubt his
                attached = not any(
                    max(row, _sentence_start(text, start)) <= s < start for s, _ in person_spans
                )
            if not attached and any(
                row <= s < start and not _speaker(text, e) for s, e in person_spans
            ):
                return None  # a person's row; not a chat's speaker ("Kok: Hun meldnummer is")
            if not attached and _has(self.person_words, text, row, start):
                return None
            own_end = text.find("\n", end)
            next_line = text.find("\n", own_end + 1)
            if own_end >= 0 and _LIST_ITEM.match(text, own_end + 1):
                next_line = own_end  # the next line is another item of a list
            _, hi = unit_bounds(text, start, end)
            stop = hi if next_line < 0 else min(hi, next_line)
            # (a sentence after it is about something else: "Het kantoor is bereikbaar
            # via 073 ... en Stationsplein 9; mr. X gaf haar e-mailadres x@...")
            clause = _CLAUSE_MARK.search(text, end, stop)
            if clause is not None and "\n" in text[end:stop]:
                stop = clause.start()
            # (not after "algemeen" itself: "058 ... (direct), algemeen 058 ..." above
            # the writer's own mailbox names the office's number beside hers)
            if self._personal_mail_in(text, end, stop) and not (
                attached and _EXPLICIT_GENERAL.search(text, max(0, start - 30), start)
            ):
                return None
        return best[1]

    def _unit_general_label(self, text: str, lo: int, hi: int, start: int, end: int) -> bool:
        """A general-number label in the number's unit that is not another number's:
        before it, or after it with no number following ("bereiken op 0497/31.22.80
        of via het algemeen nummer van het onthaal, 09 355 78 00": the later one's)."""
        before = _last_end(self.general_number_labels, text, lo, start)
        if before is not None and (
            _NUMBER_RUN.search(text, before, start) is None
            or _MOBILE.match(normalise_nl_phone(text[start:end])) is None
        ):
            # a mobile not when another number follows the label first: "het algemene
            # nummer (026 359 9000) en liet een terugbelnummer achter: 06-5510 2388"
            # (a list of bureaus' general numbers goes on: "Berenschot 030 ..., ...")
            return True
        # after it in the same clause only: "gebeld vanaf 010 - 426 77 19; voor vragen
        # kunt u beter het algemene nummer bellen" points away from this number
        clause_end = _CLAUSE_MARK.search(text, end, hi)
        e = _last_end(
            self.general_number_labels, text, end, hi if clause_end is None else clause_end.start()
        )
        if e is not None and _NEGATION.search(text, end, e):
            return False  # "bel 0624 7719 03, niet de dienstlijn": this number, not that one
        if (
            e is not None
            and e - end > 30
            and _MOBILE.match(normalise_nl_phone(text[start:end])) is not None
        ):
            # "gebeld via 06-19 44 83 27, een nummer dat zij alleen aan de praktijk had
            # gegeven": a word far on in the clause names no mobile's owner
            return False
        return e is not None and _NUMBER_RUN.search(text, e, hi) is None

    def _label_after(self, text: str, end: int) -> str | None:
        # "(algemeen)", "(direct)" after the number, or the rest of the bracket it stands
        # in: "(030 - 634 57 00, piket)"
        m = _LABEL_AFTER.match(text[end : end + 45])
        if m is None:
            return None
        inner = m.group(1) or m.group(2)
        # "T 14 024 (algemeen) / 06 - 1157 2093 (direct)": the later number's own label,
        # alone in its bracket ("(direct bereikbaar via de receptie)" says no more)
        personal = self.personal_number_labels
        if personal is not None and personal.fullmatch(inner.strip()) is not None:
            return "personal"
        if _has(self.general_number_labels, inner, 0, len(inner)):
            return "general"
        if _has(self.press_number_labels, inner, 0, len(inner)):
            return "press"
        return None

    def _beside_public_contact(
        self, text: str, start: int, end: int, person_spans: Sequence[tuple[int, int]]
    ) -> bool:
        """A landline given as the other way to reach a functional mailbox or a website
        (``naar info@vallei-veluwe.nl of 055 527 29 11``, ``www.justis.nl of 088 ...``),
        or in brackets or after a comma right after a unit of an organisation (``het
        kerkelijk bureau (0515 - 57 22 90)``, ``de beveiliging gebeld (070 ...)``), with no
        person named between."""
        lo = max(0, start - 60)
        if any(lo <= s < start for s, _ in person_spans):
            return False
        if _UNIT_BEFORE_NUMBER.search(text, max(0, start - 80), start) is not None:
            return True
        cut = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
        if _has(self.person_words, text, cut, start):
            return False  # "U kunt mij bereiken op 030 ... of via woo@ienw.nl": the writer's
        before = _CONTACT_BEFORE.search(text, lo, start)
        if before is not None and self._public_contact(before.group(1)):
            return True
        after = _CONTACT_AFTER.match(text, end)
        return after is not None and self._public_contact(after.group(1))

    def _public_contact(self, item: str) -> bool:
        item = item.rstrip(".,;)")
        if "@" in item:
            return self.is_functional_mailbox(item)
        return True  # a website

    def _personal_mail_in(self, text: str, lo: int, hi: int) -> bool:
        return any(
            self._email(text, m.start(), m.end()) is None for m in _EMAIL.finditer(text, lo, hi)
        )

    def _functional_mail_in(self, text: str, lo: int, hi: int) -> bool:
        return any(self.is_functional_mailbox(m.group(0)) for m in _EMAIL.finditer(text, lo, hi))

    def _phone(
        self, text: str, start: int, end: int, person_spans: Sequence[tuple[int, int]]
    ) -> str | None:
        digits = normalise_nl_phone(text[start:end])
        if _SHORT_NUMBER.fullmatch(digits):
            return REASON_PHONE_SHORT
        if _SWITCHBOARD.search(text, start, end):
            return REASON_PHONE_LABEL  # "+49 5451 931-0": a German exchange's own number
        ref = (
            self.reference_labels.search(text, max(0, start - 60), start)
            if self.reference_labels is not None
            else None
        )
        # (not "Zijn vaste lijn uit dat dossier: 030 - ...": a phone's word before it)
        if ref is not None and not _PHONE_WORD_BEFORE.search(
            text, max(text.rfind("\n", 0, ref.start()) + 1, ref.start() - 25), ref.start()
        ):
            return REASON_REFERENCE
        mobile = _MOBILE.match(digits) is not None
        lo, hi = unit_bounds(text, start, end)
        # a label in brackets right after the number is its own ("(administratie)"),
        # whatever the lines above it say
        label = self._label_after(text, end) or self._label_before(
            text, lo, start, end, person_spans
        )
        if label == "personal":
            return None
        if label == "general" or (label == "press" and not mobile):
            return REASON_PHONE_LABEL
        if not mobile and _GENERAL_NUMBER_OF.search(text, max(lo, start - 160), start):
            return REASON_PHONE_LABEL  # "het algemene nummer van het Programma ..., 026 ..."
        if not mobile and _PUBLIC_CALLS.search(text, max(lo, start - 80), start):
            return REASON_PHONE_LABEL  # "ouders kunnen bellen met 0113 - 24 94 00"
        if not mobile and _VIA_OPENS_CELL.match(text, text.rfind("\n", 0, start) + 1, start):
            return REASON_PHONE_LABEL  # a table cell "via 0318 - 68 09 11": a routing line
        # (a Dutch area code that a Belgian mobile written nationally shares: "0478 ...")
        national_04 = digits.startswith("04") and "+" not in text[start:end]
        if (not mobile or national_04) and self._beside_public_contact(
            text, start, end, person_spans
        ):
            return REASON_PHONE_LABEL
        ls, le = _line_bounds(text, start, end)
        if (
            not mobile
            and (
                _URL_ON_LINE.search(text, end, le)
                # "Informatie voor ouders: www.ggd.nl/mazelen en 088 - 144 71 00": the
                # website right before it, joined by "en" or "of"
                or _URL_BEFORE_NUMBER.search(text, ls, start)
            )
            and not any(ls <= s < le and not (start <= s < end) for s, _ in person_spans)
        ):
            # "Telefoon 088 - 361 20 00 | www.rechtspraak.nl": the organisation's contact
            # line, its number beside its website
            return REASON_PHONE_UNIT
        # the line before counts too: a table read cell by cell puts the row's contact
        # person right above ("Ioana Dumitrescu" / "0541-50 22 87 info@...")
        above = text.rfind("\n", 0, max(0, ls - 1)) + 1 if ls > 0 else ls
        # "0481 - 37 20 00": a Dutch area code (Elst, Helmond) that a Belgian mobile
        # written nationally shares; beside a team's mailbox, the area's
        area_code = digits.startswith("04") and "+" not in text[start:end]
        if (
            (not mobile or area_code)
            and self._functional_mail_in(text, ls, le)
            and not any(above <= s < le and not (start <= s < end) for s, _ in person_spans)
            # a word for a person on the number's own line ("advocaat" in the signature
            # two lines up names the signer, not this line of the firm's)
            and not _has(self.person_words, text, max(ls, start - LABEL_REACH), start)
        ):
            # "Salarisadministratie: salarisadministratie@..., tel. 058 ...": the
            # number on the line of a team's mailbox, with no name on the line, is
            # the team's
            return REASON_PHONE_UNIT
        # No label: the unit decides (letterhead, footer, a functional table row).
        if any(lo <= s < hi and not (start <= s < end) for s, _ in person_spans):
            return None
        if _has(self.person_words, text, lo, hi) or _has(self.personal_number_labels, text, lo, hi):
            return None
        if self._personal_mail_in(text, lo, hi):
            return None
        if self._unit_general_label(text, lo, hi, start, end):
            return REASON_PHONE_UNIT
        if mobile:
            return None
        short = len(text[ls:le].strip()) <= SHORT_LINE and not _prose_wrap_before(text, ls)
        footer = len(_FOOTER_SEPARATOR.findall(text, ls, le)) >= 2
        if short and self._person_row_above(text, ls, person_spans):
            return None  # "Lisanne Bakker" / "(LBa)" / (blank) / "+599 715 8327": her row
        if (short or footer) and (
            _has(self.organisation_names, text, lo, start)
            or _has(self.organisation_contact, text, lo, hi)
            or self._functional_mail_in(text, lo, hi)
        ):
            return REASON_PHONE_UNIT
        return None

    def is_functional_mailbox(self, address: str) -> bool:
        """The local part of ``address`` is a functional mailbox's (see above)."""
        tokens = _local_tokens(address)
        if not tokens:
            return False
        if self.mailbox_addresses is not None and self.mailbox_addresses.fullmatch(address):
            return True
        functional = self.is_functional_token
        if free_mail(address):
            return all(functional(t) for t in tokens)  # "info@", not "onderzoek.lz@"
        # The role comes first (piket.vth@, team-jeugd@); "jan.post@" is a person's.
        return functional(tokens[0]) or all(functional(t) for t in tokens)

    def is_functional_token(self, token: str) -> bool:
        """One word of a local part (:func:`_local_tokens`) that names a function."""
        return (
            token in self.mailbox_words
            or token.startswith(self.mailbox_prefixes)
            or token.endswith(self.mailbox_suffixes)
        )

    def _email(self, text: str, start: int, end: int) -> str | None:
        # (OCR may read a space beside the "@": "info @helmond.nl")
        if self.is_functional_mailbox("".join(text[start:end].split())):
            return REASON_EMAIL
        local = text[start:end].split("@", 1)[0]
        if local.isalpha() and _PUBLIC_MAIL_BEFORE.search(text, max(0, start - 80), start):
            return REASON_EMAIL  # "Vragen van inwoners kunnen naar wolf@gelderland.nl"
        if self.mailbox_labels is not None:
            before = text[max(0, start - 60) : start]
            for m in self.mailbox_labels.finditer(before):
                # "Functionele mailbox: x@", "Functionele mailbox GBT: x@"
                if regex.fullmatch(r"(?:[ \t]+[\p{L}\-]+){0,3}[\s:,]*", before[m.end() :]):
                    return REASON_EMAIL
        return None

    def _iban(self, text: str, start: int, end: int) -> str | None:
        compact = _same_key("IBAN_CODE", text[start:end])
        if compact[:2] == "NL" and compact[4:8] in self.public_sector_banks:
            return REASON_IBAN  # BNG Bank keeps accounts of public bodies only
        if self.account_holder_labels is None or self.organisation_names is None:
            return None
        after = text[end : end + 80]
        m = regex.match(r"[\s,;:)]*", after)
        rest = after[m.end() if m else 0 :]
        label = self.account_holder_labels.match(rest)
        if label is None:
            return None
        holder = rest[label.end() :].lstrip()
        first_words = " ".join(holder.split()[:3])
        if _THIRD_PARTY_FUNDS.match(first_words):
            # "Stichting Derdengelden Lindenhof Advocaten": a firm's client-money account
            return REASON_IBAN
        if self.association_names is not None and self.association_names.search(first_words):
            if _DONATIONS.search(text, max(0, start - 150), min(len(text), end + 200)):
                # "wie iets wil geven: NL68 ... t.n.v. Stichting Voedselbank, zie
                # www.../doneren": the account a foundation publishes for gifts
                return REASON_IBAN
            return None  # a foundation's or association's account: a reviewer decides
        if self.organisation_names.search(first_words):
            return REASON_IBAN
        return None


# a call for gifts around a foundation's account
_DONATIONS = regex.compile(
    r"(?i)(?<![\p{L}])(?:doneren|donatie|donaties|donateur\p{L}*|gift|giften|schenking\p{L}*"
    r"|collecte|wil[ ]geven|iets[ ]geven|steunen|donate|donation|donations)(?![\p{L}])"
)
# a law firm's or notary's foundation for its clients' money (by law a separate
# foundation): "Stichting Derdengelden ...", "Stichting Beheer Derdengelden ..."
_THIRD_PARTY_FUNDS = regex.compile(
    r"(?i)stichting[ \t]+(?:beheer[ \t]+|kwaliteitsrekening[ \t]+)?"
    r"(?:derdengelden|kwaliteitsrekening)"
)


# ------------------------------------------------------------------ the stage

REASON_OFFICE_ADDRESS = "adres van een ambt (brief aan de burgemeester, de minister, ...)"
# "Aan de burgemeester van Zaanstad, de heer X" / "Aan het college van B en W": a
# letter to an office holder in role goes to the office; its address block is public.
_TO_OFFICE = regex.compile(
    r"(?i)[ \t]*(?:aan[ \t]+)?(?:de|het)[ \t]+(?:burgemeester|college|gemeenteraad|raad"
    r"|minister|staatssecretaris|wethouder|gedeputeerde|commissaris|dijkgraaf)\b"
)


_SENTENCE_MARK = regex.compile(r"[.!?;]")
# a past tense or plural verb in the line ("bezocht", "schreef de ...") makes it prose
_VERB_FORM = regex.compile(r"\b\p{Ll}+(?:de|te|t|en)\b(?![ \t]+van)")
_DIGIT = regex.compile(r"\d")


# A farm right before the address: the farmer's home too
_FARM_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:agrarisch\p{L}*[ \t\n]+\p{L}*bedrijf|boerderij|veehouderij"
    r"|melkveebedrijf|akkerbouwbedrijf|varkenshouderij|pluimveebedrijf)"
    r"[ \t\n]+(?:aan|op|in)(?:[ \t\n]+(?:de|het))?[ \t\n]+\Z"
)
# A person's own business right before the address: "heeft een melkveebedrijf aan de",
# "zijn kapperszaak op de"
_OWN_BUSINESS_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:heeft|hebben|had|hadden|runt|runnen|exploiteert|zijn|haar|hun|mijn)"
    r"[ \t\n]+(?:een[ \t\n]+|eigen[ \t\n]+)*(?:\p{L}+[ \t\n]+)?"
    r"\p{L}*(?:bedrijf|boerderij|zaak|winkel|praktijk|kwekerij|camping|manege)"
    r"[ \t\n]+(?:aan|op|in|aan[ \t]+de|op[ \t]+de|in[ \t]+de|aan[ \t]+het|op[ \t]+het)[ \t\n]+\Z"
)


_PERSONAL_PRONOUN = regex.compile(r"(?i)(?:zijn|haar|mijn)(?![\p{L}])")


def _own_premises_before(
    text: str, start: int, begin: int, persons: Sequence[tuple[int, int]], *, farm: bool = True
) -> bool:
    """Right before ``start`` stands a person's own business with a person named from
    ``begin`` on (``De heer X heeft een melkveebedrijf aan de ...``), or (``farm``) a
    farm (``bij een agrarisch bedrijf aan de Kamperweg 41``): a home, not an
    organisation's address."""
    own = _OWN_BUSINESS_BEFORE.search(text, max(begin, start - 80), start)
    if own and (
        any(begin <= s < start for s, _ in persons)
        # "Zijn bedrijf aan de Zeilbergsedijk 7": a person's pronoun, wherever he was named
        or _PERSONAL_PRONOUN.match(own.group())
    ):
        return True
    the = _THE_BUSINESS_BEFORE.search(text, max(0, start - 60), start)
    if the is not None and regex.search(
        rf"(?i)(?<![\p{{L}}])(?:zijn|haar|hun|mijn)[ \t\n]+(?:\p{{L}}+[ \t\n]+)?"
        rf"{regex.escape(the.group(1))}(?![\p{{L}}])",
        text[max(0, the.start() - 300) : the.start()],
    ):
        return True  # "... op haar bedrijf. Het bedrijf aan de Houtdorperweg 41": hers
    return farm and _FARM_BEFORE.search(text, max(begin, start - 60), start) is not None


# "Het bedrijf aan de ...": a business named before without its name
_THE_BUSINESS_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:het|de|dit|deze)[ \t\n]+"
    r"(\p{L}*(?:bedrijf|boerderij|zaak|winkel|praktijk|kwekerij|camping|manege))"
    r"[ \t\n]+(?:aan|op|in)(?:[ \t]+(?:de|het))?[ \t\n]+\Z"
)


def _addressed_to_office(text: str, line_start: int) -> bool:
    """The address line is in the address block of a letter to an office: the line
    above, past at most one more short line with digits (the street over its
    postcode), opens with ``(Aan) de burgemeester`` or the like."""
    pos = line_start
    for _ in range(2):
        if pos < 2:
            return False
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above : pos - 1]
        if _TO_OFFICE.match(line):
            # an address block: "Aan de ..." or a short line of its own, not prose
            # ("De wethouder bezocht gisteren / Kerkstraat 12")
            return line.lstrip()[:3].casefold() == "aan" or (
                len(line.strip()) <= 60
                and not _SENTENCE_MARK.search(line)
                and not _VERB_FORM.search(line)
            )
        if len(line.strip()) > SHORT_LINE or not _DIGIT.search(line):
            return False
        pos = above
    return False


def _blank_line_before(text: str, pos: int) -> int | None:
    """Where the blank line that ends right at ``pos`` begins (the end of the cell
    before it), or None: ``pos`` is preceded by a line break, spaces, a line break
    and spaces.  Walks back from ``pos`` only."""
    i = pos
    for _ in range(2):
        while i > 0 and text[i - 1] in " \t\u00a0":
            i -= 1
        if i == 0 or text[i - 1] != "\n":
            return None
        i -= 1
    return i
_ROW_NUMBER = regex.compile(r"\A\d{1,3}[.)]?[ \t]+")

_CLAUSE_MARK = regex.compile(r"[;!?]|\.(?=\s)")
# a sentence's end, or a blank line
_FULL_STOP = regex.compile(rf"{_SENTENCE_END.pattern}|\n[ \t]*\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence that holds ``pos`` begins (after a full stop or a blank line)."""
    begin = max(0, pos - 300)
    return max((m.end() for m in _FULL_STOP.finditer(text, begin, pos)), default=begin)


_LABEL_AFTER = regex.compile(
    # also in brackets on the next line of its cell ("088 363 63 63" / "(klantenservice)")
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*(?=\())?"
    r"(?:\(([^()\n]{1,40})\)|[,;][ \t\u00a0]*([^()\n,;]{1,30})\))"
)
_TYPES = ("NL_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE")


def _same_key(entity_type: str, text: str) -> str:
    """What makes two occurrences the same data (for sharing a decision)."""
    if entity_type == "PHONE_NUMBER":
        return normalise_nl_phone(text)
    if entity_type == "EMAIL_ADDRESS":
        return "".join(text.split()).strip("<>").casefold()
    if entity_type == "IBAN_CODE":
        return re.sub(r"\s+", "", text).upper()
    t = " ".join(text.replace(",", " ").split()).casefold()
    t = _ABBREVIATED_TITLES.sub("", t)  # "Prof. Lorentzlaan 25" is "Lorentzlaan 25"
    m = _ADDRESS_KEY.match(t)
    # (without the space before a postcode: "Vlierstraat 40, 7544 GG" is "Vlierstraat 40")
    return m.group(1).rstrip() if m and regex.search(r"\p{L}", m.group(1)) else t


def mark_public_by_evidence(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Keep contact data that general evidence shows to be an organisation's.

    See the module docstring for the rules.  Runs after the name stages, so
    that the redacted PERSON findings it uses as person evidence are final.
    """
    ev = ctx.rules.evidence
    if ev.empty or not ctx.document.pages:
        return findings
    return _own_domain_mailboxes(_mark_public(findings, ctx), lexicon_for(ctx.rules))


def _mark_public(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    ev = ctx.rules.evidence
    persons: dict[int, list[tuple[int, int]]] = {}
    # the model's person inside an address is its street's namesake ("Westerbrink 1")
    streets = {(f.page, f.start, f.end) for f in findings if f.entity_type == "NL_ADDRESS"}
    for f in findings:
        if f.entity_type == "PERSON" and f.action is Action.REDACT:
            if f.provenance.source is Source.NER and any(
                p == f.page and s <= f.start and f.end <= e for p, s, e in streets
            ):
                continue
            persons.setdefault(f.page, []).append((f.start, f.end))
    # every person the document names, kept or not: an office holder's row is no
    # organisation's either
    anyone: dict[int, list[tuple[int, int]]] = {}
    # the redacted persons and the office holders kept in their role (not a namesake
    # in an organisation's name: "Anton de Kom Stichting | Agorahof 1")
    holders = {page: list(spans) for page, spans in persons.items()}
    officials: dict[int, list[tuple[int, int]]] = {}  # the office holders kept in role
    for f in findings:
        if f.entity_type == "PERSON":
            anyone.setdefault(f.page, []).append((f.start, f.end))
            if f.action is Action.KEEP and "in functie" in f.keep_reason:
                holders.setdefault(f.page, []).append((f.start, f.end))
                officials.setdefault(f.page, []).append((f.start, f.end))
    running = repeated_lines(p.text for p in ctx.document.pages)
    acronyms = _document_acronyms(findings, ctx)
    lex = lexicon_for(ctx.rules)
    institutions = lex.acronyms
    orgs: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        # not the model's "organisation" over an e-mail address ("x@gmail.com"); a
        # "place" that holds an organisation word is one ("Regionaal Crisiscentrum Venlo")
        if (f.entity_type == "ORGANIZATION" and "@" not in f.text) or (
            f.entity_type == "LOCATION"
            and " " in f.text.strip()
            and any(is_org_word(fold(w), lex) for w in f.text.split())
        ):
            orgs.setdefault(f.page, []).append((f.start, f.end))
    out: list[Finding] = []
    public: dict[tuple[str, str], str] = {}
    for f in findings:
        if f.action is Action.REDACT and f.entity_type in _TYPES:
            text = ctx.document.pages[f.page].text
            reason = ev.reason(
                f.entity_type, text, f.start, f.end, persons.get(f.page, ()), running
            )
            if reason is None and f.entity_type == "EMAIL_ADDRESS" and not free_mail(f.text):
                # (at a free mail provider only a wholly functional name is a team's:
                # "wh.burgemeester@kpnmail.nl", "lianzhou.onderzoek@proton.me" are a person's)
                reason = (
                    _acronym_mailbox(f.text, acronyms, findings)
                    or _team_mailbox(f.text, ev, lex)
                    or _word_mailbox(f.text, ctx, lex, findings)
                    or _place_mailbox(f.text, findings, ctx, lex)
                    or _footer_mailbox(f, text, ev, lex, persons.get(f.page, ()))
                )
            if (
                reason is None
                and f.entity_type in ("NL_ADDRESS", "PHONE_NUMBER")
                # (a cell's second line under "Adres" in a person's row: "Maashaven" /
                # "O.Z. 77" is one address, no harbour's name above its number)
                and f.provenance.rule_id != "address_column"
            ):
                reason = _after_organisation(
                    f,
                    text,
                    [
                        *orgs.get(f.page, ()),
                        *_org_word_line_ends(text, f.start, lex),
                        *_unit_before(text, f.start, persons.get(f.page, ())),
                        *_org_named_before(text, f.start, lex),
                    ],
                    persons.get(f.page, ()),
                )
                if reason is not None and _person_in_row(
                    ctx.document.pages[f.page], f, persons.get(f.page, ())
                ):
                    reason = None  # "Chen Liyuan | adviseur | Gemeente Enschede | 053 ..."
                ls = text.rfind("\n", 0, f.start) + 1
                if reason is not None and _PERSONS_FIRM_ABOVE.search(text, max(0, ls - 160), ls):
                    reason = None  # "h.o.d.n. Waterlijn Installatietechniek" / "Trambaan 14"
                page = ctx.document.pages[f.page]
                # (an office holder's row gives his home address: "Dijkgraaf, Waterschap
                # X | dijkgraaf Lievense | 06 ... | Zandweg 9, Serooskerke")
                in_row = holders if f.entity_type == "NL_ADDRESS" else persons
                reason = (
                    reason
                    or _organisation_row(f, page, lex, in_row.get(f.page, ()), ev)
                    or _organisation_first_cell(
                        f, page, lex, orgs.get(f.page, ()), anyone.get(f.page, ())
                    )
                )
            if reason is None and f.entity_type == "NL_ADDRESS":
                reason = (
                    _signature_office(f, text, lex, persons.get(f.page, ()))
                    or _signature_office_over_page_break(f, ctx, lex, persons)
                    or _town_of_the_mail_domain(f, text)
                    or _own_mailbox_in_block(f, text, ev)
                )
            if reason is None and f.entity_type == "NL_ADDRESS":
                reason = (
                    _after_institution(f, text, institutions)
                    or _place_table_address(f, ctx.document.pages[f.page], persons.get(f.page, ()))
                    or _venue_address(f, text, ev, persons.get(f.page, ()))
                    or _venue_column_address(f, ctx.document.pages[f.page], persons.get(f.page, ()))
                    or _meeting_place(f, text, persons.get(f.page, ()))
                    or _institution_word_before(f, text, lex, persons.get(f.page, ()))
                )
            if reason is None and f.entity_type == "PHONE_NUMBER":
                reason = _after_institution(f, text, institutions, acronyms) or _office_switchboard(
                    f, text, officials.get(f.page, ()), persons.get(f.page, ())
                )
            if reason is None and f.entity_type == "IBAN_CODE":
                reason = _organisation_row(
                    f, ctx.document.pages[f.page], lex, persons.get(f.page, ()), ev
                )
            if (
                reason is not None
                and f.entity_type == "NL_ADDRESS"
                and in_home_address_column(ctx.document.pages[f.page], f.start, f.end)
            ):
                reason = None  # under "Privéadres": a person's home, whatever stands around it
            if reason is not None:
                f = f.with_action(Action.KEEP, reason)
                public[(f.entity_type, _same_key(f.entity_type, f.text))] = reason
        out.append(f)
    out = _after_kept_address(out, ctx, persons, public, ev)
    # once more: a number kept after a mailbox carries the address after it ("via
    # subsidies@fryslan.frl of 058 - 292 59 25, Tweebaksmarkt 52")
    out = _after_kept_address(out, ctx, persons, public, ev)
    for key, reason in _public_mentions(out, ctx, persons, running).items():
        public.setdefault(key, reason)
    if not public:
        return out
    # "ingeschreven op mijn woonadres aan de Wierdensestraat 219": where the document
    # calls an address a home, no mention of it is kept for another mention's evidence
    homes = {
        (f.entity_type, _same_key(f.entity_type, f.text))
        for f in out
        if f.entity_type == "NL_ADDRESS"
        and _HOME_CUE_BEFORE.search(
            ctx.document.pages[f.page].text, max(0, f.start - 50), f.start
        )
    }
    # "de heer R.J. Wester, Hollanderdijk 43": an address right after a redacted name is
    # that person's home, even where a permit's subject line names it too
    named = {
        (f.entity_type, _same_key(f.entity_type, f.text))
        for f in out
        if f.entity_type == "NL_ADDRESS"
        and f.action is Action.REDACT
        and any(
            e <= f.start
            and _NAME_THEN_ADDRESS.fullmatch(ctx.document.pages[f.page].text, e, f.start)
            for _s, e in persons.get(f.page, ())
        )
    }
    homes |= named
    shared: list[Finding] = []
    for f in out:
        key = (f.entity_type, _same_key(f.entity_type, f.text))
        if f.action is Action.KEEP and f.keep_reason == REASON_PERMIT and key in named:
            f = f.with_action(Action.REDACT)  # the permit's location is a named person's home
        if f.action is Action.REDACT and key in public and key not in homes:
            text = ctx.document.pages[f.page].text
            lo, _ = unit_bounds(text, f.start, f.end)
            if (
                f.entity_type == "PHONE_NUMBER"
                and ev._label_before(text, lo, f.start, f.end) == "personal"
            ):
                shared.append(f)
                continue
            f = f.with_action(Action.KEEP, REASON_SAME)
        shared.append(f)
    return shared


# between a name and the address after it: "R.J. (Roel) Wester, Hollanderdijk 43"
_NAME_THEN_ADDRESS = regex.compile(r"[ \t]*,[ \t]*(?:\n[ \t]*)?")
# a home named right before an address: "mijn woonadres aan de", "woont op", "thuis aan"
_HOME_CUE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:woonadres|huisadres|thuisadres|priv[eé]adres|woonachtig|wonend[e]?"
    r"|woont|woonde|wonen|woon|thuis)(?:[ \t\n]+(?:is|was|aan|op|in|te|de|het|'t)){0,2}"
    r"[ \t\n]*:?[ \t\n]*\Z"
)
REASON_OWN_DOMAIN = (
    "functioneel adres op het domein van een eenmanszaak: de achternaam van een gelakte "
    "persoon staat in de domeinnaam; controleer"
)


_INITIALS_WORD = regex.compile(r"(?:\p{Lu}\.){1,4}")


def _own_domain_mailboxes(findings: list[Finding], lex: Lexicon) -> list[Finding]:
    """A functional mailbox kept at a domain that holds the surname of a person the
    document redacts (``info@sumampouw-installatie.nl`` in the letterhead of R.J.
    Sumampouw): the domain of his one-man business names him, so the address is
    redacted again, with a note for the reviewer."""
    surnames: set[str] = set()
    for f in findings:
        words = f.text.split()
        if f.entity_type != "PERSON" or f.action is not Action.REDACT or len(words) < 2:
            continue
        if not (lex.is_first_name(words[0]) or _INITIALS_WORD.fullmatch(words[0])):
            continue  # "Parochie H. Plechelmus": a saint's parish, no one's own firm
        for part in words[-1].strip(".,;:()").split("-"):
            key = fold(part)
            if (
                len(key) >= 5
                and part.isalpha()
                and not lex.is_common_noun(part)
                and key not in lex.places
            ):
                surnames.add(key)
    if not surnames:
        return findings
    # a domain where the document gives a person's address that does not bear the name
    # ("gw.hoogkamp@janligthart.nl") is an organisation's with staff, no one-man business
    personal = [
        f.text.casefold()
        for f in findings
        if f.entity_type == "EMAIL_ADDRESS" and f.action is Action.REDACT and "@" in f.text
    ]
    out = []
    for f in findings:
        if f.entity_type == "EMAIL_ADDRESS" and f.action is Action.KEEP and "@" in f.text:
            host = f.text.rsplit("@", 1)[1].casefold()
            domain = "".join(host.split(".")[:-1]).replace("-", "")
            named = [name for name in surnames if name in domain]
            staff = any(
                address.rsplit("@", 1)[1] == host
                and not any(name in address.rsplit("@", 1)[0] for name in named)
                for address in personal
            )
            if named and not staff:
                f = replace(
                    f,
                    action=Action.REDACT,
                    keep_reason="",
                    provenance=replace(f.provenance, explanation=REASON_OWN_DOMAIN),
                )
        out.append(f)
    return out


# Identifier types whose unmatched mentions are weighed too: a rule leaves a
# number after "het algemene nummer" unmatched, so no finding carries its evidence.
_MENTIONED_TYPES = ("PHONE_NUMBER", "IBAN_CODE")


def _public_mentions(
    findings: Sequence[Finding],
    ctx: ResolveContext,
    persons: dict[int, list[tuple[int, int]]],
    running: frozenset[str],
) -> dict[tuple[str, str], str]:
    """Evidence at mentions of a redacted number that no finding covers.

    ``het algemene nummer 026 - 384 22 00`` in the body and ``T 026 - 384 22 00``
    in the signature are one number: the label at the first shows it is the
    organisation's, and the decision is shared with every mention (a personal
    label at a mention still keeps that one redacted).  Without this, the
    unmatched mention would only be reached by propagate_identifiers, which
    redacts it.
    """
    from redactie.resolve import _identifier_key, _identifier_pattern  # same floor; late

    ev = ctx.rules.evidence
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        covered.setdefault(f.page, []).append((f.start, f.end))
    wanted: dict[str, str] = {}
    for f in findings:
        if f.action is Action.REDACT and f.entity_type in _MENTIONED_TYPES:
            key = _identifier_key(f.text)
            if len(key) >= 6:
                wanted.setdefault(key, f.entity_type)
    found: dict[tuple[str, str], str] = {}
    if not wanted:
        return found
    # a key whose letters and digits occur no more often than its findings has no
    # other mention: skip its pattern (most numbers stand once)
    flat = ["".join(ch for ch in page.text.upper() if ch.isalnum()) for page in ctx.document.pages]
    counts: dict[str, int] = {}
    for f in findings:
        if f.entity_type in _MENTIONED_TYPES:
            k = _identifier_key(f.text)
            counts[k] = counts.get(k, 0) + 1
    for key, entity_type in sorted(wanted.items()):
        if sum(p.count(key) for p in flat) <= counts.get(key, 0):
            continue
        rx = _identifier_pattern(key)
        for page in ctx.document.pages:
            spans = covered.get(page.number, [])
            for m in rx.finditer(page.text):
                if any(s < m.end() and m.start() < e for s, e in spans):
                    continue
                spans_here = persons.get(page.number, ())
                reason = ev.reason(entity_type, page.text, m.start(), m.end(), spans_here, running)
                if reason is not None:
                    found.setdefault((entity_type, _same_key(entity_type, m.group(0))), reason)
    return found


_ACRONYM = regex.compile(r"(?<![\p{L}\d@.\-])\p{Lu}{2,6}(?![\p{L}\d@])")
REASON_EMAIL_ACRONYM = "functionele mailbox (afkorting van een organisatie in het document)"


_ORG_GAP = regex.compile(
    r"[ \t\u00a0]*(?:[,:(][ \t\u00a0\n]*|\n[ \t\u00a0]*)"
    # "Huisartsenpraktijk De Worp (telefoon 0570 - 62 14 80)"
    r"|[ \t\u00a0]*\([ \t\u00a0]*(?i:tel\.?|telefoon|telefoonnummer|phone|tel\.?[ \t]?nr\.?)"
    r"[ \t\u00a0]*:?[ \t\u00a0]*"
    # "vragen naar de GGD Limburg-Noord via 088 - 119 12 00"
    r"|[ \t\u00a0]+(?:via|op)[ \t\u00a0]+"
    # "Het Nationaal Cyber Security Centrum (NCSC) is gebeld via 070 751 5555"
    r"|\)?[ \t\u00a0]+(?:is|wordt|werd|zijn|worden)[ \t\u00a0]+(?:gebeld|bereikt|benaderd)"
    r"[ \t\u00a0]+(?:via|op)[ \t\u00a0]+"
    # "Catsheuvel 55, 2517 KA The Hague | T +31 70 ...": a footer's separator and label
    r"|[ \t\u00a0]*[,|•·–][ \t\u00a0]*(?i:t|tel|telefoon|phone|p)\.?:?[ \t\u00a0]+"
    r"|[ \t\u00a0]*[|•·][ \t\u00a0]*"
    # "Chemtrade Terminals aan de Middenweg 34": where the organisation is
    r"|[ \t\u00a0]+(?:aan|op)(?:[ \t\u00a0]+(?:de|het|'t))?[ \t\u00a0]+"
)
REASON_AFTER_ORGANISATION = "contactgegeven direct na de naam van een organisatie"
REASON_AFTER_ORG_ADDRESS = "vast nummer direct na het adres van een organisatie"
REASON_AFTER_MAILBOX = "vast nummer naast een functionele mailbox"
# between a person's e-mail address and the number after it, on one line of her data
_PERSON_DATA_GAP = regex.compile(
    r"[ \t\u00a0]*[,;|/][ \t\u00a0]*(?:(?i:tel|t|telefoon)\.?:?[ \t\u00a0]*)?"
)
# a landline joined to a functional mailbox on its line: "x@org.nl of 0513 ..."
_OR_GAP = regex.compile(
    r"[ \t\u00a0]*\n?[ \t\u00a0]*(?:,(?:[ \t\u00a0]*\n?[ \t\u00a0]*(?:of|en|or|and)(?![\p{L}]))?"
    r"|/|\||·|of|en|or|and)[ \t\u00a0]*\n?[ \t\u00a0]*"
    r"(?:via[ \t\u00a0]+)?"  # "het bureau Bezoek, 073 - 658 20 00, of via bezoek@..."
)


def _after_organisation(
    f: Finding,
    text: str,
    orgs: Sequence[tuple[int, int]],
    persons: Sequence[tuple[int, int]],
) -> str | None:
    """An address or landline right after an organisation's name, with no person's
    name between them (``Gouvernement, Limburglaan 10``, ``het Rechtswinkel Leiden,
    071 - 512 74 41``): the organisation's.  Mobile numbers stay personal."""
    if f.entity_type == "PHONE_NUMBER" and _MOBILE.match(normalise_nl_phone(f.text)):
        return None
    for s, e in orgs:
        if e <= f.start and _ORG_GAP.fullmatch(text, e, f.start):
            if any(s <= ps < f.start for ps, _ in persons):
                return None
            if any(
                f.start - 90 <= pe <= s
                and (gap := _AFFILIATION_GAP.match(text, pe)) is not None
                and gap.end() <= s
                and not _SENTENCE_MARK.search(text, pe, f.start)
                for _, pe in persons
            ):
                # "Ruthmila Gumbs van de Rijksdienst Caribisch Nederland (+599-318-2749)":
                # the number of the person the organisation is named after as hers
                return None
            if ":" in text[e : f.start] and " " not in text[s:e].strip():
                return None  # "Direct: 030 ...": a one-word label the model took for a name
            if f.entity_type == "NL_ADDRESS" and _DWELLING_OF.search(text, max(0, s - 40), s):
                return None  # "een huurwoning van Elkien aan de Lemmerweg 112": a home
            if _DWELLING_IN_PARK.search(text, s, f.start):
                return None  # "Recreatiepark De Wildhoeve, chalet 14" / "Vlierweg 9": a home
            if _own_premises_before(
                text, f.start, max(0, f.start - 120), persons, farm=f.entity_type == "NL_ADDRESS"
            ):
                return None
            return REASON_AFTER_ORGANISATION
    return None


_SENTENCE_MARK = regex.compile(r"[.;!?](?:\s|$)")
# a person's organisation after the name: "X van de", "X bij het", "X of the"
_AFFILIATION_GAP = regex.compile(
    r"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?i:van|bij|from|of|at)(?:[ \t\n]+(?i:de|het|the))?"
    r"[ \t]*(?:\n[ \t]*)?(?=\p{Lu})"
)
REASON_SIGNATURE_OFFICE = "adres van de werkgever in een ondertekening"
REASON_DOMAIN_TOWN = "adres van de gemeente waarvan het e-maildomein de plaats noemt"
# a work address right before the address on its line: "..., f.zijlstra@lelystad.nl,"
_MAIL_BEFORE = regex.compile(
    r"@([a-z0-9\-]+)\.(?:nl|be)[ \t]*[,;|][ \t]*\Z", regex.IGNORECASE
)
_TOWN_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?:[1-9]\d{3}[ \t]?[A-Z]{2}[ \t]+)?(\p{Lu}[\p{L}\-' ]+)"
)


def _town_of_the_mail_domain(f: Finding, text: str) -> str | None:
    """``Opgesteld door X, f.zijlstra@lelystad.nl, Stadhuisplein 2, 8232 ZX Lelystad``:
    an address right after a work e-mail address whose domain is the address's own
    town is the municipality's office, where its civil servant works."""
    ls = text.rfind("\n", 0, f.start) + 1
    m = _MAIL_BEFORE.search(text, ls, f.start)
    if m is None:
        return None
    line_end = text.find("\n", f.end)
    t = _TOWN_AFTER.match(text, f.end, len(text) if line_end < 0 else line_end)
    if t is None:
        return None
    town = "".join(c for c in t.group(1).casefold() if c.isalnum())
    return REASON_DOMAIN_TOWN if town and town == m.group(1).casefold().replace("-", "") else None


def _signature_office(
    f: Finding, text: str, lex: Lexicon, persons: Sequence[tuple[int, int]]
) -> str | None:
    """``Met vriendelijke groet,`` / ``Bogdan Kowalczyk`` / ``Senior inspecteur
    kunstwerken`` / ``Witteveen+Bos`` / ``Leeuwenbrug 8, Deventer``: under a closing, a
    signature that gives the writer's job is a professional's, and the address in it
    that opens its line is the employer's.  Everything under a citizen's name alone
    stays redacted, and so do the signature's numbers: a landline there is as often the
    writer's direct line as the switchboard (``T +31 (0)70 ...`` above ``M +31 (0)6
    ...``), so doubt leaves it to the reviewer."""
    line_start = text.rfind("\n", 0, f.start) + 1
    if not _LINE_LABEL.fullmatch(text, line_start, f.start):
        return None
    lines: list[tuple[int, int]] = []
    end = line_start - 1
    blank = False
    while end > 0 and len(lines) < 7:
        start = text.rfind("\n", 0, end) + 1
        line_end = end
        line = text[start:line_end].strip()
        end = start - 1
        if not line:
            blank = True  # blank lines may stand between the closing and the name only
            continue
        if fold(line.rstrip(",")) in lex.closing_keys:
            break
        if blank and _short_name_under_closing(text, start, line, lex):
            break  # "Groet," / "Rob" / (blank) / "Rob Timmermans" / job: the full signature
        if blank:
            return None  # a block above a blank line that is no closing: no signature
        lines.append((start, line_end))
    else:
        return None
    if len(lines) < 2:
        return None
    body = lines[:-1]  # the lines under the name (the last one read is the name)
    if len(lines) == 2 and not _job_and_employer(text[body[0][0] : body[0][1]], lex):
        # the name and one line: a citizen's address under his name, unless that line
        # gives a job and its employer ("Arbeidsdeskundige | UWV Sociaal-Medische Zaken",
        # "Directeur Circus Alexander Bonelli")
        return None
    if any(a <= s < b for a, b in body for s, _ in persons):
        return None  # another person's name in between
    if not any(_job_line(text[a:b], lex) for a, b in body):
        return None
    return REASON_SIGNATURE_OFFICE


def _short_name_under_closing(text: str, start: int, line: str, lex: Lexicon) -> bool:
    """``line`` (starting at ``start``) is a short first name right under a closing
    (``Groet,`` / ``Rob``), the informal signature above the full one."""
    if len(line.split()) > 2 or any(ch.isdigit() or ch in "@:" for ch in line) or start < 2:
        return False
    above_start = text.rfind("\n", 0, start - 1) + 1
    return fold(text[above_start : start - 1].strip().rstrip(",")) in lex.closing_keys


def _signature_office_over_page_break(
    f: Finding,
    ctx: ResolveContext,
    lex: Lexicon,
    persons: dict[int, list[tuple[int, int]]],
) -> str | None:
    """:func:`_signature_office` for an address that opens a page, its signature's
    closing, name and job at the foot of the page before."""
    if f.page == 0:
        return None
    text = ctx.document.pages[f.page].text
    if text[: f.start].strip():
        return None
    prev = ctx.document.pages[f.page - 1].text.rstrip(" \t\n\u00a0") + "\n"
    shift = len(prev)
    moved = replace(f, start=f.start + shift, end=f.end + shift)
    people = [
        *persons.get(f.page - 1, ()),
        *((a + shift, b + shift) for a, b in persons.get(f.page, ())),
    ]
    return _signature_office(moved, prev + text, lex, people)


# what may open the line before an address or number: a label ("T", "Tel.:", "Bezoekadres:")
_LINE_LABEL = regex.compile(r"[ \t]*(?:\p{L}{1,12}\.?[ \t]*:?[ \t]*)?")


# a post on an association's board: its holder may use his home address
_BOARD_POSTS = frozenset(
    {"voorzitter", "secretaris", "penningmeester", "lid", "bestuurslid", "vicevoorzitter"}
)


# a signature's line of a job and its employer, set apart by a bar or a comma
_JOB_AND_EMPLOYER = regex.compile(r"\p{L}[^\n|,]*[ \t]*[|,][ \t]*\p{Lu}")


def _job_and_employer(line: str, lex: Lexicon) -> bool:
    """A signature's one line that names the employer beside the job: after a bar or a
    comma, or by a capitalised organisation word or legal form."""
    if _JOB_AND_EMPLOYER.search(line):
        return True
    words = [w.strip(",.|()") for w in line.split()[1:]]
    return any(w[:1].isupper() and _org_or_legal_form(w, lex) for w in words if w)


def _job_line(line: str, lex: Lexicon) -> bool:
    """A line of a signature that names a job: ``Senior inspecteur kunstwerken``,
    ``Locatiemanager De Bining``, ``beleidsadviseur``."""
    words = [w.strip(",.|") for w in line.split()]
    suffixes = tuple(fold(x) for x in lex.config.person_noun_suffixes)
    return any(
        w
        and fold(w) not in _BOARD_POSTS
        and (
            fold(w) in lex.role_words
            or fold(w) in lex.person_noun_keys
            or (fold(w).endswith(suffixes) and len(w) > 6)
            or fold(w).endswith(("manager", "inspecteur", "adviseur", "directeur", "ingenieur"))
        )
        for w in words
    )


# an organisation's name that ends a line: a capitalised word for an organisation and
# up to four capitalised words ("Locatiemanager De Bining, Zorggroep Titia Brongersma")
_ORG_NAME_LINE_END = regex.compile(
    r"(?<![\p{L}])(\p{Lu}[\p{L}\-]+)(?:[ \t]+\p{Lu}[\p{L}\-]+){1,4}[ \t]*\n[ \t]*\Z"
)


def _org_word_line_ends(text: str, start: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The span of an organisation's name at the end of the line right above
    ``start`` (an address or number that opens its line): ``Zorggroep Titia
    Brongersma`` above ``Oosterdijk 40, Sneek`` in a signature."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start == 0:
        return []
    above = text.rfind("\n", 0, line_start - 1) + 1
    m = _ORG_NAME_LINE_END.search(text, above, start)
    if m is None or not is_org_word(fold(m.group(1)), lex):
        # "Team Misbruik en Oneigenlijk Gebruik (M&O)" / "Prinses Beatrixlaan 2": a
        # unit's line that opens with its organisation word, right above the address
        line = text[above : line_start - 1]
        words = line.split()
        if words and is_capitalised(words[0]) and _org_or_legal_form(words[0].strip(".,"), lex):
            return [(above, line_start - 1)]
        return []
    return [(m.start(), m.end() - len(m.group()) + len(m.group().rstrip()))]


# Capitalised words right before a bracket on the line: "contact met Verkeerspost
# Brandaris (0562 ..." (not a comma: "woont bij Stichting Hulp, Kerkstraat 1" is a home)
_CAPITALISED_BEFORE = regex.compile(
    r"(?<![\p{L}\-])\p{Lu}[\p{L}\-]+(?:[ \t]+(?:\p{Lu}[\p{L}\-]+|van|de|der|het|aan|op)){0,4}"
    r"(?=[ \t]*\([ \t]*\Z)"
)


def _org_named_before(text: str, start: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The span of an organisation's name right before ``start`` on its line, before a
    bracket, when its first word is an organisation word (``Verkeerspost
    Brandaris (0562 44 27 00)``): the number or address after it is the organisation's."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _CAPITALISED_BEFORE.search(text, max(line_start, start - 80), start)
    if m is None or not is_org_word(fold(m.group().split()[0]), lex):
        return []
    return [m.span()]


# An organisation's unit in lower case, then a comma, right before an address on its
# line: "Vragen over dit verslag: secretariaat universiteitsraad, Broerstraat 5, ..."
_UNIT_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:secretariaat|griffie|afdeling|directie|bureau|team|receptie)"
    r"(?:[ \t]+(?:van[ \t]+(?:de|het)[ \t]+)?[\p{L}][\p{L}\-]*){1,3}[ \t]*(?=,[ \t]*\Z)"
)


def _unit_before(
    text: str, start: int, persons: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The span of an organisation's unit (``secretariaat universiteitsraad``) right
    before ``start`` on its line, with a comma between them; not after a person's name
    on that line (``Opgesteld door M. Bergsma, team Verkiezingen, 058 ...``: hers)."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _UNIT_BEFORE.search(text, max(line_start, start - 80), start)
    if m is None or any(line_start <= s < m.start() for s, _ in persons):
        return []
    return [m.span()]


# A home that an organisation lets or owns, named before it: the address after the
# organisation's name is where someone lives, not the organisation's.
_DWELLING_OF = regex.compile(
    r"(?i)(?<![\p{L}])(?:huur|koop|sociale[ \t\u00a0]+huur|eengezins|senioren|boven|beneden"
    r"|portiek)?(?:woning|huis|appartement|flat|studio|kamer)[ \t\u00a0]+(?:van|bij)"
    r"[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?$"
)


REASON_PLACE_TABLE = "adres van de locatie in de eerste kolom van de tabel"
# a first cell that names a household, not a place: its address is a person's
_PRIVATE_ROW = regex.compile(
    r"(?i:gastgezin|gastgezinnen|gastouder|particulier|priv[eé]|fam\.|familie|woning"
    r"|huishouden|thuis|bewoner|woonadres|huisadres)"
)


def _place_table_address(
    f: Finding, page: Page, persons: Sequence[tuple[int, int]]
) -> str | None:
    """``azc Goes | 180 | Stationspark 40 | Yonas ...``: an address in the address column
    of a table whose first column lists places (``Locatie``) is the place's, unless the
    row's first cell names a household (``gastgezin``) or a person."""
    first = place_table_row(page, f.start, f.end)
    if first is None or _PRIVATE_ROW.search(first):
        return None
    start = page.text.rfind(first, 0, f.end)
    if any(s < start + len(first) and start < e for s, e in persons):
        return None
    return REASON_PLACE_TABLE


_T_THEN_M = regex.compile(
    r"[ \t]*(?:\(?[a-z]+\)?[ \t]*)?[|/·•,][ \t]*(?:M|Mob\.?|Mobiel|GSM)[ \t]*:?[ \t]*\+?\d"
)
_T_LABEL = regex.compile(r"(?:^|\n)[ \t]*(?:T|Tel\.?|Telefoon)[ \t]*:?[ \t]*$")


def _switchboard_beside_mobile(text: str, f: Finding) -> bool:
    """``T 0118 - 631 011 | M 06 - 5207 - 1185`` under an organisation's address in a
    signature: the landline labelled T opens a line that gives the person's own number
    separately (M), so it is the organisation's general line, when it is a number
    chosen to be remembered (see :func:`_memorable`)."""
    return (
        _T_LABEL.search(text, max(0, f.start - 20), f.start) is not None
        and _T_THEN_M.match(text, f.end) is not None
        and _memorable(normalise_nl_phone(f.text))
    )


def _block_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The block around ``text[start:end]``: from the last blank line at most ``reach``
    characters before it (or that far back) to the next blank line (or the text's end);
    a list's entry or a table's row as the page's text reads it."""
    before = [m.end() for m in _BLANK_LINE.finditer(text, max(0, start - reach), start)]
    lo = before[-1] if before else max(0, start - reach)
    after = _BLANK_LINE.search(text, end)
    return lo, after.start() if after else len(text)


def _office_switchboard(
    f: Finding,
    text: str,
    officials: Sequence[tuple[int, int]],
    persons: Sequence[tuple[int, int]],
) -> str | None:
    """``Bollen`` / ``Griet`` / ``+32 89 76 94 00`` in the row of a mayor kept in her
    role: a landline chosen to be remembered (see :func:`_memorable`) beside an office
    holder, and no redacted person in the block, is the office's switchboard."""
    digits = normalise_nl_phone(f.text)
    if not officials or _MOBILE.match(digits) or not _memorable(digits):
        return None
    lo, hi = _block_bounds(text, f.start, f.end, 300)
    if any(lo <= s < hi for s, _ in persons):
        return None
    return REASON_ORG_ROW if any(lo <= s < hi for s, _ in officials) else None


def _memorable(digits: str) -> bool:
    """A switchboard's number is chosen to be remembered: its last four digits use two
    digits at most (``630 55 00``, ``36 55 55``, ``631 011``); a direct line's need not
    (``426 71 38``), so that one stays redacted for the reviewer."""
    tail = [c for c in digits if c.isdigit()][-4:]
    return len(tail) == 4 and len(set(tail)) <= 2


REASON_ORG_ROW = "contactgegeven van de organisatie in dezelfde tabelrij"


def _own_mailbox_in_block(f: Finding, text: str, ev: PublicEvidence) -> str | None:
    """``Soenita Ramdin (Woonwenz)`` / ``Oude Markt 2, Venlo`` / ``06 ..., info@woonwenz.nl``:
    a block (a list's entry, a table's row) that names an organisation and gives its
    functional mailbox, at a domain of that name, gives the organisation's address."""
    lo, hi = _block_bounds(text, f.start, f.end, 400)
    if hi - lo > 400:
        return None  # a paragraph of running text, no entry of a list
    for m in _EMAIL.finditer(text, lo, hi):
        address = m.group()
        if free_mail(address) or not ev.is_functional_mailbox(address):
            continue
        name = address.split("@", 1)[1].split(".")[0]
        if len(name) >= 4 and regex.search(
            rf"(?i)(?<![\p{{L}}@.]){regex.escape(name)}(?![\p{{L}}])", text[lo : f.start]
        ):
            return REASON_ADDRESS
    return None


def _organisation_row(
    f: Finding,
    page: Page,
    lex: Lexicon,
    persons: Sequence[tuple[int, int]],
    ev: PublicEvidence,
) -> str | None:
    """``Stichting Dierenambulance Arnhem eo | Westervoortsedijk 73 | 026 - 445 23 23``:
    in a table whose column of names holds an organisation in this row, and no person,
    the row's address and landline are the organisation's (a mobile number stays
    personal).  A company whose cell opens with its name names its officers after it
    (``Fruitbedrijf Adriaanse B.V.`` / ``(directeur A. Visser)``): the row is still the
    company's, and so is its account number.  A foundation's or association's
    (``association_names``) officer may keep its post at home: with one named, or an
    address ``p/a`` (care of), the row stays redacted, and so does such a body's
    account number (a reviewer decides, as for ``t.n.v.``)."""
    if f.entity_type == "PHONE_NUMBER" and _MOBILE.match(normalise_nl_phone(f.text)):
        return None
    cells = name_cells_of_row(page, f.start)
    if not cells:
        return None
    head = page.text[cells[0][0][0] : cells[0][0][1]]
    company = _opens_with_organisation(head, lex) and not _association(head, ev)
    # "Bakkerij Gebr. Schouten B.V." / "contact: Jolanda": a company with a legal form
    # names its contact in the row; the row's office is still the company's
    incorporated = company and any(
        fold(w.strip(".,()")) in _INCORPORATED
        for a, b in cells[0]
        for w in page.text[a:b].split()
    )
    if not incorporated and any(
        s < b and a < e
        for cell in (cells[1:] if company else cells)
        for a, b in cell
        for s, e in persons
    ):
        return None  # "Basketbalvereniging ... | Shurandy Rosaria | +599 9 519 3307"
    if any(
        e <= f.start and _NAME_THEN_DATA.fullmatch(page.text, e, f.start) for _s, e in persons
    ):
        return None  # "Sjaak de Koning, 055-5 77 98 12": the number of the person before it
    if _CARE_OF_BEFORE.search(page.text, max(0, f.start - 12), f.start):
        return None  # "p/a Tsjerkepaad 3": the address of the person in the row
    if _CARE_OF_STREET_BEFORE.search(page.text, max(0, f.start - 60), f.start):
        return None  # "p/a Zandweg 14 | 4352 AK": that address's postcode in the next cell
    if (
        not company
        and f.entity_type == "NL_ADDRESS"
        and _CORRESPONDENCE_BEFORE.search(page.text, max(0, f.start - 30), f.start)
    ):
        return None  # "Tafeltennisclub Spin | correspondentie: Pa Verkuyllaan 17": a member's home
    if f.entity_type == "IBAN_CODE":
        return REASON_ORG_ROW if company else None
    words = [w.strip(".,()") for cell in cells for a, b in cell for w in page.text[a:b].split()]
    if company or any(_org_or_legal_form(w, lex) for w in words if w):
        return REASON_ORG_ROW
    return None


_NAME_THEN_DATA = regex.compile(r"[ \t]*[,:]?[ \t]*\n?[ \t]*")
# a care-of right before an address in a row ("p/a Tsjerkepaad 3")
_CARE_OF_BEFORE = regex.compile(rf"(?i){_CARE_OF_WORDS}[ \t:]*$")
_CARE_OF_STREET_BEFORE = regex.compile(
    rf"(?i){_CARE_OF_WORDS}[ \t:]*\p{{Lu}}[^\n\d]{{1,40}}[ \t]\d{{1,5}}[a-zA-Z]?[ \t,|]*\n?[ \t]*$"
)
# an association's correspondence address in its row: a street, so someone's home
_CORRESPONDENCE_BEFORE = regex.compile(r"(?i)correspondentie(?:adres)?[ \t]*:?[ \t]*$")


def _association(head: str, ev: PublicEvidence) -> bool:
    """A foundation or an association (``Stichting ...``, ``Molenstichting ...``)."""
    if ev.association_names is not None and ev.association_names.search(head) is not None:
        return True
    return any(fold(w).endswith(("stichting", "vereniging")) for w in head.split())


def _org_or_legal_form(word: str, lex: Lexicon) -> bool:
    """A capitalised organisation word (``Stichting``, ``Molenstichting``) or a legal
    form (``B.V.``); not a paraaf code such as ``SBo`` that reads as an abbreviation."""
    return word[:1].isupper() and (
        (len(word) >= 4 and is_org_word(fold(word), lex)) or fold(word) in _LEGAL_FORM_WORDS
    )


def _opens_with_organisation(line: str, lex: Lexicon) -> bool:
    """The first line of a name cell opens with an organisation word, or names a legal
    form before any bracket (``Fruitbedrijf Adriaanse & Zn. B.V.``)."""
    words = [w.strip(".,") for w in line.split("(")[0].split()]
    return bool(words) and (
        _org_or_legal_form(words[0], lex) or any(fold(w) in _LEGAL_FORM_WORDS for w in words)
    )


REASON_ORG_FIRST_CELL = "contactgegeven in de tabelrij van een organisatie"


def _organisation_first_cell(
    f: Finding,
    page: Page,
    lex: Lexicon,
    orgs: Sequence[tuple[int, int]],
    persons: Sequence[tuple[int, int]],
) -> str | None:
    """``Omgevingsdienst Zuid-Holland Zuid | geur, roet | 078 770 3900``: in a table
    row whose first cell names an organisation (an organisation word, a legal form or
    the model's organisation), and no person anywhere in the row, the row's landline
    and address are the organisation's (a mobile number stays personal)."""
    if f.entity_type == "PHONE_NUMBER" and _MOBILE.match(normalise_nl_phone(f.text)):
        return None
    row = first_cell_of_row(page, f.start)
    if row is None:
        return None
    first, a, b = row
    text = page.text
    if text[a:b].strip()[:1] == "(" or text[a:b].strip()[-1:] == ")":
        return None  # "(Arnhemse" / "Stadspartij)": a wrapped cell's bracket, no row's name
    words = [w.strip(".,()") for w in text[a:b].split()]
    if not (
        any(_org_or_legal_form(w, lex) for w in words if w)
        or any(s <= a < e or a <= s < b for s, e in orgs)
    ):
        return None
    # the row: from its first line to the end of the finding's line and the line after
    end = text.find("\n", f.end)
    end = text.find("\n", end + 1) if end >= 0 else -1
    end = len(text) if end < 0 else end
    if any(first <= s < end for s, _ in persons) or _person_in_row(page, f, persons):
        return None
    if f.entity_type == "NL_ADDRESS" and (
        _CORRESPONDENCE_BEFORE.search(text, max(0, f.start - 30), f.start)
        or _CARE_OF_BEFORE.search(text, max(0, f.start - 12), f.start)
    ):
        return None  # "Tafeltennisclub Spin | correspondentie: Pa Verkuyllaan 17": a home
    return REASON_ORG_FIRST_CELL


_LEGAL_FORM_WORDS = frozenset({"b.v", "bv", "n.v", "nv", "v.o.f", "vof", "bvba", "vzw", "u.a"})
# the legal forms of a company that is no one person's business (not a v.o.f.)
_INCORPORATED = frozenset({"b.v", "bv", "n.v", "nv", "bvba", "gmbh", "ltd", "plc"})


REASON_VENUE = "adres van een vergaderlocatie"
_VENUE_LABEL = regex.compile(
    r"[ \t]*(?i:locatie|plaats|vergaderlocatie|vergaderplaats|waar|venue|location)[ \t]*:"
)


def _prose_wrap_before(text: str, line_start: int) -> bool:
    """The line at ``line_start`` goes on with a sentence that the line before wrapped: that
    line is long and ends in a comma or a word ("... via zijn eigen telefoon," / "+599 9 527
    3318."), so a short line here is no letterhead's."""
    if line_start == 0:
        return False
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    prev = text[prev_start : line_start - 1].strip()
    return len(prev) > SHORT_LINE and (prev.endswith(",") or prev[-1:].islower())


def _venue_address(
    f: Finding, text: str, ev: PublicEvidence, persons: Sequence[tuple[int, int]]
) -> str | None:
    """``Locatie: ontmoetingsruimte azc, Pelikaanweg 2, 9406 AK Assen``: the address on a
    meeting's venue line, with no person and no dwelling word on it."""
    ls = text.rfind("\n", 0, f.start) + 1
    m = _VENUE_LABEL.match(text, ls)
    if m is None or m.end() > f.start:
        return None
    if ev._line_has_person(text, f.start, f.end, persons):
        return None  # "Locatie: bij mevrouw X thuis, Dorpsstraat 1"
    return REASON_VENUE


# a header of a column of persons whose case is at the address beside them
_PERSONS_COLUMN = regex.compile(
    r"(?im)(?:^|\|)[ \t]*(?:aanvrager|aanvraagster|eigenaar|eigenaren|bewoner|bewoners|verzoeker"
    r"|indiener|melder|klager|huurder|belanghebbende|applicant|owner)s?[ \t]*(?:$|\|)"
)


def _venue_column_address(
    f: Finding, page: Page, persons: Sequence[tuple[int, int]]
) -> str | None:
    """``| Overleg SER over cao-dekking | Bezuidenhoutseweg 60 | ...``: an address in an
    agenda's ``Locatie`` column is where a meeting is held, unless a person or a
    dwelling word shares its cell (``bij mevrouw X thuis``)."""
    cells = venue_column_cells(page)
    if cells and _PERSONS_COLUMN.search(page.text, max(0, cells[0][0][0] - 300), cells[0][0][0]):
        return None  # "| Nr | Locatie | Aanvrager |": the sites of persons' applications
    for cell in cells:
        if not (cell[0][0] <= f.start and f.end <= cell[-1][1] + 1):
            continue  # (an address may wrap in its cell: "Michiel de" / "Ruyterplein 3")
        start, end = cell[0][0], cell[-1][1]
        if any(start <= s < end for s, _ in persons):
            return None
        if _DWELLING_WORD.search(page.text, start, end):
            return None
        # the row's cells around it (read cell by cell, or as one line)
        if _HOME_VISIT.search(page.text, max(0, start - 100), end + 100):
            return None  # "Keukentafelgesprek ... | Zeedijk 41 | landbouwer X": a farm
        return REASON_VENUE
    return None


# "Het uitbraakteam komt weer bijeen op 18 maart om 10.00 uur, Harlingerstraatweg 4": a
# meeting's time right before the address, a meeting's word earlier in the sentence
_MEETING_TIME_BEFORE = regex.compile(
    r"(?i)(?:(?<![\p{L}])(?:om|vanaf|van|at)[ \t\u00a0]+|,[ \t\u00a0]*)\d{1,2}[.:]\d{2}"
    r"(?:[ \t\u00a0]*uur)?[ \t\u00a0]*,"
)
_MEETING_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:bijeen|vergader\p{L}*|overleg\p{L}*|bijeenkomst\p{L}*|hoorzitting"
    r"|informatieavond|inloopavond|inloopbijeenkomst|sessie|meeting|werkbezoek)(?![\p{L}])"
)


def _meeting_place(f: Finding, text: str, persons: Sequence[tuple[int, int]]) -> str | None:
    """The address right after a meeting's time, in a sentence about the meeting."""
    begin = _sentence_start(text, f.start)
    if _MEETING_TIME_BEFORE.search(text, begin, f.start) is None:
        return None
    if _MEETING_WORD.search(text, begin, f.start) is None:
        return None
    if any(begin <= s < f.start for s, _ in persons) or _DWELLING_WORD.search(text, begin, f.end):
        return None  # "het gesprek is om 10.00 uur bij mevrouw X thuis, Dorpsstraat 1"
    return REASON_VENUE


# "het azc aan de Balkenweg 7", "het IND-loket aan de Burgemeester Roelenweg 20", "het
# Provinciehuis, Abdij 6": an institution's word right before its address
_INSTITUTION_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}\-])([\p{L}][\p{L}\-]*)"
    # the institution's own name after its word: "Sportbad Fanny Blankers-Koen, ..."
    # (a wrap may part them: "op de polikliniek" / "Interne Geneeskunde, Heidelberglaan")
    r"(?:(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)\p{Lu}[\p{L}\-'’]*){0,4}"
    r"(?:[ \t\u00a0]+(?:aan|op|in)[ \t\u00a0]+(?:de|het|'t)"
    # the street's head before a wrap: "het clubhuis aan de Van Ketwich" / "Verschuurlaan 98"
    r"(?:(?:[ \t\u00a0]+\p{Lu}[\p{L}\-'’]*){1,2}(?=[ \t\u00a0]*\n))?|[ \t\u00a0]*,)"
    r"[ \t\u00a0]*\n?[ \t\u00a0]*$"
)
# organisation words that also name a home or a family's place
_HOME_WORDS = frozenset(
    {"huis", "woning", "thuis", "boerderij", "flat", "kamer", "appartement", "studio", "hofje",
     "landgoed", "kasteel", "molen", "huize", "gezin", "familie"}
)  # fmt: skip


def _institution_word_before(
    f: Finding, text: str, lex: Lexicon, persons: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The address right after an institution's word (``azc``, ``IND-loket``,
    ``Provinciehuis``), its own name and ``aan de`` or a comma: the institution's
    address, unless the word names a home or the sentence says someone lives there."""
    if not f.text[:1].isupper() or regex.match(r"(?i)sectie\b", f.text):
        return None  # "kadastraal bekend gemeente Zwolle, sectie F, nummer 2196": a parcel
    begin = _sentence_start(text, f.start)
    words = [
        fold(m.group(1))
        for m in _INSTITUTION_WORD_BEFORE.finditer(
            text, max(begin, f.start - 60), f.start, overlapped=True
        )
    ]
    word = next(
        (w for w in words if is_org_word(w, lex) or is_org_word(w.rsplit("-", 1)[-1], lex)),
        None,
    )
    if word is None:
        return None
    head = word.rsplit("-", 1)[-1]
    if word in _HOME_WORDS or head in _HOME_WORDS or (
        word.endswith(_HOME_ENDS) and word not in lex.org_words  # not "clubhuis", "dorpshuis"
    ):
        return None  # "de bedrijfswoning aan de Feartswei 12a": someone's home
    end = _sentence_end(text, f.end)
    if _DWELLING_VERB.search(text, begin, end):
        return None  # "... aan de Feartswei 12a woont een medewerker"
    if _own_premises_before(text, f.start, begin, persons):
        return None
    return REASON_AFTER_ORGANISATION


_HOME_ENDS = ("woning", "huis", "boerderij", "flat", "appartement", "kamer", "studio")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence that ``pos`` is in ends (its full stop, or a blank line)."""
    m = _FULL_STOP.search(text, pos)
    return m.start() if m else len(text)


_DWELLING_VERB = regex.compile(
    r"(?i)(?<![\p{L}])(?:woon\p{L}*|wonen\p{L}*|verblijf\p{L}*|verbl[ei]\p{L}*|ingeschreven"
    r"|logeert|slaapt|thuis)(?![\p{L}])"
)


# a visit to someone's home in an agenda's row
_HOME_VISIT = regex.compile(
    r"(?i)(?<![\p{L}])(?:keukentafel\p{L}*|huisbezoek\p{L}*|thuisbezoek\p{L}*|erfbezoek\p{L}*"
    r"|landbouwer|boer|boerin|veehouder|melkveehouder|bewoner|bewoners|familie|gezin)(?![\p{L}])"
)
# a home in a venue's cell: "bij mevrouw X thuis", "woning van"
_DWELLING_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:thuis|woning|huize|privé|prive|home)(?![\p{L}])"
)


def _footer_mailbox(
    f: Finding, text: str, ev: PublicEvidence, lex: Lexicon, persons: Sequence[tuple[int, int]]
) -> str | None:
    """``14 078 | vth@dordrecht.nl | www.dordrecht.nl``: a mailbox of one word that is
    no name, in a footer line of the organisation's contact data (separated items, a
    general number or website beside it, no person on the line)."""
    ls, le = _line_bounds(text, f.start, f.end)
    if len(_FOOTER_SEPARATOR.findall(text, ls, le)) < 2:
        return None
    if not (
        _has(ev.organisation_contact, text, ls, f.start)
        or _has(ev.organisation_contact, text, f.end, le)
    ):
        return None
    local = f.text.split("@", 1)[0]
    if not local.isalpha() or lex.is_first_name(local) or lex.is_surname(local):
        return None
    if ev._line_has_person(text, f.start, f.end, persons):
        return None
    return REASON_EMAIL


def _paragraph_goes_on(text: str, ls: int) -> bool:
    """The line from ``ls`` is the end of a paragraph of running text: the line before
    it is long and ends inside the sentence (``... het gastgezin`` / ``(4356 RH
    Oostkapelle) via ...``), not an address block's short line."""
    if ls == 0:
        return False
    prev_start = text.rfind("\n", 0, ls - 1) + 1
    prev = text[prev_start : ls - 1].strip()
    return len(prev) > SHORT_LINE and prev[-1:] not in ".:;!?"


def _person_in_row(page: Page, f: Finding, persons: Sequence[tuple[int, int]]) -> bool:
    """A table row: a person's name stands at the height of the finding, in a cell of
    its own before it (an earlier line of the page's text), so the number or address
    in the row is that person's, not the organisation's in the cell before it."""
    layout = page.stored_layout()
    if layout is None or not persons:
        return False
    here = layout.boxes_for(f.start, f.start + 1)
    if not here:
        return False
    top, bottom = here[0][1], here[0][3]
    line_start = page.text.rfind("\n", 0, f.start)
    for s, e in persons:
        if e > line_start or f.start - e > 400:
            continue
        box = layout.boxes_for(s, s + 1)
        if box and box[0][1] < bottom and top < box[0][3]:
            return True
    return False


# the place after a postcode that an address finding leaves out ("8911 AN Leeuwarden")
_PLACE_AFTER = regex.compile(
    r"(?:[ \t\u00a0]*,(?=[ \t\u00a0]+\p{Lu}))?(?:[ \t\u00a0]+\p{Lu}[\p{L}'’\-]+){0,2}"
)  # (also after a comma: "Prins Bernhardplein 12, Purmerend | 0299 - 41 26 00")


# "Vragen naar mij: (070) 412 36 89 of persvoorlichting@...": the writer's own line
_FIRST_PERSON_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:mij|me|mijn|ik|my)(?![\p{L}])[^\n\p{L}\d]{0,4}"
    r"(?:(?:op|via|bereikbaar|direct|rechtstreeks|nummer|telefoon|tel)\.?[ \t\u00a0:]*){0,3}$"
)
# "... is Femke, via griffie@tilburg.nl of 013 - 542 87 19": a named person's line
_PERSON_VIA = regex.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?i:(?:bereikbaar[ \t\u00a0]+)?(?:via|op)|bereikbaar)[ \t\u00a0]+"
)


def _personal_line_before(
    text: str,
    f: Finding,
    mailboxes: Sequence[tuple[int, int]],
    persons: Sequence[tuple[int, int]],
) -> bool:
    """A landline beside a functional mailbox that the sentence gives as a person's
    own: the writer's (``Vragen naar mij: (070) ... of pers@...``) or a redacted
    person's named right before the pair (``is Femke, via griffie@... of 013 ...``).
    Doubt then leaves the number redacted for the reviewer."""
    begin = _sentence_start(text, f.start)
    if _DIRECT_LABEL_BEFORE.search(text, max(begin, f.start - 30), f.start):
        return True  # "Direct: 020 - 808 4417 | hr.nl@...": the signer's own line
    first = min([f.start, *(s for s, e in mailboxes if begin <= s and e <= f.start)])
    if _FIRST_PERSON_BEFORE.search(text, begin, first):
        return True
    return any(begin <= s and _PERSON_VIA.fullmatch(text, e, first) for s, e in persons)


# a label that gives a number as one person's own line, right before it
_DIRECT_LABEL_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:direct|direkt|doorkies(?:nummer)?|priv[eé]|persoonlijk|eigen[ ]nummer)"
    r"[ \t\u00a0]*:?[ \t\u00a0]*\Z"
)
REASON_AFTER_CONTACT = "adres direct na een algemeen nummer of een functionele mailbox"
REASON_POSTCODE_OF_KEPT = "postcode bij een openbaar adres van een organisatie"
_POSTCODE_ONLY = regex.compile(r"[1-9]\d{3}[ \u00a0]?[A-Z]{2}")
_STREET_POSTCODE_GAP = regex.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*\n?[ \t\u00a0]*")
_CONTACT_GAP = regex.compile(
    r"[ \t\u00a0]*(?:[,;|•·]|[ \t\u00a0](?:of|or|en|and)(?:[ \t\u00a0]+(?:aan|op|at|on))?"
    # "... is reachable at +31 70 ... or at Alexanderstraat 25"
    r"(?:[ \t\u00a0]+(?:de|het|the))?(?=[ \t\u00a0]))[ \t\u00a0]*(?:(?i:adres|bezoekadres)[ \t:]*)?"
)


def _after_kept_address(
    findings: list[Finding],
    ctx: ResolveContext,
    persons: dict[int, list[tuple[int, int]]],
    public: dict[tuple[str, str], str],
    ev: PublicEvidence,
) -> list[Finding]:
    """``Mulder Schipper Advocaten, Zuiderplein 4, 8911 AN Leeuwarden, 058 - 213 44 00``:
    a landline right after an address kept as the organisation's continues the same
    line of contact details, and is the organisation's too."""
    kept: dict[int, list[tuple[int, int]]] = {}
    mailboxes: dict[int, list[tuple[int, int]]] = {}  # spans of kept e-mail addresses
    contacts: dict[int, list[int]] = {}  # ends of kept general numbers and mailboxes
    own_mail_ends: dict[int, list[int]] = {}  # ends of redacted (a person's) e-mail addresses
    for f in findings:
        if f.entity_type == "EMAIL_ADDRESS" and f.action is Action.REDACT:
            own_mail_ends.setdefault(f.page, []).append(f.end)
        if f.entity_type == "NL_ADDRESS" and f.action is Action.KEEP:
            text = ctx.document.pages[f.page].text
            end = _PLACE_AFTER.match(text, f.end)
            kept.setdefault(f.page, []).append((f.start, end.end() if end else f.end))
        elif f.entity_type == "EMAIL_ADDRESS" and f.action is Action.KEEP:
            mailboxes.setdefault(f.page, []).append((f.start, f.end))
        if f.entity_type in ("EMAIL_ADDRESS", "PHONE_NUMBER") and f.action is Action.KEEP:
            contacts.setdefault(f.page, []).append(f.end)
    if not kept and not mailboxes and not contacts:
        return findings
    out: list[Finding] = []
    for f in findings:
        if (
            f.action is Action.REDACT
            and f.entity_type == "NL_ADDRESS"
            and _POSTCODE_ONLY.fullmatch(f.text)
            and any(
                s < e <= f.start
                and _STREET_POSTCODE_GAP.fullmatch(ctx.document.pages[f.page].text, e, f.start)
                for s, e in kept.get(f.page, ())
            )
        ):
            # "our office, Stationsplein" / "136, 1703 WC Heerhugowaard": the postcode of
            # a kept street, found apart where its line wraps
            f = f.with_action(Action.KEEP, REASON_POSTCODE_OF_KEPT)
        if (
            f.action is Action.REDACT
            and f.entity_type == "NL_ADDRESS"
            and any(
                _CONTACT_GAP.fullmatch(ctx.document.pages[f.page].text, e, f.start)
                for e in contacts.get(f.page, ())
            )
        ):
            # "Algemene vragen: vergunningen@hhnk.nl of 072 - 582 82 82, Stationsplein
            # 136": the address goes on the line of the organisation's own contact data
            public[(f.entity_type, _same_key(f.entity_type, f.text))] = REASON_AFTER_CONTACT
            f = f.with_action(Action.KEEP, REASON_AFTER_CONTACT)
        if (
            f.action is Action.REDACT
            and f.entity_type == "PHONE_NUMBER"
            and not _MOBILE.match(normalise_nl_phone(f.text))
            and (
                # the mailbox before the number, or after it ("naar 088 - 355 01 00 of
                # infectieziekten@ggdhaaglanden.nl")
                any(
                    _OR_GAP.fullmatch(ctx.document.pages[f.page].text, e, f.start)
                    or _OR_GAP.fullmatch(ctx.document.pages[f.page].text, f.end, s)
                    for s, e in mailboxes.get(f.page, ())
                )
            )
            and not _personal_line_before(
                ctx.document.pages[f.page].text,
                f,
                mailboxes.get(f.page, ()),
                persons.get(f.page, ()),
            )
            # "veiligheid@... of 033 - 469 51 72 (mijn directe lijn)": its own label
            and ev._label_after(ctx.document.pages[f.page].text, f.end) != "personal"
            # "A. Zwiers, a.zwiers@westerveld.nl, 0521 - 59 42 18, of griffie@...": the
            # person's own address right before it gives the number as hers
            and not any(
                _PERSON_DATA_GAP.fullmatch(ctx.document.pages[f.page].text, e, f.start)
                for e in own_mail_ends.get(f.page, ())
            )
        ):
            # "commissies@heerenveen.nl of 0513 - 61 76 17": the mailbox's office
            public[(f.entity_type, _same_key(f.entity_type, f.text))] = REASON_AFTER_MAILBOX
            f = f.with_action(Action.KEEP, REASON_AFTER_MAILBOX)
        if f.action is Action.REDACT and f.entity_type == "PHONE_NUMBER" and f.page in kept:
            text = ctx.document.pages[f.page].text
            # on the same line: in a signature the direct line under the address is
            # the person's ("Soufiane Haddou / Gemeente Den Haag / Spui 70 / 070 ...")
            same_line = [(s, e) for s, e in kept[f.page] if "\n" not in text[e : f.start]]
            if _after_organisation(f, text, same_line, persons.get(f.page, ())) or (
                _switchboard_beside_mobile(text, f)
                and any(text.count("\n", e, f.start) == 1 for _, e in kept[f.page])
            ):
                reason = REASON_AFTER_ORG_ADDRESS
                f = f.with_action(Action.KEEP, reason)
                public[(f.entity_type, _same_key(f.entity_type, f.text))] = reason
        out.append(f)
    return out


def _team_mailbox(address: str, ev: PublicEvidence, lex: Lexicon) -> str | None:
    """A local part with a functional token and no token of a person
    (``dgvb-secretariaat@``): a team's mailbox.  ``jan.post@``, ``p.info@`` and
    ``jansen-secretariaat@`` hold a given name, an initial or a surname."""
    tokens = _local_tokens(address)  # empty when a token is a single letter
    if len(tokens) < 2 or not any(ev.is_functional_token(t) for t in tokens):
        return None
    if any(
        lex.is_first_name(t) or lex.is_surname(t) or lex.is_name_shaped(t.title()) for t in tokens
    ):
        return None
    return REASON_EMAIL


_INSTITUTION_BEFORE = regex.compile(
    r"(?:^|[\s(])(\p{L}{2,8})(?:[ \t]*,[ \t]*|[ \t]+(?:op|via|on|at)[ \t]+)$"
)


def _after_institution(
    f: Finding, text: str, institutions: Iterable[str], capitals: frozenset[str] = frozenset()
) -> str | None:
    """An address or landline right after the abbreviation of a known institution on
    its line (``VNG, Nassaulaan 12``, ``Bel de IND op 088 043 04 30``): the
    institution's."""
    if f.entity_type == "PHONE_NUMBER" and _MOBILE.match(normalise_nl_phone(f.text)):
        return None
    line_start = text.rfind("\n", 0, f.start) + 1
    m = _INSTITUTION_BEFORE.search(text[line_start : f.start])
    if m is not None and (
        m.group(1) in institutions
        # an abbreviation the document writes in capitals ("Bel de IND op 088 ...")
        or (
            m.group(1).isupper() and len(m.group(1)) >= 3 and m.group(1).casefold() in capitals
        )
    ):
        return REASON_AFTER_ORGANISATION
    return None


def _document_acronyms(findings: list[Finding], ctx: ResolveContext) -> frozenset[str]:
    """Capital abbreviations the document writes (``(IBD)``, ``RCN``) and one-word
    places and organisations the model names, without those redacted as a person's
    name or initials."""
    persons = {
        f.text.casefold()
        for f in findings
        if f.entity_type == "PERSON" and f.action is Action.REDACT
    }
    # Places and organisations the model names in one word ("de wijk Nieuwland").
    named = {
        f.text.casefold()
        for f in findings
        if f.entity_type in ("ORGANIZATION", "LOCATION") and f.text.isalpha() and len(f.text) >= 4
    }
    lex = lexicon_for(ctx.rules)
    written = Counter(
        m.group(0) for page in ctx.document.pages for m in _ACRONYM.finditer(page.text)
    )
    # A word in capitals is an abbreviation when it is short or written more than once,
    # and no given name or surname: a form filled in block letters writes names in
    # capitals too ("Roepnaam: WAHIDA").
    acronyms = {
        word.casefold()
        for word, n in written.items()
        if (len(word) <= 5 or n >= 2)
        and not lex.is_first_name(word.title())
        and not lex.is_surname(word.title())
    }
    # Known mixed-case abbreviations of institutions ("IenW", "BZK") count too.
    acronyms |= {a.casefold() for a in lex.acronyms}
    return frozenset((acronyms | named) - persons)


# (also after a comma and the word for a phone: "bij de griffie, telefoon (033) ...")
_LABEL_ATTACHED = regex.compile(
    r"[ \t]*(?:,[ \t]*(?i:telefoon(?:nummer)?|tel\.?|t\.?)[ \t]*)?"
    # "een bewonerslijn komt, 020 - ...": the label's clause names the number after a
    # comma
    r"(?:(?i:komt|is|wordt|blijft|opent|gaat[ \t]+open)[ \t]*,)?"
    r"[(:]?[ \t]*(?:op|via)?[ \t]*:?[ \t]*"
)
_LIST_ITEM = regex.compile(r"[ \t]*(?:[-•*–·]|\d{1,2}[.)])[ \t]")

REASON_EMAIL_WORD = "functionele mailbox (een gewoon woord uit het document)"
REASON_EMAIL_PLURAL = "functionele mailbox (een meervoud: een groep of een taak)"


def _word_mailbox(
    address: str, ctx: ResolveContext, lex: Lexicon, findings: Sequence[Finding] = ()
) -> str | None:
    """``warmtenet@``, ``buurtwerk@``: a local part of one word that the document
    itself writes as an ordinary word in lower case ("informatieavond warmtenet",
    "(buurtwerk)"), and that is no name: a project's or a service's mailbox."""
    tokens = _local_tokens(address)
    if len(tokens) == 1 and _office_holder_mailbox(tokens[0], findings):
        return REASON_EMAIL_OFFICE
    if len(tokens) == 1:
        word = tokens[0]
        if len(word) < 5 or not word.isalpha() or not word.islower():
            return None
        if lex.is_first_name(word) or lex.is_surname(word) or lex.is_name_shaped(word.title()):
            return None
        if len(word) >= 8 and word.endswith(_PLURAL_NOUN_ENDS):
            return REASON_EMAIL_PLURAL  # "verkiezingen@", "stembureauleden@": no one person
        # the word alone, not the local part itself ("ruudburgemeester72@"), or as the
        # head of a compound ("Bibob-onderzoek" for "bibob@")
        if _written_alone(word, ctx) or (
            not _in_person(word, findings)
            and (
                _compound_head(word, ctx)
                # "jeugdhulpregio@" of "Jeugdhulpregio Holland Rijnland": a long word
                # capitalised as a heading's or a name's first
                or (len(word) >= 10 and _written_alone(word, ctx, ignore_case=True))
                # "werkeninkomen@" of "WERK EN INKOMEN": a department's words run together
                or _phrase_run_together(word, ctx, lex, findings)
                # "adrescontrole@" of "team Adrescontroles": its plural, a task's name
                or any(_written_alone(word + end, ctx, ignore_case=True) for end in ("s", "en"))
                # "fietsroutes@", "monsters@": the plural of the document's word, alone or
                # heading a compound ("de fietsroute", "monsternummers")
                or any(
                    _written_alone(word[: -len(end)], ctx, ignore_case=True)
                    or _compound_head(word[: -len(end)], ctx, glued=True)
                    for end in ("s", "en")
                    if word.endswith(end) and len(word) - len(end) >= 5
                )
            )
        ):
            return REASON_EMAIL_WORD
        return None
    # "herstel.toeslagen@": two or three words of the language, none a name (not even
    # an unlisted one the document names a person with: "rosaura.mercelina@")
    if not 2 <= len(tokens) <= 3:
        return None
    if _written_as_a_name(tokens, ctx):
        return None  # "rian.licht@" beside "Licht, Rian": the person's own mailbox
    named = False
    for word in tokens:
        if word in COMPASS:
            continue  # "kunstwerken.oost@": a region's desk
        if len(word) < 4 or not word.isalpha() or not word.islower():
            return None
        if lex.is_first_name(word) or lex.is_surname(word) or lex.is_name_shaped(word.title()):
            return None
        if _in_person(word, findings):
            return None
        if not (
            lex.is_common_noun(word)
            or (len(word) >= 8 and word.endswith(_PLURAL_NOUN_ENDS))
            or _written_alone(word, ctx, ignore_case=True)
        ):
            return None
        named = True
    return REASON_EMAIL_WORD if named else None




def _written_as_a_name(tokens: Sequence[str], ctx: ResolveContext) -> bool:
    """Two words of a local part that the document writes capitalised side by side, in
    either order (``Rian Licht``, ``Licht, Rian``): a person's name, however ordinary
    its words."""
    if len(tokens) != 2:
        return False
    a, b = (regex.escape(t) for t in tokens)
    rx = regex.compile(
        rf"(?i:(?<![\p{{L}}])(?:{a}[ \t]+{b}|{b},?[ \t]+{a})(?![\p{{L}}]))"
    )
    for page in ctx.document.pages:
        for m in rx.finditer(page.text):
            if all(w[:1].isupper() for w in m.group().replace(",", " ").split()):
                return True
    return False


# the words that name an organisation's general number outright, right before it
_EXPLICIT_GENERAL = regex.compile(
    r"(?i)(?<![\p{L}])(?:algeme(?:en|ne)(?:[ ](?:telefoon)?nummer)?|hoofdnummer|centrale"
    r"|switchboard|general(?:[ ]number)?)[ \t]*:?[ \t]*\Z"
)


# Endings of Dutch plural nouns that no surname has: a mailbox of a group or a task.
_PLURAL_NOUN_ENDS = (
    "ingen", "heden", "aties", "zaken", "leden", "enissen", "erijen", "schappen", "isten",
    "enten", "werken",
)


def _written_alone(word: str, ctx: ResolveContext, *, ignore_case: bool = False) -> bool:
    """The document writes ``word`` as a word of its own: not inside another word, a
    number or an e-mail address (``ignore_case``: capitalised too)."""
    rx = regex.compile(
        rf"(?<![\p{{L}}\d@.\-_]){regex.escape(word)}(?![\p{{L}}\d@\-_]|\.\w)",
        regex.IGNORECASE if ignore_case else 0,
    )
    # a mailbox has no diacritics: "oekraine@" for "Oekraïne"
    return any(
        rx.search(page.text) or rx.search(_without_marks(page.text))
        for page in ctx.document.pages
    )


def _without_marks(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )


REASON_EMAIL_OFFICE = "functionele mailbox van een bestuurder in functie"
_OFFICE_PREFIX = re.compile(r"(wethouder|burgemeester|gedeputeerde|dijkgraaf|minister)")


def _office_holder_mailbox(word: str, findings: Sequence[Finding]) -> bool:
    """``wethouderbouzid@``: an office and the surname of its holder, whom the
    document keeps in that role: the office's mailbox, as public as the role."""
    m = _OFFICE_PREFIX.match(word)
    if m is None or len(word) - m.end() < 3:
        return False
    rest = word[m.end() :]
    return any(
        f.entity_type == "PERSON"
        and f.action is Action.KEEP
        and f.text.split()[-1].casefold().replace("-", "") == rest
        for f in findings
    )


def _phrase_run_together(
    word: str, ctx: ResolveContext, lex: Lexicon, findings: Sequence[Finding]
) -> bool:
    """The document writes ``word`` as two to four words in a row ("Werk en
    Inkomen" for ``werkeninkomen``), in any case, none of them a name's word
    ("wethouder Bouzid" is no department)."""
    if len(word) < 8:
        return False
    letters = r"[ \t]?".join(regex.escape(c) for c in word)
    rx = regex.compile(
        rf"(?<![\p{{L}}\d@.\-_]){letters}(?![\p{{L}}\d@\-_])", regex.IGNORECASE
    )
    named = {
        w.casefold() for f in findings if f.entity_type == "PERSON" for w in f.text.split()
    }  # kept or redacted: an office holder's name is a name too
    for page in ctx.document.pages:
        for m in rx.finditer(page.text):
            words = m.group(0).split()
            if 2 <= len(words) <= 4 and all(len(w) >= 2 for w in words) and not any(
                lex.is_first_name(w)
                or lex.is_surname(w)
                or lex.is_name_shaped(w.title())
                or w.casefold() in named
                for w in words
            ):
                return True
    return False


def _compound_head(word: str, ctx: ResolveContext, *, glued: bool = False) -> bool:
    """The document writes ``word`` before a hyphen and a word in lower case
    (``Bibob-onderzoek``, ``warmtenet-project``; ``glued``: also written together,
    ``monsternummers``): a thing's name, as a person's is not."""
    joint = "-?" if glued else "-"
    rx = regex.compile(
        rf"(?<![\p{{L}}\d@.\-_]){regex.escape(word)}{joint}\p{{Ll}}{{3,}}", regex.IGNORECASE
    )
    return any(rx.search(page.text) for page in ctx.document.pages)


def _in_person(word: str, findings: Sequence[Finding]) -> bool:
    return any(
        f.entity_type == "PERSON" and f.action is Action.REDACT and word in f.text.casefold()
        for f in findings
    )


def _place_mailbox(
    address: str, findings: list[Finding], ctx: ResolveContext, lex: Lexicon
) -> str | None:
    """``nieuwland@schiedam.nl`` in a report on the programme "Nieuwland Vernieuwt": a
    local part of one word that the lists know as a place (a town, a district) and the
    document writes as such, or that the document gives as the name of a project or
    district after its noun ("Projectteam Noorderveld-Oost"), or a unit's abbreviation
    and such a word ("bt.zaanstreek@"); and that no redacted name of the document
    contains."""
    tokens = _local_tokens(address)
    if len(tokens) == 2 and len(min(tokens, key=len)) <= 3:
        # "bt.zaanstreek@politie.nl" in a text on "basisteam Zaanstreek": an abbreviation
        # of a unit and a place or region the document names
        word = max(tokens, key=len)
        known_place = word in lex.places or (
            len(word) >= 6 and not lex.is_surname(word) and not lex.is_first_name(word)
        )
    elif len(tokens) == 1:
        word = tokens[0]
        # a place the lists know, or the name of a project or district the document
        # gives after its noun ("Projectteam Noorderveld-Oost": noorderveld@)
        named_project = (
            len(word) >= 6
            and not lex.is_surname(word)
            and not lex.is_first_name(word)
            and any(
                regex.search(
                    rf"(?i:\p{{L}}*(?:project|programma|team|commissie|wijk|buurt|gebied|plan))"
                    rf"[ \t]+{regex.escape(word.title())}(?![\p{{L}}])",
                    page.text,
                )
                for page in ctx.document.pages
            )
        )
        if named_project and not _in_person(word, findings):
            return REASON_EMAIL_WORD
        known_place = word in lex.places
    else:
        return None
    if len(word) < 4 or not word.isalpha() or not known_place:
        return None
    if _in_person(word, findings):
        return None
    return REASON_EMAIL_WORD if _written_alone(word.title(), ctx) else None


def _acronym_mailbox(
    address: str, acronyms: frozenset[str], findings: Sequence[Finding]
) -> str | None:
    """``ibd@vng.nl``, ``rcn.kabinet@...``, ``nieuwland@``: the local part opens with an
    abbreviation, place or organisation the document names, and has no single letters
    (``j.de.vries@``), nor a redacted person's name after it (``HT.Nguyen@``: initials)."""
    if not acronyms:
        return None
    tokens = _local_tokens(address)
    if not tokens or tokens[0] not in acronyms:
        return None
    if any(len(t) >= 3 and _in_person(t, findings) for t in tokens[1:]):
        return None
    return REASON_EMAIL_ACRONYM


_ADDRESS_LINE = regex.compile(
    r"[ \t]*((?:'s-)?\p{Lu}[\p{L}'’\-]*(?:[ ](?:[\p{L}'’\-]+))?[ ]\d{1,5}"
    r"(?:[ ]?[a-zA-Z]{1,2}|[ ](?:bis|hs|huis)|[ ]?-[ ]?\d{1,4})?)[ \t]*(?=\n)"
)
BELOW_NAME_SCORE = 0.6
_CURRENCIES = frozenset({"eur", "euro", "usd", "gbp", "chf", "ang", "awg", "srd", "xcg"})
# The last line of a postal address abroad or at home: a postcode of four or five
# digits (a Dutch one with its letters, a country's letter before a hyphen) and the
# town, a country in brackets after it at most ("62000 Nador", "D-47574 Goch",
# "9120 Beveren (België)").
_POSTCODE_TOWN_LINE = regex.compile(
    r"[ \t]*(?:[A-Z]{1,2}-)?(\d{4,5}(?:[ ]?[A-Z]{2}(?![\p{L}]))?)[ \t]+"
    r"\p{Lu}[\p{L}'’\-]+(?:[ \-]\p{L}[\p{L}'’\-]*){0,3}[ \t]*(?:\([\p{L} ]+\))?[ \t]*$"
)
_BLOCK_LINES = 3  # lines at most between the name and the postcode's line
_BLOCK_LINE_WORDS = 6
_BOX_WORDS = frozenset({"postbus", "antwoordnummer", "postfach", "bp", "po", "p.o."})


def _postal_block(
    text: str,
    after: int,
    lex: Lexicon,
    covered: list[tuple[int, int]],
    kept: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The home address below an addressee's name, up to the postcode's line: every
    line between (``Rue 14 n° 23`` / ``Hay Al Matar``) and the postcode
    (``62000`` of ``62000 Nador``); the town and a country's line below stay.  Nothing
    when a line of the block is an organisation's (an organisation or role word, a
    post office box) or holds a kept finding, or when no line between holds a number;
    lines already covered by a finding are left to it."""
    lines: list[tuple[int, int]] = []
    pos = after
    while len(lines) <= _BLOCK_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[pos:end].strip():
            break
        lines.append((pos, end))
        pos = end + 1
    k, m = next(
        (
            (n, found)
            for n, (ls, le) in enumerate(lines)
            if (found := _POSTCODE_TOWN_LINE.fullmatch(text, ls, le)) is not None
        ),
        (0, None),
    )
    if m is None or k == 0:
        return []
    between = lines[:k]
    if not any(any(c.isdigit() for c in text[s:e]) for s, e in between):
        return []
    spans: list[tuple[int, int]] = []
    for s, e in between:
        words = text[s:e].split()
        if len(words) > _BLOCK_LINE_WORDS:
            return []
        for w in words:
            key = fold(w.strip(".,:;()"))
            if key in _BOX_WORDS or key in lex.org_words or key in lex.role_words:
                return []
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e -= len(text[s:e]) - len(text[s:e].rstrip())
        spans.append((s, e))
    spans.append(m.span(1))
    if any(a < e and s < b for s, e in spans for a, b in kept):
        return []
    return [(s, e) for s, e in spans if not any(a < e and s < b for a, b in covered)]


def addresses_below_names(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """A street and number alone on the line below a redacted name that stands alone on
    its line: the sender's or addressee's block of a letter (``Mohammad Sultani`` /
    ``Kanaleneiland-Zuid 184 bis`` / ``Utrecht``), also without a postcode.  Flagged."""
    lex = lexicon_for(ctx.rules)
    covered: dict[int, list[tuple[int, int]]] = {}
    kept: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.entity_type in ENTITY_GROUNDS:  # a model's place over the street is no address
            covered.setdefault(f.page, []).append((f.start, f.end))
        if f.action is Action.KEEP:
            kept.setdefault(f.page, []).append((f.start, f.end))
    added: list[Finding] = []
    for f in findings:
        if f.entity_type != "PERSON" or f.action is not Action.REDACT:
            continue
        text = ctx.document.pages[f.page].text
        ls, le = _line_bounds(text, f.start, f.end)
        if len(text[ls:le].split()) > len(f.text.split()) + 2 or le >= len(text):
            continue  # the name does not stand alone on its line
        m = _ADDRESS_LINE.match(text, le + 1)
        if m is not None:
            head = fold(m.group(1).split()[0])
            if (
                head in lex.org_words
                or head in lex.stopwords
                or head in lex.role_words
                or head in _CURRENCIES
                or lex.is_common_noun(head)
            ):
                continue  # "Afdeling 2", "Kamer 4", "Bijlage 1", "EUR 890"
            s, e = m.span(1)
            if not any(a < e and s < b for a, b in covered.get(f.page, ())):
                covered.setdefault(f.page, []).append((s, e))
                added.append(_below_name(f.page, s, e, text, "address_below_name"))
        # the rest of the block down to the postcode ("Aachener Straße 57" / "52146 Würselen")
        block = _postal_block(text, le + 1, lex, covered.get(f.page, []), kept.get(f.page, []))
        for s, e in block:
            covered.setdefault(f.page, []).append((s, e))
            added.append(_below_name(f.page, s, e, text, "postal_block_below_name"))
    return findings + added if added else findings


def _below_name(page: int, s: int, e: int, text: str, rule_id: str) -> Finding:
    why = (
        "straat en huisnummer op de regel onder een naam"
        if rule_id == "address_below_name"
        else "adresblok onder een naam (tot en met de postcode)"
    )
    return _address_finding(page, s, e, text, rule_id, BELOW_NAME_SCORE, why)


def _address_finding(
    page: int,
    s: int,
    e: int,
    text: str,
    rule_id: str,
    score: float,
    why: str,
    source: Source = Source.CONTEXT,
) -> Finding:
    """An address part that a stage adds from the context of a redacted finding, or
    (``source``: propagation) another mention of a redacted address."""
    return span_finding(
        page, s, e, text[s:e],
        entity_type="NL_ADDRESS", recognizer=PROPAGATION_RECOGNIZER, source=source,
        rule_id=rule_id, score=score, explanation=why,
    )  # fmt: skip


def propagate_addresses(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Redact every other mention of a person's street and house number.

    An address redacted somewhere in the document (``wonende aan de
    Oudegracht 211-bis, 3511 NG``) is redacted where it is mentioned again
    without anything the patterns can see (``Betreft: bezwaar, Oudegracht
    211-bis``): same street and number, case-sensitive, any spacing, as a
    whole word.  Mentions already covered by a redaction are left alone.
    """
    keys: set[str] = set()
    template: Finding | None = None
    for f in findings:
        if f.entity_type == "NL_ADDRESS" and f.action is Action.REDACT:
            # (a street's name may wrap: "Pastoor" / "Hoekstrastraat 17-B")
            m = _STREET_NUMBER.match(" ".join(f.text.split()))
            if m is not None and len(m.group(1).split()) >= 2:
                keys.add(m.group(1))
                template = template or f
    findings = findings + _numbers_after_names(findings, ctx)
    if not keys or template is None or not ctx.document.pages:
        return findings
    if len(keys) > MAX_PROPAGATED_ADDRESSES:
        return findings  # an address list, not a letter: no second mentions to find
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.action is Action.REDACT and f.entity_type in ENTITY_GROUNDS:
            covered.setdefault(f.page, []).append((f.start, f.end))
    added: list[Finding] = []
    for key in sorted(keys):
        pattern = r"[ \t\u00a0\n]+".join(regex.escape(w) for w in key.split())
        rx = regex.compile(rf"(?<![\p{{L}}\d\-]){pattern}(?![\p{{L}}\d])")
        added.extend(
            _address_mentions(
                ctx, rx, covered, "address", template.provenance.score,
                "zelfde adres elders in het document gelakt",
            )
        )  # fmt: skip
    added.extend(_bare_streets(findings, ctx, keys, covered))
    added.extend(_bare_house_numbers(ctx, keys, covered))
    added.extend(
        _address_mentions(
            ctx, _NEIGHBOUR_NUMBER, covered, "house_number_alone", 0.5,
            "huisnummer zonder straat in een tekst die een woonadres lakt; controleer",
        )
    )  # fmt: skip
    return findings + added


# "Marloes (nr. 412)", "Kofi Boateng (nr 17)": a house or flat number in brackets
_NUMBER_IN_BRACKETS = regex.compile(
    r"[ \t\u00a0]*\n?[ \t\u00a0]*\([ \t\u00a0]*"
    r"(?i:nr\.?|nummer|huisnummer|no\.?|flat|app\.?)[ \t\u00a0]*"
    r"(\d{1,4}[a-zA-Z]?)[ \t\u00a0]*\)"
)


def _numbers_after_names(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """A house or flat number in brackets right after a redacted person's name
    (``Marloes (nr. 412)``): where the person lives, whether or not the text names a
    street; flagged (score 0.5)."""
    covered = {
        (f.page, f.start) for f in findings if f.entity_type == "NL_ADDRESS"
    }
    added: list[Finding] = []
    for f in findings:
        if f.entity_type != "PERSON" or f.action is not Action.REDACT:
            continue
        if not 0 <= f.page < len(ctx.document.pages):
            continue
        text = ctx.document.pages[f.page].text
        m = _NUMBER_IN_BRACKETS.match(text, f.end)
        if m is None or (f.page, m.start(1)) in covered:
            continue
        covered.add((f.page, m.start(1)))
        added.append(
            _address_finding(
                f.page, m.start(1), m.end(1), text, "number_after_name", 0.5,
                "huisnummer tussen haakjes na een naam; controleer", Source.PROPAGATION,
            )
        )  # fmt: skip
    return added


# "Zelfde op nr 211", "Ja ook bij mij, nummer 95", "Bij Henk en Truus op nr 7", "Sevda
# van nr 8", "Kofi Boateng (nr 17)": in a
# text about persons' homes (it redacts a street and number), a house number alone is
# a neighbour's home on that street.  Not after digits ("29 544, nr. 12": a
# parliamentary paper).
_NEIGHBOUR_NUMBER = regex.compile(
    r"(?<=(?:(?<![\p{L}])(?i:op|aan|naast|tegenover|bij|van)[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?"
    # "Kofi Boateng (nr 17)": a person's house number in brackets after the name
    r"|\p{L}{2}[ \t\u00a0]*,[ \t\u00a0]*|\p{L}{2}[ \t\u00a0]*\([ \t\u00a0]*)"
    r"(?<![\p{L}])(?i:huisnummer|nummer|nr\.?|no\.?)[ \t\u00a0]*\n?[ \t\u00a0]*)"
    r"\d{1,3}(?:[a-zA-Z](?![\p{L}])|[ \u00a0]?-[ \u00a0]?[A-Za-z0-9]{1,3}(?![\p{L}\d]))?"
    r"(?![\p{L}\d\-/]|[.,]\d)"
)


# A house number with an addition ("112-B", "211-bis", "12a"): one address's own
_NUMBER_ADDITION = regex.compile(
    r"\d{1,4}(?:[ \u00a0]?[\-\u2013][ \u00a0]?[A-Za-z]{1,3}|[a-zA-Z]|bis)"
)


def _bare_house_numbers(
    ctx: ResolveContext, keys: set[str], covered: dict[int, list[tuple[int, int]]]
) -> list[Finding]:
    """``Ik woon naast nummer 112-B`` after ``Van Weedestraat 112-B``: the house
    number of a redacted address, with its addition, named again after "nummer", or
    anywhere when a dash joins the addition (``17-B``); flagged (score 0.5)."""
    numbers = {
        words[-1]
        for key in keys
        for words in [key.split()]
        if len(words) >= 2 and _NUMBER_ADDITION.fullmatch(words[-1])
    }
    added: list[Finding] = []
    for number in sorted(numbers):
        pattern = (
            r"(?<=(?<![\p{L}])(?i:huisnummer|nummer|nr\.?|no\.?)[ \t\u00a0]*)"
            rf"{regex.escape(number)}(?![\p{{L}}\d\-])"
        )
        if regex.search(r"[\-\u2013]", number):
            # a number with a letter joined by a dash is specific enough alone ("17-B,
            # blauwe deur"), and so is the same number with another letter offered
            # beside it ("nr 17-B of 17-D?"); "12a" may be an article's ("artikel 12a")
            digits = number.split("-")[0].split("\u2013")[0].strip()
            pattern += (
                rf"|(?<![\p{{L}}\d\-/.,]){regex.escape(number)}(?![\p{{L}}\d\-/]|[.,]\d)"
                rf"|(?<={regex.escape(number)}[ \t\u00a0]+(?:of|en|or|and)[ \t\u00a0]+)"
                rf"{digits}[ \u00a0]?[\-\u2013][ \u00a0]?[A-Za-z](?![\p{{L}}\d\-/])"
            )
        added.extend(
            _address_mentions(
                ctx, regex.compile(pattern), covered, "number_of_address", 0.5,
                "huisnummer van een elders gelakt woonadres; controleer",
            )
        )  # fmt: skip
    return added


def _address_mentions(
    ctx: ResolveContext,
    rx: regex.Pattern[str],
    covered: dict[int, list[tuple[int, int]]],
    rule_id: str,
    score: float,
    explanation: str,
) -> list[Finding]:
    """A propagated address finding for every match of ``rx`` that no redaction
    covers yet (``covered`` grows with them)."""
    added: list[Finding] = []
    for page_no, page in enumerate(ctx.document.pages):
        for m in rx.finditer(page.text):
            spans = covered.setdefault(page_no, [])
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            added.append(
                _address_finding(
                    page_no, m.start(), m.end(), page.text, rule_id, score, explanation,
                    Source.PROPAGATION,
                )
            )  # fmt: skip
            spans.append((m.start(), m.end()))
    return added


_FRISIAN_STREET_ENDS = ("dyk", "leane", "strjitte", "paad", "loane", "buorren", "feart")


def _bare_streets(
    findings: Sequence[Finding],
    ctx: ResolveContext,
    keys: set[str],
    covered: dict[int, list[tuple[int, int]]],
) -> list[Finding]:
    """``Bij de Vosselmanstraat geweest`` after ``mevrouw X van de Vosselmanstraat
    211``: the street of a person's redacted address, named again alone after an
    article, is where she lives; flagged (score 0.5).  Not a street of a kept
    address in the document (an office in the same street)."""
    lex = lexicon_for(ctx.rules)
    kept_streets = {
        m.group(1).split()[-2] if len(m.group(1).split()) >= 2 else m.group(1)
        for f in findings
        if f.entity_type == "NL_ADDRESS" and f.action is Action.KEEP
        for m in [_STREET_NUMBER.match(f.text)]
        if m is not None
    }
    streets = {
        # the street's words before the number ("... Vosselmanstraat 211", "Prinses
        # Irenelaan 14"): a title that opens the name goes with it
        " ".join(words[k:-1])
        for key in keys
        for words in [key.split()]
        if len(words) >= 2
        and words[-1][:1].isdigit()
        and len(words[-2]) >= 7
        and words[-2][:1].isupper()
        # (Frisian streets the name lists leave out: "Hegedyk", Langedyk is a surname too)
        and (is_street(fold(words[-2]), lex) or fold(words[-2]).endswith(_FRISIAN_STREET_ENDS))
        and words[-2] not in kept_streets
        for k in [_street_name_start(words, lex)]
    }
    added: list[Finding] = []
    for street in sorted(streets):
        name = r"[ \t\u00a0\n]+".join(regex.escape(w) for w in street.split())
        rx = regex.compile(
            # (the line may wrap after the article)
            rf"(?<=(?<![\p{{L}}])(?:de|De|het|Het)"
            rf"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)){name}"
            r"(?![\p{L}\d\-]|[ \t\u00a0]*\d)"
        )
        added.extend(
            _address_mentions(
                ctx, rx, covered, "street_of_address", 0.5,
                "straat van een elders gelakt woonadres; controleer",
            )
        )  # fmt: skip
    return added


def _street_name_start(words: list[str], lex: Lexicon) -> int:
    """Where the street's name begins in an address's words that end in its number:
    a title before the last word (``Prinses Irenelaan 14``), or the capitalised words
    and particles of a person's name (``Pieter de Hooghstraat 17``)."""
    k = len(words) - 2
    if len(words) >= 3 and fold(words[-3].rstrip(".")) in _STREET_TITLES:
        return len(words) - 3
    j = k
    while j > 0 and k - j < 3:
        w = words[j - 1]
        if w[:1].isupper() and w.isalpha() and fold(w) not in lex.stopwords:
            j -= 1
        elif fold(w) in lex.particles and j >= 2 and words[j - 2][:1].isupper():
            j -= 1  # "de" of "Pieter de Hooghstraat"
        else:
            break
    while j < k and fold(words[j]) in lex.particles:
        j += 1
    return j


# Words that open a street's name and may end the line before the rest of it
# ("aan de Prinses" / "Irenestraat 41"): titles of the persons streets are named after.
_STREET_TITLES = frozenset(
    {
        "prins", "prinses", "koning", "koningin", "burgemeester", "burg", "dokter", "dr",
        "pastoor", "professor", "prof", "generaal", "gen", "kapitein", "graaf", "gravin",
        "hertog", "hertogin", "sint", "st", "admiraal", "president", "pater", "kardinaal",
        "bisschop", "meester", "mr", "jonkheer", "ridder", "baron", "abt", "kolonel",
        "luitenant", "majoor", "dominee", "ds", "zuster", "broeder", "keizer", "keizerin",
    }
)  # fmt: skip
# The end of the line before an address that opens a line: a preposition and an
# article with capitalised words ("aan de Prinses"), or a street title alone
_HEAD_BEFORE_WRAP = regex.compile(
    r"(?:(?<![\p{L}])(?i:aan|op|naar|in|bij|via|langs)[ \u00A0]+(?i:de|het|den)[ \u00A0]+"
    r"((?:\p{Lu}[\p{L}'’\-]*\.?[ \u00A0]+){0,2}\p{Lu}[\p{L}'’\-]*\.?)"
    r"|(?<![\p{L}])(\p{Lu}\p{L}*\.?))[ \t\u00A0]*$"
)
# a cadastral parcel's section and number ("Sleen K 2271"): no postcode, no town after it
_PARCEL_END = regex.compile(r"(?<![\p{L}])[A-Z]{1,2}[ \u00A0]+\d{1,5}$")
_POSTCODE_AT_END = regex.compile(r"(?<![\p{L}\d])(?:[1-9]\d{3}\s*[A-Z]{2}|\d{4,5})$")
# The town after a postcode, on its line or the next: capitalised words, with the
# particles of names like "Alphen aan den Rijn"; not a label ("Woonplaats:")
_TOWN_AFTER_POSTCODE = regex.compile(
    r"(?:[ \u00A0]+|[ \u00A0]*\n[ \u00A0]*)"
    r"((?:'s-|'t[ \u00A0])?\p{Lu}[\p{L}'’\-]+"
    r"(?:(?:[ \u00A0]+(?:aan|a/d|op|bij|in|den|de|der|van|am|an|sur|le))*"
    r"[ \u00A0]+\p{Lu}[\p{L}'’\-]+){0,3})"
    r"(?![\p{L}\d'’\-]|[ \u00A0]*:)"
)
TOWN_SCORE = 0.55
# A street and house number at the end of an address finding ("Slotlaan 4", "Kaya
# Komkomber 9", "Tesselschadestraat 3-II")
_HOUSE_NUMBER_END = regex.compile(r"\p{L}[ \u00A0]+\d{1,5}(?:[ \u00A0\-]?[A-Za-z]{1,3}|-\d{1,4})?$")
# The town after a comma that closes a street and number without a postcode, ending
# its line or sentence ("Slotlaan 4, Stiens" in a table cell, "Kaya Komkomber 9, Rincon.")
_TOWN_AFTER_COMMA = regex.compile(
    r",[ \u00A0]+((?:'s-|'t[ \u00A0])?\p{Lu}[\p{L}'’\-]+"
    r"(?:(?:[ \u00A0]+(?:aan|a/d|op|bij|in|den|de|der|van))*[ \u00A0]+\p{Lu}[\p{L}'’\-]+){0,2})"
    r"(?=[ \t\u00A0]*(?:\n|\Z|[.;)](?:[ \t\u00A0]|\n|\Z)))"
)


def complete_addresses(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """The parts of a redacted address that its finding left out.

    * The head of a street name that ends the line before it (``woont aan de
      Prinses`` / ``Irenestraat 41, 6711 DM``): capitalised words after a preposition
      and an article, or a street title (Prinses, Burgemeester, Dokter, ...).
    * The town after a redacted postcode (``6711 DM Ede``, ``2140 Borgerhout``,
      ``03181 Torrevieja``): with the street, number and postcode it makes up the
      person's address; a town named on its own stays.  Flagged with a lower score.
      Also the town after a comma that ends a street and number without a postcode
      (``Slotlaan 4, Stiens`` closing a table cell or a sentence).
    * A street and house number alone in brackets right after a redacted name
      (``Gerda Postma (Wide Ie 2)``), where no pattern knows the street; flagged.
    """
    lex = lexicon_for(ctx.rules)
    taken: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.entity_type in ENTITY_GROUNDS:  # a model's place is no decision on the town
            taken.setdefault(f.page, []).append((f.start, f.end))
    added: list[Finding] = []

    def add(page: int, s: int, e: int, text: str, rule_id: str, score: float, why: str) -> None:
        if s >= e or any(a < e and s < b for a, b in taken.get(page, ())):
            return
        taken.setdefault(page, []).append((s, e))
        added.append(_address_finding(page, s, e, text, rule_id, score, why))

    def add_town(
        page: int,
        text: str,
        pos: int,
        after: regex.Pattern[str] = _TOWN_AFTER_POSTCODE,
        rule_id: str = "town_after_postcode",
    ) -> None:
        """The town right after a redacted postcode (or street and number) at ``pos``."""
        m = after.match(text, pos)
        if m is None or any(
            fold(w) in lex.stopwords or fold(w) in lex.org_words for w in m.group(1).split()
        ):
            return
        ts, te = m.span(1)
        add(page, ts, te, text, rule_id, TOWN_SCORE,
            "woonplaats bij een gelakt adres")  # fmt: skip

    for f in findings:
        if f.entity_type != "NL_ADDRESS" or f.action is not Action.REDACT:
            continue
        text = ctx.document.pages[f.page].text
        ls = text.rfind("\n", 0, f.start) + 1
        if ls > 0 and not text[ls : f.start].strip() and f.text[:1].isupper():
            m = _HEAD_BEFORE_WRAP.search(text, max(0, ls - 80), ls - 1)
            if m is not None:
                head = m.group(1) or m.group(2)
                if m.group(1) or fold(head.rstrip(".")) in _STREET_TITLES:
                    s, e = m.span(1) if m.group(1) else m.span(2)
                    add(f.page, s, e, text, "street_head_before_wrap", f.provenance.score,
                        "begin van de straatnaam op de regel ervoor")  # fmt: skip
        if _POSTCODE_AT_END.search(f.text) is not None and not _PARCEL_END.search(f.text):
            add_town(f.page, text, f.end)
        elif _HOUSE_NUMBER_END.search(f.text) is not None:
            add_town(f.page, text, f.end, _TOWN_AFTER_COMMA, "town_after_street")
    for f in findings:
        if f.entity_type != "NL_ADDRESS" or f.action is not Action.REDACT:
            continue
        text = ctx.document.pages[f.page].text
        m = _FOREIGN_POSTCODE_AFTER.match(text, f.end)
        if m is not None and _STREET_NUMBER_END.search(f.text):
            s0, e0 = m.span(1)
            add(f.page, s0, e0, text, "postcode_after_street", f.provenance.score,
                "postcode van een buitenlands adres na een gelakte straat")  # fmt: skip
            add_town(f.page, text, e0)
    for f in findings:
        if (
            f.entity_type != "NL_ADDRESS"
            or f.action is not Action.REDACT
            or _NL_POSTCODE_START.match(f.text) is None
        ):
            continue
        text = ctx.document.pages[f.page].text
        m = _STREET_BEFORE_POSTCODE.search(text, max(0, f.start - 70), f.start)
        if m is not None and not _names_a_thing(m.group(1), lex):
            s0, e0 = m.span(1)
            add(f.page, s0, e0, text, "street_before_postcode", f.provenance.score,
                "straat en huisnummer voor een gelakte postcode")  # fmt: skip
    for f in findings:
        if f.entity_type != "PERSON" or f.action is not Action.REDACT:
            continue
        text = ctx.document.pages[f.page].text
        m = _ADDRESS_IN_BRACKETS.match(text, f.end)
        if m is not None and not _names_a_thing(m.group(1), lex):
            s0, e0 = m.span(1)
            add(f.page, s0, e0, text, "address_after_name", ADDRESS_AFTER_NAME_SCORE,
                "straat en huisnummer tussen haakjes direct na een naam")  # fmt: skip
    return findings + added if added else findings


# "Kapelstraat 14, 2300 Turnhout (België)": a Belgian, German or Danish postcode after
# a redacted street and number, the town after it
_FOREIGN_POSTCODE_AFTER = regex.compile(
    # "Rua dos Anjos 58, 2.º Esq., 1150-039 Lisboa": a Portuguese postcode
    # (or on the next line of an address block: "Naamsestraat 112 bus 3" / "3000 Leuven")
    r"[ \t]*,?[ \t]*\n?[ \t]*(?:[A-Z]{1,2}-)?(\d{4}-\d{3}|\d{4,5})(?=[ \t]+\p{Lu}\p{Ll})"
)
_STREET_NUMBER_END = regex.compile(
    r"\p{L}[ \t\n]+\d{1,4}[a-zA-Z]?(?:[ \t]?[-/][ \t]?\w{1,4})?"
    # the floor and side after the number: "Rua dos Anjos 58, 2.º Esq."
    r"(?:,[ \t]*\d{1,2}[.ºª°]{0,2}[ \t]*(?i:esq|dto|dta|frt|izq|dcha|der|int|piso|andar)\.?)?$"
)
# "Mevrouw Gerda Postma (Wide Ie 2) wijst op ...": capitalised words and a house number,
# alone in brackets right after a redacted name, are where that person lives (flagged)
# capitalised words (with the particles of a person's name) and a house number: a
# street that no pattern knows, where the context says it is an address
_BARE_STREET_AND_NUMBER = (
    r"(\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t]+(?:(?:van|de|der|den|het|'t|op|aan|in|bij)[ \t]+)*\p{Lu}[\p{L}'’\-]*){0,3}"
    r"[ \t]+[1-9]\d{0,3}[a-zA-Z]?(?:[ \t]?-[ \t]?\d{1,4})?)"
)
_ADDRESS_IN_BRACKETS = regex.compile(
    # or between commas: "bij vrijwilliger Hennie Bosma, Noard 41, bereikbaar op ..."
    r"(?:[ \t]*\([ \t]*|,[ \t]+(?=[^,()\n]{3,40},))"
    + _BARE_STREET_AND_NUMBER
    + r"[ \t]*[),]"
)
ADDRESS_AFTER_NAME_SCORE = 0.6
_NL_POSTCODE_START = regex.compile(r"[1-9]\d{3}[ \t]?[A-Z]{2}\b")
# "melkveehouder aan de Rijtse Hoeve 14 (5386 KT Vinkel)": capitalised words and a
# house number right before a redacted postcode, after a comma or in brackets with it,
# are the same address, whether or not a pattern knows the street
_STREET_BEFORE_POSTCODE = regex.compile(
    r"(?<![\p{L}\d.\-])" + _BARE_STREET_AND_NUMBER + r"[ \t]*(?:,[ \t]*|\([ \t]*|\n[ \t]*)\Z"
)
def _names_a_thing(street: str, lex: Lexicon) -> bool:
    """A word of ``street`` names an organisation, a date or a numbered thing
    (:data:`_NUMBERED_THINGS`): no street and house number."""
    return any(
        fold(w) in lex.org_words or fold(w) in lex.calendar or fold(w) in _NUMBERED_THINGS
        for w in street.split()
    )


# words that number a thing, not a house: "(Bijlage 3)", "(groep 6)", "(kamer 12)"
_NUMBERED_THINGS = frozenset(
    {"bijlage", "kamer", "artikel", "art", "fase", "stap", "groep", "klas", "tabel", "figuur",
     "zaal", "lokaal", "punt", "agendapunt", "versie", "week", "dag", "pagina", "blz", "lid",
     "hoofdstuk", "paragraaf", "item", "actie", "vraag", "nummer", "nr", "team", "ronde",
     "leerjaar", "jaar", "niveau", "bus", "lijn", "route", "vak", "rij", "graf", "perceel",
     "kavel", "box", "unit", "annex", "appendix", "room", "group", "class", "page", "level"}
)
