/** The Locations page. */
package org.stockroom.ui.location;
