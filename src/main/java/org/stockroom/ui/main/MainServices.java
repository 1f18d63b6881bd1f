package org.stockroom.ui.main;

import org.stockroom.service.access.UserService;
import org.stockroom.service.audit.AuditTrail;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.catalogue.ProductCatalogue;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.ledger.LedgerAudit;
import org.stockroom.service.ledger.LedgerQueries;
import org.stockroom.service.ledger.MovementJournal;
import org.stockroom.service.location.LocationService;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.product.SampleCatalogue;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.settings.SiteSettings;
import org.stockroom.service.stock.ReversalService;
import org.stockroom.service.stock.StockService;
import org.stockroom.service.transfer.ImportService;
import org.stockroom.service.transfer.ProductExport;
import org.stockroom.service.transfer.StockExport;

/**
 * The services the main window's model works with, handed over by the window root. The model hands each part of
 * the window (detail pane, dialogs, locations page) only the services that part uses.
 */
public record MainServices(
        CatalogueQueries catalogue,
        ProductCatalogue productCatalogue,
        LedgerQueries ledger,
        ProductService products,
        StockService stock,
        SampleCatalogue sampleCatalogue,
        LocationService locations,
        ReservationService reservations,
        LedgerAudit audit,
        UserService users,
        SiteSettings settings,
        AuditTrail auditTrail,
        CountSessionService countSessions,
        ReasonCodes reasonCodes,
        ReversalService reversals,
        MovementJournal journal,
        ImportService imports,
        ProductExport productExport,
        StockExport stockExport) {}
