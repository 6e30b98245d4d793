import { baseForms } from './parts-of-speech.ts'

/**
 * The slang verbs of chat that WordNet has no sense for, each with the plain
 * verbs a news article writes instead: "when did parliament sign off on the
 * new PM" is "approve", "how did the ministry clap back" is "respond". Only the
 * forms listed are read; a slang word that is also a noun ("tank", "boot") is
 * read only in a form that is a verb alone ("tanked", "booted"), so "how many
 * tanks" stays about tanks. Slang whose literal sense a question is as likely
 * to mean is left out ("floated" a currency, "slapped", "blasted", "locked up"
 * a building, but "got locked up" is one detained). A verb of going or carrying with "back" ("flew back") is read
 * as "return", which WordNet lists for few such pairs.
 */

// [forms as typed, plain verbs]: multiword forms joined by "_", as the question's words are.
const SLANG: [string, string][] = [
  ['booted booting boot_out boots_out booted_out booting_out', 'remove oust dismiss'],
  ['jump_ship jumped_ship jumps_ship jumping_ship', 'defect leave'],
  ['back_out backed_out backs_out backing_out', 'withdraw'],
  ['sign_off signed_off signs_off signing_off', 'approve'],
  ['greenlight greenlit greenlighted greenlights greenlighting', 'approve authorize'],
  ['okayed okaying', 'approve'],
  ['nixed nixing', 'cancel reject'],
  ['ditched ditching', 'abandon drop'],
  ['clap_back clapped_back claps_back clapping_back', 'respond retort reply'],
  ['slammed slamming bashed bashing', 'criticize condemn'],
  ['rip_into ripped_into rips_into ripping_into', 'criticize'],
  ['dissed dissing', 'insult criticize'],
  ['grilled grilling', 'question'],
  ['walk_back walked_back walks_back walking_back', 'retract withdraw'],
  ['flip-flopped flip-flopping', 'reverse'],
  ['caved caving cave_in caved_in caves_in caving_in', 'concede yield'],
  ['bump_up bumped_up bumps_up bumping_up', 'raise revise increase'],
  ['dial_back dialed_back dialled_back dials_back', 'reduce soften'],
  ['tanked tanking', 'fall plunge drop'],
  ['cratered cratering', 'plunge collapse'],
  ['go_bust went_bust goes_bust gone_bust', 'collapse fail'],
  ['resurface resurfaced resurfaces resurfacing', 'reappear appear'],
  ['pick_up picked_up picks_up picking_up', 'detain arrest'],
  ['busted cuffed nabbed nab nabs nabbing', 'arrest'],
  ['haul_in hauled_in hauls_in', 'detain question'],
  ['hush_up hushed_up hushes_up', 'conceal'],
  ['rat_out ratted_out rats_out', 'betray inform'],
  ['snoop_on snooped_on snoops_on', 'spy'],
  ['tapped', 'appoint name'],
  ['take_down took_down taken_down takes_down', 'remove topple'],
  ['torched torching', 'burn'],
  ['trashed trashing', 'damage vandalize loot'],
  ['rough_up roughed_up roughs_up', 'beat assault'],
  ['knock_out knocked_out knocks_out', 'cut disable disrupt'],
  ['kick_off kicked_off kicks_off kicking_off', 'begin start'],
  ['chip_in chipped_in chips_in chipping_in pitch_in pitched_in pitches_in pitching_in', 'contribute send give'],
  // "kill off a law": end it; WordNet has only the killing of many.
  ['kill_off killed_off kills_off killing_off', 'invalidate annul abolish end'],
  ['go_south went_south goes_south gone_south', 'deteriorate worsen'],
  ['butt_heads butted_heads butting_heads', 'clash'],
  // "how many got locked up": read only after "got" (a building is locked up too, and WordNet has only that).
  ['locked_up', 'detain jail imprison arrest custody'],
]

// Slang said of a thing done, not of one who underwent it: "the rally kicked off", but "he was kicked off the list".
const ACTIVE_ONLY = new Set(['kick_off', 'kicked_off', 'kicks_off', 'kicking_off'])
// Slang said only of one who underwent it, in the passive with "got": "he got locked up", not "the office was locked up".
const GOT_ONLY = new Set(['locked_up'])

const MEANINGS = new Map<string, string[]>()
for (const [forms, plain] of SLANG) for (const form of forms.split(' ')) MEANINGS.set(form, plain.split(' '))

/** Where a slang form stands in the question. */
export interface SlangContext {
  /** After "was", "got", "been" …: "was kicked off the briefing" is no beginning. */
  passive?: boolean
  /** After "got" …: "he got locked up" is said of a person, "the embassy was locked up" may be of a building. */
  got?: boolean
  /** Before "to", "into", "home" …: "walked back to the barracks" is a walk, not a retraction. */
  motion?: boolean
}

/**
 * The plain verbs a slang form stands for, or none.
 *
 * @example
 * ```ts
 * slangMeaning('clapped_back')                   // => ['respond', 'retort', 'reply']
 * slangMeaning('tanks')                          // => [] (a noun too)
 * slangMeaning('walked_back', { motion: true })  // => [] (walked back to the barracks)
 * slangMeaning('flew_back')                      // => ['return']
 * ```
 */
export function slangMeaning(form: string, where: SlangContext = {}): readonly string[] {
  const key = form.toLowerCase()
  const back = /^([a-z]+)_back$/.exec(key)
  // "carried", "ferried": a past in "-ied" is in WordNet's exception lists, which its base forms here do not read.
  if (back && [...baseForms(back[1]!, 'verb'), back[1]!.replace(/ied$/, 'y')].some((verb) => GOING.has(verb))) return RETURN
  if (where.motion || (where.passive && ACTIVE_ONLY.has(key)) || (!where.got && GOT_ONLY.has(key))) return []
  return MEANINGS.get(key) ?? []
}

// A verb of going or carrying with "back" ("flew back", "brought the troops back") is a return, though WordNet
// lists few such pairs; not "hit back", "cut back" or "held back", which are no journeys.
const GOING = new Set(['bring', 'fly', 'come', 'go', 'send', 'ship', 'head', 'drive', 'travel', 'move', 'ferry', 'airlift', 'carry'])
const RETURN: readonly string[] = ['return']
