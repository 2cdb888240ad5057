"""formats.detect on short strings: the document's own symbol, never one it cites; body, kind, author, country."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.formats import SYMBOL, detect


def meta(text: str) -> dict:
    return detect(text, {}, "file")


def test_a_summary_record_is_cited_by_its_own_symbol_not_by_the_documents_it_discusses():
    text = ("United Nations\nE/C.12/2011/SR.12\nEconomic and Social Council\nDistr.: General\n30 May 2011\n"
            "Committee on Economic, Social and Cultural Rights\nSummary record of the 12th meeting\n"
            "Second periodic report of Yemen (E/C.12/YEM/2); list of issues (E/C.12/YEM/Q/2); replies (E/C.12/YEM/Q/2/Add.1)\n"
            "1. At the invitation of the Chairperson, the delegation took places (E/C.12/YEM/Q/2).\n")
    d = meta(text)
    assert (d["symbol"], d["kind"], d["body"], d["author_kind"], d["date"]) == \
        ("E/C.12/2011/SR.12", "summary record", "CESCR", "committee", "2011-05-30")


def test_a_table_of_other_documents_symbols_inside_the_text_gives_no_symbol_of_its_own():
    # A/67/48, para. 31, as the docstore page flattens its table, one cell to a line (evals/holdout/ij/cmw-ar-2012.txt)
    text = ("31.At its sixteenth session, the Committee adopted lists of issues on the following reports:\n\nState party\n\n"
            "Symbol of report\n\nSymbol of list of issues\n\nAzerbaijan\n\nCMW/C/AZE/2\n\nCMW/C/AZE/Q/2\n\nBolivia\n\n"
            "CMW/C/BOL/2\n\nCMW/C/BOL/Q/2\n\n32.Also at its sixteenth session, the Committee adopted lists of issues.\n")
    assert meta(text)["symbol"] is None
    header = "CMW/C/GC/1\n\n" + text  # a symbol above the first paragraph is still its own
    assert meta(header)["symbol"] == "CMW/C/GC/1"


def test_a_page_that_names_no_country_is_about_the_one_whose_people_it_names():
    # page 3 of E/C.12/1/Add.57 (evals/holdout/ij/cescr-co-hnd-2001.txt): 'Honduras' is not on it
    page = ("E/C.12/1/Add.57\npage 3\n15.\nThe Committee is concerned about the lack of measures to control the negative "
            "effects of transnational companies\u2019 activities on the employment and working conditions of Honduran workers.\n")
    assert meta(page)["country"] == "Honduras"
    assert meta(page.replace("Honduran", "Romani"))["country"] == ""  # the Roma's language, not Romania's
    assert meta(page.replace("Honduran workers", "Bhutanese refugees in Nepalese camps"))["country"] == ""  # two: unknown
    assert meta(page + "16. Workers from Mexico.\n")["country"] != "Honduras"  # a country named: no guess


def test_a_symbol_the_pdf_split_over_two_lines_is_read_whole():
    # the first lines of A/HRC/WG.6/45/NGA/3 as a PDF-to-text page prints them (evals/holdout/cd/upr-stakeholders-nga-2023.txt)
    text = ("You are on page 1of 16\n\nUnited Nations A/HRC/WG.\n\n6/45/NGA/3\nGeneral Assembly Distr.: General\n10 November 2023\n\n"
            "Original: English\n\nHuman Rights Council\n\n\nWorking Group on the Universal Periodic Review\nForty-fifth session\n"
            "22 January\u20132 February 2024\n\nSummary of stakeholders\u2019 submissions on Nigeria*\n\n"
            "1. The present report was prepared pursuant to Human Rights Council resolutions 5/1 and 16/21.\n")
    d = meta(text)
    assert (d["symbol"], d["kind"], d["country"]) == ("A/HRC/WG.6/45/NGA/3", "upr report", "Nigeria")


def test_a_upr_working_group_report():
    text = ("A/HRC/39/7\nGeneral Assembly\nDistr.: General\n9 July 2018\nHuman Rights Council\nThirty-ninth session\n"
            "Report of the Working Group on the Universal\nPeriodic Review*\nUruguay\n"
            "1. The Working Group, established in accordance with Human Rights Council resolution 5/1, held its session.\n")
    d = meta(text)
    assert (d["symbol"], d["kind"], d["body"], d["author_kind"], d["country"]) == ("A/HRC/39/7", "upr report", "UPR", "other", "Uruguay")


def test_the_symbol_glued_to_the_header_and_a_running_header_symbol():
    assert meta("United NationsCEDAW/C/PAK/CO/4\nConcluding observations on the fourth periodic report of Pakistan\n1. The "
                "Committee considered the report (CEDAW/C/PAK/4).")["symbol"] == "CEDAW/C/PAK/CO/4"
    body = "The Committee notes (see CCPR/C/KAZ/2) much.\n" * 30
    text = f"Concluding observations\n1. {body}\nCCPR/C/KAZ/CO/3\n2\n2. {body}\nCCPR/C/KAZ/CO/3\n3\n3. End."
    assert meta(text)["symbol"] == "CCPR/C/KAZ/CO/3"


def test_no_symbol_when_the_text_only_cites_others():
    d = meta("Concluding observations on the combined second and third periodic reports of the Cook Islands *\n"
             "1.The Committee considered the reports of the Cook Islands (CEDAW/C/COK/2-3) at its meetings.")
    assert d["symbol"] is None and d["body"] == "CEDAW" and d["country"] == "Cook Islands"


@pytest.mark.parametrize("symbol", ["A/HRC/WG.6/35/ARM/1", "A/HRC/39/7", "A/73/123", "CCPR/C/GC/36", "CRC/C/GC/25", "E/C.12/GC/25",
                                    "CEDAW/C/GC/35", "CAT/C/SR.1051/Add.1", "CCPR/C/GC/R.36/Rev.2", "E/CN.4/2000/16/Add.1",
                                    "CERD/C/NLD/CO/19-21", "CRPD/C/ARM/CO/1", "CMW/C/BGD/Q/1", "CED/C/MEX/CO/1", "HRI/CORE/ISR/2008"])
def test_symbol_pattern_covers_the_treaty_bodies_and_the_council(symbol):
    assert SYMBOL.search(f"see {symbol}, para. 3").group(0) == symbol


@pytest.mark.parametrize("title,kind,author,body", [
    ("Committee on the Rights of the Child\nList of issues in relation to the fifth report of Chile", "list of issues", "committee", "CRC"),
    ("Committee against Torture\nConcluding observations on the seventh periodic report of Portugal", "concluding observations", "committee", "CAT"),
    # held-out bj (stop 45), and be, bg, bh, st before it: 'prior to submission' is no NGO's submission
    ("Committee against Torture\nList of issues prior to submission of the sixth periodic report of the United States of America\n"
     "Follow-up questions from the previous reporting cycle", "list of issues", "committee", "CAT"),
    ("Human Rights Committee\nGeneral comment No. 36\nArticle 6: right to life", "general comment", "committee", "CCPR"),
    ("Committee on the Elimination of Discrimination against Women\nReplies of Mauritania to the list of issues", "reply", "state", "CEDAW"),
    ("Committee on the Rights of Persons with Disabilities\nInitial report submitted by Armenia under article 35 of the Convention, due in 2012",
     "state report", "state", "CRPD"),
    ("Human Rights Committee\nReport on follow-up to the concluding observations of the Human Rights Committee", "follow-up", "committee", "CCPR"),
    ("Human Rights Council\nWorking Group on the Universal Periodic Review\nNational report submitted in accordance with paragraph 5 "
     "of the annex to Human Rights Council resolution 16/21\nArmenia", "state report", "state", "UPR"),
    ("Commission on Human Rights\nReport by the Special Rapporteur on contemporary forms of racism\nMission to Hungary",
     "special procedures report", "other", "SP"),
    ("Alternative report to the Committee on Economic, Social and Cultural Rights\nSubmitted by a coalition of NGOs", "ngo report", "ngo", "NGO"),
])
def test_kind_author_and_body_from_the_title_block(title, kind, author, body):
    d = meta(title + "\n1. The first paragraph of the document says what it is about at some length.\n")
    assert (d["kind"], d["author_kind"], d["body"]) == (kind, author, body)


def test_date_from_the_distr_block_or_date_received():
    assert meta("Distr.: General\n13 July 2016\nConcluding observations\n1. Text.")["date"] == "2016-07-13"
    assert meta("Replies of X\n[Date received: 30 May 2024]\n1. Text.")["date"] == "2024-05-30"


# Headers of real documents gathered at stop 20 (evals/holdout/README.md gives each one's address): what the first
# detector got wrong on them, each a rule for any document, not a fix for one.
def test_a_document_with_its_own_un_symbol_is_no_ngo_report_whatever_its_title_says():
    d = meta("United Nations\n\nCAT/C/TUN/QPR/4\n\nDistr.: General\n\n4 January 2023\n\nCommittee against Torture\n\n"
             "List of issues prior to submission of the fourth periodic report of Tunisia *\n\n"
             "1.In its previous concluding observations,the Committee requested the State party to provide information.\n")
    assert (d["kind"], d["author_kind"], d["country"]) == ("list of issues", "committee", "Tunisia")


def test_a_non_breaking_hyphen_and_a_core_document():
    d = meta("YEMEN\n\nFollow\u2011up \u2011 State Reporting\n\nCCPR  A/58/40 vol. I (2003)\n\n"
             "CHAPTER VII.  FOLLOW-UP TO CONCLUDING OBSERVATIONS\n\n1.  At its seventy-first session, the Committee began.\n")
    assert (d["kind"], d["author_kind"], d["country"]) == ("follow-up", "committee", "Yemen")
    d = meta("Distr.\n\nGENERAL\n\nHRI/CORE/1/Add.38/Rev.1\n12 September 1996\n\nCORE DOCUMENT FORMING THE INITIAL PART OF "
             "STATE PARTY REPORTS\n\n\nTOGO\n\n\n[27 February 1996]\n\n1. Togo lies in West Africa.\n")
    assert (d["kind"], d["author_kind"], d["country"]) == ("state report", "state", "Togo")


DENMARK = "\n".join((Path(__file__).parent / "fixtures" / "real" / "ngo-denmark-upr-submission.txt").read_text(encoding="utf-8")
                    .splitlines()[:24])  # the fixture's first 24 lines


@pytest.mark.parametrize("header, country", [
    ("A/HRC/43/49/Add.1 Annex Report of the Special Rapporteur on torture and other cruel, inhuman or degrading treatment or "
     "punishment on his visit to the Comoros I. Introduction 1. The Special Rapporteur on torture and other cruel, inhuman "
     "or degrading treatment or punishment conducted, at the invitation of the Government, an official visit to the "
     "Comoros, which was scheduled from 12 to 18 June 2019.", "Comoros"),
    ("UZBEKISTAN Joint Submission to the UN Universal Periodic Review 30th Session of the UPR Working Group\n", "Uzbekistan"),
    (DENMARK, "Denmark")])  # its regex reading was 'Practice' ('... Protection in Practice' ends a line)
def test_a_country_from_a_visit_a_title_in_capitals_or_the_one_country_the_title_names(header, country):
    assert meta(header)["country"] == country


# The UN files a document under a symbol that says what it is; and a country's ISO code is in most treaty-body symbols.
# From real documents gathered at stop 20 (evals/holdout/: chr-observatories.uwazi.io, atlas-of-torture.org).
def test_the_symbol_says_the_kind_and_the_country():
    d = meta("CEDAW/C/SR.1405 The meeting was called to order at 10.05 a.m. Consideration of reports submitted by States "
             "parties under article 18 of the Convention Combined seventh and eighth periodic reports of the Philippines "
             "(CEDAW/C/PHL/7-8; CEDAW/C/PHL/Q/7-8 and Add.1) 1. At the invitation of the Chair, the delegation of the "
             "Philippines took places at the Committee table.")
    assert (d["kind"], d["author_kind"]) == ("summary record", "committee")  # not 'reports submitted by States parties'
    d = meta("UNITED NATIONS CAT Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment "
             "Distr. GENERAL CAT/C/NZL/CO/5 4 June 2009 Original: ENGLISH COMMITTEE AGAINST TORTURE Forty-second session "
             "Geneva, 27 April-15 May 2009 CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 19 OF THE "
             "CONVENTION Concluding observations of the Committee against Torture NEW ZEALAND 1. The Committee considered "
             "the fifth periodic report of New Zealand (CAT/C/NLZ/5) at its 875th and 876th meetings.")
    assert (d["kind"], d["country"]) == ("concluding observations", "New Zealand")


@pytest.mark.parametrize("symbol, kind", [("E/C.12/FIN/5", "state report"), ("CERD/C/BRA/18-20", "state report"),
                                          ("CAT/C/TUN/QPR/4", "list of issues"), ("CED/C/PER/Q/1/Add.1", "reply"),
                                          ("CCPR/C/PHL/RQ/5", "reply"), ("CCPR/C/GC/36", "general comment"),
                                          ("A/HRC/WG.6/36/JAM/1", "state report"), ("CCPR/C/BLZ/CO/1/Add.1", ""),
                                          ("A/HRC/37/7", "")])
def test_kinds_a_symbol_says(symbol, kind):
    from assistant.ingest.meta import _symbol_kind

    assert _symbol_kind(symbol) == kind


# Stop 33: excerpts of older documents, as the University of Minnesota library and the docstore print them
# (evals/holdout/cd and ij; the two decisions pages from the search corpus, http://www1.umn.edu/humanrts/esc/decisions/).
def test_an_excerpt_is_known_by_its_own_heading_not_by_words_of_its_paragraphs():
    # evals/holdout/cd/cescr-co-ken-1994.txt: 'oral replies to questions' in para. 160 made it a State's reply
    d = meta("University of Minnesota\n\nConclusions and recommendations of the Committee on Economic, Social and\n"
             "Cultural Rights,\nU.N. Doc. E/1995/22, paras. 159-164 (1994).\n\n159. The Committee considered the initial "
             "report of Kenya (E/1990/5/Add.17) at its 12th meeting.\n\n160. Having considered the information contained "
             "in the initial report and the oral replies to questions raised, the Committee decides to request a new report.\n")
    assert (d["kind"], d["author_kind"]) == ("concluding observations", "committee")


def test_concluding_observations_issued_as_addenda_are_known_by_their_symbol():
    # evals/holdout/ij/cescr-co-hnd-2001.txt: CESCR's concluding observations of 1998-2008 are E/C.12/1/Add.N
    d = meta("E/C.12/1/Add.57\npage 3\n15.\nThe Committee is concerned about the lack of legislative measures.\n16.\n"
             "The Committee is particularly concerned about the very low number of labour inspectors.\n")
    assert (d["symbol"], d["kind"], d["author_kind"], d["body"]) == ("E/C.12/1/Add.57", "concluding observations", "committee", "CESCR")


def test_a_table_of_reports_at_the_top_of_an_excerpt_gives_no_symbol_and_the_committee_speaks():
    # evals/holdout/cd/cescr-annual-report-ch2-2007.txt: it was 'E/C.12/FIN/5', a State's report
    d = meta("Finland\n\nFifth periodic report\n\nE/C.12/FIN/5\n\nLatvia\n\nInitial report\n\nE/1990/5/Add.70\n\nHungary\n\n"
             "Third periodic report\n\nE/C.12/HUN/3\n\nCHAPTER II\n\nOverview of the present working methods of the Committee\n\n"
             "21.This chapter of the Committee's report aims at providing an overview of its working methods.\n\n"
             "22.Since its first session, in 1987, the Committee has made a concerted effort to devise working methods.\n\n"
             "23.The Committee attaches major importance to the need to structure the reporting process.\n\n"
             "24.The Committee has adopted detailed reporting guidelines.\n")
    assert (d["symbol"], d["author_kind"]) == (None, "committee")


def test_a_committees_decisions_are_its_words_whatever_its_paragraphs_mention():
    # umn-dec11: 'independent expert members of the treaty bodies' made it a special rapporteur's report
    d = meta("University of Minnesota\n\nProcedural Decisions of the Committee on Economic, Social and Cultural Rights, "
             "Decisions adopted by the Committee at its eleventh session, U.N. Doc. E/1995/22, paras. 404-17 (1994).\n\n"
             "404. The Committee noted that no facilities whatsoever were provided for members.\n\n405. In view of the demands "
             "on their time, that would put independent expert members of the treaty bodies on the level of interns.\n\n"
             "406. The Committee recalled that it had been calling upon the Centre for Human Rights to act.\n")
    assert (d["kind"], d["author_kind"], d["body"]) == ("other", "committee", "CESCR")


def test_a_working_group_on_arbitrary_detention_visit_is_a_special_procedure():
    d = meta("E/CN.4/1997/4/Add.2\npage 2\nIntroduction\n1. The Working Group on Arbitrary Detention, represented by its "
             "Chairman, visited Nepal at the invitation of that country's Government from 22 to 29 April 1996.\n")
    assert (d["kind"], d["author_kind"], d["body"]) == ("special procedures report", "other", "SP")


# Headers of real documents gathered at stop 39 (evals/holdout/yz: each sidecar gives the page's address); what the
# detector got wrong on them, each a rule for any document.
def test_a_title_block_naming_no_country_leaves_it_to_the_first_paragraph():
    d = meta("Committee against Torture\nForty- sixth session\n9 May-3 June 2011\n\nConsideration of reports submitted by "
             "States parties under article 19 of the\nConcluding observations of the Committee against Torture\n\n"
             "1.The Committee against Torture considered the initial report of Ghana (CAT/C/GHA/1) at its 992nd and 995th "
             "meetings, held on 16 and 17 May 2011.\n")
    assert (d["kind"], d["country"]) == ("concluding observations", "Ghana")


def test_a_body_or_treaty_wrapped_over_lines_is_no_country():
    d = meta("List of issues : Yugoslavia. 10/02/95.\nCRC/C.9/WP.3. (List of Issues)\nCOMMITTEE ON THE RIGHTS\nOF THE CHILD\n"
             "Pre-sessional Working Group\n\nList of issues to be taken up in connection with\nthe consideration of the initial "
             "report\nof the Federal Republic of Yugoslavia\n(CRC/C/8/Add.16)\n\n1. Please provide more details about the report.\n")
    assert d["country"] == "Federal Republic of Yugoslavia"
    d = meta("UPR Report on Sri Lanka\n\nby UNHRC Working Group on the Universal Periodic Review, February 1, 2023.\n\n"
             "65. The following recommendations will be examined by Sri Lanka:\n65.1 Ratify the Optional Protocol to the International\n"
             "Covenant on Economic, Social and Cultural Rights (Ukraine);\n")
    assert (d["kind"], d["country"]) == ("upr report", "Sri Lanka")


def test_a_partial_summary_record():
    d = meta("Committee on Economic, Social and Cultural Rights\nSeventy-first session\nSummary record (partial)** of the 1st "
             "meeting\nHeld at the Palais Wilson, Geneva\n\n1.The Chair declared open the seventy-first session.\n")
    assert (d["kind"], d["author_kind"]) == ("summary record", "committee")


def test_an_excerpt_opening_at_the_item_of_a_paragraph_before_it_has_no_title_from_that_item():
    # evals/holdout/ba/cescr-co-idn-2014.txt: the page opens at item (c) of the paragraph before paragraph 13
    d = meta("E/C.12/IDN/CO/1\n(c)\nUndertake to collect information on the situation of economic, social and cultural\n"
             "rights of ethnic groups in highlands, remote and border islands and areas.\nMultiple discriminations\n13.\n"
             "The Committee is concerned at the situation of several groups who suffer multiple discriminations.\n")
    assert (d["symbol"], d["title"]) == ("E/C.12/IDN/CO/1", "file")
    assert meta("Shadow report on the right to housing\n(a) Evictions\n1. We report ...\n")["title"] == "Shadow report on the right to housing"
    # the item's words hold a date of their own ('adopted on 4 May 2001'): the document's date is not read there
    assert meta("E/C.12/IDN/CO/1\n(c)\nThe Committee refers to its statement adopted on 4 May 2001.\n13.\nThe Committee is "
                "concerned.\n")["date"] == ""


# Texts that open at a numbered paragraph have no title block: their paragraphs' words ('in reply to both written and
# oral questions', 'Fifth periodic' in a table of reports) say nothing of what the text is (held-out bc, stop 41).
def test_observations_opening_at_their_paragraph_one_are_the_committees_not_a_reply():
    # evals/holdout/bc/cescr-co-gbr-1997.txt, as the page gives it
    d = meta("1.\nThe Committee considered the third periodic report of\nthe United Kingdom of Great Britain and Northern Ireland\n"
             "on the rights covered by articles 1 to 15 of the Covenant\n(E/C.12/1994/19) at its 36th to 38th meetings, held on\n"
             "24 and 25 November 1997, and adopted , at its 53rd meeting,\nheld on 4 December 1997, the following concluding observations.\n"
             "A. Introduction\n2.\nThe Committee notes that the very high quality\nof the dialogue was enhanced. It further appreciates the "
             "extensive replies\nto the Committee's list of questions, and in reply to both written and oral questions.\n")
    assert (d["kind"], d["author_kind"], d["country"]) == \
        ("concluding observations", "committee", "United Kingdom of Great Britain and Northern Ireland")


def test_an_annual_reports_excerpt_opening_at_a_table_of_reports_is_no_state_report_nor_an_ngos():
    # evals/holdout/bc/cat-annual-report-2007.txt
    d = meta("26.The following reports were before the Committee at its thirty\u2011eighth session:\n\nDenmark\n\nFifth periodic\n\n"
             "CAT/C/81/Add.2\n\nJapan\n\nInitial\n\nCAT/C/JPN/1\n\n27.The Committee also had before it the report submitted by "
             "Luxembourg.\n\n28.Country rapporteurs were designated by the Committee for each of the reports considered.\n")
    assert (d["kind"], d["author_kind"]) == ("other", "committee")  # 'before the Committee', 'The Committee also had'
    assert meta("26.The following reports were considered:\n\nDenmark\n\nFifth periodic\n\nCAT/C/81/Add.2\n\n"
                "27.Rapporteurs were designated for each.\n")["author_kind"] == "unknown"


def test_views_on_a_communication_are_the_committees():
    """Held-out bj (stop 45): Views under the Optional Protocol, filed under a communication's symbol, were 'A document'."""
    text = ("United Nations\n\nCCPR/C/130/D/2500/2014\n\nInternational Covenant on Civil and Political Rights\n\nDistr.: General\n\n"
            "22 April 2021\n\nHuman Rights Committee\n\nViews adopted by the Committee under article 5 (4) of the Optional Protocol, "
            "concerning communication No. 2500/2014\n\n1.The author of the communication is Aleksei Eliseev, a national of Kyrgyzstan.\n")
    d = meta(text)
    assert (d["symbol"], d["author_kind"], d["body"]) == ("CCPR/C/130/D/2500/2014", "committee", "CCPR")


def test_views_without_a_symbol_are_the_committees_not_an_ngos_submission():
    """Held-out bn (stop 48): CCPR Views on communication No. 727/1996 as a library page gives them (no symbol; from
    evals/holdout/bn/ccpr-views-hrv-727-1996). 'Date of communication: 16 April 1996 (initial submission)' read as an
    NGO's submission, so the Committee's Views were quoted as 'An NGO'."""
    text = ("Submitted by: Mr. Dobroslav Paraga\nAlleged victim: The author\nState party: Croatia\nDate of communication: "
            "16 April 1996 (initial submission)\nThe Human Rights Committee, established under article 28 of\nthe International "
            "Covenant\non Civil and Political Rights,\nAdopts the following:\nViews under article 5, paragraph 4, of the Optional "
            "Protocol\n1. The author of the communication, dated 16 April 1996, is Dobroslav Paraga, a Croatian citizen.\n")
    d = meta(text)
    assert (d["author_kind"], d["body"], d["country"]) == ("committee", "CCPR", "Croatia")


def test_an_excerpt_that_never_names_its_country_takes_it_from_a_document_file_name():
    """Held-out bn (stop 48): paragraphs 32-35 of CESCR's 2002 observations on Trinidad and Tobago (library page,
    evals/holdout/bn/cescr-co-tto-2002) never name the State, so every question naming it was 'not found'. A file
    named for the document ('cescr-co-tto-2002', 'CRC_C_BTN_CO_2') gives its ISO 3166 code; any other name does not."""
    text = "32. The Committee urges the State party to ensure that economic, social and cultural rights are justiciable.\n"
    assert detect(text, {}, "cescr-co-tto-2002")["country"] == "Trinidad and Tobago"
    assert detect(text, {}, "what-you-can-do")["country"] == "" and detect(text, {}, "notes")["country"] == ""
    nepalese = "18. The Committee recommends a database on vulnerable children, such as children of Nepalese ethnic origin.\n"
    assert detect(nepalese, {}, "crc-co-btn-2008")["country"] == "Bhutan"  # held-out bm: its words' people are not its State
    assert detect(nepalese, {}, "notes")["country"] == "Nepal"


def test_a_submission_saved_from_its_web_page_is_titled_and_authored_by_its_own_lines():
    """Held-out bj (stop 46 reading): the Australian Human Rights Commission's 2016 submission to CAT as its web page
    gives it (humanrights.gov.au). Its title was 'Skip to main content' and no name of its author was known, so 'according to the
    Australian Human Rights Commission's 2016 submission' held for one paragraph only (the one that names it)."""
    text = ("Skip to main content\n\nInformation for List of Issues Prior to Reporting - Australia: Submission to Committee "
            "Against Torture (2016)\n\nLegal\n\nUnited Nations Submissions\n\nSUBMISSION BY THE AUSTRALIAN HUMAN RIGHTS "
            "COMMISSION\n\nInformation for List of Issues Prior to Reporting - Australia\n\n27 June 2016\n\nContents\n\n"
            "1. Introduction\n\n  1. This submission is made by the Australian Human Rights Commission.\n\n"
            "  2. The submission provides information to the Committee Against Torture.\n")
    d = meta(text)
    assert d["title"].startswith("Information for List of Issues Prior to Reporting - Australia")
    assert d["aliases"] == ["Australian Human Rights Commission"]  # a name to know it by; its author stays the metadata's
    assert meta("Concluding observations on the report of X\n\n1. The Committee considered the report.\n")["aliases"] == []


def test_a_decision_on_a_communication_is_about_its_state_party_and_a_wrapped_line_names_no_country():
    """Held-out bk (stop 46): CCPR/C/119/D/2338/2014 prints 'State party:Denmark' in its header (and 'deportation to
    Afghanistan' below it), so it was about no country and 'Denmark's request' counted as missing from its paragraphs.
    A/HRC/40/64, hard-wrapped, was about 'Human' ('... extended by the Human' / 'Rights Council')."""
    views = ("CCPR/C/119/D/2338/2014\n\nHuman Rights Committee\n\nDecision adopted by the Committee under the Optional Protocol, "
             "concerning communication No. 2338/2014\n\nCommunication submitted by:M.J.K. (represented by counsel)\n\n"
             "State party:Denmark\n\nSubject matters: Torture, cruel, inhuman or degrading treatment or punishment; deportation to "
             "Afghanistan; freedom of religion and equality before the law\n\n1.1The author of the communication is M.J.K.\n")
    assert meta(views)["country"] == "Denmark"
    wrapped = ("A/HRC/40/64\nI. Introduction\n1.\nThe mandate was established by the\nCommission on Human Rights in its resolution "
               "2005/79. It was extended to the Human\nRights Council in resolution 34/6.\n2.\nThe Special Rapporteur was appointed.\n")
    assert meta(wrapped)["country"] == ""


def test_a_file_named_for_the_document_outweighs_a_country_its_opening_words_happen_to_name():
    """CAT's decision on communication No. 264/2005 against France (evals/holdout/bp/cat-decision-fra-264-2005), as a
    transcript opening in paragraph 1.2, names only Tunisia (the complainant's country) before its first number: every
    question on France was 'not found'. A Northern Ireland commission's pages were on 'Ireland' the same way."""
    text = ("CAT/C/39/D/264/2005 Page 3 the allegations. The Committee requested the State party not to deport the complainant "
            "to Tunisia. 1.3. In its comments, the State party informed the Committee. 2.1 On 26 June 2003 an order was issued. "
            "2.2. On 17 January 2005 he was arrested. 2.3. On 19 January 2005 another order was issued. 3.1 The complainant claims.")
    assert detect(text, {}, "cat-decision-fra-264-2005")["country"] == "France"
    assert detect(text, {}, "decision-264-2005")["country"] != "France"


def test_a_special_procedures_press_release_is_no_ngo_report_and_old_observations_are_cescrs_by_their_words():
    """Held-out bq: OHCHR's page 'Press releases Special Procedures / UAE: UN experts call for immediate release of ...'
    had no UN header, so it was read as an NGO's report (its answers said 'An NGO (2018, ...)'); CESCR's observations on
    Mauritius of 1995 as a university library prints them name no body ('the initial report of Mauritius on articles 1 to
    15 of the Covenant (E/1990/5/Add.21)'), so 'the Covenant' was not read as the International Covenant on Economic,
    Social and Cultural Rights."""
    press = detect("Skip to main content\n\nPress releases Special Procedures\n\nUAE: UN experts call for immediate release of "
                   "jailed human rights defender Ahmed Mansoor\n\nUAE\n\n12 June 2018\n\nGENEVA (12 June 2018) \u2013 UN human "
                   "rights experts* are urging the authorities in the United Arab Emirates to immediately free him.\n", {}, "sp-press-are-2018")
    assert (press["kind"], press["author_kind"], press["body"]) == ("special procedures report", "other", "SP")
    old = detect("228. The Committee considered the initial report of\nMauritius on articles 1 to 15 of the Covenant (E/1990/5/Add.21)\n"
                 "at its 40th, 41st and 43rd meetings on 27 and 28 November\n1995 and, at its 55th meeting on 6 December 1995, adopted\n"
                 "the following concluding observations.\n", {}, "cescr-co-mus-1995")
    assert old["body"] == "CESCR" and old["kind"] == "concluding observations"


def test_a_saved_pages_iso_date_line_dates_it():
    """Held-out bm (the Special Rapporteur on internally displaced persons' 2018 report as saved, opening ' date
    2018-06-01 I. Introduction'): undated, so 'according to her 2018 report' named the only document dated 2018, another
    body's, and the question was "not found" (none of the closest paragraphs is from it)."""
    meta = detect(" date 2018-06-01 I. Introduction\n\nII. Activities of the Special Rapporteur\n\nIn its resolution 32/11, the "
                  "Human Rights Council mandated the Special Rapporteur to address internal displacement.\n", {}, "sp-idp-annual-2018")
    assert meta["date"] == "2018-06-01"
    assert detect(" date 2018-02-30 Report on housing\n\n1. Text.\n", {}, "x")["date"] == ""  # no such day: no date


_KIND_BY_TITLE_LINES = [
    # CERD/C/CMR/19-21's list of themes (evals/holdout/bq/cerd-lot-cmr-2014.txt, from docstore.ohchr.org): its note says
    # 'No written replies are required.', which is no State's reply
    ("United Nations\n\nCommittee on the Elimination of Racial Discrimination\n\nEighty-fifth session\n\n"
     "List of themes in relation to the combined nineteenth to twenty-first periodic reports of Cameroon (CERD/C/CMR/19-21)\n\n"
     "Note by the Country Rapporteur\n\nThe Committee on the Elimination of Racial Discrimination decided at its "
     "seventy-sixth session (A/65/18, para. 85) that the Country Rapporteur would send to the State party concerned a "
     "short list of themes with a view to guiding and focusing the dialogue. This is not an exhaustive list; other "
     "issues may also be raised in the course of the dialogue. No written replies are required.\n\n"
     "1.Legal and institutional framework, policies and programmes to ensure the implementation of the Convention\n",
     ("list of issues", "committee")),
    # Lithuania's second report to the Human Rights Committee (evals/holdout/bl/ccpr-report-ltu-2003.txt): a sentence of
    # its introduction names the Committee's concluding observations; its title lines say what it is
    ("UNITED NATIONS\n\nCCPR\n\nHUMAN RIGHTS COMMITTEE\n\nConsideration of Reports submitted by States Parties under "
     "article 40 of the Covenant\n\nSecond periodic report\n\nLITHUANIA *\n\nIntroduction\n\nIt is noteworthy that the "
     "Concluding Observations of the United Nations Committee on Human Rights (see doc. CCPR/79/Add.87) were brought to "
     "the attention of all the competent public authorities of the Republic of Lithuania immediately after the "
     "consideration of the First Report.\n", ("state report", "state")),
    # E/CN.4/2006/6/Add.3, page 4 (evals/holdout/bi/sp-torture-mission-geo-2005.txt, from atlas-of-torture.org): a text
    # of sentences only, no title line: its first sentence says what it is
    ("E/CN.4/2006/6/Add.3 page 4 Introduction 1. At the invitation of the Government - originally extended in "
     "February 2002 but not realized owing to circumstances beyond the control of the Government - the Special "
     "Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment, Manfred Nowak, undertook "
     "a visit to Georgia from 19 to 25 February 2005. What follows is the report of his findings.",
     ("special procedures report", "other")),

    # CCPR general comment No. 12 on a University of Minnesota library page (evals/holdout/bt/ccpr-gc12-1984.txt):
    # 'General Comment 12', without 'No.'
    ('University of Minnesota\n\n\n\n\nHuman Rights Committee, General Comment 12, Article 1 (Twenty-first sess'
     'ion, 1984), Compilation of General Comments and General Recommendations Adopted by Human Rights Treaty Bo'
     'dies, U.N. Doc. HRI/GEN/1/Rev.1 at 12 (1994).\n\n\n \n\n1. In accordance with the purposes and principles'
     ' of the Charter of the United Nations, article 1 of the International Covenant on Civil and Political Rig'
     'hts',
     ('general comment', 'committee')),
    # CRPD's list of issues prior to reporting for Belgium (evals/holdout/bt/crpd-loipr-bel-2019.txt): 'prior to the
    # submission of the combined second and third periodic reports' is no NGO's submission
    ('United Nations\n\n\nConvention on the Rights of Persons with Disabilities\n\nDistr.: General\n\n30 April '
     '2019\n\nOriginal: English\n\nEnglish, French, Russian and Spanish only\n\nCommittee on the Rights of Pers'
     'ons with Disabilities\n\nList of issues prior to the submission of the combined second and third periodic'
     ' reports of Belgium *\n\nA.Purpose and general obligations (arts. 1–4)\n\n1.Please indicate concrete meas'
     'ures taken by the State party since the review of its initial report to:\n\n(a)Bring its domestic legisla'
     'tion into line',
     ('list of issues', 'committee')),
    # Commission on Human Rights resolution 1991/77 (evals/holdout/bt/chr-res-1991-77-hti.txt): its preamble takes
    # account of 'the report of the independent Expert'; it is no such report
    ('Situation of human rights in Haiti\n\n1991/77. Situation of human rights in Haiti\n\nThe Commission on Hu'
     'man Rights, Guided by the principles embodied in the Charter of the United Nations, the Universal Declara'
     'tion of Human Rights and the International Covenants on Human Rights, Reaffirming that the Governments of'
     ' all Member States are required to promote and protect human rights and fundamental freedoms, Taking acco'
     'unt of the report of the independent Expert appointed by the Secretary-General, Mr. Philippe Texier (E/CN'
     '.4/1991/33 and Add.1),\n\n1. Expresses its appreciation to the independent Expert for his report and for '
     'the way in which he has discharged his mandate;\n\n2. Takes note with',
     ('other', 'unknown')),
]


@pytest.mark.parametrize("text, kind", _KIND_BY_TITLE_LINES)
def test_a_note_s_sentence_does_not_name_the_kind_its_title_lines_do(text, kind):
    assert (meta(text)["kind"], meta(text)["author_kind"]) == kind


def test_a_report_s_title_gives_its_own_symbol_in_brackets_but_observations_cite_the_report_considered():
    """ReliefWeb's page of OHCHR's report on Colombia (evals/holdout/bv/ohchr-report-col-2020): 'Report of the United
    Nations High Commissioner for Human Rights (A/HRC/43/3/Add.3)' is its own; observations' 'considered the initial
    report of Zimbabwe (CCPR/C/74/Add.3)' is the report they discuss."""
    own = detect("Colombia\n\nSituation of human rights in Colombia - Report of the United Nations High Commissioner for Human "
                 "Rights (A/HRC/43/3/Add.3) (Advance Edited Version)\n\nAttachments\n\nI. Introduction\n\n1. The present report "
                 "assesses the situation.", {}, "ohchr-report-col-2020")
    cited = detect("Comments on Zimbabwe\n\nThe Committee considered the initial report of Zimbabwe (CCPR/C/74/Add.3) at its "
                   "meetings.\n\n1. The Committee welcomes it.", {}, "ccpr-co-zwe-1998")
    assert own["symbol"] == "A/HRC/43/3/Add.3" and cited["symbol"] is None


def test_views_whose_header_says_date_of_the_communication_are_the_committee_s():
    # cerd-opinion-scg-2006 (held out): a CERD opinion excerpt with no symbol, read as an NGO's report until stop 55
    text = ("Convention Abbreviation: CERD\nSixty-eighth session\n20 February - 10 March 2006\nCommunication No. 29/2003\n"
            "Alleged victim: The petitioner\nState Party: Serbia and Montenegro\n"
            "Date of the communication: 2 April 2003 (initial submission)\n"
            "The Committee on the Elimination of Racial Discrimination, established under article 8 of the Convention,\n"
            "1. The petitioner is Dragan Durmic, a national of Serbia and Montenegro.\n")
    d = meta(text)
    assert (d["kind"], d["author_kind"], d["body"]) == ("other", "committee", "CERD")
