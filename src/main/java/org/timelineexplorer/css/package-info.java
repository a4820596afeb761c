/**
 * Building the CSS properties of our controls, the same way in each: a property a stylesheet sets while code has not
 * bound it. Only JavaFX's CSS API; nothing of ours, so that every control may use it without depending on another.
 */
package org.timelineexplorer.css;
