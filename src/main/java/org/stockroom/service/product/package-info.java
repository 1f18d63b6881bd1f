/** Creating, editing (with conflict detection) and archiving products; the first-run sample catalogue. */
package org.stockroom.service.product;
