/** Page objects for the window's UI tests: one per part of the window; only they know the fx:ids. */
package org.stockroom.ui.pages;
