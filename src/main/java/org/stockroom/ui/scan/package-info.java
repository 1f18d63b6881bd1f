/** Keyboard-wedge barcode scanners: telling a scan from typing, anywhere in the window. */
package org.stockroom.ui.scan;
