import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render';
import { overridesOf, type DraftRow } from './draft';
import { MappingForm } from './MappingForm';

const initial: DraftRow[] = [
  {
    stream: 'charges',
    target: 'description',
    source: 'description',
    transform: 'none',
    defaultSource: 'description',
    defaultTransform: 'none',
  },
  {
    stream: 'charges',
    target: 'currency',
    source: 'currency',
    transform: 'uppercase',
    defaultSource: 'currency',
    defaultTransform: 'uppercase',
  },
  { stream: 'customers', target: 'email', source: 'email', transform: 'lowercase', defaultSource: 'email', defaultTransform: 'lowercase' },
];

function Harness({ onRows, readOnly = false }: { onRows: (rows: DraftRow[]) => void; readOnly?: boolean }) {
  const [rows, setRows] = useState(initial);
  return (
    <MappingForm
      rows={rows}
      stream="charges"
      readOnly={readOnly}
      onChange={(next) => {
        setRows(next);
        onRows(next);
      }}
    />
  );
}

describe('MappingForm', () => {
  it('lists the canonical fields of the chosen stream, all defaults at first', () => {
    renderWithProviders(<Harness onRows={() => undefined} />);
    expect(screen.getByTestId('mapping-description')).toBeTruthy();
    expect(screen.queryByTestId('mapping-email')).toBeNull();
    expect(screen.getAllByText('Default')).toHaveLength(2);
  });

  it('marks an edited source as an override and resets it to the default', () => {
    let latest = initial;
    renderWithProviders(<Harness onRows={(rows) => (latest = rows)} />);
    fireEvent.change(screen.getByLabelText('Source of description'), { target: { value: 'metadata.order_id' } });
    const row = screen.getByTestId('mapping-description');
    expect(within(row).getByText('Override')).toBeTruthy();
    expect(overridesOf(latest)).toEqual([{ stream: 'charges', source: 'metadata.order_id', target: 'description', transform: 'none' }]);
    fireEvent.click(within(row).getByLabelText('Reset description to default'));
    expect(within(screen.getByTestId('mapping-description')).getByText('Default')).toBeTruthy();
    expect(overridesOf(latest)).toEqual([]);
  });

  it('maps another canonical field as a new override', () => {
    let latest = initial;
    renderWithProviders(<Harness onRows={(rows) => (latest = rows)} />);
    fireEvent.change(screen.getByPlaceholderText(/Another canonical field/), { target: { value: 'customerExternalId' } });
    fireEvent.click(screen.getByRole('button', { name: 'Map a field' }));
    fireEvent.change(screen.getByLabelText('Source of customerExternalId'), { target: { value: 'customer' } });
    expect(overridesOf(latest)).toEqual([{ stream: 'charges', source: 'customer', target: 'customerExternalId', transform: 'none' }]);
  });

  it('is read-only for viewers', () => {
    renderWithProviders(<Harness onRows={() => undefined} readOnly />);
    expect(screen.getByLabelText('Source of description').hasAttribute('readonly')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Map a field' })).toBeNull();
  });
});
