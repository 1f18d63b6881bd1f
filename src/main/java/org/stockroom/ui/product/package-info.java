/** The product form (add and edit). */
package org.stockroom.ui.product;
