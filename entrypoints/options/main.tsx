import { render } from 'preact';
import browser from 'webextension-polyfill';
import { createMessageClient } from '../extension-pages/create-message-client';
import { imageFileToPixels } from './image-file-to-pixels';
import { OptionsApp } from './OptionsApp';
import { saveTextFile } from './save-text-file';

function main() {
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <OptionsApp
      call={createMessageClient((message) => browser.runtime.sendMessage(message))}
      readPixels={imageFileToPixels}
      saveFile={saveTextFile}
    />,
    root,
  );
}

main();
