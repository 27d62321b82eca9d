import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/sources/html-text';

describe('htmlToText', () => {
  it.each([
    ['paragraphs, a blank line between', '<p>First paragraph.</p>\n<p>Second\n   paragraph.</p>', 'First paragraph.\n\nSecond paragraph.'],
    ['entities decoded', '<p>&ldquo;Enough,&rdquo; said the mayor &amp; her deputy &#8212; twice.</p>', '“Enough,” said the mayor & her deputy — twice.'],
    ['inline markup inside a paragraph', '<p>The <b>council</b> voted <a href="/x">nine</a> to <em>four</em>.</p>', 'The council voted nine to four.'],
    ['a line break kept inside its paragraph', '<p>Harbour Road<br>Port Calder</p>', 'Harbour Road\nPort Calder'],
    ['headings and list items as paragraphs', '<h2>Why it matters</h2><ul><li>Homes</li><li>Roads</li></ul>', 'Why it matters\n\nHomes\n\nRoads'],
    ['no scripts, styles, navigation, forms or asides', '<nav>Home | Sport</nav><script>var x = "tracked";</script><style>p{}</style><p>Text.</p><aside>Related: other story</aside><form><button>Sign up</button></form>', 'Text.'],
    ['page furniture lines dropped', '<p>The bridge reopened.</p><p>Advertisement</p><p>Read more</p>', 'The bridge reopened.'],
    ['text outside any block', 'Plain words <i>and</i> more', 'Plain words and more'],
    ['nothing in, nothing out', '<div>   </div>', ''],
  ])('%s', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
