package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.io.recovery.RecoveryFile;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.Extras;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fields of our format that this version does not know survive opening and saving, at every level the reader reads
 * objects, and through the edits that build new records. The two files hold the same timeline: one as someone wrote
 * it by hand (unknown fields among the known ones, on few lines), the other as the app writes it.
 */
class UnknownFieldsTest {

    private static final byte[] AS_THE_APP_WRITES = resource("unknown-fields.json");
    private static final byte[] BY_HAND = resource("unknown-fields-by-hand.json");

    private static byte[] resource(String name) {
        try (InputStream in = UnknownFieldsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset read(byte[] bytes) {
        LoadResult result = new DatasetReader().read(bytes, "unknown-fields.json");
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
        return result.dataset().orElseThrow();
    }

    private static Extras extras(String... namesAndJson) {
        List<Extras.Field> fields = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndJson.length; i += 2) {
            fields.add(new Extras.Field(namesAndJson[i], namesAndJson[i + 1]));
        }
        return new Extras(fields);
    }

    @Test
    void aFileTheAppWroteIsWrittenBackByteForByteWithItsUnknownFields() {
        assertArrayEquals(AS_THE_APP_WRITES, NativeJson.bytes(read(AS_THE_APP_WRITES)));
    }

    @Test
    void unknownFieldsAreWrittenAfterTheKnownOnesInTheirOrderInTheCanonicalLayout() {
        assertEquals(new String(AS_THE_APP_WRITES, StandardCharsets.UTF_8),
                new String(NativeJson.bytes(read(BY_HAND)), StandardCharsets.UTF_8));
    }

    @Test
    void everyLevelKeepsItsOwnFieldsAndEachIsAWarningThatSaysSo() {
        LoadResult result = new DatasetReader().read(BY_HAND, "by-hand.json");
        assertEquals(List.of("audience", "eras[0].icon", "events[0].importance", "events[0].links",
                        "events[0].sources[0].accessed", "events[0].places[0].wikidata", "events[0].picture.width",
                        "events[0].picture.licence", "events[0].reviewedBy", "series[0].colour",
                        "series[0].source.page", "series[0].points[0].confidence",
                        "series[0].estimates[0].source.checked", "series[0].estimates[0].reviewed", "lessonPlan"),
                result.warnings().stream().map(Problem::path).toList());
        assertEquals("the field \"icon\" is not known to Timeline Explorer; it is kept as it is",
                result.warnings().get(1).message());

        Dataset dataset = result.dataset().orElseThrow();
        assertEquals(extras("audience", "\"en\"", "lessonPlan", "{\"weeks\":3,\"tags\":[\"war\",\"peace\"]}"),
                dataset.extras());
        assertEquals(extras("icon", "\"crown\""), dataset.eras().get(0).extras());
        TimelineEvent event = dataset.events().get(0);
        assertEquals(List.of("importance", "links", "reviewedBy"),
                event.extras().fields().stream().map(Extras.Field::name).toList());
        assertEquals("4.50", event.extras().fields().get(0).json(), "a number keeps its digits");
        assertEquals(extras("accessed", "\"2024-05-01\""), event.sources().get(0).extras());
        assertEquals(extras("wikidata", "\"Q1530\""), event.places().get(0).extras());
        assertEquals(extras("width", "640", "licence", "\"CC BY 4.0\""), event.picture().extras());
        var series = dataset.series().get(0);
        assertEquals(extras("colour", "null"), series.extras());
        assertEquals(extras("page", "12"), series.source().extras());
        assertEquals(extras("confidence", "0.9"), series.points().get(0).extras());
        assertEquals(extras("reviewed", "false"), series.estimates().get(0).extras());
        assertEquals(extras("checked", "false"), series.estimates().get(0).source().extras());
    }

    @Test
    void aNumberWithAnExponentIsWrittenInOneFormAndThenStaysSo() {
        String file = "{ \"format\": \"timeline-explorer/1\", \"title\": \"T\", \"eras\": [], \"events\": [], "
                + "\"scale\": 1e2 }";
        byte[] once = NativeJson.bytes(read(file.getBytes(StandardCharsets.UTF_8)));
        assertTrue(new String(once, StandardCharsets.UTF_8).contains("\"scale\": 1E+2\n"));
        assertArrayEquals(once, NativeJson.bytes(read(once)));
    }

    @Test
    void saveAndTheRecoveryFileKeepThem(@TempDir Path folder) throws Exception {
        Dataset dataset = read(BY_HAND);
        Path file = folder.resolve("lesson.json");
        assertEquals(Optional.empty(), DatasetWriter.saveChecked(dataset, file));
        assertArrayEquals(AS_THE_APP_WRITES, Files.readAllBytes(file));

        Path recovery = folder.resolve("recovery.json");
        Files.write(recovery, RecoveryFile.bytes(dataset, Instant.EPOCH, 1, Optional.of(file)));
        assertEquals(dataset, RecoveryFile.readHeader(recovery).orElseThrow().read().dataset().orElseThrow());
    }

    @Test
    void editsThatBuildNewRecordsKeepTheFieldsTheyDoNotKnow() {
        Dataset dataset = read(BY_HAND);
        AppState state = new AppState(dataset);
        TimelineEvent event = dataset.events().get(0);

        TimelineEvent moved = event.at(HistoricalDate.parse("2003-04-10"), null);
        state.moveEvent(event, moved);
        TimelineEvent copy = state.duplicateEvent(moved);
        state.replaceEvent(moved, moved.inEra(null));
        state.changeDetails("Renamed", "", "", EraStyle.BCE_CE);

        Dataset edited = state.getDataset();
        assertEquals(dataset.extras(), edited.extras(), "the file's top level");
        for (TimelineEvent each : edited.events()) {
            assertEquals(event.extras(), each.extras(), each.id());
            assertEquals(event.sources(), each.sources(), each.id());
            assertEquals(event.places(), each.places(), each.id());
            assertEquals(event.picture(), each.picture(), each.id());
        }
        assertEquals(List.of(moved.id(), copy.id()), edited.events().stream().map(TimelineEvent::id).toList());
        assertTrue(new String(NativeJson.bytes(edited), StandardCharsets.UTF_8).contains("\"lessonPlan\": {"));
    }

    /** The form filled with an event, then its title and sources typed over, as a teacher does. */
    private static EventDraft typed(EventDraft filled, String title, String sources) {
        return new EventDraft(filled.id(), filled.date(), filled.end(), filled.display(), title, filled.text(),
                filled.category(), filled.eraId(), sources, filled.note(), filled.places(), filled.picture(),
                filled.original());
    }

    @Test
    void theFormKeepsThemOnTheEventItsSourcesItsPlacesAndItsPicture() {
        Dataset dataset = read(BY_HAND);
        TimelineEvent event = dataset.events().get(0);
        EventDraft filled = EventDraft.of(event);
        EventDraft retitled = typed(filled, "Baghdad falls to US forces",
                filled.sources() + "\nBBC News https://www.bbc.co.uk/news");

        Drafts.Checked<TimelineEvent> checked = retitled.check(dataset);
        assertEquals(java.util.Map.of(), checked.problems());
        TimelineEvent edited = checked.value().orElseThrow();
        assertEquals("Baghdad falls to US forces", edited.title());
        assertEquals(event.extras(), edited.extras());
        assertEquals(event.sources().get(0), edited.sources().get(0), "the source the form still lists");
        assertEquals(Extras.NONE, edited.sources().get(1).extras(), "the source the teacher added");
        assertEquals(event.places(), edited.places());
        assertEquals(event.picture(), edited.picture());
    }

    @Test
    void aSourceWhoseAddressTheTeacherChangedIsANewSourceWithoutTheOldOnesFields() {
        Dataset dataset = read(BY_HAND);
        TimelineEvent event = dataset.events().get(0);
        EventDraft filled = EventDraft.of(event);
        TimelineEvent edited = typed(filled, filled.title(), "Reuters https://www.reuters.com/world/").check(dataset)
                .value().orElseThrow();
        assertEquals(Extras.NONE, edited.sources().get(0).extras());
        assertEquals(event.extras(), edited.extras(), "the event's own are still kept");
    }
}
