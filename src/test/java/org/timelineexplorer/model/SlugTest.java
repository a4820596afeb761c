package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugTest {

    @Test
    void lettersAndDigitsJoinedByHyphens() {
        assertEquals("fall-of-baghdad", Slug.of("Fall of Baghdad!", 40, "event"));
        assertEquals("us-troops-in-iraq-2003", Slug.of("  US troops in Iraq, 2003 ", 40, "event"));
        assertEquals("a", Slug.of("A", 40, "event"));
    }

    @Test
    void accentsAreRemovedNotTheLetters() {
        assertEquals("operation-inherent-resolve-begins", Slug.of("Opération « Inherent Resolve » begins", 40, "event"));
        assertEquals("cafe-creme", Slug.of("Café Crème", 40, "event"));
    }

    @Test
    void aTextWithNothingToKeepGivesTheFallback() {
        assertEquals("event", Slug.of("***", 40, "event"));
        assertEquals("chart", Slug.of("···", 60, "chart"));
        assertEquals("chart", Slug.of("", 60, "chart"));
    }

    @Test
    void aLongTextIsCutBetweenWords() {
        assertEquals("the-first-words-of", Slug.of("The first words of a long title", 18, "event"));
        assertEquals("the-first-words", Slug.of("The first words of a long title", 17, "event"));
        assertEquals("the-first-words", Slug.of("The first words of a long title", 15, "event"), "cut at a word's end");
        assertEquals("the-first-words", Slug.of("The first words of a long title", 16, "event"), "no hyphen at the end");
        assertEquals("x".repeat(60), Slug.of("x".repeat(100), 60, "chart"), "one long word is cut inside");
    }
}
