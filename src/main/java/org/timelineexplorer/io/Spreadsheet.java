package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Dataset;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Reads a spreadsheet saved as CSV, in either layout the app opens: TimelineJS's Google Sheets template
 * ({@link TimelineJsSheet}) or the app's own ({@link AppSheet}), told apart by the header. What every CSV gets is
 * here: the same size limit as every file, UTF-8 with or without a byte order mark (or else Windows-1252, what
 * Excel saves as "CSV", with a warning), commas or semicolons (what European spreadsheet programs write), quoted
 * cells with separators and line breaks, and problems that name the row as the spreadsheet numbers it (the header
 * is row 1) and the column: {@code row 14, End Year: ...}.
 */
final class Spreadsheet {

    /** The longest cell, in characters; as long as the longest JSON text. */
    static final int MAX_CELL_LENGTH = DatasetReader.MAX_STRING_LENGTH;
    /**
     * The most cells, empty ones included: an empty cell is one shared reference, four bytes, so a 64 MiB file of
     * nothing but separators is refused before it costs more than about 64 MB. Cells with something in them count
     * against {@link DatasetReader#MAX_VALUES}, as a JSON file's values do: the app's own layout repeats columns for
     * a timeline's most sources and places, and 100,000 events of it hold some 4.5 million cells, most of them empty.
     */
    static final long MAX_CELLS = 4L * DatasetReader.MAX_VALUES;

    private static final Messages WORDS = Messages.of(Spreadsheet.class);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final double READ_SHARE = 0.1;
    private static final double PARSE_SHARE = 0.6;
    private static final int ROWS_PER_PROGRESS = 2_000;

    /**
     * Cells may be long here so that one that is too long gets a message naming its row and column, rather than
     * the parser's; they are measured as they are read.
     */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(DatasetReader.MAX_BYTES)
                    .maxDocumentLength(DatasetReader.MAX_BYTES)
                    .build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    /** One row as the spreadsheet shows it: {@code number} counts from 1 for the header. */
    record Row(int number, String[] cells) {

        /** The cell in {@code column}, stripped, or "" where the row is shorter or the column is missing. */
        String cell(int column) {
            return column < 0 || column >= cells.length ? "" : cells[column].strip();
        }

        boolean isBlank() {
            for (String cell : cells) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The header's columns by name, case and spaces around them ignored. */
    static final class Header {
        private final List<String> names;
        private final Map<String, Integer> columns = new HashMap<>();
        private final Map<String, Integer> asked = new HashMap<>();

        Header(String[] cells) {
            this.names = List.of(cells);
            for (int i = 0; i < cells.length; i++) {
                columns.putIfAbsent(key(cells[i]), i);
            }
        }

        /** The column named {@code name}, or -1. */
        int column(String name) {
            // Asked for every cell of every row with the same few names: remembered as asked, not normalised again.
            Integer known = asked.get(name);
            if (known == null) {
                known = columns.getOrDefault(key(name), -1);
                asked.put(name, known);
            }
            return known;
        }

        boolean has(String name) {
            return column(name) >= 0;
        }

        List<String> names() {
            return names;
        }

        int size() {
            return names.size();
        }

        private static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** How one layout turns the rows into a dataset, reporting by row and column. */
    interface Layout {
        Optional<Dataset> map(Header header, Rows rows, SheetProblems problems);
    }

    /**
     * The rows after the header, parsed as they are handed out, so that a large file's rows are never all held at
     * once; a layout may go through them again (its problems with the text itself are reported the first time only).
     */
    static final class Rows {
        private final char[] text;
        private final char separator;
        private final SheetProblems problems;
        private final OpeningProgress progress;
        private boolean passed;

        private Rows(char[] text, char separator, SheetProblems problems, OpeningProgress progress) {
            this.text = text;
            this.separator = separator;
            this.problems = problems;
            this.progress = progress;
        }

        /** Hands every row after the header, blank ones left out, to {@code each}, in order. */
        void forEach(Consumer<Row> each) {
            SheetProblems reported = passed ? new SheetProblems() : problems;
            boolean first = !passed;
            passed = true;
            parse(text, separator, reported, first ? progress : OpeningProgress.NONE, row -> {
                if (row.number() > 1 && !row.isBlank()) {
                    each.accept(row);
                }
                return true;
            });
        }
    }

    private Spreadsheet() {
    }

    /** Whether {@code sourceName} is a spreadsheet by its extension, {@code .csv}. */
    static boolean isSpreadsheet(String sourceName) {
        return sourceName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    static LoadResult read(InputStream in, String sourceName, String fallbackTitle, OpeningProgress progress)
            throws IOException {
        byte[] bytes = in.readNBytes(DatasetReader.MAX_BYTES + 1);
        if (bytes.length > DatasetReader.MAX_BYTES) {
            return LoadResult.failed(sourceName, DatasetReader.wholeFile(DatasetReader.tooLarge()));
        }
        progress.update(READ_SHARE / 2);
        SheetProblems problems = new SheetProblems();
        if (isBinary(bytes)) {
            return LoadResult.failed(sourceName, DatasetReader.wholeFile(WORDS.text("sheet.binary")));
        }
        char[] text = decode(bytes, problems);
        progress.update(READ_SHARE);
        char separator = separator(text);
        Row[] header = new Row[1];
        parse(text, separator, new SheetProblems(), OpeningProgress.NONE, row -> {
            header[0] = row;
            return false;
        });
        Optional<Dataset> dataset = Optional.empty();
        if (header[0] == null || header[0].isBlank()) {
            problems.fileError(WORDS.text("sheet.empty"));
        } else {
            Header columns = new Header(header[0].cells());
            Layout layout = columns.has(AppSheet.ROW_TYPE) ? new AppSheet() : new TimelineJsSheet(fallbackTitle);
            Rows rows = new Rows(text, separator, problems, progress.part(READ_SHARE, READ_SHARE + PARSE_SHARE));
            dataset = layout.map(columns, rows, problems);
        }
        progress.update(1);
        List<Problem> found = problems.toList();
        return new LoadResult(sourceName, problems.errorCount() > 0 ? null : dataset.orElse(null), found);
    }

    /** A NUL byte, which no spreadsheet's text holds, or many control characters: not text. */
    private static boolean isBinary(byte[] bytes) {
        int control = 0;
        int checked = Math.min(bytes.length, 8192);
        for (int i = 0; i < checked; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control > checked / 20;
    }

    /** The text in UTF-8, a byte order mark left out; else in Windows-1252, with a warning saying so. */
    private static char[] decode(byte[] bytes, SheetProblems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return chars(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(input));
        } catch (CharacterCodingException e) {
            problems.fileWarning(WORDS.text("sheet.windows1252"));
            return chars(WINDOWS_1252.decode(ByteBuffer.wrap(bytes)));
        }
    }

    private static char[] chars(CharBuffer buffer) {
        char[] chars = new char[buffer.remaining()];
        buffer.get(chars);
        return chars;
    }

    /**
     * A semicolon when the header line (up to its first line break outside quotes) holds more semicolons than
     * commas outside quotes, else a comma.
     */
    static char separator(char[] text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : text) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** What is done with each row parsed; false to stop. */
    private interface RowTaker {
        boolean take(Row row);
    }

    /** Parses the rows of {@code text}, the header first, handing each to {@code taker}. */
    private static void parse(char[] text, char separator, SheetProblems problems, OpeningProgress progress,
                              RowTaker taker) {
        List<String> cells = new ArrayList<>();
        String[] headerCells = null;
        int rowCount = 0;
        long cellCount = 0;
        long filledCount = 0;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutEscapeChar();
        try (CsvParser parser = FACTORY.createParser(new CharArrayReader(text))) {
            parser.setSchema(schema);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    String cell = parser.getText();
                    if (cell.length() > MAX_CELL_LENGTH) {
                        problems.error(rowCount + 1, cellName(headerCells, cells.size()), WORDS.text("sheet.cellTooLong",
                                cell.length(), MAX_CELL_LENGTH));
                        cell = "";
                    }
                    cells.add(cell.isEmpty() ? "" : cell);
                    if (!cell.isEmpty() && ++filledCount > DatasetReader.MAX_VALUES) {
                        problems.fileError(WORDS.text("sheet.tooManyValues",
                                DatasetReader.MAX_VALUES));
                        return;
                    }
                    if (++cellCount > MAX_CELLS) {
                        problems.fileError(WORDS.text("sheet.tooManyCells", MAX_CELLS));
                        return;
                    }
                } else if (token == JsonToken.END_ARRAY) {
                    Row row = new Row(++rowCount, cells.toArray(String[]::new));
                    cells.clear();
                    if (headerCells == null) {
                        headerCells = row.cells();
                    }
                    if (!taker.take(row)) {
                        return;
                    }
                    if (rowCount % ROWS_PER_PROGRESS == 0) {
                        if (progress.isCancelled()) {
                            throw new CancellationException("the reading was cancelled");
                        }
                        progress.update((double) parser.currentLocation().getCharOffset() / Math.max(1, text.length));
                    }
                }
            }
        } catch (StreamConstraintsException e) {
            problems.error(rowCount + 1, null, WORDS.text("sheet.rowTooLarge"));
        } catch (JsonProcessingException e) {
            // Broken quoting, say: nothing after it can be trusted, as with broken JSON.
            problems.error(rowCount + 1, null, WORDS.text("sheet.rowUnreadable",
                    firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static String cellName(String[] header, int column) {
        return header != null && column < header.length ? header[column].strip() : WORDS.text("sheet.column", column + 1);
    }

    private static String firstLine(String message) {
        String text = message == null ? WORDS.text("sheet.unknownReason") : message;
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
