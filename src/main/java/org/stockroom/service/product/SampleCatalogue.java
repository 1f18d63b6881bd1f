package org.stockroom.service.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.stockroom.domain.location.Location;
import org.stockroom.domain.product.Ean13;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Actor;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.location.LocationService;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockService;
import org.stockroom.service.stock.TransferCommand;

/**
 * A small, realistic catalogue for a first run: a few dozen products in three locations with some history,
 * written through the ordinary services so the ledger is as real as any other.
 */
public final class SampleCatalogue {

    private static final String SHOP = "SHOP";
    private static final String YARD = "YARD";

    private static final List<String[]> PRODUCTS = List.of(
            // sku, name, category, unit, reorder point, unit cost
            new String[] {"HW-SCR-4X40", "Wood screws 4 x 40 mm, box of 200", "Fasteners", "box", "20", "6.40"},
            new String[] {"HW-SCR-5X60", "Wood screws 5 x 60 mm, box of 100", "Fasteners", "box", "15", "7.10"},
            new String[] {"HW-BLT-M8X50", "Hex bolt M8 x 50 mm, zinc", "Fasteners", "each", "200", "0.22"},
            new String[] {"HW-NUT-M8", "Hex nut M8, zinc", "Fasteners", "each", "300", "0.04"},
            new String[] {"HW-WSH-M8", "Flat washer M8, zinc", "Fasteners", "each", "300", "0.03"},
            new String[] {"HW-ANC-10", "Wall plug 10 mm, pack of 50", "Fasteners", "pack", "25", "3.20"},
            new String[] {"TL-DRL-18V", "Cordless drill 18 V, body only", "Power tools", "each", "4", "79.00"},
            new String[] {"TL-BAT-18V4", "Battery 18 V 4.0 Ah", "Power tools", "each", "6", "42.50"},
            new String[] {"TL-GRD-125", "Angle grinder 125 mm", "Power tools", "each", "3", "55.00"},
            new String[] {"TL-HAM-500", "Claw hammer 500 g", "Hand tools", "each", "8", "11.90"},
            new String[] {"TL-TAPE-8M", "Tape measure 8 m", "Hand tools", "each", "10", "6.75"},
            new String[] {"TL-KNF-SNP", "Snap-off knife 18 mm", "Hand tools", "each", "12", "2.60"},
            new String[] {"TL-SCD-SET6", "Screwdriver set, 6 pieces", "Hand tools", "set", "5", "14.20"},
            new String[] {"EL-CBL-3G15", "Installation cable 3G1.5, 100 m drum", "Electrical", "drum", "3", "58.00"},
            new String[] {"EL-SOC-2G", "Double socket, white", "Electrical", "each", "20", "4.80"},
            new String[] {"EL-SWT-1G", "Light switch, single, white", "Electrical", "each", "20", "2.90"},
            new String[] {"EL-LED-E27", "LED bulb E27 9 W warm white", "Electrical", "each", "40", "1.95"},
            new String[] {"EL-EXT-5M", "Extension lead 5 m, 4 sockets", "Electrical", "each", "6", "12.40"},
            new String[] {"PL-PIPE-15", "Copper pipe 15 mm, 3 m", "Plumbing", "length", "10", "13.80"},
            new String[] {"PL-ELB-15", "Elbow 15 mm, solder", "Plumbing", "each", "50", "0.65"},
            new String[] {"PL-TAP-BSN", "Basin mixer tap, chrome", "Plumbing", "each", "2", "46.00"},
            new String[] {"PL-PTFE-12", "PTFE tape 12 mm x 12 m", "Plumbing", "roll", "30", "0.45"},
            new String[] {"PL-SIL-WHT", "Sanitary silicone, white 300 ml", "Plumbing", "tube", "15", "4.30"},
            new String[] {"PA-BOX-S", "Cardboard box 305 x 229 x 152 mm", "Packaging", "each", "100", "0.38"},
            new String[] {"PA-BOX-L", "Cardboard box 457 x 457 x 457 mm", "Packaging", "each", "60", "1.10"},
            new String[] {"PA-TAPE-48", "Packing tape 48 mm x 66 m, brown", "Packaging", "roll", "36", "1.25"},
            new String[] {"PA-WRAP-500", "Stretch wrap 500 mm x 300 m", "Packaging", "roll", "8", "9.90"},
            new String[] {"PA-PAL-EUR", "Euro pallet 1200 x 800 mm", "Packaging", "each", "10", "11.00"},
            new String[] {"SF-GLV-L", "Work gloves, nitrile coated, size L", "Safety", "pair", "24", "1.60"},
            new String[] {"SF-GLS-CLR", "Safety glasses, clear", "Safety", "each", "12", "2.20"},
            new String[] {"SF-VEST-XL", "High-visibility vest, XL", "Safety", "each", "10", "3.40"},
            new String[] {"SF-EAR-200", "Ear plugs, box of 200 pairs", "Safety", "box", "2", "18.50"},
            new String[] {"SF-AID-KIT", "First aid kit, workplace", "Safety", "each", "2", "24.00"},
            new String[] {"CL-PAINT-WHT", "Wall paint, matt white 10 l", "Paint", "tin", "6", "34.00"},
            new String[] {"CL-BRUSH-50", "Paint brush 50 mm", "Paint", "each", "15", "3.10"},
            new String[] {"CL-ROLL-250", "Paint roller 250 mm with frame", "Paint", "each", "8", "7.60"});

    private final ProductService products;
    private final StockService stock;
    private final LocationService locations;
    private final CatalogueQueries catalogue;

    public SampleCatalogue(
            ProductService products, StockService stock, LocationService locations, CatalogueQueries catalogue) {
        this.products = products;
        this.stock = stock;
        this.locations = locations;
        this.catalogue = catalogue;
    }

    /** True on a database nobody has put a product into yet. */
    public boolean isWanted() {
        return catalogue.productCount() == 0;
    }

    public void load(Actor actor) {
        locations.ensure(actor, SHOP, "Shop floor");
        locations.ensure(actor, YARD, "Yard store");
        Random random = new Random(20261125L);
        int index = 0;
        for (String[] p : PRODUCTS) {
            ProductView product = products.create(
                    actor,
                    new ProductDetails(
                            p[0], p[1], p[2], p[3], ean13(index++), Long.parseLong(p[4]), new BigDecimal(p[5]), false));
            writeHistory(product.id(), Long.parseLong(p[4]), random, actor);
        }
    }

    private void writeHistory(long productId, long reorderPoint, Random random, Actor user) {
        // Most products are comfortably stocked; every seventh is left at or under its reorder point.
        long received = reorderPoint * (2 + random.nextInt(4)) + random.nextInt(10) + 1;
        stock.receive(change(
                user,
                productId,
                Location.DEFAULT_CODE,
                received,
                "Opening stock",
                "PO-" + (4100 + random.nextInt(800))));
        long toShop = Math.max(1, received / 4);
        stock.transfer(new TransferCommand(
                CommandKeys.newKey(), user, productId, Location.DEFAULT_CODE, SHOP, toShop, "Shelf refill", null));
        long sold = random.nextInt((int) Math.max(1, toShop));
        if (sold > 0) {
            stock.issue(change(user, productId, SHOP, sold, "Sale", null));
        }
        if (productId % 7 == 0) {
            long available = received - toShop;
            long drawDown = Math.max(0, available - reorderPoint + random.nextInt((int) Math.max(1, reorderPoint)));
            if (drawDown > 0 && drawDown <= available) {
                stock.issue(change(user, productId, Location.DEFAULT_CODE, drawDown, "Customer order", null));
            }
        }
        if (productId % 5 == 0) {
            stock.receive(change(user, productId, YARD, reorderPoint + 1, "Bulk delivery", null));
            stock.adjust(change(user, productId, YARD, -1, "Damaged", "Found broken in delivery"));
        }
    }

    private static StockChange change(
            Actor user, long productId, String location, long quantity, String reason, String note) {
        return new StockChange(CommandKeys.newKey(), user, productId, location, quantity, reason, note);
    }

    /** An EAN-13 in the in-store range (prefix 20) with a valid check digit. */
    public static String ean13(int index) {
        return Ean13.withCheckDigit("20" + String.format("%010d", 4_711_000L + index));
    }
}
