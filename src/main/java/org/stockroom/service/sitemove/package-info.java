/** Moving a site's data to another database ({@code stockroom migrate}): checked before, copied whole, verified after. */
package org.stockroom.service.sitemove;
