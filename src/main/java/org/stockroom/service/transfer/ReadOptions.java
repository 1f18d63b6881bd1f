package org.stockroom.service.transfer;

import java.nio.charset.Charset;

/**
 * How to read a file where finding it out is not wanted: its encoding, its separator (CSV) and its sheet (XLSX);
 * null for each means "find out".
 */
public record ReadOptions(Charset encoding, Character delimiter, String sheet) {

    public static final ReadOptions DETECT = new ReadOptions(null, null, null);
}
