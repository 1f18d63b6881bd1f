package org.stockroom.ui.main;

import org.stockroom.service.audit.AuditTrail;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.catalogue.ProductCatalogue;
import org.stockroom.service.ledger.LedgerAudit;
import org.stockroom.service.ledger.LedgerQueries;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.product.SampleCatalogue;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.stock.ReversalService;
import org.stockroom.service.stock.StockService;
import org.stockroom.service.transfer.ProductExport;
import org.stockroom.service.transfer.StockExport;

/**
 * The services the Products page works with (the list, its detail pane and its forms), handed over by the window
 * root. The other pages get theirs from app/WindowPages, each only what it uses.
 */
public record MainServices(
        CatalogueQueries catalogue,
        ProductCatalogue productCatalogue,
        LedgerQueries ledger,
        ProductService products,
        StockService stock,
        SampleCatalogue sampleCatalogue,
        ReservationService reservations,
        LedgerAudit audit,
        AuditTrail auditTrail,
        ReasonCodes reasonCodes,
        ReversalService reversals,
        ProductExport productExport,
        StockExport stockExport) {}
