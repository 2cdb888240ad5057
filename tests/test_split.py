"""The parser on short strings with the documents' ugly cases, and on the real documents."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from assistant.load import load_corpus
from assistant.split import classify, clean, split, split_text


def labels(text: str) -> list[str]:
    return [p.paragraph for p in split_text(text, "X")]


def test_numbered_paragraphs_keep_their_numbers_and_subparagraphs_their_letters():
    text = "1. One.\n  Topic\n2. The Committee recommends that the State party:\n (a) Do x;\n (b) Do y.\n3. Three."
    ps = split_text(text, "X")
    assert [p.paragraph for p in ps] == ["1", "2", "2 (a)", "2 (b)", "3"]
    sub = ps[3]
    assert sub.text == "The Committee recommends that the State party:\n(b) Do y."
    assert sub.parent == "2" and sub.kind == "subparagraph"
    assert ps[1].text == "The Committee recommends that the State party:\n(a) Do x;\n(b) Do y."
    assert ps[1].headings == ("Topic",)


def test_a_number_out_of_sequence_is_text_not_a_new_paragraph():
    assert labels("1. First, see\n2008. It was so.\n2. Second.\n3. Third.\n4. Fourth.") == ["1", "2", "3", "4"]


def test_pdf_furniture_is_removed_and_a_cut_paragraph_joined():
    text = ("1. Alpha.\n2. Beta.\n3. The Committee is concerned about non-\n\ngovernmental groups and\n\n"
            "E/C.12/KAZ/CO/2 \n\n 5 \n\nthe registration (art. 8).\n4. Delta.")
    ps = split_text(text, "X")
    assert ps[2].text == "The Committee is concerned about non-governmental groups and the registration (art. 8)."


def test_word_export_markup_is_removed():
    lines = clean("[bookmark: z161]8.\tText[footnoteRef:1]* [1: \t*\tNot edited.] end")
    assert lines == ["8.\tText  end"]  # spaces are folded later, by classify


def test_markdown_footnote_block_between_halves_of_a_paragraph():
    text = ("## **I. HOUSING**\n\n1. One.\n2. Two.\n3. Annually there\n\n---\n\n<sup>4</sup> A source.\n\n"
            "are about 3 thousand cases.<sup>5</sup>\n\n4. Four.\n")
    ps = split_text(text, "X")
    assert ps[2].text == "Annually there are about 3 thousand cases."
    assert ps[2].headings == ("I. HOUSING",)


def test_recommendation_bullets_are_units_and_a_bullet_cut_by_a_footnote_is_joined():
    text = ("## **IV. WOMEN**\n\n1. One.\n2. Two.\n3. Three.\n\n***Recommendations:***\n\n- Develop x.\n"
            "- Protect women\n\n---\n\n<sup>1</sup> note\n\n- from harassment at work.\n- Fund shelters.\n")
    ps = split_text(text, "X")
    assert [p.paragraph for p in ps] == ["1", "2", "3", "sec. IV, rec. 1", "sec. IV, rec. 2", "sec. IV, rec. 3"]
    assert ps[4].text == "Protect women from harassment at work."
    assert ps[4].headings == ("IV. WOMEN", "Recommendations")


def test_list_lines_stay_with_the_paragraph_that_introduces_them():
    text = "1. One.\n2. The bill provides for:\nEqual access\nEqual pay\n3. Three.\n4. Four."
    ps = split_text(text, "X")
    assert ps[1].text == "The bill provides for:\nEqual access\nEqual pay"


def test_unnumbered_document_gets_issue_labels_and_joins_lines_cut_by_footnotes():
    text = ("List of Issues\nPrepared by an NGO\n"
            "Issue : Banned professions (Articles 2, 3)\nAccording to the Order No.944\n, 287 jobs are forbidden for women.\n"
            "The gap was raised by CESCR (2010)\n and CEDAW (2014).\nRecommendations: \n- Repeal the list.\n"
            "Issue : Registration (Article 11)\nRecommendation: Abandon the system of registration at the place of residence.\n")
    ps = split_text(text, "X")
    assert [p.paragraph for p in ps] == ["issue 1, para. 1", "issue 1, para. 2", "issue 1, rec. 1", "issue 2, rec. 1"]
    assert ps[0].text == "According to the Order No.944, 287 jobs are forbidden for women."
    assert ps[1].text == "The gap was raised by CESCR (2010) and CEDAW (2014)."
    assert ps[0].headings == ("Banned professions (Articles 2, 3)",)


def test_headings_of_a_state_report():
    assert classify("Recommendation regarding women ’ s right to work (para. 24)", True).text == \
        "Recommendation regarding women’s right to work (para. 24)"
    assert classify("Article 2", True).level == 1
    assert classify("I.Introduction", False).text == "I. Introduction"


# --- the real documents ------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus():
    return {d.cite_as: split(d) for d in load_corpus()}


EXPECTED_NUMBERS = {"KAZ-FU-2021": 63, "E/C.12/KAZ/3": 520, "E/C.12/KAZ/CO/2": 57, "NGO-ESCR-KAZ": 57}


@pytest.mark.parametrize("symbol,last", EXPECTED_NUMBERS.items())
def test_every_numbered_document_has_all_its_paragraphs_in_order(corpus, symbol, last):
    nums = [p.paragraph for p in corpus[symbol] if p.kind == "paragraph"]
    assert nums == [str(i) for i in range(1, last + 1)]


def test_subparagraphs_of_the_concluding_observations(corpus):
    subs = Counter(p.parent for p in corpus["E/C.12/KAZ/CO/2"] if p.kind == "subparagraph")
    assert subs == {"11": 3, "17": 5, "30": 5, "45": 3, "48": 7, "49": 7}


def test_unnumbered_and_recommendation_units(corpus):
    fidh = Counter(p.kind for p in corpus["FIDH-LOI-2018"])
    assert fidh == {"paragraph": 19, "recommendation": 28}
    recs = [p.paragraph for p in corpus["NGO-ESCR-KAZ"] if p.kind == "recommendation"]
    assert len(recs) == 31 and recs[0] == "sec. I, rec. 1" and recs[-1] == "sec. IX, rec. 5"


def text_of(corpus, symbol, label):
    return next(p for p in corpus[symbol] if p.paragraph == label)


WORD_FOR_WORD = [
    ("E/C.12/KAZ/CO/2", "25", "While noting that, in 2017, women’s wages increased slightly, to 67.8 per cent of men’s, the "
     "Committee remains concerned at the persistent wage gap between men and women (art. 7)."),
    ("E/C.12/KAZ/CO/2", "11 (b)", "The Committee recommends that the State party:\n(b) Take the measures necessary to combat "
     "discrimination against foreign and internal migrants, and to ensure that residence registration does not limit access to "
     "economic, social and cultural rights of foreign and internal migrants, in particular with regard to access to the formal "
     "labour market and to such social benefits as health care, housing and education;"),
    ("NGO-ESCR-KAZ", "30", "There is a problem of early and forced marriages in the country. Annually in Kazakhstan there are about "
     "3 thousand marriages with minors. Neither the Criminal Code nor the Code of Administrative Offences provides liability for "
     "practice of forced marriages, which reflects a \"hands off\" approach by the state."),
    ("NGO-ESCR-KAZ", "sec. IV, rec. 2", "Take legislative and administrative measures to effectively prevent and protect women from "
     "sexual harassment in all spheres of social life, including work place."),
    ("KAZ-FU-2021", "10", "This definition of sex-based discrimination is comprehensive in nature and is premised on equal rights "
     "and opportunities of both men and women."),
    ("E/C.12/KAZ/3", "365", "In terms of targeted work, more than 5,000 raids were conducted, during which more than 14,000 sites "
     "were inspected. More than 3,000 communications were published in the mass media."),
]


@pytest.mark.parametrize("symbol,label,expected", WORD_FOR_WORD)
def test_sample_paragraphs_word_for_word(corpus, symbol, label, expected):
    assert text_of(corpus, symbol, label).text == expected


def test_cut_paragraphs_of_the_ngo_submission_are_whole(corpus):
    assert text_of(corpus, "NGO-ESCR-KAZ", "37").text.endswith("(10 out of 16 regions have already appointed such advisors).")
    assert "to improve public attitudes and treatment" in text_of(corpus, "NGO-ESCR-KAZ", "37").text
    assert "Namely refugees are not allowed to work, to receive medical care" in text_of(corpus, "NGO-ESCR-KAZ", "43").text
    assert "contrary to international standards by making" in text_of(corpus, "NGO-ESCR-KAZ", "49").text
    assert text_of(corpus, "NGO-ESCR-KAZ", "55").text.endswith("financed by the Ministry of Justice.")


def test_lists_stay_with_their_paragraph(corpus):
    for label, first_item in [("16", "Equal access for men and women"), ("19", "National security interests"),
                              ("52", "Annual increases in the number"), ("60", "Repeal of the mandatory membership")]:
        text = text_of(corpus, "KAZ-FU-2021", label).text
        assert text.split("\n")[1].startswith(first_item)


def test_headings(corpus):
    assert text_of(corpus, "E/C.12/KAZ/CO/2", "23").heading_path == \
        "C. Principal subjects of concern and recommendations > Women’s right to work"
    assert text_of(corpus, "E/C.12/KAZ/3", "60").headings[-1].startswith("Recommendation regarding the applicability of the Covenant")
    assert text_of(corpus, "KAZ-FU-2021", "54").headings == ("Follow-up information relating to paragraph 33 of the concluding observations",)


ARTEFACTS = [r"\[footnoteRef", r"\[bookmark", r"<sup>", r"\[\d+:", r"\*\*", r"^---", r"\t", r"  ", r"E/C\.12/KAZ/CO/2\s*$",
             r"\n\s*\d{1,3}\s*\n", r"GE\.\d\d-", r"Adopted by the Committee at its", r"[a-z]- [a-z]{4,}"]


def test_no_artefacts_anywhere(corpus):
    bad = [(p.citation, rx) for ps in corpus.values() for p in ps for rx in ARTEFACTS if re.search(rx, p.text.replace("non- citizens", "non-citizens"), re.M)]
    # ('non- citizens' is spelt so in the NGO submission itself)
    assert bad == []


def test_labels_are_unique_per_document(corpus):
    for symbol, ps in corpus.items():
        labels_ = [p.paragraph for p in ps]
        assert len(labels_) == len(set(labels_)), symbol
