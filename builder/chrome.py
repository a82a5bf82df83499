"""Lines of a copied web page that look like page chrome (prompts, player remnants, boilerplate), not the article."""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder import article, layout, print_page, pull_quotes, social_post, teletext


@dataclass(frozen=True, slots=True)
class Chrome:
    """A line that looks like page chrome: its 1-based number, its text and why it looks so."""

    line: int
    text: str
    reason: str


_NAMES = r"(?-i:[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*)*)"  # "Ann Lee", "Lunde": capitals, whatever the case of the rest
_WMO = r"[A-Z]{4}\d{2}\s+[A-Z]{4}\s+\d{6}(?:\s+[A-Z]{3})?"  # a weather product's WMO heading: "NOUS43 KCSB 132242"
_CODE = r"\[\d{1,2}(:\d\d){1,2}\]"  # a recording's time: "[00:02:11]"
_CREDIT = rf"(additional\s+)?(reporting|writing|editing)\s+by\s+{_NAMES}((,\s*|\s+(and|in|from)\s+){_NAMES})*"
_CHAT_STAMP = (r"\[[^\]]{1,30}\]\s*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?"
               r"\s+-\s+")  # a chat's export's stamp: "[11/06/2026, 10:52] ", a phone's "11/06/2026, 10:52 - "
_RULES = [(reason, re.compile(pattern, re.I)) for reason, pattern in (
    ("share or comment prompt", r"leave a (comment|reply)|share your thoughts\??|share (this|on \w+|via \w+)\b.*"
                                r"|click to (share|print|email)\b.*|(tweet|email|print) this( article| story)?"
                                r"|share|tweet|email|print|pin it|whatsapp|facebook|twitter|linkedin|reddit"
                                r"|(share|follow us)( on)?:?(\s+(facebook|twitter|x|linkedin|whatsapp|email|reddit)"
                                r"[,|]?)+"),
    ("age notice", r"this (story|article|report|content|page) is (over|more than) \S+ (years?|months?) old\.?"),
    ("comment counter", r"(comments?|replies|responses)\s*[(\[]?\d+[)\]]?|\d+\s+(comments?|replies|responses)"
                        r"|(view|show|read|see) (all )?(the )?\d* ?comments?|comments? are closed\.?"),
    ("subscription prompt", r"(click here to |please )?(subscribe|sign up|register(?=\s*(now|here|today|free|for (free|an?|our"
                            r"|your)|to (read|continue|comment|get|receive|access|keep)|[.!:]?$)))\b.{0,80}"
                            r"|(get|receive) (our|the) .{0,40}newsletter.{0,60}|.{0,60}\bnewsletter\b.{0,40}"
                            r"(sign up|subscribe|inbox).{0,40}|already (a )?subscriber\?.{0,40}"
                            r"|thanks for reading .{1,60}[!.] subscribe\b.{0,100}"
                            r"|try (unlimited|full|digital|premium) access\b.{0,120}"
                            r"|get (unlimited|full|digital|premium) access\b.{0,200}\b(from|for|only)\s+[£$€]\s?\d.{0,40}"
                            r"|(start|begin) (your|a) (free )?trial\b.{0,80}"
                            r"|cancel (at )?any ?time\.?|to (continue|keep) reading\b.{0,80}"
                            r"|(?=.*\bsubscri).{0,120}\bto (continue|keep) reading\b.{0,200}"  # "Subscribe to The
                            # National Courier to keep reading quality journalism… Subscribe from €1 a week"
                            r"|you['’]ve (read|used|viewed) \S+ (of|out of) (your )?\S+ free (articles|stories|reads)\b.{0,80}"
                            r"|[-=*_\s]*end of (the )?(excerpt|preview|extract|sample)\b.{0,200}"  # "--- End of
                            # excerpt. Full transcript available to subscribers. ---"
                            r"|this (article|story|content|page) is (only )?(for|available to) (subscribers|members)\b"
                            r".{0,200}|.{0,120}\bwherever you (get|find|listen to) your podcasts\b.{0,200}"),
    # "Register now to keep reading", "Register for free"; not a recall's "Register at kestrel.example/recall or call…"
    ("related links", r"read more( here| »|…|:.{0,120}| \w+)?|related( articles| stories| content| coverage| links)?:?"
                      r"|related: .{1,120}|read also\b.{0,120}"
                      r"|more (on this story|from \w+( \w+)?|stories)\b:?|(you may|you might) also like:?"
                      r"|recommended( for you)?:?|(most )?(popular|read|trending)( now| stories)?:?|see also:?.{0,80}"
                      r"|[-*•]\s+\[[^\]]{1,200}\]\([^)\s]{1,300}\)"
                      r"|(\[[^\]]{1,60}\]\([^)\s]{1,300}\)\s*[›>»|/·]\s*)+\[[^\]]{1,60}\]\([^)\s]{1,300}\)"
                      r"|.{1,300}?\s(read more|full story|continue reading)( at| here)?\s*:?\s*https?://\S{1,300}"
                      r"|([^|()\[\]]{1,60}\((https?://|mailto:)[^)\s]{1,300}\)\s*[|·•]\s*)+[^|()\[\]]{1,60}"
                      r"\((https?://|mailto:)[^)\s]{1,300}\)"),
    # a list item that is a link alone, "- [Aldrane profit falls…](https://…)"; a breadcrumb of links, "[The Velmar
    # Courier](…) › [Sport](…) › [Chess](…)"; a newsletter's teaser of another story, "Courts: An appeals panel will
    # hear… Read more: https://…"; a plain-text email's bar of links, "Join ULAS (https://…) | Strike FAQ (https://…)"
    ("a tracking link", r"<?https?://((click|clicks|links?|track|trk|email|go|t|r|l|em)\.\S+"
                        r"|\S*?([?&](utm_[a-z]+|mc_[ce]id|trk|tracking_?id)=|/(track|click|ls/click|redirect)/)\S*)>?"),
    # an address alone on its line that a mailer counts clicks through: "https://click.mail.example/ls/click?upn=…",
    # "https://…/report?utm_source=newsletter"
    ("cookie prompt", r".{0,80}\b(we|this (web)?site|this forum|this page) uses? cookies\b.*|(accept|reject|manage) (all |non-essential |optional )?cookies.{0,40}"
                      r"|cookie (policy|settings|preferences)|(i )?accept|got it!?"),
    ("blog widget", r"%d bloggers like this:?|like this:|loading\s*(\.\.\.|…)"),
    ("video player", r"(\d{1,2}:)?\d{1,2}:\d{2}(\s+(\d{1,2}:)?\d{1,2}:\d{2})*|please wait\.*"
                     r"|no media source currently available|watch:\s.+"),
    ("site navigation", r"accessibility (links|help)|skip to (main )?content|breaking news|news ticker|most viewed"
                        r"|reuse this content|explore more on these topics|(show )?key events?( only)?"
                        r"|(skip past|after) newsletter promotion|related topics|read next|show (more|less)"
                        r"|sign in|log in|font size|share post|link copied!?|copy link|save|ad feedback|paid content"
                        r"|skip advertisement|discussion about this post|why you can trust [\w .'’-]{1,30}"
                        r"|was this (page|article|information|answer) (useful|helpful)\??(\s+(yes|no)\b.{0,40})?"
                        r"|download the [\w .'’-]{1,40} app\b.{0,80}|news provided by|\d+ likes?"
                        r"|(please )?(turn on|enable|switch on|activate) javascript\b.{0,80}"
                        r"|javascript is (disabled|required|turned off|switched off)\b.{0,80}"
                        r"|(?-i:(?:[A-Z][\w'’-]*|&)(?:\s+(?:[A-Z][\w'’-]*|&)){3,15})\s+(subscribe|sign in|log in|register"
                        r"|my account)"),  # a site's menu in one line, printed: "Home News Politics … Subscribe Sign in"
    ("audio player", r"\d+[- ]minute listen|([▶►⏵]\ufe0f?\s*)?listen to (this|the) (article|story)\b.{0,20}"
                     r"(\s+(voiced|read|narrated) by (artificial intelligence|an? (ai|automated|synthetic) voice)\.?)?"
                     r"|(voiced|read|narrated) by (artificial intelligence|an? (ai|automated|synthetic) voice)\.?"),
    # "▶ Listen to this article 6 min Voiced by artificial intelligence."
    ("a toggle's label", r"(read|show|view|see|open|hide|expand|display) (the )?(full )?(transcript|captions|text"
                         r"|video transcript)( [▾▸▼►+›»]|…)?"),  # a folded box's "Read the transcript"
    ("programme promotion", r"(watch|listen to)\b.{1,150}\b(catch up|on demand)\b.{0,80}|catch up on .{1,80}"
                            r"|.{1,60}\bis on (?-i:[A-Z]).{0,60}\b(every|each) (week)?(day|night|morning|evening|afternoon)s?"
                            r"\b.{0,60}"),
    # "Watch Your Money on ERB One, Tuesdays at 8pm, and catch up on ERB Play.", closing a broadcaster's page; "Valbruck
    # Drive is on Radio Valbruck 96.4 every weekday from 16:00.", closing a transcript
    ("reading time", r"(estimated )?reading time:? \d+ min(ute)?s?\.?|\d+[- ]min(ute)?s? read|\d+ min"),
    ("end mark", r"#{3}|-30-|((-{1,2}|–|—)\s*)?ends(\s*(-{1,2}|–|—))?"
                 r"|[(\[]\s*ends(\s+\d{1,2}[:.]\d\d(\s?[ap]\.?m\.?)?)?\s*[)\]]"),  # a press release's last line, "-- ENDS --";
    # a transcript's, with the time it ended: "(ENDS 11:34)"
    ("email furniture", r"view (this|it|the) (email|message|newsletter|statement|release|update|notice) ((in|on) (your|a|the)"
                        r" (web )?browser|online|on (the|our) web(site)?)\b.{0,120}"
                        r"|you (are|were) receiving (this (email|message|newsletter)\b|(the|our) .{1,60}?\b(because|as)\b)"
                        r".{0,200}|to stop receiving\b.{0,160}"  # "You are receiving the BPA Morning Brief because…"
                        r"|(update|manage|change) your (email )?(preferences|subscription|settings)\b.{0,120}"
                        r"|unsubscribe\b.{0,120}|forward (this (email|message|newsletter) )?to a friend\b.{0,80}"
                        r"|forwarded this (email|message|newsletter)\?.{0,80}"
                        r"|want to change how you receive (these|our|this) (emails?|messages?|newsletters?)\?"
                        r"|.{0,200}\bunsubscribe (from (this|these|our|the) (list|emails?|newsletters?|mailing list)|here)\b.{0,200}"),
    # "Forwarded this email? Subscribe here."; "You can update your preferences (https://…) or unsubscribe from this
    # list (https://…)."
    ("a footer's links", r"(?=.*\b(privacy (policy|notice)|unsubscribe|terms (of|and) (use|service|conditions)))"
                         r"([^|·•]{1,40}\s[|·•]\s)+[^|·•]{1,40}"),  # "Privacy policy | Ticket terms | Unsubscribe from
    # marketing"
    ("a legal footer", r".{0,160}?\bregistered\s+(charity|company|society|trade\s+union"
                       r"|in\s+(?-i:[A-Z])[\w' ]{1,40}?)\b[^.]{0,60}?\b(no|number)\b\.?\s*:?\s*([A-Z]{1,3}\s?)?\d[\d ]{2,}"
                       r"\)?\.?.{0,300}"
                       r"|registered office:.{1,200}"),  # "Deepwater Whale Trust, 4
    # Harbour Row, Dunmere. Registered charity no. 204417.", "Brightfold Live Ltd is registered in Carrowvale, company
    # number 08817342. Registered office: …", "Registered trade union no. 512.", "Registered charity no. VC 20931"
    ("advertisement", r"advertisement(\s*[·|•-]?\s*scroll to continue)?|scroll to continue"
                      r"|(story|article) continues below( advertisement)?"),
    ("photo credit", r".{0,200}\b(photograph|photo|picture|image|illustration)( credit)?: (?-i:[A-Z0-9©(])[^.]{0,79}"
                     r"|(image|photo|picture|media) (copyright|source|caption),?( .{1,200})?|image:|(hide|toggle) caption"),  # "Image
    # copyright Reuters"
    ("source credit", r"source: .{1,60}"),  # "SOURCE: Al Jazeera and news agencies", closing the story
    ("reporting credit", rf"\(?\(?{_CREDIT}(\s*[;,]\s*{_CREDIT})*\)?\)?\.?"),  # a wire's "(Reporting by Ann Lee in Lunde;
    # Editing by Tom Hale)", "Additional reporting by Ann Lee"
    ("a broadcast's cue", rf"({_CODE}\s*)?\[((music|sting|jingle|bed|sfx|sound|theme|ad break|advert\w*|commercial\w*|break|end of)\b[^\]]{{0,80}}"
                          r"|(?-i:[A-Z][A-Z .'’-]{1,30}) - live)\]"
                          rf"|({_CODE}\s*)?end of (the )?(transcript|briefing|bulletin|programme|broadcast|episode)"
                          r"(\s+(?-i:[A-Z0-9][A-Z0-9/.-]*)){0,4}\.?"  # "END OF BULLETIN MW-2026/014 AMD 2"
                          r"|clip (in|out)\b[^\"“”]{0,80}"
                          r"|([^.!?\"“”\n]{1,100}\s)?file:\s*\S+\.(wav|mp3|mp2|aiff?|flac|m4a)"
                          r"|(.{1,80}\s{2,})?dur(ation)?:\s*\d+['’]\d\d[\"”]?(\s{2,}.{0,80})?|running order:.{0,200}"
                          r"|(?-i:(STORY|ITEM|CLIP) \d{1,2}\b[:\s][A-Z0-9 ()/&'’:-]{0,80}|OUT:\s+[A-Z ]{3,40}"
                          r"|(NEXT BULLETIN|READER|PRODUCER)\s*:.{0,120}|BACK ANNO\s*:?"
                          r"|(WRITER\s*:\s*[A-Z]{1,4}\s+)?READ\s*:\s*\d+['’]\d\d[\"”]?(\s+.{0,80})?"
                          r"|END\s+[A-Z0-9][A-Z0-9 ()/&'’.]{0,60}?\s*(-{1,2}|–|—)\s*(NEXT|TOTAL)\b.{0,120})"
                          r"|\[[^\]\n]{0,80}\b(read-?out|for reference only|do not read|not (to be )?read)\b"
                          r"[^\]\n]{0,80}\]"
                          r"|total (bulletin|duration|running time):.{0,80}|script:\s.{0,60}"),  # a podcast's "[00:00:00]
    # [MUSIC: theme, fades under]", "[AD BREAK]"; a radio newsroom's script's "[STING: NEWS 0'04"]", "[DANA - LIVE]", its
    # clip's "CLIP IN: QUILLFEATHER 1 (phone)", "File: STRIKE_02.wav", "Dur: 0'23"", its running order (not a clip's
    # words, 'CLIP OUT: "…there was no delay on our side. None." (0'18")', unless the script holds them whole: see
    # _cue_words); a bulletin's "STORY 1   SCHOOL ROOFS   (LEAD)", "CLIP 1: PENNOCK", "OUT: BULLETIN CONTINUES",
    # "READER: …", "NEXT BULLETIN: 0800 …", in capitals (not its "CUE:", which the reader reads, nor a back
    # announcement's words, "BACK ANNO: That was …", read on air: its label alone is a cue); a script's timing,
    # "WRITER: JH   READ: 0'38"   TOTAL WITH CLIP: 1'12"", a clip's cue naming its audio file ("CUE: … CLIP -- FILE:
    # …WAV"), a story's end line ("END HOSPITAL DOSE -- NEXT: A614 CLOSURE") and a clip's read-out's label ("[CLIP
    # READ-OUT, FOR REFERENCE ONLY -- DO NOT READ ON AIR]"; the read-out is the clip's words, kept)
    ("a chat export's notice", rf"({_CHAT_STAMP})?([^:\[\]]{{1,60}}:\s*)?\u200e?(messages (and calls )?are end-to-end "
                               r"encrypted\b.{0,200}|<media omitted>|this message was deleted\.?|you deleted this "
                               r"message\.?|<attached: [^>]{1,200}>|(image|video|audio|sticker|gif|document) omitted)"
                               rf"|({_CHAT_STAMP})(\u200e|[^:\[\]]{{1,60}}:\s*\u200e)?[^:\[\]]{{1,60}}\s(created group"
                               r"|added|left|removed|joined using this group's invite link|changed (the subject|the "
                               r"group|this group's|their phone number))\b[^:]{0,200}"),  # a chat app's "[11/06/2026,
    # 10:52] Messages and calls are end-to-end encrypted. …", "[11/06/2026, 10:53] Gaz Holt: <Media omitted>", a
    # phone's "11/06/2026, 10:54 - Gaz Holt added Dev Ashworth" or "[…] Gaz Holt: \u200eGaz Holt created group …" (the
    # app's left-to-right mark before its own words): no one's words (a stamp is needed, and the mark after a name:
    # "The minister left", "[…] Gaz Holt: I left" are someone's)
    ("a subtitler's credit", r"(subtitles|subtitling|subtitled|captions|captioning|captioned)( (were )?(provided|produced"
                             r"|made))? by\b.{1,200}"),  # "Subtitles by Cresswold Access Services cresswold.tv…"
    ("a rule", r"[=_~*-]{3,}"),
    ("a saved thread's furniture", r"@\w{1,30}|(.{1,80}\s+[·•]\s+)?joined (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                                   r"[a-z]* \d{4}|[\d.,]+[km]?\s+following\s+[\d.,]+[km]?\s+followers"
                                   r"|saved \d{1,2} \w{3,9}\.? \d{4}\b.{0,100}|\[\d{1,3}\]|replying to @\w{1,30}.{0,60}"
                                   r"|(?-i:[A-Z][^.!?]{0,60}) reposted|terms of service\s+privacy policy\b.{0,200}"
                                   r"|member since:?\s.{1,40}|posts:\s*[\d,.]+[km]?(\s*[|·•]\s*.{1,40})?"
                                   r"|started by\s.{1,120}\b(repl(y|ies)|views?)\b.{0,80}"
                                   r"|page \d{1,3} of \d{1,3}\s*[|·•].{0,200}|([^|]{1,40}\|\s*)+powered by [^|]{1,40}"
                                   r"|see new posts|show (this thread|more replies)|post your reply|discover more"
                                   r"|sourced from across \w+|relevant people"),
    # a forum's "Member since: March 2014 | Posts: 2,341" under each poster's name, its thread's "Started by
    # MillLaneMaggie, Thursday 9 October 2025, 08:31 | 8 replies | 1,206 views", its footer's "Page 1 of 1 | Reply to
    # topic | …" and "Forum rules | Contact the moderators | Powered by VillageBoard 3.2";
    # a profile's "@NorvaliaCG", "Skelby, Norvalia   ·   coastguard.nv.example   ·   Joined March 2014", "1,204
    # Following   48.7K Followers"; "Saved 14 Oct 2025, 09:15 (thread …)"; a post's number "[1]"; the platform's footer
    # and its page's labels ("See new posts", "Show this thread", "Relevant people"); a rule: a mailer's or a script's
    # between its parts, "=====…", "-----…"
    ("a weather product's codes", rf"000|&&|\$\$|(?-i:{_WMO})"
                                  r"|(?-i:[A-Z]{2}[CZ]\d{3}([->](\d{3}|[A-Z]{2}[CZ]\d{3}))*-\d{6}-)"),  # a weather
    # service's product: its WMO heading "NOUS43 KCSB 132242", the zones it covers "ASZ031-032-040-140245-", the
    # marks closing a section ("&&") and the product ("$$"), and "000" above them
    ("a wire's control line", r"zczc\b.{0,60}|nnnn|\(more\)|(?-i:[A-Z]{2,}-[A-Z0-9-]+/\s?[A-Z0-9 ()-]*)"
                              r"|(?-i:[A-Z]{2,4}\d{3,4}\s+\d\s+[A-Z]{3}\s+\d{3,4}(?:\s+[A-Z]{2,4})?)"
                              r"|\d{2}-\d{2}-\d{2}\s+[0-2]\d[0-5]\d\s?(?:gmt|utc)|(?-i:PRIORITY|SLUG|EMBARGO)\s*:.{0,120}|(?-i:Slug\s*:\s*[A-Z][A-Z0-9/-]+).{0,120}|versions?\s*:\s*\d+\b.{0,40}|\[\d{1,2} of \d{1,2}\]\s.{0,120}|keywords\s*:.{0,200}"
                              r"|(?-i:[A-Z]{2,8})\s+\d{6}\s+GMT\s+(?-i:[A-Z]{3})\s+\d{2}"
                              r"|\(\([^()]{0,200}@[^()]{0,200}\)\)"
                              r"|(?-i:[A-Z]{1,3}-[A-Z][\w'’]*(?:-{1,2}[\w'’]+)+(?:,[^,\n]{1,40})*,\s?\d{2,5})"
                              r"|words?\s*:\s*\d{1,5}|(?-i:URGENT|FLASH|NEWSFLASH|BULLETIN|ADVISORY)"),  # "ZCZC CPA0417 2 GEN
    # 0487", "SLUG: LESGOVIA-DRUGS/SEIZURE (UPDATE 2)", a story history's "Versions: 3 (newest last)" and "[1 of 3]
    # 08-Mar-2026 18:52 GMT  PRI 3 …", the trailer "CPA  061247 GMT MAR 26", the reporter's "((ann.lee@…; +38 21…))"; a
    # slug line, "BC-Harbour-Fire,0388" (the service's code, the story's slug, its word count), and the count alone,
    # "Words: 388"; a take's priority, a line alone in capitals: "URGENT", "ADVISORY"
    ("outlet boilerplate", r"(the )?(views|opinions) expressed (in this (article|piece|column) )?are (those of )?"
                           r"the author['’]?s?( own)?\.?|our standards: .{0,80}"),
    ("a parliament's record", r"the house (met|sat) at\b.{1,60}|\[(mr|madam|the)\s+(deputy\s+)?speaker in the chair\]"
                              r"|col(umn)?\.? \d{1,5}[a-z]{0,2}"),  # a sitting's record: "The House met at half-past
    # Eleven o'clock", "[The Speaker in the Chair]", "Column 412"
    ("a post's views and time", r"👁\ufe0f?\s*[\d.,]+\s*[km]?\s+\d{1,2}:\d\d(\s+edited)?"),  # a messaging channel's
    # "👁 31.6K  15:58  edited", under each post
    ("image placeholder", r"[•·*-]?\s*\d+x\d+ image|!\[[^\]]{0,300}\]\([^)\s]{1,300}\)"),  # a Markdown image
    ("an editor's note", r"[*_]?this (interview|conversation|transcript) has been (lightly )?(edited|condensed)"
                         r"( (and|for) (condensed|clarity|length|brevity))*\.?[*_]?"),
    ("donation prompt", r"liked it\? take a second to support .+ on patreon!?"
                        r"|(please )?donate( (now|today|here|online))?\s*[:!.]?(\s*https?://\S+)?"),  # "Donate today:
    # https://…/donate?utm_source=email", a mailing's button
    ("a transcript's note", r"(this |the )?transcript (was|is|has been|prepared|produced|generated|provided|created"
                            r"|ends)\b.{0,300}"
                            r"|(running time|duration|(audio |recording )?length):?\s*\d{1,2}(:\d\d){1,2}"
                            r"|accuracy may vary\b.{0,200}|speaker names? (may|might) be\b.{0,200}"
                            r"|.{0,160}\bnot (been )?(reviewed|checked|edited|corrected) by a human\b.{0,160}"
                            r"|exported (from|by|with|using) (?-i:[A-Z])[^.!?]{0,80}\.?(\s.{0,160})?"),  # "Transcript
    # prepared by the Vale FM newsroom.", "Transcript ends. This transcript is provided for reference…", "Running time:
    # 38:12", an automatic transcript's "Audio length: 00:24:51", "Accuracy may vary. Speaker names may be
    # incomplete.", "Exported from … Not reviewed by a human."
    ("related links", r"\s*related(?:\s+[a-z]+)?\s*:?\s*$"),  # over its headlines: "Related stories", "Related incidents"
    ("contact details", r"(press|media) (office )?contacts?:?|(for )?(further|more) information:?"
                        r"|(press|media|news|public) (enquiries|inquiries)( to)?:?(\s+[+\d(][\d ()+-]{5,20}\b.{0,80})?"
                        r"|(press|media|news|public) (enquiries|inquiries)( to)?:\s[^.]{0,120}(\d{3}|@).{0,120}"  # "Media
                        # enquiries: Communications Team, 01632 960 412 (24 hours), communications@…"
                        r"|(tel|telephone|phone|mobile|fax|e-?mail)\s*[:.]\s*[+\d(\w][^\s]*.{0,60}"
                        r"|[\w.+-]{1,60}@[\w-]{1,60}(\.[\w-]{1,60})+\s*[|·•,;]\s*"
                        r"((tel|telephone|phone|mobile)\.?:?\s*)?[+\d(][\d ()+-]{5,20}"
                        r"|(press|media|news|communications) (office|team|desk)(,\s*[^,.!?]{2,60}){1,3}"
                        r"|(?=.*[\w.+-]@[\w-]{1,60}\.\w)(?=.*[+\d(][\d ()+-]{7,20})[^|·•]{1,80}(\s[|·•]\s[^|·•]{1,80}){1,4}"),  # a
    # release's
    # "Press office contacts" / "Tel: 01632 960 418 (24 hours)" / "Email: press.office@…" (not "Notes to editors",
    # the heading of notes that are the release's own); a court's "Press Office, … Court, Vallhaven" over
    # "press.office@… | tel. 0412 550 114" (not a writer's address alone under the article)
    ("a court's note on its summary", r"(note:?\s*)?(this|the) (press )?summary is (provided|intended|issued)\b.{0,400}"
                                      r"|.{0,200}\b(does|do) not form (any )?part of the "
                                      r"(reasons|judgment|decision|ruling)\b.{0,400}"
                                      r"|references in (square )?brackets are to (paragraphs|paras?\.?) (in|of) the "
                                      r"(judgment|decision|ruling|determination)s?\.?"),  # "NOTE: This summary is
    # provided to help in understanding the Court's decision. It does not form part of the reasons …", "References in
    # square brackets are to paragraphs in the judgment."
    ("a gambling notice", r"(18\+\s*[|·•.,]?\s*)?(be\s?gamble\s?aware|gamble\s?aware|please gamble responsibly|when the fun"
                          r" stops,? stop)\b.{0,120}|(odds|prices) (are )?correct at (the )?time of (publication|"
                          r"writing|going to press)\.?"),  # a racing page's "18+ | BeGambleAware. Odds correct at …"
    ("a post's counters", r"([\d.,]+[km]?\s+(reposts?|retweets?|quotes?|likes?|bookmarks?|views?|replies)\s*)+"
                          r"|[\d.,]+[km]?(\s{2,}[\d.,]+[km]?){2,4}|pinned|show (more )?replies|discover more"
                          r"|relevant people|who to follow"),  # "312 Reposts  96 Quotes  1.1K Likes", "214  88  640"
    ("page furniture", r"continued (on|from) (page|p\.?) ?\d{1,3}\.?(\s*[→»›>]+)?|(press|news|media) (release|summary)"
                       r"|(?-i:[A-Z][^:]{1,60}):\s*(continued )?(on|from) (page|p\.?) ?\d{1,3}\.?"  # a jump line:
                       # "COCAINE HAUL: From Page 5"
                       r"|(.{0,100}?\s)?page \d{1,3} of \d{1,3}( ?[-–—])?|page \d{1,3}|[-–—] ?(page )?\d{1,3} ?[-–—]"
                       r"|printed (from|on)\s.{1,300}"  # a print page's "Printed from https://… on 16/03/2026 at 09:12"
                       r"|(?=.*\bref(erence)?\b)(?=.*\bnot for (onward )?(publication|distribution|circulation)\b)"
                       r"[^|]{1,60}(\s\|\s[^|]{1,80}){1,4}"),  # a print page's
    # "Continued on page 9", a document's footer ("… Decision DC-2026/014      Page 1 of 2", "- 3 -", "- Page 1 of 1 -",
    # "NFC Disciplinary | Ref. DC/2026/041 | Not for onward publication before …"); a release's label above its headline
    ("copyright line", r"(copyright|©|\(c\))\s*(©\s*)?\d{4}\b.*|.*\ball rights reserved\b.*"
                       r"|(©\s*[^.!?©]{1,60}?|\(c\)\s*(?-i:[A-Z])[^.!?©]{0,60}?)\b(19|20)\d\d\.?(\s+[·|]\s.{1,300})?"  # "© The Caldmere
                       # Herald 2026" (not a list's item "(c) to submit a full report by 17:00 on 17 March 2026.")
                       r"|.*\b(reproduced|republished)\b.*\bwithout\b.*\b(consent|permission)\b.*"
                       r"|©\s*(?-i:[A-Z])[^.!?©]{1,60}(\.(\s.{1,300})?)?"),  # "© Westmere City Council. You may reuse …", "© Reuters"
)]
_CAPTION = re.compile(r"watch:\s*(.+)", re.I)
_TURN = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Z.'’ -]{1,40})?:\s+\S")  # a transcript's turn: "JONAS VELD,
# MBC NEWS: …", "ADA REINHOLT: …"
_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:[ap]\.?m\.?|[AP]\.?M\.?))?(?:\s[A-Z]{2,4})?")  # a time of day
# alone on its line ("09:12", "21.55 BST")
LIVE_STAMPS = 3  # so many of them: a live blog's
_WMO_HEADING = re.compile(_WMO)


def live_stamps(lines: list[str]) -> set[str]:
    """The lines of ``lines`` that are a live blog's stamps: each entry under the time it was posted ("09:12",
    "21.55 BST"), when there are LIVE_STAMPS or more; not a video player's durations."""
    found = {text for text in (s.strip() for s in lines) if _STAMP.fullmatch(text)}
    return found if sum(s.strip() in found for s in lines) >= LIVE_STAMPS else set()


def turn_labels(lines: list[str]) -> set[int]:
    """The 1-based lines of a transcript's labels of turns, each a speaker and the time into the recording alone on
    its line ("Speaker 3  00:00:15", "Rhona Pell (01:02)"), when there are LIVE_STAMPS or more: each opens a turn, its
    words in the paragraphs under it."""
    found = {n for n, line in enumerate(lines, 1) if _TURN_LABEL.fullmatch(line.strip())}
    return found if len(found) >= LIVE_STAMPS else set()


_TURN_LABEL = re.compile(r"[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,3}"
                         r"(?:(?:\s{2,}|\s*[(\[]|\s+[-–—|·]\s+)(?:\d{1,2}:)?\d{1,2}:\d{2}|\s\d{1,2}:\d{2}:\d{2})[)\]]?")
# a speaker set apart from the time, or before hours, minutes and seconds: not a page's "Updated at 23:42"


def _bracketed(lines: list[str]) -> dict[int, str]:
    """The text of each bracket opened on a line and closed on one of the next two, by each 0-based line it runs over:
    a wire's credit wrapped as its lines are, "(Reporting by Ann Lee; Additional reporting by Bo Chan in Puerto" /
    "Calandro; Editing by Tom Hale)"."""
    runs = {}
    for start, line in enumerate(lines):
        if line.strip().startswith("(") and line.count("(") > line.count(")"):
            for end in range(start + 1, min(start + 3, len(lines))):
                text = " ".join(s.strip() for s in lines[start:end + 1])
                if not lines[end].strip() or text.count("(") == text.count(")"):
                    runs.update(dict.fromkeys(range(start, end + 1), text) if lines[end].strip() else {})
                    break
    return runs


def _thread_lines(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of a saved thread that are no words of its account, with why: the bio under the profile's
    handle at its top ("@NorvaliaCG" / "Official account of the Norvalia Coastguard. …"), and replies by other
    accounts ("Replying to @NorvaliaCG" / "Kjeld Aronsen @kjeld_tarrick · 14 Oct 2025, 04:20" / their words, down to a
    blank line), which would read as the account's."""
    handles = [m["handle"] for m in map(_POST_HEADER.match, lines) if m]
    own = max(set(handles), key=handles.count) if handles else None
    found = {}
    for n, line in enumerate(lines):
        replier = _POST_HEADER.match(lines[n + 1]) if n + 1 < len(lines) else None
        if re.match(r"\s*replying to @\w", line, re.I) and replier and replier["handle"] != own:
            end = next((k for k in range(n + 1, len(lines)) if not lines[k].strip()), len(lines))
            found.update(dict.fromkeys(range(n + 2, end + 1), "another account's reply in a saved thread"))
        if n < 5 and re.fullmatch(r"\s*@\w{1,30}\s*", line) and replier is None and handles \
                and n + 1 < len(lines) and lines[n + 1].strip():
            found[n + 2] = "a saved thread's profile: its bio"
    return found | _others_posts(lines)


def _others_posts(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of the posts by other accounts in a thread saved from the platform's page, each post under
    its name and its handle on lines of their own ("Grit & Gravel" / "@grit_and_gravel" / "·" / "Mar 9" / "Replying
    to @BrenlowCRO" / its words), down to a blank line: replies and reposts, no words of the thread's account (the
    handle over most posts)."""
    handles = {n: m["handle"] for n in article.post_names(lines) if n < len(lines)
               and (m := re.fullmatch(r"\s*@(?P<handle>\w{1,30})\s*", lines[n]))}  # the line under the name
    own = max(handles.values(), key=list(handles.values()).count) if handles else None
    found = {}
    for n, handle in handles.items():
        if handle != own:
            end = next((k for k in range(n, len(lines)) if not lines[k].strip()), len(lines))
            found.update(dict.fromkeys(range(n, end + 1), "another account's post in a saved thread"))
    return found


_POST_HEADER = re.compile(r"\s*(?P<name>[^@\n]{2,60}?)\s+@(?P<handle>\w{1,30})\s*[·•|]")  # "Kjeld Aronsen @kjeld_tarrick ·"


def _contents(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of a list of contents, a newsletter's of its stories ("In this issue:" over "1. Kestrel
    e-bike batteries recalled" / "2. Energy: fixed tariffs up again") or a report's of its sections ("Contents"):
    its label and two items or more under it, each a short line that ends no sentence, down to a blank line; the
    stories and sections follow under their own headings."""
    found = {}
    for n, line in enumerate(lines):
        if not _CONTENTS.fullmatch(line.strip()):
            continue
        start = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), len(lines))
        end = next((k for k in range(start, len(lines)) if not _CONTENTS_ITEM.fullmatch(lines[k].strip())), len(lines))
        if end - start >= 2 and (end == len(lines) or not lines[end].strip()):
            found.update(dict.fromkeys(range(n + 1, end + 1), "a list of contents: the headings it lists follow"))
    return found


_CONTENTS = re.compile(r"(?:(?:in|inside)\s+(?:this|today['’]s|this\s+week['’]s)\s+(?:issue|edition|newsletter|bulletin"
                       r"|email)|(?:table\s+of\s+)?contents|key\s+events)\s*:?", re.I)  # a live blog's "Key events"
# over its entries' headings
_CONTENTS_ITEM = re.compile(r"(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?=\S)(?:\S+\s+){0,11}\S*[^\s.!?]")  # "1. Kestrel e-bike …"


def _menu(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of a page's menu copied as a list above its article ("* Home", "* Safety advice", "* Contact"
    in a text browser's dump): MENU items or more in a row, each a few words and no sentence, before any sentence; or
    MENU_UNMARKED without bullets, each of three capitalised words at most ("Listen Live", "Traffic & Travel")."""
    first = next((n for n, line in enumerate(lines) if len(line.split()) >= 6 and _ENDS_SENTENCE.search(line[-4:])),
                 len(lines))
    found = {}
    for item, least in ((_MENU_ITEM, MENU), (_MENU_WORDS, MENU_UNMARKED)):
        run = []
        for n, line in enumerate(lines[:first] + [""], 1):
            if len(line) <= MENU_ITEM_LENGTH and item.fullmatch(line):
                run.append(n)
                continue
            if len(run) >= least:
                found.update(dict.fromkeys(run, "site navigation: a menu's items"))
            run = []
    return found


MENU = 3
MENU_UNMARKED = 6  # items in a row of a menu copied without its bullets ("Listen Live" / "News" / "Sport" / …)
_MENU_WORDS = re.compile(r"\s*(?:[A-Z][\w'’]*|&)(?:\s+(?:[A-Z][\w'’]*|&)){0,2}\s*")
MENU_ITEM_LENGTH = 80  # characters of a menu's item at most, its bullet and indent with it
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’]?\s*$")
_MENU_ITEM = re.compile(r"\s*[*•+-]\s+(?:\S+\s+){0,4}\S*[^\s.!?:;,]\s*")  # "* Report a fire safety concern"


def _cue_words(lines: list[str]) -> set[int]:
    """The 1-based lines of a script's clip cues whose words the script holds whole elsewhere, the clip written out
    under them ('In words: "More than eight in ten..."'): a reminder for the studio, no words of their own."""
    text = "\n".join(lines)
    return {n for n, line in enumerate(lines, 1) if (cue := _CUE_WORDS.fullmatch(line.strip()))
            and text.count(cue["words"].strip(".… ")) > 1}


_CUE_WORDS = re.compile(r"(?:(?:clip )?(?:in|out)|(?:in|out) words)\s*:\s*[\"“](?P<words>[^\"”]{4,200})[\"”].{0,20}", re.I)


def _ad_break(lines: list[str]) -> set[int]:
    """The 1-based lines of a programme's ad break, between its cue ("[00:02:11] [AD BREAK]") and the next cue
    ("[00:02:40] [MUSIC STING]") or speaker's turn ("[10:11] GAIL TENNANT: Welcome back…"), within a few paragraphs: a sponsor's read, no words of the programme's own; and a read
    the host announces in words, with no cue ("Host: This episode is brought to you by…"), up to the words back to the
    programme ("Now, back to Colin."), with the time above it ("[00:01:22]")."""
    cue = dict(_RULES)["a broadcast's cue"]
    found = set()
    for start, line in enumerate(lines):
        if cue.fullmatch(line.strip()) and re.search(r"\[((ad|advert\w*|commercial)\s+break|break|advert\w*|commercials?)\]", line, re.I):
            end = next((n for n in range(start + 1, min(start + 8, len(lines))) if cue.fullmatch(lines[n].strip())
                        or _TURN.match(re.sub(rf"^\s*{_CODE}", "", lines[n]))), None)  # or a speaker's turn
            found |= set(range(start + 2, end + 1)) if end else set()
        elif SPONSOR_READ.match(line.strip()):
            end = next((n for n in range(start, min(start + 8, len(lines))) if RESUMED.search(lines[n])), start)
            timed = start > 1 and re.fullmatch(_CODE, lines[start - 2].strip()) and not lines[start - 1].strip()
            found |= set(range(start - 1 if timed else start + 1, end + 2))
    return found


SIGNATURE = "a signature, under its \"--\""


def _signed_off(lines: list[str]) -> set[int]:
    """The 1-based lines of a signature under a line "--" or "-- " (a forum post's, a plain-text message's), down to a
    blank line, at most three: "--" / "Maggie | Mill Lane since 1987 | Harrowby Cross in Bloom committee"."""
    found = set()
    for start, line in enumerate(lines):
        if line.rstrip() == "--":
            end = next((k for k in range(start + 1, len(lines)) if not lines[k].strip()), len(lines))
            found |= set(range(start + 1, end + 1)) if 0 < end - start - 1 <= 3 else set()
    return found


def _reissued(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of a wire's headline re-issued with its tag ("CORRECTED-Harbour fire closes…", "UPDATE
    2-…", "REFILE-…") over the same headline without it: the take's label, no text; the headline is the untagged one."""
    plain = {line.strip().casefold() for line in lines}
    return {n: "a wire's headline re-issued under its tag" for n, line in enumerate(lines, 1)
            if (tag := article.WIRE_TAG.match(line.strip())) and line.strip()[tag.end():].casefold() in plain}


def _footers(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of an email's footers that run over a block (down to a blank line): a confidentiality notice
    ("This email and any attachments are confidential…", wrapped as a mail program wraps it), a wire's "Related"
    over its other stories' headlines (a page's "Related incidents" over its list, a blank line between), a mailer's "Our
    mailing address is:" over the address, a release's "Press contact" over its contact's name and numbers, and a
    footer's "For media enquiries call …" however wrapped."""
    found = {}
    for start, line in enumerate(lines):
        opener = next((reason for reason, rule in _FOOTERS if rule.match(line)), None)
        if opener and start + 1 not in found:
            below = start + 2 if opener == "related links" and start + 2 < len(lines) and not lines[start + 1].strip() \
                and re.match(r"\s*[*•-]\s", lines[start + 2]) else start + 1  # its list, a blank line below it
            end = next((k for k in range(below, len(lines)) if not lines[k].strip()), len(lines))
            found.update(dict.fromkeys(range(start + 1, end + 1), opener))
    return found


_FOOTERS = [(reason, re.compile(pattern, re.I)) for reason, pattern in (
    ("a confidentiality notice", r"\s*(((legal|e-?mail|confidentiality)\s+)?(disclaimer|notice)\s*:|confidential(ity)?\s*:"
                                 r"|(the\s+(information|contents?)\s+(in|of)\s+)?this\s+(e-?mail|message|communication"
                                 r"|transmission)\b[^.]{0,120}?\b(is|are|may\s+be)\s+(strictly\s+)?(confidential|privileged"
                                 r"|intended\s+(solely|only))|if\s+you\s+(are\s+not\s+the\s+intended\s+recipient|have\s+received"
                                 r"\s+(this\s+(e-?mail|message|communication|transmission)|it)\s+in\s+error))"),
    ("email furniture", r"\s*our mailing address is:?\s*$"),
    ("related links", r"\s*(?:related(?:\s+[a-z]+)?|most\s+(?:viewed|read|popular|shared)|trending(?:\s+now)?)"
                      r"\s*:?\s*$"),
    # over its headlines: "Related stories", "Related incidents", a page's "Most viewed" over its numbered headlines
    ("contact details", r"\s*(?:(?:press|media|news)\s+(?:office\s+)?contacts?|(?:press|media|news)\s+(?:enquiries|inquiries)"
                        r"(?:\s+to)?)\s*:?\s*$"  # a release's "Press contact" over its contact's name and numbers
                        r"|(?=.{0,160}\bfor\s+(?:press|media)\s+(?:enquiries|inquiries),?\s+(?:call|contact|email|ring|phone"
                        r"|tel)\b)"))]  # a footer's "Issued by … Office. For media enquiries call 01632 960 411 …" / "email …"


SUBTITLER = dict(_RULES)["a subtitler's credit"]
# A programme's last turn that announces another ("[00:58:40] PRESENTER: That's all from The Gallery Hour this week.
# Coming up after the news at midday on Radio Norvessa 3: Harbour Lights, …"): no words of this one's, only the cues
# and the copyright line after it.
TRAILER = re.compile(rf"({_CODE}\s*)?([^:.!?\n]{{1,40}}:\s+)?([^.!?]{{0,120}}[.!?]\s+)?(coming up|next on|still to come|"
                     r"after the news)\b.{0,120}\b(on|at)\b.{0,600}", re.I)


# A sponsor's read, announced in words, after a time or a speaker's label: "Host: This episode is brought to you by
# Fieldcraft…", "Today's sponsor is…"
SPONSOR_READ = re.compile(rf"({_CODE}\s*)?([^:.!?\n]{{1,40}}:\s+)?((this|today['’]s|this week['’]s) "
                          r"(episode|show|podcast|programme|program|bulletin|edition)\b[^.!?]{0,60}? is "
                          r"(brought to you|sponsored|supported|made possible) by"
                          r"|brought to you by|(today['’]s|this week['’]s|our) sponsor is)\b", re.I)
RESUMED = re.compile(r"(\bnow,?\s+|^|[.!?]\s+)back to\b[^.!?]{1,40}[.!][\"”’]?\s*$", re.I)  # the programme again
# after a read: "Fieldcraft. Dig in. Now, back to Colin."


def _buttons(text: str) -> str | None:
    """Why a line of a page's buttons or links, each looking like page chrome, set apart by runs of spaces or bars
    ("Sign in   Subscribe", "Terms | Privacy | Contact us"), looks like page chrome; None for any other line."""
    parts = [p for p in _PARTS.split(text) if p]
    reasons = [next((reason for reason, rule in _RULES if rule.fullmatch(p)), None) for p in parts]
    return reasons[0] if len(parts) > 1 and all(reasons) else None


_PARTS = re.compile(r"\s{2,}|\s[|·•]\s")
_LINKS = ("|", "·", "•")  # what parts links on a line
_PATTERNED = {reason for reason, _ in _RULES}  # page chrome by its words, not its place (a pull quote's)


def find(lines: list[str], displayed: set[str] = frozenset()) -> list[Chrome]:
    """Every line of ``lines`` that looks like page chrome, in order; ``displayed``: the words of the quotations a web
    page's markup displays apart (see pull_quotes.py)."""
    captions = {m.group(1).strip().casefold() for m in map(_CAPTION.fullmatch, (s.strip() for s in lines)) if m}
    stamps = live_stamps(lines)
    runs = _bracketed(lines)
    sponsored, thread, cued, footers = _ad_break(lines), _thread_lines(lines), _cue_words(lines), _footers(lines)
    signed = _signed_off(lines)
    footers |= layout.furniture(lines) | teletext.furniture(lines) | _contents(lines) | print_page.furniture(lines) \
        | _menu(lines) | social_post.text_furniture(lines) | _reissued(lines)
    footers |= {n: "a wire's flash or earlier take, ahead of its story" for n in range(1, article.flashes(lines) + 1)
                if lines[n - 1].strip()}
    pulled = pull_quotes.find(lines, displayed)
    cue = dict(_RULES)["a broadcast's cue"]
    found = []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        reason = next((reason for reason, rule in _RULES if rule.fullmatch(runs.get(number - 1, text))), None) \
            or _buttons(text)
        if text in stamps or reason == "video player" and _CAPTION.fullmatch(text) and _TURN.match(
                next((s for s in lines[number:] if s.strip()), "")):
            reason = None  # a live blog's stamp; a video's caption over its transcript ("Watch: 'We had no idea…'" /
            # "JONAS VELD, MBC NEWS: Just after dawn…"), the title of words the text gives
        if reason is None and number > 1 and _WMO_HEADING.fullmatch(lines[number - 2].strip()) \
                and re.fullmatch(r"[A-Z0-9]{4,6}", text):  # the product's identifier under its heading: "PNSCSB"
            reason = "a weather product's codes"
        if reason is None and number in cued:
            reason = "a broadcast's cue"
        if reason is None and number + 2 <= len(lines) and re.fullmatch(_CODE, text) and not lines[number].strip() \
                and SUBTITLER.fullmatch(lines[number + 1].strip()):
            reason = "a subtitler's credit"  # its time, "[00:02:36]", above it
        if reason is None and text and number in sponsored:
            reason = "a sponsor's read, in an ad break"
        if reason is None and text:
            reason = thread.get(number) or footers.get(number)
        if reason is None and TRAILER.match(text) and all(
                not s.strip() or cue.fullmatch(s.strip()) or dict(_RULES)["copyright line"].fullmatch(s.strip())
                for s in lines[number:]):
            reason = "a trailer for another programme, ending the transcript"
        if reason is None and number in signed:
            reason = SIGNATURE
        if reason is None and number in pulled:
            reason = "a pull quote: the article gives these words in its text"
        if reason is None and text and text.casefold() in captions:
            reason = "video player: the title of a 'WATCH:' video"
        if reason is None and found and _wrapped_rest(lines, number, found[-1]):
            reason = found[-1].reason
        if reason is None and text and _linked(lines, number, found):
            reason = "related links"
        if reason:
            found.append(Chrome(number, text, reason))
    return _hanging(lines, found)


def _wrapped_rest(lines: list[str], number: int, above: Chrome) -> bool:
    """Whether the 1-based line ``number`` is the rest of the line of page chrome ``above``, wrapped: a line of links
    ("© … 2026 | Privacy" / "| Cookies | …", "… · Cookies ·" / "Terms · Contact us"), or a notice's sentence cut
    after a word going on in lower case, under it or a blank line below when three words or more ("… By continuing
    you agree" / "to our use of cookies. Accept all"); not a pull quote's, nor a web address under a number to call
    or an address under a list."""
    text = lines[number - 1].strip()
    if above.line == number - 1 and (text.startswith(_LINKS) or above.text.endswith(_LINKS)):
        return True
    return text[:1].islower() and (above.line == number - 1 or above.line == number - 2 and len(text.split()) > 2
                                   and not lines[number - 2].strip()) \
        and above.reason in _PATTERNED and above.text[-1:].isalpha()


def _linked(lines: list[str], number: int, found: list[Chrome]) -> bool:
    """Whether the 1-based line ``number`` is a link's title under a heading of related links ("More from Travel" /
    "Ten islands to visit this winter, boat permitting", a line or a blank under it) or under another such title: a
    line of twelve words at most, no sentence."""
    above = next((n for n in range(number - 1, max(number - 3, 0), -1) if lines[n - 1].strip()), None)
    return bool(above and found and found[-1].line == above and found[-1].reason == "related links"
                and (above == number - 1 or len(found[-1].text.split()) <= 4 and not _ENDS_SENTENCE.search(
                    found[-1].text)) and len(lines[number - 1].split()) <= 12
                and not _ENDS_SENTENCE.search(lines[number - 1]))


def _hanging(lines: list[str], found: list[Chrome]) -> list[Chrome]:
    """``found`` and the transcript's labels of turns whose lines, down to the next label, are all page chrome (a
    speaker's label over an ad break's read): a label over nothing."""
    labels, flagged = sorted(turn_labels(lines)), {c.line for c in found}
    hanging = [Chrome(n, lines[n - 1].strip(), "a speaker's label over nothing but page chrome")
               for n, end in zip(labels, labels[1:] + [len(lines) + 1])
               if n not in flagged and (below := [k for k in range(n + 1, end) if lines[k - 1].strip()])
               and set(below) <= flagged]
    return sorted(found + hanging, key=lambda c: c.line)
