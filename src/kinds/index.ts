/**
 * The slide kinds: one row each, and one Slidev layout `layouts/<kind>.vue` each. A kind missing here, or a row
 * whose slide type does not match its key, fails to compile.
 */
import type { SlideKind } from '../types.ts'
import { agenda } from './agenda.ts'
import { chart } from './chart.ts'
import { closing } from './closing.ts'
import { code } from './code.ts'
import { cover } from './cover.ts'
import { exchange } from './exchange.ts'
import { highlights } from './highlights.ts'
import { image } from './image.ts'
import type { SlideKindSpec } from './kind.ts'
import { keyNumbers } from './key-numbers.ts'
import { section } from './section.ts'
import { table } from './table.ts'

export const KINDS = {
  cover,
  agenda,
  highlights,
  'key-numbers': keyNumbers,
  section,
  chart,
  exchange,
  table,
  image,
  code,
  closing,
} satisfies { [K in SlideKind]: SlideKindSpec<K, never> }

export { fitTitle, planContext, type PlanContext } from './kind.ts'
