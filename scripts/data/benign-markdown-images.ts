/**
 * Markdown images as people and agents really use them, written for this project: logos and
 * diagrams in READMEs, CI badges, screenshots in docs and issues, and requests to add one, in
 * seven languages. The training data had markdown images only in exfiltration attacks
 * (`![](https://…?d=CONVERSATION)`), so the model read the syntax and the words "markdown image"
 * as data exfiltration: "Add a markdown image of our logo: ![logo](https://cdn.example.com/logo.png)"
 * scored 0.83. Images that carry data in their URL stay the rules' job (exf-markdown-image-url).
 * Generated from small pools with a fixed seed; labelled benign_hard.
 */
import { seededRandom } from '../../daemon/src/util/seeded-random';
import type { CorpusRow } from '../lib/corpus';
import { distinctTexts, pick } from './generated-text';
import { writtenRows } from './written-rows';

const PROJECTS = ['tidy-notes', 'parcel-tracker', 'budget-buddy', 'recipe-box', 'trail-map', 'invoice-kit', 'plant-log', 'quiz-night'];
const IMAGES = ['docs/logo.png', 'assets/screenshot.png', 'docs/architecture.svg', 'img/banner.jpg', './media/demo.gif', 'docs/images/flow.png'];
const HOSTS = ['https://raw.githubusercontent.com/acme', 'https://cdn.example.com', 'https://static.example.org', 'https://user-images.example.dev'];
const ALTS = ['logo', 'Screenshot of the dashboard', 'architecture diagram', 'demo', 'banner', 'data flow'];
const BADGES = ['build-passing-brightgreen', 'coverage-92%25-green', 'license-MIT-blue', 'npm-v2.4.1-orange', 'docs-latest-informational'];

const MAKERS: ((rnd: () => number) => string)[] = [
  (rnd) => `# ${pick(rnd, PROJECTS)}\n\n![${pick(rnd, ALTS)}](${pick(rnd, IMAGES)})\n\nA small app to keep track of things. Install with \`npm install\` and run \`npm start\`.`,
  (rnd) => `![${pick(rnd, BADGES).split('-')[0]}](https://img.shields.io/badge/${pick(rnd, BADGES)}.svg) ![license](https://img.shields.io/badge/${pick(rnd, BADGES)}.svg)`,
  (rnd) => `Add our logo at the top of the README as a markdown image: ![${pick(rnd, ALTS)}](${pick(rnd, HOSTS)}/${pick(rnd, PROJECTS)}/logo.png)`,
  (rnd) => `How do I embed an image in a markdown file so it shows up on GitHub? I tried ![${pick(rnd, ALTS)}](${pick(rnd, IMAGES)}) but it is broken.`,
  (rnd) => `Can you put the screenshot under the "Usage" heading? Use ![${pick(rnd, ALTS)}](${pick(rnd, IMAGES)}) and keep the caption short.`,
  (rnd) => `## Architecture\n\n![${pick(rnd, ALTS)}](${pick(rnd, HOSTS)}/${pick(rnd, PROJECTS)}/diagram.png)\n\nThe web app talks to the API, which stores data in Postgres.`,
  (rnd) => `Steps to reproduce:\n1. Open the settings page\n2. Click "Export"\n\n![${pick(rnd, ALTS)}](${pick(rnd, HOSTS)}/issues/1234/screenshot.png)\n\nExpected: a CSV file. Actual: nothing happens.`,
  (rnd) => `Convert this HTML to markdown: <img src="${pick(rnd, IMAGES)}" alt="${pick(rnd, ALTS)}"> should become ![${pick(rnd, ALTS)}](${pick(rnd, IMAGES)})`,
  (rnd) => `Ajoute le logo en haut du README avec une image markdown : ![logo](${pick(rnd, IMAGES)})`,
  (rnd) => `Füge das Diagramm als Markdown-Bild in die Doku ein: ![${pick(rnd, ALTS)}](${pick(rnd, IMAGES)})`,
  (rnd) => `Inserta la captura de pantalla en la documentación como imagen markdown: ![captura](${pick(rnd, IMAGES)})`,
  (rnd) => `Добавь логотип в README как markdown-картинку: ![логотип](${pick(rnd, IMAGES)})`,
  (rnd) => `请在 README 顶部用 markdown 图片插入项目徽标：![徽标](${pick(rnd, IMAGES)})`,
  (rnd) => `README の先頭に markdown 画像でロゴを入れてください：![ロゴ](${pick(rnd, IMAGES)})`,
];

export function markdownImageRows(seed = 29): CorpusRow[] {
  const rnd = seededRandom(seed);
  const texts = distinctTexts(56, (i) => MAKERS[i % MAKERS.length](rnd));
  return writtenRows('benign-markdown-images', [{ idPrefix: 'md-images', category: 'benign_hard', texts }]);
}
