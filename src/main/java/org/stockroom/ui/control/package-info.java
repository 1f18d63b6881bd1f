/** Small pieces the views share: table columns, form windows, number and date formats. */
package org.stockroom.ui.control;
