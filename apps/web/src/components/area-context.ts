import { createContext, useContext } from 'react';

export type Area = 'resident' | 'day' | 'work' | 'general';

export const AreaContext = createContext<Area>('general');

export function useArea(): Area {
  return useContext(AreaContext);
}

/** Where the brand link and "back to the start" lead in each area. */
export const areaHome: Record<Area, string> = { resident: '/', day: '/dag', work: '/werk', general: '/' };
