/**
 * Colour rules shared by the controls and the window, free of any toolkit: WCAG contrast for text on coloured
 * backgrounds.
 */
package org.timelineexplorer.color;
