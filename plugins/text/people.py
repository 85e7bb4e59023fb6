"""Words about people: pronouns, titles and honorifics, role nouns, gendered
words and given names, organisation words, and a country -> demonym table
used to turn "Syria's president" into "the Syrian president".

Small, general English tables written for this toolkit, shared by every family
that reads names; none of this is fitted to a particular article.
"""

from __future__ import annotations

PERSON_PRONOUNS = {
    "he": "m",
    "she": "f",
    "him": "m",
    "her": "f",
}
GROUP_PRONOUNS = frozenset({"they", "them"})
FIRST_PERSON = frozenset({"i", "we"})

# Titles and honorifics as abbreviated before a name ("Sen.", "Dr.", "Capt.",
# "St."): the full stop after them belongs to the name, it ends no sentence.
TITLE_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs mmes mme mlle dr drs prof profs sen sens rep reps gov govs gen gens
    lt col maj capt cmdr cdr adm brig sgt cpl pvt pte insp det supt rev revd msgr fr
    sr st ste pres hon amb atty lieut comdr mgr
    """.split()
)

# Titles that may precede a name; value: the role word it implies.
TITLES = {
    "president": "president",
    "vice": "vice",
    "prime": "prime",
    "minister": "minister",
    "premier": "premier",
    "chancellor": "chancellor",
    "king": "king",
    "queen": "queen",
    "prince": "prince",
    "princess": "princess",
    "emir": "emir",
    "sheikh": "sheikh",
    "sen": "senator",
    "senator": "senator",
    "rep": "representative",
    "representative": "representative",
    "congressman": "congressman",
    "congresswoman": "congresswoman",
    "gov": "governor",
    "governor": "governor",
    "mayor": "mayor",
    "secretary": "secretary",
    "general": "general",
    "gen": "general",
    "col": "colonel",
    "colonel": "colonel",
    "lt": "lieutenant",
    "lieutenant": "lieutenant",
    "adm": "admiral",
    "admiral": "admiral",
    "judge": "judge",
    "justice": "justice",
    "chief": "chief",
    "speaker": "speaker",
    "ambassador": "ambassador",
    "dr": "doctor",
    "prof": "professor",
    "professor": "professor",
    "mr": "mr",
    "mrs": "mrs",
    "ms": "ms",
    "miss": "miss",
    "sir": "sir",
    "dame": "dame",
    "lord": "lord",
    "lady": "lady",
    "pope": "pope",
    "rev": "reverend",
    "reverend": "reverend",
    "father": "father",
    "sgt": "sergeant",
    "attorney": "attorney",
    "leader": "leader",
    "director": "director",
    "commissioner": "commissioner",
    # one role whatever the word's gender (the gender is read from the word itself)
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "ceo": "ceo",
    "chairman": "chairman",
    "chairwoman": "chairwoman",
}

# Role nouns that work as a title when capitalised right before a full name
# ("Councillor Jo Lee", "Striker Jo Lee" at a sentence start): the word is then a
# descriptor of the person, not part of the name. Also role nouns (see ROLE_NOUNS).
ROLE_TITLES = frozenset(
    """councillor councilor councilman councilwoman alderman alderwoman assemblyman
    assemblywoman delegate substitute striker captain skipper coach manager defender
    goalkeeper midfielder winger referee umpire inspector sergeant detective constable
    officer sheriff marshal superintendent commander corporal trooper pastor bishop
    archbishop cardinal rabbi imam priest deacon chairperson""".split()
)

# Roles that make someone a "leader" (the head of a state, party or body).
LEADER_ROLES = frozenset(
    "president premier chancellor king queen emir sheikh prime leader ruler monarch "
    "sultan dictator head chairman chairwoman chief".split()
)

FEMALE_CUES = frozenset(
    "mrs ms miss lady queen princess dame congresswoman spokeswoman chairwoman councilwoman "
    "alderwoman assemblywoman "
    "businesswoman woman mother wife daughter sister grandmother actress widow".split()
)
MALE_CUES = frozenset(
    "mr sir lord king prince congressman spokesman chairman councilman alderman assemblyman "
    "businessman man father "
    "husband son brother grandfather actor".split()
)

# A few very common given names, for pronoun gender only.
FEMALE_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
    stephanie rebecca laura sharon cynthia kathleen amy angela anna hillary nicole helen
    samantha katherine christine debra rachel carolyn janet catherine maria heather diane
    julie joyce victoria kelly christina joan evelyn lauren judith olivia megan cheryl
    martha andrea frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice
    doris madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle
    diana brittany natalie sophia rose isabella alexis kayla charlotte elena marine angela
    theresa ivanka melania chelsea nikki sarah kellyanne huma elizabeth donna jill
    carly michele nancy debbie hope anne claudia megyn loretta susana kirsten tammy""".split()
)
MALE_NAMES = (
    frozenset(
        """james robert john michael william david richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
    edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
    justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis
    jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy
    harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
    dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph
    randy eugene vincent russell elijah louis bobby philip johnny bernie ted marco jeb ben
    chris mike mitt barack bill vladimir ahmed mohammed muhammad ali hassan omar emmanuel
    boris angela xi recep bashar reince newt rudy tim rand lindsey reince jim tom dan
    corey rick""".split()
    )
    - FEMALE_NAMES
)

# Words that mark a capitalised sequence as an organisation or place, not a person.
ORG_WORDS = frozenset(
    """house party state states department ministry committee council university college
    school news times post journal press agency association institute center centre
    foundation fund company corp inc group bank court senate congress assembly parliament
    union office administration campaign network service services commission board city
    county republic kingdom federation church club league team army navy force forces
    street avenue square river island islands coast valley hotel hall tower building
    airport station hospital museum times tribune herald gazette daily weekly magazine
    review television radio tv network channel""".split()
)

# Bare plural nouns that name a group of speakers ("officials said").
GROUP_NOUNS = frozenset(
    """officials aides advisers advisors analysts experts critics supporters sources
    observers witnesses residents voters protesters lawmakers legislators diplomats
    authorities investigators police prosecutors organizers organisers economists
    scientists researchers doctors democrats republicans conservatives liberals
    activists leaders members representatives spokesmen executives people""".split()
)

# Singular role nouns that can head a speaker description ("the Syrian leader").
ROLE_NOUNS = (
    frozenset(
        """president leader minister premier chancellor king queen senator governor mayor
    secretary spokesman spokeswoman spokesperson official aide adviser advisor analyst
    expert critic candidate nominee frontrunner front-runner chairman chairwoman chair
    director chief head executive ceo founder ambassador diplomat general commander
    officer judge lawyer attorney professor economist strategist consultant pollster
    source witness resident voter supporter organizer activist member representative
    congressman congresswoman lawmaker legislator speaker author writer columnist reporter
    journalist editor host anchor narrator man woman billionaire businessman businesswoman
    mogul manager operative donor veteran student teacher doctor republican democrat
    independent conservative liberal rival opponent challenger incumbent envoy negotiator
    ruler monarch emir sheikh prince princess pope bishop priest rabbi imam coach player
    admiral colonel lieutenant officials wife husband son daughter mother father sister brother
    widow artist singer musician rapper comedian filmmaker scientist researcher engineer
    nurse farmer entrepreneur investor banker physician surgeon pilot soldier athlete
    designer architect photographer novelist poet mp mep mla msp cfo cto coo""".split()
    )
    | ROLE_TITLES
)

# Organisations that speak with "the": "the Kremlin said".
ORG_HEADS = frozenset(
    """kremlin government ministry administration campaign company firm agency department
    committee council office embassy army military police party group organization
    organisation white house pentagon court commission board union club team league
    association federation society university college school hospital bank foundation
    institute charity airline carrier retailer automaker carmaker manufacturer insurer
    lender broadcaster publisher regulator watchdog conglomerate startup""".split()
)


def generic_plural(word: str) -> bool:
    """Is ``word`` the bare plural of an organisation noun ("Companies", "Banks",
    "Airlines")? Without a determiner it means such bodies in general: no one speaks."""
    lower = word.lower()
    if " " in lower or not lower.endswith("s"):
        return False
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]
    return singular in ORG_HEADS


# Documents that speak like organisations: "according to the study", "the report said".
DOCUMENT_NOUNS = frozenset(
    """study report survey poll statement letter memo document documents filing complaint
    lawsuit analysis paper audit ruling indictment""".split()
)

# Country (and a few region) names -> demonym adjective.
DEMONYMS = {
    "afghanistan": "afghan",
    "albania": "albanian",
    "algeria": "algerian",
    "america": "american",
    "argentina": "argentine",
    "armenia": "armenian",
    "australia": "australian",
    "austria": "austrian",
    "azerbaijan": "azerbaijani",
    "bahrain": "bahraini",
    "bangladesh": "bangladeshi",
    "belarus": "belarusian",
    "belgium": "belgian",
    "bolivia": "bolivian",
    "bosnia": "bosnian",
    "brazil": "brazilian",
    "britain": "british",
    "bulgaria": "bulgarian",
    "cambodia": "cambodian",
    "canada": "canadian",
    "chile": "chilean",
    "china": "chinese",
    "colombia": "colombian",
    "croatia": "croatian",
    "cuba": "cuban",
    "cyprus": "cypriot",
    "czechia": "czech",
    "denmark": "danish",
    "ecuador": "ecuadorian",
    "egypt": "egyptian",
    "england": "english",
    "estonia": "estonian",
    "ethiopia": "ethiopian",
    "europe": "european",
    "finland": "finnish",
    "france": "french",
    "georgia": "georgian",
    "germany": "german",
    "greece": "greek",
    "hungary": "hungarian",
    "iceland": "icelandic",
    "india": "indian",
    "indonesia": "indonesian",
    "iran": "iranian",
    "iraq": "iraqi",
    "ireland": "irish",
    "israel": "israeli",
    "italy": "italian",
    "japan": "japanese",
    "jordan": "jordanian",
    "kazakhstan": "kazakh",
    "kenya": "kenyan",
    "korea": "korean",
    "kuwait": "kuwaiti",
    "latvia": "latvian",
    "lebanon": "lebanese",
    "libya": "libyan",
    "lithuania": "lithuanian",
    "malaysia": "malaysian",
    "mexico": "mexican",
    "moldova": "moldovan",
    "mongolia": "mongolian",
    "morocco": "moroccan",
    "netherlands": "dutch",
    "nigeria": "nigerian",
    "norway": "norwegian",
    "oman": "omani",
    "pakistan": "pakistani",
    "palestine": "palestinian",
    "peru": "peruvian",
    "philippines": "filipino",
    "poland": "polish",
    "portugal": "portuguese",
    "qatar": "qatari",
    "romania": "romanian",
    "russia": "russian",
    "rwanda": "rwandan",
    "scotland": "scottish",
    "serbia": "serbian",
    "slovakia": "slovak",
    "slovenia": "slovenian",
    "somalia": "somali",
    "spain": "spanish",
    "sudan": "sudanese",
    "sweden": "swedish",
    "switzerland": "swiss",
    "syria": "syrian",
    "taiwan": "taiwanese",
    "tajikistan": "tajik",
    "thailand": "thai",
    "tunisia": "tunisian",
    "turkey": "turkish",
    "turkmenistan": "turkmen",
    "uganda": "ugandan",
    "ukraine": "ukrainian",
    "uzbekistan": "uzbek",
    "venezuela": "venezuelan",
    "vietnam": "vietnamese",
    "wales": "welsh",
    "yemen": "yemeni",
    "zimbabwe": "zimbabwean",
    "u.s": "american",
    "us": "american",
    "usa": "american",
    "uk": "british",
}
DEMONYM_ADJECTIVES = frozenset(DEMONYMS.values())

# Lowercase particles inside personal names ("Ahmed al-Sharaa", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset("al el bin ibn abu de del della der di da du van von la le".split())

# Capitalised words that start sentences but never names.
NON_NAME_WORDS = frozenset(
    """the a an and but or if in on at of for to from by with as after before when while
    this that these those there here it its he she they we i you his her their our my your
    mr mrs ms dr yes no not so then also however meanwhile although though because since
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tomorrow
    feb apr aug sep sept oct nov dec
    according asked said says some many most all both each every one two three several
    what who why how where which whether during despite until over under about into
    related read sign like unlike does did speaking reached former amid
    yet neither either nor even still instead indeed perhaps maybe now thus hence besides
    moreover furthermore nevertheless nonetheless otherwise already again once later
    earlier tonight whom whose unless without within among between against above below
    last next""".split()
)
