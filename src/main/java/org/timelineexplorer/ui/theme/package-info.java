/**
 * The look: light, dark and high-contrast themes as stylesheets of looked-up colours, the interface's type size,
 * both remembered in preferences ({@link org.timelineexplorer.ui.theme.Appearance}), and the Okabe–Ito palette.
 */
package org.timelineexplorer.ui.theme;
