import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '@/i18n';
import { ApiProblemError } from '@/lib/api/problem';
import { getSessionState, subscribeSession } from '@/lib/api/session';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not get better by asking again; network errors and 5xx get two more tries.
        retry: (failureCount, error) =>
          !(error instanceof ApiProblemError && error.status < 500) && failureCount < 2,
      },
    },
  });
}

const FOCUS = { activeBorderColor: '#1f5fa8', hoverBorderColor: '#4a7fc1', activeShadow: '0 0 0 2px rgba(31, 95, 168, 0.15)' };

/** The party's red, readable greys, and controls big enough for a thumb. */
const THEME = {
  token: {
    colorPrimary: '#b3261e',
    colorLink: '#9a1f18',
    borderRadius: 6,
    fontSize: 15,
    // antd's greys are too pale for labels on white (WCAG AA wants 4.5:1).
    colorTextSecondary: '#4a4f55',
    colorTextTertiary: '#5c636a',
    colorTextDescription: '#5c636a',
    colorTextPlaceholder: '#6b7178',
    // A field's error message must be readable too: antd's #ff4d4f is 3.3:1 on white.
    colorError: '#c62828',
  },
  // A field being typed in is outlined blue: red around a field reads as an error.
  components: {
    Button: { controlHeight: 38 },
    Input: { controlHeight: 38, ...FOCUS },
    DatePicker: FOCUS,
    Select: { controlHeight: 38, activeBorderColor: FOCUS.activeBorderColor, hoverBorderColor: FOCUS.hoverBorderColor, activeOutlineColor: 'rgba(31, 95, 168, 0.15)' },
  },
};

/** antd and dayjs in the user's language: vi_VN and dd/MM/yyyy by default. */
function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  const english = current.language === 'en';
  dayjs.locale(english ? 'en' : 'vi');
  useEffect(() => {
    document.documentElement.lang = english ? 'en' : 'vi';
  }, [english]);
  return (
    <ConfigProvider locale={english ? enUS : viVN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // When a session ends, so does what it was allowed to see: the next user starts from an empty cache.
  useEffect(
    () =>
      subscribeSession(() => {
        if (getSessionState().session === null) client.clear();
      }),
    [client],
  );
  // The server's own words (reasons, units, default titles, messages) follow the language: ask again in the new one.
  useEffect(() => {
    const refetch = () => void client.invalidateQueries();
    i18n.on('languageChanged', refetch);
    return () => i18n.off('languageChanged', refetch);
  }, [client]);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <LocaleProvider>{children}</LocaleProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
