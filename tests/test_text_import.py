"""Session 67's import rules for plain text and subtitles: a text from `pdftotext -layout`, a wire's flashes, teletext
pages and automatic captions keep their words and lose their furniture (small hostile examples, none from a trial)."""
from tests.test_new import dossier, project  # noqa: F401  (the fixture)


def imported(project, tmp_path, name: str, text: str, *options: str) -> tuple[str, str]:
    """The front matter and the body ``dossier new source`` writes for a file ``name`` holding ``text``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert dossier(project, "new", "source", str(path), "--id", "t", *options) == 0
    _, front, body = (project / "content" / "sources" / "t.md").read_text(encoding="utf-8").split("---\n", 2)
    return front, body


LAID_OUT = """\
                                          NORTH QUAY HARBOUR BOARD
                                          Licensing Section

  Brackwater Boats Ltd                    Our ref:   NQ/L/77
  2 Salt Lane                             Your ref:  BB/9
  Quayford                                Date:      3 March 2027


                               NOTICE OF LICENCE CONDITIONS

  1.   The Board has reviewed the mooring of vessels at the east quay after the storm in February.

       Item              Record
       Storm             Gusts of 70 knots were recorded at the pier head on
                         14 February 2027 (Board anemometer)
       Moorings lost     Three, recovered by
                         16 February 2027 (Board launch)

                              2027            2026
                         Berths   Boats   Berths   Boats
       East quay          40        38       41       40

  2.   The conditions in the schedule apply from the date of this notice.
"""


def test_a_laid_out_tables_wrapped_cells_and_a_letterheads_reference_stay(project, tmp_path):
    """`--strip-chrome` deleted a table's cell wrapped onto a line that opens with a day ("… recorded at the pier head
    on" / "14 February 2027 (Board anemometer)") as a dateline, and a letterhead's line with "Your ref:" beside an
    address; a line set in under a cell of the line above, or under a line that runs on ("… on", "… by"), is never a
    dateline, and a reference is a reference in whichever column it stands. A table's header of days, two columns
    each a day, is no dateline either."""
    _, body = imported(project, tmp_path, "notice.txt", LAID_OUT, "--strip-chrome")
    for kept in ("14 February 2027 (Board anemometer)", "16 February 2027 (Board launch)", "Your ref:  BB/9",
                 "Date:      3 March 2027"):
        assert kept in body
    from builder import layout
    assert layout.column_days("   30 Sept 2026        30 Sept 2025") and not layout.column_days("30 Sept 2026")
    assert not layout.column_days("Tuesday 28 April 2026      Vol. 118, No. 61")
    assert layout.continued(["By the harbour master,", "12 March 2027"]) == {2}
    assert layout.continued(["The storm passed.", "12 March 2027"]) == set()
