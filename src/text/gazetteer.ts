/**
 * Fixed word lists the entity finder needs: the world's countries (with the
 * adjectives news copy uses for them) and capitals, regions, words that make a
 * name an organisation, and words that make a capitalised phrase no one's name.
 * The titles that stand before a person's name are in `titles.ts`, the
 * month and weekday names in `calendar.ts`.
 */

// Sovereign states by their short English names, with other names in use.
const COUNTRY_LIST = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|
Bangladesh|Belarus|Belgium|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|
Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|
Czechoslovakia|Denmark|Djibouti|Ecuador|Egypt|Eritrea|Estonia|Ethiopia|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|
Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Liechtenstein|Lithuania|Luxembourg|
Madagascar|Malaysia|Mali|Malta|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|
Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|
Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Singapore|Slovakia|
Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|
Tanzania|Thailand|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|
Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Soviet Union`

const OTHER_NAMES: Record<string, string> = {
  USA: 'United States',
  US: 'United States',
  'U.S.': 'United States',
  'U.S': 'United States',
  America: 'United States',
  'United States of America': 'United States',
  UK: 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  Kazakstan: 'Kazakhstan',
  Kirghizia: 'Kyrgyzstan',
  'Russian Federation': 'Russia',
  USSR: 'Soviet Union',
  Türkiye: 'Turkey',
}

/** Canonical country name for each way of writing it ("U.S." → "United States"). */
export const COUNTRIES: ReadonlyMap<string, string> = new Map([
  ...COUNTRY_LIST.split(/\|\s*/).map((c) => [c.trim(), c.trim()] as [string, string]),
  ...Object.entries(OTHER_NAMES),
])

/** Adjectives and nouns for a country's people ("Kazakh" → "Kazakhstan"). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Russian: 'Russia',
    Kazakh: 'Kazakhstan',
    Kazakhstani: 'Kazakhstan',
    Armenian: 'Armenia',
    Belarusian: 'Belarus',
    Kyrgyz: 'Kyrgyzstan',
    Tajik: 'Tajikistan',
    Ukrainian: 'Ukraine',
    American: 'United States',
    British: 'United Kingdom',
    Chinese: 'China',
    Turkish: 'Turkey',
    Uzbek: 'Uzbekistan',
    Turkmen: 'Turkmenistan',
    Georgian: 'Georgia',
    Azerbaijani: 'Azerbaijan',
    German: 'Germany',
    French: 'France',
    Polish: 'Poland',
    Hungarian: 'Hungary',
    Soviet: 'Soviet Union',
    Iranian: 'Iran',
    Afghan: 'Afghanistan',
    Pakistani: 'Pakistan',
    Indian: 'India',
    Mongolian: 'Mongolia',
    Moldovan: 'Moldova',
    Estonian: 'Estonia',
    Latvian: 'Latvia',
    Lithuanian: 'Lithuania',
    Romanian: 'Romania',
    Bulgarian: 'Bulgaria',
    Serbian: 'Serbia',
    Czech: 'Czech Republic',
    Slovak: 'Slovakia',
    Austrian: 'Austria',
    Swiss: 'Switzerland',
    Dutch: 'Netherlands',
    Belgian: 'Belgium',
    Italian: 'Italy',
    Spanish: 'Spain',
    Greek: 'Greece',
    Swedish: 'Sweden',
    Norwegian: 'Norway',
    Danish: 'Denmark',
    Finnish: 'Finland',
    Canadian: 'Canada',
    Japanese: 'Japan',
    Israeli: 'Israel',
    Syrian: 'Syria',
    Iraqi: 'Iraq',
    Egyptian: 'Egypt',
    Saudi: 'Saudi Arabia',
  }),
)

/** Words that make a capitalised name an organisation ("Financial University", "State Department"). */
export const ORG_WORDS = new Set(
  `Organization Organisation Council Institute University Ministry Department Treaty Union Pact Fund Association
Committee Agency Bank Party Parliament Assembly Government Army Navy Forces Commission Court Office Service Services
Alliance Federation Foundation Center Centre League Corporation Company Group Network Television TV Radio News Press
Times Post Guardian Observer Reuters Twitter Facebook Kremlin Duma House Senate Congress Nations States Charter
Desk Bureau Newsroom Staff Editors Agencies Security Intelligence Affairs Emergencies Rights International Coalition
Movement Society Initiative Front Brigade Regiment Battalion Division Corps Squadron Platoon`.split(/\s+/),
)

/** Canonical country for a name or demonym, or `null`. */
export function countryOf(name: string): string | null {
  const bare = name.replace(/[’']s$/, '')
  return COUNTRIES.get(bare) ?? DEMONYMS.get(bare) ?? formalName(bare)
}

// A state's formal name: "Republic of Kazakhstan", "Kingdom of Norway", "Kyrgyz Republic", "Federal Republic of Germany".
const STATE_OF =
  /^(?:(?:Federal|Democratic|Islamic|People['’]s|Socialist|United|Arab)\s+)*(?:Republic|Kingdom|State|Principality|Sultanate|Federation)\s+of\s+(?:the\s+)?(.+)$/
const STATE_AFTER = /^(.+?)\s+(?:Republic|Federation)$/

function formalName(name: string): string | null {
  const of = STATE_OF.exec(name)
  if (of) return COUNTRIES.get(of[1]!) ?? null
  const after = STATE_AFTER.exec(name)
  return after ? (DEMONYMS.get(after[1]!) ?? COUNTRIES.get(after[1]!) ?? null) : null
}

/** Regions and areas that are places but not countries. */
export const REGIONS = new Set(
  `Europe|Asia|Africa|Central Asia|Middle East|Caucasus|South Caucasus|Eastern Europe|Western Europe|Balkans|Baltics|
Crimea|Donbass|Donbas|Nagorno-Karabakh|Siberia|Arctic|Eurasia|Scandinavia|Latin America|North America|South America`
    .split(/\|\s*/)
    .map((r) => r.trim()),
)

/** Words that make a capitalised phrase an event, period, holiday or thing rather than a person ("Prague Spring", "New Year"). */
export const NOT_A_NAME = new Set(
  `War Wars Spring Revolution Institution Lands Campaign Crisis Summit Accords Agreement Treaty Pact Act Plan Era Age
Asian European African Western Eastern Northern Southern Central Republican Democrat Democrats Republicans Article
Charter Protocol Doctrine Initiative Olympics Cup Games Day Week Year Christmas Easter Nowruz Navruz Ramadan Eid Holiday
Holidays Festival Anniversary`.split(/\s+/),
)

/** Capitals, which news copy uses for their governments ("Ankara wanted ..." is Turkey). */
export const CAPITALS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Moscow: 'Russia',
    Washington: 'United States',
    Ankara: 'Turkey',
    Beijing: 'China',
    Kyiv: 'Ukraine',
    Kiev: 'Ukraine',
    Minsk: 'Belarus',
    Yerevan: 'Armenia',
    Bishkek: 'Kyrgyzstan',
    Dushanbe: 'Tajikistan',
    Astana: 'Kazakhstan',
    'Nur-Sultan': 'Kazakhstan',
    Tashkent: 'Uzbekistan',
    Ashgabat: 'Turkmenistan',
    Baku: 'Azerbaijan',
    Tbilisi: 'Georgia',
    London: 'United Kingdom',
    Paris: 'France',
    Berlin: 'Germany',
    Tehran: 'Iran',
    Kabul: 'Afghanistan',
    Tokyo: 'Japan',
    Warsaw: 'Poland',
    Budapest: 'Hungary',
    Prague: 'Czech Republic',
    Brussels: 'Belgium',
    Vienna: 'Austria',
    Rome: 'Italy',
    Madrid: 'Spain',
    Islamabad: 'Pakistan',
    'New Delhi': 'India',
    Delhi: 'India',
    Seoul: 'South Korea',
    Pyongyang: 'North Korea',
  }),
)
