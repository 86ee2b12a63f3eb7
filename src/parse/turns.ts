/**
 * Speaker turns: a paragraph that opens with a speaker's label. The label forms (after Markdown marks are
 * flattened, so `**Name:** text` and `**Name**: text` read as `Name: text`):
 * `Name: text`, `Name：text`, `Name (role): text`, with a timestamp before the name, after it or after
 * the colon: `[22:00] Name: …`, `(3:20) Name: …`, `00:03:20 Name: …`, `Name [05:59]: …`, `Name: (3:20) …`.
 */
import { NOT_SPEAKERS } from '../config.ts'
import { normalizeSpace } from '../text.ts'
import { hasRoleTitle } from './roles.ts'

export interface TurnLabel {
  speaker: string
  /** What the label says in parentheses after the name, when it names a job ("CEO, Acme"). */
  role?: string
  time?: string
  /** The turn's words after the label; empty when the label stands alone and the words follow. */
  text: string
}

const TIME = String.raw`\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?`
const LABEL = new RegExp(
  String.raw`^(?:[(\[]?(?<t1>${TIME})[)\]]?\s+)?` +
  String.raw`(?<label>(?<name>[^\s:：()（）\[\]][^:：()（）\[\]\n]{0,39}?)(?:\s*[(（](?<paren>[^()（）\n]{1,60})[)）])?)` +
  String.raw`(?:\s+[(\[]?(?<t2>${TIME})[)\]]?)?` +
  // A colon before `//` is a URL's (`https://…`), not a label's.
  String.raw`\s*[:：](?!//)\s*` +
  String.raw`(?:[(\[](?<t3>${TIME})[)\]]\s*|(?<t4>${TIME})(?:\s+|$))?` +
  String.raw`(?<text>[\s\S]*)$`,
  'u',
)
const TIME_ONLY = new RegExp(`^${TIME}$`)
/** A timestamp in the run of a turn's text, `[04:07]` or `(3:20)`: the recording's, not the speaker's words. */
const STAMP = new RegExp(String.raw`\s*[(\[]${TIME}[)\]]\s*`, 'g')

const NOT_NAMES = new Set(NOT_SPEAKERS)
/** Lower-case words inside names: Ludwig van Beethoven, Leonardo da Vinci. */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'al', 'y'])
/** A Chinese label ending in a verb of saying is a sentence ("他表示：…"), not a name. */
const SAYING = /(?:说|說|表示|指出|认为|認為|称|稱|写道|寫道|提到|强调|強調|回答|问道|問道|透露|坦言)$/u

/** The label a paragraph opens with, when it has the form of one and names someone. */
export function turnLabel(paragraph: string): TurnLabel | undefined {
  const groups = LABEL.exec(paragraph)?.groups
  if (!groups) return undefined
  const name = normalizeSpace(groups.name)
  if (!isSpeakerName(name)) return undefined
  const paren = groups.paren?.trim()
  const parenTime = paren && TIME_ONLY.test(paren) ? paren : undefined
  const time = groups.t1 ?? parenTime ?? groups.t2 ?? groups.t3 ?? groups.t4
  // "(CEO, Acme)" is a role; "(何立德)" is part of the name, and "(3:20)" the time.
  const role = paren && !parenTime && hasRoleTitle(paren) ? normalizeSpace(paren) : undefined
  const speaker = paren && !parenTime && !role ? normalizeSpace(groups.label) : name
  return { speaker, ...(role ? { role } : {}), ...(time ? { time } : {}), text: withoutStamps(groups.text) }
}

/** A turn's text without the recording's timestamps. */
export function withoutStamps(text: string): string {
  return normalizeSpace(text.replace(STAMP, ' '))
}

/** Short, no digits and no sentence punctuation, not a label word, not the start of a sentence. */
export function isSpeakerName(name: string): boolean {
  if (name.length === 0 || name.length > 40 || /\d/.test(name)) return false
  if (/[。！？!?,，;；"“”「」『』…*#|<>{}=]/.test(name) || /\.\s+\p{Ll}/u.test(name)) return false
  if (NOT_NAMES.has(name.toLowerCase())) return false
  const words = name.split(' ')
  if (words.length > 4) return false
  // "The problem is: …" opens a sentence: in a name of several words each is capitalised but for particles;
  // a single lower-case word may be a handle ("swyx").
  if (words.length > 1 && words.some(word => /^\p{Ll}/u.test(word) && !PARTICLES.has(word))) return false
  const han = name.match(/\p{Script=Han}/gu)?.length ?? 0
  return han <= 12 && !(han > 0 && SAYING.test(name))
}
