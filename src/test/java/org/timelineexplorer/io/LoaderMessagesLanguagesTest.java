package org.timelineexplorer.io;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the loader says of a bad file is said in the language in use when the file is read. */
class LoaderMessagesLanguagesTest {

    private static final String BROKEN = """
            {
              "title": "Mal écrit",
              "eras": [],
              "events": [
                { "id": "a", "date": "2003", "title": "Un" }
                { "id": "b", "date": "2004", "title": "Deux" }
              ]
            }
            """;

    private static final String DUPLICATE = """
            {
              "title": "Deux fois",
              "title": "Encore",
              "eras": [],
              "events": [ { "id": "a", "date": "2003", "title": "Un", "era": "nulle" } ]
            }
            """;

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private static List<String> problems(String json) {
        LoadResult result = new DatasetReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "file.json");
        return result.problems().stream().map(problem -> problem.format("file.json")).toList();
    }

    @Test
    void aMissingCommaIsExplainedInFrench() {
        Messages.use(Language.FRENCH);
        assertEquals(List.of("file.json:6:5: events[1]: il manque une virgule avant cette valeur"), problems(BROKEN));
    }

    @Test
    void aMissingCommaIsExplainedInArabicAndInEnglish() {
        Messages.use(Language.ARABIC);
        assertEquals(List.of("file.json:6:5: events[1]: هناك فاصلة مفقودة قبل هذه القيمة"), problems(BROKEN));
        Messages.use(Language.ENGLISH);
        assertEquals(List.of("file.json:6:5: events[1]: a comma is missing before this value"), problems(BROKEN));
    }

    @Test
    void aFieldGivenTwiceNamesTheFirstLineInFrench() {
        Messages.use(Language.FRENCH);
        List<String> problems = problems(DUPLICATE);
        assertEquals("file.json:3:3: title: le champ \"title\" apparaît deux fois dans cet objet (d’abord à la ligne 2)",
                problems.get(0));
        assertEquals("file.json:5:66: events[0].era: la période \"nulle\" n’est pas définie dans \"eras\"",
                problems.get(1));
    }

    @Test
    void savingOverAFolderIsRefusedInFrench(@TempDir Path folder) throws Exception {
        Path lesson = Files.createDirectory(folder.resolve("leçon.json"));
        Messages.use(Language.FRENCH);
        SafeFile.SaveFailedException refused = assertThrows(SafeFile.SaveFailedException.class,
                () -> SafeFile.write(lesson, new byte[] {1}));
        assertEquals(lesson.toAbsolutePath() + " est un dossier : choisissez un nom de fichier", refused.getMessage());
    }

    @Test
    void aZipWithoutItsTimelineIsRefusedInFrench(@TempDir Path folder) throws Exception {
        Path zip = folder.resolve("images.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("pictures/a.png"));
            out.write(1);
        }
        Messages.use(Language.FRENCH);
        assertEquals(List.of("le zip n’a pas de timeline.json à sa racine : une frise avec ses images s’exporte par "
                + "Fichier → Exporter → Frise avec ses images (zip)"),
                DatasetOpener.open(zip).problems().stream().map(Problem::message).toList());
    }

    @Test
    void anEmptySpreadsheetIsExplainedInFrench(@TempDir Path folder) throws Exception {
        Path sheet = Files.write(folder.resolve("vide.csv"), new byte[0]);
        Messages.use(Language.FRENCH);
        assertEquals(List.of("le fichier est vide : un tableur a besoin d’une ligne d’en-tête qui nomme ses colonnes"),
                DatasetOpener.open(sheet).problems().stream().map(Problem::message).toList());
    }

    @Test
    void aMonthOutOfRangeIsExplainedInFrench() {
        Messages.use(Language.FRENCH);
        SheetDate.CellException wrong = assertThrows(SheetDate.CellException.class,
                () -> SheetDate.read("2003", "mars", "", "", SheetDate.Columns.START));
        assertEquals("« mars » n’est pas un mois : un mois est un nombre de 1 à 12", wrong.getMessage());
    }

    @Test
    void aVisTimelineItemWithoutContentIsExplainedInFrench() {
        Messages.use(Language.FRENCH);
        List<String> problems = problems("[ { \"id\": \"a\", \"start\": \"2003-03-20\" } ]");
        assertEquals(List.of("file.json:0:0: $[0].content: l’élément n’a pas de content, qui le nomme sur la frise"),
                problems);
    }
}
