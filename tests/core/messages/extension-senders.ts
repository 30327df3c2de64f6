/** The fixed id of Sidekey's e2e build (wxt.config.ts), as a message's `sender.id` carries it. */
export const extensionId = 'npbmcjcmafkjbchncmpemdbkmagoobec';

/** The origin of the extension's own pages, with its trailing slash as in their URLs. */
export const extensionOrigin = `chrome-extension://${extensionId}/`;

/** The popup as the sender of a message. */
export const popup = { id: extensionId, url: `${extensionOrigin}popup.html` };
