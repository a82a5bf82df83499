"""Session 68's import rules for a wire file of several takes: the last take (a write-through) is the story, the
takes before it and every control line are furniture, and the take's trailer gives the year its dateline leaves out
(small hostile examples, none from a trial)."""
from tests.test_new import dossier, project  # noqa: F401  (the fixture)
from tests.test_text_import import imported

TAKES = """ZCZC KPA0101 3 GEN 0190
URGENT

KP-FERRY-FIRE/URGENT
Fire on ferry off Skerrow, passengers evacuated

SKERROW, June 9 (Kestrel Press) - A fire broke out on a ferry carrying 80 passengers
off Skerrow on Tuesday, the coastguard said.

(MORE)

KPA0101 3 GEN 0190 KPA
09-06-27 0905GMT

ZCZC KPA0122 3 GEN 0412
KP-FERRY-FIRE/ (UPDATE 1)
UPDATE 1-Ferry fire off Skerrow injures six, all 112 passengers taken off

(Corrects number of passengers in paragraph 1 to 112 from 80)

By Maren Holt

SKERROW, June 9 (Kestrel Press) - A fire broke out in the engine room of a ferry
off Skerrow on Tuesday, injuring six crew, and all 112 passengers were taken off, the
coastguard said.

ENDS

KPA0122 3 GEN 0412 KPA
09-06-27 1430GMT
NNNN
"""


def test_a_wires_last_take_is_its_story(project, tmp_path):
    """A trial's wire file of an "URGENT" take and its write-through had been titled by the first, its year left to
    the editor though each take's trailer gives it, its byline deleted and its slugs, "(MORE)" and trailers kept."""
    front, body = imported(project, tmp_path, "takes.txt", TAKES, "--strip-chrome")
    assert 'title: "Ferry fire off Skerrow injures six, all 112 passengers taken off"' in front
    assert "author: Maren Holt" in front and "published: 2027-06-09" in front
    assert "80 passengers" not in body and "all 112 passengers were taken off" in " ".join(body.split())
    for furniture in ("ZCZC", "KP-FERRY-FIRE", "(MORE)", "KPA0", "GMT", "URGENT", "NNNN"):
        assert furniture not in body
    assert "(Corrects number of passengers in paragraph 1 to 112 from 80)" in body


REISSUED = """ZCZC
BC-Harbour-Crane,0318
PRIORITY: 2  CATEGORY: GEN
REFILE-Crane topples onto quay at Orlby harbour
(Corrects day in paragraph 1 to Tuesday from Monday)
ADVISORY

Crane topples onto quay at Orlby harbour

By Sanne Varga

ORLBY, March 3 (Kestrel Press) - A container crane toppled onto the quay at Orlby harbour
on Tuesday, injuring two dock workers, the port authority said.

Words: 318
ENDS
NNNN
"""


def test_a_wires_slug_priority_reissued_headline_and_count_are_furniture(project, tmp_path):
    """A trial's corrected wire story kept its slug line ("BC-…,0412"), its "URGENT", its headline re-issued under
    "CORRECTED-" and its "Words: 412" as text; its correction's note is the story's own."""
    front, body = imported(project, tmp_path, "reissued.txt", REISSUED, "--strip-chrome")
    assert 'title: "Crane topples onto quay at Orlby harbour"' in front and "author: Sanne Varga" in front
    for furniture in ("BC-Harbour-Crane", "REFILE-", "ADVISORY", "Words: 318"):
        assert furniture not in body
    assert "(Corrects day in paragraph 1 to Tuesday from Monday)" in body
    assert body.count("Crane topples onto quay at Orlby harbour") == 1


def test_a_tagged_headline_alone_is_the_headline(project, tmp_path):
    """A headline under its wire's tag, not repeated without it, is the story's headline, not furniture."""
    front, body = imported(project, tmp_path, "tagged.txt", REISSUED.replace(
        "\nCrane topples onto quay at Orlby harbour\n", "\n"), "--strip-chrome")
    assert 'title: "Crane topples onto quay at Orlby harbour"' in front
    assert "REFILE-Crane topples onto quay at Orlby harbour" in body
