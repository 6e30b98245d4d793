/**
 * The verbs that report speech or writing, shared by the people of an article
 * (who is the subject of "said") and the attribution of quotations.
 */

/** Verbs that report speech or writing. */
export const REPORTING_VERBS =
  'said|says|say|told|tells|added|adds|wrote|writes|noted|notes|stated|states|explained|explains|argued|argues|believes|believed|warned|warns|insisted|insists|claimed|claims|declared|declares|announced|announces|continued|continues|commented|comments|remarked|replied|replies|responded|responds|asked|asks|tweeted|tweets|posted|recalled|recalls|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|concluded|acknowledged|admitted|observed|suggested|suggests|predicted|predicts|urged|urges|thinks|thought|pointed out|went on|retorted|retorts|countered|counters|fired back|fires back|hit back|hits back|shot back|shoots back|quipped|joked|put it(?: (?:plainly|bluntly|simply|succinctly|starkly|frankly|best|this way))?'
