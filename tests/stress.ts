/** Stress articles: every shape of text that could run off a slide, generated so nothing is stored twice. */

const SENTENCE_ZH = '英伟达的市值在一天之内蒸发了超过五千亿美元，这是美国股市历史上单日最大的市值损失。'
const WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3)
const URL = `https://example.com/${'very-long-path-segment-'.repeat(12)}index.html?query=${'x'.repeat(80)}`

export const STRESS_TITLE = '超长标题'.repeat(25) + 'A Very Long Title That Keeps Going'.repeat(2)

export function stressArticle(): string {
  const highlights = Array.from({ length: 30 }, (_, i) => `- 第${i + 1}条要点：营收增长${i + 5}%，达到${(i + 1) * 10}亿美元。`).join('\n')
  const longSection = Array.from({ length: 6000 / SENTENCE_ZH.length + 1 }, () => SENTENCE_ZH).join('')
  const noPunctuation = '没有标点的长段落'.repeat(2000 / 8)
  const table = ['| ' + Array.from({ length: 12 }, (_, i) => `Column ${i + 1}`).join(' | ') + ' |', '|' + ' --- |'.repeat(12),
    ...Array.from({ length: 5 }, (_, r) => '| ' + Array.from({ length: 12 }, (_, c) => `r${r}c${c} ${WORD.slice(0, 20)}`).join(' | ') + ' |')].join('\n')
  const code = ['```ts', ...Array.from({ length: 300 }, (_, i) => `const line${i} = ${i} // ${'x'.repeat(i % 120)}`), '```'].join('\n')
  const turns = Array.from({ length: 40 }, (_, i) => `Speaker ${i % 4}: 这是第${i + 1}段发言。${SENTENCE_ZH.repeat(1 + (i % 5))}`).join('\n\n')
  return [
    `# ${STRESS_TITLE}`,
    `> ${SENTENCE_ZH.repeat(6)}`,
    '## 亮点', highlights,
    '## 六千字的一节', longSection.match(/.{1,600}/gu)!.join('\n\n'),
    '## 没有标点', noPunctuation,
    '## Long words and links', `${WORD} ${WORD}. See ${URL} for more. ${URL}`,
    '## 十二列的表格', table,
    '## 三百行代码', code,
    `## ${'标题也很长'.repeat(20)}`, `${SENTENCE_ZH}${SENTENCE_ZH}`,
    '## 详细对话', turns,
    `原链接: ${URL}`,
  ].join('\n\n')
}
