import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from './EmptyState';

/** Any address the console has no page for: inside the layout, with the way back. */
export function NotFoundPage() {
  return (
    <>
      <EmptyState title="There is no page at this address" icon={<IconMapOff size={26} />}>
        The link may be old or mistyped. Every page is in the menu on the left.
      </EmptyState>
      <Button mx="auto" display="block" renderRoot={(props) => <Link to="/sensors" {...props} />}>
        Go to Sensors
      </Button>
    </>
  );
}
