/**
 * A speaker's role, where the article states it next to their name: "SoFi CEO Anthony Noto",
 * "Brad Gerstner, founder of Altimeter", "Anthony Noto (CEO, SoFi)", 「英伟达CEO黄仁勋」.
 */
import { ROLE_TITLES } from '../config.ts'
import { normalizeSpace } from '../text.ts'

/** An English title matches capitalised or not ("Chief Executive", "chief executive"); abbreviations as written. */
const EN_TITLE = ROLE_TITLES.en
  .map(title => title.replace(/\b\p{Ll}/gu, c => `[${c.toUpperCase()}${c}]`).replace(/ /g, '\\s+'))
  .join('|')
/** Latin word edges only: in 「英伟达CEO黄仁勋」 the title touches Han letters. */
const EN_TITLE_WORD = new RegExp(`(?<![A-Za-z0-9])(?:${EN_TITLE})(?![A-Za-z0-9])`, 'u')
const ZH_TITLE = ROLE_TITLES.zh.join('|')
const ANY_TITLE = new RegExp(`(?:${ZH_TITLE})|${EN_TITLE_WORD.source}`, 'u')

/** Characters that end an organisation's name when reading back from a Chinese title ("他说英伟达CEO" → 英伟达). */
const ZH_STOP = /[\s\p{P}的是说說与與和及对對话話在了由为為被请請位上中向跟同时時也都将將让讓把给給从從据據称稱问問道]/u
const ZH_ORG_CHARS = 6

/** Whether a phrase names a job ("CEO, Acme", "founder of Altimeter"), not just a place or another name. */
export function hasRoleTitle(phrase: string): boolean {
  return ANY_TITLE.test(phrase)
}

/** Roles stand next to the name: this much text either side of each mention is read, for this many mentions. */
const WINDOW = 100
const MAX_MENTIONS = 200

const PAREN_AFTER = /^\s*[(（]([^()（）\n]{2,60})[)）]/u
const LATIN_BEFORE = new RegExp(`(?<![A-Za-z0-9])((?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*\\s+){0,2}(?:${EN_TITLE}))\\s+$`, 'u')
const COMMA_AFTER = /^\s*[,，]\s*(?:the\s+|a\s+|an\s+)?([^,，.;；:：()（）\n]{2,80}?)(?=[,，.;；:：)）\n]|\s+(?:and|who|said|says|told|joins|joined)\b|$)/u
const CHINESE_BEFORE = new RegExp(`(${ZH_TITLE}|CEO|CFO|CTO|COO)\\s*(?:的\\s*)?$`, 'u')

export function roleIn(name: string, text: string): string | undefined {
  const mentions: { before: string, after: string }[] = []
  for (let i = text.indexOf(name); i >= 0 && mentions.length < MAX_MENTIONS; i = text.indexOf(name, i + name.length))
    mentions.push({ before: text.slice(Math.max(0, i - WINDOW), i), after: text.slice(i + name.length, i + name.length + WINDOW) })
  const readers: ((m: { before: string, after: string }) => string | undefined)[] = [
    // Name (CEO, Acme)
    ({ after }) => PAREN_AFTER.exec(after)?.[1],
    // SoFi CEO Anthony Noto, Nvidia chief executive Jensen Huang
    ({ before }) => LATIN_BEFORE.exec(before)?.[1],
    // Brad Gerstner, founder of Altimeter, …
    ({ after }) => COMMA_AFTER.exec(after)?.[1],
    // 英伟达CEO黄仁勋, 微软首席执行官纳德拉
    ({ before }) => {
      const match = CHINESE_BEFORE.exec(before)
      return match ? chineseOrg(before, match.index) + match[1] : undefined
    },
  ]
  for (const read of readers) {
    for (const mention of mentions) {
      const role = normalizeSpace(read(mention) ?? '').replace(/[\s,，:：]+$/u, '')
      if (role && role !== name && !/\d/.test(role) && hasRoleTitle(role)) return role
    }
  }
  // No job title stated: the organisation the name belongs to ("Bloomberg Technology的Caroline Hyde与Mike Shepard",
  // "Caroline Hyde of Bloomberg Technology"), a capitalised name of its own, is the next best thing.
  for (const { before, after } of mentions) {
    const org = AFFILIATION_BEFORE.exec(before)?.[1] ?? AFFILIATION_AFTER.exec(after)?.[1]
    if (org && !name.includes(org)) return normalizeSpace(org)
  }
  return undefined
}

/** A capitalised Latin name of up to four words: an organisation when it owns a person (`X的Name`, `Name of X`). */
const ORG = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}`
const AFFILIATION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${ORG})\\s*的\\s*(?:[^，。,.\\n的]{1,30}?[与與和及、]\\s*)?$`, 'u')
const AFFILIATION_AFTER = new RegExp(`^\\s+(?:of|from|at)\\s+(${ORG})(?![\\p{L}\\p{N}])`, 'u')

/** The organisation's name just before a title at `index`: a few characters back to a stop. */
function chineseOrg(text: string, index: number): string {
  let start = index
  while (start > 0 && index - start < ZH_ORG_CHARS && !ZH_STOP.test(text[start - 1])) start--
  return text.slice(start, index)
}
