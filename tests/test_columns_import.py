"""Session 69's import rules for print pages set in columns side by side (`pdftotext -layout`, `builder/columns.py`):
each column read top to bottom, left to right, another story beside the article left out and named (small hostile
examples, none from a trial)."""
from builder import columns
from tests.test_new import dossier, project  # noqa: F401  (the fixture)
from tests.test_text_import import imported


def side_by_side(*texts: str, at: tuple[int, ...]) -> list[str]:
    """The lines of ``texts`` (each a column, its lines) set side by side, column k from character at[k]."""
    cut = [text.split("\n") for text in texts]
    rows = []
    for n in range(max(map(len, cut))):
        row = ""
        for column, start in zip(cut, at):
            piece = column[n] if n < len(column) else ""
            row = (row.ljust(start) + piece) if piece else row
        rows.append(row.rstrip())
    return rows


LEFT = """\
Crews from three towns spent the night
on the dunes north of the harbour, where
the blaze jumped the coast road twice be-
fore dawn.

"We held the line at the old chapel,"
said the station officer, Rhona Vey.
"Another hour of that wind and we would
have lost the caravans too."

The coast road will stay shut until the"""
MIDDLE = """\
council has checked its surface, which
softened in the heat.

Forty homes lost power for the night.

Road closed

Buses will run by the inland road, and
the ferry will call twice more a day."""
OTHER = """\
The swimming pool on Mill Street will
open again in May after repairs to its
roof, which leaked all last winter and
closed the changing rooms.

Swimmers had asked for longer hours;
the council says it cannot pay for
more staff before the summer."""
HEAD = """\
THE DUNEFORD GAZETTE                          Tuesday 14 April 2026                            12


   DUNE FIRE CUTS COAST ROAD                                                    POOL TO REOPEN IN MAY

   Crews fight through the night as flames jump the road twice
   By TAM ROKE                                                                   By ANA RUSK
   DUNEFORD

"""
FOOT = "\n\n\n   Sport: page 30   |   Letters: page 18\n\n12                                     THE DUNEFORD GAZETTE\n"


def page(*columns_: str) -> str:
    return HEAD + "\n".join(side_by_side(*columns_, at=(3, 47, 91))) + FOOT


def test_a_page_in_columns_is_read_column_by_column_and_the_story_beside_it_left_out(project, tmp_path, capsys):
    """A print page from `pdftotext -layout` (two columns of a story and, beside them, the column of a story under a
    headline of its own) had each row a paragraph, the three columns interleaved, the title the two headlines run
    together and the author the other story's dateline. Its columns are read one after the other, top to bottom,
    their wrapped lines kept together ("be-" / "fore", "until the" / "council": a paragraph across two columns is
    one), the other story is left out, named in a note, and the title and author are the article's; the columns open
    a paragraph, a dateline atop them no line of the standfirst over them."""
    front, body = imported(project, tmp_path, "page.txt", page(LEFT, MIDDLE, OTHER), "--strip-chrome")
    note = capsys.readouterr().err
    assert 'title: "DUNE FIRE CUTS COAST ROAD"' in front and "author: Tam Roke" in front
    assert "another story set beside the article, \"POOL TO REOPEN IN MAY\"" in note
    for gone in ("swimming", "Swimmers", "ANA RUSK"):
        assert gone not in body
    assert "the blaze jumped the coast road twice be-\nfore dawn.\n" in body
    assert "The coast road will stay shut until the\ncouncil has checked its surface" in body
    assert body.index("lost the caravans") < body.index("Forty homes") < body.index("Road closed") \
        < body.index("twice more a day")
    assert "\n\nRoad closed\n\n" in body  # a column's heading stays a paragraph of its own
    assert "jump the road twice\n\nDUNEFORD\n\n" in body  # the dateline atop the columns, no standfirst's line
    assert body.endswith("twice more a day.\n")  # the page's foot: pointers to other pages, its number and name


def test_a_story_beside_the_article_is_left_out_under_a_crosshead_across_the_articles_columns_too():
    """A crosshead across the article's two columns, under them, parts two bands of columns: the article reads on
    under it (a column's last line, alone under the others' end, stays that column's), and the other story's column,
    running on beside the crosshead, is left out in the band under it too, with a note."""
    more = ("Crews will stay on the dunes tonight,\nand a second engine will come from\nthe port before the evening "
            "tide\nturns, the brigade said.", "The inland road is slow but open,\nand the council asks drivers to\n"
            "leave early and to give way to\nthe fire engines.", "The new roof will be of glass,\nso that the pool is "
            "lit by day,\nand the old boilers will go too,\nsaid the council.")
    lines = [*(HEAD + "\n".join(side_by_side(LEFT, MIDDLE, OTHER, at=(3, 47, 91)))).split("\n"), "",
             "   DUNE CREWS STAY ON AS THE WIND DROPS IN THE NIGHT", "", *side_by_side(*more, at=(3, 47, 91))]
    read, _, notes = columns.read(lines)
    text = "\n".join(read)
    assert "stay shut until the\ncouncil has checked" in text and "glass" not in text and "swimming" not in text
    assert text.index("twice more a day") < text.index("DUNE CREWS STAY ON") < text.index("Crews will stay") \
        < text.index("The inland road")
    assert "the columns left out go on in lines" in notes[-1][1]


def test_a_pages_pointers_to_other_pages_and_its_foot_are_furniture():
    """Under a one-page story, a line of pointers to the paper's other pages, in any of its languages, and the
    page's last line giving its number and the name its running head opens with are furniture, and so is the page's
    section in capitals under a running head giving the page's number; a sentence naming pages, a last line of the
    text, or a line in capitals under a line giving no page's number, is not."""
    from builder import layout
    head = "THE DUNEFORD GAZETTE          Tuesday 14 April 2026          12"
    story = ["Crews held the line at the chapel.", "The road is shut."]
    for index in ("Sport: page 30   |   Letters: page 18", "Wetter: Seite 14 · Sport: Seite 30",
                  "Météo p. 14        Courrier p. 9"):
        found = layout.furniture([head, *story, index, "12                THE DUNEFORD GAZETTE"])
        assert found.get(4) == "an index to the paper's other pages" and found.get(5, "").startswith("a running foot")
    kept = layout.furniture([head, *story, "The figures are on pages 3 and 4.", "12 boats were lost."])
    assert not {3, 4, 5} & set(kept)
    assert layout.furniture([head, "COAST & COUNTRY", "", *story]).get(2) == "the page's section, under its running head"
    assert 2 not in layout.furniture(["THE DUNEFORD GAZETTE          Tuesday 14 April 2026", "FIRE", *story])


def test_a_column_going_on_with_the_articles_sentence_is_the_articles_whatever_headline_spans_it():
    """A headline of another story set wide, over the article's second column too, leaves that column the article's
    when it goes on with the sentence the first leaves open (its first letter in lower case): only the third is
    left out, as the other story's."""
    head = ["   DUNE FIRE CUTS ROAD                  POOL TO REOPEN IN MAY AFTER REPAIRS TO ITS LEAKING ROOF",
            "   By TAM ROKE                                                                   By ANA RUSK", ""]
    lines = head + side_by_side(LEFT, MIDDLE, OTHER, at=(3, 47, 91))
    read, _, notes = columns.read(lines)
    assert "council has checked its surface, which" in read and "The swimming pool on Mill Street will" not in read
    assert 'another story set beside the article, "POOL TO REOPEN IN MAY AFTER' in notes[-1][1]


def test_a_page_in_columns_under_one_headline_keeps_every_column():
    """Columns under no headline of another story are all the article's: read in order, none left out, every line of
    the page kept (its running head and the line under the columns as they are)."""
    lines = page(LEFT, MIDDLE, OTHER).replace("POOL TO REOPEN IN MAY", "").replace("By ANA RUSK", "").split("\n")
    read, rows, notes = columns.read(lines)
    assert len(notes) == 1 and "set in columns" in notes[0][1]
    words = sorted(word for line in lines for word in line.split())
    assert sorted(word for line in read for word in line.split()) == words  # no line lost
    assert read.index("Swimmers had asked for longer hours;") > read.index("the ferry will call twice more a day.")
    assert all(line in lines[n] for n, line in zip(rows, read))  # each line numbered by its line in the file


def test_text_in_no_columns_is_kept_as_it_is():
    """A table laid out with spaces (short labels beside their values), a letterhead beside an address, values with
    comments after them, each where its value ends, and a text of one column are kept as they are, line for line:
    their gaps are no gutters between columns of prose."""
    table = side_by_side("Rainfall\nMoorings lost\nBoats sunk\nQuay closed\nPier damaged",
                         "61 mm in the 24 hours to\nThree, recovered by\nNone\nTwo days\nYes, the east arm",
                         at=(0, 20))
    letterhead = side_by_side("Calloway House\n12 High Street\nBrennock BN3 7QL\nTel: 01632 960 418",
                              "Ref HW/11\nDate: 3 March 2027\n\n", at=(0, 60))
    tabbed = [f"\f{line}\t" for line in LEFT.split("\n")]  # a page a line, a tab in each
    commented = ["harbour_master: Ann Lee          # who signs the notices each week",
                 "office: Quay Street 4               # where the notices are posted up",
                 "high_water: 06:40, 19:05          # the times of the two tides today",
                 "pilot_boat: Skerry Lass              # the boat that meets the ferries",
                 "weather_line: 01632 960 418     # the number to call for the forecast"]  # comments, unaligned
    for lines in (table, letterhead, LEFT.split("\n"), tabbed, commented):
        assert columns.read(lines) == (lines, list(range(len(lines))), [])


def test_columns_are_read_in_any_script_band_by_band():
    """A paragraph runs on across columns in any language's typography (« … » and „ … “ quotes, a lower-case
    letter in any script opening the next column), and two bands of columns parted by a line across them (a
    crosshead) are read band by band: the first band's columns, the line, then the second's."""
    left = ("«Nous avons tenu la ligne près de la\nchapelle», dit l’officier de garde au\nport, qui a passé la nuit "
            "sur les\ndunes avec trois équipes venues des")
    right = ("villages voisins, avant que le vent ne\ntombe à l’aube.\n\nLa route restera fermée jusqu’à\n"
             "vendredi, a précisé la mairie.")
    second = ("„Wir haben die Linie gehalten“, sagte\ndie Wachleiterin am Hafen, die die\nganze Nacht mit drei "
              "Trupps auf den\nDünen verbrachte, bis der Wind")
    second_right = ("über der Küste endlich nachließ.\n\nDie Straße bleibt bis Freitag\ngesperrt, teilte die "
                    "Gemeinde mit,\nund die Fähre fährt zweimal mehr.")
    lines = [*side_by_side(left, right, at=(0, 44)), "", "       UN PONT SUR LA ROUTE, EIN STEG AM HAFEN", "",
             *side_by_side(second, second_right, at=(0, 44))]
    read, _, notes = columns.read(lines)
    text = "\n".join(read)
    assert "venues des\nvillages voisins" in text and "bis der Wind\nüber der Küste" in text
    assert text.index("vendredi") < text.index("UN PONT") < text.index("„Wir haben")
    assert len(notes) == 1
