// Capitalised words that open a sentence or a noun phrase and are never a name or a place.
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'After', 'Before', 'According', 'Given', 'This', 'That', 'These', 'Those', 'It', 'Its',
  'He', 'She', 'They', 'We', 'I', 'Some', 'More', 'Most', 'Many', 'Two', 'Three', 'Several', 'Following', 'Despite', 'While', 'When',
  'Since', 'Amid', 'Over', 'Under', 'For', 'From', 'With', 'By', 'Last', 'Early', 'Late', 'Earlier', 'Later', 'Today', 'Yesterday',
  'Until', 'During', 'If', 'But', 'And', 'Or', 'So', 'Yet', 'Then', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Where',
]);
