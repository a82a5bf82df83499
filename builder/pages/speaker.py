"""Speaker pages: roles, spellings, their statements with every source, what others said of them."""
from builder.formatting import count
from builder.pages import KeptSpecs, Site
from builder.render import PageSpec


def pages(site: Site):
    speakers = sorted(site.dossier.speakers.values(), key=lambda s: (s.kind != "person", s.name.casefold()))
    yield PageSpec("speakers/index.md", "Speakers", "speaker_index.md", {"ordered": speakers},
                   f"The {count(speakers, 'person and body', 'people and bodies')} the sources quote or report on.",
                   structured_data=site.breadcrumbs(site.section("speakers/index.md")))
    for speaker in speakers:
        statements = site.links.statements_by_speaker.get(speaker.id, ())
        mentions = site.links.mentions_of_speaker.get(speaker.id, ())
        attended = site.links.summits_by_speaker.get(speaker.id, ())
        path = f"speakers/{speaker.id}.md"
        yield _SPECS.spec(path, (speaker, statements, mentions, attended, site.config.site_url), lambda: PageSpec(
            path, speaker.name, "speaker.md",
            {"speaker": speaker, "statements": statements, "mentions": mentions, "attended": attended},
            description(speaker, statements, mentions),
            structured_data=site.breadcrumbs(site.section("speakers/index.md"), (speaker.name, path))))
    _SPECS.keep_only(f"speakers/{s.id}.md" for s in speakers)


_SPECS = KeptSpecs()


def description(speaker, statements, mentions) -> str:
    """What a search engine shows of a speaker's page: how many statements of theirs and facts about them."""
    found = [count(statements, "statement") if statements else "",
             f"{count(mentions, 'fact')} about them" if mentions else ""]
    return f"{speaker.name}: {' and '.join(filter(None, found)) or 'nothing'} in the sources."
