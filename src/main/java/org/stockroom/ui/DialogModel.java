package org.stockroom.ui;

/**
 * A view model a dialog shows. {@code R} is what the dialog answers when it closes ({@link Void} for a form
 * that does its own saving). The window root registers the view for each kind of model with
 * {@link FxDialogService#register}.
 */
public interface DialogModel<R> {}
