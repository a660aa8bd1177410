import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIssuedResolutions } from '../api/conferences';

/** The numbers of the documents a conference issued ("17-NQ/HU"), each a link to it, its title on hover. */
export function IssuedResolutions({ ids, hrefOf }: { ids: readonly string[]; hrefOf: (id: string) => string }) {
  const { t } = useTranslation();
  const resolutions = useIssuedResolutions(ids);
  return (
    <ul className="inline-list">
      {ids.map((id, i) => {
        const r = resolutions[i]?.data;
        return (
          <li key={id}>
            {r ? (
              <Tooltip title={r.title}>
                <Link to={hrefOf(id)}>{r.number}</Link>
              </Tooltip>
            ) : (
              <Link to={hrefOf(id)}>{resolutions[i]?.isPending ? t('app.loading') : t('conferences.resolutionUnknown')}</Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
