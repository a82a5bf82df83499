"""Speaker pages: roles, spellings, their statements with every source, what others said of them."""
from builder.pages import Site
from builder.render import PageSpec


def pages(site: Site):
    speakers = sorted(site.dossier.speakers.values(), key=lambda s: (s.kind != "person", s.name.casefold()))
    yield PageSpec("speakers/index.md", "Speakers", "speaker_index.md", {"ordered": speakers})
    for speaker in speakers:
        yield PageSpec(f"speakers/{speaker.id}.md", speaker.name, "speaker.md", {
            "speaker": speaker,
            "statements": site.links.statements_by_speaker.get(speaker.id, ()),
            "mentions": site.links.mentions_of_speaker.get(speaker.id, ()),
            "attended": site.links.summits_by_speaker.get(speaker.id, ()),
        })
