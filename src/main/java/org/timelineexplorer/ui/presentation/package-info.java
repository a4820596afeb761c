/**
 * Presentation mode for the classroom: a pure model of the lesson ({@link org.timelineexplorer.ui.presentation.Step},
 * {@link org.timelineexplorer.ui.presentation.LessonPlan}, {@link org.timelineexplorer.ui.presentation.Presentation}),
 * the full-screen view and its thin controller, {@link org.timelineexplorer.ui.presentation.PresentationMode} which
 * swaps it into a window, and {@link org.timelineexplorer.ui.presentation.Classroom}, the one call that wires
 * classroom mode (presentation, look, keyboard sheet) into the main window.
 */
package org.timelineexplorer.ui.presentation;
