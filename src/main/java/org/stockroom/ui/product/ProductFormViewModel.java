package org.stockroom.ui.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.domain.product.ProductMerge;
import org.stockroom.domain.product.ProductRules;
import org.stockroom.service.Actor;
import org.stockroom.service.ExpectedFailure;
import org.stockroom.service.ValidationException;
import org.stockroom.service.product.ProductConflictException;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.product.ProductView;
import org.stockroom.ui.DialogModel;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.Forms;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.conflict.ConflictChoice;
import org.stockroom.ui.conflict.ConflictViewModel;

/**
 * The product create / edit form: what the user types, its validation, and saving with the version the user
 * started from. A conflict goes to the retry dialog; what the user typed is never thrown away.
 */
public final class ProductFormViewModel implements DialogModel<Void> {

    private final ProductService products;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onSaved;
    private final Supplier<Actor> actor;

    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("General");
    private final StringProperty unit = new SimpleStringProperty("each");
    private final StringProperty barcode = new SimpleStringProperty("");
    private final StringProperty reorderPoint = new SimpleStringProperty("0");
    private final StringProperty unitCost = new SimpleStringProperty("0.00");
    private final BooleanProperty archived = new SimpleBooleanProperty(false);

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** After the first Save, the form lists what is still wrong under the fields as the user fixes it. */
    private boolean saveAttempted;

    /** What the user started from: null for a new product. Moves forward when they apply theirs on top. */
    private ProductView base;

    public ProductFormViewModel(
            ProductService products,
            TaskExecutor executor,
            DialogService dialogs,
            ProductView editing,
            Supplier<Actor> actor,
            Runnable onSaved) {
        this.products = products;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        this.base = editing;
        if (editing != null) {
            show(editing.details());
        }
        for (Observable field : List.of(sku, name, category, unit, barcode, reorderPoint, unitCost, archived)) {
            field.addListener(o -> validate());
        }
        validate();
    }

    public boolean isNew() {
        return base == null;
    }

    public String title() {
        return base == null ? "New product" : "Edit " + base.details().sku();
    }

    /** Checks every field; returns the product if all are valid. */
    public Optional<ProductDetails> validate() {
        List<FieldError> found = new ArrayList<>();
        Forms.ParseResult<Long> reorder =
                Forms.wholeNumber(ProductRules.REORDER_POINT, "Reorder point", reorderPoint.get());
        Forms.ParseResult<BigDecimal> cost = Forms.decimal(ProductRules.UNIT_COST, "Unit cost", unitCost.get());
        reorder.failure().ifPresent(found::add);
        cost.failure().ifPresent(found::add);
        ProductDetails details = ProductRules.normalize(new ProductDetails(
                sku.get(),
                name.get(),
                category.get(),
                unit.get(),
                barcode.get(),
                reorder.value() == null ? 0 : reorder.value(),
                cost.value() == null ? BigDecimal.ZERO : cost.value(),
                archived.get()));
        for (FieldError error : ProductRules.check(details)) {
            if (found.stream().noneMatch(f -> f.field().equals(error.field()))) {
                found.add(error);
            }
        }
        showErrors(found);
        return found.isEmpty() ? Optional.of(details) : Optional.empty();
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        saveAttempted = true;
        Optional<ProductDetails> details = validate();
        if (details.isEmpty()) {
            return;
        }
        submit(details.get());
    }

    private void submit(ProductDetails details) {
        busy.set(true);
        message.set("Saving...");
        ProductView startedFrom = base;
        executor.run(
                () -> startedFrom == null
                        ? products.create(actor.get(), details)
                        : products.update(actor.get(), startedFrom.id(), startedFrom.version(), details),
                saved -> {
                    busy.set(false);
                    message.set("");
                    closed.set(true);
                    onSaved.run();
                },
                this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set("");
        if (error instanceof ValidationException invalid) {
            showErrors(invalid.errors());
            message.set(invalid.getMessage());
        } else if (error instanceof ProductConflictException conflict) {
            resolve(conflict);
        } else if (FailureText.kindOf(error).orElse(null) == ExpectedFailure.Kind.BUSY) {
            message.set(FailureText.of(error));
        } else {
            dialogs.showError("Could not save the product", String.valueOf(error.getMessage()));
        }
    }

    private void resolve(ProductConflictException conflict) {
        ProductDetails original = base.details();
        ProductDetails theirs = conflict.theirs().details();
        ConflictChoice choice = dialogs.show(ConflictViewModel.forProduct(original, conflict.mine(), theirs))
                .orElse(ConflictChoice.CANCEL);
        switch (choice) {
            case APPLY_MINE -> {
                ProductDetails merged = ProductMerge.mineOnTop(original, conflict.mine(), theirs);
                base = conflict.theirs();
                show(merged);
                submit(merged);
            }
            case KEEP_THEIRS -> {
                closed.set(true);
                onSaved.run();
            }
            case CANCEL -> message.set("Not saved: the product was changed by someone else. Your entries are kept.");
        }
    }

    private void show(ProductDetails d) {
        sku.set(d.sku());
        name.set(d.name());
        category.set(d.category());
        unit.set(d.unit());
        barcode.set(d.barcode() == null ? "" : d.barcode());
        reorderPoint.set(String.valueOf(d.reorderPoint()));
        unitCost.set(
                d.unitCost().stripTrailingZeros().scale() < 2
                        ? d.unitCost().setScale(2).toPlainString()
                        : d.unitCost().stripTrailingZeros().toPlainString());
        archived.set(d.archived());
    }

    private void showErrors(List<FieldError> found) {
        errors.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        if (saveAttempted && !busy.get()) {
            message.set(FieldError.summary(found));
        }
    }

    public void cancel() {
        closed.set(true);
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty barcodeProperty() {
        return barcode;
    }

    public StringProperty reorderPointProperty() {
        return reorderPoint;
    }

    public StringProperty unitCostProperty() {
        return unitCost;
    }

    public BooleanProperty archivedProperty() {
        return archived;
    }

    /** Field name (see {@link ProductRules}) to message, for the fields that are wrong now. */
    public ObservableMap<String, String> errors() {
        return FXCollections.unmodifiableObservableMap(errors);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
