package org.stockroom.ui.stock;

import org.stockroom.service.location.LocationView;

/** What the stock dialog's fields hold at one moment, as typed (nothing parsed yet). */
record StockForm(
        StockOperation operation,
        LocationView location,
        LocationView toLocation,
        String quantity,
        String reason,
        String note,
        String expires) {}
