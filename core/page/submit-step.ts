import type { RecognisedPage } from './sign-in-page';

/** Submits the step's form the way its own submit button would (the page's submit handlers run), or clicks it. */
export function submitStep(page: RecognisedPage): void {
  const submitter = page.fields.submit;
  const form =
    page.root.tagName === 'FORM'
      ? (page.root as HTMLFormElement)
      : (page.root.querySelector('form') ?? submitter?.form ?? null);
  if (form && typeof form.requestSubmit === 'function') {
    form.requestSubmit(submitter?.form === form ? submitter : undefined);
  } else {
    submitter?.click();
  }
}
