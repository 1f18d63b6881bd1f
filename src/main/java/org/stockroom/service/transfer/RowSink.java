package org.stockroom.service.transfer;

/** Takes a file's rows one by one as a reader streams them; may throw to stop the reading (a cancel). */
@FunctionalInterface
public interface RowSink {
    void accept(SourceRow row);
}
