// Words that make a capitalised phrase a place ("Lviv Region", "Red Sea").
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'region', 'regions', 'province', 'oblast', 'district', 'county', 'state', 'territory', 'prefecture', 'canton', 'municipality',
  'city', 'valley', 'river', 'sea', 'ocean', 'lake', 'mountains', 'mountain', 'island', 'islands', 'peninsula', 'desert', 'gulf',
  'bay', 'strait', 'coast', 'square', 'street', 'avenue', 'airport', 'port', 'border', 'basin', 'plain', 'plateau', 'krai', 'governorate',
]);

/** Prepositions after which an unknown capitalised word is most likely a place ("in Gdansk", "to Porto"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'near', 'at', 'across', 'outside', 'inside', 'into', 'towards', 'toward', 'via']);
