/**
 * Base forms of English words that no suffix rule reaches: irregular verbs
 * ("flown" → "fly", "led" → "lead"), irregular plurals ("children" → "child")
 * and verbs in -ie, whose Porter stems part ("died" → "di", "die" → "die").
 * The index and the questions both go through it, so "when did they fly home"
 * finds "they were flown home".
 */

const FORMS = `
sent:send led:lead took:take taken:take began:begin begun:begin fled:flee fought:fight held:hold left:leave
met:meet said:say told:tell came:come went:go gone:go saw:see seen:see brought:bring thought:think
withdrew:withdraw withdrawn:withdraw drew:draw drawn:draw won:win lost:lose chose:choose chosen:choose
spoke:speak spoken:speak broke:break broken:break rose:rise risen:rise struck:strike ran:run kept:keep
stood:stand sought:seek shot:shoot built:build paid:pay made:make gave:give given:give got:get gotten:get
found:find,found fell:fall fallen:fall flew:fly flown:fly knew:know known:know wrote:write written:write
men:man women:woman children:child was:be were:be is:be are:be been:be did:do done:do had:have has:have
bought:buy caught:catch drove:drive driven:drive fed:feed felt:feel forgot:forget forgotten:forget
grew:grow grown:grow heard:hear hid:hide hidden:hide hung:hang laid:lay meant:mean overran:overrun
sold:sell shook:shake shaken:shake slept:sleep spent:spend stole:steal stolen:steal stuck:stick
swore:swear sworn:swear taught:teach tore:tear torn:tear threw:throw thrown:throw understood:understand
wore:wear worn:wear arose:arise arisen:arise became:become beaten:beat bore:bear borne:bear born:bear
blew:blow blown:blow forbade:forbid forbidden:forbid forgave:forgive forgiven:forgive mistook:mistake
mistaken:mistake overcame:overcome overtook:overtake overtaken:overtake proven:prove slain:slay
undertook:undertake undertaken:undertake upheld:uphold withheld:withhold withstood:withstand
wept:weep dealt:deal sped:speed swept:sweep lent:lend bent:bend crept:creep dug:dig sank:sink sunk:sink
died:die dies:die dying:die lied:lie lying:lie tied:tie ties:tie tying:tie
`

/** Irregular form → its base forms (more than one where the form is ambiguous: "found"). */
export const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(
  FORMS.trim()
    .split(/\s+/)
    .map((pair) => {
      const [form, bases] = pair.split(':')
      return [form!, bases!.split(',')]
    }),
)

/**
 * The base form of a folded word where it is irregular and unambiguous;
 * otherwise the word itself (regular endings are the stemmer's job).
 *
 * @example
 * ```ts
 * lemmaOf('flown')    // => 'fly'
 * lemmaOf('found')    // => 'found' (find or found: left alone)
 * lemmaOf('villages') // => 'villages'
 * ```
 */
export function lemmaOf(word: string): string {
  const bases = IRREGULAR.get(word)
  return bases && bases.length === 1 ? bases[0]! : word
}

/** The commonest verbs of English, in all their forms, which say little of their own ("went to the island", "made it home"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  'go goes went gone going come came comes coming make made makes making take took taken takes taking get got gets getting give gave given gives do did does done have had has put puts'.split(
    ' ',
  ),
)
