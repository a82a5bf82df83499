"""News nobody tuned for, fifty-fifth round: a minister's consent for an offshore wind farm, in a news agency's wire
(dateline, slug, "(Reporting by …; Editing by …)"), a county council planning committee's minutes in Markdown
(numbered items, "RESOLVED:", the votes), a campaign group's email bulletin saved as a raw .eml file and a local news
site's saved page with readers' comments under the article; the dossier an editor's blind trial (session 57) built
from them, corrected by hand to a key written before any article (tests/fixtures/wind-farm/KEY.md). The developer,
the fishermen and the campaign disagree (homes powered, the share of the fishing grounds, whether the fleet was
consulted): contested, never red; red where the local site gives another capacity (1,200MW; 960 megawatts), more
permanent jobs (530; about 350) and another vote (eight to three; seven to four)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

WIND = ROOT / "tests" / "fixtures" / "wind-farm"
RED = {"capacity", "committee-vote", "permanent-jobs"}
CONTESTED = {"fishing-grounds-share", "fleet-consulted", "homes-powered"}


def test_the_wind_farm_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(WIND, tmp_path / "wind")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("wire", set(), CONTESTED | {"committee-vote", "permanent-jobs"}, "capacity, committee-vote, permanent-jobs"),
    ("minutes", RED, CONTESTED, ""),
    ("newsletter", RED, CONTESTED, ""),
    ("gazette", set(), CONTESTED, "committee-vote, permanent-jobs, capacity")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: the local site's three reds are held back for the editor (the trial: two held,
    "The 1,200MW scheme" no figure of the card of 960 megawatts), and nothing the key keeps agreed turns red."""
    site = news_sets.applied(WIND, source, tmp_path / "wind")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_developers_figures_are_its_own_by_role_and_by_possession():
    """The minutes' "The applicant estimated that the development would represent an investment of approximately €3.2
    billion…" is the developer's (the one business the dossier knows), and so are the bulletin's "Tidewell's promise
    of 350 permanent jobs" and "Tidewell also talks of some fifteen hundred construction jobs" (the trial: the first
    lost, someone's the dossier does not know; the others the bulletin's own); "voted 7-4" gives the votes for."""
    minutes, bulletin = news_sets.held_out(WIND, "minutes"), news_sets.held_out(WIND, "newsletter")
    assert (minutes["investment"].speaker, minutes["investment"].value) == ("tidewell-renewables",
                                                                            {"approx": 3200000000})
    assert [(bulletin[card].speaker, bulletin[card].value) for card in ("permanent-jobs", "construction-jobs")] == [
        ("tidewell-renewables", {"exact": 350}), ("tidewell-renewables", {"approx": 1500})]
    assert bulletin["committee-vote"].value == {"exact": 7}


def test_a_capacity_in_megawatts_is_a_power_and_what_may_happen_is_no_consent():
    """"The 1,200MW scheme" reads as a power of 1,200 MW for the card of 960 megawatts, and the council's "asks the
    Minister for Energy, should she be minded to grant consent, to require…" is no account of the consent (the
    trial: written on it as the council's)."""
    capacity = news_sets.held_out(WIND, "gazette")["capacity"]
    assert (capacity.stance, capacity.value) == ("states", {"exact": "1,200 MW"}) and capacity.confidence >= 0.6
    assert news_sets.held_out(WIND, "minutes")["minister-approval"].confidence < 0.6


def test_the_import_of_the_saved_email(tmp_path):
    """A raw .eml: its Subject the title, its sender's name the outlet, its Date the day, its headers no part of the
    body (the trial: the title "Content-Type: text/plain; charset="utf-8"", outlet and author unknown)."""
    bulletin = news_sets.imported(WIND / "articles" / "3-newsletter.eml", tmp_path)
    assert (bulletin["title"], bulletin["outlet"], str(bulletin["published"])) == (
        "Bulletin 14: The minister has said yes. We are not finished.", "Greyhaven Bank Alliance", "2027-04-22")
    body = (tmp_path / "mini" / "content" / "sources" / "3-newsletter.md").read_text(encoding="utf-8")
    assert "Content-Type" not in body and "Message-ID" not in body
    assert "GREYHAVEN BANK ALLIANCE - SUPPORTER BULLETIN No. 14\n\nDear friend," in body


def test_the_import_of_the_minutes(tmp_path):
    """The minutes' only first-level heading, "# Harrowby County Council", names the body that publishes them: their
    outlet, not their title (the trial: the title, and no outlet), which is the line under it."""
    minutes = news_sets.imported(WIND / "articles" / "2-minutes.md", tmp_path)
    assert minutes["outlet"] == "Harrowby County Council"
    assert minutes["title"].startswith("Minutes of the meeting held on Tuesday 9 March 2027")


@pytest.mark.parametrize("parts", ["plain", "html"])
def test_an_email_in_any_encoding_imports_its_text(tmp_path, parts):
    """A message as mail programs save it: quoted-printable in Latin-1, with a plain-text part and an HTML one, or
    the HTML alone (its article read as a saved page's is); its encoded Subject decoded."""
    from email.message import EmailMessage
    message = EmailMessage()
    message["From"] = '"Harrowby County Council" <press@harrowby.example>'
    message["Subject"] = "Objection to the Greyhaven Bank scheme – committee vote"
    message["Date"] = "Tue, 09 Mar 2027 16:20:00 +0000"
    text = "The planning committee voted seven to four to object to the Greyhaven Bank wind farm on Tuesday."
    if parts == "plain":
        message.set_content(text + "\n\nCouncillors cited the fishing grounds, said Councillor Agnès Mollard.\n",
                            charset="latin-1", cte="quoted-printable")
        message.add_alternative(f"<p>{text}</p>", subtype="html")
    else:
        message.set_content(f"<html><body><article><h1>Objection</h1><p>{text}</p><p>Councillors cited the fishing "
                            "fleet's grounds and the cable corridor, said the chair.</p></article></body></html>",
                            subtype="html", cte="base64")
    saved = tmp_path / "council.eml"
    saved.write_bytes(bytes(message))
    front = news_sets.imported(saved, tmp_path)
    assert (front["title"], front["outlet"], str(front["published"])) == (
        "Objection to the Greyhaven Bank scheme – committee vote", "Harrowby County Council", "2027-03-09")
    body = (tmp_path / "mini" / "content" / "sources" / "council.md").read_text(encoding="utf-8")
    assert text in body and (parts == "html" or "Councillor Agnès Mollard." in body)


def test_the_wind_farm_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.98, precision 1.00, stance right 1.00, stance and speaker 0.96, values right 0.98)."""
    found = news_sets.figures(WIND)
    assert found["recall"] >= 0.97 and found["precision"] >= 0.98
    assert found["stance"] >= 0.99 and found["speaker"] >= 0.95 and found["values"] >= 0.97


@pytest.mark.parametrize("raw, message", [
    (b'From: a@b\nSubject: Council vote\nContent-Type: text/plain; charset="x-unknown-7"\n\nThe vote was seven to four.\n',
     "the email's text declares charset x-unknown-7, which is not a known character encoding"),
    (b'From: a@b\nSubject: Council vote\nContent-Type: multipart/mixed; boundary="zz"\n\n--zz\nContent-Type: '
     b'application/pdf\n\nJVBERi0=\n--zz--\n', "the email has no text to import (no plain-text or HTML part)")])
def test_an_email_that_cannot_be_read_is_refused_with_what_to_do(tmp_path, capsys, raw, message):
    """No traceback and nothing written: the editor is told what is wrong and to copy the text into a .txt file."""
    import shutil

    from builder.cli import main
    project = tmp_path / "mini"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    saved = tmp_path / "vote.eml"
    saved.write_bytes(raw)
    assert main(["--project", str(project), "new", "source", str(saved), "--id", "vote"]) == 1
    printed = capsys.readouterr()
    assert f"vote.eml: {message}; copy its text into a .txt file" in printed.out + printed.err
    assert not (project / "content" / "sources" / "vote.md").exists()
