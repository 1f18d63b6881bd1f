/** The main window: navigation, the product list with its detail pane, the status bar. */
package org.stockroom.ui.main;
