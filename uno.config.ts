/** Slidev merges this into its UnoCSS config (project root, or the project as an addon): UnoCSS reads only our and Slidev's own files. */
import { unocssConfig } from './src/build/unocss-scope.ts'

export default unocssConfig()
