package org.stockroom.service.count;

import java.util.List;

/** A count session to plan: its name, what it covers, whether counters see expected quantities, who counts. */
public record NewCountSession(String name, CountScope scope, boolean blind, List<String> counters) {

    public NewCountSession {
        counters = counters == null ? List.of() : List.copyOf(counters);
    }
}
