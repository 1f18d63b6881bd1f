/** Shared window infrastructure: dialogs, background tasks, view loading, theme, form decorations; no feature. */
package org.stockroom.ui;
