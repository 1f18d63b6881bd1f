package org.stockroom.ui.main;

import org.stockroom.service.LedgerAudit;
import org.stockroom.service.CatalogueQueries;
import org.stockroom.service.ProductCatalogue;
import org.stockroom.service.LedgerQueries;
import org.stockroom.service.LocationService;
import org.stockroom.service.ProductService;
import org.stockroom.service.ReservationService;
import org.stockroom.service.SampleCatalogue;
import org.stockroom.service.StockService;

/** The services the main window works with, handed over by the composition root. */
public record MainServices(
        CatalogueQueries catalogue,
        ProductCatalogue productCatalogue,
        LedgerQueries ledger,
        ProductService products,
        StockService stock,
        SampleCatalogue sampleCatalogue,
        LocationService locations,
        ReservationService reservations,
        LedgerAudit audit) {
}
