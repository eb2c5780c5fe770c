/**
 * The ribbon's function file. The one button only shows the task pane, so there is nothing to
 * register; Office still waits for the file to report ready before the ribbon is live.
 */
Office.onReady(() => {});
