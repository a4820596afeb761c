/**
 * Keyboard shortcuts: the one list ({@link org.timelineexplorer.ui.help.Shortcuts}) that menus, key handlers and
 * the Help → Keyboard shortcuts sheet ({@link org.timelineexplorer.ui.help.ShortcutsSheet}) all read.
 */
package org.timelineexplorer.ui.help;
