package org.stockroom.service.transfer;

/** Rows done so far and how much of the file is read (-1: cannot tell), for a progress bar; called between chunks. */
@FunctionalInterface
public interface ImportProgress {
    void rows(long done, double fractionRead);

    ImportProgress NONE = (done, fraction) -> {};
}
