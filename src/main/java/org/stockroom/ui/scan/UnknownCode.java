package org.stockroom.ui.scan;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.domain.scan.Gtin;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.product.ProductView;
import org.stockroom.ui.TaskExecutor;

/**
 * A scanned code no product has, held until a person gives it to a product (by SKU, one without a barcode yet),
 * creates a product for it, or skips it. Whichever product then has it is handed on to be listed.
 */
final class UnknownCode {

    /** A product now has the held code: list it; {@code what} says how ("now has the barcode"). */
    interface Listed {
        void listed(ProductView product, ScannedCode held, String what);
    }

    private final ProductService products;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final Consumer<Throwable> failed;
    private final Listed then;
    private final ReadOnlyObjectWrapper<ScannedCode> held = new ReadOnlyObjectWrapper<>();
    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");

    UnknownCode(
            ProductService products,
            TaskExecutor executor,
            Supplier<Actor> actor,
            Consumer<Throwable> failed,
            Listed then) {
        this.products = products;
        this.executor = executor;
        this.actor = actor;
        this.failed = failed;
        this.then = then;
    }

    void hold(ScannedCode scan) {
        held.set(scan);
        sku.set("");
        name.set("");
    }

    /** Gives the held code to the product with the typed SKU (one without a barcode yet). */
    void assign() {
        ScannedCode code = held.get();
        String typed = sku.get() == null ? "" : sku.get().strip();
        if (code == null) {
            return;
        }
        executor.run(
                () -> {
                    ProductView product = products.findBySku(typed)
                            .orElseThrow(() -> new ValidationException(
                                    new FieldError("sku", "No product with SKU '" + typed + "'")));
                    String has = product.details().barcode();
                    if (has != null && !has.isBlank()) {
                        throw new ValidationException(new FieldError(
                                "sku",
                                product.details().sku() + " already has the barcode " + has
                                        + "; a product has one barcode"));
                    }
                    return products.update(
                            actor.get(),
                            product.id(),
                            product.version(),
                            product.details().withBarcode(storedForm(code)));
                },
                product -> done(product, code, "now has the barcode"),
                failed);
    }

    /** Creates a product with the held code as its barcode (SKU and name typed). */
    void create() {
        ScannedCode code = held.get();
        if (code == null) {
            return;
        }
        ProductDetails details = new ProductDetails(
                sku.get() == null ? "" : sku.get().strip(),
                name.get() == null ? "" : name.get().strip(),
                "Uncategorised",
                "each",
                storedForm(code),
                0,
                BigDecimal.ZERO,
                false);
        executor.run(
                () -> products.create(actor.get(), details),
                product -> done(product, code, "created with the barcode"),
                failed);
    }

    /** Lets the held code go; the code let go, or null if none was held. */
    ScannedCode skip() {
        ScannedCode code = held.get();
        held.set(null);
        return code;
    }

    private void done(ProductView product, ScannedCode code, String what) {
        held.set(null);
        then.listed(product, code, what);
    }

    /** The form a product keeps: a GS1 code's GTIN as on the box (EAN-13 rather than 14 digits), else the code. */
    static String storedForm(ScannedCode code) {
        if (code.gtin() == null) {
            return code.text();
        }
        List<String> forms = Gtin.forms(code.gtin());
        return forms.stream().filter(f -> f.length() == 13).findFirst().orElse(code.gtin());
    }

    ReadOnlyObjectProperty<ScannedCode> heldProperty() {
        return held.getReadOnlyProperty();
    }

    StringProperty skuProperty() {
        return sku;
    }

    StringProperty nameProperty() {
        return name;
    }
}
