package org.stockroom.service.location;

/** A location as offered in pickers. */
public record LocationView(long id, String code, String name) {

    @Override
    public String toString() {
        return code + " - " + name;
    }
}
