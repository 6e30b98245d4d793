import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { listArticleNames } from '../corpus/index.ts'
import { engineState, type Engine } from './engine.ts'
import type { Article, Corpus } from '../corpus/index.ts'
import { bodyOf, restoreSteps, runSteps, type SnapshotBody } from './snapshot-body.ts'
import { bodyFromSections, sectionsOf } from './snapshot-binary.ts'
import { prune, skippedDigest, SNAPSHOT_NAME } from './snapshot-files.ts'
import { readSections, writeSections, type TypedArray } from './snapshot-format.ts'
import { textSections, textsOf } from './snapshot-texts.ts'

/**
 * Snapshots of a built engine, saved by default next to the corpus in
 * `<corpus>/.snapshots/<version>.snap` (a hidden folder, never read as
 * articles) or in the folder `SNAPSHOT_DIR` names, so a restart over an
 * unchanged corpus restores the engine in a fraction of the build time. A
 * snapshot holds everything the build computed (lexicon, passage index,
 * dates, quotations, people, the articles' structure) and the articles'
 * texts with each file's stat: a file whose stat moved is read and must hold
 * the very text (`snapshot-texts.ts`), so a snapshot can never serve a
 * corpus it was not made from. Its first line is
 * a SHA-256 of the rest, and what it restores is checked for consistency, so
 * a damaged file is rebuilt, never served.
 */

/**
 * Bump when the snapshot layout or what the build computes changes (10: the articles' texts and their files' stats;
 * 11: a surname after "to" is its person, hyphenated compounds indexed as one word; 12: dates and quotations stored
 * column by column; 15: blog front matter read, not skipped; 16: a heading on the line above its paragraph is a
 * paragraph; 17: a sentence ends after a wiki's footnote marks; 18: a date in the page's address or HTML date
 * tag; 19: "RELATED ARTICLES" link lists dropped, "▸" list items; 20: a day without a year takes the year the article gives its month; 21: block quotations and
 * bulleted lists in quotation attribution; 22: a post written before a rank and name in a list of people;
 * 23: a transcript's labelled turns are its speakers' quotations; 24: the review's mends to dates, headers, front matter and transcript
 * labels; 25: a bold byline over its date line is no heading; 26: "conference" is a word for a meeting; 27: retorts ("fired back", "retorted") and naming ("called the plan “a disaster”") attribute quotations; 28: a post or body "of" somewhere ("Prime Minister of the Republic of X") is no person; 29: the post a sentence gives a person after the name ("appointing X Prime Minister", "for the post of", "as the country's new …"); 30: "11/12" with no year is no day, a transcriber's note is no turn; 31: dotted dates are day first; 32: "More galleries:" is page footer; 33: more demonyms; 34: weekdays and months in capitals; 35: a name ending in a kind of place is a place; 36: a span of time is no day; 37: "Security", "Intelligence" are words of a body's name; 38: review mends: only a stamp with its time splits a line, only a link-list label is footer, "Park" or "Lake" no place; 39: "Jan" before a name is a given name; 40: "By Tuesday the outage had spread." is a sentence, not a byline; 41: sites and facilities are one idea; 42: a firm's name ("… Risk Management") is no speaker after a name and "of"; 43: "ask" and "appeal" are one idea; 44: a byline with its editors or time stamp after the names; 45: "boss" is a word for a head in the lexicon's table; 46: "By Sunday 16 had died." is a sentence, not a byline; 47: a box drawn in plain text is dropped; 48: cookie banners, mail headers, agency mastheads, taglines over a date, dash-separated datelines; 49: an encyclopedia's reference list and a comment section's heading are dropped; 50: review mends: a dash dateline's other part is in capitals or a byline, an outlet masthead needs a news kind or a name in capitals, wide-spaced links are three or more, a tagline follows a masthead in capitals, a sentence with its full stop is no headline; 51: an event's title opening with its year and a Markdown headline are no labels, a language switcher is furniture; 52: a newspaper's name in title case is a masthead, a place beside a dash a dateline, a sentence-like headline over its date a headline; 53: "would" marks a weekday as ahead; 54: that taken back, a weekday after "would" resolved as before; 55: "quit" and "resign" are one idea; 56: "according" is a stop word, and "quit" no longer "resign" in the lexicon's table; 57: "contribute" is a word for "send"; 58: "against" is no stop word; 59: "contribute" is no longer a word for "send" ("contributed to the unrest"), and "against" is "opposed"; 60: "the president", "the prime minister" index the surname of whom the article titles so; 62: only where the office speaks, and only its holder named last with no other near; 63: what a speaker called something ("called the remark “typically offensive”") is a quotation, however short; 64: but not a call ("called a meeting of the “…”", "called him “several times”") nor a passive description; 65: "which" before a title is no part of the role; 66: a day without its year, over a month before publication, is in the year the article gives that month in full dates; 67: that taken back (a full date of another year is often background); 68: a weekday just after a day ("Jan 8 (Saturday)") is that day's, no day of its own; 69: only in brackets (a wire's "…, 2019, Tuesday said" dates the saying); 70: a front-matter header without its opening fence, and "published" as its date; 71: "Date of issue:" leads a date line; 72: a name written surname first ("Xi Jinping") goes on by its first word ("Xi said"); 73: a word a hard-wrapped page breaks at a line end ("summ-" / "it") is indexed whole; 74: a forum thread's "Thread:" line is its headline; 75: a masthead in capitals with a document number wide beside it is no headline, and 72 taken back; 76: a slashed header date is read day first where the page names that month and not the other; 77: where the page writes days before months, or a slashed date whose first number is above 12; 78: a block with a rights line is footer, whatever menu comes above it; 79: review mends to 75–77 (a masthead only beside an issue number or button, issuer parts, "Thread:" only on a forum page, day-first dates only on the header's proof or two days before months); 80: that proof is the day-first test the body's dates use (dotted and dashed dates too); 81: a person's post in a relative clause ("…, who heads the prosecution service, …"); 82: "X, the ministry said" gives X no post (the ministry speaks); 83: removing, ousting, dismissing and sacking someone are one idea; 84: a rank's "First" is part of the title after it ("First Deputy Prime Minister X" is a person), and calling, describing, portraying, labelling, branding and dubbing something are one idea; 85: a post written with a possessive ("Turkey's foreign minister X") keeps it, not a word "s"; 86: a noun or an ordinal before a title says which post ("Finance Minister X", "Second Deputy Prime Minister X" are persons); 87: a holiday ("New Year", "Christmas") is no person or place; 88: a post set off before a title ("the commander of the force, Colonel General X,") and "who currently chairs …" give roles; 89: so does a post with a possessive set off before the name ("Her first deputy, X,"); 90: "X becomes economy minister" gives the post X moves to, and no role "becomes …"; 91: a date line run into its time ("20225:48 PM GMTUpdated 3 hours ago") or set among short furniture by bars ("Recorded 22 November 2022 | 31 min") is read; 92: a place line under the date line, over the headline, is the dateline's; 93: a headline with its outlet or kicker after a bar ("Velsk sells city airport | Nordic Post") is no breadcrumb; 94: a date line's ISO date after "Published" or "Recorded", and a time's place in brackets ("08:00 (Almaty)"), are read, and an undated wire story is dated by its dateline's day ("ALMATY, Jan 13 (…) -"); 95: "Emomali Rahmon of Tajikistan" is a person and a country, not one name; 96: an undated live page is as new as its newest dated entry; 97: a date line run on into a programme's credits ("Recorded 7 June 2022. Host: …") or beside where it was recorded ("Recorded in Almaty, broadcast 2 February 2022"), and a programme's episode line is a label over the episode's title; 98: "Posted on … by Admin" and a footer's "This article was first published on …" are date lines, a headline that names a day stands under a label, a newspaper's name in title case over the headline or after its dash is the outlet; 99: a masthead's tagline over its menu, lines of links only, "Read in App" and "Printed on:" are furniture, a document's number and a section name over a headline in capitals are labels, a long line in capitals over its deck and a Markdown headline in capitals are headlines; 100: a date line with a later edit after it ("Issued on: … Modified: …", "… GMT Updated"), a username after "Posted on … by", a programme after "Aired … on", a mail's "Sent:" line and a clipper's "Saved from:" address; 101: a menu copied one link to a line is furniture, and the site's name over it the outlet; 102: a "Source:" line names the outlet, "Enditem" is a wire's end mark; 103: a translated page's source-language note is furniture, a headline of two sentences without a final full stop is a headline; 104: a live entry's day and time ("Thu 6 Jan · 08:40") is no breadcrumb, and an undated live page with yearless entries takes its newest in the year of the corpus's printed dates; 105: one time-of-day pattern for date lines and breadcrumbs ("08h40" a time in both, "11:00 local time" no path); 106: a translation note's pattern without its dead branch, and "Automatic translation" too; 107: a copyright notice's holder, or a site's name over the headline that the page names again, is the outlet; a page's controls ("SHARE", "Comments") are furniture and no sign-off; a clipper's "source:" address is the page's address and its "site:" the outlet; a clipper's quoted excerpt is furniture; an ISO date line with a zone's name ("2023-11-08 06:15 CET"); 108: an archive's or a search engine's banner over a saved page is skipped, a span of capture days dates nothing, a reader service's "Title:/URL Source:/Published Time:" header is read, a search box and a consent prompt's buttons are furniture, a mail's date with its numeric zone is read, and a masthead's tagline may have a blank line before its menu; 109: a print edition's two columns side by side are read as printed, left column then right, and a print headline set over narrow lines goes on in lower case; 110: a masthead's slogan ("Your town. Your news."), a tagline under a masthead in capitals, a market ticker and a menu set two spaces apart are no headline, and "Posted by X on DATE in Y" is a date line; 111, 112: a possessive month's year and a title's year, both taken back; 113: a review's mends: only two bare days are a span, a copyright notice needs "©" or a year and is no picture's, map's or platform's, the first notice is the page's, a masthead is named again only in a credit, a headline goes on only in a word all in lower case and no credit's, two columns only of prose that runs on; 114: a wire's own copyright notice ("© 2024 Reuters") names its page's outlet; 115: the participle of a compound a name qualifies ("the Russia-led alliance") is no index term; 116: only its "led" or "based" ("Kelso-appointed" keeps its deed); 117: "March" and "May" as months are terms of their own ("marchmonth"); 118: in capitals too ("IN MARCH"); 119: a post set off before a name in capitals or opening the sentence ("The Prosecutor General, X,", "Its Secretary General, X,"); 120: "on the 19th" is a day of the nearest month; 121: "X took over as energy minister", "X was appointed finance minister" give X that post; 122: every capital of the gazetteer stands for its country in the lexicon ("Yerevan" for Armenia), as Moscow, Kyiv and Washington did; 123: a name ending in "Air Base", "Airbase", "Crossing" or "Checkpoint" is a place, never a person; 124: a year set as a heading ("## 2023") is kept, and a day or month without its year under a period heading ("## March - November 2022") is of that year; 125: "Rights", "Watch", "International", "Amnesty", "Coalition", "Movement", "Society", "Initiative" and "Front" are words of a body's name ("Human Rights Watch" is no person); 126: a person "of" a body ("Hugh Lind of Human Rights Watch") is a person and the body, not one name; 127: review mends: a period heading dates only the timeline entries under it and only in the months it spans, and is a marked heading; "Watch" and "Amnesty" are no words of a body's name (a name's own "Rights" and "International" are); 128: an adverb opening a sentence ("Meanwhile Colonel General X") is no part of the name after it, and a military unit ("Brigade", "Regiment", "Battalion", "Division", "Corps", "Squadron", "Platoon", "Fleet", "Garrison") is a body; 129: a clock's "a.m." or "p.m." ends a sentence before a word that does not go on telling the time ("… to 7 a.m. Banks reopened"); 130: a day written without its year on a page nothing dates ("on January 19") is in the year nearest the corpus's printed dates, marked inferred; 131: review mends: any adverb opening a sentence but a title's ("Later", "Earlier"; not "First", "Former", "Then"), "Fleet" and "Garrison" no words of a body's name (they are surnames too), "a.m." ends a sentence before a short word in capitals other than a time zone and before a month not followed by its day, and "a. m." too, and a yearless day is not set in the corpus's year where the page writes a year before it; 132: a reference code alone on a line ("SPP-KZ-0119-07") over a caption is no part of its sentence; 133: a photo caption's bracketed day ("ALMATY, KAZAKHSTAN (Jan. 9) —") credits no wire; 134: a post read after "as" ends before a preposition, a conjunction or a word of time ("as mayor on Tuesday", "as finance minister and …"); 135: review mends: a post after "as" goes on through "to" and "for" to what it is of ("ambassador to Norland"), a reference code inside a sentence or a date in capitals ("14-MAR-2023") stays in its sentence, a caption's bracketed weekday or full date credits no wire; 136: each row of a table exported with tabs is a sentence of its own; 137: "the president" as the subject of any deed in the past ("the president thanked …"), not only of a saying, indexes the holder's surname; 138: a table's row whose first field is blank is a row too; 139: a term in marks ("“bandits”") before a quotation in its sentence does not cut the quotation's speaker off; 140: a body's or a person's words named after the possessive before a colon ("the ministry's reply was sharp: “…”") are theirs; 141: review mends: "the president" acts only as the subject opening its clause ("who defied the president ordered" is no deed of his), a term in marks widens no attribution across "but" or "while", and the possessor of words opens its clause; 142: a body's name in title case over the headline ("Council of the European Union", "Secretariat of the Organization") is a label and the outlet, a record's fields ("Location: …" / "Event: …") and a list's lead are no headline, a page kind in capitals over a lower heading is a label, a wire's slug names no outlet and a wire's name does, and a bold label, a weekday before a slashed date and a document's number lead a date line; 143: each row of a table set with dot leaders ("Lask ........ 18 years") is a sentence, a post's count of views or shares under it ("👁 96.4K  ↪ 1.2K") is dropped and parts it from the next line, and a bracketed stamp ("[05.01.2022 16:48]") opens a sentence; 144: a wiki talk page's reply indented with colons opens a sentence; 145: a quotation is not given to a clause after a semicolon, "X's jibe that “…”" and "X put it plainly: “…”" are X's, and a transcript's turns led by time stamps ("[00:01:52] [CLIP] NAME:") are read; 146: review mends: a view counter needs its icon or word ("225." wrapped alone on a line is a figure), a record's fields need one label of a record's own, a body's name takes no place or time after what it is of, "Wire" ends no newspaper's name, and a body succeeding another is no party's or council's; 147: a briefing's "Spokesman: …" turns are the words of whom the page names as its spokesman, and a reporter's "Question:" ends a turn; 148: "His line that stuck: “…”" is of whom "he" is, and a weekday, or a month after its day's number, is no part of the name after it ("7 January Tokayev"); 61: "RELATED", "Related interviews", "> **Related article** …" link teasers and translators' credits are furniture): older files are then ignored, not misread.
 */
export const SNAPSHOT_FORMAT = 148
/** Folder inside the corpus folder that holds the snapshots unless another is given. */
const SNAPSHOT_SUBFOLDER = '.snapshots'

/** What {@link loadSnapshot} gives: the restored engine, or why there is none. */
export type SnapshotLoad = { ok: true; engine: Engine; path: string } | { ok: false; reason: string }

/**
 * The folder snapshots of the corpus in `dir` go to: `folder` when given, else `<dir>/.snapshots`.
 *
 * @example
 * ```ts
 * snapshotFolder('seeds') // => 'seeds/.snapshots'
 * snapshotFolder('seeds', '/var/cache/csto') // => '/var/cache/csto'
 * ```
 */
export function snapshotFolder(dir: string, folder?: string): string {
  return folder ?? join(dir, SNAPSHOT_SUBFOLDER)
}

/**
 * Where the snapshot of `version` of the corpus in `dir` lives.
 *
 * @throws Error `snapshot: ...` when `version` is not an index version (it names a file).
 * @example
 * ```ts
 * snapshotPath('seeds', '0536df60ab77') // => 'seeds/.snapshots/0536df60ab77.snap'
 * ```
 */
export function snapshotPath(dir: string, version: string, folder?: string): string {
  if (!/^[0-9a-f]{6,64}$/.test(version)) throw new Error(`snapshot: "${version}" is not an index version`)
  return join(snapshotFolder(dir, folder), `${version}.snap`)
}

/**
 * Saves what `engine` was built from into the snapshot folder as
 * `<version>.snap` (written to a temporary name, then renamed, so a reader
 * never sees half a file) and keeps only the few newest snapshots. Returns the path written.
 *
 * @throws Error `snapshot: ...` for an engine not made by `buildEngine`/`engineFromState`; the file system's error for a folder that cannot be written.
 * @example
 * ```ts
 * const engine = buildEngine(loadCorpus('seeds'))
 * saveSnapshot(engine, 'seeds') // => 'seeds/.snapshots/3f2a9c1b0d4e.snap'
 * ```
 */
export function saveSnapshot(engine: Engine, dir: string, folder?: string): string {
  const state = engineState(engine)
  if (!state) throw new Error(`snapshot: engine ${engine.version} was not built by buildEngine, so it has no state to save`)
  return writeSnapshotBody(bodyOf(state, skippedDigest(dir, state.corpus.skipped)), state.corpus.articles, dir, folder)
}

/** Saves a snapshot body (see {@link saveSnapshot}); `articles` are the body's, with their texts. */
function writeSnapshotBody(body: SnapshotBody, articles: readonly Article[], dir: string, folder?: string): string {
  const { head, sections } = sectionsOf(body, articles)
  const path = snapshotPath(dir, body.version, folder)
  mkdirSync(snapshotFolder(dir, folder), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  try {
    writeSections(temporary, { format: SNAPSHOT_FORMAT, ...head }, [...sections, ...textSections(articles, dir)])
    renameSync(temporary, path)
  } catch (err) {
    rmSync(temporary, { force: true })
    throw err
  }
  prune(snapshotFolder(dir, folder), path)
  return path
}

/**
 * Restores the engine saved for `version` of the corpus in `dir`. Pass the
 * corpus when it is already loaded (its articles are then used as they are);
 * without it, the snapshot's texts are used, each file checked against its own (see the module note).
 * Never throws: a missing, damaged (checksum), inconsistent, foreign-format
 * or stale snapshot gives `{ ok: false, reason }`, and the caller builds instead.
 *
 * @example
 * ```ts
 * const loaded = loadSnapshot('seeds', version)
 * const engine = loaded.ok ? loaded.engine : buildEngine(loadCorpus('seeds'))
 * ```
 */
export function loadSnapshot(dir: string, version: string, corpus?: Corpus, folder?: string): SnapshotLoad {
  const read = readSnapshotBody(dir, version, folder)
  if (!read.ok) return read
  const { body, path, arrays } = read
  try {
    // Texts from the snapshot are the ones its version was computed from (its checksum covers them); a loaded corpus's are hashed.
    const from = corpus ? { articles: matchCorpus(body, corpus), skipped: corpus.skipped } : { texts: filesTexts(dir, body, arrays) }
    return { ok: true, engine: runSteps(restoreSteps(body, from, { hash: corpus !== undefined, check: true })), path }
  } catch (err) {
    return { ok: false, reason: `snapshot ${path} cannot serve the corpus in ${dir}: ${(err as Error).message}` }
  }
}

/** The checked body of the snapshot of `version`, or why there is none. */
function readSnapshotBody(
  dir: string,
  version: string,
  folder?: string,
): { ok: true; body: SnapshotBody; path: string; arrays: ReadonlyMap<string, TypedArray> } | { ok: false; reason: string } {
  let path = ''
  let read: ReturnType<typeof readSections>
  try {
    path = snapshotPath(dir, version, folder)
    read = readSections(path)
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    if (e.code === 'ENOENT') return { ok: false, reason: `no snapshot for version ${version}` }
    return { ok: false, reason: path ? `snapshot ${path} is corrupt or unreadable: ${e.message}` : `snapshot for ${version} is unreadable: ${e.message}` }
  }
  if (!read.ok) return { ok: false, reason: `snapshot ${path} is not trusted: ${read.reason}` }
  const { head } = read.sections
  if (head.format !== SNAPSHOT_FORMAT) return { ok: false, reason: `snapshot ${path} has format ${String(head.format)}, not ${SNAPSHOT_FORMAT}` }
  if (head.version !== version) return { ok: false, reason: `snapshot ${path} is of version ${String(head.version)}, not ${version}` }
  try {
    return { ok: true, body: bodyFromSections(read.sections), path, arrays: read.sections.arrays }
  } catch (err) {
    return { ok: false, reason: `snapshot ${path} is corrupt: ${(err as Error).message}` }
  }
}

/**
 * Restores the newest snapshot in the snapshot folder that still matches the
 * files, without parsing the corpus: the files are checked, nothing
 * else. The quickest start-up (at 10,000 articles, parsing alone takes longer
 * than restoring); `{ ok: false, reason }` when none matches, or the folder
 * cannot be read (missing, a file, not permitted).
 *
 * @example
 * ```ts
 * const loaded = loadNewestSnapshot('seeds')
 * const engine = loaded.ok ? loaded.engine : buildEngine(loadCorpus('seeds'))
 * ```
 */
export function loadNewestSnapshot(dir: string, folder?: string): SnapshotLoad {
  const where = snapshotFolder(dir, folder)
  let newest: string[]
  try {
    newest = readdirSync(where)
      .filter((name) => SNAPSHOT_NAME.test(name))
      .map((name) => ({ name, mtime: statSync(join(where, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? -1 : 1))
      .map((f) => f.name)
  } catch (err) {
    return { ok: false, reason: `no usable snapshot folder ${where}: ${(err as Error).message}` }
  }
  const reasons: string[] = []
  for (const name of newest) {
    const loaded = loadSnapshot(dir, name.replace(/\.snap$/, ''), undefined, folder)
    if (loaded.ok) return loaded
    reasons.push(loaded.reason)
  }
  return { ok: false, reason: reasons.length ? reasons.join('; ') : `no snapshot in ${where}` }
}

/** The loaded corpus's articles, which must be the snapshot's, in its order. */
function matchCorpus(body: SnapshotBody, corpus: Corpus): Corpus['articles'] {
  const { articles } = corpus
  if (articles.length !== body.articles.length) throw new Error(`the corpus has ${articles.length} articles, the snapshot ${body.articles.length}`)
  articles.forEach((a, i) => {
    if (a.source !== body.articles[i]!.source) throw new Error(`article ${i} is "${a.source}" in the corpus but "${body.articles[i]!.source}" in the snapshot`)
  })
  return articles
}

/** The snapshot's texts, each checked against its file (`snapshot-texts.ts`); the folder must hold no article file the snapshot does not know. */
function filesTexts(dir: string, body: SnapshotBody, arrays: ReadonlyMap<string, TypedArray>): string[] {
  const known = new Set([...body.articles.map((a) => a.source), ...body.skipped.map((s) => s.source)])
  const added = listArticleNames(dir).filter((name) => !known.has(name))
  if (added.length) throw new Error(`${JSON.stringify(added[0])} was added to the corpus after the snapshot`)
  if (skippedDigest(dir, body.skipped) !== body.skippedDigest) throw new Error('a file skipped when the snapshot was made has changed since')
  return textsOf(
    arrays,
    body.articles.map((a) => a.source),
    dir,
  )
}
