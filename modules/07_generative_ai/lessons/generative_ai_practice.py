"""Practice checks for module 07_generative_ai: instant feedback, tiered hints and solutions, Dutch and English.

A lesson notebook loads its own set once, in its own language::

    from generative_ai_practice import exercises, options
    q = exercises("01_next_word", "nl")
    q.n_tokens.check(n_tokens)

Expected values are computed from the course corpora (``corpus_nl.txt`` / ``corpus_en.txt``, written for this
course) when a check runs, with the same code and settings as the lesson notebooks: change one, change both
(a test swaps every solution into its notebook and requires "correct", so drift shows up there).

``CHOICE_ITEMS`` holds every multiple-choice item of the lessons with its key and a per-option explanation in
both languages; items about a case of the AI use-case catalogue carry ``case=<case_id>`` and use the
catalogue's tier names as option keys (their key must equal the catalogue's ``risk_tier``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

from autograder.practice import ChoiceItem, Exercise, ExerciseSet, Incorrect, Text, boolean, number, computed_number

HERE = Path(__file__).resolve().parent
EMAILS = HERE.parents[2] / "datasets" / "data" / "admin_emails.csv"
CATALOGUE = HERE.parents[2] / "datasets" / "data" / "ai_use_cases.csv"

# Settings the lessons use (change one, change both).
EXAMPLE_PAIR = {"nl": ("de", "veerboot"), "en": ("the", "ferry")}   # lesson 1: word and next word
COLD = 0.5                                                          # lesson 2: a low temperature
HOT, HOT_SEED, HOT_WORDS = 1.5, 7, 100                              # lesson 2: a hot text for novel_share
FALSE_SENTENCE = {"nl": "assen is de hoofdstad van fryslân", "en": "assen is the capital of fryslân"}


# -- the text tools the lessons build (the notebooks show the same code) -------------------------------


def corpus(lang: str) -> str:
    """The course corpus in ``lang``: original text about life and work in the North, written for AI Noord."""
    return (HERE / f"corpus_{lang}.txt").read_text(encoding="utf-8")


def tokenize(text: str) -> list[str]:
    """Lower-case words and punctuation marks, each a token."""
    return re.findall(r"\w+|[^\w\s]", text.lower())


def detokenize(tokens: list[str]) -> str:
    """Tokens back to readable text: no space before punctuation, a capital after a full stop."""
    text = " ".join(tokens)
    text = re.sub(r" ([.,!?:;])", r"\1", text)
    text = re.sub(r" ' ", "'", text)
    text = re.sub(r" - ", "-", text)
    text = re.sub(r"(^|[.!?] )(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
    return text


def _follow(tokens: list[str]) -> dict[str, Counter]:
    follow: dict[str, Counter] = defaultdict(Counter)
    for current, nxt in zip(tokens, tokens[1:]):
        follow[current][nxt] += 1
    return follow


def _next_word_probs(follow: dict[str, Counter], word: str) -> dict[str, float]:
    total = sum(follow[word].values())
    return {w: c / total for w, c in sorted(follow[word].items())}


def _apply_temperature(probs: dict[str, float], temperature: float) -> dict[str, float]:
    weights = {w: p ** (1 / temperature) for w, p in probs.items()}
    total = sum(weights.values())
    return {w: v / total for w, v in weights.items()}


def _generate(follow: dict[str, Counter], start: str, n_words: int, temperature: float, seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    words = [start]
    for _ in range(n_words):
        probs = _next_word_probs(follow, words[-1])
        if not probs:
            break
        probs = _apply_temperature(probs, temperature)
        candidates = list(probs)
        words.append(candidates[rng.choice(len(candidates), p=list(probs.values()))])
    return words


def _novel_share(generated: list[str], training: list[str], n: int = 3) -> float:
    seen = set(zip(*[training[i:] for i in range(n)]))
    new = list(zip(*[generated[i:] for i in range(n)]))
    return sum(gram not in seen for gram in new) / len(new)


def _tokens(lang: str) -> list[str]:
    return tokenize(corpus(lang))


# -- the prompt used in lesson 3 (all details are made up) ---------------------------------------------

_PROMPTS = {
    "nl": ("Schrijf een vriendelijk antwoord op deze klacht. Klant: Froukje de Vries, Stationsweg 12, 9401 KL Assen, "
           "froukje.devries@voorbeeldmail.nl, telefoon 06-12345678. Zij schrijft: mijn bestelling 4471 kwam "
           "beschadigd aan en ik heb al twee keer gemaild naar klantenservice@fietsonderdelen-assen.nl. Ze heeft "
           "ook last van haar rug sinds ze de doos tilde. Haar man, Jelle de Vries (jelle.dv@voorbeeldmail.nl), "
           "wil zijn geld terug op NL91ABNA0417164300."),
    "en": ("Write a friendly reply to this complaint. Customer: Froukje de Vries, Stationsweg 12, 9401 KL Assen, "
           "froukje.devries@examplemail.nl, phone 06-12345678. She writes: my order 4471 arrived damaged and I "
           "have already e-mailed customerservice@bikeparts-assen.nl twice. She has also had back pain since she "
           "lifted the box. Her husband, Jelle de Vries (jelle.dv@examplemail.nl), wants his money back on "
           "NL91ABNA0417164300."),
}


def sample_prompt(lang: str) -> str:
    """A prompt that an employee might want to paste into a chatbot (made-up people and numbers)."""
    return _PROMPTS[lang]


_CHECKS = [
    ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
     {"nl": "e-mailadres", "en": "e-mail address"}),
    ("phone", r"(?:\+31|0)6[- ]?\d{8}\b|\b0\d{2,3}[- ]?\d{6,7}\b",
     {"nl": "telefoonnummer", "en": "phone number"}),
    ("postcode", r"\b\d{4} ?[A-Z]{2}\b", {"nl": "postcode", "en": "postcode"}),
    ("iban", r"\b[A-Z]{2}\d{2}[A-Z]{4}\d{10}\b", {"nl": "rekeningnummer (IBAN)", "en": "bank account number (IBAN)"}),
    ("bsn", r"(?<![\w-])\d{9}(?![\w-])", {"nl": "mogelijk een BSN (9 cijfers)", "en": "possibly a citizen service number (9 digits)"}),
]
_SENSITIVE_WORDS = {
    "health": ({"nl": ["ziek", "ziekte", "diagnose", "medicijn", "rug", "pijn", "zwanger", "depressie", "dokter",
                       "ziekenhuis", "suikerziekte"],
                "en": ["ill", "illness", "sick", "diagnosis", "medicine", "medication", "back pain", "pregnant",
                       "depression", "doctor", "hospital", "diabetes"]},
               {"nl": "woorden over gezondheid (bijzondere persoonsgegevens, artikel 9 AVG)",
                "en": "words about health (special-category data, Article 9 GDPR)"}),
    "secret": ({"nl": ["geheim", "vertrouwelijk", "inkoopprijs", "marge", "wachtwoord", "offerte"],
                "en": ["secret", "confidential", "purchase price", "margin", "password", "quote"]},
               {"nl": "woorden die op bedrijfsgeheimen wijzen", "en": "words that point to trade secrets"}),
}


def find_personal_details(text: str, lang: str) -> list[tuple[str, str]]:
    """(kind, match) for every detail in ``text`` that should not go into a public chatbot. A simple filter:
    it misses names and context, so a person must still read the text."""
    found = []
    for kind, pattern, label in _CHECKS:
        for match in re.findall(pattern, text):
            found.append((label[lang], match))
    lowered = text.lower()
    for words, label in _SENSITIVE_WORDS.values():
        for word in words[lang]:
            if re.search(r"\b" + re.escape(word) + r"\b", lowered):
                found.append((label[lang], word))
    return found


def prompt_checker(lang: str):
    """A text box and a button: which details in the text should not go into a public chatbot?

    Works by keyboard: Tab to the box, type or paste, Tab to the button, Enter.
    """
    import ipywidgets as widgets
    from IPython.display import Markdown, display

    texts = {"nl": {"button": "Controleer mijn prompt", "none": "Ik vind geen e-mailadressen, nummers of gevoelige "
                    "woorden. Lees de tekst toch zelf na: namen en situaties herkent dit filter niet.",
                    "found": "Haal dit weg of maak het algemeen voordat je de tekst in een chatbot zet:",
                    "names": "Let ook op namen en op details waarmee je iemand herkent. Die vindt dit filter niet."},
             "en": {"button": "Check my prompt", "none": "I find no e-mail addresses, numbers or sensitive words. "
                    "Still read the text yourself: this filter does not recognise names and situations.",
                    "found": "Remove this or make it general before you put the text into a chatbot:",
                    "names": "Also look out for names and details that identify someone. This filter does not find "
                    "them."}}[lang]
    box = widgets.Textarea(value=sample_prompt(lang), layout=widgets.Layout(width="95%", height="8em"))
    button = widgets.Button(description=texts["button"], button_style="primary", layout=widgets.Layout(width="auto"))
    output = widgets.Output()

    def on_click(_button) -> None:
        output.clear_output()
        found = find_personal_details(box.value, lang)
        with output:
            if not found:
                display(Markdown(texts["none"]))
                return
            lines = [texts["found"], ""] + [f"- **{kind}:** `{match}`" for kind, match in found]
            lines += ["", texts["names"]]
            display(Markdown("\n".join(lines)))

    button.on_click(on_click)
    return widgets.VBox([box, button, output])


# -- the multiple-choice items of the lessons -----------------------------------------------------------

TIER_LABELS: dict[str, Text] = {
    "prohibited": {"nl": "Verboden (artikel 5)", "en": "Prohibited (Article 5)"},
    "high": {"nl": "Hoog risico (bijlage III)", "en": "High risk (Annex III)"},
    "limited": {"nl": "Beperkt risico: transparantieplicht (artikel 50)",
                "en": "Limited risk: transparency duty (Article 50)"},
    "minimal": {"nl": "Minimaal risico: geen extra plichten", "en": "Minimal risk: no extra duties"},
}

_NOT_PROHIBITED = {"nl": "Dit staat niet in de lijst van verboden praktijken (artikel 5).",
                   "en": "This is not on the list of prohibited practices (Article 5)."}
_NOT_HIGH = {"nl": "Dit hoort niet bij de gebieden met hoog risico van bijlage III, zoals werk, onderwijs of "
                   "uitkeringen.",
             "en": "This is not one of the high-risk areas of Annex III, such as work, education or benefits."}

CHOICE_ITEMS: dict[str, ChoiceItem] = {
    # lesson 1
    "greedy_loop": ChoiceItem(
        options={
            "a": {"nl": "De computer is moe en herhaalt zichzelf.", "en": "The computer is tired and repeats itself."},
            "b": {"nl": "Na een woord kiest hij altijd hetzelfde volgende woord. Komt een woord terug, dan komt de "
                        "hele rij terug.",
                  "en": "After a word it always picks the same next word. When a word comes back, the whole "
                        "sequence comes back."},
            "c": {"nl": "De trainingstekst bestaat uit steeds dezelfde zin.",
                  "en": "The training text consists of the same sentence over and over."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Een computer wordt niet moe. Het gedrag volgt precies uit de regel 'kies het vaakste woord'.",
                  "en": "A computer does not get tired. The behaviour follows exactly from the rule 'pick the most "
                        "frequent word'."},
            "b": {"nl": "Goed. Zonder toeval is de keuze na elk woord vast. Daarom voegen we toeval toe.",
                  "en": "Right. Without chance the choice after each word is fixed. That is why we add chance."},
            "c": {"nl": "De tekst is gevarieerd: je zag het begin hierboven. De herhaling komt door de keuzeregel.",
                  "en": "The text is varied: you saw its start above. The repetition comes from the choice rule."},
        },
    ),
    # lesson 2
    "temperature_effect": ChoiceItem(
        options={
            "a": {"nl": "De tekst wordt voorspelbaarder: het model kiest vaker het meest waarschijnlijke woord.",
                  "en": "The text becomes more predictable: the model picks the most likely word more often."},
            "b": {"nl": "De tekst wordt verrassender: zeldzame woorden krijgen meer kans.",
                  "en": "The text becomes more surprising: rare words get more of a chance."},
            "c": {"nl": "Het model leert er nieuwe woorden bij.", "en": "The model learns new words."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Dat gebeurt bij een lage temperatuur. Bij een hoge temperatuur worden de kansen gelijker.",
                  "en": "That happens at a low temperature. At a high temperature the chances become more equal."},
            "b": {"nl": "Goed. Een hoge temperatuur maakt de kansen gelijker. Zeldzame woorden komen dan vaker voor.",
                  "en": "Right. A high temperature makes the chances more equal, so rare words appear more often."},
            "c": {"nl": "De temperatuur verandert alleen hoe het model kiest. Het kent daarna nog precies dezelfde "
                        "woorden.",
                  "en": "The temperature only changes how the model chooses. It still knows exactly the same words."},
        },
    ),
    "hallucination_why": ChoiceItem(
        options={
            "a": {"nl": "Het model weet het goede antwoord, maar liegt expres.",
                  "en": "The model knows the right answer but lies on purpose."},
            "b": {"nl": "Het model plakt stukjes aan elkaar die vaak samen voorkomen. Of de zin klopt, controleert het "
                        "niet.",
                  "en": "The model glues together pieces that often occur together. It never checks whether the "
                        "sentence is true."},
            "c": {"nl": "De zin staat zo in de trainingstekst.", "en": "The sentence is in the training text like that."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Het model weet niets en wil niets. Het telt alleen welke woorden op elkaar volgen.",
                  "en": "The model knows nothing and wants nothing. It only counts which words follow each other."},
            "b": {"nl": "Goed. Elk stukje komt uit de tekst, maar de combinatie is nieuw en onwaar. Dat heet "
                        "'hallucineren'.",
                  "en": "Right. Every piece comes from the text, but the combination is new and false. That is "
                        "called 'hallucinating'."},
            "c": {"nl": "Nee: je hebt net gecontroleerd dat de zin niet in de tekst staat.",
                  "en": "No: you just checked that the sentence is not in the text."},
        },
    ),
    "token_meaning": ChoiceItem(
        options={
            "a": {"nl": "Een munt waarmee je de chatbot betaalt.", "en": "A coin you pay the chatbot with."},
            "b": {"nl": "Een stukje tekst: een woord, een deel van een woord of een leesteken.",
                  "en": "A piece of text: a word, part of a word or a punctuation mark."},
            "c": {"nl": "Een feit dat het model heeft onthouden.", "en": "A fact the model has memorised."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Sommige diensten rekenen wel per token, maar een token zelf is een stukje tekst.",
                  "en": "Some services do charge per token, but a token itself is a piece of text."},
            "b": {"nl": "Goed. Ons model gebruikt hele woorden. Grote modellen knippen woorden vaak in stukjes.",
                  "en": "Right. Our model uses whole words. Large models often cut words into pieces."},
            "c": {"nl": "Een model slaat geen losse feiten op als tokens. Het leert kansen voor het volgende stukje tekst.",
                  "en": "A model does not store separate facts as tokens. It learns chances for the next piece of text."},
        },
    ),
    # lesson 3
    "paste_ok": ChoiceItem(
        options={
            "a": {"nl": "Een klacht van een klant, met naam en adres erin.",
                  "en": "A customer's complaint, with name and address in it."},
            "b": {"nl": "Het cv van een sollicitant, om een samenvatting te krijgen.",
                  "en": "An applicant's CV, to get a summary."},
            "c": {"nl": "\"Schrijf een korte tekst over onze nieuwe openingstijden in de kerstweek.\"",
                  "en": "\"Write a short text about our new opening hours in Christmas week.\""},
        },
        answer="c",
        explanations={
            "a": {"nl": "Naam en adres zijn persoonsgegevens. Die deel je dan met het bedrijf achter de chatbot. Haal ze "
                        "eerst weg.",
                  "en": "Name and address are personal data. You would share them with the company behind the chatbot. "
                        "Remove them first."},
            "b": {"nl": "Een cv zit vol persoonsgegevens. Sollicitanten hebben hun cv niet daarvoor gestuurd "
                        "(doelbinding).",
                  "en": "A CV is full of personal data. Applicants did not send their CV for that purpose "
                        "(purpose limitation)."},
            "c": {"nl": "Goed. Hier staan geen persoonsgegevens en geen geheimen in.",
                  "en": "Right. There are no personal data and no secrets in it."},
        },
    ),
    "complaint_email": ChoiceItem(
        options={
            "a": {"nl": "De hele e-mail in de chatbot plakken; dat is het snelst.",
                  "en": "Paste the whole e-mail into the chatbot; that is quickest."},
            "b": {"nl": "Eerst naam, adres, nummers en andere herkenbare details weghalen, en nagaan of je bedrijf deze "
                        "chatbot toestaat.",
                  "en": "First remove name, address, numbers and other identifying details, and check whether your "
                        "company allows this chatbot."},
            "c": {"nl": "De e-mail doorsturen naar je privé-mailadres en thuis de chatbot gebruiken.",
                  "en": "Forward the e-mail to your private address and use the chatbot at home."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Dan deel je persoonsgegevens van de klant met een ander bedrijf, zonder dat de klant dat weet.",
                  "en": "Then you share the customer's personal data with another company, without the customer "
                        "knowing."},
            "b": {"nl": "Goed. Minder gegevens is minder risico (minimale gegevens). Volg ook de afspraken van je "
                        "organisatie.",
                  "en": "Right. Fewer data means less risk (data minimisation). Also follow your organisation's rules."},
            "c": {"nl": "Dat is nog erger: nu staan de gegevens ook in je privémail, buiten de beveiliging van je werk.",
                  "en": "That is even worse: now the data also sit in your private mail, outside your work's "
                        "security."},
        },
    ),
    "check_output": ChoiceItem(
        options={
            "a": {"nl": "Plaatsen. De chatbot klinkt heel zeker.", "en": "Publish it. The chatbot sounds very sure."},
            "b": {"nl": "De datum opzoeken in een betrouwbare bron, zoals de wettekst op EUR-Lex.",
                  "en": "Look the date up in a reliable source, such as the legal text on EUR-Lex."},
            "c": {"nl": "De chatbot vragen of hij het zeker weet, en plaatsen als hij 'ja' zegt.",
                  "en": "Ask the chatbot whether it is sure, and publish if it says 'yes'."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Zeker klinken is geen bewijs. Een taalmodel klinkt altijd zeker, ook als het iets verzint.",
                  "en": "Sounding sure is no proof. A language model always sounds sure, also when it makes things "
                        "up."},
            "b": {"nl": "Goed. De datum klopt niet: de AI-verordening gaat in stappen gelden, vanaf 2 februari 2025. "
                        "Controleer feiten altijd in een bron.",
                  "en": "Right. The date is wrong: the AI Act applies in steps, from 2 February 2025. Always check facts "
                        "in a source."},
            "c": {"nl": "Het model kan ook over zijn eigen antwoord iets verzinnen. 'Ja' zegt niets.",
                  "en": "The model can also make things up about its own answer. 'Yes' proves nothing."},
        },
    ),
    "tier_uc33": ChoiceItem(
        options=dict(TIER_LABELS), answer="limited", case="UC33",
        explanations={
            "prohibited": _NOT_PROHIBITED,
            "high": _NOT_HIGH,
            "limited": {"nl": "Goed. De klant moet weten dat hij met een chatbot praat (artikel 50).",
                        "en": "Right. The customer must know they are talking to a chatbot (Article 50)."},
            "minimal": {"nl": "Er geldt wel een plicht: de klant moet weten dat hij met AI praat.",
                        "en": "A duty does apply: the customer must know they are talking to AI."},
        },
    ),
    "tier_uc37": ChoiceItem(
        options=dict(TIER_LABELS), answer="limited", case="UC37",
        explanations={
            "prohibited": _NOT_PROHIBITED,
            "high": {"nl": "Invloed op verkiezingen is hoog risico, maar hier schrijft AI alleen berichten. Dan geldt "
                           "de transparantieplicht.",
                     "en": "Influencing elections is high risk, but here AI only writes news items. Then the "
                           "transparency duty applies."},
            "limited": {"nl": "Goed. Lezers moeten kunnen zien dat AI de tekst maakte (artikel 50).",
                        "en": "Right. Readers must be able to see that AI made the text (Article 50)."},
            "minimal": {"nl": "Lezers moeten weten dat AI de tekst schreef. Dat is een plicht uit artikel 50.",
                        "en": "Readers must know that AI wrote the text. That is a duty under Article 50."},
        },
    ),
}


def options(item_id: str) -> dict[str, Text]:
    """The answer options of a multiple-choice item, for ``choice_widget``."""
    return dict(CHOICE_ITEMS[item_id].options)


def _choice(item_id: str, level: str, hints: list[Text]) -> Exercise:
    """An exercise whose checker is the item's own: the keyed answer is correct, every other option explained."""
    return CHOICE_ITEMS[item_id].exercise(item_id, level, hints)


# -- checkers -------------------------------------------------------------------------------------------


def _number_with_mixups(expected: Callable[[], float], mixups: Callable[[], list[tuple[float, Text]]],
                        tolerance: float = 0.5) -> Callable[[Any], None]:
    """The shared ``computed_number`` checker with this module's tolerance of half a unit."""
    return computed_number(expected, tolerance=tolerance, mixups=mixups)


def _token_answer(expected: Callable[[], str]) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if isinstance(value, tuple) and len(value) == 2:
            raise Incorrect({"nl": "Je gaf een paar (token, aantal). Ik wil alleen het token: pak het eerste deel met [0].",
                             "en": "You gave a pair (token, count). I only want the token: take the first part with [0]."})
        if not isinstance(value, str):
            raise Incorrect({"nl": f"Ik verwacht een token als tekst, maar kreeg een {type(value).__name__}.",
                             "en": f"I expected a token as text, but got a {type(value).__name__}."})
        if value != expected():
            raise Incorrect({"nl": "Dat token komt vaak voor, maar niet het vaakst. Kijk naar de eerste regel van "
                                   "counts.most_common().",
                             "en": "That token is common, but not the most common. Look at the first line of "
                                   "counts.most_common()."})

    return check


# -- the exercises, per lesson ---------------------------------------------------------------------------


def _next_word(lang: str) -> list[Exercise]:
    word, nxt = EXAMPLE_PAIR[lang]

    def n_tokens() -> float:
        return float(len(_tokens(lang)))

    def n_tokens_mixups() -> list[tuple[float, Text]]:
        text = corpus(lang)
        return [(float(len(text)), {"nl": "Dat is het aantal tekens (letters, spaties) in de tekst. Ik zoek het aantal "
                                          "tokens: len(tokens).",
                                    "en": "That is the number of characters (letters, spaces) in the text. I want the "
                                          "number of tokens: len(tokens)."}),
                (float(len(text.split())), {"nl": "Dat zijn de woorden tussen spaties. Maar leestekens zijn ook tokens. "
                                                  "Tel de lijst tokens.",
                                            "en": "Those are the words between spaces. But punctuation marks are "
                                                  "tokens too. Count the list tokens."}),
                (float(len(set(_tokens(lang)))), {"nl": "Dat is het aantal verschillende tokens. Ik zoek het totaal: "
                                                        "len(tokens).",
                                                  "en": "That is the number of different tokens. I want the total: "
                                                        "len(tokens)."})]

    def top_token() -> str:
        return Counter(_tokens(lang)).most_common(1)[0][0]

    def n_after() -> float:
        return float(_follow(_tokens(lang))[word][nxt])

    def n_after_mixups() -> list[tuple[float, Text]]:
        tokens = _tokens(lang)
        return [(float(Counter(tokens)[nxt]), {"nl": f"Dat is hoe vaak \"{nxt}\" in totaal voorkomt. Ik zoek hoe vaak het "
                                                    f"direct na \"{word}\" komt.",
                                              "en": f"That is how often \"{nxt}\" occurs in total. I want how often it "
                                                    f"comes right after \"{word}\"."}),
                (float(sum(_follow(tokens)[word].values())),
                 {"nl": f"Dat is hoe vaak er íets na \"{word}\" komt. Ik zoek alleen \"{nxt}\".",
                  "en": f"That is how often anything follows \"{word}\". I only want \"{nxt}\"."})]

    def p_next() -> float:
        return _next_word_probs(_follow(_tokens(lang)), word)[nxt]

    def p_next_mixups() -> list[tuple[float, Text]]:
        return [(n_after(), {"nl": "Dat is een aantal, geen kans. Deel het door het totaal aantal woorden na dit woord.",
                             "en": "That is a count, not a probability. Divide it by the total number of words after "
                                   "this word."})]

    return [
        Exercise(
            id="n_tokens", level="basis",
            checker=_number_with_mixups(n_tokens, n_tokens_mixups),
            hints=[{"nl": "tokens is een lijst. Hoe tel je hoeveel dingen er in een lijst staan?",
                    "en": "tokens is a list. How do you count how many things are in a list?"},
                   {"nl": "Met len(...) tel je de elementen van een lijst.", "en": "len(...) counts the items in a list."},
                   {"nl": "Schrijf: n_tokens = len(tokens)", "en": "Write: n_tokens = len(tokens)"}],
            solution_code="n_tokens = len(tokens)",
            correct_text={"nl": "Dat is een heel kleine tekst. Grote taalmodellen leren van een enorme hoeveelheid tekst.",
                          "en": "That is a very small text. Large language models learn from an enormous amount of "
                                "text."},
        ),
        Exercise(
            id="top_token", level="basis",
            checker=_token_answer(top_token),
            hints=[{"nl": "counts.most_common(1) geeft een lijst met één paar: (token, aantal).",
                    "en": "counts.most_common(1) gives a list with one pair: (token, count)."},
                   {"nl": "Met [0] pak je het eerste paar, en nog eens [0] pakt het token uit dat paar.",
                    "en": "[0] takes the first pair, and another [0] takes the token out of that pair."},
                   {"nl": "Schrijf: top_token = counts.most_common(1)[0][0]",
                    "en": "Write: top_token = counts.most_common(1)[0][0]"}],
            solution_code="top_token = counts.most_common(1)[0][0]",
            correct_text={"nl": "Verrast? Ook een leesteken is een token. Een model moet ook leren waar een zin stopt.",
                          "en": "Surprised? A punctuation mark is a token too. A model must also learn where a "
                                "sentence ends."},
        ),
        Exercise(
            id="n_after", level="basis",
            checker=_number_with_mixups(n_after, n_after_mixups),
            hints=[{"nl": "follow[word] is een teller met alle woorden die na word kwamen.",
                    "en": "follow[word] is a counter with every word that came after word."},
                   {"nl": "Uit een teller pak je één aantal met blokhaken: follow[word][next_word].",
                    "en": "You take one count out of a counter with brackets: follow[word][next_word]."},
                   {"nl": "Schrijf: n_after = follow[word][next_word]", "en": "Write: n_after = follow[word][next_word]"}],
            solution_code="n_after = follow[word][next_word]",
            correct_text={"nl": "Zulke tellingen zijn alles wat ons model 'weet'.",
                          "en": "Counts like these are all our model 'knows'."},
        ),
        Exercise(
            id="p_next", level="verdieping",
            checker=_number_with_mixups(p_next, p_next_mixups),
            hints=[{"nl": "Een kans is: hoe vaak dit volgende woord kwam, gedeeld door hoe vaak er iets na word kwam.",
                    "en": "A probability is: how often this next word came, divided by how often anything came after "
                          "word."},
                   {"nl": "De functie next_word_probs(word) rekent alle kansen na word voor je uit.",
                    "en": "The function next_word_probs(word) works out all the probabilities after word for you."},
                   {"nl": "Schrijf: p_next = next_word_probs(word)[next_word]",
                    "en": "Write: p_next = next_word_probs(word)[next_word]"}],
            solution_code="p_next = next_word_probs(word)[next_word]",
            correct_text={"nl": "Alle kansen na een woord tellen samen op tot 1.",
                          "en": "All probabilities after a word add up to 1."},
        ),
        _choice("greedy_loop", "basis", [
            {"nl": "Kijk naar de regel: hij kiest elke keer het vaakste volgende woord. Zit daar toeval in?",
             "en": "Look at the rule: each time it picks the most frequent next word. Is there any chance in that?"},
            {"nl": "Na 'de' komt dus altijd hetzelfde woord. Wat gebeurt er als 'de' later weer komt?",
             "en": "So after 'the' the same word always comes. What happens when 'the' comes again later?"},
            {"nl": "Dan herhaalt de hele rij zich: \"b\".", "en": "Then the whole sequence repeats: \"b\"."},
        ]),
    ]


def _temperature_and_hallucination(lang: str) -> list[Exercise]:
    word = EXAMPLE_PAIR[lang][0]

    def p_top_cold() -> float:
        probs = _next_word_probs(_follow(_tokens(lang)), word)
        return max(_apply_temperature(probs, COLD).values())

    def p_top_mixups() -> list[tuple[float, Text]]:
        probs = _next_word_probs(_follow(_tokens(lang)), word)
        return [(max(probs.values()), {"nl": "Dat is de kans bij temperatuur 1. Gebruik apply_temperature met 0.5.",
                                       "en": "That is the probability at temperature 1. Use apply_temperature with 0.5."}),
                (max(_apply_temperature(probs, 2.0).values()),
                 {"nl": "Dat is de kans bij temperatuur 2. Ik zoek 0.5.", "en": "That is the probability at "
                                                                              "temperature 2. I want 0.5."})]

    def novel_hot() -> float:
        tokens = _tokens(lang)
        return _novel_share(_generate(_follow(tokens), word, HOT_WORDS, HOT, HOT_SEED), tokens)

    def novel_mixups() -> list[tuple[float, Text]]:
        tokens = _tokens(lang)
        return [(_novel_share(_generate(_follow(tokens), word, HOT_WORDS, HOT, HOT_SEED), tokens, 2),
                 {"nl": "Je telde paren (n=2). Die komen allemaal uit de tekst. Tel drietallen: n=3.",
                  "en": "You counted pairs (n=2). They all come from the text. Count triples: n=3."}),
                (_novel_share(_generate(_follow(tokens), word, HOT_WORDS, 1.0, HOT_SEED), tokens),
                 {"nl": "Dat is bij temperatuur 1. Gebruik 1.5.", "en": "That is at temperature 1. Use 1.5."})]

    return [
        _choice("temperature_effect", "basis", [
            {"nl": "Kijk naar de figuur. Wat gebeurt er met de hoogste staaf als de temperatuur stijgt?",
             "en": "Look at the figure. What happens to the tallest bar as the temperature rises?"},
            {"nl": "De hoogste staaf wordt lager en de lage staven worden hoger.",
             "en": "The tallest bar gets lower and the low bars get higher."},
            {"nl": "Zeldzame woorden krijgen dus meer kans: \"b\".", "en": "So rare words get more of a chance: \"b\"."},
        ]),
        Exercise(
            id="p_top_cold", level="verdieping",
            checker=_number_with_mixups(p_top_cold, p_top_mixups, tolerance=1e-4),
            hints=[{"nl": "apply_temperature(next_word_probs(word), 0.5) geeft de kansen bij temperatuur 0.5.",
                    "en": "apply_temperature(next_word_probs(word), 0.5) gives the probabilities at temperature 0.5."},
                   {"nl": "Met .values() krijg je alle kansen; max(...) pakt de grootste.",
                    "en": ".values() gives all probabilities; max(...) takes the largest."},
                   {"nl": "Schrijf: p_top_cold = max(apply_temperature(next_word_probs(word), 0.5).values())",
                    "en": "Write: p_top_cold = max(apply_temperature(next_word_probs(word), 0.5).values())"}],
            solution_code="p_top_cold = max(apply_temperature(next_word_probs(word), 0.5).values())",
            correct_text={"nl": "Bij een lage temperatuur wint het vaakste woord nog vaker.",
                          "en": "At a low temperature the most frequent word wins even more often."},
        ),
        Exercise(
            id="novel_share_hot", level="verdieping",
            checker=_number_with_mixups(novel_hot, novel_mixups, tolerance=1e-9),
            hints=[{"nl": "Maak eerst een tekst: generate(word, 100, 1.5, 7).",
                    "en": "First make a text: generate(word, 100, 1.5, 7)."},
                   {"nl": "Geef die tekst en tokens aan novel_share. Die telt standaard drietallen (n=3).",
                    "en": "Pass that text and tokens to novel_share. It counts triples by default (n=3)."},
                   {"nl": "Schrijf: novel_share_hot = novel_share(generate(word, 100, 1.5, 7), tokens)",
                    "en": "Write: novel_share_hot = novel_share(generate(word, 100, 1.5, 7), tokens)"}],
            solution_code="novel_share_hot = novel_share(generate(word, 100, 1.5, 7), tokens)",
            correct_text={"nl": "Elk paar woorden kwam uit de tekst, maar veel drietallen zijn nieuw: het model plakt "
                                "stukjes aan elkaar.",
                          "en": "Every pair of words came from the text, but many triples are new: the model glues "
                                "pieces together."},
        ),
        Exercise(
            id="in_corpus", level="basis",
            checker=boolean(False, {
                "nl": "Kijk nog eens: de code zoekt de zin in de tekst. Wat print de cel?",
                "en": "Look again: the code searches the text for the sentence. What does the cell print?"}),
            hints=[{"nl": "sentence in training_text geeft True als de zin in de tekst staat, anders False.",
                    "en": "sentence in training_text gives True if the sentence is in the text, otherwise False."},
                   {"nl": "Voer die vergelijking uit en zet de uitkomst in in_corpus.",
                    "en": "Run that comparison and put the result in in_corpus."},
                   {"nl": "Schrijf: in_corpus = sentence in training_text",
                    "en": "Write: in_corpus = sentence in training_text"}],
            solution_code="in_corpus = sentence in training_text",
            correct_text={"nl": "Het model heeft deze zin dus zelf in elkaar gezet.",
                          "en": "So the model put this sentence together itself."},
        ),
        _choice("hallucination_why", "basis", [
            {"nl": "Heeft ons model ergens een lijst met feiten? Of alleen tellingen?",
             "en": "Does our model have a list of facts anywhere? Or only counts?"},
            {"nl": "Na 'hoofdstad van' kwamen in de tekst drie verschillende woorden. Het model kiest er één met toeval.",
             "en": "After 'capital of' three different words came in the text. The model picks one by chance."},
            {"nl": "Het plakt stukjes aan elkaar zonder te controleren: \"b\".",
             "en": "It glues pieces together without checking: \"b\"."},
        ]),
        _choice("token_meaning", "basis", [
            {"nl": "In ons model is elk woord en elk leesteken een token.",
             "en": "In our model every word and every punctuation mark is a token."},
            {"nl": "Grote modellen knippen lange woorden vaak in kleinere stukjes.",
             "en": "Large models often cut long words into smaller pieces."},
            {"nl": "Een token is dus een stukje tekst: \"b\".", "en": "So a token is a piece of text: \"b\"."},
        ]),
    ]


def _responsible_use(lang: str) -> list[Exercise]:
    def n_applications() -> float:
        emails = pd.read_csv(EMAILS)
        return float((emails["category"] == "sollicitatie").sum())

    def applications_mixups() -> list[tuple[float, Text]]:
        emails = pd.read_csv(EMAILS)
        return [(float(len(emails)), {"nl": "Dat zijn alle e-mails. Tel alleen de categorie \"sollicitatie\".",
                                      "en": "Those are all e-mails. Count only the category \"sollicitatie\"."})]

    pattern = _CHECKS[0][1]

    def n_emails() -> float:
        return float(len(re.findall(pattern, sample_prompt(lang))))

    return [
        _choice("paste_ok", "basis", [
            {"nl": "Zoek de tekst zonder namen, adressen of andere gegevens over een persoon.",
             "en": "Look for the text without names, addresses or other data about a person."},
            {"nl": "Een cv en een klacht met naam gaan over een persoon die je kunt herkennen.",
             "en": "A CV and a complaint with a name are about an identifiable person."},
            {"nl": "Alleen de tekst over openingstijden is veilig: \"c\".", "en": "Only the text about opening hours is "
                                                                             "safe: \"c\"."},
        ]),
        _choice("complaint_email", "basis", [
            {"nl": "Denk aan minimale gegevens uit module 5: niet meer gegevens dan nodig.",
             "en": "Think of data minimisation from module 5: no more data than needed."},
            {"nl": "Heeft de chatbot de naam van de klant nodig om een vriendelijke brief te schrijven?",
             "en": "Does the chatbot need the customer's name to write a friendly letter?"},
            {"nl": "Eerst weghalen wat iemand herkenbaar maakt, en de regels van je werk volgen: \"b\".",
             "en": "First remove what identifies someone, and follow your workplace's rules: \"b\"."},
        ]),
        Exercise(
            id="n_applications", level="basis",
            checker=_number_with_mixups(n_applications, applications_mixups),
            hints=[{"nl": "Vergelijk de kolom category met \"sollicitatie\".",
                    "en": "Compare the column category with \"sollicitatie\"."},
                   {"nl": "Tel de True's met .sum().", "en": "Count the Trues with .sum()."},
                   {"nl": "Schrijf: n_applications = (emails[\"category\"] == \"sollicitatie\").sum()",
                    "en": "Write: n_applications = (emails[\"category\"] == \"sollicitatie\").sum()"}],
            solution_code='n_applications = (emails["category"] == "sollicitatie").sum()',
            correct_text={"nl": "Al deze e-mails bevatten gegevens van sollicitanten. Die horen niet in een openbare "
                                "chatbot.",
                          "en": "All these e-mails hold applicants' data. They do not belong in a public chatbot."},
        ),
        Exercise(
            id="n_emails", level="verdieping",
            checker=_number_with_mixups(n_emails, lambda: []),
            hints=[{"nl": "re.findall(EMAIL_PATTERN, prompt) geeft een lijst met alle e-mailadressen in de prompt.",
                    "en": "re.findall(EMAIL_PATTERN, prompt) gives a list of every e-mail address in the prompt."},
                   {"nl": "Tel de lijst met len(...).", "en": "Count the list with len(...)."},
                   {"nl": "Schrijf: n_emails = len(re.findall(EMAIL_PATTERN, prompt))",
                    "en": "Write: n_emails = len(re.findall(EMAIL_PATTERN, prompt))"}],
            solution_code="n_emails = len(re.findall(EMAIL_PATTERN, prompt))",
            correct_text={"nl": "Ook het adres van de klantenservice telt mee. Dat is geen persoonsgegeven, maar het "
                                "zegt wel bij welk bedrijf de klant hoort.",
                          "en": "The customer-service address counts too. It is not personal data, but it does tell "
                                "which firm the customer belongs to."},
        ),
        _choice("check_output", "basis", [
            {"nl": "Hoe weet je of een datum klopt? Van wie moet je dat horen?",
             "en": "How do you know whether a date is right? Who should you hear it from?"},
            {"nl": "Een chatbot klinkt altijd zeker. Dat zegt niets over de waarheid.",
             "en": "A chatbot always sounds sure. That says nothing about the truth."},
            {"nl": "Zoek het op in een betrouwbare bron: \"b\".", "en": "Look it up in a reliable source: \"b\"."},
        ]),
        _choice("tier_uc33", "basis", [
            {"nl": "Beslist deze chatbot iets over mensen, of praat hij alleen met ze?",
             "en": "Does this chatbot decide anything about people, or does it only talk to them?"},
            {"nl": "Bij een chatbot moet de klant weten dat hij met AI praat. Welke klasse heeft zo'n plicht?",
             "en": "With a chatbot the customer must know they are talking to AI. Which tier has such a duty?"},
            {"nl": "Beperkt risico met een transparantieplicht: \"limited\".",
             "en": "Limited risk with a transparency duty: \"limited\"."},
        ]),
        _choice("tier_uc37", "verdieping", [
            {"nl": "De AI schrijft nieuwsberichten. Beslist hij iets over mensen?",
             "en": "The AI writes news items. Does it decide anything about people?"},
            {"nl": "Artikel 50 gaat ook over gemaakte tekst over zaken van algemeen belang.",
             "en": "Article 50 also covers generated text on matters of public interest."},
            {"nl": "Dan geldt een transparantieplicht: \"limited\".", "en": "Then a transparency duty applies: \"limited\"."},
        ]),
    ]


_LESSONS: dict[str, Callable[[str], list[Exercise]]] = {
    "01_next_word": _next_word,
    "02_temperature_and_hallucination": _temperature_and_hallucination,
    "03_responsible_use": _responsible_use,
}


def exercises(lesson: str, lang: str) -> ExerciseSet:
    """The practice exercises of one lesson (e.g. ``"01_next_word"``) in one language (``"nl"`` or ``"en"``)."""
    if lesson not in _LESSONS:
        raise ValueError(f"unknown lesson {lesson!r}; choose from {', '.join(_LESSONS)}")
    return ExerciseSet(lang, _LESSONS[lesson](lang))
