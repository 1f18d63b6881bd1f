package org.stockroom.service.product;

import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.product.Product;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.domain.product.ProductRules;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.audit.RevisionStamp;
import org.stockroom.persistence.catalogue.ProductWords;
import org.stockroom.service.Actor;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.Access;

/** Creates and edits products. Edits carry the version the user saw; a newer one raises a conflict. */
public final class ProductService {

    private final Transactions transactions;
    private final Clock clock;
    private final Access access;

    public ProductService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.access = new Access(transactions);
    }

    public ProductView create(Actor by, ProductDetails input) {
        access.require(by, Permission.EDIT_PRODUCT);
        ProductDetails details = validated(input);
        return translateUniqueViolations(
                details,
                () -> transactions.inTransaction(session -> {
                    refuseIfAny(duplicates(session, details, null));
                    RevisionStamp.stamp(session, by.name(), by.workstation());
                    Product product = new Product(details, now());
                    session.persist(product);
                    session.flush();
                    ProductWords.index(session, product.getId(), Product.skuKeyOf(product.getSku()), product.getName());
                    return view(product);
                }));
    }

    /**
     * Saves {@code input} over the product if it is still at {@code seenVersion}. Otherwise throws
     * {@link ProductConflictException} carrying the input and what is stored now; nothing is written.
     */
    public ProductView update(Actor by, long productId, long seenVersion, ProductDetails input) {
        access.require(by, Permission.EDIT_PRODUCT);
        ProductDetails details = validated(input);
        try {
            return translateUniqueViolations(
                    details,
                    () -> transactions.inTransaction(session -> {
                        // Locked (SELECT ... FOR UPDATE) and checked before anything is written: a refused edit ends
                        // with COMMIT, never a rollback of a row others may be writing (decision 0004).
                        Product product = session.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
                        if (product == null) {
                            throw Transactions.refuse(new NotFoundException("No product with id " + productId));
                        }
                        if (product.getVersion() != seenVersion) {
                            throw Transactions.refuse(new ProductConflictException(productId, details, view(product)));
                        }
                        refuseIfAny(duplicates(session, details, productId));
                        RevisionStamp.stamp(session, by.name(), by.workstation());
                        product.apply(details, now());
                        session.flush();
                        ProductWords.index(session, productId, Product.skuKeyOf(product.getSku()), product.getName());
                        return view(product);
                    }));
        } catch (OptimisticLockException | StaleStateException e) {
            // Someone committed between our read and our write.
            ProductView theirs = find(productId).orElseThrow(() -> new NotFoundException("Product was deleted"));
            throw new ProductConflictException(productId, details, theirs);
        }
    }

    public Optional<ProductView> find(long productId) {
        return transactions.read(session ->
                Optional.ofNullable(session.find(Product.class, productId)).map(ProductService::view));
    }

    public Optional<ProductView> findBySku(String sku) {
        return transactions.read(
                session -> session.createSelectionQuery("from Product where skuKey = :key", Product.class)
                        .setParameter("key", Product.skuKeyOf(sku.strip()))
                        .uniqueResultOptional()
                        .map(ProductService::view));
    }

    /** What a scanner or a person typed: a SKU (any case), else a barcode. */
    public Optional<ProductView> findBySkuOrBarcode(String code) {
        String typed = code.strip();
        return findBySku(typed)
                .or(() -> transactions.read(
                        session -> session.createSelectionQuery("from Product where barcode = :code", Product.class)
                                .setParameter("code", typed)
                                .uniqueResultOptional()
                                .map(ProductService::view)));
    }

    /**
     * The product the first of {@code codes} that names one names: a scan's forms of one barcode (GTIN-14,
     * EAN-13, ...) or a SKU, tried in order.
     */
    public Optional<ProductView> findByAnyCode(List<String> codes) {
        for (String code : codes) {
            Optional<ProductView> found = findBySkuOrBarcode(code);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Transactions.refuse(new ValidationException(errors));
        }
    }

    private static ProductDetails validated(ProductDetails input) {
        ProductDetails details = ProductRules.normalize(input);
        ValidationException.throwIfAny(ProductRules.check(details));
        return details;
    }

    private static List<FieldError> duplicates(Session session, ProductDetails d, Long exceptId) {
        List<FieldError> errors = new ArrayList<>();
        if (taken(session, "skuKey", Product.skuKeyOf(d.sku()), exceptId)) {
            errors.add(new FieldError(ProductRules.SKU, "SKU " + d.sku() + " is already used by another product"));
        }
        if (d.barcode() != null && taken(session, "barcode", d.barcode(), exceptId)) {
            errors.add(new FieldError(
                    ProductRules.BARCODE, "Barcode " + d.barcode() + " is already used by another product"));
        }
        return errors;
    }

    private static boolean taken(Session session, String field, String value, Long exceptId) {
        return session.createSelectionQuery(
                                "select count(*) from Product where " + field + " = :value and id <> :except",
                                Long.class)
                        .setParameter("value", value)
                        .setParameter("except", exceptId == null ? -1L : exceptId)
                        .getSingleResult()
                > 0;
    }

    /** Two users creating the same SKU at once both pass the check; the unique constraint stops the second. */
    private ProductView translateUniqueViolations(ProductDetails d, Supplier<ProductView> save) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            if (transactions.errors().violates(e, "UQ_PRODUCT_SKU_KEY")) {
                throw new ValidationException(
                        new FieldError(ProductRules.SKU, "SKU " + d.sku() + " is already used by another product"));
            }
            if (transactions.errors().violates(e, "UQ_PRODUCT_BARCODE")) {
                throw new ValidationException(new FieldError(
                        ProductRules.BARCODE, "Barcode " + d.barcode() + " is already used by another product"));
            }
            throw e;
        }
    }

    static ProductView view(Product product) {
        return new ProductView(product.getId(), product.getVersion(), product.details());
    }

    /** Databases keep microseconds; so do we, so what a command returns equals what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
