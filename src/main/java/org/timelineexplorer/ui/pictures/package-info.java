/**
 * Events' pictures on screen: read off the JavaFX thread from a file beside the dataset, inside the app or a zip,
 * or from the web, refused before decoding when too large, kept in a cache bounded by bytes, and shown with their
 * caption and credit, or as their alt text and why when they cannot be.
 */
package org.timelineexplorer.ui.pictures;
