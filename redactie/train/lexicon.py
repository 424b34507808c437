# ruff: noqa: E501
"""Hand-written vocabulary for the Woo-style document generator.

Everything here was written for this project. Organisation and place names are
facts (names of public bodies, companies, municipalities); the sentences the
generator builds from them are invented.
"""

from __future__ import annotations

# (determiner, name) -- the name is the ORG span.
ORGS_PUBLIC: tuple[tuple[str, str], ...] = (
    ("het", "ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("het", "ministerie van Financiën"), ("het", "ministerie van Justitie en Veiligheid"),
    ("het", "ministerie van Volksgezondheid, Welzijn en Sport"),
    ("het", "ministerie van Infrastructuur en Waterstaat"),
    ("het", "ministerie van Economische Zaken en Klimaat"),
    ("het", "ministerie van Onderwijs, Cultuur en Wetenschap"),
    ("het", "ministerie van Sociale Zaken en Werkgelegenheid"),
    ("het", "ministerie van Landbouw, Natuur en Voedselkwaliteit"),
    ("het", "ministerie van Buitenlandse Zaken"), ("het", "ministerie van Defensie"),
    ("", "BZK"), ("", "JenV"), ("", "VWS"), ("", "IenW"), ("", "EZK"), ("", "OCW"),
    ("", "SZW"), ("", "LNV"), ("", "Rijkswaterstaat"), ("de", "Belastingdienst"),
    ("het", "UWV"), ("de", "IND"), ("het", "CBS"), ("het", "RIVM"),
    ("de", "Autoriteit Persoonsgegevens"), ("het", "Openbaar Ministerie"),
    ("de", "Raad van State"), ("de", "Algemene Rekenkamer"), ("het", "COA"),
    ("", "DUO"), ("het", "CJIB"), ("de", "NVWA"), ("", "ProRail"), ("de", "NS"),
    ("", "TenneT"), ("", "Staatsbosbeheer"), ("het", "Kadaster"), ("het", "KNMI"),
    ("", "Logius"), ("het", "CAK"), ("de", "SVB"), ("de", "Inspectie Gezondheidszorg en Jeugd"),
    ("de", "VNG"), ("het", "IPO"), ("de", "Unie van Waterschappen"),
    ("", "Waterschap Rivierenland"), ("het", "Hoogheemraadschap van Delfland"),
    ("", "GGD Hollands Midden"), ("de", "Veiligheidsregio Utrecht"), ("de", "Europese Commissie"),
    ("de", "Tweede Kamer"), ("de", "Eerste Kamer"), ("de", "Europese Unie"), ("de", "NAVO"),
    ("de", "Verenigde Naties"), ("de", "Vlaamse Regering"), ("de", "VRT"), ("", "De Lijn"),
    ("de", "NMBS"), ("de", "Nationale Politie"), ("de", "Kamer van Koophandel"),
    ("het", "Rijksvastgoedbedrijf"), ("de", "Nederlandse Zorgautoriteit"), ("de", "ACM"),
    ("de", "AIVD"), ("de", "Koninklijke Marechaussee"), ("de", "Dienst Justitiële Inrichtingen"),
    ("het", "Zorginstituut Nederland"), ("de", "Raad voor de Kinderbescherming"),
    ("de", "Nationale ombudsman"), ("het", "Planbureau voor de Leefomgeving"),
    ("het", "Centraal Planbureau"), ("de", "Sociaal-Economische Raad"), ("de", "Raad voor Cultuur"),
    ("de", "Provincie Gelderland"), ("het", "Rijksinstituut voor Volksgezondheid en Milieu"),
    ("de", "Europese Centrale Bank"), ("De", "Nederlandsche Bank"), ("de", "Kiesraad"),
)  # fmt: skip

ORGS_COMPANY: tuple[str, ...] = (
    "Albert Heijn", "Jumbo", "Philips", "Shell", "KPN", "Rabobank", "ING", "ABN AMRO",
    "Heijmans", "BAM", "Ballast Nedam", "Arcadis", "Deloitte", "KPMG", "PwC", "Accenture",
    "Capgemini", "Centric", "PostNL", "Ahold Delhaize", "Unilever", "ASML", "Heineken",
    "Booking.com", "Bol.com", "Coolblue", "Tata Steel", "Vattenfall", "Eneco", "Essent",
    "Stedin", "Alliander", "Enexis", "Vitens", "Evides", "Arriva", "Connexxion", "Qbuzz",
    "Achmea", "Aegon", "Randstad", "DSM", "AkzoNobel", "Van Oord", "Boskalis", "Sweco",
    "Witteveen+Bos", "Royal HaskoningDHV", "Microsoft", "Google", "Amazon", "Jan Linders",
    "Van der Valk", "Bart Smit", "Dirk van den Broek", "Hema", "Kruidvat", "Action", "Lidl",
    "Aldi", "Proximus", "Colruyt", "Delhaize", "Belfius", "KBC", "Vandemoortele",
    "Douwe Egberts", "Grolsch", "Friesland Campina", "Thales", "Fokker", "Stork", "Damen",
    "Ordina", "Pon", "Ziggo", "Odido", "Eurofiber", "Greenpeace", "Natuurmonumenten",
    "Vluchtelingenwerk Nederland", "Amnesty International", "FNV", "CNV", "VNO-NCW",
    "MKB-Nederland", "LTO Nederland", "Aedes", "Woonbron", "Ymere", "Vestia", "Mitros",
    "Portaal", "Havensteder", "Anne Frank Stichting", "Prins Bernhard Cultuurfonds",
    "Erasmus Universiteit Rotterdam", "Radboud Universiteit", "Radboudumc",
    "Albert Schweitzer ziekenhuis", "Antoni van Leeuwenhoek", "Jeroen Bosch Ziekenhuis",
    "Rijksmuseum", "Van Gogh Museum", "Universiteit Utrecht", "Vrije Universiteit",
    "Universiteit van Amsterdam", "Hogeschool Rotterdam", "TNO", "Erasmus MC", "UMC Utrecht",
    "Amsterdam UMC", "Maastricht UMC+", "Sanquin", "Ronald McDonald Kinderfonds",
    "Pieter van Foreest", "Stichting Philadelphia", "Reinier de Graaf", "Rode Kruis",
    "Leger des Heils", "Stichting Het Gelderse Landschap", "Omroep Brabant", "NOS", "RTL",
    "de Volkskrant", "NRC", "Trouw", "Het Parool", "De Telegraaf", "De Standaard",
    "Het Laatste Nieuws", "De Morgen", "Het Nieuwsblad", "ANP", "Belga", "Reuters",
    "Ajax", "PSV", "Feyenoord", "FC Utrecht", "AZ", "Club Brugge", "Anderlecht", "KRC Genk",
    "Standard Luik", "AA Gent", "Jumbo-Visma", "Soudal Quick-Step", "Lotto",
)  # fmt: skip

PARTIES: tuple[str, ...] = (
    "VVD", "CDA", "PvdA", "GroenLinks", "D66", "SP", "PVV", "ChristenUnie", "SGP", "BBB",
    "NSC", "Volt", "JA21", "PvdD", "DENK", "50PLUS", "CD&V", "Open VLD", "N-VA", "Vooruit",
    "Groen", "Vlaams Belang", "PVDA", "Leefbaar Rotterdam", "Stadsbelang", "Lokaal Belang",
)  # fmt: skip

CITIES_NL: tuple[str, ...] = (
    "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg",
    "Almere", "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem", "Enschede", "Amersfoort",
    "Zaanstad", "Haarlemmermeer", "'s-Hertogenbosch", "Zwolle", "Zoetermeer", "Leiden",
    "Maastricht", "Dordrecht", "Ede", "Alphen aan den Rijn", "Leeuwarden", "Alkmaar", "Emmen",
    "Delft", "Venlo", "Deventer", "Sittard-Geleen", "Helmond", "Oss", "Amstelveen", "Hilversum",
    "Heerlen", "Súdwest-Fryslân", "Hengelo", "Purmerend", "Schiedam", "Lelystad", "Roosendaal",
    "Leidschendam-Voorburg", "Almelo", "Hoorn", "Gouda", "Vlaardingen", "Assen", "Capelle aan den IJssel",
    "Bergen op Zoom", "Veenendaal", "Katwijk", "Zeist", "Nieuwegein", "Roermond", "Den Helder",
    "Doetinchem", "Hoogeveen", "Terneuzen", "Kampen", "Woerden", "Houten", "Middelburg",
    "Vlissingen", "Harderwijk", "Barneveld", "Zutphen", "Wageningen", "Tiel", "Culemborg",
    "Zaltbommel", "Meppel", "Steenwijk", "Sneek", "Heerenveen", "Drachten", "Harlingen",
    "Delfzijl", "Veendam", "Winschoten", "Stadskanaal", "Coevorden", "Hardenberg",
    "Oldenzaal", "Winterswijk", "Gorinchem", "Schagen", "Enkhuizen", "Edam", "Volendam",
    "Weesp", "Bussum", "Naarden", "Baarn", "Soest", "Rhenen", "Veghel", "Uden", "Boxtel",
    "Waalwijk", "Oosterhout", "Etten-Leur", "Goes", "Zierikzee", "Hulst", "Sluis", "Weert",
    "Venray", "Kerkrade", "Valkenburg", "Vaals", "Texel", "Terschelling", "Ameland",
    "Schiermonnikoog", "Vlieland", "Urk", "Dronten", "Zeewolde", "Noordoostpolder",
    "Anna Paulowna", "Hendrik-Ido-Ambacht", "Willemstad", "Oranjestad", "Kralendijk",
    "Westland", "Pijnacker-Nootdorp", "Rijswijk", "Wassenaar", "Noordwijk", "Lisse",
    "Berkel en Rodenrijs", "Krimpen aan den IJssel", "Ridderkerk", "Barendrecht", "Spijkenisse",
    "Hellevoetsluis", "Brielle", "Maassluis", "Vught", "Heusden", "Drimmelen", "Moerdijk",
)  # fmt: skip

CITIES_BE: tuple[str, ...] = (
    "Brussel", "Antwerpen", "Gent", "Brugge", "Leuven", "Mechelen", "Hasselt", "Kortrijk",
    "Oostende", "Aalst", "Sint-Niklaas", "Genk", "Roeselare", "Turnhout", "Lier", "Geel",
    "Ieper", "Dendermonde", "Vilvoorde", "Tienen", "Diest", "Tongeren", "Sint-Truiden",
    "Beveren", "Lokeren", "Mol", "Halle", "Ninove", "Waregem", "Knokke-Heist", "Luik",
    "Namen", "Bergen", "Charleroi", "Doornik", "Bastenaken", "Aarlen", "Waver", "Nijvel",
)  # fmt: skip

COUNTRIES: tuple[str, ...] = (
    "Nederland", "België", "Duitsland", "Frankrijk", "Engeland", "Groot-Brittannië",
    "Spanje", "Italië", "Portugal", "Polen", "Oekraïne", "Rusland", "Turkije", "Marokko",
    "Suriname", "Indonesië", "China", "Japan", "India", "de Verenigde Staten", "Canada",
    "Brazilië", "Mexico", "Zuid-Afrika", "Nigeria", "Ghana", "Egypte", "Israël", "Syrië",
    "Irak", "Iran", "Afghanistan", "Eritrea", "Somalië", "Griekenland", "Zweden",
    "Noorwegen", "Denemarken", "Finland", "Oostenrijk", "Zwitserland", "Luxemburg",
    "Ierland", "Schotland", "Hongarije", "Roemenië", "Bulgarije", "Kroatië", "Servië",
    "Curaçao", "Aruba", "Bonaire", "Sint Maarten", "Europa", "Afrika", "Azië",
    "Albanië", "Algerije", "Angola", "Argentinië", "Armenië", "Australië", "Azerbeidzjan",
    "Bangladesh", "Wit-Rusland", "Belarus", "Benin", "Bolivia", "Bosnië", "Botswana",
    "Burkina Faso", "Burundi", "Cambodja", "Kameroen", "Tsjaad", "Chili", "Colombia",
    "Congo", "Costa Rica", "Cuba", "Cyprus", "Tsjechië", "Djibouti", "Ecuador", "Estland",
    "Ethiopië", "Fiji", "Gabon", "Gambia", "Georgië", "Guatemala", "Guinee", "Haïti",
    "Honduras", "IJsland", "Ivoorkust", "Jamaica", "Jemen", "Jordanië", "Kazachstan",
    "Kenia", "Kosovo", "Koeweit", "Kirgizië", "Laos", "Letland", "Libanon", "Liberia",
    "Libië", "Litouwen", "Macedonië", "Madagaskar", "Malawi", "Maleisië", "Mali", "Malta",
    "Mauritanië", "Moldavië", "Mongolië", "Montenegro", "Mozambique", "Myanmar", "Birma",
    "Namibië", "Nepal", "Nieuw-Zeeland", "Nicaragua", "Niger", "Noord-Korea", "Zuid-Korea",
    "Oman", "Pakistan", "Palestina", "Panama", "Paraguay", "Peru", "Filipijnen", "Qatar",
    "Rwanda", "Saudi-Arabië", "Senegal", "Sierra Leone", "Singapore", "Slovakije",
    "Slovenië", "Soedan", "Zuid-Soedan", "Sri Lanka", "Tadzjikistan", "Taiwan", "Tanzania",
    "Thailand", "Togo", "Tunesië", "Turkmenistan", "Oeganda", "Uruguay", "Oezbekistan",
    "Venezuela", "Vietnam", "Zambia", "Zimbabwe", "Tibet", "Tsjetsjenië", "Koerdistan",
    "Gaza", "Kasjmir", "Darfur", "Catalonië", "Baskenland", "Beieren", "Corsica",
    "Sicilië", "Sardinië", "Kreta", "Latijns-Amerika", "Scandinavië", "de Balkan",
    "het Midden-Oosten", "Oost-Europa", "Noord-Afrika", "Antarctica", "Siberië",
)  # fmt: skip

REGIONS: tuple[str, ...] = (
    "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg", "Gelderland",
    "Overijssel", "Drenthe", "Friesland", "Fryslân", "Groningen", "Flevoland", "Utrecht",
    "Vlaanderen", "Wallonië", "Randstad", "Achterhoek", "Twente", "Veluwe", "Betuwe",
    "West-Vlaanderen", "Oost-Vlaanderen", "Vlaams-Brabant", "de Kempen", "Zeeuws-Vlaanderen",
    "het Groene Hart", "de Waddenzee", "de Noordzee", "de Maas", "de Waal", "de IJssel",
    "de Schelde", "het IJsselmeer", "de Rijn", "het Markermeer",
)  # fmt: skip

STREET_NOUNS: tuple[str, ...] = (
    "Kerk", "Molen", "School", "Dorps", "Station", "Markt", "Haven", "Beuken", "Eiken",
    "Linden", "Berken", "Wilgen", "Populier", "Kastanje", "Esdoorn", "Tulp", "Rozen",
    "Lelie", "Zonnebloem", "Vogel", "Merel", "Zwaluw", "Meeuw", "Kievit", "Reiger", "Dijk",
    "Zee", "Duin", "Heide", "Bos", "Veld", "Weide", "Polder", "Sluis", "Brug", "Toren",
    "Burg", "Slot", "Kasteel", "Hof", "Oranje", "Nassau", "Julianan", "Beatrix", "Wilhelmina",
    "Industrie", "Handels", "Ambachts", "Nieuwe", "Oude", "Hoge", "Lange", "Korte", "Brede",
    "Noorder", "Zuider", "Ooster", "Wester", "Spoor", "Kanaal", "Leidse", "Utrechtse",
)  # fmt: skip
STREET_SUFFIXES: tuple[str, ...] = (
    "straat", "laan", "weg", "plein", "kade", "singel", "gracht", "dreef", "hof", "steeg",
    "pad", "park", "dijk", "markt", "baan", "kwartier",
)  # fmt: skip
PERSON_STREET_PREFIXES: tuple[str, ...] = (
    "Burgemeester", "Koningin", "Prins", "Prinses", "Graaf", "Dokter", "Pastoor", "Meester",
    "Generaal", "Kapitein", "Professor", "Wethouder", "Pater", "Kardinaal", "Admiraal",
)  # fmt: skip
FAMOUS_STREETS: tuple[str, ...] = (
    "Willem de Zwijgerlaan", "Johan de Wittlaan", "Koningin Julianaplein", "Prins Bernhardlaan",
    "Van Goghstraat", "Thorbeckeplein", "Rembrandtplein", "Jan van Galenstraat",
    "Jan Pieterszoon Coenstraat", "Koningin Wilhelminalaan", "Prinses Beatrixlaan",
    "Johan Cruijff Boulevard", "Lange Voorhout", "Korte Voorhout", "Turfmarkt", "Plein",
    "Binnenhof", "Lange Houtstraat", "Catharijnesingel", "Maliebaan", "Coolsingel",
    "Stationsplein", "Wetstraat", "Meir", "Grote Markt", "Keizersgracht", "Herengracht",
    "Prinsengracht", "Damrak", "Kalverstraat", "Vrijthof", "Neude", "Oudegracht",
    "Erasmuslaan", "Spinozastraat", "Vondelpark", "Multatulistraat", "Anne Frankplein",
    "Martin Luther Kingpark", "Nelson Mandelabrug", "Erasmusbrug", "Dr. Willem Dreesweg",
)  # fmt: skip
BUILDINGS: tuple[str, ...] = (
    "het Binnenhof", "het Catshuis", "Paleis Noordeinde", "Paleis Soestdijk",
    "het Torentje", "Schiphol", "de Johan Cruijff ArenA", "het Vredespaleis", "De Kuip",
    "Ahoy", "de Jaarbeurs", "het Europees Parlement", "de Dom", "het Rijksmuseum",
)  # fmt: skip

LAWS: tuple[str, ...] = (
    "Wet open overheid", "Woo", "Algemene wet bestuursrecht", "Awb", "Omgevingswet",
    "Participatiewet", "Wet Bibob", "Algemene verordening gegevensbescherming", "AVG",
    "Grondwet", "Gemeentewet", "Provinciewet", "Waterwet", "Wet milieubeheer",
    "Vreemdelingenwet", "Jeugdwet", "Wet maatschappelijke ondersteuning", "Wmo",
    "Woningwet", "Huisvestingswet", "Wet natuurbescherming", "Opiumwet", "Wegenverkeerswet",
    "Wet kinderopvang", "Archiefwet", "Wet politiegegevens", "Wet justitiële en strafvorderlijke gegevens",
    "Aanbestedingswet", "Wet op de inkomstenbelasting", "Comptabiliteitswet",
)  # fmt: skip

BRANDS: tuple[str, ...] = (
    "Teams", "WhatsApp", "Signal", "Outlook", "Excel", "Word", "PowerPoint", "SharePoint",
    "Zoom", "iPhone", "Android", "Windows", "LinkedIn", "Facebook", "Instagram", "TikTok",
    "YouTube", "DigiD", "MijnOverheid", "Webex", "Slack", "Dropbox", "OneDrive", "Chrome",
    "iPad", "Surface", "Tesla", "Spotify", "Netflix", "ChatGPT", "Copilot", "Excel-sheet",
    "Berichtenbox", "Doccle", "itsme", "eHerkenning", "Google Maps", "Gmail",
)  # fmt: skip

ROLES_PUBLIC: tuple[str, ...] = (
    "minister", "staatssecretaris", "burgemeester", "wethouder", "gedeputeerde", "premier",
    "Kamerlid", "raadslid", "schepen", "commissaris van de Koning", "dijkgraaf", "gouverneur",
    "minister-president", "fractievoorzitter", "partijleider", "Europarlementariër",
    "senator", "volksvertegenwoordiger", "ombudsman", "kamervoorzitter", "gemeentesecretaris",
    "secretaris-generaal", "directeur-generaal", "korpschef", "officier van justitie",
)  # fmt: skip
ROLES_STAFF: tuple[str, ...] = (
    "beleidsmedewerker", "senior beleidsadviseur", "projectleider", "teamleider",
    "afdelingshoofd", "jurist", "woordvoerder", "communicatieadviseur", "programmamanager",
    "coördinator", "griffier", "secretaris", "notulist", "inspecteur", "directeur",
    "plaatsvervangend directeur", "adviseur", "juridisch adviseur", "contactpersoon",
    "bestuurssecretaris", "hoofd communicatie", "strategisch adviseur", "accountmanager",
    "controller", "informatiemanager", "privacy officer", "functionaris gegevensbescherming",
    "casemanager", "wijkagent", "huisarts", "advocaat", "rechter", "onderzoeker",
    "hoogleraar", "trainer", "aanvoerder", "regisseur", "schrijver", "zangeres", "ondernemer",
)  # fmt: skip
DEPARTMENTS: tuple[str, ...] = (
    "Directie Constitutionele Zaken", "Directie Wonen", "Directie Communicatie",
    "Directie Financieel-Economische Zaken", "DG Bestuur, Ruimte en Wonen",
    "afdeling Juridische Zaken", "afdeling Vergunningen", "team Woo", "cluster Ruimte",
    "Directie Informatiehuishouding", "afdeling Inkoop", "team Publieksdienstverlening",
    "Bestuursondersteuning", "Directie Arbeidsmarkt", "Directie Jeugd", "afdeling Handhaving",
)  # fmt: skip

TOPICS: tuple[str, ...] = (
    "de huisvesting van statushouders", "de stikstofaanpak", "het woningbouwprogramma",
    "de herinrichting van het centrum", "de jeugdzorg", "de energietransitie",
    "de opvang van asielzoekers", "de afhandeling van Woo-verzoeken", "de begroting voor 2025",
    "de verkeersveiligheid rond de basisschool", "de subsidieaanvraag", "het bestemmingsplan",
    "de vergunningverlening", "de digitale dienstverlening", "de coronamaatregelen",
    "de evaluatie van het programma", "de bezuinigingen", "de inkoop van laptops", "het datalek",
    "het klimaatakkoord", "de zorgkosten", "de inzet tijdens de jaarwisseling",
    "de drinkwatervoorziening", "de dijkversterking", "de luchtkwaliteit", "de netcongestie",
    "de aanbesteding", "de planning van het project", "de kosten van de verbouwing",
    "de klachtenprocedure", "het handhavingsverzoek", "de bezwaarprocedure",
    "de personeelsformatie", "de uitvoering van de motie", "de risicoanalyse",
    "de archivering van chatberichten", "het beveiligingsincident", "de windturbines",
    "de zonneparken", "het openbaar vervoer", "de parkeerregeling", "de armoedebestrijding",
    "de schuldhulpverlening", "de toeslagenaffaire", "de wachtlijsten", "de cybersecurity",
    "de nieuwe huisstijl", "de gemeentelijke herindeling", "de evenementenvergunning",
    "de sluiting van de sporthal", "de renovatie van het zwembad", "het hitteplan",
    "de Kamervragen", "het jaarverslag", "de voortgangsrapportage", "de kabinetsreactie",
)  # fmt: skip

THINGS: tuple[str, ...] = (
    "een brief", "het advies", "de notitie", "een e-mail", "het conceptbesluit", "de stukken",
    "een voorstel", "de offerte", "het rapport", "de planning", "een overzicht", "de agenda",
    "het verslag", "de reactie", "een memo", "de nota", "het raadsvoorstel", "de Kamerbrief",
    "de beslisnota", "een factuur", "de presentatie", "het onderzoeksrapport", "de aanvraag",
    "het bezwaarschrift", "de zienswijze", "een toelichting", "de inventarislijst",
    "het besluit", "de conceptversie", "de tekst", "de begroting", "de cijfers", "het plan",
    "de antwoorden", "de vragen", "een update", "de stand van zaken", "de overeenkomst",
)  # fmt: skip

TIME_ADVS: tuple[str, ...] = (
    "vorige week", "gisteren", "vandaag", "vanochtend", "vanmiddag", "morgen", "volgende week",
    "afgelopen vrijdag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "op dinsdag 14 maart", "in april", "eind mei", "begin volgend jaar", "in 2023",
    "donderdagmiddag", "na het zomerreces", "tijdens de vergadering van 12 januari",
    "vorige maand", "eerder dit jaar", "binnenkort", "in de loop van de week",
    "op 3 oktober", "zaterdagavond", "rond de jaarwisseling", "in het voorjaar", "deze zomer",
    "op maandag 6 november", "half juni", "voor de kerst", "na Pasen", "op Prinsjesdag",
    "woensdagochtend", "in het najaar", "vorig jaar", "op 1 januari 2024", "vorige zomer",
)  # fmt: skip

ADVERBS: tuple[str, ...] = (
    "ook", "nog", "inmiddels", "opnieuw", "uiteindelijk", "nogmaals", "al", "waarschijnlijk",
    "zelf", "dan ook", "intussen", "eerder", "direct", "toch", "echter", "bovendien",
)  # fmt: skip

SUB_CONJ: tuple[str, ...] = (
    "omdat", "nadat", "terwijl", "zodat", "hoewel", "voordat", "als", "toen", "zodra",
    "doordat", "ook al", "nu",
)  # fmt: skip

# Verb frames: present sg, present pl, past sg, past pl, participle, aux, particle, complements.
# Complements use placeholders: {who} person/organisation, {thing}, {topic}, {place},
# {org}, {role}, {event}.
VERBS: tuple[tuple[str, str, str, str, str, str, str, tuple[str, ...]], ...] = (
    ("stuurt", "sturen", "stuurde", "stuurden", "gestuurd", "h", "",
     ("{thing} aan {who}", "{who} {thing}", "{thing} over {topic}")),
    ("schrijft", "schrijven", "schreef", "schreven", "geschreven", "h", "",
     ("{thing} aan {who}", "{thing} over {topic}")),
    ("mailt", "mailen", "mailde", "mailden", "gemaild", "h", "", ("{who} over {topic}", "{who}")),
    ("belt", "bellen", "belde", "belden", "gebeld", "h", "", ("{who} over {topic}", "{who}")),
    ("spreekt", "spreken", "sprak", "spraken", "gesproken", "h", "",
     ("met {who} over {topic}", "met {who}", "{who}")),
    ("overlegt", "overleggen", "overlegde", "overlegden", "overlegd", "h", "",
     ("met {who} over {topic}", "met {who}")),
    ("informeert", "informeren", "informeerde", "informeerden", "geïnformeerd", "h", "",
     ("{who} over {topic}",)),
    ("ontvangt", "ontvangen", "ontving", "ontvingen", "ontvangen", "h", "",
     ("{who} in {place}", "{who}", "{thing} van {who}")),
    ("bespreekt", "bespreken", "besprak", "bespraken", "besproken", "h", "",
     ("{topic} met {who}", "{thing} met {who}", "{topic}")),
    ("stelt", "stellen", "stelde", "stelden", "gesteld", "h", "voor",
     ("{thing} aan {who}", "een nieuwe aanpak voor {topic}")),
    ("legt", "leggen", "legde", "legden", "gelegd", "h", "voor", ("{thing} aan {who}",)),
    ("dient", "dienen", "diende", "dienden", "gediend", "h", "in",
     ("een klacht tegen {who}", "een verzoek bij {org}", "{thing} bij {org}")),
    ("neemt", "nemen", "nam", "namen", "genomen", "h", "op", ("contact met {who}",)),
    ("vraagt", "vragen", "vroeg", "vroegen", "gevraagd", "h", "",
     ("{who} om een reactie", "{who} om {thing}", "{org} om opheldering over {topic}")),
    ("benoemt", "benoemen", "benoemde", "benoemden", "benoemd", "h", "", ("{who} tot {role}",)),
    ("bedankt", "bedanken", "bedankte", "bedankten", "bedankt", "h", "",
     ("{who} voor de samenwerking", "{who} voor {thing}")),
    ("nodigt", "nodigen", "nodigde", "nodigden", "genodigd", "h", "uit",
     ("{who} voor een gesprek", "{who} voor {event}")),
    ("reageert", "reageren", "reageerde", "reageerden", "gereageerd", "h", "",
     ("op {thing} van {who}", "op de kritiek van {who}")),
    ("komt", "komen", "kwam", "kwamen", "gekomen", "z", "", ("naar {place}", "met {who} naar {place}")),
    ("reist", "reizen", "reisde", "reisden", "gereisd", "z", "", ("naar {place}", "met {who} naar {place}")),
    ("werkt", "werken", "werkte", "werkten", "gewerkt", "h", "",
     ("bij {org}", "samen met {who}", "in {place} aan {topic}")),
    ("volgt", "volgen", "volgde", "volgden", "gevolgd", "h", "op", ("{who} als {role}", "{who}")),
    ("vervangt", "vervangen", "verving", "vervingen", "vervangen", "h", "",
     ("{who} tijdens {event}", "{who}")),
    ("ontmoet", "ontmoeten", "ontmoette", "ontmoetten", "ontmoet", "h", "",
     ("{who} in {place}", "{who} tijdens {event}", "{who}")),
    ("steunt", "steunen", "steunde", "steunden", "gesteund", "h", "",
     ("het voorstel van {who}", "{who}")),
    ("bekritiseert", "bekritiseren", "bekritiseerde", "bekritiseerden", "bekritiseerd", "h", "",
     ("het beleid van {org}", "{who} om {topic}", "{who}")),
    ("ondertekent", "ondertekenen", "ondertekende", "ondertekenden", "ondertekend", "h", "",
     ("{thing} namens {org}", "{thing}")),
    ("publiceert", "publiceren", "publiceerde", "publiceerden", "gepubliceerd", "h", "",
     ("{thing} over {topic}",)),
    ("onderzoekt", "onderzoeken", "onderzocht", "onderzochten", "onderzocht", "h", "",
     ("{topic} in {place}", "{topic}")),
    ("keurt", "keuren", "keurde", "keurden", "gekeurd", "h", "goed", ("{thing} van {who}", "{thing}")),
    ("verleent", "verlenen", "verleende", "verleenden", "verleend", "h", "",
     ("een vergunning aan {who}", "opdracht aan {org}")),
    ("weigert", "weigeren", "weigerde", "weigerden", "geweigerd", "h", "", ("{thing} van {who}",)),
    ("adviseert", "adviseren", "adviseerde", "adviseerden", "geadviseerd", "h", "",
     ("{who} over {topic}",)),
    ("vergadert", "vergaderen", "vergaderde", "vergaderden", "vergaderd", "h", "",
     ("met {who} over {topic}", "in {place} over {topic}")),
    ("interviewt", "interviewen", "interviewde", "interviewden", "geïnterviewd", "h", "",
     ("{who} over {topic}",)),
    ("stuurt", "sturen", "stuurde", "stuurden", "gestuurd", "h", "door", ("{thing} naar {who}",)),
    ("verwijst", "verwijzen", "verwees", "verwezen", "verwezen", "h", "", ("{who} naar {org}",)),
    ("feliciteert", "feliciteren", "feliciteerde", "feliciteerden", "gefeliciteerd", "h", "",
     ("{who} met de benoeming", "{who} met {event}")),
    ("bezoekt", "bezoeken", "bezocht", "bezochten", "bezocht", "h", "",
     ("{place}", "{who} in {place}", "{org} in {place}")),
    ("wint", "winnen", "won", "wonnen", "gewonnen", "h", "",
     ("de verkiezingen in {place}", "de wedstrijd tegen {org}", "het duel met {who}")),
    ("verslaat", "verslaan", "versloeg", "versloegen", "verslagen", "h", "", ("{who} in {place}", "{who}")),
    ("zet", "zetten", "zette", "zetten", "gezet", "h", "door", ("{thing} ondanks de kritiek van {who}",)),
    ("licht", "lichten", "lichtte", "lichtten", "gelicht", "h", "toe", ("{thing}", "{topic}")),
    ("geeft", "geven", "gaf", "gaven", "gegeven", "h", "", ("{who} {thing}", "opdracht aan {org}")),
    ("verlaat", "verlaten", "verliet", "verlieten", "verlaten", "h", "", ("{org}", "{place}")),
    ("kiest", "kiezen", "koos", "kozen", "gekozen", "h", "", ("{who} als {role}", "voor {who}")),
    ("wacht", "wachten", "wachtte", "wachtten", "gewacht", "h", "", ("op {thing} van {who}",)),
    ("scoort", "scoren", "scoorde", "scoorden", "gescoord", "h", "",
     ("tegen {org}", "in de slotminuut tegen {org}", "twee keer voor {org}")),
    ("speelt", "spelen", "speelde", "speelden", "gespeeld", "h", "",
     ("bij {org}", "tegen {who}", "in {place} tegen {org}")),
    ("rijdt", "rijden", "reed", "reden", "gereden", "h", "", ("voor {org}", "in {place}")),
    ("tekent", "tekenen", "tekende", "tekenden", "getekend", "h", "",
     ("een contract bij {org}", "bij {org}")),
    ("koopt", "kopen", "kocht", "kochten", "gekocht", "h", "",
     ("aandelen van {org}", "{org}", "een pand in {place}")),
    ("leidt", "leiden", "leidde", "leidden", "geleid", "h", "",
     ("{org}", "het onderzoek naar {who}", "de delegatie naar {place}")),
)  # fmt: skip

SAY_VERBS: tuple[tuple[str, str], ...] = (
    ("zegt", "zei"), ("laat weten", "liet weten"), ("stelt", "stelde"),
    ("benadrukt", "benadrukte"), ("verklaart", "verklaarde"), ("schrijft", "schreef"),
    ("meldt", "meldde"), ("erkent", "erkende"), ("reageert", "reageerde"),
    ("zegt", "zei"), ("vertelt", "vertelde"), ("antwoordt", "antwoordde"),
)  # fmt: skip

EVENTS: tuple[str, ...] = (
    "de raadsvergadering", "het werkbezoek", "de persconferentie", "het debat",
    "de commissievergadering", "de informatieavond", "de bewonersbijeenkomst",
    "de opening", "de jaarvergadering", "het congres", "de finale", "het overleg",
)  # fmt: skip

QUOTE_CORES: tuple[str, ...] = (
    "We nemen de zorgen van de bewoners heel serieus",
    "Dit had nooit mogen gebeuren",
    "Ik begrijp de frustratie, maar we moeten zorgvuldig werken",
    "We gaan hier de komende weken mee aan de slag",
    "Het is nog te vroeg om conclusies te trekken",
    "Daar ben ik heel blij mee",
    "We hebben alles volgens de regels gedaan",
    "Dit is een belangrijke stap voor de regio",
    "Ik ga daar nu niet op vooruitlopen",
    "Er is simpelweg te weinig geld",
    "We willen dit samen met de inwoners oppakken",
    "Het kabinet moet nu echt over de brug komen",
    "De cijfers spreken voor zich",
    "Wij zijn niet vooraf geïnformeerd",
    "Dat is echt onacceptabel",
    "Ik heb er alle vertrouwen in dat het goed komt",
    "We kijken naar alle opties",
    "Dit voorstel gaat veel te ver",
    "Het team heeft fantastisch gespeeld",
    "We zijn nog volop in gesprek",
    "Niemand wil dit, maar het is nodig",
    "Er ligt nu een goed plan",
    "De gemeente had veel eerder moeten ingrijpen",
    "Ik sta volledig achter dit besluit",
)  # fmt: skip

MEETING_ITEMS: tuple[str, ...] = (
    "Opening en vaststellen agenda", "Mededelingen", "Verslag vorige vergadering",
    "Actiepunten", "Stand van zaken project", "Financiën", "Communicatie",
    "Planning", "Risico's", "Rondvraag en sluiting", "Woo-verzoeken", "Personeel",
    "Huisvesting", "Evaluatie", "Terugkoppeling bestuurlijk overleg",
)  # fmt: skip

CHAT_LINES: tuple[str, ...] = (
    "heb je de stukken al gezien?", "ja, stuur ik zo door", "ok top", "zit nu in overleg",
    "kan iemand even bellen?", "dank!", "prima, dan doen we het zo", "ik check het even",
    "komt goed", "is de nota al getekend?", "nog niet, wacht op akkoord",
    "graag voor 12 uur", "sorry, was in gesprek", "👍", "lijkt me goed", "klopt",
    "agenda is aangepast", "zie mail", "wordt vervolgd", "even checken bij de woordvoering",
)  # fmt: skip

WORLD_PLACES: tuple[str, ...] = (
    "Californië", "Texas", "Florida", "New York", "Washington", "Londen", "Parijs",
    "Berlijn", "Madrid", "Rome", "Moskou", "Peking", "Tokio", "New Delhi", "Jeruzalem",
    "Gaza", "Bagdad", "Kabul", "Istanbul", "Ankara", "Caïro", "Nairobi", "Lagos",
    "Kaapstad", "Sydney", "Rio de Janeiro", "Buenos Aires", "Lissabon", "Wenen", "Praag",
    "Warschau", "Kiev", "Boedapest", "Athene", "Stockholm", "Oslo", "Kopenhagen",
    "Helsinki", "Dublin", "Edinburgh", "Manchester", "Keulen", "Düsseldorf", "Aken",
    "München", "Hamburg", "Frankfurt", "Lyon", "Marseille", "Rijsel", "Straatsburg",
    "Genève", "Zürich", "Milaan", "Napels", "Barcelona", "Sevilla", "Porto", "Marrakesh",
    "Casablanca", "Rabat", "Tunis", "Algiers", "Beiroet", "Damascus", "Teheran", "Mumbai",
    "Shanghai", "Hongkong", "Seoul", "Bangkok", "Jakarta", "Manila", "Singapore",
    "Toronto", "Montreal", "Chicago", "Los Angeles", "San Francisco", "Mexico-Stad",
    "Bogotá", "Lima", "Santiago", "Paramaribo", "Willemstad", "Kinshasa", "Kigali",
    "Addis Abeba", "Johannesburg", "Dakar", "Accra", "Kosovo", "Bosnië", "Tsjetsjenië",
    "Palestina", "Libanon", "Jordanië", "Saoedi-Arabië", "Koeweit", "Pakistan",
    "Bangladesh", "Vietnam", "Cambodja", "Australië", "Nieuw-Zeeland", "Argentinië",
    "Chili", "Colombia", "Venezuela", "Peru", "Cuba", "Congo", "Rwanda", "Soedan",
    "Ethiopië", "Kenia", "Angola", "Mozambique", "Zimbabwe", "Algerije", "Tunesië",
    "Libië", "Tsjechië", "Slowakije", "Slovenië", "Litouwen", "Letland", "Estland",
    "Wit-Rusland", "Georgië", "Armenië", "Azerbeidzjan", "Kazachstan", "Siberië",
    "Bretagne", "Normandië", "Beieren", "Toscane", "Andalusië", "Catalonië", "Corsica",
    "Sicilië", "Kreta", "de Alpen", "de Ardennen", "de Eifel", "de Middellandse Zee",
)  # fmt: skip

NATIONALITY_ADJ: tuple[str, ...] = (
    "Nederlandse", "Belgische", "Vlaamse", "Waalse", "Duitse", "Franse", "Britse", "Engelse",
    "Amerikaanse", "Spaanse", "Italiaanse", "Poolse", "Russische", "Turkse", "Marokkaanse",
    "Chinese", "Japanse", "Indiase", "Israëlische", "Palestijnse", "Oekraïense", "Zweedse",
    "Noorse", "Deense", "Griekse", "Portugese", "Ierse", "Schotse", "Canadese", "Braziliaanse",
    "Australische", "Zuid-Afrikaanse", "Europese", "Afrikaanse", "Aziatische", "Surinaamse",
    "Antilliaanse", "Friese", "Limburgse", "Brabantse", "Zeeuwse", "Groningse", "Haagse",
    "Amsterdamse", "Rotterdamse", "Utrechtse", "Gentse", "Antwerpse", "Brusselse",
)  # fmt: skip
DEMONYMS: tuple[str, ...] = (
    "Nederlanders", "Belgen", "Vlamingen", "Duitsers", "Fransen", "Britten", "Amerikanen",
    "Spanjaarden", "Italianen", "Polen", "Russen", "Turken", "Marokkanen", "Chinezen",
    "Europeanen", "Afrikanen", "Surinamers", "Friezen", "Limburgers", "Brabanders",
    "Amsterdammers", "Rotterdammers", "Hagenaars", "Antwerpenaren", "Oekraïners",
)  # fmt: skip
FRONT_ADVS: tuple[str, ...] = (
    "later", "voorlopig", "intussen", "sindsdien", "misschien", "daarnaast", "bovendien",
    "vervolgens", "ook", "toch", "daarom", "opvallend genoeg", "na afloop", "in totaal",
    "vooral", "eerder", "destijds", "tot nu toe", "zelfs", "nog altijd", "opnieuw", "gelukkig",
    "helaas", "in de praktijk", "in eerste instantie", "formeel", "samen met de provincie",
    "net als vorig jaar", "naar verwachting", "volgens de politie", "volgens de krant",
    "voor het eerst", "na lang aandringen", "op verzoek van de raad", "uiteindelijk",
    "daarbij", "hierdoor", "wellicht", "ondertussen", "in het verleden", "grote vraag is wanneer",
)  # fmt: skip
GENERIC_PLURALS: tuple[str, ...] = (
    "bewoners", "agenten", "onderzoekers", "speurders", "ouders", "mensen", "experts",
    "ambtenaren", "omwonenden", "ondernemers", "boeren", "studenten", "reizigers",
    "deskundigen", "medewerkers", "inspecteurs", "jongeren", "leraren", "artsen",
    "vakbonden", "actievoerders", "aandeelhouders", "supporters", "kiezers",
)  # fmt: skip
COMPANY_KINDS: tuple[str, ...] = (
    "bedrijf", "concern", "softwarebedrijf", "luchtvaartmaatschappij", "bank", "telecombedrijf",
    "farmabedrijf", "bouwbedrijf", "energiebedrijf", "uitgeverij", "holding", "verzekeraar",
    "investeringsmaatschappij", "chipfabrikant", "supermarktketen", "webwinkel", "startup",
    "adviesbureau", "ingenieursbureau", "vervoerder", "club", "omroep", "krant",
)  # fmt: skip
COMPANY_SUFFIXES: tuple[str, ...] = (
    "", "", "", " NV", " BV", " Group", " Holding", " Pharma", " Telecom", " Airlines",
    " Bank", " Systems", " Solutions", " Media", " International", " Logistics", " Energy",
)  # fmt: skip

RUBRICS: tuple[str, ...] = (
    "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Opinie", "Achtergrond",
    "Reportage", "Interview", "Analyse", "Column", "Foto", "Media", "Regio", "Politiek",
    "Wetenschap", "Onderwijs", "Zorg", "Verkeer", "Weer", "Recensie", "Commentaar",
)  # fmt: skip
ABSTRACT_SUBJECTS: tuple[str, ...] = (
    "Vertrouwen", "Geld", "Veiligheid", "Werkgelegenheid", "Onderwijs", "Huisvesting",
    "Voetbalvandalisme", "Kinderarmoede", "Eenzaamheid", "Privacy", "Transparantie",
    "Duurzaamheid", "Criminaliteit", "Werkloosheid", "Inflatie", "Vergrijzing", "Openheid",
    "Drugsoverlast", "Woningnood", "Luchtvervuiling", "Geluidsoverlast", "Cybercrime",
)  # fmt: skip
PLACE_ENDINGS: tuple[str, ...] = (
    "dorp", "heim", "ville", "burg", "stad", "ovo", "ice", "ino", "hausen", "ingen", "egem",
    "hove", "rode", "ijk", "um", "sk", "grad", "abad", "pur", "ia", "ton", "field",
)  # fmt: skip
MISC_NAMES: tuple[str, ...] = (
    "het programma {X}", "de {X} Cup", "het festival {X}", "de film {X}", "het boek {X}",
    "de app {X}", "het systeem {X}", "de campagne {X}", "het project {X}", "de {X}-prijs",
    "de serie {X}", "het album {X}", "de {X} Award", "het platform {X}",
)  # fmt: skip

ORG_PATTERNS: tuple[str, ...] = (
    "FC {X}", "{X} United", "Sporting {X}", "Racing {X}", "Radio {X}", "{X} Airlines",
    "{X} Pharma", "{X} Telecom", "{X} Bank", "{X} Media", "{X} Group", "Air {X}", "{X} Motors",
    "{X} & Co", "Groep {X}", "{X} Verzekeringen", "{X} Partners", "Studio {X}", "{X} Records",
    "Hotel {X}", "Café {X}", "{X}", "{X}", "{X}", "{X}",
)  # fmt: skip
ORG_CONTEXTS: tuple[str, ...] = (
    "het bedrijf", "het concern", "de club", "de bank", "de omroep", "de vakbond", "de krant",
    "de luchtvaartmaatschappij", "de ploeg", "de uitgeverij", "de organisatie", "de stichting",
    "de partij", "de vereniging", "de fabrikant", "de keten", "de zender", "het softwarebedrijf",
)  # fmt: skip
