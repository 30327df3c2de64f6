import { recogniseAmplifyPage } from './recognise-amplify-page';
import { recogniseFormPage } from './recognise-form-page';
import type { RecognisedPage } from './sign-in-page';

/**
 * What sign-in step `doc` shows, or null when it shows none: the Amplify UI Authenticator's route when the page
 * has one, else Cognito's hosted UI or a plain form read from its inputs. Pure: reads the DOM, writes nothing.
 * The markers behind each answer are in docs/sign-in-pages.md.
 */
export function recognisePage(doc: Document): RecognisedPage | null {
  return recogniseAmplifyPage(doc) ?? recogniseFormPage(doc);
}
