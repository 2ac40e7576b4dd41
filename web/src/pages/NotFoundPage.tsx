import { EmptyState } from '../ui/states';

export function NotFoundPage() {
  return (
    <section class="page">
      <h1>Page not found</h1>
      <EmptyState title="There is no page at this address.">
        <a href="/">Go to the overview</a>
      </EmptyState>
    </section>
  );
}
