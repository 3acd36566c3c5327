/** The preview's ids, apart from the preview itself so that the extension can register them without loading it. */

/** Command ids contributed by the preview. */
export const PREVIEW_COMMANDS = {
  open: 'unres.openPreview',
  /** Registered only when the extension runs its tests (`ExtensionMode.Test`): see `PreviewSnapshot`. */
  snapshot: 'unres.test.previewSnapshot',
  /** Test-only too: gives a new panel with the title named to the preview serializer, as VS Code does after a reload. */
  revive: 'unres.test.revivePreview',
} as const;

/** The webview's view type (tabs show it in `TabInputWebview.viewType`, possibly prefixed). */
export const PREVIEW_VIEW_TYPE = 'unres.preview';
