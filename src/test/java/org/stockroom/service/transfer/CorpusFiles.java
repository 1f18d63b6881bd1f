package org.stockroom.service.transfer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The malformed-file generator of {@link MalformedFilesCorpusTest}: a small stock table (with product columns) with
 * one bad row right under the header (a bad quantity, an empty SKU, a bad cost, a too long name, an unknown
 * location), then
 * one to three random mutations of the whole file's bytes or text.
 */
final class CorpusFiles {

    private static final String[] BAD_ROWS = {
        "A-1,Bolt,Bolts,MAIN,1,abc",
        ",No SKU,Bolts,MAIN,2",
        "A-9,Neg,Bolts,MAIN,-4",
        "A-9,Frac,Bolts,MAIN,2.5",
        "A-9,Absurd,Bolts,MAIN,99999999999999999999",
        "A-9,Word,Bolts,MAIN,twelve",
        "A-9," + "n".repeat(300) + ",Bolts,MAIN,1",
        "A-9,Bad cost,Bolts,MAIN,1,-2",
        "A-9,Nowhere,Bolts,NOWHERE-LOC,1",
        "A-9,Ctl\u0007,Bolts,MAIN,1",
    };

    private CorpusFiles() {}

    static byte[] generated(Random random) {
        List<String> lines = new ArrayList<>();
        lines.add("SKU,Name,Category,Location,Quantity,Unit cost");
        lines.add(BAD_ROWS[random.nextInt(BAD_ROWS.length)]);
        lines.add("A-1,Bolt,Bolts,MAIN,10,0.5");
        int rows = random.nextInt(30);
        for (int i = 0; i < rows; i++) {
            lines.add("B-" + i + ",Nut " + i + ",Nuts,MAIN," + random.nextInt(100) + ",0.1");
        }
        String text = String.join(random.nextBoolean() ? "\r\n" : "\n", lines) + "\n";
        int mutations = 1 + random.nextInt(3);
        byte[] bytes = encode(text, random);
        for (int m = 0; m < mutations; m++) {
            bytes = mutate(bytes, random);
        }
        return bytes;
    }

    private static byte[] encode(String text, Random random) {
        Charset[] charsets = {
            StandardCharsets.UTF_8,
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE,
            Charset.forName("windows-1252")
        };
        Charset cs = charsets[random.nextInt(charsets.length)];
        String t = random.nextInt(4) == 0 ? text.replace(',', ';') : text;
        return t.getBytes(cs);
    }

    private static byte[] mutate(byte[] in, Random random) {
        int headerEnd = Math.max(1, indexOf(in, (byte) '\n') + 1);
        switch (random.nextInt(9)) {
            case 0 -> { // truncate anywhere after the bad row (cutting into it could make it a good one)
                int badEnd =
                        headerEnd + indexOf(java.util.Arrays.copyOfRange(in, headerEnd, in.length), (byte) '\n') + 1;
                int at = badEnd + random.nextInt(Math.max(1, in.length - badEnd));
                return java.util.Arrays.copyOf(in, Math.min(in.length, at));
            }
            case 1 -> { // binary junk in the middle
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                return splice(in, headerEnd + random.nextInt(Math.max(1, in.length - headerEnd)), junk);
            }
            case 2 -> { // an unbalanced quote
                return splice(in, headerEnd + random.nextInt(Math.max(1, in.length - headerEnd)), new byte[] {'"'});
            }
            case 3 -> { // mixed encodings: a line in another one
                return concat(
                        in,
                        "C-1,Gr\u00f6\u00dfe \u20ac,Nuts,MAIN,1\n"
                                .getBytes(
                                        random.nextBoolean()
                                                ? StandardCharsets.UTF_8
                                                : Charset.forName("windows-1252")));
            }
            case 4 -> { // a repeated row with the SKU in another case and trailing spaces
                return concat(in, "a-1  ,Bolt again,Bolts,MAIN,1\n".getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> { // a doubled header column
                return splice(in, 0, "Quantity,".getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> { // a NUL byte
                return splice(in, random.nextInt(Math.max(1, in.length)), new byte[] {0});
            }
            case 7 -> { // formula cells
                return concat(in, "=1+2,@SUM(A1),+Nuts,MAIN,1\n".getBytes(StandardCharsets.UTF_8));
            }
            default -> { // a BOM of another encoding
                return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, in);
            }
        }
    }

    private static int indexOf(byte[] in, byte b) {
        for (int i = 0; i < in.length; i++) {
            if (in[i] == b) {
                return i;
            }
        }
        return in.length;
    }

    private static byte[] splice(byte[] in, int at, byte[] insert) {
        int pos = Math.min(at, in.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, pos);
        out.writeBytes(insert);
        out.write(in, pos, in.length - pos);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, b);
    }
}
