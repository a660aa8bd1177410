import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefings } from '../api/briefings';
import { useZones } from '../api/get-zones';
import { briefingLabel } from './common';

/** The briefings to pick from (the latest hundred), each named with its zone, for the new recommendation and the filter. */
export function useBriefingOptions() {
  const { t } = useTranslation();
  const briefings = useBriefings(null, null, 100);
  const zones = useZones();
  const zoneNames = useMemo(() => new Map((zones.data ?? []).map((z) => [z.id, z.name])), [zones.data]);
  return {
    briefings: briefings.data ?? [],
    loading: briefings.isPending,
    options: (briefings.data ?? []).map((b) => ({ value: b.id, label: briefingLabel(b, zoneNames.get(b.zoneId), t) })),
  };
}
