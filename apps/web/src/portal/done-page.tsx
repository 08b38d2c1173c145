import type { ReactNode } from 'react';
import { Result } from 'antd';
import { TopBar } from './chrome';

/**
 * The page after something went through (a need submitted, a survey answered): a success
 * result in a card, under a top bar with a back arrow. Its own module, so that only the pages
 * that end this way load antd's Result.
 */
export function DonePage({ bar, title, subTitle, extra }: { bar: string; title: string; subTitle: string; extra: ReactNode }) {
  return (
    <>
      <TopBar title={bar} back />
      <main className="gr-page">
        <div className="gr-card">
          <Result status="success" title={title} subTitle={subTitle} extra={extra} />
        </div>
      </main>
    </>
  );
}
