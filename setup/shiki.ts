/**
 * Code on slides in GitHub's high-contrast themes: Slidev's default (vitesse) draws some tokens below 4.5:1
 * against the code background, too faint for a projector (axe-core's colour-contrast rule fails them).
 */
import { defineShikiSetup } from '@slidev/types'

export default defineShikiSetup(() => ({
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
}))
