package org.stockroom.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.stockroom.domain.product.Ean13;

/**
 * One made-up but plausible product, derived only from its number and the seed, so that the same command
 * makes the same catalogue. Names mix plain words with accented ones, for search to be tried on.
 */
record SyntheticProduct(String sku, String name, String category, String unit, String barcode, long reorderPoint) {

    private static final List<String> CATEGORIES = List.of(
            "Fasteners",
            "Tools",
            "Electrical",
            "Plumbing",
            "Paint",
            "Garden",
            "Safety",
            "Packaging",
            "Cleaning",
            "Office",
            "Kitchen",
            "Lighting",
            "Adhesives",
            "Abrasives",
            "Hydraulics",
            "Bearings",
            "Seals",
            "Cables",
            "Storage",
            "Café Supplies");
    private static final List<String> ADJECTIVES = List.of(
            "Heavy-duty",
            "Stainless",
            "Galvanised",
            "Compact",
            "Industrial",
            "Premium",
            "Économique",
            "Flexible",
            "Insulated",
            "Reinforced",
            "Crème",
            "Matte",
            "Glänzend",
            "Quick-release",
            "Waterproof",
            "Lightweight",
            "Brass",
            "Nylon",
            "Ceramic",
            "Forged");
    private static final List<String> NOUNS = List.of(
            "Bolt",
            "Washer",
            "Hinge",
            "Bracket",
            "Clamp",
            "Hose",
            "Valve",
            "Cable Tie",
            "Glove",
            "Brush",
            "Roller",
            "Tape",
            "Filter",
            "Café Filter",
            "Bearing",
            "O-Ring",
            "Socket",
            "Drill Bit",
            "Lamp",
            "Crate",
            "Pallet Wrap",
            "Sealant",
            "Sandpaper",
            "Fuse",
            "Connector",
            "Bin",
            "Apron",
            "Scraper",
            "Nozzle",
            "Coupling");
    private static final List<String> SIZES = List.of(
            "M4",
            "M6",
            "M8",
            "M10",
            "12mm",
            "25mm",
            "50mm",
            "1/2\"",
            "3/4\"",
            "100-pack",
            "500 ml",
            "1 L",
            "5 kg",
            "Size 9",
            "XL",
            "2 m",
            "10 m",
            "A4",
            "230 V",
            "Ø 40");
    private static final List<String> UNITS = List.of("each", "each", "each", "box", "pack", "roll", "m", "kg");

    static SyntheticProduct number(long n, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + " " + NOUNS.get(random.nextInt(NOUNS.size()))
                + " " + SIZES.get(random.nextInt(SIZES.size()));
        String sku = category.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "-" + String.format("%07d", n);
        // GS1 prefix 20-29 is for in-store numbering: no clash with real products.
        String barcode = Ean13.withCheckDigit(String.format("2%011d", n));
        return new SyntheticProduct(
                sku, name, category, UNITS.get(random.nextInt(UNITS.size())), barcode, random.nextInt(6) * 10L);
    }
}
