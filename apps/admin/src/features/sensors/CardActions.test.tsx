import { screen, within } from '@testing-library/react';
import { connectorSummary, sensorType } from '../../test/fixtures';
import { renderAtUrl } from '../../test/render';
import { SensorCard } from './SensorCard';

const ads = sensorType({ id: 'google_ads', name: 'Google Ads', accountSelection: true });

describe('the card of a connector that syncs one chosen account', () => {
  it('offers Choose account, not Sync Now, until an account is chosen', async () => {
    renderAtUrl(<SensorCard type={ads} connector={connectorSummary({ type: 'google_ads', name: 'Google Ads' })} />, '/sensors', {
      role: 'manager',
    });
    const article = await screen.findByRole('article', { name: 'Google Ads' });
    expect(within(article).getByRole('link', { name: 'Choose account' })).toBeTruthy();
    expect(within(article).queryByRole('button', { name: 'Sync Now' })).toBeNull();
  });

  it('offers Sync Now once it has one', async () => {
    const connector = connectorSummary({ type: 'google_ads', name: 'Google Ads', accountId: '123', accountName: 'Acme' });
    renderAtUrl(<SensorCard type={ads} connector={connector} />, '/sensors', { role: 'manager' });
    const article = await screen.findByRole('article', { name: 'Google Ads' });
    expect(within(article).getByRole('button', { name: 'Sync Now' })).toBeTruthy();
    expect(within(article).queryByRole('link', { name: 'Choose account' })).toBeNull();
  });
});
