"""Regression tests for press-release forms met while annotating the dev gold set; each names
the document that taught it."""

from __future__ import annotations

import pytest

from eightk.extract.press.dateline import find_dateline
from eightk.extract.press_release import find_press_releases
from eightk.records import Checkboxes, Document, Filing, Registrant


def _one(text: str):
    doc = Document(1, "EX-99.1", None, None, "text", text)
    filing = Filing(None, None, None, None, Registrant(), Checkboxes(), None, (), (), (), None, (doc,))
    (release,) = find_press_releases(filing)
    return release


def _quote(body: str):
    text = "BOSTON, MA, May 1, 2020 — Acme Inc. today announced news.\n\n" + body + "\n\nAbout Acme\n\nAcme.\n"
    (quote,) = _one(text).quotes
    return quote.speaker, quote.speaker_title


@pytest.mark.parametrize(
    "line, want",
    [
        # ABVC 2024-10-22 (NewMediaWire): a no-break space and the wire before the date
        ("FREMONT, Calif.\xa0- (NewMediaWire) - October 22, 2024 - ABVC", ("Fremont", "Calif.", "2024-10-22")),
        # ABVC FY2024 8-K exhibit: title-case place, parenthesised date
        ("Silicon Valley ,\nCA (April 16, 2025) – ABVC BioPharma", ("Silicon Valley", "CA", "2025-04-16")),
        # Lilly newsroom text: three places glued by "and"
        ("INDIANAPOLISand SUZHOU,China,Aug. 18, 2020// --", ("Indianapolis and Suzhou", "China", "2020-08-18")),
    ],
)
def test_more_dateline_forms(line, want):
    d = find_dateline(line, 1)
    assert (d.city, d.region, d.date) == want


@pytest.mark.parametrize(
    "body, want",
    [
        # Citizens 4Q21: the title before the name
        ("“We finished a successful year with a strong fourth quarter,” said Chairman and CEO Bruce Van Saun.",
         ("Bruce Van Saun", "Chairman and CEO")),
        # ABVC FY2024: an em-dash attribution on its own line
        ("“2024 was a breakthrough year for ABVC and for all of us.”\n— Uttam Patil, Ph.D., Chief Executive Officer of ABVC",
         ("Uttam Patil", "Chief Executive Officer of ABVC")),
        # Lilly 2023-10-02: doubled quote marks
        ("\"\"We are confident in the potential of this medicine for patients,\"\" saidPatrik Jonsson, Lilly executive vice president.",
         ("Patrik Jonsson", "Lilly executive vice president")),
        # Lilly 2024-09-13: a footnote number between the quote and "said"
        ("\"Eczema can affect people of all skin tones and all ages,\"6saidKristin Belleson, President and CEO of the NEA.",
         ("Kristin Belleson", "President and CEO of the NEA")),
        # ABVC ForSeeCon: "X, title, added:" on the line above the quotation
        ("Jerry Chang, CEO of ForSeeCon Eye Corporation, added:\n\n “Vitargus continues to generate interest globally.”",
         ("Jerry Chang", "CEO of ForSeeCon Eye Corporation")),
        # Triflo: "stated that"
        ("Frank Ahmann, Triflo's CBO, stated that \"wide gaps remain for technologies to address this population.\"",
         ("Frank Ahmann", "Triflo's CBO")),
        # Lilly-ProQR: a particle in the surname
        ("\"Our original collaboration with Lilly continues to progress well,\" saidDaniel A. de Boer, founder and CEO of ProQR.",
         ("Daniel A. de Boer", "founder and CEO of ProQR")),
    ],
)
def test_quote_attributions(body, want):
    assert _quote(body) == want


def test_surname_only_attribution_takes_the_full_name_quoted_before():
    # ABVC 2025-07-10: "added Dr. Patil" after an earlier quote by Dr. Uttam Patil
    text = (
        "SILICON VALLEY, CA - July 10, 2025 (NEWMEDIAWIRE) - ABVC today announced a payment.\n\n"
        "“This milestone payment reflects the accelerating momentum of our strategy,” said Dr. Uttam Patil, "
        "ABVC Chief Executive Officer.\n\nOther news follows here.\n\n"
        "“Our licensing-first strategy is working, and today’s payment is one of several,” added Dr. Patil.\n"
    )
    assert [q.speaker for q in _one(text).quotes] == ["Uttam Patil", "Uttam Patil"]


def test_safe_harbor_after_heading_and_colon_subheading():
    # U.S. Bancorp 4Q21: a sub-heading ending with a colon sits between heading and paragraph
    text = (
        "MINNEAPOLIS, Minn., Jan. 19, 2022 — U.S. Bancorp today reported results.\n"
        "Forward-looking Statements\n“Safe Harbor” Statement under the Private Securities Litigation Reform Act of 1995:\n"
        "This press release contains forward-looking statements about U.S. Bancorp. They speak as of today.\n"
        "Non-GAAP Financial Measures\n"
    )
    pr = _one(text)
    assert text[pr.forward_looking.start : pr.forward_looking.end] == (
        "This press release contains forward-looking statements about U.S. Bancorp. They speak as of today."
    )


def test_safe_harbor_in_hard_wrapped_text():
    # ABVC FY2024 8-K text: lines wrap mid-sentence under the heading
    text = (
        "SILICON VALLEY, CA - April 16, 2025 (NEWMEDIAWIRE) - ABVC today announced results.\n\n"
        " Forward-Looking Statements \n This press release contains \"forward-looking\nstatements.\" Such statements"
        " may be preceded by\nthe words \"intends.\"\n\n Contact: Dr. Uttam Patil\n"
    )
    pr = _one(text)
    fls = text[pr.forward_looking.start : pr.forward_looking.end]
    assert fls.startswith('This press release contains "forward-looking') and fls.endswith('"intends."')


def test_headline_glued_after_the_contacts_block():
    # Alnylam 2023-07-24 EX-99.1 as text: the headline follows the last phone number
    text = (
        "Exhibit 99.1\n Contacts: Alnylam Pharmaceuticals,\nInc.\n Christine Regan Lindenboom\n"
        " (Investors) +1-617-551-8276 Alnylam Announces Partnership with\nRoche to Co-Develop Zilebesiran\n"
        " – Partnership Combines Leadership in RNAi Therapeutics –\nCAMBRIDGE, Mass.— July 24, 2023 — Alnylam today announced it.\n"
    )
    pr = _one(text)
    assert pr.headline == "Alnylam Announces Partnership with Roche to Co-Develop Zilebesiran"
    assert pr.subheadline == "Partnership Combines Leadership in RNAi Therapeutics"


def test_bold_about_headings_back_to_back():
    # Lilly 2019-04-22: "**About Avidity Biosciences Inc. **About Eli Lilly and Company **Lilly is"
    text = (
        "INDIANAPOLIS,April 22, 2019// -- Lilly today announced a deal. **About Avidity Biosciences Inc. "
        "**About Eli Lilly and Company **Lilly is a company."
    )
    assert [a.heading for a in _one(text).about] == ["About Avidity Biosciences Inc.", "About Eli Lilly and Company"]


def test_contact_roles_in_lower_case_and_conference_lines_are_not_people():
    # U.S. Bancorp and Citizens 4Q21
    text = (
        "MINNEAPOLIS, Minn., Jan. 19, 2022 — U.S. Bancorp today reported results.\n"
        "Investor contact: Jennifer Thompson, 612.303.0778 | Media contact: Jeff Shelman, 612.303.9933\n"
        "Conference Call\nDial-in: (877) 336-4440\n"
    )
    got = [(c.role, c.name, c.phone) for c in _one(text).contacts]
    assert got == [("Investor", "Jennifer Thompson", "612.303.0778"), ("Media", "Jeff Shelman", "612.303.9933")]


def test_wire_article_with_only_a_dateline_is_a_release():
    # Soligenix 2025-04-24: no "today announced", About, safe harbor or contacts
    text = "# HyBryte Shows Response In Trial\n\n DETROIT, MICHIGAN - April 24, 2025 (NEWMEDIAWIRE) - Soligenix (NASDAQ: SNGX) recently said so.\n"
    pr = _one(text)
    assert (pr.headline, pr.dateline.city, pr.tickers[0].symbol) == ("HyBryte Shows Response In Trial", "Detroit", "SNGX")


def test_title_case_dateline_after_exhibit_marker_in_an_8k_text():
    # Alcoa 2009-03-19: the 8-K body, then "Exhibit 99", then a title-case dateline, no headline
    text = (
        "FORM 8-K\nItem 8.01 Other Events.\nAlcoa issued a press release. A copy is attached as Exhibit 99.\n"
        "SIGNATURES\n/s/ A Person\n\nExhibit 99\n \nNew York, NY  March 19, 2009  Alcoa Inc. (NYSE: AA) today "
        "announced that it has priced its offerings.\nForward-Looking Statements\nCertain statements in this "
        "release relate to future events.\n"
    )
    pr = _one(text)
    assert (pr.dateline.city, pr.dateline.region, pr.dateline.date) == ("New York", "NY", "2009-03-19")
    assert pr.headline is None and [(t.exchange, t.symbol) for t in pr.tickers] == [("NYSE", "AA")]
    assert text[pr.span.start :].startswith("New York, NY")


def test_release_without_dateline_or_marker_starts_at_the_top():
    # Citizens 4Q21: "announced today" deep in the text must not pull the headline down
    text = "Citizens Reports Fourth Quarter 2021 Net Income\n" + "Total revenue\t1,720\n" * 40 + (
        "Citizens also announced today that its board declared a dividend.\nAbout Citizens\nA bank.\n"
    )
    assert _one(text).headline == "Citizens Reports Fourth Quarter 2021 Net Income"


def test_surname_attribution_resolved_from_the_release_text():
    # Repertoire 2025-06-04: "said Dr. Andtbacka" with the full name only in the headline
    text = (
        "# Repertoire Appoints Robert Andtbacka, MD, as Chief Medical Officer\n\n"
        "Repertoire today announced the appointment of Robert Andtbacka, MD.\n\n"
        "“I’m honored to join Repertoire at such an exciting time for the company,” said Dr. Andtbacka.\n\n"
        "About Repertoire\n\nA company.\n"
    )
    assert [q.speaker for q in _one(text).quotes] == ["Robert Andtbacka"]


def test_ordinal_day_in_dateline():
    # Stonegate on Incannex 2024-12-29: "DALLAS, TX -- December 2nd, 2024 --"
    d = find_dateline("DALLAS, TX -- December 2nd, 2024 -- Incannex Healthcare Inc. (NasdaqGM:IXHL)", 1)
    assert (d.city, d.region, d.date) == ("Dallas", "TX", "2024-12-02")


def test_old_8k_exhibit_contacts_bullets_and_two_space_dateline():
    # Agilent 2009-07-27 (Lee 2014 text): contacts with phones below names, bullet sentences, no
    # headline, and a dateline whose dash was lost ("July 27, 2009  Agilent")
    text = (
        "Exhibit 99.1\n \nEDITORIAL CONTACTS:\nAmy Flores, Agilent Corporate\n+1 408 345 8194\namy_flores@agilent.com\n \n"
        "Varian had annual revenue of $1 billion in its fiscal year 2008 in a broad product portfolio.\n \n"
        "SANTA CLARA and PALO ALTO, Calif., July 27, 2009  Agilent Technologies Inc.\n(NYSE: A) today announced "
        "a definitive agreement.\n"
    )
    pr = _one(text)
    assert pr.headline is None
    assert (pr.dateline.city, pr.dateline.region, pr.dateline.date) == ("Santa Clara and Palo Alto", "Calif.", "2009-07-27")
    assert [(c.name, c.phone) for c in pr.contacts] == [("Amy Flores", "+1 408 345 8194")]


def test_all_caps_headline_wrapped_after_a_comma():
    # PNC 1Q22: contact names over phones, then an upper-case headline on two lines
    text = (
        "Exhibit 99.1\nMEDIA:\tINVESTORS:\nMarcey Zwiebel\tBryan Gill\n(412) 762-4550\t(412) 768-4143\n"
        "PNC REPORTS FIRST QUARTER 2022 NET INCOME OF $1.4 BILLION,\n$3.23 DILUTED EPS OR $3.29 AS ADJUSTED\n"
        "PITTSBURGH, April 14, 2022 /PRNewswire/ -- The PNC Financial Services Group, Inc. (NYSE: PNC) today reported.\n"
    )
    assert _one(text).headline == "PNC REPORTS FIRST QUARTER 2022 NET INCOME OF $1.4 BILLION, $3.23 DILUTED EPS OR $3.29 AS ADJUSTED"


def test_no_dateline_release_after_the_8k_body_takes_no_cover_text_as_headline():
    # Alcoa 2013-05-30: an 8-K body, "Exhibit 99", a release with a quote but no dateline
    text = (
        "FORM 8-K\nCheck the appropriate box below if the Form 8-K filing is intended to satisfy obligations.\n"
        "Item 8.01 Other Events.\nA copy of the release is attached hereto as Exhibit 99.\n\nExhibit 99\n \n"
        "\"While we are disappointed by the decision today, we remain committed,\" said Klaus Kleinfeld, "
        "Chairman and Chief Executive Officer.\nAbout Alcoa\nAlcoa makes aluminum.\n"
    )
    pr = _one(text)
    assert pr.headline is None and pr.span.start > text.index("Exhibit 99\n")
    assert [q.speaker for q in pr.quotes] == ["Klaus Kleinfeld"]


@pytest.mark.parametrize(
    "tail, want",
    [
        # glued to the previous sentence, on its own line
        ("proved its value.About Norwell Bio\n\nNorwell Bio is a company.", ["About Norwell Bio"]),
        # glued with no space, the heading's name said again as the paragraph's subject
        ("see the trial (NCT01234567).About Norwell Bio Norwell Bio is a company.", ["About Norwell Bio"]),
        # a parenthesis glued to the paragraph's first word
        ("more at norwell.example)About velimostat (aka NB-101)Velimostat is an oral medicine.",
         ["About velimostat (aka NB-101)"]),
        # a capitalised first word of a lower-case sentence ends the heading
        ("not for sale.  About Norwell Bio Based in Ohio, it makes devices.", ["About Norwell Bio"]),
        # a name split into bold runs, and "About" glued to its name
        ("a deal. **About Norwell****Devices**** **Norwell is a company. **AboutKidney Disease** It is common.",
         ["About NorwellDevices", "AboutKidney Disease"]),
    ],
)
def test_about_headings_in_flat_renderings(tail, want):
    text = "COLUMBUS, Ohio, May 1, 2024 -- Norwell Bio, Inc. (Nasdaq: NRWL) today announced news. " + tail
    assert [a.heading for a in _one(text).about] == want
