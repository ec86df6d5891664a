"""Signals in admin_emails that the automation lessons rely on.

Lessons: a text classifier (TF-IDF + logistic regression) sorts an inbox well but makes mistakes, and it
beats hand-written keyword rules; the mails are fictional (no real domains).
"""

import re
import sys
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline

GENERATORS = Path(__file__).resolve().parents[2] / "datasets" / "generators"
if str(GENERATORS) not in sys.path:
    sys.path.insert(0, str(GENERATORS))
import admin_emails  # noqa: E402

pytestmark = pytest.mark.datasets

# Measured on seed 42025, held-out 25 % (stratified, random_state=0): macro-F1 model 0.888, keyword rules
# 0.623, majority baseline 0.06.
F1_RANGE = (0.70, 0.97)
MIN_MODEL_OVER_RULES = 0.15
# A fair keyword baseline: the words an office worker would search for, checked in this order.
RULES = (("sollicitatie", r"sollicit|vacature|\bcv\b|stage"),
         ("klacht", r"klacht|ontevreden|lekt|beschadigd|onacceptabel"),
         ("offerteaanvraag", r"offerte|prijs|kosten|kost "),
         ("factuur", r"factuur|nota|betal|bedrag"),
         ("afspraak", r"afspraak|langs|datum|verzetten|afzeggen"))


@pytest.fixture(scope="module")
def split():
    frame = admin_emails.generate()["admin_emails"]
    text = frame["subject"] + "\n" + frame["body"]
    return train_test_split(text, frame["category"], test_size=0.25, random_state=0, stratify=frame["category"])


def _rule(text):
    text = text.lower()
    return next((category for category, pattern in RULES if re.search(pattern, text)), "overig")


@pytest.fixture(scope="module")
def model_f1(split):
    train_x, test_x, train_y, test_y = split
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=2000)).fit(train_x, train_y)
    return f1_score(test_y, model.predict(test_x), average="macro")


def test_size_and_categories():
    """Are there 600-1,000 mails in six categories, each with at least 80 examples?"""
    frame = admin_emails.generate()["admin_emails"]
    counts = frame["category"].value_counts()
    assert 600 <= len(frame) <= 1000
    assert set(counts.index) == set(admin_emails.CATEGORIES) and counts.min() >= 80


def test_all_sender_domains_are_fictional():
    """Does every sender domain end in .example, so no mail can seem to come from a real organisation?"""
    frame = admin_emails.generate()["admin_emails"]
    assert frame["sender_domain"].str.fullmatch(r"[a-z0-9.-]+\.example").all()


def test_model_is_good_but_not_perfect(model_f1):
    """Does TF-IDF + logistic regression reach a held-out macro-F1 well above the majority baseline
    (>= 0.70) but below perfect (<= 0.97), because some mails are ambiguous?"""
    assert F1_RANGE[0] <= model_f1 <= F1_RANGE[1], model_f1


def test_keyword_rules_are_clearly_worse(split, model_f1):
    """Is the keyword-rule baseline at least 0.15 macro-F1 below the model, and above the majority baseline?"""
    _train_x, test_x, _train_y, test_y = split
    rules_f1 = f1_score(test_y, [_rule(t) for t in test_x], average="macro")
    majority_f1 = f1_score(test_y, [test_y.mode()[0]] * len(test_y), average="macro")
    assert rules_f1 <= model_f1 - MIN_MODEL_OVER_RULES, (rules_f1, model_f1)
    assert rules_f1 > majority_f1
