/**
 * Colour rules shared by the controls and the window, free of any toolkit: WCAG contrast for text on coloured
 * backgrounds and for the edges of coloured shapes on the page.
 */
package org.timelineexplorer.color;
