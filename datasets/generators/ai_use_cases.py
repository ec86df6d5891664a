"""ai_use_cases: a hand-written catalogue of AI use cases with their EU AI Act risk tier.

For the law module: learners classify each case as prohibited, high, limited (transparency) or minimal
risk and compare their reasons with `reason_nl` / `reason_en`. The cases are invented (no real
organisation does exactly this); the tiers follow Art. 5 (prohibited practices), Annex III (high-risk
areas) and Art. 50 (transparency duties) as summarised in FACTS.md A4-A6. The catalogue covers every
Art. 5 practice (a)-(h) and every Annex III area 1-8; CALIBRATION checks that.
"""

import pandas as pd

NAME = "ai_use_cases"
SEED = 0  # nothing is drawn at random: the rows are written by hand

TIERS = ("prohibited", "high", "limited", "minimal")
REGIONS = ("Groningen", "Fryslân", "Drenthe", "national")
SECTORS = ("agriculture", "business_services", "education", "employment", "energy", "finance", "healthcare",
           "hospitality", "ict", "justice", "law_enforcement", "manufacturing", "media", "migration",
           "public_administration", "retail", "transport", "water")

_P, _H, _L, _M = TIERS
# (tier, legal reference, sector, region, title nl, title en, description nl, description en,
#  reason nl, reason en)
CASES = [
    (_P, "Art. 5(1)(a)", "ict", "national",
     "Verborgen prikkels in een gok-app", "Hidden cues in a betting app",
     "Een gok-app laat heel korte beelden zien die je niet bewust ziet. Ze zetten spelers aan om door te "
     "gaan met wedden. Veel spelers verliezen zo veel geld.",
     "A betting app flashes images too briefly to notice. They nudge players to keep betting, and many "
     "players lose a lot of money.",
     "Verboden: technieken onder de drempel van bewustzijn die gedrag sturen en ernstige schade geven "
     "(art. 5 lid 1 onder a).",
     "Prohibited: subliminal techniques that distort behaviour and cause significant harm (Art. 5(1)(a))."),
    (_P, "Art. 5(1)(b)", "finance", "national",
     "Leningen opdringen aan mensen met schulden", "Pushing loans on people in debt",
     "Een leen-app zoekt mensen met betalingsachterstanden op. Het systeem kiest per persoon de berichten "
     "die de meeste druk zetten, zodat ze een dure lening afsluiten.",
     "A lending app seeks out people who are behind with payments. For each person the system picks the "
     "messages that put on the most pressure, so that they take out an expensive loan.",
     "Verboden: misbruik maken van kwetsbaarheid door een economische situatie, met ernstige schade "
     "(art. 5 lid 1 onder b).",
     "Prohibited: exploiting a vulnerability due to a person's economic situation, with significant harm "
     "(Art. 5(1)(b))."),
    (_P, "Art. 5(1)(b)", "retail", "national",
     "Speelgoed dat kinderen overhaalt", "A toy that talks children into risks",
     "Een pratende pop met spraakassistent moedigt jonge kinderen aan om steeds gevaarlijker uitdagingen "
     "te doen.",
     "A talking doll with a voice assistant encourages young children to try ever more dangerous "
     "challenges.",
     "Verboden: misbruik van de kwetsbaarheid van kinderen door hun leeftijd (art. 5 lid 1 onder b).",
     "Prohibited: exploiting the vulnerability of children due to their age (Art. 5(1)(b))."),
    (_P, "Art. 5(1)(c)", "public_administration", "national",
     "Burgerscore voor sociale huur", "Citizen score for social housing",
     "Een gemeente geeft elke inwoner een score voor 'goed gedrag': op tijd betalen, klachten van buren, "
     "berichten op sociale media. Wie laag scoort, komt achteraan op de wachtlijst voor een huurhuis.",
     "A municipality gives every resident a 'good behaviour' score from paying on time, complaints by "
     "neighbours and social-media posts. People with a low score go to the back of the queue for social "
     "housing.",
     "Verboden: sociale scoring die leidt tot nadeel in een situatie die er niets mee te maken heeft "
     "(art. 5 lid 1 onder c).",
     "Prohibited: social scoring leading to detrimental treatment in an unrelated context (Art. 5(1)(c))."),
    (_P, "Art. 5(1)(d)", "law_enforcement", "national",
     "Inbraak voorspellen uit een profiel", "Predicting burglary from a profile",
     "Software voorspelt welke inwoners een inbraak zullen plegen. Het gebruikt alleen leeftijd, "
     "persoonlijkheid en woonwijk. De politie zet wie hoog scoort op een lijst om in de gaten te houden.",
     "Software predicts which residents will commit a burglary, using only age, personality and "
     "neighbourhood. The police put everyone with a high score on a watch list.",
     "Verboden: voorspellen dat iemand een misdrijf pleegt, alleen op basis van profilering of "
     "persoonlijkheid (art. 5 lid 1 onder d).",
     "Prohibited: predicting that a person will commit a crime based solely on profiling or personality "
     "traits (Art. 5(1)(d))."),
    (_P, "Art. 5(1)(e)", "ict", "national",
     "Gezichtendatabank uit het internet", "A face database scraped from the internet",
     "Een start-up verzamelt automatisch miljoenen foto's van sociale media en beveiligingscamera's. "
     "Zo bouwt het een zoekmachine voor gezichten.",
     "A start-up automatically collects millions of photos from social media and security cameras to "
     "build a search engine for faces.",
     "Verboden: ongericht gezichtsbeelden verzamelen om een databank voor gezichtsherkenning te maken "
     "(art. 5 lid 1 onder e).",
     "Prohibited: untargeted scraping of facial images to build a facial-recognition database "
     "(Art. 5(1)(e))."),
    (_P, "Art. 5(1)(f)", "business_services", "Groningen",
     "Emoties meten in een callcenter", "Measuring emotions in a call centre",
     "Een callcenter in Groningen meet met webcam en stem hoe boos of gestrest medewerkers zijn. De "
     "leidinggevende gebruikt de uitkomst bij de beoordeling.",
     "A call centre in Groningen uses webcams and voice analysis to measure how angry or stressed staff "
     "are. Managers use the result in performance reviews.",
     "Verboden: emotieherkenning op het werk, behalve om medische of veiligheidsredenen (art. 5 lid 1 "
     "onder f).",
     "Prohibited: emotion recognition in the workplace, except for medical or safety reasons "
     "(Art. 5(1)(f))."),
    (_P, "Art. 5(1)(f)", "education", "Drenthe",
     "Verveling herkennen in de klas", "Spotting boredom in the classroom",
     "Een school in Drenthe hangt camera's op die herkennen of leerlingen verveeld, boos of blij zijn. "
     "Docenten krijgen per leerling een overzicht.",
     "A school in Drenthe installs cameras that recognise whether pupils are bored, angry or happy. "
     "Teachers get an overview per pupil.",
     "Verboden: emotieherkenning in het onderwijs, behalve om medische of veiligheidsredenen (art. 5 lid 1 "
     "onder f).",
     "Prohibited: emotion recognition in education, except for medical or safety reasons (Art. 5(1)(f))."),
    (_P, "Art. 5(1)(g)", "retail", "national",
     "Geloof afleiden uit een gezicht", "Inferring religion from a face",
     "Camera's in een winkelcentrum schatten uit het gezicht van bezoekers hun geloof en seksuele "
     "geaardheid. Daarop kiest het systeem welke reclame ze zien.",
     "Cameras in a shopping centre estimate visitors' religion and sexual orientation from their faces and "
     "choose the adverts they see.",
     "Verboden: biometrische categorisering om gevoelige kenmerken zoals geloof of geaardheid af te leiden "
     "(art. 5 lid 1 onder g).",
     "Prohibited: biometric categorisation to infer sensitive traits such as religion or sexual "
     "orientation (Art. 5(1)(g))."),
    (_P, "Art. 5(1)(h)", "law_enforcement", "national",
     "Live gezichten scannen op een station", "Live face scanning at a station",
     "De politie scant de hele dag live alle gezichten in een drukke stationshal. Zo zoekt ze mensen die "
     "verdacht worden van winkeldiefstal.",
     "The police scan every face in a busy station hall live, all day, to find people suspected of "
     "shoplifting.",
     "Verboden: real-time biometrische identificatie op afstand in de openbare ruimte voor de politie; de "
     "smalle uitzonderingen gelden niet voor winkeldiefstal (art. 5 lid 1 onder h).",
     "Prohibited: real-time remote biometric identification in public spaces for law enforcement; the "
     "narrow exceptions do not cover shoplifting (Art. 5(1)(h))."),
    (_H, "Annex III 1(a)", "law_enforcement", "national",
     "Gezichten achteraf vergelijken", "Comparing faces after the event",
     "Na een ongeregeldheid vergelijkt de politie camerabeelden met een databank om daders te vinden. Dat "
     "gebeurt achteraf, niet live.",
     "After a riot, the police compare camera footage with a database to find the people involved. This "
     "happens afterwards, not live.",
     "Hoog risico: biometrische identificatie op afstand (bijlage III punt 1a). Het is niet live, dus niet "
     "verboden, maar er gelden strenge eisen.",
     "High risk: remote biometric identification (Annex III 1(a)). It is not real-time, so not prohibited, "
     "but strict requirements apply."),
    (_H, "Annex III 1(c)", "retail", "Groningen",
     "Emoties van winkelend publiek", "Shoppers' emotions",
     "Een winkelcentrum in Groningen meet met camera's hoe bezoekers reageren op etalages: blij, verrast "
     "of geïrriteerd.",
     "A shopping centre in Groningen uses cameras to measure how visitors react to shop windows: happy, "
     "surprised or annoyed.",
     "Hoog risico: emotieherkenning buiten werk en onderwijs (bijlage III punt 1c). Mensen moeten ook "
     "weten dat het gebeurt (art. 50 lid 3).",
     "High risk: emotion recognition outside work and education (Annex III 1(c)). People must also be told "
     "that it is happening (Art. 50(3))."),
    (_H, "Annex III 2", "water", "Drenthe",
     "AI bewaakt het drinkwater", "AI guarding drinking water",
     "Een waterbedrijf in Drenthe laat AI de pompen en de zuivering regelen. Het systeem grijpt in als de "
     "kwaliteit van het water in gevaar komt.",
     "A water company in Drenthe lets AI control its pumps and treatment. The system steps in when the "
     "quality of the water is at risk.",
     "Hoog risico: veiligheidsonderdeel bij de levering van water (bijlage III punt 2).",
     "High risk: a safety component in the supply of water (Annex III 2)."),
    (_H, "Annex III 2", "transport", "Fryslân",
     "Slimme verkeerslichten en bruggen", "Smart traffic lights and bridges",
     "Op een drukke weg in Fryslân regelt AI de verkeerslichten en het openen van bruggen. Een fout kan "
     "tot ongelukken leiden.",
     "On a busy road in Fryslân, AI controls the traffic lights and when bridges open. A mistake can cause "
     "accidents.",
     "Hoog risico: veiligheidsonderdeel in het wegverkeer (bijlage III punt 2).",
     "High risk: a safety component in road traffic (Annex III 2)."),
    (_H, "Annex III 2", "energy", "Groningen",
     "AI in het regionale gasnet", "AI in the regional gas grid",
     "Een netbeheerder gebruikt AI om de druk in het gasnet te bewaken en kleppen te sturen.",
     "A grid operator uses AI to monitor the pressure in the gas grid and to steer valves.",
     "Hoog risico: veiligheidsonderdeel bij de levering van gas (bijlage III punt 2).",
     "High risk: a safety component in the supply of gas (Annex III 2)."),
    (_H, "Annex III 3(a)", "education", "Groningen",
     "Selectie voor een opleiding met numerus fixus", "Selecting students for a capped programme",
     "Een hogeschool in Groningen laat een model de aanmeldingen rangschikken voor een opleiding met een "
     "vast aantal plaatsen.",
     "A university of applied sciences in Groningen lets a model rank applications for a programme with a "
     "fixed number of places.",
     "Hoog risico: bepalen wie toegang krijgt tot onderwijs (bijlage III punt 3a).",
     "High risk: determining access or admission to education (Annex III 3(a))."),
    (_H, "Annex III 3(b)", "education", "Fryslân",
     "Verslagen automatisch nakijken", "Automatic marking of reports",
     "Een mbo-school in Fryslân laat AI de verslagen van studenten nakijken. Het cijfer telt mee voor het "
     "diploma.",
     "A vocational school in Fryslân lets AI mark students' reports. The mark counts towards the diploma.",
     "Hoog risico: leerresultaten beoordelen (bijlage III punt 3b).",
     "High risk: evaluating learning outcomes (Annex III 3(b))."),
    (_H, "Annex III 3(b)", "education", "national",
     "Lesstof aanpassen aan toetsscores", "Adapting lessons to test scores",
     "Een leerplatform beoordeelt de antwoorden van leerlingen. Op basis daarvan bepaalt het welke "
     "lesstof ze daarna krijgen.",
     "A learning platform assesses pupils' answers and decides from them which lessons they get next.",
     "Hoog risico: leerresultaten beoordelen, ook als dat het leerproces stuurt (bijlage III punt 3b).",
     "High risk: evaluating learning outcomes, including when this steers the learning process "
     "(Annex III 3(b))."),
    (_H, "Annex III 3(c)", "education", "Drenthe",
     "Advies voor het schoolniveau", "Advice on the level of school",
     "Een programma adviseert voor elke leerling in groep 8 of die naar vmbo, havo of vwo moet.",
     "A program advises, for every pupil in the last year of primary school, whether they should go to "
     "vmbo, havo or vwo.",
     "Hoog risico: bepalen welk onderwijsniveau iemand krijgt (bijlage III punt 3c).",
     "High risk: assessing the level of education a person will receive (Annex III 3(c))."),
    (_H, "Annex III 3(d)", "education", "national",
     "Toezicht bij online tentamens", "Online exam proctoring",
     "Tentamensoftware kijkt via de webcam mee en meldt studenten die misschien spieken.",
     "Exam software watches through the webcam and reports students who might be cheating.",
     "Hoog risico: verboden gedrag van studenten tijdens toetsen opsporen (bijlage III punt 3d).",
     "High risk: monitoring and detecting prohibited behaviour of students during tests (Annex III 3(d))."),
    (_H, "Annex III 4(a)", "employment", "Fryslân",
     "Sollicitaties filteren", "Filtering job applications",
     "Een zuivelbedrijf in Fryslân laat AI de cv's van sollicitanten sorteren. Alleen de bovenste tien "
     "worden gelezen.",
     "A dairy company in Fryslân lets AI sort applicants' CVs. Only the top ten are read.",
     "Hoog risico: werving en selectie, zoals sollicitaties filteren (bijlage III punt 4a).",
     "High risk: recruitment and selection, such as filtering applications (Annex III 4(a))."),
    (_H, "Annex III 4(b)", "employment", "Drenthe",
     "Taken verdelen in een magazijn", "Allocating tasks in a warehouse",
     "Een distributiecentrum in Drenthe verdeelt taken met AI en beoordeelt hoe snel elke medewerker werkt.",
     "A distribution centre in Drenthe allocates tasks with AI and rates how fast each worker works.",
     "Hoog risico: taken toewijzen en prestaties van werknemers beoordelen (bijlage III punt 4b).",
     "High risk: allocating tasks and evaluating workers' performance (Annex III 4(b))."),
    (_H, "Annex III 5(a)", "public_administration", "national",
     "Risicoscore voor bijstandsaanvragen", "Risk score for welfare applications",
     "Een gemeente geeft elke aanvraag voor bijstand een risicoscore voor fraude. Aanvragen met een hoge "
     "score worden extra gecontroleerd.",
     "A municipality gives every application for social assistance a fraud risk score. Applications with "
     "a high score get extra checks.",
     "Hoog risico: recht op overheidsuitkeringen beoordelen (bijlage III punt 5a); profilering is altijd hoog "
     "risico (art. 6 lid 3). Denk aan de toeslagenaffaire en SyRI.",
     "High risk: evaluating eligibility for public benefits (Annex III 5(a)); profiling is always high risk "
     "(Art. 6(3)). Compare the childcare benefits scandal and SyRI."),
    (_H, "Annex III 5(a)", "public_administration", "Groningen",
     "Voorrang bij zorg thuis", "Priority for home care",
     "Een gemeente laat een model bepalen welke inwoners als eerste hulp thuis krijgen uit de Wmo.",
     "A municipality lets a model decide which residents are first to get home support under the Social "
     "Support Act (Wmo).",
     "Hoog risico: beslissen over publieke diensten en voorzieningen, ook zorg (bijlage III punt 5a).",
     "High risk: deciding on public assistance services, including care (Annex III 5(a))."),
    (_H, "Annex III 5(b)", "finance", "national",
     "Kredietscore voor een lening", "Credit score for a loan",
     "Een bank beslist met een AI-kredietscore of iemand een persoonlijke lening krijgt.",
     "A bank uses an AI credit score to decide whether someone gets a personal loan.",
     "Hoog risico: kredietwaardigheid van personen beoordelen (bijlage III punt 5b).",
     "High risk: evaluating the creditworthiness of people (Annex III 5(b))."),
    (_H, "Annex III 5(c)", "finance", "national",
     "Premie voor een levensverzekering", "Premium for a life insurance policy",
     "Een verzekeraar berekent met AI het risico en de premie voor een levensverzekering.",
     "An insurer uses AI to work out the risk and the premium of a life insurance policy.",
     "Hoog risico: risico en prijs bij levens- en ziektekostenverzekeringen (bijlage III punt 5c).",
     "High risk: risk assessment and pricing in life and health insurance (Annex III 5(c))."),
    (_H, "Annex III 5(d)", "healthcare", "national",
     "Noodoproepen sorteren", "Sorting emergency calls",
     "Een meldkamer laat AI inschatten welke noodoproepen het meest dringend zijn en welke ambulance gaat.",
     "An emergency control room lets AI judge which calls are most urgent and which ambulance goes.",
     "Hoog risico: noodoproepen indelen en hulpdiensten inzetten (bijlage III punt 5d).",
     "High risk: classifying emergency calls and dispatching emergency services (Annex III 5(d))."),
    (_H, "Annex III 6", "law_enforcement", "national",
     "Betrouwbaarheid van bewijs", "Reliability of evidence",
     "De politie laat AI beoordelen hoe betrouwbaar bewijs in een strafzaak is.",
     "The police let AI assess how reliable the evidence in a criminal case is.",
     "Hoog risico: AI bij rechtshandhaving, zoals bewijs beoordelen (bijlage III punt 6).",
     "High risk: AI in law enforcement, such as assessing evidence (Annex III 6)."),
    (_H, "Annex III 7", "migration", "national",
     "Hulp bij asielaanvragen", "Help with asylum applications",
     "Een immigratiedienst gebruikt AI om asielaanvragen te onderzoeken en een advies te geven.",
     "An immigration service uses AI to examine asylum applications and give advice.",
     "Hoog risico: migratie en asiel, zoals aanvragen onderzoeken (bijlage III punt 7).",
     "High risk: migration and asylum, such as examining applications (Annex III 7)."),
    (_H, "Annex III 8", "justice", "national",
     "Ondersteuning van rechters", "Support for judges",
     "Een rechtbank test een systeem dat rechters helpt feiten te onderzoeken en de wet toe te passen.",
     "A court tests a system that helps judges research the facts and apply the law.",
     "Hoog risico: rechtspraak ondersteunen (bijlage III punt 8).",
     "High risk: assisting judicial authorities (Annex III 8)."),
    (_H, "Annex III 8", "media", "national",
     "Kiezers beïnvloeden", "Influencing voters",
     "Een bureau bouwt een systeem dat kiezers gericht berichten stuurt om hun stem bij de "
     "Provinciale Statenverkiezingen te beïnvloeden.",
     "An agency builds a system that sends voters targeted messages to influence their vote in the "
     "provincial elections.",
     "Hoog risico: systemen om de uitslag van verkiezingen of stemgedrag te beïnvloeden (bijlage III punt 8).",
     "High risk: systems meant to influence the outcome of elections or voting behaviour (Annex III 8)."),
    (_L, "Art. 50(1)", "public_administration", "Fryslân",
     "Chatbot op de website van de gemeente", "Chatbot on the municipality's website",
     "Een gemeente in Fryslân zet een chatbot op de website. Die beantwoordt vragen over afval, "
     "paspoorten en openingstijden.",
     "A municipality in Fryslân puts a chatbot on its website. It answers questions about waste, "
     "passports and opening hours.",
     "Beperkt risico: mensen moeten weten dat ze met AI praten (art. 50 lid 1).",
     "Limited risk: people must be told that they are talking to AI (Art. 50(1))."),
    (_L, "Art. 50(1)", "retail", "Groningen",
     "Chatbot van een webwinkel", "A webshop's chatbot",
     "Een kleine webwinkel in Groningen helpt klanten met een chatbot bij vragen over bestellingen.",
     "A small webshop in Groningen helps customers with a chatbot for questions about orders.",
     "Beperkt risico: de klant moet weten dat het een chatbot is (art. 50 lid 1).",
     "Limited risk: the customer must know it is a chatbot (Art. 50(1))."),
    (_L, "Art. 50(1)", "healthcare", "Drenthe",
     "Afspraken maken met een spraakassistent", "Booking appointments with a voice assistant",
     "Een huisartsenpraktijk in Drenthe laat een computerstem de telefoon opnemen om afspraken te plannen.",
     "A GP practice in Drenthe lets a computer voice answer the phone to book appointments.",
     "Beperkt risico: bellers moeten horen dat ze met AI spreken (art. 50 lid 1).",
     "Limited risk: callers must be told that they are speaking to AI (Art. 50(1))."),
    (_L, "Art. 50(2)", "ict", "Groningen",
     "Een beeldgenerator aanbieden", "Offering an image generator",
     "Een ict-bedrijf in Groningen verkoopt een dienst die plaatjes maakt bij een korte tekst.",
     "An ICT company in Groningen sells a service that makes pictures from a short text.",
     "Beperkt risico: de aanbieder moet gemaakte beelden herkenbaar markeren als AI-materiaal "
     "(art. 50 lid 2).",
     "Limited risk: the provider must mark generated images as AI-generated in a machine-readable way "
     "(Art. 50(2))."),
    (_L, "Art. 50(4)", "hospitality", "Fryslân",
     "Deepfake in een reclame voor de Wadden", "A deepfake in an advert for the Wadden Islands",
     "Een toeristenbureau maakt een video waarin een bekende schaatser met AI nagemaakt wordt. Hij lijkt "
     "echt reclame te maken voor een eiland.",
     "A tourist office makes a video in which a famous skater is recreated with AI. He appears to promote "
     "an island for real.",
     "Beperkt risico: een deepfake moet duidelijk als nagemaakt worden aangegeven (art. 50 lid 4).",
     "Limited risk: a deepfake must be clearly disclosed as artificially made (Art. 50(4))."),
    (_L, "Art. 50(4)", "media", "Drenthe",
     "Nieuwsberichten door AI", "News items written by AI",
     "Een regionale nieuwssite plaatst door AI geschreven berichten over de gemeenteraad, zonder dat een "
     "redacteur ze controleert.",
     "A regional news site publishes AI-written items about the municipal council without an editor "
     "checking them.",
     "Beperkt risico: tekst over zaken van algemeen belang moet als AI-tekst gemeld worden als geen "
     "redacteur verantwoordelijk is (art. 50 lid 4).",
     "Limited risk: text on matters of public interest must be disclosed as AI-generated when no editor "
     "takes responsibility (Art. 50(4))."),
    (_L, "Art. 50(1)", "transport", "Fryslân",
     "Reisinformatie op de veerboot", "Travel information on the ferry",
     "Passagiers op een veerboot naar de Wadden kunnen vragen stellen aan een digitale assistent.",
     "Passengers on a ferry to the Wadden Islands can ask questions to a digital assistant.",
     "Beperkt risico: passagiers moeten weten dat ze met AI praten (art. 50 lid 1).",
     "Limited risk: passengers must be told that they are talking to AI (Art. 50(1))."),
    (_M, "none", "business_services", "Groningen",
     "Spamfilter", "Spam filter",
     "Een accountantskantoor in Groningen filtert spam uit de mailbox met een zelflerend filter.",
     "An accountancy firm in Groningen filters spam out of its mailbox with a self-learning filter.",
     "Minimaal risico: geen extra plichten uit de AI-verordening.",
     "Minimal risk: no specific obligations under the AI Act."),
    (_M, "none", "transport", "Drenthe",
     "Routes plannen voor vrachtwagens", "Planning lorry routes",
     "Een transportbedrijf in Drenthe plant elke dag de kortste routes voor zijn vrachtwagens met AI.",
     "A haulage firm in Drenthe uses AI to plan the shortest routes for its lorries every day.",
     "Minimaal risico: een planningshulp zonder beslissingen over mensen.",
     "Minimal risk: a planning aid that makes no decisions about people."),
    (_M, "none", "agriculture", "Fryslân",
     "Onderhoud van melkrobots voorspellen", "Predicting maintenance of milking robots",
     "Een melkveehouder in Fryslân krijgt een seintje als een melkrobot waarschijnlijk snel kapot gaat.",
     "A dairy farmer in Fryslân gets a warning when a milking robot is likely to break down soon.",
     "Minimaal risico: voorspellend onderhoud aan een machine.",
     "Minimal risk: predictive maintenance of a machine."),
    (_M, "none", "retail", "Groningen",
     "Verkoop van een bakkerij voorspellen", "Forecasting a bakery's sales",
     "Een bakkerij voorspelt hoeveel broden ze morgen verkoopt, met het weer en de dag van de week.",
     "A bakery forecasts how many loaves it will sell tomorrow from the weather and the day of the week.",
     "Minimaal risico: een voorspelling voor de eigen voorraad.",
     "Minimal risk: a forecast for its own stock."),
    (_M, "none", "energy", "Drenthe",
     "Opbrengst van een zonnepark voorspellen", "Forecasting a solar park's output",
     "Een zonnepark voorspelt de opbrengst van morgen om stroom te kunnen verkopen.",
     "A solar park forecasts tomorrow's output so that it can sell the electricity.",
     "Minimaal risico: een verkoopvoorspelling, geen veiligheidsonderdeel van het net.",
     "Minimal risk: a sales forecast, not a safety component of the grid."),
    (_M, "none", "ict", "Groningen",
     "Tegenstanders in een computerspel", "Opponents in a video game",
     "Een gamestudio in Groningen gebruikt AI voor slimme tegenstanders in een spel.",
     "A game studio in Groningen uses AI for clever opponents in a game.",
     "Minimaal risico: AI in videospellen.",
     "Minimal risk: AI in video games."),
    (_M, "none", "agriculture", "Drenthe",
     "Ziekte in aardappelen herkennen", "Detecting disease in potatoes",
     "Een akkerbouwer in Drenthe laat een drone foto's maken. AI wijst plekken aan met zieke planten.",
     "An arable farmer in Drenthe has a drone take photos. AI points out patches with diseased plants.",
     "Minimaal risico: advies over gewassen, geen beslissing over mensen.",
     "Minimal risk: advice about crops, no decision about people."),
    (_M, "none", "business_services", "Fryslân",
     "Facturen inlezen", "Reading invoices",
     "Een administratiekantoor in Fryslân leest facturen in met AI. Een medewerker controleert de boeking.",
     "An administration office in Fryslân reads invoices with AI. An employee checks each entry.",
     "Minimaal risico: kantoorautomatisering met een mens die controleert.",
     "Minimal risk: office automation with a person who checks."),
    (_M, "none", "public_administration", "Fryslân",
     "Vertalen tussen Fries en Nederlands", "Translating between Frisian and Dutch",
     "Medewerkers van een provincie vertalen interne notities tussen Fries en Nederlands met een "
     "vertaalprogramma.",
     "Staff of a province translate internal notes between Frisian and Dutch with a translation program.",
     "Minimaal risico: een vertaalhulp voor eigen gebruik.",
     "Minimal risk: a translation aid for internal use."),
    (_M, "none", "business_services", "Drenthe",
     "E-mails van klanten sorteren", "Sorting customer e-mails",
     "Een installatiebedrijf in Drenthe sorteert binnenkomende e-mails per onderwerp, zodat de juiste "
     "collega ze ziet.",
     "An installation company in Drenthe sorts incoming e-mails by topic so that the right colleague "
     "sees them.",
     "Minimaal risico: post sorteren, een mens beslist.",
     "Minimal risk: sorting mail; a person decides."),
    (_M, "none", "manufacturing", "Fryslân",
     "Kaas controleren op de lopende band", "Checking cheese on the production line",
     "Een kaasmakerij in Fryslân laat een camera kazen met een scheur of vlek uit de rij halen.",
     "A cheese dairy in Fryslân lets a camera remove cheeses with a crack or a stain from the line.",
     "Minimaal risico: kwaliteitscontrole van producten.",
     "Minimal risk: quality control of products."),
    (_M, "none", "public_administration", "Groningen",
     "Boeken aanraden in de bibliotheek", "Recommending library books",
     "De app van een bibliotheek raadt boeken aan op basis van wat je eerder leende.",
     "A library's app recommends books based on what you borrowed before.",
     "Minimaal risico: aanbevelingen zonder grote gevolgen.",
     "Minimal risk: recommendations without serious consequences."),
]

COLUMNS = ("case_id", "title_nl", "title_en", "description_nl", "description_en", "sector", "risk_tier",
           "legal_reference", "reason_nl", "reason_en", "region")

_FACTS_A5 = ("PowerQuant, 'Prohibited AI practices - EU AI Act Article 5' (FACTS.md A5), "
             "https://powerquant.dk/en/prohibited-ai-practices-article-5")
_FACTS_A6 = ("Annex III high-risk areas, consolidated text (FACTS.md A6), "
             "https://euai-act.com/articles/annex-iii-explained")
CALIBRATION = [
    {"name": "article5_practices_covered", "target": 8.0, "tolerance": 0.0, "source": _FACTS_A5,
     "note": "Number of different Art. 5(1) practices, (a) to (h), with at least one prohibited case."},
    {"name": "annex3_areas_covered", "target": 8.0, "tolerance": 0.0, "source": _FACTS_A6,
     "note": "Number of different Annex III areas, 1 to 8, with at least one high-risk case."},
]


_REFERENCE_PATTERN = r"Art\. 5\(1\)\([a-h]\)|Annex III [1-8](\([a-d]\))?|Art\. 50\([1-4]\)|none"


def _text(name, description, **extra):
    return dict({"name": name, "type": "string", "description": description,
                 "constraints": {"required": True, "minLength": 3}}, **extra)


RESOURCES = {
    "ai_use_cases": {
        "title": "AI use cases and their EU AI Act risk tier (hand-written, fictional)",
        "description": "A bilingual catalogue of invented AI use cases, many set in Groningen, Fryslân "
                       "and Drenthe, each with its risk tier under the EU AI Act and a short reason citing "
                       "the article or Annex III point. Tweetalige catalogus van AI-toepassingen met "
                       "risicoklasse.",
        "schema": {
            "fields": [
                {"name": "case_id", "type": "string", "description": "Case identifier, UC01...",
                 "constraints": {"required": True, "unique": True, "pattern": "UC[0-9]{2}"}},
                _text("title_nl", "Short title (Dutch)"),
                _text("title_en", "Short title (English)"),
                _text("description_nl", "What the system does (Dutch, B1 level)"),
                _text("description_en", "What the system does (English)"),
                {"name": "sector", "type": "string", "description": "Sector of the organisation using it",
                 "constraints": {"required": True, "enum": list(SECTORS)}},
                {"name": "risk_tier", "type": "string", "description": "Risk tier under the EU AI Act",
                 "constraints": {"required": True, "enum": list(TIERS)}},
                _text("legal_reference", "Article or Annex III point the tier rests on ('none' for minimal)",
                      constraints={"required": True, "pattern": _REFERENCE_PATTERN}),
                _text("reason_nl", "Why this tier (Dutch), citing the article"),
                _text("reason_en", "Why this tier (English), citing the article"),
                {"name": "region", "type": "string", "description": "Where the case is set",
                 "constraints": {"required": True, "enum": list(REGIONS)}},
            ],
            "primaryKey": ["case_id"],
            "missingValues": [""],
        },
    },
}


def generate():
    """Return {"ai_use_cases": frame} with the hand-written cases in a fixed order."""
    rows = []
    for number, case in enumerate(CASES, start=1):
        tier, reference, sector, region, title_nl, title_en, desc_nl, desc_en, reason_nl, reason_en = case
        rows.append({"case_id": f"UC{number:02d}", "title_nl": title_nl, "title_en": title_en,
                     "description_nl": desc_nl, "description_en": desc_en, "sector": sector,
                     "risk_tier": tier, "legal_reference": reference, "reason_nl": reason_nl,
                     "reason_en": reason_en, "region": region})
    return {"ai_use_cases": pd.DataFrame(rows, columns=list(COLUMNS))}


def measure(frames):
    """How many Art. 5 practices and Annex III areas the catalogue covers."""
    cases = frames["ai_use_cases"]
    refs = cases["legal_reference"]
    letters = refs[cases["risk_tier"] == "prohibited"].str.extract(r"^Art\. 5\(1\)\(([a-h])\)")[0].dropna()
    areas = refs[cases["risk_tier"] == "high"].str.extract(r"^Annex III ([1-8])")[0].dropna()
    return {"article5_practices_covered": float(letters.nunique()), "annex3_areas_covered": float(areas.nunique())}
