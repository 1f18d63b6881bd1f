package org.stockroom.service.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds a text file's encoding from its first bytes: a BOM (UTF-8, UTF-16 LE/BE, as Excel's "Unicode text"
 * writes), UTF-16 without one (every other byte zero), valid UTF-8, else Windows-1252 (what Excel writes as
 * "CSV" on a western Windows). Binary data is refused.
 */
final class TextEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Found(Charset charset, int bomLength) {}

    private TextEncoding() {}

    static Found detect(byte[] head, int length, String fileName) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Found(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Found(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Found(StandardCharsets.UTF_16BE, 2);
        }
        int sample = Math.min(length, 4096);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (sample >= 4 && oddZeros > sample / 4 && evenZeros < sample / 50) {
            return new Found(StandardCharsets.UTF_16LE, 0);
        }
        if (sample >= 4 && evenZeros > sample / 4 && oddZeros < sample / 50) {
            return new Found(StandardCharsets.UTF_16BE, 0);
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                throw FileProblem.of(fileName + " is not a text or spreadsheet file: it holds binary data (byte "
                        + (i + 1) + " is zero)");
            }
        }
        return new Found(validUtf8(head, length) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** Valid UTF-8, allowing a character cut off at the end of the sample. */
    private static boolean validUtf8(byte[] head, int length) {
        int end = length;
        for (int back = 1; back <= 3 && length - back >= 0; back++) {
            if ((head[length - back] & 0xC0) == 0xC0) {
                end = length - back; // the start of a multi-byte character the sample cuts
                break;
            }
            if ((head[length - back] & 0x80) == 0) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
