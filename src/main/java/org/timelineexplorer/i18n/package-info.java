/**
 * The interface's languages and the texts in them: which languages there are, which one is in use, and the resource
 * bundles every layer reads its user-facing words from. A bottom layer, like {@code fonts}: nothing of ours, usable
 * by all, so the loader's messages, the command line and the window all speak the same language.
 */
package org.timelineexplorer.i18n;
