import { render } from 'preact';
import browser from 'webextension-polyfill';
import { TranslatorContext } from '../../components/translator-context';
import { browserTranslate } from '../extension-pages/browser-translate';
import { createMessageClient } from '../extension-pages/create-message-client';
import { imageFileToPixels } from './image-file-to-pixels';
import { OptionsApp } from './OptionsApp';
import { saveTextFile } from './save-text-file';

function main() {
  document.documentElement.lang = browserTranslate('page_language');
  document.title = browserTranslate('options_page_title');
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <TranslatorContext.Provider value={browserTranslate}>
      <OptionsApp
        call={createMessageClient((message) => browser.runtime.sendMessage(message))}
        readPixels={imageFileToPixels}
        saveFile={saveTextFile}
        window={window}
      />
    </TranslatorContext.Provider>,
    root,
  );
}

main();
