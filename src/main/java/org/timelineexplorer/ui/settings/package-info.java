/**
 * What the app remembers between runs: {@link org.timelineexplorer.ui.settings.UserSettings}, the one preferences
 * node, written off the JavaFX thread, and {@link org.timelineexplorer.ui.settings.Setting}, a key with the values it
 * accepts. Depends on nothing of the app's, so every view model and later feature may use it.
 */
package org.timelineexplorer.ui.settings;
