/** The product list: paging, sorting and searching over the service, as a JavaFX list. */
package org.stockroom.ui.catalogue;
