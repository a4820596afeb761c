package org.timelineexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timelineexplorer.cli.CommandLineTest.run;

/** The command line speaks the language {@code --lang} names, wherever it stands, or else the system's. */
class CommandLineLanguagesTest {

    private static final String BAD = """
            {
              "title": "Bad",
              "eras": [],
              "events": [
                { "id": "a", "date": "2003-02-30", "title": "No such day" },
                { "id": "b", "date": "2004", "title": "" }
              ]
            }
            """;

    @Test
    void validateInFrenchListsTheProblemsAndSumsThemUpInFrench(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), BAD);
        CommandLineTest.Run run = run("validate", "--lang", "fr", file.toString());
        assertEquals(1, run.code(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith(file + ":5:") && lines.get(0).contains(": events[0].date: "), run.out());
        assertEquals(file + ":5:26: events[0].date: « 2003-02-30 » n’est pas une date : il n’y a pas de 30 février en "
                + "2003 (février a 28 jours cette année-là)", lines.get(0));
        assertTrue(lines.contains(file + ":6:43: events[1].title: title ne doit pas être vide"), run.out());
        assertEquals("2 erreurs, 0 avertissement", lines.get(lines.size() - 1), run.out());
    }

    @Test
    void validateInArabicSaysWhatIsWrongInArabic(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), BAD);
        CommandLineTest.Run run = run("validate", "--lang=ar", file.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":5:26: events[0].date: «2003-02-30» ليس تاريخًا: لا يوجد ٣٠ شباط في"),
                run.out());
        assertTrue(run.out().contains(file + ":6:43: events[1].title: يجب ألّا يكون title فارغًا"), run.out());
        assertTrue(run.out().endsWith("خطآن، لا تحذيرات\n"), run.out());
    }

    @Test
    void validateInArabicWritesArabicWordsAndDigits() {
        CommandLineTest.Run run = run("--lang=ar", "validate", CommandLineTest.BUNDLED.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().matches("(?s)سليم: [٠-٩]+ حدثًا، ٨ حقب، ٣ سلاسل\\R"), run.out());
    }

    @Test
    void aMissingFileIsSaidInTheLanguageAskedFor() {
        CommandLineTest.Run french = run("validate", "--lang", "fr", "gone.json");
        assertEquals(1, french.code());
        assertTrue(french.err().contains("gone.json : ce fichier n’existe pas"), french.err());
        CommandLineTest.Run arabic = run("validate", "--lang", "ar", "gone.json");
        assertTrue(arabic.err().contains("gone.json: لا يوجد ملف بهذا الاسم"), arabic.err());
    }

    @Test
    void theUsageIsInFrenchAndArabic() {
        String french = run("--lang", "fr", "--help").out();
        assertTrue(french.startsWith("Utilisation :"), french);
        assertTrue(french.contains("Commandes :") && french.contains("Affiche cette aide et s’arrête."), french);
        assertTrue(french.contains("Jeux de données fournis, pour --data NAME :"), french);
        String chart = run("export-chart", "--help", "--lang", "fr").out().replaceAll("\\s+", " ");
        assertTrue(chart.contains("de 100 à 10000 (par défaut : 960)"), chart);
        String arabic = run("handout", "--help", "--lang", "ar").out();
        assertTrue(arabic.startsWith("الاستعمال: timeline-explorer handout"), arabic);
        assertTrue(arabic.contains("يحفظ ملف PDF للطباعة للصف"), arabic);
    }

    @Test
    void aMistakeOnTheCommandLineIsExplainedInFrenchBeforeTheUsage() {
        CommandLineTest.Run run = run("--lang", "fr", "validate", "a.json", "b.json");
        assertEquals(CommandLine.USAGE, run.code());
        assertTrue(run.err().startsWith("timeline-explorer: validate prend un seul FILE"), run.err());
        assertTrue(run.err().contains("Utilisation : timeline-explorer validate"), run.err());
    }

    @Test
    void withoutLangTheSystemLanguageIsSpokenAndTheLanguageInUseIsLeftAsItWas() {
        Locale system = Locale.getDefault();
        Language before = Messages.language();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertTrue(run("validate", "gone.json").err().contains("ce fichier n’existe pas"));
            assertTrue(run("validate", "--lang", "en", "gone.json").err().contains("there is no such file"));
            assertEquals(before, Messages.language(), "the command's language lasts as long as the command");
        } finally {
            Locale.setDefault(system);
        }
    }
}
