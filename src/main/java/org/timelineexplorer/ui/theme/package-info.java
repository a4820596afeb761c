/**
 * The look: light, dark and high-contrast themes as stylesheets of looked-up colours, and the interface's type size.
 * {@link org.timelineexplorer.ui.theme.Appearance} is the teacher's choice (a view model, remembered by the window),
 * {@link org.timelineexplorer.ui.theme.Theming} puts it on every window the app shows, and
 * {@link org.timelineexplorer.ui.theme.AppearanceMenu} offers it in the View menu.
 */
package org.timelineexplorer.ui.theme;
