package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;

/**
 * Reads a file's text from its bytes, strictly: a byte that is not UTF-8 is a problem that says where it is, never a
 * character quietly replaced. A leading byte order mark is allowed and left out. Every format reads its text here.
 *
 * <p>The bytes are decoded as they arrive, so a large file is never held twice, as bytes and as text.
 */
final class Utf8 {

    private static final Messages WORDS = Messages.of(Utf8.class);

    private static final int CHUNK = 1 << 16;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The text of a file: its characters from 0 to {@code length}. */
    record Text(char[] chars, int length) {
    }

    /** What reading gave: the text, or the one problem that kept it from being read. */
    record Outcome(Text text, Problem problem) {
    }

    private Utf8() {
    }

    /**
     * Reads {@code in} to its end, or to one byte past {@code maxBytes}: the answer is then the problem
     * {@code tooLarge}, about the whole file.
     *
     * @param expectedBytes how many bytes there will be, to size the text at once; -1 when not known
     * @param progress      hears the share of {@code expectedBytes} read so far (nothing when that is unknown)
     * @throws CancellationException when {@code progress} says the file is no longer wanted
     */
    static Outcome read(InputStream in, long expectedBytes, int maxBytes, String tooLarge, OpeningProgress progress)
            throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        // UTF-8 never takes fewer bytes than the UTF-16 units it decodes to, so a file's size is room enough.
        CharBuffer text = CharBuffer.allocate((int) Math.min(maxBytes, expectedBytes >= 0 ? expectedBytes : CHUNK));
        long total = 0;
        boolean bomChecked = false;
        while (true) {
            // Never more than one byte past the limit: that byte is enough to know the file is too large.
            int n = in.read(bytes.array(), bytes.position(), (int) Math.min(bytes.remaining(), maxBytes + 1L - total));
            boolean end = n < 0;
            if (n > 0) {
                bytes.position(bytes.position() + n);
                total += n;
                if (total > maxBytes) {
                    return new Outcome(null, new Problem(Problem.Severity.ERROR, 0, 0, Problem.WHOLE_FILE, tooLarge));
                }
            }
            bytes.flip();
            if (!bomChecked) {
                if (bytes.remaining() < BOM.length && !end) {
                    bytes.compact();
                    continue;
                }
                bomChecked = true;
                if (startsWithBom(bytes)) {
                    bytes.position(BOM.length);
                }
            }
            CoderResult result;
            while ((result = decoder.decode(bytes, text, end)).isOverflow()) {
                text = grow(text, maxBytes);
            }
            if (result.isError()) {
                return new Outcome(null, notUtf8(total - bytes.remaining(), text));
            }
            if (end) {
                while (decoder.flush(text).isOverflow()) {
                    text = grow(text, maxBytes);
                }
                return new Outcome(new Text(text.array(), text.position()), null);
            }
            // A character cut by the chunk's end stays for the next round.
            bytes.compact();
            if (progress.isCancelled()) {
                throw new CancellationException("the reading was cancelled");
            }
            if (expectedBytes > 0) {
                progress.update(Math.min(1, (double) total / expectedBytes));
            }
        }
    }

    private static CharBuffer grow(CharBuffer text, int maxBytes) {
        long wanted = Math.max(text.capacity() * 2L, text.capacity() + (long) CHUNK);
        int capacity = (int) Math.max(text.capacity() + 1L, Math.min(maxBytes, wanted));
        CharBuffer bigger = CharBuffer.allocate(capacity);
        text.flip();
        return bigger.put(text);
    }

    private static boolean startsWithBom(ByteBuffer bytes) {
        return bytes.remaining() >= BOM.length && bytes.get(0) == BOM[0] && bytes.get(1) == BOM[1]
                && bytes.get(2) == BOM[2];
    }

    /** Points at the first byte that is not UTF-8, by byte offset in the file and by line and column. */
    private static Problem notUtf8(long offset, CharBuffer decodedBefore) {
        int line = 1;
        int column = 1;
        // Line breaks counted as the JSON parser counts them: \n, \r\n, and \r alone.
        for (int i = 0; i < decodedBefore.position(); i++) {
            char c = decodedBefore.get(i);
            boolean crlf = c == '\r' && i + 1 < decodedBefore.position() && decodedBefore.get(i + 1) == '\n';
            if ((c == '\n' || c == '\r') && !crlf) {
                line++;
                column = 1;
            } else if (!crlf) {
                column++;
            }
        }
        return new Problem(Problem.Severity.ERROR, line, column, Problem.WHOLE_FILE,
                WORDS.text("file.notUtf8", offset));
    }
}
