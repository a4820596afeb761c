package org.timelineexplorer.export.pdf;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CardCodesTest {

    @Test
    void codesAreALetterAndADigitWithoutLettersThatReadAsDigits() {
        assertEquals("A1", CardCodes.code(0));
        assertEquals("A9", CardCodes.code(8));
        assertEquals("B1", CardCodes.code(9));
        assertEquals("J1", CardCodes.code(8 * 9));
        assertEquals("Z9", CardCodes.code(24 * 9 - 1));
        assertEquals("AA1", CardCodes.code(24 * 9));
    }

    @Test
    void everyEventGetsItsOwnCodeTheSameEachTimeAndNotInDateOrder() {
        Dataset dataset = new DatasetReader().readBundled().dataset().orElseThrow();
        Map<TimelineEvent, String> codes = CardCodes.of(dataset.events());
        assertEquals(dataset.events().size(), new HashSet<>(codes.values()).size());
        List<TimelineEvent> reversed = new ArrayList<>(dataset.events());
        Collections.reverse(reversed);
        assertEquals(List.copyOf(codes.entrySet()), List.copyOf(CardCodes.of(reversed).entrySet()));
        List<String> inDateOrder = dataset.events().stream().map(codes::get).toList();
        assertNotEquals(inDateOrder.stream().sorted().toList(), inDateOrder, "the codes give the order away");
        assertNotEquals(dataset.events(), List.copyOf(codes.keySet()), "the cards are printed in date order");
    }
}
