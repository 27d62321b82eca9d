// Words that report an event, by event type (lower_snake_case, as in the graph model).
export const EVENT_TRIGGERS: readonly (readonly [string, RegExp])[] = [
  ['election', /\b(?:elections?|presidential vote|parliamentary vote|polls|ballot|referendum|voters? went to the polls)\b/i],
  ['protest', /\b(?:protest(?:s|ers|ed|ing)?|demonstrat(?:ion|ions|ors)|rall(?:y|ies)|riots?|rioting|unrest|took to the streets|uprising)\b/i],
  ['state_of_emergency', /\b(?:state of emergency|curfew|martial law)\b/i],
  ['resignation', /\b(?:resign(?:ed|s|ation)?|stepped down|step down)\b/i],
  // "dismissed the claims", "dismissed it as unfounded", "fired tear gas": no dismissal from office.
  ['dismissal', /\b(?:dismiss(?:ed|al)(?!\s+(?:as\b|(?:the|these|those|such|his|her|their|its|any|all)\s+(?:\w+\s+)?(?:claims?|allegations?|accusations?|reports?|concerns?|criticism|calls?|suggestions?|idea|fears?|charges?|case|appeal|lawsuit)\b|(?:claims?|allegations?|accusations?|reports?|concerns?|criticism|it|them|this|that)\b))|sacked|fired(?!\s+(?:on|at|upon|into|back|off|shots?|rounds?|rockets?|missiles?|shells?|tear\s+gas|rubber|warning|live|weapons?|guns?|artillery|drones?|bullets?))|removed from (?:office|(?:his|her) post)|termination of (?:his |her )?powers)\b/i],
  ['deployment', /\b(?:deploy(?:ed|ment|s)?|send (?:\w+ ){0,2}(?:troops|forces|soldiers)|sent (?:\w+ ){0,2}(?:troops|forces|soldiers)|peacekeeping (?:forces|troops|mission))\b/i],
  ['visit', /\b(?:visit(?:s|ed|ing)?|travel(?:s|led|ling)? to|trip to|tour of|arrived in)\b/i],
  ['meeting', /\b(?:meeting|talks|summit|dialogue|ministerial)\b/i],
  // Lower case only for "congress": capitalised, it is a legislature ("asked Congress to approve").
  ['conference', /\b(?:[Cc]onference|[Ff]orum|congress)\b/],
  ['security_operation', /\b(?:counter-terror(?:ism|ist)? operation|anti-terror(?:ist)? operation|security operation|military operation|crackdown|raids?)\b/i],
  ['clash', /\b(?:clash(?:es|ed)?|fighting|storm(?:ed|ing)?|shelling|firefight)\b/i],
  ['attack', /\b(?:attack(?:s|ed)?|bombing|explosion|airstrikes?|assault)\b/i],
  ['arrest', /\b(?:arrest(?:s|ed)?|detain(?:ed)?|detention)\b/i],
  // A ceasefire agreed, not one called for ("urged an immediate ceasefire").
  ['agreement', /\b(?:signed (?:an? |the )?(?:agreement|deal|treaty|accord)|(?:agreed|agree|reached|signed|brokered|announced|declared)\s+(?:[\w-]+\s+){0,4}?(?:ceasefire|truce)|(?:ceasefire|truce)\s+(?:agreement|deal|accord|took effect|came into force|was agreed|was reached|brokered))\b/i],
];

/**
 * Words that, ending just before an event's trigger, make it the frame of the sentence's other events:
 * "arrested during the protests", "as part of the counter-terrorist operation", "in the course of last week's unrest".
 */
export const PART_OF_LEAD = /\b(?:during|as part of|in the course of)\s+(?:[\w'’-]+\s+){0,3}$/i;
