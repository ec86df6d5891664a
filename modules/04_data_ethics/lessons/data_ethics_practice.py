"""Practice checks for module 04_data_ethics: instant feedback, tiered hints and solutions, Dutch and English.

A lesson notebook loads its own set once, in its own language::

    from data_ethics_practice import exercises, options
    q = exercises("01_bias_and_proxies", "nl")
    q.error_rate_non_dutch.check(error_rate_non_dutch)
    choice_widget(q.risk_factor, options("risk_factor"))   # radio buttons instead of typing

Expected values are computed from the synthetic benefit-applications data when a check runs (nothing from
the data is written down here), with the same settings as the lesson notebooks use: change one, change
both. Every multiple-choice item lives in ``CHOICE_ITEMS`` (options and a per-option explanation in both
languages), so a test can check its key.
"""

from __future__ import annotations

import numbers
from pathlib import Path
from typing import Any, Callable

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

from autograder.practice import ChoiceItem, Exercise, ExerciseSet, Incorrect, Text, number, computed_number

DATA = Path(__file__).resolve().parents[3] / "datasets" / "data" / "benefit_applications.csv"
GROUP = "nationality_group"
TRUTH = "error_in_application"
HISTORY = "flagged_for_review"
FEATURES = ["monthly_income_eur", "years_at_address", "n_children", "income_changed", "writes_in_english"]
LESSON1_DEPTH = 3          # the nationality-blind tree of lesson 1
LESSON3_DEPTHS = (2, 3)    # the readable tree (2) and the importance tree (3) of lesson 3
RANDOM_STATE = 0
DELIBERATION_KEYS = ("purpose", "data", "affected", "risks", "measures", "decision")
MIN_WORDS = 5


# -- the data and the models the lessons build, recomputed on demand -----------------------------------


def _benefits() -> pd.DataFrame:
    if not DATA.exists():
        raise Incorrect({
            "nl": f"Ik kan het databestand niet vinden: {DATA}. Vraag je docent om hulp.",
            "en": f"I cannot find the data file: {DATA}. Ask your teacher for help.",
        })
    return pd.read_csv(DATA)


def _features(benefits: pd.DataFrame) -> pd.DataFrame:
    """The nationality-blind features, built exactly as in the lessons."""
    return pd.DataFrame({
        "monthly_income_eur": benefits["monthly_income_eur"],
        "years_at_address": benefits["years_at_address"],
        "n_children": benefits["n_children"],
        "income_changed": benefits["income_changed"].astype(int),
        "writes_in_english": (benefits["correspondence_language"] == "en").astype(int),
    })


def _tree(label: str, depth: int) -> DecisionTreeClassifier:
    benefits = _benefits()
    return DecisionTreeClassifier(max_depth=depth, random_state=RANDOM_STATE).fit(_features(benefits), benefits[label])


def _blind_flags() -> pd.Series:
    benefits = _benefits()
    return pd.Series(_tree(HISTORY, LESSON1_DEPTH).predict(_features(benefits)), name="blind_flags")


def _risk_scores() -> pd.Series:
    """The risk model of lesson 2: a logistic regression on the blind features, trained on the old judgement."""
    benefits = _benefits()
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(_features(benefits), benefits[HISTORY])
    return pd.Series(model.predict_proba(_features(benefits))[:, 1], name="risk_score")


def _rate(values: pd.Series, mask: pd.Series) -> float:
    return float(values[mask.to_numpy()].mean())


def _group_rates(truth: pd.Series, selected: pd.Series, groups: pd.Series) -> pd.DataFrame:
    truth, selected, groups = truth.to_numpy(), pd.Series(selected.to_numpy()), pd.Series(groups.to_numpy())
    return pd.DataFrame({
        "selection_rate": selected.groupby(groups).mean(),
        "tpr": selected[truth].groupby(groups[truth]).mean(),
        "fpr": selected[~truth].groupby(groups[~truth]).mean(),
    })


# -- checkers (they raise Incorrect with a reason; they never use the answer's own __eq__) --------------




def _column_from_data(expected: Callable[[], str], wrong: Text) -> Callable[[Any], None]:
    """A column name whose right value comes from a model trained on the data."""

    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise Incorrect({"nl": "Geef de naam van een kolom als tekst, tussen aanhalingstekens.",
                             "en": "Give the name of a column as text, in quotes."})
        answer = value.strip()
        if answer not in FEATURES:
            raise Incorrect({"nl": f"\"{value}\" is geen kenmerk van dit model. Kies uit: {', '.join(FEATURES)}.",
                             "en": f"\"{value}\" is not a feature of this model. Choose from: {', '.join(FEATURES)}."})
        if answer != expected():
            raise Incorrect(wrong)

    return check


def _check_deliberation(value: Any) -> None:
    if not isinstance(value, dict):
        raise Incorrect({"nl": f"Ik verwacht een dictionary met {{...}}, maar kreeg een {type(value).__name__}.",
                         "en": f"I expected a dictionary with {{...}}, but got a {type(value).__name__}."})
    keys = [str(key) for key in value]
    missing = [key for key in DELIBERATION_KEYS if key not in keys]
    if missing:
        raise Incorrect({"nl": f"Deze stappen ontbreken nog: {', '.join(missing)}.",
                         "en": f"These steps are still missing: {', '.join(missing)}."})
    for key in DELIBERATION_KEYS:
        text = value[key]
        if not isinstance(text, str) or text.strip() in ("", "...") or len(text.split()) < MIN_WORDS:
            raise Incorrect({
                "nl": f"Schrijf bij \"{key}\" minstens {MIN_WORDS} woorden, als tekst tussen aanhalingstekens.",
                "en": f"Write at least {MIN_WORDS} words for \"{key}\", as text in quotes.",
            })


# -- every multiple-choice item of the lessons (keyed answer, options, per-option explanations) ----------


def _t(nl: str, en: str) -> Text:
    return {"nl": nl, "en": en}


CHOICE_ITEMS: dict[str, ChoiceItem] = {
    "risk_factor": ChoiceItem(
        options={
            "a": _t("Het aantal kinderen in het gezin.", "The number of children in the family."),
            "b": _t("Nationaliteit: Nederlands of niet-Nederlands.", "Nationality: Dutch or non-Dutch."),
            "c": _t("De maand waarin de aanvraag binnenkwam.", "The month in which the application came in."),
        },
        answer="b",
        explanations={
            "a": _t("Daar ging de kritiek niet over. Amnesty en de AP wezen op nationaliteit als risicofactor.",
                    "That was not what the criticism was about. Amnesty and the AP pointed at nationality as a "
                    "risk factor."),
            "b": _t("Juist. Nationaliteit was een risicofactor, terwijl je voor de toeslag geen Nederlander hoeft "
                    "te zijn. De AP gaf daarvoor in 2021 een boete van 2,75 miljoen euro.",
                    "Right. Nationality was a risk factor, although you do not need to be Dutch to get the "
                    "allowance. The AP fined the Tax Administration 2.75 million euros for it in 2021."),
            "c": _t("Daar ging de kritiek niet over. Amnesty en de AP wezen op nationaliteit als risicofactor.",
                    "That was not what the criticism was about. Amnesty and the AP pointed at nationality as a "
                    "risk factor."),
        },
    ),
    "syri_ruling": ChoiceItem(
        options={
            "a": _t("SyRI mocht blijven, want fraude bestrijden is belangrijk.",
                    "SyRI could stay, because fighting fraud is important."),
            "b": _t("De wet voor SyRI schond het recht op privéleven (artikel 8 EVRM) en SyRI was niet "
                    "transparant genoeg.",
                    "The SyRI legislation violated the right to private life (Article 8 ECHR), and SyRI was not "
                    "transparent enough."),
            "c": _t("De rechter verbood alle algoritmes bij de overheid.",
                    "The court banned every algorithm used by the government."),
        },
        answer="b",
        explanations={
            "a": _t("Nee. Volgens de rechter was de balans tussen fraude bestrijden en privéleven niet goed. "
                    "SyRI moest stoppen.",
                    "No. The court found that the balance between fighting fraud and private life was wrong. "
                    "SyRI had to stop."),
            "b": _t("Juist. De rechtbank Den Haag oordeelde zo op 5 februari 2020.",
                    "Right. The District Court of The Hague ruled this on 5 February 2020."),
            "c": _t("Nee. De uitspraak ging over de wet voor SyRI. De overheid gebruikt nog steeds algoritmes. "
                    "Veel ervan staan sinds december 2022 in het Algoritmeregister.",
                    "No. The ruling was about the SyRI legislation. The government still uses algorithms; since "
                    "December 2022 many of them are listed in the Algorithm Register."),
        },
    ),
    "strongest_proxy": ChoiceItem(
        options={
            "a": _t("n_children (aantal kinderen)", "n_children (number of children)"),
            "b": _t("correspondence_language (taal voor brieven)", "correspondence_language (language of letters)"),
            "c": _t("income_changed (inkomen veranderd tijdens het jaar)",
                    "income_changed (income changed during the year)"),
        },
        answer="b",
        explanations={
            "a": _t("Het aantal kinderen is in beide groepen ongeveer even groot. Het verraadt weinig over "
                    "nationaliteit.",
                    "The number of children is about the same in both groups. It reveals little about nationality."),
            "b": _t("Juist. Wie brieven in het Engels wil, is in deze data meestal niet-Nederlands.",
                    "Right. Someone who wants letters in English is, in these data, usually non-Dutch."),
            "c": _t("Een inkomensverandering komt in beide groepen ongeveer even vaak voor. Het verraadt weinig "
                    "over nationaliteit.",
                    "A change of income is about as common in both groups. It reveals little about nationality."),
        },
    ),
    "fpr_meaning": ChoiceItem(
        options={
            "a": _t("Het deel van alle aanvragen van een groep dat gecontroleerd wordt.",
                    "The share of all applications of a group that get checked."),
            "b": _t("Het deel van de eerlijke aanvragen (zonder fout) van een groep dat toch gecontroleerd wordt.",
                    "The share of a group's honest applications (without an error) that get checked anyway."),
            "c": _t("Het deel van de aanvragen met een fout van een groep dat gevonden wordt.",
                    "The share of a group's applications with an error that get found."),
        },
        answer="b",
        explanations={
            "a": _t("Dat is de selectiegraad. Die kijkt niet naar de waarheid.",
                    "That is the selection rate. It does not look at the truth."),
            "b": _t("Juist. De FPR telt de eerlijke mensen die onterecht last krijgen van een controle.",
                    "Right. The FPR counts the honest people who are bothered by a check without reason."),
            "c": _t("Dat is de TPR: het deel van de echte fouten dat je vindt.",
                    "That is the TPR: the share of real errors that you find."),
        },
    ),
    "tradeoff": ChoiceItem(
        options={
            "a": _t("Nu is het model op elke manier eerlijk.", "Now the model is fair in every way."),
            "b": _t("Gelijke selectie betekent niet dat de foutkansen (TPR en FPR) gelijk zijn. Je moet kiezen "
                    "welke maat bij het doel past, en dat uitleggen.",
                    "Equal selection does not mean that the error rates (TPR and FPR) are equal. You have to "
                    "choose which measure fits the purpose, and explain why."),
            "c": _t("Nu hoef je niet meer naar de waarheid (error_in_application) te kijken.",
                    "Now you no longer need to look at the truth (error_in_application)."),
        },
        answer="b",
        explanations={
            "a": _t("Nee. Kijk naar de TPR bij gelijke selectie: die verschilt nog flink tussen de groepen. Het "
                    "verschil in equalised odds is dan niet 0.",
                    "No. Look at the TPR when selection is equal: it still differs a lot between the groups. The "
                    "equalised-odds difference is not 0 then."),
            "b": _t("Juist. Eerlijkheidsmaten kunnen botsen. Er is geen drempel die alles tegelijk oplost.",
                    "Right. Fairness measures can clash. No threshold solves everything at once."),
            "c": _t("Nee. Zonder de waarheid zie je niet wie er onterecht gecontroleerd wordt, en welke fouten je "
                    "mist.",
                    "No. Without the truth you cannot see who is checked without reason, or which errors you miss."),
        },
    ),
    "explanation": ChoiceItem(
        options={
            "a": _t("\"De computer heeft dit besloten. Meer kunnen we er niet over zeggen.\"",
                    "\"The computer decided this. We cannot say more about it.\""),
            "b": _t("\"Uw aanvraag is gekozen omdat uw inkomen onder een grens ligt en u brieven in het Engels "
                    "krijgt. Een medewerker bekijkt de aanvraag zelf, en u mag reageren.\"",
                    "\"Your application was picked because your income is below a limit and you receive letters in "
                    "English. A staff member will look at the application personally, and you may respond.\""),
            "c": _t("\"Hoe het model werkt, is geheim. Zo kunnen fraudeurs het niet omzeilen.\"",
                    "\"How the model works is secret. That way fraudsters cannot get round it.\""),
        },
        answer="b",
        explanations={
            "a": _t("Dit legt niets uit. De aanvrager kan zo geen fout aanwijzen of bezwaar maken. En een besluit "
                    "dat alleen door een computer is genomen en iemand flink raakt, mag volgens AVG artikel 22 "
                    "alleen in uitzonderingen.",
                    "This explains nothing. The applicant cannot point out a mistake or object. And under GDPR "
                    "Article 22 a decision made solely by a computer that significantly affects someone is only "
                    "allowed in exceptional cases."),
            "b": _t("Juist. Deze uitleg noemt de echte redenen en er kijkt een mens mee. Let op wat de uitleg "
                    "blootlegt: de taal voor brieven is een proxy voor nationaliteit. Zo'n reden hoort niet in het "
                    "model.",
                    "Right. This explanation gives the real reasons and a person is involved. Notice what it "
                    "reveals: the language of letters is a proxy for nationality. Such a reason does not belong in "
                    "the model."),
            "c": _t("Geheimhouding was precies het probleem bij SyRI: de rechter vond het systeem niet transparant "
                    "en niet controleerbaar genoeg.",
                    "Secrecy was exactly the problem with SyRI: the court found the system not transparent and not "
                    "verifiable enough."),
        },
    ),
    "uc23_tier": ChoiceItem(
        case="UC23",
        options={
            "a": _t("verboden (onaanvaardbaar risico)", "prohibited (unacceptable risk)"),
            "b": _t("hoog risico", "high risk"),
            "c": _t("beperkt risico (alleen transparantieplichten)", "limited risk (transparency duties only)"),
            "d": _t("minimaal risico", "minimal risk"),
        },
        answer="b",
        explanations={
            "a": _t("Dit systeem staat niet in de lijst van verboden praktijken (artikel 5). Het valt onder bijlage "
                    "III: hoog risico. Wordt een score gebruikt om mensen te benadelen in een situatie die er niets "
                    "mee te maken heeft, dan kan het wel verboden sociale scoring worden (artikel 5 lid 1 onder c).",
                    "This system is not on the list of prohibited practices (Article 5). It falls under Annex III: "
                    "high risk. If a score were used to treat people worse in an unrelated situation, it could "
                    "become prohibited social scoring (Article 5(1)(c))."),
            "b": _t("Juist. Bijlage III punt 5(a): een overheid die beoordeelt of iemand recht heeft op een uitkering, "
                    "of geld terugvordert. En een systeem dat personen profileert, is altijd hoog risico (artikel 6 "
                    "lid 3). De eisen gelden voor zulke systemen vanaf 2 december 2027 (gewijzigd in 2026). Kijk in "
                    "de actuele tekst op EUR-Lex.",
                    "Right. Annex III point 5(a): a public authority that evaluates whether someone is entitled to a "
                    "benefit, or reclaims money. And a system that profiles people is always high risk (Article "
                    "6(3)). The requirements apply to such systems from 2 December 2027 (amended in 2026). Check the "
                    "current text on EUR-Lex."),
            "c": _t("Beperkt risico gaat over transparantieplichten, zoals een chatbot die moet zeggen dat hij een "
                    "computer is. Dit systeem beslist mee over een uitkering: hoog risico.",
                    "Limited risk is about transparency duties, such as a chatbot that must say it is a computer. "
                    "This system helps decide about a benefit: high risk."),
            "d": _t("Minimaal risico is bijvoorbeeld een spamfilter. Een score die mee bepaalt wie een huisbezoek "
                    "krijgt, raakt mensen veel meer.",
                    "Minimal risk is, for example, a spam filter. A score that helps decide who gets a home visit "
                    "affects people far more."),
        },
    ),
    "proxy_in_case": ChoiceItem(
        options={
            "a": _t("de taal waarin iemand brieven wil ontvangen", "the language in which someone wants letters"),
            "b": _t("de samenstelling van het huishouden", "the composition of the household"),
            "c": _t("of iemand eerder gecontroleerd is", "whether someone has been checked before"),
        },
        answer="a",
        explanations={
            "a": _t("Juist. Net als in de data van les 1 verraadt de taal voor brieven veel over nationaliteit.",
                    "Right. Just as in the data of lesson 1, the language of letters reveals a lot about "
                    "nationality."),
            "b": _t("De samenstelling van een huishouden zegt op zichzelf weinig over nationaliteit. In de data van "
                    "les 1 was die verdeling in beide groepen gelijk.",
                    "The composition of a household says little about nationality by itself. In the data of "
                    "lesson 1 that split was the same in both groups."),
            "c": _t("Dit is vooral een oud oordeel: werden vroeger bepaalde groepen vaker gecontroleerd, dan neemt het "
                    "model dat over. Dat is historische bias. Ook een probleem, maar het is geen kenmerk van de "
                    "persoon zelf, zoals taal.",
                    "This is above all an old judgement: if certain groups were checked more often in the past, the "
                    "model copies that. That is historical bias. Also a problem, but it is not a feature of the "
                    "person, like language."),
        },
    ),
    "who_suffers": ChoiceItem(
        options={
            "a": _t("de gemeente, want een huisbezoek kost tijd", "the municipality, because a home visit takes time"),
            "b": _t("de eerlijke aanvrager: wantrouwen, stress en soms uitstel van geld",
                    "the honest applicant: suspicion, stress and sometimes delayed money"),
            "c": _t("de leverancier van het model", "the supplier of the model"),
        },
        answer="b",
        explanations={
            "a": _t("De gemeente verliest wel tijd. Maar de aanvrager krijgt wantrouwen en stress over zich heen. "
                    "Bij de toeslagenaffaire kwamen gezinnen zo in grote problemen.",
                    "The municipality does lose time. But the applicant faces suspicion and stress. In the benefits "
                    "scandal families got into deep trouble this way."),
            "b": _t("Juist. Daarom is de FPR per groep zo belangrijk: die telt precies deze mensen.",
                    "Right. That is why the FPR per group matters so much: it counts exactly these people."),
            "c": _t("De leverancier merkt er meestal niets van. Dat is juist een risico: wie de fout maakt, voelt de "
                    "gevolgen niet.",
                    "The supplier usually notices nothing. That is exactly a risk: whoever makes the mistake does not "
                    "feel the consequences."),
        },
    ),
    "counter_argument": ChoiceItem(
        options={
            "a": _t("\"De postcode werkt als proxy: klanten uit sommige wijken mogen zo vaker niet achteraf betalen.\"",
                    "\"The postcode works as a proxy: customers from some neighbourhoods are refused 'pay later' more "
                    "often.\""),
            "b": _t("\"Daar staat tegenover dat de webshop zo minder geld verliest aan klanten die niet betalen.\"",
                    "\"On the other hand, the webshop loses less money to customers who do not pay.\""),
            "c": _t("\"Ik zou het model alleen inzetten als de postcode eruit gaat.\"",
                    "\"I would only use the model if the postcode is removed.\""),
        },
        answer="b",
        explanations={
            "a": _t("Dit is een reden vóór het standpunt: het onderbouwt waarom het model niet zo moet.",
                    "This is a reason for the position: it supports why the model should not be used like this."),
            "b": _t("Juist. Dit is wat iemand zegt die het oneens is. Het voorbeeld neemt het serieus en geeft "
                    "antwoord.",
                    "Right. This is what someone who disagrees would say. The example takes it seriously and answers "
                    "it."),
            "c": _t("Dit is een voorwaarde: wat er minstens moet gebeuren.",
                    "This is a condition: what must happen at the very least."),
        },
    ),
}


def options(item_id: str) -> dict[str, Text]:
    """The answer options of a multiple-choice exercise, for ``choice_widget``."""
    return CHOICE_ITEMS[item_id].options


def _choice(item_id: str, level: str, hints: list[Text], correct: Text) -> Exercise:
    return CHOICE_ITEMS[item_id].exercise(item_id, level, hints, correct)


# -- the exercises, per lesson ---------------------------------------------------------------------------


def _bias_and_proxies(lang: str) -> list[Exercise]:
    def groups() -> pd.Series:
        return _benefits()[GROUP]

    def error_rate(group: str) -> float:
        benefits = _benefits()
        return _rate(benefits[TRUTH], benefits[GROUP] == group)

    def error_mixups() -> list[tuple[float, Text]]:
        benefits = _benefits()
        return [
            (_rate(benefits[HISTORY], benefits[GROUP] == "non_dutch"),
             _t("Dat is het deel dat werd gecontroleerd (flagged_for_review). Ik zoek het deel met echt een fout.",
                "That is the share that was checked (flagged_for_review). I want the share that really had an "
                "error.")),
            (error_rate("dutch"), _t("Dat is het deel voor de groep dutch. Ik zoek de groep non_dutch.",
                                     "That is the share for the group dutch. I want the group non_dutch.")),
            (float(benefits[TRUTH].mean()), _t("Dat is het deel voor alle aanvragen samen. Kies eerst de rijen van "
                                               "de groep non_dutch.",
                                               "That is the share for all applications together. First select the "
                                               "rows of the group non_dutch.")),
        ]

    def english_share() -> float:
        benefits = _benefits()
        return _rate(benefits[GROUP] == "non_dutch", benefits["correspondence_language"] == "en")

    def english_mixups() -> list[tuple[float, Text]]:
        benefits = _benefits()
        english = benefits["correspondence_language"] == "en"
        non_dutch = benefits[GROUP] == "non_dutch"
        return [
            (_rate(english, non_dutch),
             _t("Dat is andersom: het deel van de niet-Nederlanders dat in het Engels schrijft. Ik zoek: van wie in "
                "het Engels schrijft, welk deel is non_dutch?",
                "That is the other way round: the share of non-Dutch applicants who write in English. I want: of "
                "those who write in English, what share is non_dutch?")),
            (float((english & non_dutch).sum()),
             _t("Dat is een aantal. Ik zoek een deel tussen 0 en 1: gebruik .mean() in plaats van .sum().",
                "That is a count. I want a share between 0 and 1: use .mean() instead of .sum().")),
        ]

    def gap() -> float:
        flags = _blind_flags()
        return _rate(flags, groups() == "non_dutch") - _rate(flags, groups() == "dutch")

    def gap_mixups() -> list[tuple[float, Text]]:
        flags = _blind_flags()
        return [
            (-gap(), _t("Je rekende dutch min non_dutch. Draai het om: non_dutch min dutch.",
                        "You computed dutch minus non_dutch. Turn it round: non_dutch minus dutch.")),
            (_rate(flags, groups() == "non_dutch"),
             _t("Dat is alleen het deel voor non_dutch. Trek het deel voor dutch er nog van af.",
                "That is only the share for non_dutch. Still subtract the share for dutch.")),
        ]

    return [
        _choice("risk_factor", "basis", [
            _t("Lees de tekst over de toeslagenaffaire nog eens. Welk kenmerk noemde Amnesty discriminerend?",
               "Read the text on the benefits scandal again. Which feature did Amnesty call discriminatory?"),
            _t("Voor de toeslag hoef je geen Nederlander te zijn. Toch telde dit kenmerk mee als risico.",
               "You do not need to be Dutch to get the allowance. Yet this feature counted as a risk."),
            _t("Het gaat om nationaliteit: \"b\".", "It is about nationality: \"b\"."),
        ], _t("Een beschermd kenmerk als risicofactor gebruiken is discriminatie.",
              "Using a protected attribute as a risk factor is discrimination.")),
        _choice("syri_ruling", "basis", [
            _t("Lees het stuk over SyRI nog eens. Welk recht noemde de rechter?",
               "Read the part on SyRI again. Which right did the court mention?"),
            _t("Artikel 8 EVRM gaat over het privéleven. De rechter vond SyRI ook niet transparant genoeg.",
               "Article 8 ECHR is about private life. The court also found SyRI not transparent enough."),
            _t("Het juiste antwoord noemt artikel 8 EVRM en transparantie: \"b\".",
               "The right answer mentions Article 8 ECHR and transparency: \"b\"."),
        ], _t("Transparantie en controleerbaarheid komen terug in les 3.",
              "Transparency and verifiability come back in lesson 3.")),
        Exercise(
            id="error_rate_non_dutch", level="basis",
            checker=computed_number(lambda: error_rate("non_dutch"), tolerance=0.001, mixups=error_mixups),
            hints=[
                _t("Kies eerst de rijen van de groep non_dutch. Neem daarvan het gemiddelde van error_in_application.",
                   "First select the rows of the group non_dutch. Then take the mean of error_in_application."),
                _t("Rijen kiezen gaat zo: benefits[benefits[\"nationality_group\"] == \"non_dutch\"]",
                   "Selecting rows works like this: benefits[benefits[\"nationality_group\"] == \"non_dutch\"]"),
                _t("Schrijf: error_rate_non_dutch = benefits[benefits[\"nationality_group\"] == \"non_dutch\"]"
                   "[\"error_in_application\"].mean()",
                   "Write: error_rate_non_dutch = benefits[benefits[\"nationality_group\"] == \"non_dutch\"]"
                   "[\"error_in_application\"].mean()"),
            ],
            solution_code=('error_rate_non_dutch = benefits[benefits["nationality_group"] == "non_dutch"]'
                           '["error_in_application"].mean()'),
            correct_text=_t("Vergelijk dit met het deel dat gecontroleerd werd. Zie je het verschil?",
                            "Compare this with the share that was checked. Do you see the difference?"),
        ),
        _choice("strongest_proxy", "basis", [
            _t("Een proxy hangt sterk samen met nationaliteit. Bij welke kolom verschilt de verdeling het meest?",
               "A proxy is strongly linked to nationality. For which column does the split differ most?"),
            _t("Kijk in de tabel naar de rij en: welk deel daarvan is non_dutch?",
               "Look at the row en in the table: what share of it is non_dutch?"),
            _t("De taal voor brieven verraadt veel: \"b\".", "The language of letters reveals a lot: \"b\"."),
        ], _t("Een proxy kan een beschermd kenmerk bijna helemaal vervangen.",
              "A proxy can almost replace a protected attribute.")),
        Exercise(
            id="english_non_dutch_share", level="basis",
            checker=computed_number(english_share, tolerance=0.001, mixups=english_mixups),
            hints=[
                _t("Kies eerst de rijen met correspondence_language gelijk aan \"en\".",
                   "First select the rows where correspondence_language equals \"en\"."),
                _t("Vraag dan bij die rijen: is nationality_group gelijk aan \"non_dutch\"? Het gemiddelde is het "
                   "deel.",
                   "Then ask for those rows: is nationality_group equal to \"non_dutch\"? The mean is the "
                   "share."),
                _t("Schrijf: english = benefits[benefits[\"correspondence_language\"] == \"en\"] en daarna "
                   "english_non_dutch_share = (english[\"nationality_group\"] == \"non_dutch\").mean()",
                   "Write: english = benefits[benefits[\"correspondence_language\"] == \"en\"] and then "
                   "english_non_dutch_share = (english[\"nationality_group\"] == \"non_dutch\").mean()"),
            ],
            solution_code=('english = benefits[benefits["correspondence_language"] == "en"]\n'
                           'english_non_dutch_share = (english["nationality_group"] == "non_dutch").mean()'),
            correct_text=_t("Een model dat 'schrijft in het Engels' gebruikt, gebruikt dus bijna nationaliteit.",
                            "A model that uses 'writes in English' therefore almost uses nationality."),
        ),
        Exercise(
            id="blind_gap", level="verdieping",
            checker=computed_number(gap, tolerance=0.001, mixups=gap_mixups),
            hints=[
                _t("Bereken eerst per groep het deel dat het model kiest: "
                   "blind_flags.groupby(benefits[\"nationality_group\"]).mean()",
                   "First compute, per group, the share the model picks: "
                   "blind_flags.groupby(benefits[\"nationality_group\"]).mean()"),
                _t("Dat geeft een rij met twee getallen. Met [\"non_dutch\"] en [\"dutch\"] pak je ze.",
                   "That gives a row of two numbers. Take them with [\"non_dutch\"] and [\"dutch\"]."),
                _t("Schrijf: rates = blind_flags.groupby(benefits[\"nationality_group\"]).mean() en daarna "
                   "blind_gap = rates[\"non_dutch\"] - rates[\"dutch\"]",
                   "Write: rates = blind_flags.groupby(benefits[\"nationality_group\"]).mean() and then "
                   "blind_gap = rates[\"non_dutch\"] - rates[\"dutch\"]"),
            ],
            solution_code=('rates = blind_flags.groupby(benefits["nationality_group"]).mean()\n'
                           'blind_gap = rates["non_dutch"] - rates["dutch"]'),
            correct_text=_t("Zonder de kolom nationaliteit is het verschil er nog steeds.",
                            "Without the nationality column the difference is still there."),
        ),
    ]


def _measuring_fairness(lang: str) -> list[Exercise]:
    def columns() -> tuple[pd.Series, pd.Series, pd.Series]:
        benefits = _benefits()
        return benefits[TRUTH], benefits[HISTORY], benefits[GROUP]

    def table() -> pd.DataFrame:
        return _group_rates(*columns())

    def selection_mixups() -> list[tuple[float, Text]]:
        truth, selected, groups = columns()
        return [
            (_rate(selected, groups == "non_dutch"), _t("Dat is de selectiegraad van non_dutch. Ik zoek dutch.",
                                                        "That is the selection rate of non_dutch. I want dutch.")),
            (float(selected.mean()), _t("Dat is de selectiegraad van alle aanvragen samen. Kies eerst de rijen "
                                        "van de groep dutch.",
                                        "That is the selection rate of all applications together. First select "
                                        "the rows of the group dutch.")),
            (float(selected[(groups == "dutch").to_numpy()].sum()),
             _t("Dat is een aantal. Gebruik .mean() in plaats van .sum().",
                "That is a count. Use .mean() instead of .sum().")),
        ]

    def dp() -> float:
        rates = table()["selection_rate"]
        return float(rates.max() - rates.min())

    def dp_mixups() -> list[tuple[float, Text]]:
        rates = table()["selection_rate"]
        return [
            (-dp(), _t("Je rekende de laagste min de hoogste. Draai het om: .max() - .min().",
                       "You computed the lowest minus the highest. Turn it round: .max() - .min().")),
            (float(rates.max()), _t("Dat is alleen de hoogste selectiegraad. Trek de laagste er nog van af.",
                                    "That is only the highest selection rate. Still subtract the lowest.")),
            (float(rates.min() / rates.max()), _t("Dat is een verhouding (delen). Ik zoek een verschil (aftrekken).",
                                                  "That is a ratio (dividing). I want a difference (subtracting).")),
        ]

    def fpr() -> float:
        return float(table().loc["non_dutch", "fpr"])

    def fpr_mixups() -> list[tuple[float, Text]]:
        rates = table()
        return [
            (float(rates.loc["non_dutch", "tpr"]),
             _t("Dat is de TPR: je nam de aanvragen mét een fout. Neem de eerlijke aanvragen (truth == False).",
                "That is the TPR: you took the applications WITH an error. Take the honest ones (truth == False).")),
            (float(rates.loc["non_dutch", "selection_rate"]),
             _t("Dat is de selectiegraad van alle aanvragen van non_dutch. Houd alleen de eerlijke aanvragen over.",
                "That is the selection rate of all non_dutch applications. Keep only the honest applications.")),
            (float(rates.loc["dutch", "fpr"]), _t("Dat is de FPR van dutch. Ik zoek non_dutch.",
                                                  "That is the FPR of dutch. I want non_dutch.")),
        ]

    def eo() -> float:
        rates = table()
        return float(max(rates["tpr"].max() - rates["tpr"].min(), rates["fpr"].max() - rates["fpr"].min()))

    def eo_mixups() -> list[tuple[float, Text]]:
        rates = table()
        tpr_gap = float(rates["tpr"].max() - rates["tpr"].min())
        fpr_gap = float(rates["fpr"].max() - rates["fpr"].min())
        return [
            (min(tpr_gap, fpr_gap), _t("Dat is het kleinste van de twee verschillen. Equalised odds neemt het "
                                       "grootste: max(...).",
                                       "That is the smaller of the two differences. Equalised odds takes the "
                                       "larger one: max(...).")),
            (tpr_gap + fpr_gap, _t("Je telde de twee verschillen op. Neem het grootste van de twee: max(...).",
                                   "You added the two differences. Take the larger of the two: max(...).")),
            (dp(), _t("Dat is het verschil in selectiegraad (demografische pariteit). Gebruik de kolommen tpr en fpr.",
                      "That is the difference in selection rate (demographic parity). Use the columns tpr and fpr.")),
        ]

    return [
        Exercise(
            id="selection_rate_dutch", level="basis",
            checker=computed_number(lambda: _rate(columns()[1], columns()[2] == "dutch"), tolerance=0.001,
                                      mixups=selection_mixups),
            hints=[
                _t("Kijk naar de cel met rate_non_dutch. Je hoeft alleen de naam van de groep te veranderen.",
                   "Look at the cell with rate_non_dutch. You only need to change the name of the group."),
                _t("groups == \"dutch\" kiest de rijen van de groep dutch.",
                   "groups == \"dutch\" selects the rows of the group dutch."),
                _t("Schrijf: selection_rate_dutch = selected[groups == \"dutch\"].mean()",
                   "Write: selection_rate_dutch = selected[groups == \"dutch\"].mean()"),
            ],
            solution_code='selection_rate_dutch = selected[groups == "dutch"].mean()',
            correct_text=_t("Vergelijk met rate_non_dutch. Hoeveel keer zo vaak werd non_dutch gekozen?",
                            "Compare with rate_non_dutch. How many times as often was non_dutch picked?"),
        ),
        Exercise(
            id="dp_difference", level="basis",
            checker=computed_number(dp, tolerance=0.001, mixups=dp_mixups),
            hints=[
                _t("rates bevat twee getallen: één per groep. Je zoekt het verschil tussen de hoogste en de laagste.",
                   "rates holds two numbers, one per group. You want the difference between the highest and the "
                   "lowest."),
                _t("rates.max() geeft de hoogste, rates.min() de laagste.",
                   "rates.max() gives the highest, rates.min() the lowest."),
                _t("Schrijf: dp_difference = rates.max() - rates.min()",
                   "Write: dp_difference = rates.max() - rates.min()"),
            ],
            solution_code="dp_difference = rates.max() - rates.min()",
            correct_text=_t("Met .max() en .min() werkt het ook bij drie of meer groepen.",
                            "With .max() and .min() it also works for three or more groups."),
        ),
        Exercise(
            id="fpr_non_dutch", level="basis",
            checker=computed_number(fpr, tolerance=0.001, mixups=fpr_mixups),
            hints=[
                _t("Kijk naar de cel met fpr_dutch. Verander alleen de naam van de groep.",
                   "Look at the cell with fpr_dutch. Only change the name of the group."),
                _t("honest & (groups == \"non_dutch\") kiest de eerlijke aanvragen van non_dutch.",
                   "honest & (groups == \"non_dutch\") selects the honest applications of non_dutch."),
                _t("Schrijf: fpr_non_dutch = selected[honest & (groups == \"non_dutch\")].mean()",
                   "Write: fpr_non_dutch = selected[honest & (groups == \"non_dutch\")].mean()"),
            ],
            solution_code='fpr_non_dutch = selected[honest & (groups == "non_dutch")].mean()',
            correct_text=_t("Dit zijn eerlijke mensen die toch een controle kregen.",
                            "These are honest people who got a check anyway."),
        ),
        _choice("fpr_meaning", "basis", [
            _t("Het woord 'false' in false positive: het besluit 'controleren' was onterecht.",
               "The word 'false' in false positive: the decision 'check' was wrong."),
            _t("De FPR kijkt alleen naar de aanvragen zónder fout.",
               "The FPR only looks at the applications WITHOUT an error."),
            _t("De FPR gaat over eerlijke aanvragen die toch gecontroleerd worden: \"b\".",
               "The FPR is about honest applications that get checked anyway: \"b\"."),
        ], _t("Een hoge FPR betekent: veel eerlijke mensen krijgen last van een controle.",
              "A high FPR means: many honest people are bothered by a check.")),
        Exercise(
            id="eo_difference", level="verdieping",
            checker=computed_number(eo, tolerance=0.001, mixups=eo_mixups),
            hints=[
                _t("Bereken eerst twee verschillen: table[\"tpr\"].max() - table[\"tpr\"].min(), en hetzelfde "
                   "voor fpr.",
                   "First compute two differences: table[\"tpr\"].max() - table[\"tpr\"].min(), and the same "
                   "for fpr."),
                _t("max(a, b) geeft het grootste van twee getallen.", "max(a, b) gives the larger of two numbers."),
                _t("Schrijf: eo_difference = max(table[\"tpr\"].max() - table[\"tpr\"].min(), "
                   "table[\"fpr\"].max() - table[\"fpr\"].min())",
                   "Write: eo_difference = max(table[\"tpr\"].max() - table[\"tpr\"].min(), "
                   "table[\"fpr\"].max() - table[\"fpr\"].min())"),
            ],
            solution_code=('eo_difference = max(table["tpr"].max() - table["tpr"].min(),\n'
                           '                    table["fpr"].max() - table["fpr"].min())'),
            correct_text=_t("In het volgende deel zie je dat fairlearn hetzelfde getal geeft.",
                            "In the next part you will see that fairlearn gives the same number."),
        ),
        _choice("tradeoff", "verdieping", [
            _t("Zet met de schuifregelaars de selectiegraad gelijk. Kijk dan naar de kolom true_positive_rate.",
               "Use the sliders to make the selection rates equal. Then look at the column true_positive_rate."),
            _t("Is het verschil in equalised odds dan ook bijna 0?",
               "Is the equalised-odds difference then also nearly 0?"),
            _t("Eén maat gelijk maken, maakt de andere niet vanzelf gelijk: \"b\".",
               "Making one measure equal does not make the other equal by itself: \"b\"."),
        ], _t("Welke maat je kiest, hangt af van het doel. Schrijf die keuze op en leg haar uit.",
              "Which measure you choose depends on the purpose. Write that choice down and explain it.")),
    ]


def _transparency(lang: str) -> list[Exercise]:
    def first_question(label: str) -> Callable[[], str]:
        return lambda: FEATURES[int(_tree(label, LESSON3_DEPTHS[0]).tree_.feature[0])]

    def second_most_important() -> str:
        importance = pd.Series(_tree(HISTORY, LESSON3_DEPTHS[1]).feature_importances_, index=FEATURES)
        return str(importance.sort_values(ascending=False).index[1])

    return [
        Exercise(
            id="top_feature_history", level="basis",
            checker=_column_from_data(first_question(HISTORY), _t(
                "Dat kenmerk staat wel in de boom, maar niet in de eerste vraag. Kijk naar de allerbovenste regel.",
                "That feature is in the tree, but not in the first question. Look at the very top line.")),
            hints=[
                _t("De eerste vraag staat in de bovenste regel van export_text.",
                   "The first question is in the top line of export_text."),
                _t("De bovenste regel begint met |--- en daarna de naam van een kolom.",
                   "The top line starts with |--- followed by the name of a column."),
                _t("Neem de kolomnaam uit de eerste regel over, tussen aanhalingstekens. In code kan het ook: "
                   "list(features.columns)[history_tree.tree_.feature[0]]",
                   "Copy the column name from the first line, in quotes. In code you can also write: "
                   "list(features.columns)[history_tree.tree_.feature[0]]"),
            ],
            solution_code="top_feature_history = list(features.columns)[history_tree.tree_.feature[0]]",
            correct_text=_t("Een laag inkomen was ook in het echte risicomodel een risicofactor.",
                            "A low income was also a risk factor in the real risk model."),
        ),
        Exercise(
            id="second_most_important", level="verdieping",
            checker=_column_from_data(second_most_important, _t(
                "Dat is niet de tweede plaats. importance is van klein naar groot gesorteerd: de grootste staat "
                "onderaan, de tweede erboven.",
                "That is not second place. importance is sorted from small to large: the largest is at the bottom, "
                "the second just above it.")),
            hints=[
                _t("importance is gesorteerd van klein naar groot. De grootste staat dus onderaan.",
                   "importance is sorted from small to large, so the largest is at the bottom."),
                _t("De tweede plaats is de op één na onderste regel. In code: importance.index[-2]",
                   "Second place is the line just above the bottom one. In code: importance.index[-2]"),
                _t("Schrijf: second_most_important = importance.index[-2]",
                   "Write: second_most_important = importance.index[-2]"),
            ],
            solution_code="second_most_important = importance.index[-2]",
            correct_text=_t("Een proxy kan hoog in de lijst staan. Belang zegt niets over eerlijkheid.",
                            "A proxy can rank high. Importance says nothing about fairness."),
        ),
        Exercise(
            id="top_feature_truth", level="basis",
            checker=_column_from_data(first_question(TRUTH), _t(
                "Dat kenmerk staat niet in de eerste vraag van truth_tree. Kijk naar de bovenste regel van de "
                "tweede boom.",
                "That feature is not in the first question of truth_tree. Look at the top line of the second tree.")),
            hints=[
                _t("Kijk naar de uitvoer van de cel met truth_tree, niet naar history_tree.",
                   "Look at the output of the cell with truth_tree, not at history_tree."),
                _t("De bovenste regel begint met |--- en daarna de naam van een kolom.",
                   "The top line starts with |--- followed by the name of a column."),
                _t("In code: top_feature_truth = list(features.columns)[truth_tree.tree_.feature[0]]",
                   "In code: top_feature_truth = list(features.columns)[truth_tree.tree_.feature[0]]"),
            ],
            solution_code="top_feature_truth = list(features.columns)[truth_tree.tree_.feature[0]]",
            correct_text=_t("Een veranderd inkomen maakt een fout in de aanvraag echt makkelijker. Dat is een "
                            "reden die je kunt uitleggen.",
                            "A changed income really makes an error in the application easier. That is a reason you "
                            "can explain.")),
        _choice("explanation", "basis", [
            _t("Een goede uitleg noemt de echte redenen, en zegt wat de aanvrager kan doen.",
               "A good explanation gives the real reasons, and says what the applicant can do."),
            _t("Denk aan SyRI en aan AVG artikel 22: geheim houden of 'de computer zei het' is niet genoeg.",
               "Think of SyRI and GDPR Article 22: keeping it secret or 'the computer said so' is not enough."),
            _t("Het antwoord met redenen, een medewerker en de kans om te reageren: \"b\".",
               "The answer with reasons, a staff member and a chance to respond: \"b\"."),
        ], _t("Een eerlijke uitleg maakt ook zichtbaar dat een proxy meetelt.",
              "An honest explanation also shows that a proxy counts.")),
    ]


_EXAMPLE_DELIBERATION = {
    "nl": (
        'deliberation = {\n'
        '    "purpose": "Fouten in bijstandsaanvragen vinden zonder eerlijke mensen lastig te vallen. Kan het ook '
        'zonder model, met betere uitleg op het formulier?",\n'
        '    "data": "Oude controles zijn een scheef oordeel. Taal voor brieven en postcode zijn proxy\'s voor '
        'afkomst. Die horen er niet in.",\n'
        '    "affected": "Aanvragers, vooral mensen met een laag inkomen of een migratieachtergrond. Zij zitten niet '
        'aan tafel.",\n'
        '    "risks": "Eerlijke mensen krijgen een huisbezoek. Dat gebeurt vaker bij sommige groepen. Fouten van '
        'het model blijven onzichtbaar.",\n'
        '    "measures": "Proxy\'s eruit, FPR per groep meten, een medewerker beslist, uitleg en bezwaar, het '
        'algoritme in het register.",\n'
        '    "decision": "Niet in deze vorm. Eerst een label maken dat echte fouten meet, dan opnieuw afwegen met '
        'een IAMA.",\n'
        '}'
    ),
    "en": (
        'deliberation = {\n'
        '    "purpose": "Find errors in social assistance applications without bothering honest people. Could it '
        'work without a model, with a clearer form?",\n'
        '    "data": "Old checks are a skewed judgement. Language of letters and postcode are proxies for origin. '
        'They do not belong in it.",\n'
        '    "affected": "Applicants, especially people with a low income or a migration background. They are not '
        'at the table.",\n'
        '    "risks": "Honest people get a home visit, more often in some groups. Mistakes of the model stay '
        'invisible.",\n'
        '    "measures": "Remove the proxies, measure the FPR per group, a staff member decides, explanation and '
        'objection, list the algorithm in the register.",\n'
        '    "decision": "Not in this form. First build a label that measures real errors, then deliberate again '
        'with an IAMA.",\n'
        '}'
    ),
}


def _deliberation(lang: str) -> list[Exercise]:
    return [
        _choice("uc23_tier", "verdieping", [
            _t("Een systeem dat meebeslist over een uitkering van de overheid: hoe zwaar raakt dat mensen?",
               "A system that helps decide about a government benefit: how strongly does that affect people?"),
            _t("Bijlage III van de AI-verordening noemt overheden die beoordelen wie recht heeft op een uitkering.",
               "Annex III of the AI Act lists public authorities evaluating who is entitled to a benefit."),
            _t("Bijlage III is de lijst van hoog-risicogebieden: \"b\".",
               "Annex III is the list of high-risk areas: \"b\"."),
        ], _t("Hoog risico betekent: het mag, maar met strenge eisen, zoals menselijk toezicht en goede data.",
              "High risk means: it is allowed, but with strict requirements, such as human oversight and good data.")),
        _choice("proxy_in_case", "basis", [
            _t("Een proxy hangt sterk samen met een beschermd kenmerk, zoals nationaliteit.",
               "A proxy is strongly linked to a protected attribute, such as nationality."),
            _t("Denk aan de tabel met talen in les 1.", "Think of the table of languages in lesson 1."),
            _t("De taal voor brieven: \"a\".", "The language of letters: \"a\"."),
        ], _t("Weglaten van nationaliteit helpt niet als de taal voor brieven er nog in zit.",
              "Leaving out nationality does not help while the language of letters is still in.")),
        _choice("who_suffers", "basis", [
            _t("Wie krijgt er onverwacht iemand aan de deur?", "Who unexpectedly finds someone at the door?"),
            _t("Denk aan de gezinnen in de toeslagenaffaire.", "Think of the families in the benefits scandal."),
            _t("De eerlijke aanvrager: \"b\".", "The honest applicant: \"b\"."),
        ], _t("Een afweging noemt altijd wie de gevolgen van een fout draagt.",
              "A deliberation always names who bears the consequences of a mistake.")),
        Exercise(
            id="deliberation", level="basis", checker=_check_deliberation,
            hints=[
                _t("Kopieer het voorbeeld uit de tekst en vervang elke ... door een paar zinnen, tussen de "
                   "aanhalingstekens.",
                   "Copy the example from the text and replace each ... with a few sentences, inside the quotes."),
                _t("Gebruik de vragen uit de tabel met zes stappen. Noem de proxy's uit opdracht 2 bij \"data\".",
                   "Use the questions from the table of six steps. Mention the proxies from exercise 2 under "
                   "\"data\"."),
                _t("Bekijk een uitgewerkt voorbeeld met q.deliberation.solution(). Schrijf daarna je eigen versie.",
                   "Look at a worked example with q.deliberation.solution(). Then write your own version."),
            ],
            solution_code=_EXAMPLE_DELIBERATION[lang],
            correct_text=_t("Alle stappen zijn ingevuld. Bespreek je afweging met iemand anders: ziet die nog een "
                            "risico dat jij mist?",
                            "Every step is filled in. Discuss your deliberation with someone else: do they see a "
                            "risk you missed?"),
        ),
        _choice("counter_argument", "basis", [
            _t("Een tegenargument is wat iemand zegt die het oneens is met het standpunt.",
               "A counter-argument is what someone who disagrees with the position would say."),
            _t("Het standpunt is tegen het model. Welke zin spreekt vóór het model?",
               "The position is against the model. Which sentence speaks for the model?"),
            _t("De zin over minder geld verliezen: \"b\".", "The sentence about losing less money: \"b\"."),
        ], _t("Een sterk argument noemt het tegenargument en geeft er antwoord op.",
              "A strong argument names the counter-argument and answers it.")),
    ]


_LESSONS: dict[str, Callable[[str], list[Exercise]]] = {
    "01_bias_and_proxies": _bias_and_proxies,
    "02_measuring_fairness": _measuring_fairness,
    "03_transparency": _transparency,
    "04_deliberation": _deliberation,
}


def exercises(lesson: str, lang: str) -> ExerciseSet:
    """The practice exercises of one lesson (e.g. ``"01_bias_and_proxies"``) in one language (``"nl"``/``"en"``)."""
    if lesson not in _LESSONS:
        raise ValueError(f"unknown lesson {lesson!r}; choose from {', '.join(_LESSONS)}")
    return ExerciseSet(lang, _LESSONS[lesson](lang))
